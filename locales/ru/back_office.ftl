staff-role-caseworker = Обработка дел
staff-role-team-lead = Руководство группой
staff-role-records-manager = Делопроизводство
staff-role-print-operator = Обслуживание печати
staff-role-administrator = Администрирование
staff-role-auditor = Аудит (только чтение)
staff-error-unit-missing = Выберите подразделение, для которого действует роль
staff-error-unit-not-expected = Эта роль действует для всей администрации; не выбирайте подразделение
staff-error-unit-unknown = Выберите подразделение из списка
staff-error-role = Выберите роль из списка
staff-error-username = Введите имя пользователя от 3 до 40 символов: строчные латинские буквы, цифры, точка, дефис или подчёркивание, первой должна быть буква
staff-error-name = Введите полное имя (не более 100 символов)
staff-error-email = Введите адрес электронной почты в формате name@example.com
staff-error-username-taken = Это имя пользователя уже занято
staff-error-own-admin = Вы не можете снять собственную роль администратора
staff-error-own-account = Вы не можете деактивировать собственную учётную запись
staff-role-label = Роль
staff-unit-label = Подразделение
staff-unit-hint = Только для обработки дел и руководства группой
staff-unit-none = нет (роль для всей администрации)
staff-login-title = Вход для сотрудников
staff-login-intro = Войдите с помощью имени пользователя, пароля и текущего кода из приложения-аутентификатора.
staff-username-label = Имя пользователя
staff-password-label = Пароль
staff-code-label = Код из приложения-аутентификатора
staff-code-hint = Шесть цифр, например 123456
staff-login-submit = Войти
staff-login-failed = Имя пользователя, пароль или код не совпадают. Попробуйте ещё раз.
back-office-title = Администрация
back-office-greeting = Добрый день, { $name }
back-office-roles-heading = Ваши роли
back-office-admin-heading = Администрирование системы
staff-list-title = Сотрудники
staff-active = активен
staff-inactive = деактивирован
staff-name-label = Полное имя
staff-roles-heading = Роли
staff-state-heading = Статус
staff-add-heading = Добавить сотрудника
staff-username-hint = От 3 до 40 символов: строчные латинские буквы, цифры, точка, дефис или подчёркивание
staff-email-label = Адрес электронной почты
staff-add-submit = Добавить
staff-created-title = { $name } добавлен(а)
staff-created-intro = Передайте эти данные для входа лично. Пароль предназначен для первого входа; секрет настраивается в приложении-аутентификаторе (как QR-код из адреса или вручную).
staff-initial-password = Начальный пароль
staff-totp-secret = Секрет для приложения-аутентификатора
staff-totp-address = Адрес для приложения-аутентификатора
staff-created-once = Эти данные показываются только сейчас и нигде не хранятся в открытом виде.
staff-revoke = Снять
staff-deactivate = Деактивировать
staff-activate = Снова активировать
staff-grant-heading = Добавить роль для { $name }
staff-grant-submit = Добавить роль
staff-login-provider = Войти с учётной записью администрации
staff-login-local-heading = Или по имени пользователя, паролю и коду
staff-login-no-access = Для вашей учётной записи в службе входа администрации здесь нет доступа. Обратитесь к администраторам.
staff-login-provider-failed = Вход через службу входа был отменён или длился слишком долго. Попробуйте ещё раз.
staff-login-provider-unavailable = Служба входа администрации сейчас не отвечает. Войдите по имени пользователя, паролю и коду или попробуйте позже.

