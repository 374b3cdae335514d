apply-saved-until = Twoje dane są zapisywane po każdym kroku i przechowywane do { $date }. Z kodem { $code } możesz kontynuować później.
apply-back = Wstecz
apply-continue = Dalej
apply-save-and-return = Zapisz i wróć do podsumowania
apply-save-for-later = Zapisz i kontynuuj później
apply-progress = Krok { $current } z { $total }
apply-change = Zmień
apply-not-answered = Nie podano
apply-costs = Koszty
apply-check-title = Sprawdź swoje dane
apply-declaration-heading = Oświadczenie
apply-declaration = Oświadczam, że moje dane są kompletne i prawdziwe. Wiem, że nieprawdziwe dane mogą mieć skutki prawne.
apply-declaration-missing = Potwierdź oświadczenie, aby wysłać wniosek
apply-submit = Wyślij wniosek wiążąco

receipt-title = Twój wniosek wpłynął
receipt-reference-label = Twój numer referencyjny
receipt-received = Otrzymaliśmy Twój wniosek „{ $service }” dnia { $date }.
receipt-mailed = Wysłaliśmy Ci potwierdzenie e-mailem.
receipt-status-heading = Sprawdź stan
receipt-access-code = Twój kod dostępu to { $code }. Przechowuj go starannie; pokazujemy go tylko tutaj i w potwierdzeniu.
receipt-status-how = Z numerem referencyjnym { $reference } i kodem dostępu możesz w każdej chwili sprawdzić, na jakim etapie jest Twój wniosek.
receipt-status-link = Sprawdź stan wniosku
receipt-next-heading = Co dalej
receipt-next = Właściwy urząd rozpatrzy Twój wniosek. Rozpatrzenie trwa zwykle { $time }. Jeśli czegoś zabraknie, skontaktujemy się z Tobą.

status-title = Stan wniosku
status-intro = Wpisz numer referencyjny i kod dostępu z potwierdzenia wpływu.
status-result-heading = Wniosek { $reference }
status-result-service = „{ $service }”, wpłynął dnia { $date }
status-result-state = Stan:
status-not-found = Nie znaleźliśmy wniosku o tym numerze referencyjnym i kodzie dostępu. Sprawdź oba.
status-reference-label = Numer referencyjny
status-reference-hint = Na przykład KU-2026-000123
status-code-label = Kod dostępu
status-code-hint = Dwanaście znaków, na przykład K7QF-M2XR-9HTW
status-submit = Pokaż stan
status-reference-invalid = Wpisz numer referencyjny tak, jak podano go w potwierdzeniu, na przykład KU-2026-000123
status-code-invalid = Wpisz kod dostępu składający się z dwunastu znaków, na przykład K7QF-M2XR-9HTW

resume-title = Kontynuuj zapisany wniosek
resume-intro = Wpisz kod otrzymany przy zapisie. Znajduje się on też pod każdym krokiem wniosku i w e-mailu z linkiem.
resume-code-label = Kod do kontynuacji
resume-code-hint = 20 znaków, na przykład KP7Q-M2XR-9HTW-4BZE-JN6C
resume-submit = Kontynuuj
resume-code-missing = Wpisz kod do kontynuacji
resume-code-invalid = Kod ma 20 znaków z cyfr i liter, na przykład KP7Q-M2XR-9HTW-4BZE-JN6C
resume-code-unknown = Nie ma zapisanego wniosku z tym kodem. Wersje robocze są usuwane { $days ->
        [one] jeden dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } po ostatniej zmianie.

saved-title = Twoje dane zostały zapisane
saved-until = Możesz kontynuować do { $date }. Potem usuniemy Twoje dane.
saved-link-sent = Wysłaliśmy Ci link e-mailem.
saved-how-heading = Jak kontynuować
saved-link-label = Otwórz ten link, także na innym urządzeniu:
saved-code = Albo wpisz ten kod na stronie głównej w „Kontynuuj zapisany wniosek”: { $code }
saved-mail-heading = Otrzymaj link e-mailem
saved-mail-label = Twój adres e-mail
saved-mail-hint = Wyślemy Ci link i przypomnimy, zanim Twoje dane zostaną usunięte.
saved-mail-submit = Wyślij link
saved-mail-invalid = Wpisz adres e-mail w poprawnym formacie, na przykład imie@przyklad.pl
saved-continue-now = Kontynuuj teraz

draft-not-found-title = Nie znaleziono wniosku
draft-not-found-text = Ten wniosek nie istnieje lub już nie istnieje. Być może link jest niepełny. Wersje robocze są usuwane { $days ->
        [one] jeden dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } po ostatniej zmianie.
draft-not-found-resume = Kontynuuj wniosek za pomocą kodu

case-state-eingegangen = Wpłynął. Twój wniosek czeka na rozpatrzenie.
case-state-in-bearbeitung = W trakcie rozpatrywania
case-state-nachforderung = Potrzebujemy od Ciebie czegoś jeszcze. Link do naszego pytania znajdziesz w naszym e-mailu i na swoim koncie.
case-state-entscheidung-vorbereitet = Decyzja jest przygotowywana.
case-state-mitzeichnung = Decyzja jest sprawdzana.
case-state-abgeschlossen = Zakończono. Decyzję otrzymasz do skrzynki lub pocztą.

receipt-pdf-link = Pobierz potwierdzenie wpływu jako PDF
pdf-receipt-title = Potwierdzenie wpływu
pdf-receipt-service = Usługa
pdf-receipt-reference = Numer referencyjny
pdf-receipt-submitted = Data wpływu
pdf-receipt-authority = Właściwy organ
pdf-receipt-access-code = Kod dostępu
pdf-receipt-machine = To potwierdzenie zostało utworzone automatycznie i nie zawiera podpisu.
pdf-receipt-translation = To tłumaczenie jest dla Ciebie. Wiążąca jest wersja niemiecka na początku tego dokumentu.
pdf-page = Strona { $page } z { $pages }

## Answering a Nachforderung
information-answer-empty = Napisz odpowiedź lub wybierz co najmniej jeden plik
information-answer-too-long = Twoja odpowiedź może mieć najwyżej 4000 znaków
information-answer-files-label = Pliki do odpowiedzi
answer-title = Pytanie dotyczące Twojego wniosku { $reference }
answer-question-heading = Nasze pytanie z dnia { $date }
answer-text-label = Twoja odpowiedź
answer-text-hint = Jeśli pliki mówią wszystko, możesz zostawić to pole puste.
answer-files-hint = PDF, JPG lub PNG, najwyżej { $megabytes } MB na plik i { $max } plików. Możesz wybrać kilka plików naraz.
answer-submit = Wyślij odpowiedź
answer-sent-title = Twoja odpowiedź dotarła
answer-sent-body = Otrzymaliśmy Twoją odpowiedź dotyczącą wniosku { $reference } i dalej go rozpatrujemy.
answer-nothing-title = Brak otwartych pytań
answer-nothing-body = Obecnie nie ma pytań dotyczących Twojego wniosku { $reference }, na które musisz odpowiedzieć.
answer-back-to-receipt = Wróć do swojego wniosku
receipt-question-heading = Mamy pytanie
receipt-question-body = Abyśmy mogli dalej rozpatrywać Twój wniosek, potrzebujemy od Ciebie czegoś jeszcze.
receipt-question-link = Odpowiedz na pytanie
