# The portal in Leichte Sprache: short sentences, one thought each, hard words explained.

easy-language-title = Leichte Sprache
easy-language-intro = Hier erklären wir das Kreis-Portal in Leichter Sprache.
easy-language-what-heading = Was ist das Kreis-Portal?
# $tenant: the district, e.g. "Kreis Unna".
easy-language-what-1 = Das Kreis-Portal ist eine Internet-Seite. Die Internet-Seite gehört zu: { $tenant }.
easy-language-what-2 = Hier können Sie Anträge stellen. Ein Antrag ist eine Bitte an ein Amt.
easy-language-what-3 = Zum Beispiel: Sie haben einen Hund. Dann müssen Sie den Hund anmelden. Das machen Sie mit einem Antrag.
easy-language-can-heading = Was können Sie hier machen?
easy-language-can-apply = Sie können Anträge stellen.
easy-language-can-send = Sie können Papiere schicken. Zum Beispiel ein Foto von einem Ausweis.
easy-language-can-status = Sie können nachsehen: Wie weit ist mein Antrag?
easy-language-can-answer = Sie bekommen die Antwort vom Amt hier im Portal.
easy-language-how-heading = Wie geht das?
easy-language-how-1 = Zuerst suchen Sie, was Sie brauchen. Zum Beispiel: Hund anmelden.
easy-language-how-2 = Dann füllen Sie das Formular aus. Das Formular hat mehrere Teile. Nach jedem Teil speichern wir Ihre Angaben.
easy-language-how-3 = Sie können eine Pause machen. Später machen Sie weiter. Ihre Angaben sind dann noch da.
easy-language-help-heading = Sie brauchen Hilfe?
# $phone: the district's telephone number.
easy-language-help-phone = Rufen Sie uns an. Die Telefon-Nummer ist: { $phone }
# $email: the district's e-mail address.
easy-language-help-email = Oder schreiben Sie uns eine E-Mail. Die E-Mail-Adresse ist: { $email }
easy-language-barrier-heading = Die Internet-Seite ist schwer zu benutzen?
easy-language-barrier-text = Dann sagen Sie es uns bitte. Wir machen die Seite dann besser. Hier ist ein Formular dafür:
