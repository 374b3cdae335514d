# The frame of every page: title, header, navigation, footer, shared bits of forms.

portal-name = Kreisportal
# The <title> of every page. $page: the page's own title; $tenant: e.g. "Kreis Unna".
document-title = { $page } – Kreisportal { $tenant }
skip-link = Zum Inhalt springen
demo-banner-tag = Demo
demo-banner-text = Dies ist eine Demonstrationsumgebung. Alle Personen, Telefonnummern und E-Mail-Adressen sind erfunden. Bitte geben Sie keine echten Daten ein.
language-switcher-label = Sprache wählen
main-nav-label = Hauptnavigation
nav-home = Startseite
nav-easy-language = Leichte Sprache
nav-sign-language = Gebärdensprache
footer-nav-label = Rechtliches und Hilfe
footer-accessibility = Barrierefreiheit
footer-report-barrier = Barriere melden
footer-imprint = Impressum
footer-privacy = Datenschutz
contact-phone = Telefon
contact-email = E-Mail
back-to-home = Zur Startseite
title-error-prefix = Fehler:
error-summary-title = Es gibt ein Problem
field-error-prefix = Fehler:
