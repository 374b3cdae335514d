staff-role-caseworker = Обробка справ
staff-role-team-lead = Керівництво командою
staff-role-records-manager = Діловодство
staff-role-print-operator = Обслуговування друку
staff-role-administrator = Адміністрування
staff-role-auditor = Аудит (лише читання)
staff-error-unit-missing = Виберіть підрозділ, для якого діє роль
staff-error-unit-not-expected = Ця роль діє для всієї адміністрації; не вибирайте підрозділ
staff-error-unit-unknown = Виберіть підрозділ зі списку
staff-error-role = Виберіть роль зі списку
staff-error-username = Введіть ім’я користувача від 3 до 40 символів: малі латинські літери, цифри, крапка, дефіс або підкреслення, першою має бути літера
staff-error-name = Введіть повне ім’я (не більше 100 символів)
staff-error-email = Введіть адресу електронної пошти у форматі name@example.com
staff-error-username-taken = Це ім’я користувача вже зайняте
staff-error-own-admin = Ви не можете зняти власну роль адміністратора
staff-error-own-account = Ви не можете деактивувати власний обліковий запис
staff-role-label = Роль
staff-unit-label = Підрозділ
staff-unit-hint = Лише для обробки справ і керівництва командою
staff-unit-none = немає (роль для всієї адміністрації)
staff-login-title = Вхід для працівників
staff-login-intro = Увійдіть за допомогою імені користувача, пароля та поточного коду з вашого застосунку автентифікації.
staff-username-label = Ім’я користувача
staff-password-label = Пароль
staff-code-label = Код із застосунку автентифікації
staff-code-hint = Шість цифр, наприклад 123456
staff-login-submit = Увійти
staff-login-failed = Ім’я користувача, пароль або код не збігаються. Спробуйте ще раз.
back-office-title = Адміністрація
back-office-greeting = Добрий день, { $name }
back-office-roles-heading = Ваші ролі
back-office-admin-heading = Адміністрування системи
staff-list-title = Працівники
staff-active = активний
staff-inactive = деактивований
staff-name-label = Повне ім’я
staff-roles-heading = Ролі
staff-state-heading = Стан
staff-add-heading = Додати працівника
staff-username-hint = Від 3 до 40 символів: малі латинські літери, цифри, крапка, дефіс або підкреслення
staff-email-label = Адреса електронної пошти
staff-add-submit = Додати
staff-created-title = { $name } додано
staff-created-intro = Передайте ці дані для входу особисто. Пароль призначений для першого входу; секрет налаштовується в застосунку автентифікації (як QR-код з адреси або вручну).
staff-initial-password = Початковий пароль
staff-totp-secret = Секрет для застосунку автентифікації
staff-totp-address = Адреса для застосунку автентифікації
staff-created-once = Ці дані показуються лише зараз і ніде не зберігаються відкритим текстом.
staff-revoke = Зняти
staff-deactivate = Деактивувати
staff-activate = Знову активувати
staff-grant-heading = Додати роль для { $name }
staff-grant-submit = Додати роль
staff-login-provider = Увійти з обліковим записом адміністрації
staff-login-local-heading = Або за іменем користувача, паролем і кодом
staff-login-no-access = Для вашого облікового запису в службі входу адміністрації тут немає доступу. Зверніться до адміністраторів.
staff-login-provider-failed = Вхід через службу входу було скасовано або він тривав задовго. Спробуйте ще раз.
staff-login-provider-unavailable = Служба входу адміністрації зараз не відповідає. Увійдіть за іменем користувача, паролем і кодом або спробуйте пізніше.

