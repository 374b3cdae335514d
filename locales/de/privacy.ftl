# The privacy statement (Art. 13 DSGVO).

privacy-title = Datenschutzerklärung
privacy-intro = Hier erfahren Sie, welche Daten das Kreisportal verarbeitet, wozu, wie lange, und welche Rechte Sie haben.
privacy-controller-heading = Verantwortliche Stelle
privacy-officer-heading = Datenschutzbeauftragte
privacy-visit-heading = Wenn Sie das Kreisportal aufrufen
privacy-visit-text = Um Ihnen die Seiten zu zeigen, verarbeitet der Server technisch notwendige Angaben: die aufgerufene Seite, den Zeitpunkt und das Ergebnis der Anfrage. In unseren Protokollen speichern wir weder IP-Adressen noch Inhalte von Formularen. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO.
privacy-applications-heading = Wenn Sie einen Antrag stellen
privacy-applications-text = Wir verarbeiten die Angaben und Dokumente, die Sie im Antrag machen, um über Ihren Antrag zu entscheiden. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. c und e DSGVO in Verbindung mit dem Gesetz, das für die jeweilige Leistung gilt; es ist auf der Seite der Leistung genannt.
privacy-feedback-heading = Wenn Sie uns eine Barriere melden
privacy-feedback-text = Wir speichern Ihre Nachricht und, wenn Sie sie angeben, Ihren Namen und Ihre E-Mail-Adresse, und leiten sie an unser Inklusionsbüro weiter, um die Barriere zu beheben und Ihnen zu antworten. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. c DSGVO in Verbindung mit dem Behindertengleichstellungsgesetz NRW.
privacy-cookies-heading = Cookies
privacy-cookies-text = Wir setzen nur technisch notwendige Cookies: eines merkt sich die Sprache, die Sie gewählt haben, für ein Jahr. Wir verwenden keine Cookies für Statistik oder Werbung und verfolgen Sie nicht über andere Seiten hinweg.
privacy-external-heading = Keine Dienste anderer Anbieter
privacy-external-text = Das Kreisportal lädt keine Inhalte von anderen Servern: keine fremden Schriften, Skripte, Karten oder Videos. Ihre Besuche bleiben zwischen Ihnen und uns.
privacy-retention-heading = Speicherdauer
privacy-retention-text = Wir speichern Ihre Angaben so lange, wie wir sie für die Bearbeitung brauchen, und danach nur so lange, wie Gesetze es vorschreiben. Danach löschen wir sie oder geben sie an das Archiv ab.
privacy-rights-heading = Ihre Rechte
privacy-rights-intro = Sie haben das Recht,
privacy-right-access = Auskunft über Ihre Daten zu erhalten (Art. 15 DSGVO),
privacy-right-rectification = falsche Daten berichtigen zu lassen (Art. 16 DSGVO),
privacy-right-erasure = Ihre Daten löschen zu lassen, soweit wir sie nicht aufbewahren müssen (Art. 17 DSGVO),
privacy-right-restriction = die Verarbeitung einschränken zu lassen (Art. 18 DSGVO),
privacy-right-objection = der Verarbeitung zu widersprechen (Art. 21 DSGVO) und
privacy-right-portability = Ihre Daten in einem gängigen Format zu erhalten (Art. 20 DSGVO).
privacy-complaint-text = Sie können sich außerdem bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen beschweren.
