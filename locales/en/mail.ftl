mail-feedback-subject = Accessibility feedback no. { $number }
mail-feedback-body =
    Accessibility feedback has been received through the Kreisportal.

    Number: { $number }
    Received: { $received }
    Language of the page: { $language }
    Page: { $page }
    Name: { $name }
    E-mail: { $email }

    Message:
    { $message }

    Please reply within one month at the latest if an e-mail address was given.
mail-feedback-not-given = not given

mail-confirmation-subject = Your application has been received: { $reference }
mail-confirmation-body =
    Hello,

    we received your application “{ $service }” on { $date }.

    Reference number: { $reference }
    Access code: { $code }

    You can check the status of your application at any time at { $link } with the reference number and access code.

    This e-mail was created automatically. Please do not reply to it.
mail-resume-subject = Your saved application: { $service }
mail-resume-body =
    Hello,

    you have saved your application “{ $service }”. Continue with this link:

    { $link }

    Or enter this code under “Continue a saved application” in the Kreisportal: { $code }

    Your answers are kept until { $date }.

    This e-mail was created automatically. Please do not reply to it.
mail-expiry-subject = Your application will be deleted soon: { $service }
mail-expiry-body =
    Hello,

    your unfinished application “{ $service }” will be deleted on { $date } unless you continue it before then.

    Continue here: { $link }

    This e-mail was created automatically. Please do not reply to it.
mail-invitation-subject = Invitation to “{ $organisation }” on the Kreisportal
mail-invitation-body =
    Hello,

    You are invited to join the organisation “{ $organisation }” on the Kreisportal. Accept the invitation with this link (you will log in for it):

    { $link }

    The link is valid for { $days } days. If you did not expect the invitation, you can delete this e-mail.

# $service, $reference, $link: the service's title, the reference and the answer page.
mail-information-request-subject = A question about your application { $reference }
mail-information-request-body =
    Hello,

    we have a question about your application “{ $service }” (reference { $reference }).

    Please read and answer it here: { $link }

    Processing is paused until your answer arrives.

    This e-mail was created automatically. Please do not reply to it.

# Staff mail about deadlines. $name: the staff member; $reference, $service, $due, $link: the
# case; $date, $open, $overdue, $soon, $unassigned, $link: the digest.
mail-deadline-reminder-subject = Deadline approaching: case { $reference }
mail-deadline-escalation-subject = Deadline passed: case { $reference }
mail-digest-subject = Your inbox on { $date }
mail-deadline-reminder-body =
    Hello { $name },

    case { $reference } (“{ $service }”) is due by { $due }.

    Open the case: { $link }
mail-deadline-escalation-body =
    Hello { $name },

    the processing deadline of case { $reference } (“{ $service }”) passed on { $due }. You receive this escalation as a team lead of the unit.

    Open the case: { $link }
mail-digest-body =
    Hello { $name },

    your inbox holds { $open } open cases that are yours or nobody's yet: { $overdue } overdue, { $soon } due within two days, { $unassigned } not yet taken up.

    Open the inbox: { $link }

mail-resubmission-subject = Resubmission: case { $reference }
mail-resubmission-body =
    Hello { $name },

    case { $reference } (“{ $service }”) is back on your desk today for resubmission.

    To the case: { $link }

# The notice of a new Postfach message: no content, only the link. $link: the message.
mail-postfach-subject = New message in your Kreisportal mailbox
mail-postfach-body =
    Hello,

    there is a new message for you in your mailbox on the Kreisportal.

    Log in to read it: { $link }

    To protect your data, this e-mail says nothing about its content.

    This e-mail was created automatically. Please do not reply to it.
