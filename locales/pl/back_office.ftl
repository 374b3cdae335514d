staff-role-caseworker = Prowadzenie spraw
staff-role-team-lead = Kierowanie zespołem
staff-role-records-manager = Zarządzanie dokumentacją
staff-role-print-operator = Obsługa druku
staff-role-administrator = Administracja
staff-role-auditor = Audyt (tylko odczyt)
staff-error-unit-missing = Wybierz jednostkę organizacyjną, dla której obowiązuje rola
staff-error-unit-not-expected = Ta rola obowiązuje w całym urzędzie; nie wybieraj jednostki organizacyjnej
staff-error-unit-unknown = Wybierz jednostkę organizacyjną z listy
staff-error-role = Wybierz rolę z listy
staff-error-username = Podaj nazwę użytkownika od 3 do 40 znaków: małe litery, cyfry, kropka, myślnik lub podkreślenie, na początku litera
staff-error-name = Podaj pełne imię i nazwisko (najwyżej 100 znaków)
staff-error-email = Podaj adres e-mail w formacie nazwa@przyklad.pl
staff-error-username-taken = Ta nazwa użytkownika jest już zajęta
staff-error-own-admin = Nie możesz usunąć własnej roli administratora
staff-error-own-account = Nie możesz dezaktywować własnego konta
staff-role-label = Rola
staff-unit-label = Jednostka organizacyjna
staff-unit-hint = Tylko dla prowadzenia spraw i kierowania zespołem
staff-unit-none = brak (rola dla całego urzędu)
staff-login-title = Logowanie pracowników
staff-login-intro = Zaloguj się nazwą użytkownika, hasłem i aktualnym kodem z aplikacji uwierzytelniającej.
staff-username-label = Nazwa użytkownika
staff-password-label = Hasło
staff-code-label = Kod z aplikacji uwierzytelniającej
staff-code-hint = Sześć cyfr, na przykład 123456
staff-login-submit = Zaloguj się
staff-login-failed = Nazwa użytkownika, hasło lub kod się nie zgadzają. Spróbuj ponownie.
back-office-title = Urząd
back-office-greeting = Dzień dobry, { $name }
back-office-roles-heading = Twoje role
back-office-admin-heading = Administracja systemem
staff-list-title = Pracownicy
staff-active = aktywny
staff-inactive = dezaktywowany
staff-name-label = Imię i nazwisko
staff-roles-heading = Role
staff-state-heading = Stan konta
staff-add-heading = Dodaj pracownika
staff-username-hint = Od 3 do 40 znaków: małe litery, cyfry, kropka, myślnik lub podkreślenie
staff-email-label = Adres e-mail
staff-add-submit = Dodaj
staff-created-title = Dodano: { $name }
staff-created-intro = Przekaż te dane logowania osobiście. Hasło służy do pierwszego logowania; sekret ustawia się w aplikacji uwierzytelniającej (jako kod QR z adresu lub ręcznie).
staff-initial-password = Hasło początkowe
staff-totp-secret = Sekret dla aplikacji uwierzytelniającej
staff-totp-address = Adres dla aplikacji uwierzytelniającej
staff-created-once = Te dane są wyświetlane tylko teraz i nigdzie nie są przechowywane jawnym tekstem.
staff-revoke = Usuń
staff-deactivate = Dezaktywuj
staff-activate = Aktywuj ponownie
staff-grant-heading = Dodaj rolę dla { $name }
staff-grant-submit = Dodaj rolę
staff-login-provider = Zaloguj się kontem urzędu
staff-login-local-heading = Lub nazwą użytkownika, hasłem i kodem
staff-login-no-access = Dla Twojego konta w usłudze logowania urzędu nie ma tu dostępu. Skontaktuj się z administratorami.
staff-login-provider-failed = Logowanie przez usługę logowania zostało przerwane lub trwało zbyt długo. Spróbuj ponownie.
staff-login-provider-unavailable = Usługa logowania urzędu w tej chwili nie odpowiada. Zaloguj się nazwą użytkownika, hasłem i kodem lub spróbuj później.