units-title = Организационные подразделения
units-intro = Подразделения администрации с адресами для заявлений. Роли сотрудников и услуги ссылаются на номер подразделения.
units-staff-heading = Сотрудники с ролью
units-add-heading = Добавить подразделение
units-add-submit = Добавить подразделение
unit-code-label = Номер
unit-code-hint = Номер в организационном плане, например 69.2. Позже его нельзя изменить.
unit-name-label = Название
unit-name-hint = На немецком. Другие языки показывают немецкое название, пока его не переведут.
unit-section-label = Сфера
unit-section-hint = Необязательно, например «Umwelt und Bauen».
unit-email-label = Адрес электронной почты
unit-email-hint = На этот адрес пишут граждане.
unit-save-submit = Сохранить изменения
unit-saved = Подразделение сохранено.
unit-code-fixed = Номер { $code } (не изменяется)
unit-translations-note = Если вы измените немецкое название или сферу, другие языки будут показывать новый немецкий текст, пока его не переведут.
unit-error-code = Укажите номер в формате 69 или 69.2 (до четырёх групп цифр)
unit-error-code-taken = Подразделение с таким номером уже существует
unit-error-name = Укажите название длиной не более 120 символов
unit-error-section = Сфера может содержать не более 120 символов
unit-error-email = Укажите адрес электронной почты в формате name@example.com

inbox-title = Входящие
inbox-counts = Дел: { $count }, из них просрочено: { $overdue }
inbox-overdue = просрочено
inbox-unassigned = пока никто
inbox-filter-state = Состояние
inbox-filter-all = Все
inbox-filter-reference = Номер дела начинается с
inbox-filter-mine = Только дела, которые веду я
inbox-filter-submit = Фильтровать
case-title = Дело
case-reference = Номер дела
case-service = Услуга
case-received = Поступило
case-due = Срок
case-state = Состояние
case-assignee = Ведёт
case-take = Взять дело
case-answers-heading = Данные в поданном виде
case-answers-note = Данные хранятся в деле так, как их отправил заявитель, на немецком языке.
case-documents-heading = Документы
case-no-documents = К этому заявлению нет документов.
case-ki-heading = Предварительная проверка ИИ
case-ki-none = Для этого дела ещё нет предварительной проверки.
case-step-prepare = Решение подготовлено
case-step-request-sign-off = Запросить согласование
case-step-sign-off = Согласовать и закрыть
case-step-send-back = Вернуть на доработку
case-refused-state = Этот шаг не соответствует состоянию дела. Возможно, кто-то другой только что продвинул его; текущее состояние показано ниже.
case-refused-not-assignee = Этот шаг может сделать только тот, кто ведёт дело. Сначала возьмите дело.
case-refused-four-eyes = Согласовать должен второй человек. Кто запросил согласование, не может дать его сам.
case-label-eingegangen = Поступило
case-label-in-bearbeitung = В работе
case-label-nachforderung = Дозапрос
case-label-entscheidung-vorbereitet = Решение подготовлено
case-label-mitzeichnung = На согласовании
case-label-abgeschlossen = Закрыто

## Nachforderungen in the case page
case-step-request-information = Отправить запрос на дополнение
case-request-question-missing = Напишите, что заявитель должен прислать или пояснить
case-request-question-too-long = Запрос может содержать не более 2000 символов
case-request-question-label = Что заявитель должен прислать или пояснить?
case-request-question-hint = Вопрос можно прочитать только на портале; письмо человеку сообщает лишь, что есть вопрос. Дело ждёт ответа.
case-requests-heading = Запросы на дополнение
case-requests-none = Пока ничего не запрашивали.
case-request-asked = Запрос от { $name }, { $date }
case-request-waiting = Ответа пока нет.
case-request-answered = Ответ от { $date }