units-title = Організаційні підрозділи
units-intro = Підрозділи адміністрації з адресами для заяв. Ролі працівників і послуги посилаються на номер підрозділу.
units-staff-heading = Працівники з роллю
units-add-heading = Додати підрозділ
units-add-submit = Додати підрозділ
unit-code-label = Номер
unit-code-hint = Номер в організаційному плані, наприклад 69.2. Пізніше його не можна змінити.
unit-name-label = Назва
unit-name-hint = Німецькою. Інші мови показують німецьку назву, доки її не перекладуть.
unit-section-label = Сфера
unit-section-hint = Необов'язково, наприклад «Umwelt und Bauen».
unit-email-label = Адреса електронної пошти
unit-email-hint = На цю адресу пишуть громадяни.
unit-save-submit = Зберегти зміни
unit-saved = Підрозділ збережено.
unit-code-fixed = Номер { $code } (не змінюється)
unit-translations-note = Якщо ви зміните німецьку назву чи сферу, інші мови показуватимуть новий німецький текст, доки його не перекладуть.
unit-error-code = Вкажіть номер у форматі 69 або 69.2 (до чотирьох груп цифр)
unit-error-code-taken = Підрозділ із таким номером уже існує
unit-error-name = Вкажіть назву довжиною не більше 120 символів
unit-error-section = Сфера може містити щонайбільше 120 символів
unit-error-email = Вкажіть адресу електронної пошти у форматі name@example.com

inbox-title = Вхідні
inbox-counts = Справ: { $count }, із них прострочено: { $overdue }
inbox-overdue = прострочено
inbox-unassigned = ще ніхто
inbox-filter-state = Стан
inbox-filter-all = Усі
inbox-filter-reference = Номер справи починається з
inbox-filter-mine = Лише справи, які веду я
inbox-filter-submit = Фільтрувати
case-title = Справа
case-reference = Номер справи
case-service = Послуга
case-received = Надійшло
case-due = Строк
case-state = Стан
case-assignee = Веде
case-take = Взяти справу
case-answers-heading = Дані, як їх подано
case-answers-note = Дані зберігаються у справі так, як їх надіслав заявник, німецькою мовою.
case-documents-heading = Документи
case-no-documents = До цієї заяви немає документів.
case-ki-heading = Попередня перевірка ШІ
case-ki-none = Для цієї справи ще немає попередньої перевірки.
case-step-prepare = Рішення підготовлено
case-step-request-sign-off = Запросити погодження
case-step-sign-off = Погодити й закрити
case-step-send-back = Повернути на доопрацювання
case-refused-state = Цей крок не відповідає стану справи. Можливо, хтось інший щойно її просунув; поточний стан показано нижче.
case-refused-not-assignee = Цей крок може зробити лише той, хто веде справу. Спершу візьміть справу.
case-refused-four-eyes = Погодити має друга особа. Хто запросив погодження, не може дати його сам.
case-label-eingegangen = Надійшло
case-label-in-bearbeitung = В роботі
case-label-nachforderung = Дозапит
case-label-entscheidung-vorbereitet = Рішення підготовлено
case-label-mitzeichnung = На погодженні
case-label-abgeschlossen = Закрито

## Nachforderungen in the case page
case-step-request-information = Надіслати запит на доповнення
case-request-question-missing = Напишіть, що заявник має надіслати або пояснити
case-request-question-too-long = Запит може містити щонайбільше 2000 символів
case-request-question-label = Що заявник має надіслати або пояснити?
case-request-question-hint = Запитання можна прочитати лише на порталі; лист особі повідомляє тільки, що є запитання. Справа чекає на відповідь.
case-requests-heading = Запити на доповнення
case-requests-none = Ще нічого не запитували.
case-request-asked = Запит від { $name }, { $date }
case-request-waiting = Відповіді ще немає.
case-request-answered = Відповідь від { $date }