units-title = Jednostki organizacyjne
units-intro = Jednostki urzędu z adresami do wniosków. Role pracowników i usługi odwołują się do numeru jednostki.
units-staff-heading = Pracownicy z rolą
units-add-heading = Dodaj jednostkę
units-add-submit = Dodaj jednostkę
unit-code-label = Numer
unit-code-hint = Numer w planie organizacyjnym, na przykład 69.2. Nie można go później zmienić.
unit-name-label = Nazwa
unit-name-hint = Po niemiecku. Inne języki pokazują niemiecką nazwę, dopóki nie zostanie przetłumaczona.
unit-section-label = Obszar
unit-section-hint = Opcjonalnie, na przykład „Umwelt und Bauen”.
unit-email-label = Adres e-mail
unit-email-hint = Na ten adres piszą obywatele.
unit-save-submit = Zapisz zmiany
unit-saved = Jednostka została zapisana.
unit-code-fixed = Numer { $code } (nie można go zmienić)
unit-translations-note = Jeśli zmienisz niemiecką nazwę lub obszar, inne języki pokażą nowy tekst niemiecki, dopóki nie zostanie przetłumaczony.
unit-error-code = Podaj numer w formacie 69 lub 69.2 (do czterech grup cyfr)
unit-error-code-taken = Jednostka o tym numerze już istnieje
unit-error-name = Podaj nazwę o długości najwyżej 120 znaków
unit-error-section = Obszar może mieć najwyżej 120 znaków
unit-error-email = Podaj adres e-mail w formacie nazwa@przyklad.pl

inbox-title = Skrzynka spraw
inbox-counts = Spraw: { $count }, w tym po terminie: { $overdue }
inbox-overdue = po terminie
inbox-unassigned = jeszcze nikt
inbox-filter-state = Stan
inbox-filter-all = Wszystkie
inbox-filter-reference = Sygnatura zaczyna się od
inbox-filter-mine = Tylko sprawy, które prowadzę
inbox-filter-submit = Filtruj
case-title = Sprawa
case-reference = Sygnatura
case-service = Usługa
case-received = Wpłynęło
case-due = Termin
case-state = Stan
case-assignee = Prowadzi
case-take = Przejmij sprawę
case-answers-heading = Dane w złożonej postaci
case-answers-note = Dane są w aktach tak, jak wysłał je wnioskodawca, po niemiecku.
case-documents-heading = Dokumenty
case-no-documents = Do tego wniosku nie ma dokumentów.
case-ki-heading = Wstępna kontrola KI
case-ki-none = Dla tej sprawy nie ma jeszcze wstępnej kontroli.
case-step-prepare = Decyzja przygotowana
case-step-request-sign-off = Poproś o zatwierdzenie
case-step-sign-off = Zatwierdź i zamknij
case-step-send-back = Zwróć do poprawy
case-refused-state = Ten krok nie pasuje do stanu sprawy. Być może ktoś inny właśnie ją posunął dalej; aktualny stan widać poniżej.
case-refused-not-assignee = Ten krok może wykonać tylko osoba prowadząca sprawę. Najpierw przejmij sprawę.
case-refused-four-eyes = Zatwierdzić musi druga osoba. Kto poprosił o zatwierdzenie, nie może go udzielić sam.
case-label-eingegangen = Wpłynęło
case-label-in-bearbeitung = W toku
case-label-nachforderung = Wezwanie do uzupełnienia
case-label-entscheidung-vorbereitet = Decyzja przygotowana
case-label-mitzeichnung = Do zatwierdzenia
case-label-abgeschlossen = Zamknięta

## Nachforderungen in the case page
case-step-request-information = Wyślij wezwanie do uzupełnienia
case-request-question-missing = Napisz, co wnioskodawca ma dosłać lub wyjaśnić
case-request-question-too-long = Wezwanie może mieć najwyżej 2000 znaków
case-request-question-label = Co wnioskodawca ma dosłać lub wyjaśnić?
case-request-question-hint = Pytanie można przeczytać tylko w portalu; e-mail do osoby mówi jedynie, że jest pytanie. Sprawa czeka na odpowiedź.
case-requests-heading = Wezwania do uzupełnienia
case-requests-none = Jeszcze o nic nie wzywano.
case-request-asked = Wezwanie od { $name } z dnia { $date }
case-request-waiting = Brak odpowiedzi.
case-request-answered = Odpowiedź z dnia { $date }

