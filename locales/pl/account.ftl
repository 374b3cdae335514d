nav-login = Zaloguj się
nav-account = Moje konto
nav-logout = Wyloguj się
account-nav-label = Konto użytkownika
trust-level-basis = podstawowy (nazwa użytkownika i hasło)
trust-level-substantiell = znaczny (na przykład certyfikat ELSTER)
trust-level-hoch = wysoki (elektroniczny dowód osobisty)
account-title = Moje konto
account-greeting = Zalogowano jako { $name }
account-level = Twój poziom logowania: { $level }
account-applications-heading = Moje wnioski
account-applications-none = Nie rozpocząłeś jeszcze żadnego wniosku na tym koncie.
account-application-draft = Wersja robocza, przechowywana do { $date }
account-application-submitted = Złożono { $date } pod numerem referencyjnym { $reference }. Stan: { $state }
account-application-continue = Kontynuuj
account-application-receipt = Zobacz potwierdzenie wpływu
account-sessions-heading = Zalogowane urządzenia
account-session = { $device }, zalogowano { $date }
account-session-current = to urządzenie
account-logout-everywhere = Wyloguj się na wszystkich urządzeniach
login-required-title = Wymagane logowanie
login-required-text = Aby złożyć wniosek „{ $service }”, zaloguj się na poziomie { $level }.
login-required-higher = Jesteś zalogowany na poziomie { $current }. Zaloguj się ponownie bezpieczniejszą metodą. Twoje dane pozostają zapisane.
login-required-button = Zaloguj się
login-required-owner = Ten wniosek należy do konta użytkownika. Zaloguj się na to konto, aby go otworzyć.
login-required-unavailable = Logowanie w tym portalu nie jest obecnie skonfigurowane. Skontaktuj się z właściwym urzędem.
login-failed-title = Logowanie nie zostało zakończone
login-failed-text = Logowanie zostało przerwane lub trwało zbyt długo. Spróbuj ponownie.
login-unavailable-title = Logowanie jest obecnie niemożliwe
login-unavailable-text = Usługa logowania obecnie nie odpowiada. Spróbuj ponownie za kilka minut. Twoje zapisane dane zostaną zachowane.
login-try-again = Zaloguj się ponownie
logged-out-title = Wylogowano
logged-out-text = Wylogowałeś się. Twoje wnioski pozostają zapisane na koncie.
logged-out-everywhere = Wylogowałeś się na wszystkich urządzeniach. Twoje wnioski pozostają zapisane na koncie.

account-data-heading = Twoje dane
account-data-link = Wyświetl i pobierz moje zapisane dane
account-delete-link = Usuń konto użytkownika
data-title = Moje zapisane dane
data-intro = Tutaj widzisz wszystko, co portal zapisał na Twój temat (art. 15 RODO). Plik JSON zawiera to samo w formie czytelnej maszynowo, na przykład dla innej usługi (art. 20 RODO).
data-download = Pobierz moje dane jako plik JSON
data-account-heading = Z Twojego konta użytkownika
data-name = Imię i nazwisko
data-birth-date = Data urodzenia
data-email = Adres e-mail
data-address = Adres
data-provider = Usługa logowania
data-created = Konto utworzono
data-last-login = Ostatnie logowanie
data-not-given = nie przekazano
data-applications-none = Tym kontem nie rozpoczęto żadnego wniosku.
data-started = Rozpoczęto { $date }
data-no-answers = Brak danych.
data-files = Przesłane pliki
delete-title = Usuń konto użytkownika
delete-intro = Jeśli usuniesz konto użytkownika, natychmiast i na stałe zostanie usunięte:
delete-what-account = Twoje konto użytkownika z danymi przekazanymi przez usługę logowania
delete-what-sessions = Twoje logowania na wszystkich urządzeniach
delete-what-drafts = { $count ->
    [0] otwarte wersje robocze (nie masz żadnych)
   *[other] Twoje otwarte wersje robocze ({ $count }) z ich plikami
}
delete-kept-heading = Co zostaje zachowane
delete-kept = { $count ->
    [0] Nie masz złożonych wniosków.
   *[other] Złożone wnioski ({ $count }) należą do akt właściwego urzędu. Są przechowywane do upływu ustawowego okresu przechowywania, zwykle dziesięć lat po zakończeniu postępowania. Potem nie są powiązane z żadnym kontem użytkownika; właściwy urząd udzieli Ci informacji na podstawie numeru referencyjnego.
}
delete-log = Dziennik portalu odnotowuje jedynie, że konto zostało usunięte, bez Twoich danych.
delete-export-first = Wcześniej możesz pobrać swoje dane:
delete-confirm = Tak, chcę na stałe usunąć moje konto użytkownika
delete-confirm-missing = Potwierdź, że chcesz usunąć swoje konto użytkownika
delete-button = Usuń konto użytkownika
deleted-title = Twoje konto użytkownika zostało usunięte
deleted-text = Twoje konto użytkownika, logowania i otwarte wersje robocze zostały usunięte. Właściwy urząd nadal rozpatruje złożone wnioski.

