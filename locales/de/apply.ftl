# The application assistant: steps, check your answers, receipt, save and resume, status.

# $date: the day the draft is deleted; $code: the code to continue with.
apply-saved-until = Ihre Angaben werden nach jedem Schritt gespeichert und bis zum { $date } aufbewahrt. Mit dem Code { $code } können Sie später weitermachen.
apply-back = Zurück
apply-continue = Weiter
apply-save-and-return = Speichern und zurück zur Übersicht
apply-save-for-later = Speichern und später weitermachen
# $current: this step's number; $total: how many steps there are.
apply-progress = Schritt { $current } von { $total }
apply-change = Ändern
apply-not-answered = Nicht angegeben
apply-costs = Kosten
apply-check-title = Prüfen Sie Ihre Angaben
apply-declaration-heading = Erklärung
apply-declaration = Ich versichere, dass meine Angaben vollständig und richtig sind. Mir ist bekannt, dass falsche Angaben rechtliche Folgen haben können.
apply-declaration-missing = Bestätigen Sie die Erklärung, um den Antrag abzusenden
apply-submit = Antrag verbindlich absenden

receipt-title = Ihr Antrag ist eingegangen
receipt-reference-label = Ihre Referenznummer
# $service: the service's title; $date: the day of submission.
receipt-received = Wir haben Ihren Antrag „{ $service }“ am { $date } erhalten.
receipt-mailed = Eine Bestätigung haben wir Ihnen per E-Mail geschickt.
receipt-status-heading = Stand abfragen
# $code: the access code.
receipt-access-code = Ihr Abrufcode lautet { $code }. Bewahren Sie ihn gut auf; wir zeigen ihn nur hier und in der Bestätigung.
# $reference: the reference number.
receipt-status-how = Mit der Referenznummer { $reference } und dem Abrufcode können Sie jederzeit nachsehen, wie weit Ihr Antrag ist.
receipt-status-link = Stand eines Antrags abfragen
receipt-next-heading = Wie es weitergeht
# $time: e.g. "etwa zwei Wochen".
receipt-next = Die zuständige Stelle prüft Ihren Antrag. Die Bearbeitung dauert in der Regel { $time }. Fehlt etwas, melden wir uns bei Ihnen.

status-title = Stand eines Antrags
status-intro = Geben Sie die Referenznummer und den Abrufcode aus Ihrer Eingangsbestätigung ein.
# $reference: the reference number.
status-result-heading = Antrag { $reference }
# $service: the service's title; $date: the day of submission.
status-result-service = „{ $service }“, eingegangen am { $date }
status-result-state = Stand:
status-not-found = Zu dieser Referenznummer und diesem Abrufcode haben wir keinen Antrag gefunden. Bitte prüfen Sie beide Angaben.
status-reference-label = Referenznummer
status-reference-hint = Zum Beispiel KU-2026-000123
status-code-label = Abrufcode
status-code-hint = Zwölf Zeichen, zum Beispiel K7QF-M2XR-9HTW
status-submit = Stand anzeigen
status-reference-invalid = Geben Sie die Referenznummer so ein, wie sie in der Bestätigung steht, zum Beispiel KU-2026-000123
status-code-invalid = Geben Sie den Abrufcode mit seinen zwölf Zeichen ein, zum Beispiel K7QF-M2XR-9HTW

resume-title = Gespeicherten Antrag fortsetzen
resume-intro = Geben Sie den Code ein, den Sie beim Speichern erhalten haben. Er steht auch unter jedem Schritt des Antrags und in der E-Mail mit dem Link.
resume-code-label = Code zum Fortsetzen
resume-code-hint = 20 Zeichen, zum Beispiel KP7Q-M2XR-9HTW-4BZE-JN6C
resume-submit = Fortsetzen
resume-code-missing = Geben Sie den Code zum Fortsetzen ein
resume-code-invalid = Der Code hat 20 Zeichen aus Ziffern und Buchstaben, zum Beispiel KP7Q-M2XR-9HTW-4BZE-JN6C
resume-code-unknown = Zu diesem Code gibt es keinen gespeicherten Antrag. Entwürfe werden { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } nach der letzten Änderung gelöscht.

