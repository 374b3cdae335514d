# Logging in and out, and the account.

nav-login = Anmelden
nav-account = Mein Konto
nav-logout = Abmelden
account-nav-label = Nutzerkonto

# How sure the portal is of who is logged in (the trust levels of BundID).
trust-level-basis = Basis (Benutzername und Passwort)
trust-level-substantiell = substanziell (zum Beispiel ELSTER-Zertifikat)
trust-level-hoch = hoch (Online-Ausweis)

account-title = Mein Konto
# $name: the person's name as the identity provider gave it.
account-greeting = Angemeldet als { $name }
# $level: one of the trust-level-* texts.
account-level = Ihr Anmeldeniveau: { $level }
account-applications-heading = Meine Anträge
account-applications-none = Mit diesem Konto haben Sie noch keinen Antrag begonnen.
# $date: the day the draft will be deleted.
account-application-draft = Entwurf, gespeichert bis { $date }
# $date: when it was submitted; $reference: e.g. KU-2026-000123; $state: its current state.
account-application-submitted = Eingereicht am { $date } unter der Referenznummer { $reference }. Stand: { $state }
account-application-continue = Weiter bearbeiten
account-application-receipt = Eingangsbestätigung ansehen
account-sessions-heading = Angemeldete Geräte
# $device: e.g. "Firefox, Linux"; $date: when the login was.
account-session = { $device }, angemeldet am { $date }
account-session-current = dieses Gerät
account-logout-everywhere = Auf allen Geräten abmelden

login-required-title = Anmeldung erforderlich
# $service: the service's title; $level: one of the trust-level-* texts.
login-required-text = Für „{ $service }“ melden Sie sich bitte mit dem Anmeldeniveau { $level } an.
# $current: the level the visitor is logged in with.
login-required-higher = Sie sind mit dem Niveau { $current } angemeldet. Melden Sie sich bitte mit einem sichereren Verfahren erneut an. Ihre Angaben bleiben gespeichert.
login-required-button = Anmelden
login-required-owner = Dieser Antrag gehört zu einem Nutzerkonto. Melden Sie sich mit diesem Konto an, um ihn zu öffnen.
login-required-unavailable = Für dieses Portal ist die Anmeldung zurzeit nicht eingerichtet. Bitte wenden Sie sich an die zuständige Stelle.

login-failed-title = Anmeldung nicht abgeschlossen
login-failed-text = Die Anmeldung wurde abgebrochen oder hat zu lange gedauert. Bitte versuchen Sie es noch einmal.
login-unavailable-title = Anmeldung zurzeit nicht möglich
login-unavailable-text = Der Anmeldedienst antwortet gerade nicht. Bitte versuchen Sie es in einigen Minuten noch einmal. Ihre gespeicherten Angaben bleiben erhalten.
login-try-again = Erneut anmelden

logged-out-title = Sie sind abgemeldet
logged-out-text = Sie haben sich abgemeldet. Ihre Anträge bleiben in Ihrem Konto gespeichert.
logged-out-everywhere = Sie haben sich auf allen Geräten abgemeldet. Ihre Anträge bleiben in Ihrem Konto gespeichert.