timeout-title = Twoje logowanie wkrótce wygaśnie
timeout-idle = Od pewnego czasu nie było aktywności. Dla Twojego bezpieczeństwa zostaniesz wylogowany za mniej niż trzy minuty. Twoje dane są zapisane.
timeout-end = Twoje logowanie kończy się za mniej niż trzy minuty i ze względów bezpieczeństwa nie można go przedłużyć. Twoje dane są zapisane; potem po prostu zaloguj się ponownie.
timeout-stay = Pozostań zalogowany
timeout-understood = Rozumiem
delete-sole-administrator = Jesteś jedynym administratorem: { $organisations }. Najpierw przekaż administrację innej osobie lub usuń pozostałych członków; potem możesz usunąć konto.

## Postfach
postfach-title = Skrzynka pocztowa
postfach-intro = Tutaj urząd doręcza Ci cyfrowo wiadomości i decyzje. Gdy pojawi się coś nowego, powiadomimy Cię e-mailem.
postfach-own-heading = Twoja skrzynka
postfach-organisation-heading = Skrzynka { $name }
postfach-empty = Brak wiadomości.
postfach-with-letter = z pismem (PDF)
postfach-column-subject = Temat
postfach-column-received = Otrzymano
postfach-column-state = Stan
postfach-column-letter = Załącznik
postfach-state-new = nowa
postfach-state-read = otwarto { $date }
postfach-state-post = wysłano pocztą { $date }
postfach-received-on = Otrzymano { $date }
postfach-announced-on = Decyzję uważa się za doręczoną { $date } (w dniu następującym po pierwszym odebraniu, § 41 ust. 2a VwVfG).
postfach-appeal-until = Sprzeciw możesz wnieść do { $date } włącznie.
postfach-by-post = Ta decyzja nie została odebrana w ciągu dziesięciu dni, dlatego { $date } wysłano ją pocztą. Nie można jej już tutaj odebrać.
postfach-letter-link = Pobierz pismo: { $file }
data-postfach-count = Liczba wiadomości w Twojej skrzynce: { $count }.
postfach-consent-heading = Odbieranie decyzji cyfrowo
postfach-consent-explained = Jeśli wyrazisz zgodę, będziemy doręczać Ci decyzje tutaj zamiast na papierze. Decyzję uważa się za doręczoną w dniu następującym po jej pierwszym otwarciu; jeśli nie otworzysz jej w ciągu dziesięciu dni, wyślemy ją pocztą. Zgodę możesz w każdej chwili wycofać.
postfach-consent-none = Obecnie otrzymujesz decyzje na papierze.
postfach-consent-given = Otrzymujesz decyzje cyfrowo (zgoda z { $date }).
postfach-consent-give = Odbieraj decyzje cyfrowo
postfach-consent-withdraw = Wycofaj zgodę
