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
