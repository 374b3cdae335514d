# The start page.

home-title = Startseite
home-heading = Willkommen im Kreisportal { $tenant }
home-lead = Hier erledigen Sie Anträge und Anliegen beim Kreis und bei seinen Städten und Gemeinden online: rund um die Uhr, Schritt für Schritt, in sieben Sprachen.
home-find-services = Leistungen finden
home-search-label = Wonach suchen Sie?
home-search-hint = Zum Beispiel: Jagdschein, Hund anmelden, Erdwärme
home-search-button = Suchen
home-all-services = Alle Leistungen von A bis Z
home-access-heading = Zugang für alle
home-access-easy-language = Das Kreisportal in einfachen Sätzen erklärt.
home-access-sign-language = Informationen in Deutscher Gebärdensprache.
home-access-statement = Was barrierefrei ist, was noch nicht, und wie Sie uns Barrieren melden.
home-towns-heading = Städte und Gemeinden
home-towns-intro = Zum Kreis gehören diese Städte und Gemeinden. Viele ihrer Leistungen beantragen Sie ebenfalls hier.
# A town with its kind. $name: the town's name.
town-stadt = Stadt { $name }
town-gemeinde = Gemeinde { $name }
home-contact-heading = Hilfe und Kontakt
home-contact-intro = Sie kommen nicht weiter oder möchten lieber mit einem Menschen sprechen? Wir helfen Ihnen gern.
home-your-application-heading = Ihr Antrag
home-resume-link = Gespeicherten Antrag fortsetzen
home-status-link = Stand eines Antrags abfragen