## The e-Akte: filing a case and an Akte's page
case-refused-filed-already = Дело уже подшито в папку.
case-refused-no-plan-entry = Для этой услуги нет подходящей записи в номенклатуре дел. Обратитесь в регистратуру.
case-refused-akte-not-open = Эта папка не может принять дело: она (уже) не открыта или относится к другому подразделению, либо дело тем временем подшито.
case-akte-heading = Папка
case-filed-in = Подшито под номером дела
case-not-filed = Ещё не подшито.
case-file-plan = Номенклатура дел: { $key } { $title }
case-file-akte-legend = В какую папку?
case-file-new = Открыть новую папку (номер будет присвоен)
case-file-title-label = Название новой папки
case-file-title-hint = Только для новой папки. Слова, по которым потом будут искать, напр. имя и предприятие.
case-file-confidentiality-legend = Конфиденциальность новой папки
case-file-submit = Подшить в папку
case-file-akte-missing = Выберите новую или существующую папку
akte-title-missing = Дайте новой папке название
akte-title-too-long = Название может содержать не более 200 символов
akte-confidentiality-normal = Обычная: все исполнители подразделения
akte-confidentiality-vertraulich = Конфиденциальная: только руководители групп подразделения
akte-state-offen = Открыта
akte-state-geschlossen = Закрыта
akte-state-ausgesondert = Выделена к уничтожению
akte-kind-nachforderung = Ответ на запрос
akte-kind-antrag = Заявление
akte-kind-anlage = Приложение
akte-version-not-filed = ещё можно изменить
akte-version-filed = подшито { $date }
akte-title = Папка { $aktenzeichen }
akte-subject = Название
akte-plan = Номенклатура дел
akte-unit = Подразделение
akte-confidentiality = Конфиденциальность
akte-retention = Срок хранения
akte-state = Состояние
akte-created = Открыта
akte-documents-heading = Документы
akte-column-number = №
akte-column-title = Название
akte-column-kind = Вид
akte-column-version = Версия
akte-column-file = Файл
akte-column-sha256 = Контрольная сумма (SHA-256)
akte-column-filed = Подшито
akte-retention-years =
    { $years ->
        [one] { $years } год после закрытия
        [few] { $years } года после закрытия
       *[other] { $years } лет после закрытия
    }
akte-export-heading = Передача в архив
akte-export-note = Пакет содержит папку со всеми делами и документами в формате xdomea 3.0 (сообщение 0503) для передачи в архив.
akte-export-link = Скачать папку как пакет xdomea (ZIP)

## Vermerke, history and handing a case over
case-refused-assign = Передать дело могут только исполнитель и руководители групп подразделения.
case-refused-not-colleague = Дело можно передать только активным сотрудникам его подразделения.
case-assign-label = Передать
case-assign-submit = Передать
case-notes-heading = Заметки
case-notes-none = Заметок пока нет.
case-note-by = Заметка от { $name }, { $date }
case-note-label = Новая заметка
case-note-hint = Только для сотрудников; заявитель её не видит. Заметка остаётся такой, как написана.
case-note-submit = Сохранить заметку
case-note-missing = Напишите заметку
case-note-too-long = Заметка может содержать не более 4000 символов
case-history-heading = История
case-history-assign = взято или передано
case-history-request = отправлен запрос на дополнение
case-history-answer = поступил ответ заявителя
case-history-prepare = решение подготовлено
case-history-request-sign-off = запрошено согласование
case-history-sign-off = согласовано и закрыто
case-history-send-back = возвращено на доработку
case-history-filed = подшито в папку
case-history-note = написана заметка
case-history-by-applicant = заявитель
case-history-by-system = система

## Поиск в бэк-офисе
search-title = Поиск
search-label = Поисковые слова
search-hint = Дела, папки и документы ваших подразделений, включая текст в PDF и сканах. Слова находятся во всех формах; должны встречаться все слова, «в кавычках» — как словосочетание.
search-submit = Искать
search-count = { $count ->
    [0] Ничего не найдено
    [one] { $count } результат
    [few] { $count } результата
   *[other] { $count } результатов
}
search-shown = Показаны { $count } лучших результатов. Уточните поиск другими словами или фильтрами.
search-facets-label = Уточнить результаты
search-facet-all = показать все
search-facet-kind = Вид
search-facet-unit = Подразделение
search-facet-year = Год
search-facet-state = Состояние
search-kind-vorgang = Дело
search-kind-akte = Папка дел
search-kind-dokument = Документ
search-hit-unit = Подразделение { $unit }
search-too-long = Введите не более 200 символов.

