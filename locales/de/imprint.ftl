# The imprint (Impressum).

imprint-title = Impressum
imprint-demo-notice = Dies ist eine Demonstrationsumgebung. Alle Personen, Telefonnummern und E-Mail-Adressen auf dieser Seite sind erfunden.
imprint-provider-heading = Anbieter
imprint-legal-form = Der Kreis ist eine Körperschaft des öffentlichen Rechts.
imprint-representative-heading = Vertreten durch
imprint-supervisory-heading = Aufsichtsbehörde
imprint-responsible-heading = Verantwortlich für den Inhalt
# $representative: the person who represents the authority.
imprint-responsible-text = { $representative }, Anschrift wie oben
imprint-software-heading = Software
imprint-software-text = Das Kreisportal ist freie Software unter der Europäischen Gemeinschaftslizenz (EUPL) 1.2.
