apply-saved-until = Ваші дані зберігаються після кожного кроку до { $date }. З кодом { $code } ви зможете продовжити пізніше.
apply-back = Назад
apply-continue = Далі
apply-save-and-return = Зберегти й повернутися до огляду
apply-save-for-later = Зберегти й продовжити пізніше
apply-progress = Крок { $current } з { $total }
apply-change = Змінити
apply-not-answered = Не вказано
apply-costs = Вартість
apply-check-title = Перевірте свої дані
apply-declaration-heading = Заява
apply-declaration = Я запевняю, що мої дані повні та правильні. Мені відомо, що неправдиві дані можуть мати правові наслідки.
apply-declaration-missing = Підтвердьте заяву, щоб надіслати її
apply-submit = Надіслати заяву остаточно

receipt-title = Вашу заяву отримано
receipt-reference-label = Ваш номер звернення
receipt-received = Ми отримали вашу заяву «{ $service }» { $date }.
receipt-mailed = Ми надіслали вам підтвердження електронною поштою.
receipt-status-heading = Дізнатися стан
receipt-access-code = Ваш код доступу: { $code }. Зберігайте його; ми показуємо його лише тут і в підтвердженні.
receipt-status-how = За номером звернення { $reference } і кодом доступу ви будь-коли можете дізнатися, на якому етапі ваша заява.
receipt-status-link = Дізнатися стан заяви
receipt-next-heading = Що буде далі
receipt-next = Відповідальний орган розгляне вашу заяву. Розгляд зазвичай триває { $time }. Якщо чогось бракуватиме, ми з вами зв'яжемося.

status-title = Стан заяви
status-intro = Введіть номер звернення та код доступу з підтвердження отримання.
status-result-heading = Заява { $reference }
status-result-service = «{ $service }», отримано { $date }
status-result-state = Стан:
status-not-found = Ми не знайшли заяви з таким номером звернення та кодом доступу. Перевірте, будь ласка, обидва.
status-reference-label = Номер звернення
status-reference-hint = Наприклад, KU-2026-000123
status-code-label = Код доступу
status-code-hint = Дванадцять символів, наприклад K7QF-M2XR-9HTW
status-submit = Показати стан
status-reference-invalid = Введіть номер звернення так, як він указаний у підтвердженні, наприклад KU-2026-000123
status-code-invalid = Введіть код доступу з його дванадцятьма символами, наприклад K7QF-M2XR-9HTW

resume-title = Продовжити збережену заяву
resume-intro = Введіть код, який ви отримали під час збереження. Він також є під кожним кроком заяви та в листі з посиланням.
resume-code-label = Код для продовження
resume-code-hint = 20 символів, наприклад KP7Q-M2XR-9HTW-4BZE-JN6C
resume-submit = Продовжити
resume-code-missing = Введіть код для продовження
resume-code-invalid = Код має 20 символів із цифр і літер, наприклад KP7Q-M2XR-9HTW-4BZE-JN6C
resume-code-unknown = Збереженої заяви з таким кодом немає. Чернетки видаляються через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } після останньої зміни.

saved-title = Ваші дані збережено
saved-until = Ви можете продовжити до { $date }. Після цього ми видалимо ваші дані.
saved-link-sent = Ми надіслали вам посилання електронною поштою.
saved-how-heading = Як продовжити
saved-link-label = Відкрийте це посилання, також на іншому пристрої:
saved-code = Або введіть цей код на головній сторінці в розділі «Продовжити збережену заяву»: { $code }
saved-mail-heading = Отримати посилання електронною поштою
saved-mail-label = Ваша адреса електронної пошти
saved-mail-hint = Ми надішлемо вам посилання та нагадаємо, перш ніж видалити ваші дані.
saved-mail-submit = Надіслати посилання
saved-mail-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com
saved-continue-now = Продовжити зараз

draft-not-found-title = Заяву не знайдено
draft-not-found-text = Такої заяви немає або вже немає. Можливо, посилання неповне. Чернетки видаляються через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } після останньої зміни.
draft-not-found-resume = Продовжити заяву за кодом

case-state-eingegangen = Отримано. Ваша заява чекає на розгляд.
case-state-in-bearbeitung = Розглядається
case-state-nachforderung = Нам потрібно від вас ще дещо. Посилання на наше запитання є в нашому листі та у вашому обліковому записі.
case-state-entscheidung-vorbereitet = Рішення готується.
case-state-mitzeichnung = Рішення перевіряється.
case-state-abgeschlossen = Завершено. Рішення ви отримаєте до своєї поштової скриньки або поштою.

receipt-pdf-link = Завантажити підтвердження отримання у форматі PDF
pdf-receipt-title = Підтвердження отримання
pdf-receipt-service = Послуга
pdf-receipt-reference = Номер заяви
pdf-receipt-submitted = Дата отримання
pdf-receipt-authority = Відповідальний орган
pdf-receipt-access-code = Код доступу
pdf-receipt-machine = Це підтвердження створено автоматично і не має підпису.
pdf-receipt-translation = Цей переклад — для вас. Чинною є німецька версія на початку цього документа.
pdf-page = Сторінка { $page } з { $pages }

## Answering a Nachforderung
information-answer-empty = Напишіть відповідь або виберіть щонайменше один файл
information-answer-too-long = Ваша відповідь може містити щонайбільше 4000 символів
information-answer-files-label = Файли до відповіді
answer-title = Запитання щодо вашої заяви { $reference }
answer-question-heading = Наше запитання від { $date }
answer-text-label = Ваша відповідь
answer-text-hint = Якщо файли все пояснюють, поле можна залишити порожнім.
answer-files-hint = PDF, JPG або PNG, щонайбільше { $megabytes } МБ на файл і { $max } файлів. Можна вибрати кілька файлів одразу.
answer-submit = Надіслати відповідь
answer-sent-title = Вашу відповідь отримано
answer-sent-body = Ми отримали вашу відповідь щодо заяви { $reference } і продовжуємо її розгляд.
answer-nothing-title = Відкритих запитань немає
answer-nothing-body = Зараз немає запитань щодо вашої заяви { $reference }, на які потрібно відповісти.
answer-back-to-receipt = Назад до вашої заяви
receipt-question-heading = У нас є запитання
receipt-question-body = Щоб продовжити розгляд вашої заяви, нам потрібно від вас ще дещо.
receipt-question-link = Відповісти на запитання