## Повторное рассмотрение
case-resubmission-heading = Повторное рассмотрение
case-resubmission-none = Дата повторного рассмотрения не установлена.
case-resubmission-set = Повторное рассмотрение { $date }.
case-resubmission-due = Повторное рассмотрение наступило { $date }.
case-resubmission-label = Дата повторного рассмотрения
case-resubmission-hint = Например, 15 3 2027. В этот день тот, кто ведёт дело, получит напоминание, а дело будет отмечено во входящих.
case-resubmission-submit = Установить повторное рассмотрение
case-resubmission-done = Повторное рассмотрение выполнено
case-resubmission-invalid = Введите правильную дату: день, месяц и год.
case-resubmission-past = Дата повторного рассмотрения должна быть позже сегодняшнего дня.
case-resubmission-too-far = Дата повторного рассмотрения может быть не позднее чем через два года.
case-refused-resubmission = Повторное рассмотрение устанавливают только тот, кто ведёт дело, и руководители команды подразделения.
case-history-resubmission = Повторное рассмотрение установлено
case-history-resubmission-cleared = Повторное рассмотрение выполнено
inbox-resubmission = Повторное рассмотрение { $date }
inbox-filter-resubmission = Только дела, срок повторного рассмотрения которых наступил
case-preview-show = Показать предпросмотр { $name }
case-preview-alt = Предпросмотр { $name }

## Показатели
dashboard-title = Показатели
dashboard-intro = Дела ваших подразделений в цифрах; каждая диаграмма с таблицей тех же значений.
dashboard-by-state = Дела по состоянию
dashboard-by-state-summary = Столбчатая диаграмма: количество дел по состоянию; значения — в таблице ниже.
dashboard-count = Количество
dashboard-per-week = Поступило и завершено по календарным неделям
dashboard-per-week-summary = Столбчатая диаграмма: поступившие дела по календарным неделям за последние двенадцать недель; значения — в таблице ниже.
dashboard-week = Неделя { $week } (с { $date })
dashboard-week-heading = Календарная неделя
dashboard-received = поступило
dashboard-closed = завершено
dashboard-units = По подразделениям
dashboard-unit = Подразделение
dashboard-open = открыто
dashboard-overdue = просрочено
dashboard-median = Срок обработки (медиана)
dashboard-median-none = пока ни одно не завершено
dashboard-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[other] { $count } дней
}
akte-closed = Закрыто
akte-closed-kept = { $date }; хранить до конца { $year } года
akte-close-note = В закрытую папку дел ничего не добавляется; срок хранения отсчитывается с конца года.
akte-close = Закрыть папку дел
akte-refused-close = Папки дел закрывают руководители команды подразделения.
akte-refused-closed-already = Папка дел уже закрыта.

## Aussonderung
akte-refused-ausgesondert = Это дело уже изъято; его содержимое удалено.
akte-refused-not-due = Это дело ещё не подлежит изъятию: оно должно быть закрыто, а срок хранения — истечь.
akte-refused-not-exported = Сначала скачайте пакет для изъятия и передайте его в архив.
akte-disposed-heading = Изъято
akte-disposed = Изъято { $date } по истечении срока хранения. Удалено документов: { $documents }, производств: { $cases }. Остаётся только эта запись.
disposal-title = Изъятие дел
disposal-intro = Срок хранения этих закрытых дел истёк. Предложите каждое архиву: скачайте его пакет xdomea и передайте в архив. После этого дело изымается.
disposal-what-goes = Изъятие безвозвратно удаляет все документы с их версиями и файлами, производства дела с заявлениями, запросами и заметками, а также их записи в поиске. Остаются номер дела, даты и количество удалённого; журнал аудита называет, кто провёл изъятие.
disposal-none = Нет дел, подлежащих изъятию.
disposal-confirm = Архив принял пакет или отказался от него. Содержимое этого дела можно безвозвратно удалить.
disposal-button = Изъять дело
disposal-export-first = Сначала скачайте пакет и передайте его в архив; после этого дело можно изъять здесь.
disposal-archival = Архивная ценность по номенклатуре дел
disposal-archival-yes = имеет архивную ценность: архив, вероятно, примет его
disposal-archival-no = не имеет архивной ценности: решает архив
disposal-retained-through = Хранить до конца года
disposal-done = Дело { $aktenzeichen } изъято. Удалено документов: { $documents }, производств: { $cases }.
disposal-confirm-missing = Подтвердите, что архив принял пакет или отказался от него.
back-office-records-heading = Делопроизводство