## The e-Akte: filing a case and an Akte's page
case-refused-filed-already = Sprawa została już włączona do akt.
case-refused-no-plan-entry = Dla tej usługi brak odpowiedniej pozycji w wykazie akt. Skontaktuj się z registraturą.
case-refused-akte-not-open = Ta teczka nie może przyjąć sprawy: nie jest (już) otwarta lub należy do innej jednostki albo sprawa została w międzyczasie włączona do akt.
case-akte-heading = Akta
case-filed-in = Włączono do akt pod sygnaturą
case-not-filed = Jeszcze nie włączono do akt.
case-file-plan = Wykaz akt: { $key } { $title }
case-file-akte-legend = Do której teczki?
case-file-new = Załóż nową teczkę (sygnatura zostanie nadana)
case-file-title-label = Tytuł nowej teczki
case-file-title-hint = Tylko dla nowej teczki. Słowa, po których będzie się później szukać, np. nazwisko i zakład.
case-file-confidentiality-legend = Poufność nowej teczki
case-file-submit = Włącz do akt
case-file-akte-missing = Wybierz nową lub istniejącą teczkę
akte-title-missing = Nadaj nowej teczce tytuł
akte-title-too-long = Tytuł może mieć najwyżej 200 znaków
akte-confidentiality-normal = Zwykła: wszyscy pracownicy merytoryczni jednostki
akte-confidentiality-vertraulich = Poufna: tylko kierownicy zespołów jednostki
akte-state-offen = Otwarta
akte-state-geschlossen = Zamknięta
akte-state-ausgesondert = Wybrakowana
akte-kind-nachforderung = Odpowiedź na wezwanie
akte-kind-antrag = Wniosek
akte-kind-anlage = Załącznik
akte-version-not-filed = jeszcze do zmiany
akte-version-filed = włączono do akt { $date }
akte-title = Akta { $aktenzeichen }
akte-subject = Tytuł
akte-plan = Wykaz akt
akte-unit = Jednostka
akte-confidentiality = Poufność
akte-retention = Okres przechowywania
akte-state = Stan
akte-created = Założono
akte-documents-heading = Dokumenty
akte-column-number = Nr
akte-column-title = Tytuł
akte-column-kind = Rodzaj
akte-column-version = Wersja
akte-column-file = Plik
akte-column-sha256 = Suma kontrolna (SHA-256)
akte-column-filed = W aktach
akte-retention-years =
    { $years ->
        [one] rok po zamknięciu
        [few] { $years } lata po zamknięciu
       *[other] { $years } lat po zamknięciu
    }
akte-export-heading = Brakowanie i przekazanie
akte-export-note = Pakiet zawiera teczkę ze wszystkimi sprawami i dokumentami w formacie xdomea 3.0 (komunikat 0503) do przekazania do archiwum.
akte-export-link = Pobierz teczkę jako pakiet xdomea (ZIP)

## Vermerke, history and handing a case over
case-refused-assign = Sprawę mogą przekazać tylko osoba, która ją prowadzi, i kierownicy zespołów jednostki.
case-refused-not-colleague = Sprawę można przekazać tylko aktywnym pracownikom jej jednostki.
case-assign-label = Przekaż do
case-assign-submit = Przekaż
case-notes-heading = Notatki
case-notes-none = Brak notatek.
case-note-by = Notatka od { $name } z dnia { $date }
case-note-label = Nowa notatka
case-note-hint = Tylko dla urzędu; wnioskodawca jej nie widzi. Notatka pozostaje taka, jak została zapisana.
case-note-submit = Zapisz notatkę
case-note-missing = Napisz notatkę
case-note-too-long = Notatka może mieć najwyżej 4000 znaków
case-history-heading = Historia
case-history-assign = przejęto lub przekazano
case-history-request = wysłano wezwanie do uzupełnienia
case-history-answer = wpłynęła odpowiedź wnioskodawcy
case-history-prepare = przygotowano decyzję
case-history-request-sign-off = poproszono o aprobatę
case-history-sign-off = zaaprobowano i zamknięto
case-history-send-back = zwrócono do poprawy
case-history-filed = włączono do akt
case-history-note = zapisano notatkę
case-history-by-applicant = wnioskodawca
case-history-by-system = system

## Wyszukiwanie w back office
search-title = Wyszukiwanie
search-label = Szukane słowa
search-hint = Sprawy, akta i dokumenty Państwa jednostek organizacyjnych, także tekst w plikach PDF i skanach. Słowa są znajdowane we wszystkich formach; muszą wystąpić wszystkie słowa, „w cudzysłowie” jako fraza.
search-submit = Szukaj
search-count = { $count ->
    [0] Nic nie znaleziono
    [one] Jeden wynik
    [few] { $count } wyniki
   *[other] { $count } wyników
}
search-shown = Pokazano { $count } najlepszych wyników. Zawęź wyszukiwanie innymi słowami lub filtrami.
search-facets-label = Zawęź wyniki
search-facet-all = pokaż wszystko
search-facet-kind = Rodzaj
search-facet-unit = Jednostka organizacyjna
search-facet-year = Rok
search-facet-state = Stan
search-kind-vorgang = Sprawa
search-kind-akte = Akta
search-kind-dokument = Pismo
search-hit-unit = Jednostka { $unit }
search-too-long = Wpisz najwyżej 200 znaków.

