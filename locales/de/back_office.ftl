# The back office: the staff login, the start page and the administration of staff.

staff-role-caseworker = Sachbearbeitung
staff-role-team-lead = Teamleitung
staff-role-records-manager = Schriftgutverwaltung
staff-role-print-operator = Druckbetreuung
staff-role-administrator = Administration
staff-role-auditor = Prüfung (nur lesen)
staff-error-unit-missing = Wählen Sie die Organisationseinheit, für die die Rolle gilt
staff-error-unit-not-expected = Diese Rolle gilt für die ganze Verwaltung; wählen Sie keine Organisationseinheit
staff-error-unit-unknown = Wählen Sie eine Organisationseinheit aus der Liste
staff-error-role = Wählen Sie eine Rolle aus der Liste
staff-error-username = Geben Sie einen Benutzernamen mit 3 bis 40 Zeichen an: Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich, zuerst ein Buchstabe
staff-error-name = Geben Sie den vollständigen Namen an (höchstens 100 Zeichen)
staff-error-email = Geben Sie eine E-Mail-Adresse im Format name@beispiel.de an
staff-error-username-taken = Dieser Benutzername ist schon vergeben
staff-error-own-admin = Ihre eigene Administrationsrolle können Sie nicht entfernen
staff-error-own-account = Ihr eigenes Konto können Sie nicht deaktivieren
staff-role-label = Rolle
staff-unit-label = Organisationseinheit
staff-unit-hint = Nur für Sachbearbeitung und Teamleitung
staff-unit-none = keine (Rolle für die ganze Verwaltung)
staff-login-title = Anmeldung für Mitarbeitende
staff-login-intro = Melden Sie sich mit Ihrem Benutzernamen, Ihrem Passwort und dem aktuellen Code aus Ihrer Authenticator-App an.
staff-username-label = Benutzername
staff-password-label = Passwort
staff-code-label = Code aus der Authenticator-App
staff-code-hint = Sechs Ziffern, zum Beispiel 123456
staff-login-submit = Anmelden
staff-login-failed = Benutzername, Passwort oder Code stimmen nicht. Bitte versuchen Sie es erneut.
back-office-title = Verwaltung
# $name: the staff member's full name.
back-office-greeting = Guten Tag, { $name }
back-office-roles-heading = Ihre Rollen
back-office-admin-heading = Administration
staff-list-title = Mitarbeitende
staff-active = aktiv
staff-inactive = deaktiviert
staff-name-label = Name
staff-roles-heading = Rollen
staff-state-heading = Status
staff-add-heading = Mitarbeitende hinzufügen
staff-username-hint = 3 bis 40 Zeichen: Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich
staff-email-label = E-Mail-Adresse
staff-add-submit = Hinzufügen
# $name: the staff member's full name.
staff-created-title = { $name } wurde hinzugefügt
staff-created-intro = Übergeben Sie diese Zugangsdaten persönlich. Das Passwort gilt für die erste Anmeldung; das Geheimnis wird in der Authenticator-App eingerichtet (als QR-Code aus der Adresse oder von Hand).
staff-initial-password = Erstes Passwort
staff-totp-secret = Geheimnis für die Authenticator-App
staff-totp-address = Adresse für die Authenticator-App
staff-created-once = Diese Angaben werden nur jetzt angezeigt und nirgends im Klartext gespeichert.
staff-revoke = Entfernen
staff-deactivate = Deaktivieren
staff-activate = Wieder aktivieren
# $name: the staff member's full name.
staff-grant-heading = Rolle für { $name } hinzufügen
staff-grant-submit = Rolle hinzufügen
staff-login-provider = Mit dem Konto der Verwaltung anmelden
staff-login-local-heading = Oder mit Benutzername, Passwort und Code
staff-login-no-access = Für Ihr Konto beim Anmeldedienst der Verwaltung gibt es hier keinen Zugang. Bitte wenden Sie sich an die Administration.
staff-login-provider-failed = Die Anmeldung über den Anmeldedienst wurde abgebrochen oder hat zu lange gedauert. Bitte versuchen Sie es erneut.
staff-login-provider-unavailable = Der Anmeldedienst der Verwaltung antwortet gerade nicht. Melden Sie sich mit Benutzername, Passwort und Code an oder versuchen Sie es später erneut.