## The e-Akte: filing a case and an Akte's page
case-refused-filed-already = Справу вже підшито до теки.
case-refused-no-plan-entry = Для цієї послуги немає відповідного запису в номенклатурі справ. Зверніться до реєстратури.
case-refused-akte-not-open = Ця тека не може прийняти справу: вона (вже) не відкрита або належить іншому підрозділу, або справу тим часом підшито.
case-akte-heading = Тека
case-filed-in = Підшито під номером справи
case-not-filed = Ще не підшито.
case-file-plan = Номенклатура справ: { $key } { $title }
case-file-akte-legend = До якої теки?
case-file-new = Відкрити нову теку (номер буде присвоєно)
case-file-title-label = Назва нової теки
case-file-title-hint = Лише для нової теки. Слова, за якими потім шукатимуть, напр. ім'я та підприємство.
case-file-confidentiality-legend = Конфіденційність нової теки
case-file-submit = Підшити до теки
case-file-akte-missing = Виберіть нову або наявну теку
akte-title-missing = Дайте новій теці назву
akte-title-too-long = Назва може містити щонайбільше 200 символів
akte-confidentiality-normal = Звичайна: усі виконавці підрозділу
akte-confidentiality-vertraulich = Конфіденційна: лише керівники команд підрозділу
akte-state-offen = Відкрита
akte-state-geschlossen = Закрита
akte-state-ausgesondert = Вилучена
akte-kind-nachforderung = Відповідь на запит
akte-kind-antrag = Заява
akte-kind-anlage = Додаток
akte-version-not-filed = ще можна змінити
akte-version-filed = підшито { $date }
akte-title = Тека { $aktenzeichen }
akte-subject = Назва
akte-plan = Номенклатура справ
akte-unit = Підрозділ
akte-confidentiality = Конфіденційність
akte-retention = Строк зберігання
akte-state = Стан
akte-created = Відкрито
akte-documents-heading = Документи
akte-column-number = №
akte-column-title = Назва
akte-column-kind = Вид
akte-column-version = Версія
akte-column-file = Файл
akte-column-sha256 = Контрольна сума (SHA-256)
akte-column-filed = Підшито
akte-retention-years =
    { $years ->
        [one] { $years } рік після закриття
        [few] { $years } роки після закриття
       *[other] { $years } років після закриття
    }
akte-export-heading = Передавання до архіву
akte-export-note = Пакет містить теку з усіма справами та документами у форматі xdomea 3.0 (повідомлення 0503) для передавання до архіву.
akte-export-link = Завантажити теку як пакет xdomea (ZIP)

## Vermerke, history and handing a case over
case-refused-assign = Передати справу можуть лише виконавець і керівники команд підрозділу.
case-refused-not-colleague = Справу можна передати лише активним працівникам її підрозділу.
case-assign-label = Передати
case-assign-submit = Передати
case-notes-heading = Примітки
case-notes-none = Приміток ще немає.
case-note-by = Примітка від { $name }, { $date }
case-note-label = Нова примітка
case-note-hint = Лише для працівників; заявник її не бачить. Примітка залишається такою, як її написано.
case-note-submit = Зберегти примітку
case-note-missing = Напишіть примітку
case-note-too-long = Примітка може містити щонайбільше 4000 символів
case-history-heading = Історія
case-history-assign = взято або передано
case-history-request = надіслано запит на доповнення
case-history-answer = надійшла відповідь заявника
case-history-prepare = рішення підготовлено
case-history-request-sign-off = запитано погодження
case-history-sign-off = погоджено й закрито
case-history-send-back = повернуто на доопрацювання
case-history-filed = підшито до теки
case-history-note = написано примітку
case-history-by-applicant = заявник
case-history-by-system = система

## Пошук у бек-офісі
search-title = Пошук
search-label = Пошукові слова
search-hint = Справи, файли та документи ваших організаційних підрозділів, включно з текстом у PDF і сканах. Слова знаходяться в усіх формах; мають траплятися всі слова, «у лапках» — як словосполучення.
search-submit = Шукати
search-count = { $count ->
    [0] Нічого не знайдено
    [one] { $count } результат
    [few] { $count } результати
   *[other] { $count } результатів
}
search-shown = Показано { $count } найкращих результатів. Уточніть пошук іншими словами або фільтрами.
search-facets-label = Уточнити результати
search-facet-all = показати все
search-facet-kind = Вид
search-facet-unit = Підрозділ
search-facet-year = Рік
search-facet-state = Стан
search-kind-vorgang = Справа
search-kind-akte = Файл справ
search-kind-dokument = Документ
search-hit-unit = Підрозділ { $unit }
search-too-long = Введіть не більше 200 символів.