## Ponowne przedłożenie
case-resubmission-heading = Ponowne przedłożenie
case-resubmission-none = Nie ustalono terminu ponownego przedłożenia.
case-resubmission-set = Ponowne przedłożenie { $date }.
case-resubmission-due = Ponowne przedłożenie przypada od { $date }.
case-resubmission-label = Termin ponownego przedłożenia
case-resubmission-hint = Na przykład 15 3 2027. Tego dnia osoba prowadząca sprawę dostanie przypomnienie, a sprawa zostanie oznaczona w skrzynce.
case-resubmission-submit = Ustal ponowne przedłożenie
case-resubmission-done = Ponowne przedłożenie załatwione
case-resubmission-invalid = Wpisz prawidłową datę: dzień, miesiąc i rok.
case-resubmission-past = Termin ponownego przedłożenia musi przypadać po dniu dzisiejszym.
case-resubmission-too-far = Termin ponownego przedłożenia może przypadać najwyżej za dwa lata.
case-refused-resubmission = Ponowne przedłożenie ustalają tylko osoba prowadząca sprawę i kierownicy zespołu jednostki.
case-history-resubmission = Ustalono ponowne przedłożenie
case-history-resubmission-cleared = Ponowne przedłożenie załatwione
inbox-resubmission = Ponowne przedłożenie { $date }
inbox-filter-resubmission = Tylko przypadające ponowne przedłożenia
case-preview-show = Pokaż podgląd { $name }
case-preview-alt = Podgląd { $name }

## Wskaźniki
dashboard-title = Wskaźniki
dashboard-intro = Sprawy Państwa jednostek organizacyjnych w liczbach; każdy wykres z tabelą tych samych wartości.
dashboard-by-state = Sprawy według stanu
dashboard-by-state-summary = Wykres słupkowy: liczba spraw według stanu; wartości są w tabeli poniżej.
dashboard-count = Liczba
dashboard-per-week = Wpływy i zakończenia w tygodniach kalendarzowych
dashboard-per-week-summary = Wykres słupkowy: sprawy wpływające w tygodniach kalendarzowych z ostatnich dwunastu tygodni; wartości są w tabeli poniżej.
dashboard-week = Tydzień { $week } (od { $date })
dashboard-week-heading = Tydzień kalendarzowy
dashboard-received = wpłynęło
dashboard-closed = zakończono
dashboard-units = Według jednostki organizacyjnej
dashboard-unit = Jednostka
dashboard-open = otwarte
dashboard-overdue = po terminie
dashboard-median = Czas załatwiania (mediana)
dashboard-median-none = jeszcze żadna nie zakończona
dashboard-days = { $count ->
    [one] jeden dzień
   *[other] { $count } dni
}
akte-closed = Zamknięte
akte-closed-kept = dnia { $date }; przechowywać do końca { $year } r.
akte-close-note = Do zamkniętych akt nic już nie trafia; okres przechowywania biegnie od końca roku.
akte-close = Zamknij akta
akte-refused-close = Akta zamykają kierownicy zespołu jednostki.
akte-refused-closed-already = Akta są już zamknięte.

## Aussonderung
akte-refused-ausgesondert = Ta teczka została już wybrakowana; jej zawartość jest usunięta.
akte-refused-not-due = Ta teczka nie kwalifikuje się jeszcze do brakowania: musi być zamknięta, a okres przechowywania zakończony.
akte-refused-not-exported = Najpierw pobierz pakiet brakowania i przekaż go do archiwum.
akte-disposed-heading = Wybrakowano
akte-disposed = Wybrakowano { $date } po upływie okresu przechowywania. Usunięte pisma: { $documents }, sprawy: { $cases }. Pozostaje tylko ten zapis.
disposal-title = Brakowanie akt
disposal-intro = Okres przechowywania tych zamkniętych teczek minął. Zaoferuj każdą archiwum: pobierz jej pakiet xdomea i przekaż go archiwum. Następnie zostanie wybrakowana.
disposal-what-goes = Brakowanie nieodwracalnie usuwa wszystkie pisma z ich wersjami i plikami, sprawy teczki z wnioskami, wezwaniami do uzupełnienia i notatkami oraz ich wpisy w wyszukiwarce. Pozostają znak akt, daty i liczba usuniętych elementów; dziennik audytu wskazuje, kto przeprowadził brakowanie.
disposal-none = Żadna teczka nie kwalifikuje się do brakowania.
disposal-confirm = Archiwum przejęło pakiet lub zrezygnowało z jego przejęcia. Zawartość tej teczki może zostać nieodwracalnie usunięta.
disposal-button = Wybrakuj teczkę
disposal-export-first = Najpierw pobierz pakiet i przekaż go archiwum; potem możesz tu wybrakować teczkę.
disposal-archival = Wartość archiwalna według wykazu akt
disposal-archival-yes = ma wartość archiwalną: archiwum prawdopodobnie ją przejmie
disposal-archival-no = bez wartości archiwalnej: decyduje archiwum
disposal-retained-through = Przechowywać do końca roku
disposal-done = Teczka { $aktenzeichen } została wybrakowana. Usunięte pisma: { $documents }, sprawy: { $cases }.
disposal-confirm-missing = Potwierdź, że archiwum przejęło pakiet lub z niego zrezygnowało.
back-office-records-heading = Zarządzanie dokumentacją

