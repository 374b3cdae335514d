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

# $service, $reference, $code, $date, $link: the service's title, the reference, the access code,
# the day of submission and the address of the status page.
mail-confirmation-subject = Ihr Antrag ist eingegangen: { $reference }
mail-confirmation-body =
    Guten Tag,

    wir haben Ihren Antrag „{ $service }“ am { $date } erhalten.

    Referenznummer: { $reference }
    Abrufcode: { $code }

    Den Stand Ihres Antrags sehen Sie jederzeit unter { $link } mit Referenznummer und Abrufcode.

    Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
# $service, $link, $code, $date: the service's title, the resume link, the code and the day the
# draft is deleted.
mail-resume-subject = Ihr gespeicherter Antrag: { $service }
mail-resume-body =
    Guten Tag,

    Sie haben Ihren Antrag „{ $service }“ gespeichert. Mit diesem Link machen Sie weiter:

    { $link }

    Oder geben Sie im Kreisportal unter „Gespeicherten Antrag fortsetzen“ diesen Code ein: { $code }

    Ihre Angaben werden bis zum { $date } aufbewahrt.

    Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
mail-expiry-subject = Ihr Antrag wird bald gelöscht: { $service }
mail-expiry-body =
    Guten Tag,

    Ihr angefangener Antrag „{ $service }“ wird am { $date } gelöscht, wenn Sie ihn bis dahin nicht weiter bearbeiten.

    Hier machen Sie weiter: { $link }

    Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
# $organisation: its name; $link: the invitation link; $days: how long it works.
mail-invitation-subject = Einladung zu „{ $organisation }“ im Kreisportal
mail-invitation-body =
    Guten Tag,

    Sie sind eingeladen, im Kreisportal der Organisation „{ $organisation }“ beizutreten. Mit diesem Link nehmen Sie die Einladung an (Sie melden sich dafür an):

    { $link }

    Der Link gilt { $days } Tage. Wenn Sie die Einladung nicht erwartet haben, können Sie diese E-Mail löschen.

# $service, $reference, $link: the service's title, the reference and the answer page.
mail-information-request-subject = Rückfrage zu Ihrem Antrag { $reference }
mail-information-request-body =
    Guten Tag,

    zu Ihrem Antrag „{ $service }“ (Referenznummer { $reference }) haben wir eine Rückfrage.

    Bitte lesen und beantworten Sie sie hier: { $link }

    Bis Ihre Antwort da ist, ruht die Bearbeitung.

    Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

# Staff mail about deadlines. $name: the staff member; $reference, $service, $due, $link: the
# case; $date, $open, $overdue, $soon, $unassigned, $link: the digest.
mail-deadline-reminder-subject = Frist läuft ab: Vorgang { $reference }
mail-deadline-escalation-subject = Frist überschritten: Vorgang { $reference }
mail-digest-subject = Ihr Posteingang am { $date }
mail-deadline-reminder-body =
    Guten Tag { $name },

    der Vorgang { $reference } („{ $service }“) ist bis zum { $due } zu bearbeiten.

    Zum Vorgang: { $link }
mail-deadline-escalation-body =
    Guten Tag { $name },

    die Bearbeitungsfrist des Vorgangs { $reference } („{ $service }“) ist am { $due } abgelaufen. Als Teamleitung der Einheit erhalten Sie diese Eskalation.

    Zum Vorgang: { $link }
mail-digest-body =
    Guten Tag { $name },

    in Ihrem Posteingang sind { $open } Vorgänge offen, die Ihnen oder noch niemandem zugewiesen sind: { $overdue } überfällig, { $soon } mit Frist in den nächsten zwei Tagen, { $unassigned } noch ohne Bearbeitung.

    Zum Posteingang: { $link }

mail-resubmission-subject = Wiedervorlage: Vorgang { $reference }
mail-resubmission-body =
    Guten Tag { $name },

    der Vorgang { $reference } („{ $service }“) liegt Ihnen heute zur Wiedervorlage vor.

    Zum Vorgang: { $link }

# The notice of a new Postfach message: no content, only the link. $link: the message.
mail-postfach-subject = Neue Nachricht in Ihrem Postfach im Kreisportal
mail-postfach-body =
    Guten Tag,

    in Ihrem Postfach im Kreisportal liegt eine neue Nachricht für Sie.

    Melden Sie sich an, um sie zu lesen: { $link }

    Aus Gründen des Datenschutzes steht in dieser E-Mail nichts über ihren Inhalt.

    Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