## Повторний розгляд
case-resubmission-heading = Повторний розгляд
case-resubmission-none = Дату повторного розгляду не встановлено.
case-resubmission-set = Повторний розгляд { $date }.
case-resubmission-due = Повторний розгляд настав { $date }.
case-resubmission-label = Дата повторного розгляду
case-resubmission-hint = Наприклад, 15 3 2027. Цього дня той, хто опрацьовує справу, отримає нагадування, а справу буде позначено у вхідних.
case-resubmission-submit = Встановити повторний розгляд
case-resubmission-done = Повторний розгляд виконано
case-resubmission-invalid = Введіть правильну дату: день, місяць і рік.
case-resubmission-past = Дата повторного розгляду має бути пізніше сьогоднішнього дня.
case-resubmission-too-far = Дата повторного розгляду може бути щонайбільше через два роки.
case-refused-resubmission = Повторний розгляд встановлюють лише той, хто опрацьовує справу, і керівники команди підрозділу.
case-history-resubmission = Повторний розгляд встановлено
case-history-resubmission-cleared = Повторний розгляд виконано
inbox-resubmission = Повторний розгляд { $date }
inbox-filter-resubmission = Лише справи, час повторного розгляду яких настав
case-preview-show = Показати попередній перегляд { $name }
case-preview-alt = Попередній перегляд { $name }

## Показники
dashboard-title = Показники
dashboard-intro = Справи ваших організаційних підрозділів у цифрах; кожна діаграма з таблицею тих самих значень.
dashboard-by-state = Справи за станом
dashboard-by-state-summary = Стовпчикова діаграма: кількість справ за станом; значення — у таблиці нижче.
dashboard-count = Кількість
dashboard-per-week = Надійшло й завершено за календарний тиждень
dashboard-per-week-summary = Стовпчикова діаграма: справи, що надійшли за календарний тиждень за останні дванадцять тижнів; значення — у таблиці нижче.
dashboard-week = Тиждень { $week } (з { $date })
dashboard-week-heading = Календарний тиждень
dashboard-received = надійшло
dashboard-closed = завершено
dashboard-units = За підрозділом
dashboard-unit = Підрозділ
dashboard-open = відкрито
dashboard-overdue = прострочено
dashboard-median = Тривалість опрацювання (медіана)
dashboard-median-none = ще жодної не завершено
dashboard-days = { $count ->
    [one] { $count } день
    [few] { $count } дні
   *[other] { $count } днів
}
akte-closed = Закрито
akte-closed-kept = { $date }; зберігати до кінця { $year } року
akte-close-note = До закритого файлу справ нічого не додається; строк зберігання спливає від кінця року.
akte-close = Закрити файл справ
akte-refused-close = Файли справ закривають керівники команди підрозділу.
akte-refused-closed-already = Файл справ уже закрито.

## Aussonderung
akte-refused-ausgesondert = Цю справу вже вилучено; її вміст видалено.
akte-refused-not-due = Ця справа ще не підлягає вилученню: вона має бути закрита, а строк зберігання — завершений.
akte-refused-not-exported = Спочатку завантажте пакет для вилучення й передайте його до архіву.
akte-disposed-heading = Вилучено
akte-disposed = Вилучено { $date } після завершення строку зберігання. Видалено документів: { $documents }, проваджень: { $cases }. Залишається лише цей запис.
disposal-title = Вилучення справ
disposal-intro = Строк зберігання цих закритих справ минув. Запропонуйте кожну архіву: завантажте її пакет xdomea та передайте до архіву. Після цього справу буде вилучено.
disposal-what-goes = Вилучення безповоротно видаляє всі документи з їхніми версіями та файлами, провадження справи з заявами, запитами й примітками, а також їхні записи в пошуку. Залишаються номер справи, дати й кількість видаленого; журнал аудиту називає, хто здійснив вилучення.
disposal-none = Немає справ, що підлягають вилученню.
disposal-confirm = Архів прийняв пакет або відмовився від нього. Вміст цієї справи можна безповоротно видалити.
disposal-button = Вилучити справу
disposal-export-first = Спочатку завантажте пакет і передайте його до архіву; після цього справу можна вилучити тут.
disposal-archival = Архівна цінність за номенклатурою справ
disposal-archival-yes = має архівну цінність: архів, імовірно, прийме її
disposal-archival-no = не має архівної цінності: вирішує архів
disposal-retained-through = Зберігати до кінця року
disposal-done = Справу { $aktenzeichen } вилучено. Видалено документів: { $documents }, проваджень: { $cases }.
disposal-confirm-missing = Підтвердьте, що архів прийняв пакет або відмовився від нього.
back-office-records-heading = Діловодство