## API for Fachverfahren
api-error-unauthorized = Brakuje ważnego klucza dostępu (bearer token).
api-error-forbidden = Ten klucz dostępu nie ma do tego uprawnień.
api-error-not-found = Dla tego połączenia nie ma takiej sprawy ani pliku.
api-refused-state-now = Sprawa nie może przejść tam ze swojego obecnego stanu.
api-refused-state-people = Zatwierdzenie, wezwania do uzupełnienia i zamknięcie wykonują ludzie w urzędzie, a nie integracja.
api-refused-not-filed = Sprawa nie jest złożona w otwartej teczce; pisma można dodać dopiero po złożeniu.
api-invalid-title = Podaj tytuł od 1 do 200 znaków.
api-invalid-size = Plik jest pusty lub większy niż 20 MB.
api-invalid-type = Przyjmowane są tylko pliki PDF, PNG i JPEG; decyduje zawartość.
api-invalid-infected = Plik zawiera złośliwe oprogramowanie i nie został przyjęty.
api-invalid-query = Parametr adresu jest nieznany lub nie jest liczbą od 0 wzwyż.
api-invalid-body = Oczekiwany jest obiekt JSON z dokładnie jednym polem „state”.
api-invalid-state = Nie ma takiego stanu.
api-client-webhook-invalid = Adres webhooka nie jest prawidłowym adresem https.
api-client-webhook-not-https = Webhooki są wysyłane tylko przez https; bez szyfrowania tylko do tego komputera.
api-client-name-invalid = Podaj nazwę od 1 do 100 znaków.
api-client-scope-invalid = Podaj co najmniej jedno uprawnienie: cases:read lub cases:write.
api-client-unit-invalid = Podaj co najmniej jedną istniejącą jednostkę.
akte-document-application = Wniosek { $reference }

## Anbindungen (integrations page)
api-clients-title = Integracje
api-clients-intro = Systemy dziedzinowe pobierają przez interfejs sprawy swoich jednostek, zgłaszają ich stan i dodają pisma do akt. Każda integracja ma własny klucz dostępu.
api-clients-openapi = Opis interfejsu (OpenAPI)
api-clients-add-heading = Dodaj integrację
api-clients-add-submit = Dodaj integrację
api-client-name-label = Nazwa
api-client-name-hint = Tak będzie widoczna w dzienniku, na przykład „System urzędu wodnego”.
api-client-units-label = Jednostki
api-client-scopes-label = Uprawnienia
api-client-scope-read = Odczyt spraw i ich plików
api-client-scope-write = Zgłaszanie stanu i dodawanie pism do akt
api-client-webhook-label = Adres webhooka
api-client-webhook-hint = Opcjonalnie. Portal zgłasza tam, z podpisem, każdą zmianę w sprawach jednostek. Tylko https.
api-client-no-webhook = brak
api-client-created = Dodano
api-client-state = Stan
api-client-revoked = odwołano
api-client-revoke = Odwołaj
api-client-created-title = Dodano integrację { $name }
api-client-created-intro = Przekaż klucz dostępu i sekret webhooka osobom obsługującym system dziedzinowy bezpieczną drogą.
api-client-token = Klucz dostępu
api-client-webhook-secret = Sekret webhooka
api-client-created-once = Oba są wyświetlane tylko teraz i nigdzie nie są przechowywane jawnym tekstem. W razie utraty odwołaj integrację i dodaj nową.

## Delivery of decisions
delivery-paper-no-postfach = Na papierze: wniosek nie wpłynął z konta ze skrzynką pocztową.
delivery-paper-no-consent = Na papierze: osoba nie zgodziła się na doręczenie cyfrowe.
delivery-paper-service = Na papierze: ta usługa wymaga formalnego doręczenia.
delivery-paper-not-retrieved = Na papierze: decyzja nie została odebrana ze skrzynki w ciągu dziesięciu dni od powiadomienia.