units-title = Organisationseinheiten
units-intro = Die Einheiten der Verwaltung mit ihrer Adresse für Anträge. Rollen der Mitarbeitenden und Leistungen beziehen sich auf die Nummer einer Einheit.
units-staff-heading = Mitarbeitende mit Rolle
units-add-heading = Einheit hinzufügen
units-add-submit = Einheit hinzufügen
unit-code-label = Nummer
unit-code-hint = Nummer im Organisationsplan, zum Beispiel 69.2. Sie lässt sich später nicht ändern.
unit-name-label = Name
unit-name-hint = Auf Deutsch. Andere Sprachen zeigen den deutschen Namen, bis er übersetzt ist.
unit-section-label = Bereich
unit-section-hint = Freiwillig, zum Beispiel „Umwelt und Bauen“.
unit-email-label = E-Mail-Adresse
unit-email-hint = Hierhin schreiben Bürgerinnen und Bürger.
unit-save-submit = Änderungen speichern
unit-saved = Die Einheit ist gespeichert.
unit-code-fixed = Nummer { $code } (lässt sich nicht ändern)
unit-translations-note = Wenn Sie den deutschen Namen oder Bereich ändern, zeigen die anderen Sprachen den neuen deutschen Text, bis er übersetzt ist.
unit-error-code = Geben Sie die Nummer im Format 69 oder 69.2 an (bis zu vier Gruppen aus Ziffern)
unit-error-code-taken = Eine Einheit mit dieser Nummer gibt es schon
unit-error-name = Geben Sie einen Namen mit höchstens 120 Zeichen an
unit-error-section = Der Bereich darf höchstens 120 Zeichen lang sein
unit-error-email = Geben Sie eine E-Mail-Adresse im Format name@beispiel.de an

inbox-title = Posteingang
inbox-counts = { $count ->
    [one] Ein Vorgang
   *[other] { $count } Vorgänge
}, davon { $overdue } überfällig
inbox-overdue = überfällig
inbox-unassigned = noch niemand
inbox-filter-state = Stand
inbox-filter-all = Alle
inbox-filter-reference = Aktenzeichen beginnt mit
inbox-filter-mine = Nur Vorgänge, die ich bearbeite
inbox-filter-submit = Filtern
case-title = Vorgang
case-reference = Aktenzeichen
case-service = Leistung
case-received = Eingang
case-due = Frist
case-state = Stand
case-assignee = In Bearbeitung bei
case-take = Vorgang übernehmen
case-answers-heading = Angaben, wie eingereicht
case-answers-note = Die Angaben stehen so in der Akte, wie die Antragstellerin oder der Antragsteller sie abgeschickt hat, auf Deutsch.
case-documents-heading = Unterlagen
case-no-documents = Zu diesem Antrag gibt es keine Unterlagen.
case-ki-heading = KI-Vorprüfung
case-ki-none = Für diesen Vorgang liegt noch keine Vorprüfung vor.
case-step-prepare = Entscheidung vorbereitet
case-step-request-sign-off = Mitzeichnung anfordern
case-step-sign-off = Mitzeichnen und abschließen
case-step-send-back = Zur Überarbeitung zurückgeben
case-refused-state = Dieser Schritt passt nicht zum Stand des Vorgangs. Vielleicht hat ihn gerade jemand anderes weitergeführt; der aktuelle Stand steht unten.
case-refused-not-assignee = Diesen Schritt kann nur die Person gehen, die den Vorgang bearbeitet. Übernehmen Sie den Vorgang zuerst.
case-refused-four-eyes = Mitzeichnen muss eine zweite Person. Wer die Mitzeichnung angefordert hat, kann sie nicht selbst geben.
case-label-eingegangen = Eingegangen
case-label-in-bearbeitung = In Bearbeitung
case-label-nachforderung = Nachforderung
case-label-entscheidung-vorbereitet = Entscheidung vorbereitet
case-label-mitzeichnung = Mitzeichnung
case-label-abgeschlossen = Abgeschlossen

