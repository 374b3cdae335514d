# Mail to the authority's staff. Sent in German, the authority's working language.

# $number: the feedback's number.
mail-feedback-subject = Rückmeldung zur Barrierefreiheit Nr. { $number }
mail-feedback-body =
    Über das Kreisportal ist eine Rückmeldung zur Barrierefreiheit eingegangen.

    Nummer: { $number }
    Eingegangen: { $received }
    Sprache der Seite: { $language }
    Seite: { $page }
    Name: { $name }
    E-Mail: { $email }

    Nachricht:
    { $message }

    Bitte antworten Sie spätestens innerhalb eines Monats, wenn eine E-Mail-Adresse angegeben ist.
mail-feedback-not-given = nicht angegeben
