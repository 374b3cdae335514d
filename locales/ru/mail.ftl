mail-feedback-subject = Сообщение о доступности № { $number }
mail-feedback-body =
    Через портал поступило сообщение о доступности.

    Номер: { $number }
    Поступило: { $received }
    Язык страницы: { $language }
    Страница: { $page }
    Имя: { $name }
    Электронная почта: { $email }

    Сообщение:
    { $message }

    Пожалуйста, ответьте не позднее чем через месяц, если указан адрес электронной почты.
mail-feedback-not-given = не указано

mail-confirmation-subject = Ваше заявление получено: { $reference }
mail-confirmation-body =
    Здравствуйте,

    мы получили ваше заявление «{ $service }» { $date }.

    Номер обращения: { $reference }
    Код доступа: { $code }

    Статус вашего заявления вы в любое время можете посмотреть на { $link } по номеру обращения и коду доступа.

    Это письмо создано автоматически. Пожалуйста, не отвечайте на него.
mail-resume-subject = Ваше сохранённое заявление: { $service }
mail-resume-body =
    Здравствуйте,

    вы сохранили своё заявление «{ $service }». Продолжите по этой ссылке:

    { $link }

    Или введите этот код на портале в разделе «Продолжить сохранённое заявление»: { $code }

    Ваши данные хранятся до { $date }.

    Это письмо создано автоматически. Пожалуйста, не отвечайте на него.
mail-expiry-subject = Ваше заявление скоро будет удалено: { $service }
mail-expiry-body =
    Здравствуйте,

    ваше незавершённое заявление «{ $service }» будет удалено { $date }, если вы не продолжите его до этого времени.

    Продолжить здесь: { $link }

    Это письмо создано автоматически. Пожалуйста, не отвечайте на него.
mail-invitation-subject = Приглашение в «{ $organisation }» на Kreisportal
mail-invitation-body =
    Добрый день,

    Вас приглашают вступить в организацию «{ $organisation }» на Kreisportal. Примите приглашение по этой ссылке (для этого нужно войти):

    { $link }

    Ссылка действительна { $days } дн. Если вы не ожидали приглашения, можете удалить это письмо.

# $service, $reference, $link: the service's title, the reference and the answer page.
mail-information-request-subject = Вопрос по вашему заявлению { $reference }
mail-information-request-body =
    Здравствуйте,

    у нас есть вопрос по вашему заявлению «{ $service }» (номер { $reference }).

    Пожалуйста, прочитайте его и ответьте здесь: { $link }

    Рассмотрение приостановлено до получения вашего ответа.

    Это письмо создано автоматически. Пожалуйста, не отвечайте на него.

# Staff mail about deadlines. $name: the staff member; $reference, $service, $due, $link: the
# case; $date, $open, $overdue, $soon, $unassigned, $link: the digest.
mail-deadline-reminder-subject = Срок истекает: дело { $reference }
mail-deadline-escalation-subject = Срок истёк: дело { $reference }
mail-digest-subject = Ваши входящие на { $date }
mail-deadline-reminder-body =
    Здравствуйте, { $name }!

    Дело { $reference } («{ $service }») нужно обработать до { $due }.

    Открыть дело: { $link }
mail-deadline-escalation-body =
    Здравствуйте, { $name }!

    Срок обработки дела { $reference } («{ $service }») истёк { $due }. Вы получаете это уведомление как руководитель группы подразделения.

    Открыть дело: { $link }
mail-digest-body =
    Здравствуйте, { $name }!

    Во входящих { $open } открытых дел, назначенных вам или ещё никому: просрочено { $overdue }, со сроком в ближайшие два дня { $soon }, ещё не взято { $unassigned }.

    Открыть входящие: { $link }

mail-resubmission-subject = Повторное рассмотрение: дело { $reference }
mail-resubmission-body =
    Здравствуйте, { $name }!

    Дело { $reference } («{ $service }») сегодня снова у вас на повторном рассмотрении.

    К делу: { $link }

# The notice of a new Postfach message: no content, only the link. $link: the message.
mail-postfach-subject = Новое сообщение в вашем почтовом ящике на Kreisportal
mail-postfach-body =
    Здравствуйте,

    в вашем почтовом ящике на Kreisportal есть новое сообщение для вас.

    Войдите, чтобы прочитать его: { $link }

    В целях защиты данных это письмо ничего не сообщает о его содержании.

    Это письмо создано автоматически. Пожалуйста, не отвечайте на него.
