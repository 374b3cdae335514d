# Error pages. Each says what happened and what the visitor can do, without technical detail.

error-bad-request-title = Die Anfrage ist ungültig
error-bad-request-text = Die Anfrage enthielt Angaben, die wir nicht verarbeiten können, zum Beispiel aus einem veralteten Formular. Bitte öffnen Sie die Seite neu und versuchen Sie es noch einmal.
error-forbidden-title = Anfrage abgelehnt
error-forbidden-text = Das Formular wurde nicht von einer Seite des Kreisportals abgeschickt. Zu Ihrem Schutz haben wir es nicht angenommen. Bitte öffnen Sie die Seite im Kreisportal neu und senden Sie das Formular dort ab.
error-not-found-title = Seite nicht gefunden
error-not-found-text = Diese Seite gibt es nicht. Vielleicht ist die Adresse falsch geschrieben, oder die Seite wurde verschoben.
error-method-title = Diese Aktion ist hier nicht möglich
error-method-text = Die Seite kann auf diese Weise nicht aufgerufen werden. Bitte nutzen Sie die Links und Formulare des Kreisportals.
error-timeout-title = Die Anfrage hat zu lange gedauert
error-timeout-text = Wir haben Ihre Anfrage abgebrochen, weil sie zu lange gedauert hat. Bitte versuchen Sie es noch einmal.
error-too-large-title = Zu viele Daten
error-too-large-text = Sie haben mehr Daten gesendet, als wir auf einmal annehmen können. Bitte kürzen Sie Ihre Eingabe und versuchen Sie es noch einmal.
error-unprocessable-title = Die Daten konnten nicht gelesen werden
error-unprocessable-text = Die gesendeten Daten hatten eine Form, die wir nicht lesen können. Bitte nutzen Sie das Formular des Kreisportals und versuchen Sie es noch einmal.
error-server-title = Es ist ein Fehler aufgetreten
error-server-text = Das tut uns leid. Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es in einigen Minuten noch einmal. Was Sie bereits gespeichert haben, bleibt erhalten.
error-unavailable-title = Das Kreisportal ist gerade nicht erreichbar
error-unavailable-text = Wir arbeiten daran. Bitte versuchen Sie es in einigen Minuten noch einmal. Was Sie bereits gespeichert haben, bleibt erhalten.
# $reference: a short code that identifies the failed request in our logs.
error-reference = Fehlernummer: { $reference }. Bitte nennen Sie diese Nummer, wenn Sie uns kontaktieren.
error-contact = Sie brauchen Hilfe? Rufen Sie uns an unter { $phone } oder schreiben Sie an { $email }.
# $minutes: whole minutes until the client may try again.
error-too-many-title = Zu viele Anfragen
error-too-many-text = Von Ihrem Anschluss kamen in kurzer Zeit zu viele Anfragen dieser Art. Bitte versuchen Sie es in { $minutes ->
    [one] einer Minute
   *[other] { $minutes } Minuten
} noch einmal. Ihre gespeicherten Angaben bleiben erhalten.
