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

mail-confirmation-subject = Twój wniosek wpłynął: { $reference }
mail-confirmation-body =
    Dzień dobry,

    otrzymaliśmy Twój wniosek „{ $service }” dnia { $date }.

    Numer referencyjny: { $reference }
    Kod dostępu: { $code }

    Stan wniosku możesz w każdej chwili sprawdzić pod adresem { $link }, podając numer referencyjny i kod dostępu.

    Ta wiadomość została utworzona automatycznie. Prosimy na nią nie odpowiadać.
mail-resume-subject = Twój zapisany wniosek: { $service }
mail-resume-body =
    Dzień dobry,

    zapisano Twój wniosek „{ $service }”. Kontynuuj za pomocą tego linku:

    { $link }

    Albo wpisz ten kod w portalu w „Kontynuuj zapisany wniosek”: { $code }

    Twoje dane są przechowywane do { $date }.

    Ta wiadomość została utworzona automatycznie. Prosimy na nią nie odpowiadać.
mail-expiry-subject = Twój wniosek zostanie wkrótce usunięty: { $service }
mail-expiry-body =
    Dzień dobry,

    Twój niedokończony wniosek „{ $service }” zostanie usunięty dnia { $date }, jeśli nie będziesz go kontynuować do tego czasu.

    Kontynuuj tutaj: { $link }

    Ta wiadomość została utworzona automatycznie. Prosimy na nią nie odpowiadać.
mail-invitation-subject = Zaproszenie do „{ $organisation }” w Kreisportal
mail-invitation-body =
    Dzień dobry,

    Zapraszamy do dołączenia do organizacji „{ $organisation }” w Kreisportal. Przyjmij zaproszenie tym linkiem (w tym celu zalogujesz się):

    { $link }

    Link jest ważny przez { $days } dni. Jeśli nie spodziewasz się zaproszenia, możesz usunąć tę wiadomość.

# $service, $reference, $link: the service's title, the reference and the answer page.
mail-information-request-subject = Pytanie dotyczące Twojego wniosku { $reference }
mail-information-request-body =
    Dzień dobry,

    mamy pytanie dotyczące Twojego wniosku „{ $service }” (numer { $reference }).

    Przeczytaj je i odpowiedz tutaj: { $link }

    Rozpatrywanie jest wstrzymane do czasu Twojej odpowiedzi.

    Ten e-mail został utworzony automatycznie. Prosimy na niego nie odpowiadać.

# Staff mail about deadlines. $name: the staff member; $reference, $service, $due, $link: the
# case; $date, $open, $overdue, $soon, $unassigned, $link: the digest.
mail-deadline-reminder-subject = Termin mija: sprawa { $reference }
mail-deadline-escalation-subject = Termin przekroczony: sprawa { $reference }
mail-digest-subject = Twoja skrzynka w dniu { $date }
mail-deadline-reminder-body =
    Dzień dobry { $name },

    sprawę { $reference } („{ $service }”) należy załatwić do { $due }.

    Przejdź do sprawy: { $link }
mail-deadline-escalation-body =
    Dzień dobry { $name },

    termin załatwienia sprawy { $reference } („{ $service }”) upłynął { $due }. Otrzymujesz tę eskalację jako kierownik zespołu jednostki.

    Przejdź do sprawy: { $link }
mail-digest-body =
    Dzień dobry { $name },

    w Twojej skrzynce jest { $open } otwartych spraw przydzielonych Tobie lub jeszcze nikomu: przeterminowane { $overdue }, z terminem w ciągu dwóch dni { $soon }, jeszcze nieprzejęte { $unassigned }.

    Przejdź do skrzynki: { $link }

mail-resubmission-subject = Ponowne przedłożenie: sprawa { $reference }
mail-resubmission-body =
    Dzień dobry, { $name },

    sprawa { $reference } („{ $service }”) jest dziś ponownie przedłożona do Pana/Pani dyspozycji.

    Do sprawy: { $link }

# The notice of a new Postfach message: no content, only the link. $link: the message.
mail-postfach-subject = Nowa wiadomość w Twojej skrzynce w Kreisportal
mail-postfach-body =
    Dzień dobry,

    w Twojej skrzynce w Kreisportal czeka nowa wiadomość.

    Zaloguj się, aby ją przeczytać: { $link }

    W trosce o ochronę danych ta wiadomość e-mail nie zawiera nic z jej treści.

    Ta wiadomość została utworzona automatycznie. Prosimy na nią nie odpowiadać.