# The person's data (Art. 15 and 20 DSGVO) and deleting the account (Art. 17 DSGVO).
account-data-heading = Ihre Daten
account-data-link = Meine gespeicherten Daten ansehen und herunterladen
account-delete-link = Nutzerkonto löschen
data-title = Meine gespeicherten Daten
data-intro = Hier sehen Sie alles, was das Portal über Sie gespeichert hat (Art. 15 DSGVO). Die JSON-Datei enthält dasselbe in maschinenlesbarer Form, zum Beispiel für einen anderen Dienst (Art. 20 DSGVO).
data-download = Meine Daten als JSON-Datei herunterladen
data-account-heading = Aus Ihrem Nutzerkonto
data-name = Name
data-birth-date = Geburtsdatum
data-email = E-Mail-Adresse
data-address = Anschrift
data-provider = Anmeldedienst
data-created = Konto angelegt am
data-last-login = Letzte Anmeldung am
data-not-given = nicht übermittelt
data-applications-none = Mit diesem Konto wurden keine Anträge begonnen.
# $date: the day the application was started.
data-started = Begonnen am { $date }
data-no-answers = Noch keine Angaben.
data-files = Hochgeladene Dateien
delete-title = Nutzerkonto löschen
delete-intro = Wenn Sie Ihr Nutzerkonto löschen, wird Folgendes sofort und endgültig gelöscht:
delete-what-account = Ihr Nutzerkonto mit den Angaben, die der Anmeldedienst übermittelt hat
delete-what-sessions = Ihre Anmeldungen auf allen Geräten
# $count: open drafts of the account.
delete-what-drafts = { $count ->
    [0] offene Entwürfe (Sie haben keine)
    [one] Ihr offener Entwurf mit seinen Dateien
   *[other] Ihre { $count } offenen Entwürfe mit ihren Dateien
}
delete-kept-heading = Was erhalten bleibt
# $count: submitted applications of the account.
delete-kept = { $count ->
    [0] Sie haben keine eingereichten Anträge.
   *[other] Eingereichte Anträge ({ $count }) gehören zu den Akten der zuständigen Stelle. Sie bleiben erhalten, bis die gesetzliche Aufbewahrungsfrist abgelaufen ist, in der Regel zehn Jahre nach Abschluss des Verfahrens. Danach sind sie mit keinem Nutzerkonto mehr verbunden; Auskunft gibt Ihnen die zuständige Stelle unter der Referenznummer.
}
delete-log = Das Protokoll des Portals vermerkt nur, dass ein Konto gelöscht wurde, ohne Ihre Angaben.
delete-export-first = Ihre Daten können Sie vorher herunterladen:
delete-confirm = Ja, ich möchte mein Nutzerkonto endgültig löschen
delete-confirm-missing = Bestätigen Sie, dass Sie Ihr Nutzerkonto löschen möchten
delete-button = Nutzerkonto löschen
deleted-title = Ihr Nutzerkonto ist gelöscht
deleted-text = Ihr Nutzerkonto, Ihre Anmeldungen und Ihre offenen Entwürfe sind gelöscht. Eingereichte Anträge bearbeitet die zuständige Stelle weiter.

# The timeout warning (shown with JavaScript before the session ends).
timeout-title = Ihre Anmeldung läuft bald ab
timeout-idle = Sie waren eine Weile nicht aktiv. Zu Ihrem Schutz werden Sie in weniger als drei Minuten abgemeldet. Ihre Angaben sind gespeichert.
timeout-end = Ihre Anmeldung endet in weniger als drei Minuten und kann aus Sicherheitsgründen nicht verlängert werden. Ihre Angaben sind gespeichert; melden Sie sich danach einfach erneut an.
timeout-stay = Angemeldet bleiben
timeout-understood = Verstanden
# $organisations: the names of the organisations, separated by commas.
delete-sole-administrator = Sie sind die einzige Administration von: { $organisations }. Übertragen Sie die Administration zuerst einer anderen Person oder entfernen Sie die übrigen Mitglieder; danach können Sie Ihr Konto löschen.

## Postfach
postfach-title = Postfach
postfach-intro = Hier stellt Ihnen die Verwaltung Nachrichten und Bescheide digital zu. Wir benachrichtigen Sie per E-Mail, wenn etwas Neues da ist.
postfach-own-heading = Ihr Postfach
postfach-organisation-heading = Postfach von { $name }
postfach-empty = Keine Nachrichten.
postfach-with-letter = mit Schreiben (PDF)
postfach-column-subject = Betreff
postfach-column-received = Eingegangen
postfach-column-state = Stand
postfach-column-letter = Anlage
postfach-state-new = neu
postfach-state-read = geöffnet am { $date }
postfach-state-post = per Post versandt am { $date }
postfach-received-on = Eingegangen am { $date }
postfach-announced-on = Dieser Bescheid gilt als bekannt gegeben am { $date } (am Tag nach dem ersten Abruf, § 41 Abs. 2a VwVfG).
postfach-appeal-until = Widerspruch können Sie bis einschließlich { $date } einlegen.
postfach-by-post = Dieser Bescheid wurde nicht binnen zehn Tagen abgerufen und ist Ihnen deshalb am { $date } per Post zugegangen. Hier ist er nicht mehr abrufbar.
postfach-letter-link = Schreiben herunterladen: { $file }
data-postfach-count =
    { $count ->
        [one] Ihr Postfach enthält eine Nachricht.
       *[other] Ihr Postfach enthält { $count } Nachrichten.
    }
postfach-consent-heading = Bescheide digital empfangen
postfach-consent-explained = Wenn Sie zustimmen, stellen wir Ihnen Bescheide hier zu statt auf Papier. Ein Bescheid gilt am Tag nach dem ersten Öffnen als bekannt gegeben; öffnen Sie ihn nicht binnen zehn Tagen, schicken wir ihn per Post. Sie können die Zustimmung jederzeit zurücknehmen.
postfach-consent-none = Zurzeit erhalten Sie Bescheide auf Papier.
postfach-consent-given = Sie erhalten Bescheide digital (zugestimmt am { $date }).
postfach-consent-give = Bescheide digital empfangen
postfach-consent-withdraw = Zustimmung zurücknehmen
