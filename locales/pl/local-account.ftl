# Lokalne konta obywateli: adres e-mail i hasło obok dostawcy tożsamości.

local-login-title = Zaloguj się
local-login-password-changed = Nowe hasło zostało zapisane. Dla bezpieczeństwa wylogowaliśmy Cię ze wszystkich urządzeń. Zaloguj się nowym hasłem.
local-login-provider-heading = Przez konto usługowe
local-login-provider-text = Konto usługowe (BundID) potwierdza Twoją tożsamość, na przykład elektronicznym dowodem osobistym lub przez ELSTER. Niektóre usługi są dostępne tylko z nim.
local-login-provider-button = Przejdź do konta usługowego
local-login-password-heading = Adresem e-mail i hasłem
local-login-password-text = Do usług, które nie wymagają potwierdzenia tożsamości, wystarczy konto w Kreisportal.
local-email-label = Adres e-mail
local-password-label = Hasło
local-login-submit = Zaloguj się
local-login-forgot-link = Nie pamiętasz hasła?
local-login-register-link = Nie masz jeszcze konta? Załóż konto

local-register-title = Załóż konto
local-register-intro = Z kontem zapisujesz wnioski, kontynuujesz je później i widzisz, na jakim są etapie.
local-register-level = Konto z adresem e-mail i hasłem ma poziom zaufania „podstawowy”. Do usług wymagających potwierdzenia tożsamości zaloguj się przez konto usługowe.
local-register-email-hint = Wyślemy Ci link do potwierdzenia adresu.
local-password-hint = Co najmniej { $min } znaków. Zdanie z kilku słów łatwo zapamiętać i trudno odgadnąć. Hasło możesz też wkleić.
local-register-submit = Załóż konto
local-register-login-link = Masz już konto? Zaloguj się

local-sent-registration-title = Potwierdź swój adres e-mail
local-sent-registration-text = Wysłaliśmy Ci wiadomość e-mail. Otwórz zawarty w niej link w ciągu 48 godzin, aby aktywować konto.
local-sent-registration-help = Nie dostałeś wiadomości? Sprawdź folder spam albo załóż konto ponownie z tym samym adresem. Wtedy otrzymasz nowy link.
local-sent-reset-title = Sprawdź swoją skrzynkę e-mail
local-sent-reset-text = Jeśli dla tego adresu istnieje konto, wysłaliśmy Ci link do ustawienia nowego hasła. Link jest ważny przez godzinę.
local-sent-reset-help = Nie dostałeś wiadomości? Sprawdź folder spam albo poproś o link ponownie.

local-confirm-title = Potwierdź adres e-mail
local-confirm-text = Potwierdź adres { $email }. Potem Twoje konto będzie aktywne, a Ty zalogowany.
local-confirm-submit = Potwierdź adres

local-forgot-title = Nie pamiętam hasła
local-forgot-intro = Podaj adres e-mail swojego konta. Wyślemy Ci link do ustawienia nowego hasła.
local-forgot-submit = Wyślij link

local-new-password-title = Ustaw nowe hasło
local-new-password-intro = Dla konta { $email }. Potem zostaniesz wylogowany ze wszystkich urządzeń.
local-new-password-label = Nowe hasło
local-new-password-submit = Zapisz hasło

local-link-gone-title = Ten link jest już nieważny
local-link-gone-text = Został już użyty albo wygasł. Co możesz zrobić:
local-link-gone-register = Załóż konto ponownie (otrzymasz nowy link potwierdzający)
local-link-gone-reset = Poproś o nowe hasło
local-link-gone-login = Zaloguj się

local-error-email-missing = Podaj swój adres e-mail
local-error-email-invalid = Podaj adres e-mail w formacie nazwa@przyklad.pl
local-error-password-missing = Podaj hasło
local-error-password-short = Hasło musi mieć co najmniej 10 znaków
local-error-password-long = Hasło może mieć najwyżej 256 znaków
local-error-password-guessable = To hasło jest zbyt łatwe do odgadnięcia. Wybierz na przykład zdanie z kilku słów
local-error-login-refused = Adres e-mail lub hasło są nieprawidłowe
local-error-not-confirmed = Nie potwierdziłeś jeszcze adresu e-mail. Otwórz link z naszej wiadomości albo załóż konto ponownie, aby otrzymać nowy link

mail-local-confirm-subject = Potwierdź swój adres e-mail w Kreisportal
mail-local-confirm-body =
    Dzień dobry,

    z tym adresem założono konto w Kreisportal. Tym linkiem potwierdzisz adres i aktywujesz konto:

    { $link }

    Ważność linku (w godzinach): { $hours }. Jeśli nie zakładałeś konta, po prostu usuń tę wiadomość. Niepotwierdzone konto zostanie usunięte po tygodniu.
mail-local-reset-subject = Nowe hasło do Twojego konta w Kreisportal
mail-local-reset-body =
    Dzień dobry,

    dla Twojego konta w Kreisportal zażądano nowego hasła. Tym linkiem je ustawisz:

    { $link }

    Ważność linku (w godzinach): { $hours }. Jeśli nie prosiłeś o nowe hasło, usuń tę wiadomość. Twoje hasło pozostanie bez zmian.
mail-local-again-subject = Masz już konto w Kreisportal
mail-local-again-body =
    Dzień dobry,

    ktoś chciał założyć konto w Kreisportal z tym adresem, ale Ty już je masz. Zaloguj się tutaj:

    { $login }

    Jeśli nie pamiętasz hasła, ustaw nowe tym linkiem:

    { $link }

    Ważność linku (w godzinach): { $hours }. Jeśli to nie Ty, usuń tę wiadomość. Twoje hasło pozostanie bez zmian.
