# The accessibility statement and the feedback form for reporting barriers.

accessibility-title = Erklärung zur Barrierefreiheit
accessibility-intro = Diese Erklärung gilt für das Kreisportal. Anbieter ist: { $authority }. Wir möchten, dass alle Menschen das Kreisportal nutzen können. Rechtsgrundlagen sind das Behindertengleichstellungsgesetz Nordrhein-Westfalen (BGG NRW) und die Barrierefreie-Informationstechnik-Verordnung NRW, die die EU-Richtlinie 2016/2102 umsetzen. Maßstab ist die europäische Norm EN 301 549 und damit die Web Content Accessibility Guidelines (WCAG) 2.2 auf Stufe AA.
accessibility-status-heading = Stand der Vereinbarkeit mit den Anforderungen
accessibility-status-text = Das Kreisportal ist mit den Anforderungen weitgehend vereinbar. Die unten genannten Inhalte sind noch nicht vollständig barrierefrei.
accessibility-method-text = Wie wir prüfen: Jede Seite wird in allen sieben Sprachen, mit und ohne JavaScript, bei jeder Änderung automatisch mit dem Prüfwerkzeug axe-core getestet. Zusätzlich prüfen wir die Bedienung mit der Tastatur und mit Screenreadern. Automatische Prüfungen finden nur einen Teil der Barrieren; darum sind uns Ihre Hinweise wichtig.
accessibility-gaps-heading = Nicht barrierefreie Inhalte
accessibility-gap-sign-language = Die Videos in Deutscher Gebärdensprache werden derzeit produziert. Bis dahin stehen ihre Inhalte als Text auf der Seite Gebärdensprache.
accessibility-gap-external-documents = Dokumente, die Sie selbst hochladen oder die andere Stellen uns senden, können wir nicht immer barrierefrei anbieten. Auf Wunsch erläutern wir sie Ihnen.
accessibility-prepared-heading = Erstellung dieser Erklärung
accessibility-prepared-text = Diese Erklärung wurde am 28. November 2026 erstellt. Sie beruht auf einer Selbstbewertung und wird bei jeder größeren Änderung des Kreisportals überprüft.
accessibility-contact-heading = Kontakt und Rückmeldung
accessibility-contact-text = Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in einer anderen Form? Schreiben Sie uns über das Formular unten oder wenden Sie sich an unser Inklusionsbüro. Wir antworten so schnell wie möglich, spätestens innerhalb eines Monats.
accessibility-enforcement-heading = Schlichtungsverfahren
accessibility-enforcement-text = Haben Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten? Dann können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden. Sie hilft kostenlos, eine Lösung ohne Gericht zu finden.

feedback-heading = Barriere melden
feedback-intro = Beschreiben Sie kurz, was Sie nicht nutzen konnten. Name und E-Mail-Adresse sind freiwillig; ohne E-Mail-Adresse können wir Ihnen allerdings nicht antworten.
feedback-message-label = Was ist Ihnen aufgefallen?
feedback-message-hint = Zum Beispiel: Ein Knopf lässt sich nicht mit der Tastatur erreichen, oder ein Text ist schwer zu lesen.
feedback-page-label = Auf welcher Seite? (freiwillig)
feedback-page-hint = Die Adresse oder der Titel der Seite
feedback-name-label = Ihr Name (freiwillig)
feedback-email-label = Ihre E-Mail-Adresse (freiwillig)
feedback-email-hint = Nur wenn Sie eine Antwort möchten
feedback-privacy-note = Wir verwenden Ihre Angaben nur, um Ihre Rückmeldung zu bearbeiten und Ihnen zu antworten.
feedback-privacy-link = Mehr in der Datenschutzerklärung
feedback-submit = Rückmeldung senden
feedback-error-message-missing = Beschreiben Sie, was Ihnen aufgefallen ist
feedback-error-message-too-long = Ihre Beschreibung darf höchstens 5000 Zeichen lang sein
feedback-error-page-too-long = Die Angabe zur Seite darf höchstens 500 Zeichen lang sein
feedback-error-name-too-long = Der Name darf höchstens 200 Zeichen lang sein
feedback-error-email-invalid = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.de
feedback-received-title = Vielen Dank für Ihre Rückmeldung
# $number: the number under which the feedback was stored.
feedback-received-number = Ihre Rückmeldung ist unter der Nummer { $number } eingegangen.
feedback-received-next = Wir prüfen Ihre Rückmeldung und beheben die Barriere so schnell wie möglich. Wenn Sie uns eine E-Mail-Adresse genannt haben, antworten wir Ihnen spätestens innerhalb eines Monats.
