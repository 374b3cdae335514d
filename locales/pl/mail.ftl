mail-feedback-subject = Zgłoszenie dotyczące dostępności nr { $number }
mail-feedback-body =
    Za pośrednictwem portalu wpłynęło zgłoszenie dotyczące dostępności.

    Numer: { $number }
    Data wpływu: { $received }
    Język strony: { $language }
    Strona: { $page }
    Imię i nazwisko: { $name }
    E-mail: { $email }

    Wiadomość:
    { $message }

    Prosimy o odpowiedź najpóźniej w ciągu miesiąca, jeśli podano adres e-mail.
mail-feedback-not-given = nie podano
