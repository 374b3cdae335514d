# Local citizen accounts: e-mail address and password, beside the identity provider.

local-login-title = Anmelden
local-login-password-changed = Ihr neues Passwort ist gespeichert. Zu Ihrer Sicherheit wurden Sie auf allen Geräten abgemeldet. Bitte melden Sie sich mit dem neuen Passwort an.
local-login-provider-heading = Mit Ihrem Servicekonto
local-login-provider-text = Das Servicekonto (BundID) weist Ihre Identität nach, zum Beispiel mit dem Online-Ausweis oder mit ELSTER. Manche Leistungen sind nur damit möglich.
local-login-provider-button = Weiter zum Servicekonto
local-login-password-heading = Mit E-Mail-Adresse und Passwort
local-login-password-text = Ein Konto im Kreisportal genügt für Leistungen, die keinen Identitätsnachweis brauchen.
local-email-label = E-Mail-Adresse
local-password-label = Passwort
local-login-submit = Anmelden
local-login-forgot-link = Passwort vergessen?
local-login-register-link = Noch kein Konto? Konto anlegen

local-register-title = Konto anlegen
local-register-intro = Mit einem Konto speichern Sie Anträge, setzen sie später fort und sehen, wie weit sie bearbeitet sind.
local-register-level = Ein Konto mit E-Mail-Adresse und Passwort hat das Vertrauensniveau „Basis“. Für Leistungen, die einen Identitätsnachweis brauchen, melden Sie sich mit Ihrem Servicekonto an.
local-register-email-hint = Wir schicken Ihnen einen Link, mit dem Sie die Adresse bestätigen.
local-password-hint = Mindestens { $min } Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten. Sie können das Passwort auch einfügen.
local-register-submit = Konto anlegen
local-register-login-link = Sie haben schon ein Konto? Anmelden

local-sent-registration-title = Bitte bestätigen Sie Ihre E-Mail-Adresse
local-sent-registration-text = Wir haben Ihnen eine E-Mail geschickt. Öffnen Sie den Link darin innerhalb von 48 Stunden, um Ihr Konto zu aktivieren.
local-sent-registration-help = Keine E-Mail bekommen? Sehen Sie im Spam-Ordner nach, oder legen Sie das Konto mit derselben Adresse noch einmal an. Dann bekommen Sie einen neuen Link.
local-sent-reset-title = Sehen Sie in Ihr E-Mail-Postfach
local-sent-reset-text = Wenn zu der Adresse ein Konto besteht, haben wir Ihnen einen Link geschickt, mit dem Sie ein neues Passwort festlegen. Der Link gilt eine Stunde.
local-sent-reset-help = Keine E-Mail bekommen? Sehen Sie im Spam-Ordner nach, oder fordern Sie den Link noch einmal an.

local-confirm-title = E-Mail-Adresse bestätigen
local-confirm-text = Bestätigen Sie die Adresse { $email }. Danach ist Ihr Konto aktiv und Sie sind angemeldet.
local-confirm-submit = Adresse bestätigen

local-forgot-title = Passwort vergessen
local-forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.
local-forgot-submit = Link anfordern

local-new-password-title = Neues Passwort festlegen
local-new-password-intro = Für das Konto { $email }. Danach werden Sie auf allen Geräten abgemeldet.
local-new-password-label = Neues Passwort
local-new-password-submit = Passwort speichern

local-link-gone-title = Dieser Link gilt nicht mehr
local-link-gone-text = Er wurde schon benutzt oder ist abgelaufen. So geht es weiter:
local-link-gone-register = Konto noch einmal anlegen (Sie bekommen einen neuen Bestätigungslink)
local-link-gone-reset = Neues Passwort anfordern
local-link-gone-login = Anmelden

local-error-email-missing = Geben Sie Ihre E-Mail-Adresse an
local-error-email-invalid = Geben Sie eine E-Mail-Adresse im Format name@beispiel.de an
local-error-password-missing = Geben Sie ein Passwort an
local-error-password-short = Das Passwort muss mindestens 10 Zeichen lang sein
local-error-password-long = Das Passwort darf höchstens 256 Zeichen lang sein
local-error-password-guessable = Dieses Passwort ist zu leicht zu erraten. Wählen Sie zum Beispiel einen Satz aus mehreren Wörtern
local-error-login-refused = E-Mail-Adresse oder Passwort stimmen nicht
local-error-not-confirmed = Sie haben Ihre E-Mail-Adresse noch nicht bestätigt. Öffnen Sie den Link aus unserer E-Mail, oder legen Sie das Konto noch einmal an, um einen neuen Link zu bekommen

mail-local-confirm-subject = Bitte bestätigen Sie Ihre E-Mail-Adresse für das Kreisportal
mail-local-confirm-body =
    Guten Tag,

    mit dieser Adresse wurde ein Konto im Kreisportal angelegt. Mit diesem Link bestätigen Sie die Adresse und aktivieren das Konto:

    { $link }

    Der Link gilt { $hours } Stunden. Wenn Sie kein Konto angelegt haben, löschen Sie diese E-Mail einfach. Ohne Bestätigung wird das Konto nach einer Woche gelöscht.
mail-local-reset-subject = Neues Passwort für Ihr Konto im Kreisportal
mail-local-reset-body =
    Guten Tag,

    für Ihr Konto im Kreisportal wurde ein neues Passwort angefordert. Mit diesem Link legen Sie es fest:

    { $link }

    Der Link gilt { $hours ->
        [one] eine Stunde
       *[other] { $hours } Stunden
    }. Wenn Sie kein neues Passwort angefordert haben, löschen Sie diese E-Mail. Ihr Passwort bleibt dann, wie es ist.
mail-local-again-subject = Sie haben schon ein Konto im Kreisportal
mail-local-again-body =
    Guten Tag,

    mit dieser Adresse wollte jemand ein Konto im Kreisportal anlegen. Sie haben aber schon eines. Hier melden Sie sich an:

    { $login }

    Falls Sie Ihr Passwort vergessen haben, legen Sie mit diesem Link ein neues fest:

    { $link }

    Der Link gilt { $hours } Stunden. Wenn Sie das nicht waren, löschen Sie diese E-Mail. Ihr Passwort bleibt, wie es ist.