## Nachforderungen in the case page
case-step-request-information = Nachforderung senden
case-request-question-missing = Schreiben Sie, was die antragstellende Person nachreichen oder klären soll
case-request-question-too-long = Die Nachforderung darf höchstens 2000 Zeichen lang sein
case-request-question-label = Was soll die antragstellende Person nachreichen oder klären?
case-request-question-hint = Die Frage ist nur im Portal zu lesen; die E-Mail an die Person sagt nur, dass es eine Rückfrage gibt. Der Vorgang wartet, bis die Antwort kommt.
case-requests-heading = Nachforderungen
case-requests-none = Es wurde noch nichts nachgefordert.
case-request-asked = Nachforderung von { $name } am { $date }
case-request-waiting = Noch keine Antwort.
case-request-answered = Antwort vom { $date }

## The e-Akte: filing a case and an Akte's page
case-refused-filed-already = Der Vorgang ist schon zu den Akten genommen.
case-refused-no-plan-entry = Für diese Leistung gibt es keinen passenden Eintrag im Aktenplan. Bitte wenden Sie sich an die Registratur.
case-refused-akte-not-open = Diese Akte kann den Vorgang nicht aufnehmen: Sie ist nicht (mehr) offen oder gehört zu einer anderen Einheit, oder der Vorgang wurde inzwischen abgelegt.
case-akte-heading = Akte
case-filed-in = Zu den Akten genommen unter dem Aktenzeichen
case-not-filed = Noch nicht zu den Akten genommen.
case-file-plan = Aktenplan: { $key } { $title }
case-file-akte-legend = In welche Akte?
case-file-new = Neue Akte anlegen (das Aktenzeichen wird vergeben)
case-file-title-label = Titel der neuen Akte
case-file-title-hint = Nur für eine neue Akte. Schlagworte, die man später sucht, z. B. Name und Betrieb.
case-file-confidentiality-legend = Vertraulichkeit der neuen Akte
case-file-submit = Zu den Akten nehmen
case-file-akte-missing = Wählen Sie eine neue oder eine bestehende Akte
akte-title-missing = Geben Sie der neuen Akte einen Titel
akte-title-too-long = Der Titel darf höchstens 200 Zeichen lang sein
akte-confidentiality-normal = Normal: alle Sachbearbeitenden der Einheit
akte-confidentiality-vertraulich = Vertraulich: nur die Teamleitungen der Einheit
akte-state-offen = Offen
akte-state-geschlossen = Geschlossen
akte-state-ausgesondert = Ausgesondert
akte-kind-nachforderung = Antwort auf Nachforderung
akte-kind-antrag = Antrag
akte-kind-anlage = Anlage
akte-version-not-filed = noch änderbar
akte-version-filed = zu den Akten am { $date }
akte-title = Akte { $aktenzeichen }
akte-subject = Titel
akte-plan = Aktenplan
akte-unit = Einheit
akte-confidentiality = Vertraulichkeit
akte-retention = Aufbewahrung
akte-state = Stand
akte-created = Angelegt am
akte-documents-heading = Schriftstücke
akte-column-number = Nr.
akte-column-title = Titel
akte-column-kind = Art
akte-column-version = Fassung
akte-column-file = Datei
akte-column-sha256 = Prüfsumme (SHA-256)
akte-column-filed = Zu den Akten
akte-retention-years =
    { $years ->
        [one] ein Jahr nach Abschluss
       *[other] { $years } Jahre nach Abschluss
    }
akte-export-heading = Aussonderung
akte-export-note = Das Paket enthält die Akte mit allen Vorgängen und Schriftstücken im Format xdomea 3.0 (Nachricht 0503) für die Übergabe an das Archiv.
akte-export-link = Akte als xdomea-Paket herunterladen (ZIP)