## API for Fachverfahren
api-error-unauthorized = Бракує дійсного ключа доступу (bearer token).
api-error-forbidden = Цей ключ доступу не має на це права.
api-error-not-found = Для цього підключення такого провадження чи файлу немає.
api-refused-state-now = Із поточного стану провадження не може перейти туди.
api-refused-state-people = Погодження, запити на доповнення та закриття виконують люди в адміністрації, а не інтеграція.
api-refused-not-filed = Провадження не підшите до відкритої справи; документи можна додати лише після підшивання.
api-invalid-title = Вкажіть назву від 1 до 200 символів.
api-invalid-size = Файл порожній або більший за 20 МБ.
api-invalid-type = Приймаються лише PDF, PNG і JPEG; вирішує вміст.
api-invalid-infected = Файл містить шкідливе програмне забезпечення і не прийнятий.
api-invalid-query = Параметр адреси невідомий або не є числом від 0.
api-invalid-body = Очікується об’єкт JSON рівно з полем «state».
api-invalid-state = Такого стану немає.
api-client-webhook-invalid = Адреса вебхука не є дійсною адресою https.
api-client-webhook-not-https = Вебхуки надсилаються лише через https; без шифрування — тільки на цей комп’ютер.
api-client-name-invalid = Вкажіть назву від 1 до 100 символів.
api-client-scope-invalid = Вкажіть принаймні один дозвіл: cases:read або cases:write.
api-client-unit-invalid = Вкажіть принаймні один наявний підрозділ.
akte-document-application = Заява { $reference }

## Anbindungen (integrations page)
api-clients-title = Інтеграції
api-clients-intro = Фахові системи через інтерфейс отримують провадження своїх підрозділів, повідомляють про їхній стан і додають документи до справ. Кожна інтеграція має власний ключ доступу.
api-clients-openapi = Опис інтерфейсу (OpenAPI)
api-clients-add-heading = Додати інтеграцію
api-clients-add-submit = Додати інтеграцію
api-client-name-label = Назва
api-client-name-hint = Так вона відображається в журналі, наприклад «Система водного відомства».
api-client-units-label = Підрозділи
api-client-scopes-label = Права
api-client-scope-read = Читати провадження та їхні файли
api-client-scope-write = Повідомляти стан і додавати документи до справ
api-client-webhook-label = Адреса вебхука
api-client-webhook-hint = Необов’язково. Портал повідомляє туди про кожну зміну в провадженнях підрозділів, з підписом. Лише https.
api-client-no-webhook = немає
api-client-created = Додано
api-client-state = Стан
api-client-revoked = відкликано
api-client-revoke = Відкликати
api-client-created-title = Інтеграцію { $name } додано
api-client-created-intro = Передайте ключ доступу та секрет вебхука тим, хто обслуговує фахову систему, безпечним шляхом.
api-client-token = Ключ доступу
api-client-webhook-secret = Секрет вебхука
api-client-created-once = Обидва показано лише зараз і ніде не збережено у відкритому вигляді. Якщо їх втрачено, відкличте інтеграцію й додайте нову.

## Delivery of decisions
delivery-paper-no-postfach = На папері: заява надійшла не з облікового запису з поштовою скринькою.
delivery-paper-no-consent = На папері: особа не погодилася на цифрове вручення.
delivery-paper-service = На папері: ця послуга вимагає офіційного вручення.
delivery-paper-not-retrieved = На папері: рішення не було отримано з поштової скриньки протягом десяти днів після повідомлення.