## API for Fachverfahren
api-error-unauthorized = Отсутствует действительный ключ доступа (bearer token).
api-error-forbidden = У этого ключа доступа нет такого права.
api-error-not-found = Для этого подключения такого производства или файла нет.
api-refused-state-now = Из текущего состояния производство не может перейти туда.
api-refused-state-people = Согласование, запросы на дополнение и закрытие выполняют сотрудники администрации, а не интеграция.
api-refused-not-filed = Производство не подшито в открытое дело; документы можно добавить только после подшивки.
api-invalid-title = Укажите название от 1 до 200 символов.
api-invalid-size = Файл пуст или больше 20 МБ.
api-invalid-type = Принимаются только PDF, PNG и JPEG; решает содержимое.
api-invalid-infected = Файл содержит вредоносную программу и не принят.
api-invalid-query = Параметр адреса неизвестен или не является числом от 0.
api-invalid-body = Ожидается объект JSON ровно с полем «state».
api-invalid-state = Такого состояния нет.
api-client-webhook-invalid = Адрес вебхука не является действительным адресом https.
api-client-webhook-not-https = Вебхуки отправляются только по https; без шифрования — только на этот компьютер.
api-client-name-invalid = Укажите имя от 1 до 100 символов.
api-client-scope-invalid = Укажите хотя бы одно право: cases:read или cases:write.
api-client-unit-invalid = Укажите хотя бы одно существующее подразделение.
akte-document-application = Заявление { $reference }

## Anbindungen (integrations page)
api-clients-title = Интеграции
api-clients-intro = Профильные системы через интерфейс получают производства своих подразделений, сообщают об их состоянии и добавляют документы в дела. У каждой интеграции свой ключ доступа.
api-clients-openapi = Описание интерфейса (OpenAPI)
api-clients-add-heading = Добавить интеграцию
api-clients-add-submit = Добавить интеграцию
api-client-name-label = Название
api-client-name-hint = Так она отображается в журнале, например «Система водного ведомства».
api-client-units-label = Подразделения
api-client-scopes-label = Права
api-client-scope-read = Читать производства и их файлы
api-client-scope-write = Сообщать состояние и добавлять документы в дела
api-client-webhook-label = Адрес вебхука
api-client-webhook-hint = Необязательно. Портал сообщает туда о каждом изменении в производствах подразделений, с подписью. Только https.
api-client-no-webhook = нет
api-client-created = Добавлена
api-client-state = Состояние
api-client-revoked = отозвана
api-client-revoke = Отозвать
api-client-created-title = Интеграция { $name } добавлена
api-client-created-intro = Передайте ключ доступа и секрет вебхука тем, кто обслуживает профильную систему, безопасным путём.
api-client-token = Ключ доступа
api-client-webhook-secret = Секрет вебхука
api-client-created-once = Оба показаны только сейчас и нигде не хранятся в открытом виде. Если они утеряны, отзовите интеграцию и добавьте новую.

## Delivery of decisions
delivery-paper-no-postfach = На бумаге: заявление поступило не из учётной записи с почтовым ящиком.
delivery-paper-no-consent = На бумаге: лицо не согласилось на цифровое вручение.
delivery-paper-service = На бумаге: эта услуга требует официального вручения.
delivery-paper-not-retrieved = На бумаге: решение не было получено из почтового ящика в течение десяти дней после уведомления.