## Vermerke, history and handing a case over
case-refused-assign = Einen Vorgang weitergeben können nur die Person, die ihn bearbeitet, und die Teamleitungen der Einheit.
case-refused-not-colleague = Der Vorgang kann nur an aktive Beschäftigte seiner Einheit gehen.
case-assign-label = Weitergeben an
case-assign-submit = Weitergeben
case-notes-heading = Vermerke
case-notes-none = Noch keine Vermerke.
case-note-by = Vermerk von { $name } am { $date }
case-note-label = Neuer Vermerk
case-note-hint = Nur für die Verwaltung; die antragstellende Person sieht ihn nicht. Ein Vermerk bleibt, wie er geschrieben wurde.
case-note-submit = Vermerk speichern
case-note-missing = Schreiben Sie den Vermerk
case-note-too-long = Ein Vermerk darf höchstens 4000 Zeichen lang sein
case-history-heading = Verlauf
case-history-assign = übernommen oder weitergegeben
case-history-request = Nachforderung gesendet
case-history-answer = Antwort der antragstellenden Person eingegangen
case-history-prepare = Entscheidung vorbereitet
case-history-request-sign-off = Mitzeichnung angefordert
case-history-sign-off = mitgezeichnet und abgeschlossen
case-history-send-back = zur Überarbeitung zurückgegeben
case-history-filed = zu den Akten genommen
case-history-note = Vermerk geschrieben
case-history-by-applicant = antragstellende Person
case-history-by-system = System

## Suche im Back-Office
search-title = Suche
search-label = Suchbegriffe
search-hint = Vorgänge, Akten und Dokumente Ihrer Organisationseinheiten, auch der Text in PDFs und Scans. Wörter werden in allen Beugungsformen gefunden; alle Wörter müssen vorkommen, „in Anführungszeichen“ als Wortfolge.
search-submit = Suchen
search-count = { $count ->
    [0] Nichts gefunden
    [one] Ein Treffer
   *[other] { $count } Treffer
}
search-shown = Die { $count } besten Treffer werden gezeigt. Grenzen Sie die Suche mit weiteren Wörtern oder den Filtern ein.
search-facets-label = Treffer eingrenzen
search-facet-all = alle zeigen
search-facet-kind = Art
search-facet-unit = Organisationseinheit
search-facet-year = Jahr
search-facet-state = Stand
search-kind-vorgang = Vorgang
search-kind-akte = Akte
search-kind-dokument = Dokument
search-hit-unit = Einheit { $unit }
search-too-long = Geben Sie höchstens 200 Zeichen ein.

## Wiedervorlage
case-resubmission-heading = Wiedervorlage
case-resubmission-none = Keine Wiedervorlage gesetzt.
case-resubmission-set = Wiedervorlage am { $date }.
case-resubmission-due = Wiedervorlage seit { $date } fällig.
case-resubmission-label = Wiedervorlage am
case-resubmission-hint = Zum Beispiel 15 3 2027. An diesem Tag erhält, wer den Vorgang bearbeitet, eine Erinnerung, und der Vorgang ist im Posteingang markiert.
case-resubmission-submit = Wiedervorlage setzen
case-resubmission-done = Wiedervorlage erledigt
case-resubmission-invalid = Geben Sie ein gültiges Datum aus Tag, Monat und Jahr ein.
case-resubmission-past = Die Wiedervorlage muss nach dem heutigen Tag liegen.
case-resubmission-too-far = Die Wiedervorlage darf höchstens zwei Jahre in der Zukunft liegen.
case-refused-resubmission = Die Wiedervorlage setzen nur, wer den Vorgang bearbeitet, und die Teamleitung der Einheit.
case-history-resubmission = Wiedervorlage gesetzt
case-history-resubmission-cleared = Wiedervorlage erledigt
inbox-resubmission = Wiedervorlage { $date }
inbox-filter-resubmission = Nur fällige Wiedervorlagen
case-preview-show = Vorschau von { $name } anzeigen
case-preview-alt = Vorschau von { $name }