saved-title = Ihre Angaben sind gespeichert
# $date: the day the draft is deleted.
saved-until = Sie können bis zum { $date } weitermachen. Danach löschen wir Ihre Angaben.
saved-link-sent = Wir haben Ihnen den Link per E-Mail geschickt.
saved-how-heading = So machen Sie weiter
saved-link-label = Öffnen Sie diesen Link, auch auf einem anderen Gerät:
# $code: the code to continue with.
saved-code = Oder geben Sie auf der Startseite unter „Gespeicherten Antrag fortsetzen“ diesen Code ein: { $code }
saved-mail-heading = Link per E-Mail erhalten
saved-mail-label = Ihre E-Mail-Adresse
saved-mail-hint = Wir schicken Ihnen den Link und erinnern Sie, bevor Ihre Angaben gelöscht werden.
saved-mail-submit = Link senden
saved-mail-invalid = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.de
saved-continue-now = Jetzt weitermachen

draft-not-found-title = Antrag nicht gefunden
draft-not-found-text = Diesen Antrag gibt es nicht oder nicht mehr. Vielleicht ist der Link unvollständig. Entwürfe werden { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } nach der letzten Änderung gelöscht.
draft-not-found-resume = Antrag mit Code fortsetzen

case-state-eingegangen = Eingegangen. Ihr Antrag wartet auf die Bearbeitung.
case-state-in-bearbeitung = In Bearbeitung
case-state-nachforderung = Wir brauchen noch etwas von Ihnen. Den Link zu unserer Rückfrage finden Sie in unserer E-Mail und in Ihrem Nutzerkonto.
case-state-entscheidung-vorbereitet = Die Entscheidung wird vorbereitet.
case-state-mitzeichnung = Die Entscheidung wird geprüft.
case-state-abgeschlossen = Abgeschlossen. Sie erhalten die Entscheidung in Ihr Postfach oder per Post.

# The receipt as a PDF: the link on the receipt page, and the document's own texts.
receipt-pdf-link = Eingangsbestätigung als PDF herunterladen
pdf-receipt-title = Eingangsbestätigung
pdf-receipt-service = Leistung
pdf-receipt-reference = Referenznummer
pdf-receipt-submitted = Eingegangen am
pdf-receipt-authority = Zuständig
pdf-receipt-access-code = Abrufcode
pdf-receipt-machine = Diese Bestätigung wurde maschinell erstellt und trägt keine Unterschrift.
pdf-receipt-translation = Diese Übersetzung ist für Sie. Maßgeblich ist die deutsche Fassung am Anfang dieses Dokuments.
# $page: this page's number; $pages: how many pages the document has.
pdf-page = Seite { $page } von { $pages }

## Answering a Nachforderung
information-answer-empty = Schreiben Sie eine Antwort oder wählen Sie mindestens eine Datei
information-answer-too-long = Ihre Antwort darf höchstens 4000 Zeichen lang sein
information-answer-files-label = Dateien zur Antwort
answer-title = Rückfrage zu Ihrem Antrag { $reference }
answer-question-heading = Unsere Frage vom { $date }
answer-text-label = Ihre Antwort
answer-text-hint = Wenn Dateien alles sagen, können Sie das Feld leer lassen.
answer-files-hint = PDF, JPG oder PNG, höchstens { $megabytes } MB je Datei und { $max } Dateien. Sie können mehrere Dateien auf einmal wählen.
answer-submit = Antwort senden
answer-sent-title = Ihre Antwort ist angekommen
answer-sent-body = Wir haben Ihre Antwort zum Antrag { $reference } erhalten und bearbeiten den Antrag weiter.
answer-nothing-title = Keine offene Rückfrage
answer-nothing-body = Zu Ihrem Antrag { $reference } gibt es gerade keine Frage, die Sie beantworten müssten.
answer-back-to-receipt = Zurück zu Ihrem Antrag
receipt-question-heading = Wir haben eine Rückfrage
receipt-question-body = Damit wir Ihren Antrag weiter bearbeiten können, brauchen wir noch etwas von Ihnen.
receipt-question-link = Rückfrage beantworten
