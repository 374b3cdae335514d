# Local citizen accounts: e-mail address and password, beside the identity provider.

local-login-title = Log in
local-login-password-changed = Your new password has been saved. For your security you have been logged out on all devices. Please log in with the new password.
local-login-provider-heading = With your service account
local-login-provider-text = The service account (BundID) proves your identity, for example with the online ID card or ELSTER. Some services are only possible with it.
local-login-provider-button = Continue to the service account
local-login-password-heading = With e-mail address and password
local-login-password-text = An account on the Kreisportal is enough for services that need no proof of identity.
local-email-label = E-mail address
local-password-label = Password
local-login-submit = Log in
local-login-forgot-link = Forgotten your password?
local-login-register-link = No account yet? Create an account

local-register-title = Create an account
local-register-intro = With an account you can save applications, continue them later and see how far they have got.
local-register-level = An account with e-mail address and password has the trust level “basic”. For services that need proof of identity, log in with your service account.
local-register-email-hint = We will send you a link to confirm the address.
local-password-hint = At least { $min } characters. A sentence of several words is easy to remember and hard to guess. You can also paste the password.
local-register-submit = Create account
local-register-login-link = Already have an account? Log in

local-sent-registration-title = Please confirm your e-mail address
local-sent-registration-text = We have sent you an e-mail. Open the link in it within 48 hours to activate your account.
local-sent-registration-help = No e-mail? Look in your spam folder, or create the account again with the same address. You will then get a new link.
local-sent-reset-title = Check your e-mail inbox
local-sent-reset-text = If there is an account for this address, we have sent you a link to set a new password. The link works for one hour.
local-sent-reset-help = No e-mail? Look in your spam folder, or ask for the link again.

local-confirm-title = Confirm your e-mail address
local-confirm-text = Confirm the address { $email }. Your account will then be active and you will be logged in.
local-confirm-submit = Confirm address

local-forgot-title = Forgotten password
local-forgot-intro = Enter the e-mail address of your account. We will send you a link to set a new password.
local-forgot-submit = Send link

local-new-password-title = Set a new password
local-new-password-intro = For the account { $email }. You will then be logged out on all devices.
local-new-password-label = New password
local-new-password-submit = Save password

local-link-gone-title = This link no longer works
local-link-gone-text = It has already been used or has expired. Here is how to continue:
local-link-gone-register = Create the account again (you will get a new confirmation link)
local-link-gone-reset = Ask for a new password
local-link-gone-login = Log in

local-error-email-missing = Enter your e-mail address
local-error-email-invalid = Enter an e-mail address in the format name@example.com
local-error-password-missing = Enter a password
local-error-password-short = The password must be at least 10 characters long
local-error-password-long = The password must be 256 characters or fewer
local-error-password-guessable = This password is too easy to guess. Choose, for example, a sentence of several words
local-error-login-refused = The e-mail address or password is not correct
local-error-not-confirmed = You have not confirmed your e-mail address yet. Open the link in our e-mail, or create the account again to get a new link

mail-local-confirm-subject = Please confirm your e-mail address for the Kreisportal
mail-local-confirm-body =
    Hello,

    an account on the Kreisportal has been created with this address. Use this link to confirm the address and activate the account:

    { $link }

    The link works for { $hours } hours. If you did not create an account, simply delete this e-mail. Without confirmation the account is deleted after one week.
mail-local-reset-subject = New password for your Kreisportal account
mail-local-reset-body =
    Hello,

    a new password has been requested for your Kreisportal account. Use this link to set it:

    { $link }

    The link works for { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }. If you did not ask for a new password, delete this e-mail. Your password then stays as it is.
mail-local-again-subject = You already have a Kreisportal account
mail-local-again-body =
    Hello,

    someone tried to create a Kreisportal account with this address, but you already have one. Log in here:

    { $login }

    If you have forgotten your password, set a new one with this link:

    { $link }

    The link works for { $hours } hours. If this was not you, delete this e-mail. Your password stays as it is.
