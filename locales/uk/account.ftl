nav-login = Увійти
nav-account = Мій обліковий запис
nav-logout = Вийти
account-nav-label = Обліковий запис
trust-level-basis = базовий (ім’я користувача й пароль)
trust-level-substantiell = суттєвий (наприклад, сертифікат ELSTER)
trust-level-hoch = високий (онлайн-посвідчення)
account-title = Мій обліковий запис
account-greeting = Ви увійшли як { $name }
account-level = Ваш рівень входу: { $level }
account-applications-heading = Мої заяви
account-applications-none = Ви ще не розпочали жодної заяви з цим обліковим записом.
account-application-draft = Чернетка, зберігається до { $date }
account-application-submitted = Подано { $date } під номером { $reference }. Стан: { $state }
account-application-continue = Продовжити
account-application-receipt = Переглянути підтвердження отримання
account-sessions-heading = Пристрої, на яких виконано вхід
account-session = { $device }, вхід { $date }
account-session-current = цей пристрій
account-logout-everywhere = Вийти на всіх пристроях
login-required-title = Потрібен вхід
login-required-text = Щоб подати заяву «{ $service }», увійдіть з рівнем входу { $level }.
login-required-higher = Ви увійшли з рівнем { $current }. Увійдіть ще раз за допомогою надійнішого способу. Ваші дані залишаються збереженими.
login-required-button = Увійти
login-required-owner = Ця заява належить до облікового запису. Увійдіть із цим обліковим записом, щоб відкрити її.
login-required-unavailable = Вхід для цього порталу зараз не налаштовано. Зверніться до відповідного органу.
login-failed-title = Вхід не завершено
login-failed-text = Вхід було скасовано або він тривав надто довго. Спробуйте ще раз.
login-unavailable-title = Вхід зараз неможливий
login-unavailable-text = Служба входу зараз не відповідає. Спробуйте ще раз за кілька хвилин. Ваші збережені дані зберігаються.
login-try-again = Увійти знову
logged-out-title = Ви вийшли
logged-out-text = Ви вийшли з облікового запису. Ваші заяви залишаються в ньому збереженими.
logged-out-everywhere = Ви вийшли на всіх пристроях. Ваші заяви залишаються в обліковому записі збереженими.

account-data-heading = Ваші дані
account-data-link = Переглянути та завантажити мої збережені дані
account-delete-link = Видалити обліковий запис
data-title = Мої збережені дані
data-intro = Тут ви бачите все, що портал зберіг про вас (ст. 15 GDPR). Файл JSON містить те саме у машиночитаному вигляді, наприклад для іншого сервісу (ст. 20 GDPR).
data-download = Завантажити мої дані як файл JSON
data-account-heading = З вашого облікового запису
data-name = Ім’я
data-birth-date = Дата народження
data-email = Адреса електронної пошти
data-address = Адреса
data-provider = Служба входу
data-created = Обліковий запис створено
data-last-login = Останній вхід
data-not-given = не передано
data-applications-none = З цим обліковим записом не розпочато жодної заяви.
data-started = Розпочато { $date }
data-no-answers = Ще немає відомостей.
data-files = Завантажені файли
delete-title = Видалити обліковий запис
delete-intro = Якщо ви видалите свій обліковий запис, одразу й остаточно буде видалено:
delete-what-account = ваш обліковий запис із даними, які передала служба входу
delete-what-sessions = ваші входи на всіх пристроях
delete-what-drafts = { $count ->
    [0] відкриті чернетки (у вас їх немає)
   *[other] ваші відкриті чернетки ({ $count }) з їхніми файлами
}
delete-kept-heading = Що зберігається
delete-kept = { $count ->
    [0] У вас немає поданих заяв.
   *[other] Подані заяви ({ $count }) належать до справ відповідальної установи. Вони зберігаються до закінчення встановленого законом строку зберігання, зазвичай десять років після завершення провадження. Після цього вони не пов’язані з жодним обліковим записом; відповідальна установа може надати вам інформацію за номером справи.
}
delete-log = Журнал порталу фіксує лише те, що обліковий запис було видалено, без ваших даних.
delete-export-first = Спершу ви можете завантажити свої дані:
delete-confirm = Так, я хочу остаточно видалити свій обліковий запис
delete-confirm-missing = Підтвердьте, що хочете видалити свій обліковий запис
delete-button = Видалити обліковий запис
deleted-title = Ваш обліковий запис видалено
deleted-text = Ваш обліковий запис, ваші входи та відкриті чернетки видалено. Відповідальна установа продовжує розглядати подані заяви.

timeout-title = Ваш вхід незабаром завершиться
timeout-idle = Ви деякий час були неактивні. Для вашого захисту вас буде виведено з системи менш ніж за три хвилини. Ваші дані збережено.
timeout-end = Ваш вхід завершиться менш ніж за три хвилини, і з міркувань безпеки його не можна продовжити. Ваші дані збережено; після цього просто увійдіть знову.
timeout-stay = Залишитися в системі
timeout-understood = Зрозуміло
delete-sole-administrator = Ви єдиний адміністратор: { $organisations }. Спершу призначте адміністратором когось іншого або вилучіть інших учасників; після цього ви зможете видалити обліковий запис.

## Postfach
postfach-title = Поштова скринька
postfach-intro = Тут адміністрація вручає вам повідомлення та рішення в цифровому вигляді. Ми повідомимо вас електронною поштою, коли надійде щось нове.
postfach-own-heading = Ваша поштова скринька
postfach-organisation-heading = Поштова скринька { $name }
postfach-empty = Повідомлень немає.
postfach-with-letter = з листом (PDF)
postfach-column-subject = Тема
postfach-column-received = Надійшло
postfach-column-state = Стан
postfach-column-letter = Додаток
postfach-state-new = нове
postfach-state-read = відкрито { $date }
postfach-state-post = надіслано поштою { $date }
postfach-received-on = Надійшло { $date }
postfach-announced-on = Це рішення вважається оголошеним { $date } (наступного дня після першого отримання, § 41 абз. 2a VwVfG).
postfach-appeal-until = Заперечення можна подати до { $date } включно.
postfach-by-post = Це рішення не було отримано протягом десяти днів, тому { $date } його надіслано вам поштою. Тут воно більше недоступне.
postfach-letter-link = Завантажити лист: { $file }
data-postfach-count = Кількість повідомлень у вашій скриньці: { $count }.
postfach-consent-heading = Отримання рішень у цифровому вигляді
postfach-consent-explained = Якщо ви погодитеся, ми вручатимемо вам рішення тут замість паперу. Рішення вважається оголошеним наступного дня після першого відкриття; якщо ви не відкриєте його протягом десяти днів, ми надішлемо його поштою. Згоду можна будь-коли відкликати.
postfach-consent-none = Наразі ви отримуєте рішення на папері.
postfach-consent-given = Ви отримуєте рішення в цифровому вигляді (згода від { $date }).
postfach-consent-give = Отримувати рішення в цифровому вигляді
postfach-consent-withdraw = Відкликати згоду