## Kennzahlen
dashboard-title = Kennzahlen
dashboard-intro = Die Vorgänge Ihrer Organisationseinheiten in Zahlen, jedes Diagramm mit einer Tabelle derselben Werte.
dashboard-by-state = Vorgänge nach Stand
dashboard-by-state-summary = Balkendiagramm: Anzahl der Vorgänge je Stand; die Werte stehen in der folgenden Tabelle.
dashboard-count = Anzahl
dashboard-per-week = Eingänge und Abschlüsse je Kalenderwoche
dashboard-per-week-summary = Balkendiagramm: eingegangene Vorgänge je Kalenderwoche der letzten zwölf Wochen; die Werte stehen in der folgenden Tabelle.
dashboard-week = KW { $week } (ab { $date })
dashboard-week-heading = Kalenderwoche
dashboard-received = eingegangen
dashboard-closed = abgeschlossen
dashboard-units = Nach Organisationseinheit
dashboard-unit = Einheit
dashboard-open = offen
dashboard-overdue = überfällig
dashboard-median = Bearbeitungszeit (Median)
dashboard-median-none = noch keiner abgeschlossen
dashboard-days = { $count ->
    [one] ein Tag
   *[other] { $count } Tage
}
akte-closed = Geschlossen
akte-closed-kept = am { $date }; aufzubewahren bis Ende { $year }
akte-close-note = Eine geschlossene Akte nimmt nichts mehr auf; ihre Aufbewahrungsfrist läuft ab dem Ende des Jahres.
akte-close = Akte schließen
akte-refused-close = Akten schließt die Teamleitung der Einheit.
akte-refused-closed-already = Die Akte ist bereits geschlossen.

## Aussonderung
akte-refused-ausgesondert = Diese Akte ist bereits ausgesondert; ihr Inhalt ist gelöscht.
akte-refused-not-due = Diese Akte ist nicht zur Aussonderung fällig: Sie muss geschlossen sein und ihre Aufbewahrungsfrist abgelaufen.
akte-refused-not-exported = Laden Sie zuerst das Aussonderungspaket herunter und geben Sie es dem Archiv.
akte-disposed-heading = Ausgesondert
akte-disposed = Am { $date } nach Ablauf der Aufbewahrungsfrist ausgesondert. Gelöscht wurden Schriftstücke: { $documents }, Vorgänge: { $cases }. Es bleibt nur dieser Nachweis.
disposal-title = Aussonderung
disposal-intro = Diese geschlossenen Akten sind über ihre Aufbewahrungsfrist hinaus. Bieten Sie jede dem Archiv an: Laden Sie ihr xdomea-Paket herunter und geben Sie es dem Archiv. Danach wird sie ausgesondert.
disposal-what-goes = Beim Aussondern werden alle Schriftstücke mit ihren Versionen und Dateien, die Vorgänge der Akte mit Anträgen, Nachforderungen und Vermerken sowie ihre Einträge in der Suche unwiderruflich gelöscht. Es bleiben das Aktenzeichen, die Daten und die Anzahl des Gelöschten; das Protokoll nennt, wer ausgesondert hat.
disposal-none = Keine Akte ist zur Aussonderung fällig.
disposal-confirm = Das Archiv hat das Paket übernommen oder auf die Übernahme verzichtet. Der Inhalt dieser Akte darf unwiderruflich gelöscht werden.
disposal-button = Akte aussondern
disposal-export-first = Laden Sie zuerst das Paket herunter und geben Sie es dem Archiv; danach können Sie die Akte hier aussondern.
disposal-archival = Archivwürdigkeit laut Aktenplan
disposal-archival-yes = archivwürdig: das Archiv übernimmt sie voraussichtlich
disposal-archival-no = nicht archivwürdig: das Archiv entscheidet
disposal-retained-through = Aufzubewahren bis Ende
disposal-done = Die Akte { $aktenzeichen } ist ausgesondert. Gelöscht wurden Schriftstücke: { $documents }, Vorgänge: { $cases }.
disposal-confirm-missing = Bestätigen Sie, dass das Archiv das Paket übernommen oder darauf verzichtet hat.
back-office-records-heading = Schriftgutverwaltung

