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
