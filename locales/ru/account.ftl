nav-login = Войти
nav-account = Моя учётная запись
nav-logout = Выйти
account-nav-label = Учётная запись
trust-level-basis = базовый (имя пользователя и пароль)
trust-level-substantiell = существенный (например, сертификат ELSTER)
trust-level-hoch = высокий (онлайн-удостоверение)
account-title = Моя учётная запись
account-greeting = Вы вошли как { $name }
account-level = Ваш уровень входа: { $level }
account-applications-heading = Мои заявления
account-applications-none = Вы ещё не начали ни одного заявления с этой учётной записью.
account-application-draft = Черновик, хранится до { $date }
account-application-submitted = Подано { $date } под номером { $reference }. Статус: { $state }
account-application-continue = Продолжить
account-application-receipt = Посмотреть подтверждение получения
account-sessions-heading = Устройства, на которых выполнен вход
account-session = { $device }, вход { $date }
account-session-current = это устройство
account-logout-everywhere = Выйти на всех устройствах
login-required-title = Требуется вход
login-required-text = Чтобы подать заявление «{ $service }», войдите с уровнем входа { $level }.
login-required-higher = Вы вошли с уровнем { $current }. Войдите ещё раз более надёжным способом. Ваши данные сохраняются.
login-required-button = Войти
login-required-owner = Это заявление относится к учётной записи. Войдите с этой учётной записью, чтобы открыть его.
login-required-unavailable = Вход для этого портала сейчас не настроен. Обратитесь в ответственное ведомство.
login-failed-title = Вход не завершён
login-failed-text = Вход был отменён или длился слишком долго. Попробуйте ещё раз.
login-unavailable-title = Вход сейчас невозможен
login-unavailable-text = Служба входа сейчас не отвечает. Попробуйте ещё раз через несколько минут. Ваши сохранённые данные остаются.
login-try-again = Войти снова
logged-out-title = Вы вышли
logged-out-text = Вы вышли из учётной записи. Ваши заявления остаются в ней сохранёнными.
logged-out-everywhere = Вы вышли на всех устройствах. Ваши заявления остаются в учётной записи сохранёнными.

account-data-heading = Ваши данные
account-data-link = Просмотреть и скачать мои сохранённые данные
account-delete-link = Удалить учётную запись
data-title = Мои сохранённые данные
data-intro = Здесь вы видите всё, что портал сохранил о вас (ст. 15 GDPR). Файл JSON содержит то же самое в машиночитаемом виде, например для другого сервиса (ст. 20 GDPR).
data-download = Скачать мои данные как файл JSON
data-account-heading = Из вашей учётной записи
data-name = Имя
data-birth-date = Дата рождения
data-email = Адрес электронной почты
data-address = Адрес
data-provider = Служба входа
data-created = Учётная запись создана
data-last-login = Последний вход
data-not-given = не передано
data-applications-none = С этой учётной записью не начато ни одного заявления.
data-started = Начато { $date }
data-no-answers = Сведений пока нет.
data-files = Загруженные файлы
delete-title = Удалить учётную запись
delete-intro = Если вы удалите свою учётную запись, сразу и окончательно будет удалено:
delete-what-account = ваша учётная запись с данными, переданными службой входа
delete-what-sessions = ваши входы на всех устройствах
delete-what-drafts = { $count ->
    [0] открытые черновики (у вас их нет)
   *[other] ваши открытые черновики ({ $count }) с их файлами
}
delete-kept-heading = Что сохраняется
delete-kept = { $count ->
    [0] У вас нет поданных заявлений.
   *[other] Поданные заявления ({ $count }) относятся к делам ответственного ведомства. Они хранятся до истечения установленного законом срока хранения, обычно десять лет после завершения производства. После этого они не связаны ни с одной учётной записью; ответственное ведомство может сообщить вам о них по номеру дела.
}
delete-log = Журнал портала фиксирует только то, что учётная запись была удалена, без ваших данных.
delete-export-first = Сначала вы можете скачать свои данные:
delete-confirm = Да, я хочу окончательно удалить свою учётную запись
delete-confirm-missing = Подтвердите, что хотите удалить свою учётную запись
delete-button = Удалить учётную запись
deleted-title = Ваша учётная запись удалена
deleted-text = Ваша учётная запись, ваши входы и открытые черновики удалены. Ответственное ведомство продолжает рассматривать поданные заявления.

timeout-title = Ваш вход скоро завершится
timeout-idle = Вы некоторое время были неактивны. Для вашей защиты вы будете выведены из системы менее чем через три минуты. Ваши данные сохранены.
timeout-end = Ваш вход завершится менее чем через три минуты, и по соображениям безопасности его нельзя продлить. Ваши данные сохранены; после этого просто войдите снова.
timeout-stay = Остаться в системе
timeout-understood = Понятно
delete-sole-administrator = Вы единственный администратор: { $organisations }. Сначала назначьте администратором кого-то другого или исключите остальных участников; после этого вы сможете удалить учётную запись.

## Postfach
postfach-title = Почтовый ящик
postfach-intro = Здесь администрация вручает вам сообщения и решения в цифровом виде. Мы сообщим вам по электронной почте, когда придёт что-то новое.
postfach-own-heading = Ваш почтовый ящик
postfach-organisation-heading = Почтовый ящик { $name }
postfach-empty = Сообщений нет.
postfach-with-letter = с письмом (PDF)
postfach-column-subject = Тема
postfach-column-received = Поступило
postfach-column-state = Состояние
postfach-column-letter = Вложение
postfach-state-new = новое
postfach-state-read = открыто { $date }
postfach-state-post = отправлено почтой { $date }
postfach-received-on = Поступило { $date }
postfach-announced-on = Это решение считается объявленным { $date } (на следующий день после первого получения, § 41 абз. 2a VwVfG).
postfach-appeal-until = Возражение можно подать до { $date } включительно.
postfach-by-post = Это решение не было получено в течение десяти дней, поэтому { $date } оно отправлено вам почтой. Здесь оно больше недоступно.
postfach-letter-link = Скачать письмо: { $file }
data-postfach-count = Количество сообщений в вашем ящике: { $count }.
postfach-consent-heading = Получение решений в цифровом виде
postfach-consent-explained = Если вы согласитесь, мы будем вручать вам решения здесь вместо бумаги. Решение считается объявленным на следующий день после первого открытия; если вы не откроете его в течение десяти дней, мы отправим его почтой. Согласие можно отозвать в любое время.
postfach-consent-none = Сейчас вы получаете решения на бумаге.
postfach-consent-given = Вы получаете решения в цифровом виде (согласие от { $date }).
postfach-consent-give = Получать решения в цифровом виде
postfach-consent-withdraw = Отозвать согласие