## API for Fachverfahren
api-error-unauthorized = Es fehlt ein gültiger Zugangsschlüssel (Bearer-Token).
api-error-forbidden = Dieser Zugangsschlüssel darf das nicht.
api-error-not-found = Diesen Vorgang oder diese Datei gibt es für diese Anbindung nicht.
api-refused-state-now = Aus seinem jetzigen Stand kann der Vorgang nicht dorthin wechseln.
api-refused-state-people = Mitzeichnung, Nachforderung und Abschluss erledigen Menschen in der Verwaltung, nicht ein Fachverfahren.
api-refused-not-filed = Der Vorgang liegt in keiner offenen Akte; Schriftstücke kommen erst nach der Ablage hinzu.
api-invalid-title = Geben Sie einen Titel mit 1 bis 200 Zeichen an.
api-invalid-size = Die Datei ist leer oder größer als 20 MB.
api-invalid-type = Nur PDF, PNG und JPEG werden angenommen; der Inhalt entscheidet.
api-invalid-infected = Die Datei enthält Schadsoftware und wurde nicht angenommen.
api-invalid-query = Ein Parameter der Adresse ist unbekannt oder keine Zahl ab 0.
api-invalid-body = Erwartet wird ein JSON-Objekt mit genau dem Feld „state“.
api-invalid-state = Diesen Stand gibt es nicht.
api-client-webhook-invalid = Die Webhook-Adresse ist keine gültige https-Adresse.
api-client-webhook-not-https = Webhooks gehen nur über https, unverschlüsselt nur an diesen Rechner.
api-client-name-invalid = Geben Sie einen Namen mit 1 bis 100 Zeichen an.
api-client-scope-invalid = Geben Sie mindestens eine Berechtigung an: cases:read oder cases:write.
api-client-unit-invalid = Geben Sie mindestens eine Einheit an, die es gibt.
akte-document-application = Antrag { $reference }

## Anbindungen (integrations page)
api-clients-title = Anbindungen
api-clients-intro = Fachverfahren holen über die Schnittstelle die Vorgänge ihrer Einheiten ab, melden ihren Stand und legen Schriftstücke zu den Akten. Jede Anbindung hat ihren eigenen Zugangsschlüssel.
api-clients-openapi = Beschreibung der Schnittstelle (OpenAPI)
api-clients-add-heading = Anbindung hinzufügen
api-clients-add-submit = Anbindung hinzufügen
api-client-name-label = Bezeichnung
api-client-name-hint = So erscheint sie im Protokoll, zum Beispiel „Fachverfahren Wasser“.
api-client-units-label = Einheiten
api-client-scopes-label = Rechte
api-client-scope-read = Vorgänge und ihre Dateien lesen
api-client-scope-write = Stand melden und Schriftstücke zu den Akten legen
api-client-webhook-label = Webhook-Adresse
api-client-webhook-hint = Freiwillig. Dorthin meldet das Portal jede Änderung an einem Vorgang der Einheiten, signiert. Nur https.
api-client-no-webhook = keine
api-client-created = Hinzugefügt
api-client-state = Stand
api-client-revoked = widerrufen am
api-client-revoke = Widerrufen
api-client-created-title = Anbindung { $name } hinzugefügt
api-client-created-intro = Geben Sie den Zugangsschlüssel und das Webhook-Geheimnis auf sicherem Weg an die Betreuer des Fachverfahrens weiter.
api-client-token = Zugangsschlüssel
api-client-webhook-secret = Webhook-Geheimnis
api-client-created-once = Beides wird nur jetzt angezeigt und nirgends im Klartext gespeichert. Geht es verloren, widerrufen Sie die Anbindung und legen Sie eine neue an.

## Delivery of decisions
delivery-paper-no-postfach = Auf Papier: Der Antrag kam nicht aus einem Konto mit Postfach.
delivery-paper-no-consent = Auf Papier: Die Person hat der digitalen Zustellung nicht zugestimmt.
delivery-paper-service = Auf Papier: Diese Leistung verlangt eine förmliche Zustellung.
delivery-paper-not-retrieved = Auf Papier: Der Bescheid wurde nicht binnen zehn Tagen nach der Benachrichtigung im Postfach abgerufen.

