nav-login = Log in
nav-account = My account
nav-logout = Log out
account-nav-label = User account
trust-level-basis = basic (user name and password)
trust-level-substantiell = substantial (for example an ELSTER certificate)
trust-level-hoch = high (online ID card)
account-title = My account
account-greeting = Logged in as { $name }
account-level = Your login level: { $level }
account-applications-heading = My applications
account-applications-none = You have not started an application with this account yet.
account-application-draft = Draft, kept until { $date }
account-application-submitted = Submitted on { $date } with the reference number { $reference }. Status: { $state }
account-application-continue = Continue
account-application-receipt = View the confirmation of receipt
account-sessions-heading = Devices logged in
account-session = { $device }, logged in on { $date }
account-session-current = this device
account-logout-everywhere = Log out on all devices
login-required-title = Login required
login-required-text = To apply for “{ $service }”, please log in with the login level { $level }.
login-required-higher = You are logged in with the level { $current }. Please log in again with a more secure method. Your answers stay saved.
login-required-button = Log in
login-required-owner = This application belongs to a user account. Log in with that account to open it.
login-required-unavailable = Login is not set up for this portal at the moment. Please contact the responsible office.
login-failed-title = Login not completed
login-failed-text = The login was cancelled or took too long. Please try again.
login-unavailable-title = Login not possible at the moment
login-unavailable-text = The login service is not answering right now. Please try again in a few minutes. Your saved answers are kept.
login-try-again = Log in again
logged-out-title = You are logged out
logged-out-text = You have logged out. Your applications stay saved in your account.
logged-out-everywhere = You have logged out on all devices. Your applications stay saved in your account.

account-data-heading = Your data
account-data-link = View and download my stored data
account-delete-link = Delete user account
data-title = My stored data
data-intro = Here you see everything the portal has stored about you (Art. 15 GDPR). The JSON file contains the same in machine-readable form, for example for another service (Art. 20 GDPR).
data-download = Download my data as a JSON file
data-account-heading = From your user account
data-name = Full name
data-birth-date = Date of birth
data-email = E-mail address
data-address = Address
data-provider = Login service
data-created = Account created on
data-last-login = Last login on
data-not-given = not provided
data-applications-none = No applications were started with this account.
data-started = Started on { $date }
data-no-answers = No answers yet.
data-files = Uploaded files
delete-title = Delete user account
delete-intro = If you delete your user account, the following is deleted at once and for good:
delete-what-account = Your user account with the details the login service provided
delete-what-sessions = Your logins on all devices
delete-what-drafts = { $count ->
    [0] open drafts (you have none)
    [one] your open draft with its files
   *[other] your { $count } open drafts with their files
}
delete-kept-heading = What is kept
delete-kept = { $count ->
    [0] You have no submitted applications.
   *[other] Submitted applications ({ $count }) are part of the responsible office's files. They are kept until the legal retention period has ended, usually ten years after the procedure is closed. After deletion they are no longer linked to any user account; the responsible office can tell you about them by their reference number.
}
delete-log = The portal's log only records that an account was deleted, without your details.
delete-export-first = You can download your data first:
delete-confirm = Yes, I want to delete my user account for good
delete-confirm-missing = Confirm that you want to delete your user account
delete-button = Delete user account
deleted-title = Your user account has been deleted
deleted-text = Your user account, your logins and your open drafts have been deleted. The responsible office continues to process submitted applications.

timeout-title = Your login will end soon
timeout-idle = You have not been active for a while. To protect you, you will be logged out in less than three minutes. Your answers are saved.
timeout-end = Your login ends in less than three minutes and cannot be extended for security reasons. Your answers are saved; simply log in again afterwards.
timeout-stay = Stay logged in
timeout-understood = Understood
delete-sole-administrator = You are the only administrator of: { $organisations }. First make someone else an administrator or remove the other members; then you can delete your account.

## Postfach
postfach-title = Mailbox
postfach-intro = The administration delivers messages and decisions to you here. We tell you by e-mail when something new arrives.
postfach-own-heading = Your mailbox
postfach-organisation-heading = Mailbox of { $name }
postfach-empty = No messages.
postfach-with-letter = with letter (PDF)
postfach-column-subject = Subject
postfach-column-received = Received
postfach-column-state = Status
postfach-column-letter = Attachment
postfach-state-new = new
postfach-state-read = opened on { $date }
postfach-state-post = sent by post on { $date }
postfach-received-on = Received on { $date }
postfach-announced-on = This decision counts as announced on { $date } (the day after it was first retrieved, section 41 (2a) VwVfG).
postfach-appeal-until = You can lodge an objection up to and including { $date }.
postfach-by-post = This decision was not retrieved within ten days and was therefore sent to you by post on { $date }. It can no longer be retrieved here.
postfach-letter-link = Download the letter: { $file }
data-postfach-count =
    { $count ->
        [one] Your mailbox holds one message.
       *[other] Your mailbox holds { $count } messages.
    }
postfach-consent-heading = Receiving decisions digitally
postfach-consent-explained = If you agree, we deliver decisions to you here instead of on paper. A decision counts as announced the day after you first open it; if you do not open it within ten days, we send it by post. You can withdraw your consent at any time.
postfach-consent-none = At present you receive decisions on paper.
postfach-consent-given = You receive decisions digitally (agreed on { $date }).
postfach-consent-give = Receive decisions digitally
postfach-consent-withdraw = Withdraw consent
