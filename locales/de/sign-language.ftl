# Information for Deaf and hard-of-hearing people, in German Sign Language (DGS) and as text.

sign-language-title = Gebärdensprache
sign-language-intro = Auf dieser Seite erklären wir das Kreisportal in Deutscher Gebärdensprache (DGS). Darunter steht der Inhalt des Videos als Text.
sign-language-video-pending = Video in Vorbereitung
sign-language-video-caption = Hier erscheint das Video in Deutscher Gebärdensprache. Es wird derzeit produziert. Bis dahin finden Sie seinen Inhalt unten als Text.
sign-language-portal-heading = Was Sie im Kreisportal tun können
sign-language-portal-text = Im Kreisportal stellen Sie Anträge beim Kreis und bei den Städten und Gemeinden. Sie können Dokumente hochladen, sehen, wie weit Ihr Antrag ist, und erhalten Bescheide digital in Ihrem Postfach. Ihre Angaben werden nach jedem Schritt gespeichert.
sign-language-interpreter-heading = Dolmetschen für Termine
sign-language-interpreter-text = Haben Sie einen Termin bei uns? Dann bezahlt der Kreis eine Dolmetscherin oder einen Dolmetscher für Deutsche Gebärdensprache. Bitte sagen Sie uns bei der Terminvereinbarung Bescheid.
sign-language-contact-heading = Kontakt
# $email: the inclusion office's e-mail address.
sign-language-contact-text = Schreiben Sie uns eine E-Mail an { $email }. Unser Inklusionsbüro antwortet Ihnen und vereinbart auf Wunsch einen Termin mit Dolmetschen.
