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