## Decisions and the letters that carry them
decision-heading = Entscheidung
decision-none = Noch keine Entscheidung geschrieben.
decision-outcome = Ergebnis
decision-outcome-legend = Wie wird entschieden?
decision-outcome-stattgabe = Stattgabe (Antrag bewilligt)
decision-outcome-ablehnung = Ablehnung (Antrag abgelehnt)
decision-outcome-missing = Wählen Sie, ob der Antrag bewilligt oder abgelehnt wird.
decision-reasoning = Begründung
decision-reasoning-label = Begründung des Bescheids
decision-reasoning-hint = Sie steht so im Bescheid (auf Deutsch). Absätze trennen Sie durch eine Leerzeile.
decision-reasoning-missing = Schreiben Sie die Begründung.
decision-reasoning-too-long = Die Begründung darf höchstens 20.000 Zeichen lang sein.
decision-text-missing = Eine Entscheidung wird mit ihrem Text vorbereitet: Nutzen Sie das Formular „Entscheidung“.
decision-written = Geschrieben am
decision-not-released = Der Bescheid geht nach der Mitzeichnung hinaus.
decision-released = Freigegeben am
decision-letter = Bescheid
decision-letter-open = Bescheid (PDF) in der Akte öffnen
decision-sha256 = Prüfsumme (SHA-256)
decision-channel = Versandweg
decision-channel-postfach = Digital in das Postfach des Kontos
decision-notified = Benachrichtigt am
decision-retrieved = Abgerufen am
decision-paper = Auf Papier seit
decision-announced = Bekanntgegeben am
decision-appeal-deadline = Klagefrist endet am
letter-salutation = Guten Tag { $name },
letter-salutation-unnamed = Sehr geehrte Damen und Herren,
letter-footer-phone = Telefon { $phone }
letter-info-file-number = Aktenzeichen
letter-info-reference = Referenznummer
letter-info-application-date = Ihr Antrag vom
letter-info-date = Datum
letter-cover-title = Erläuterung zu diesem Schreiben
letter-cover-binding = Verbindlich ist das deutsche Schreiben vor dieser Seite. Diese Seite erklärt es in Ihrer Sprache; sie ist keine Übersetzung.
letter-cover-outcome = Es ist die Entscheidung über Ihren Antrag { $reference } ({ $service }). Ergebnis: { $outcome }.
letter-cover-appeal = Gegen die Entscheidung können Sie innerhalb eines Monats nach der Bekanntgabe vorgehen. Wo und wie, steht in der Rechtsbehelfsbelehrung des deutschen Schreibens.
letter-cover-contact = Bei Fragen nennen Sie bitte das Aktenzeichen { $aktenzeichen }.
postfach-decision-body = Ihr Bescheid liegt dieser Nachricht als PDF bei. Mit dem ersten Öffnen gilt er am folgenden Tag als bekanntgegeben.
akte-document-decision = Bescheid { $reference }
decision-refused-not-filed = Nehmen Sie den Vorgang zuerst zu den Akten: Der Bescheid wird in seiner Akte abgelegt.
akte-refused-decision-pending = Ein Bescheid zu einem Vorgang dieser Akte ist noch nicht versandt oder zugestellt. Schließen Sie die Akte, wenn der Zustellnachweis abgelegt ist.
dashboard-letters = Bescheide: digital und auf Papier
dashboard-letters-summary = Bescheide je Monat, digital zugestellt und auf Papier; die Zahlen stehen in der Tabelle.
dashboard-letters-bar-digital = { $month } digital zugestellt
dashboard-letters-bar-paper = { $month } auf Papier
dashboard-letters-month = Monat
dashboard-letters-digital = Digital zugestellt
dashboard-letters-paper = Auf Papier
dashboard-letters-share = Anteil digital
dashboard-letters-sheets = Eingesparte Blätter Papier
dashboard-letters-euros = Eingesparte Kosten für Porto und Druck
dashboard-letters-trees = Entspricht etwa so vielen Bäumen
dashboard-letters-open-data = Diese Zahlen als offene Daten:
dashboard-letters-csv = Tabelle (CSV)
dashboard-letters-json = Datensatz (JSON)
dashboard-letters-none = Noch kein Bescheid ist hinausgegangen.
akte-document-delivery-proof = Zustellnachweis { $reference }
