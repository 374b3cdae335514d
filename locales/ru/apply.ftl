apply-saved-until = Ваши данные сохраняются после каждого шага до { $date }. С кодом { $code } вы сможете продолжить позже.
apply-back = Назад
apply-continue = Далее
apply-save-and-return = Сохранить и вернуться к обзору
apply-save-for-later = Сохранить и продолжить позже
apply-progress = Шаг { $current } из { $total }
apply-change = Изменить
apply-not-answered = Не указано
apply-costs = Стоимость
apply-check-title = Проверьте свои данные
apply-declaration-heading = Заверение
apply-declaration = Я заверяю, что мои данные полны и верны. Мне известно, что неверные данные могут иметь правовые последствия.
apply-declaration-missing = Подтвердите заверение, чтобы отправить заявление
apply-submit = Отправить заявление окончательно

receipt-title = Ваше заявление получено
receipt-reference-label = Ваш номер обращения
receipt-received = Мы получили ваше заявление «{ $service }» { $date }.
receipt-mailed = Мы отправили вам подтверждение по электронной почте.
receipt-status-heading = Узнать статус
receipt-access-code = Ваш код доступа: { $code }. Сохраните его; мы показываем его только здесь и в подтверждении.
receipt-status-how = По номеру обращения { $reference } и коду доступа вы в любое время можете узнать, на каком этапе ваше заявление.
receipt-status-link = Узнать статус заявления
receipt-next-heading = Что будет дальше
receipt-next = Ответственный орган рассмотрит ваше заявление. Рассмотрение обычно занимает { $time }. Если чего-то не хватит, мы с вами свяжемся.

status-title = Статус заявления
status-intro = Введите номер обращения и код доступа из подтверждения получения.
status-result-heading = Заявление { $reference }
status-result-service = «{ $service }», получено { $date }
status-result-state = Статус:
status-not-found = Мы не нашли заявления с таким номером обращения и кодом доступа. Пожалуйста, проверьте оба.
status-reference-label = Номер обращения
status-reference-hint = Например, KU-2026-000123
status-code-label = Код доступа
status-code-hint = Двенадцать символов, например K7QF-M2XR-9HTW
status-submit = Показать статус
status-reference-invalid = Введите номер обращения так, как он указан в подтверждении, например KU-2026-000123
status-code-invalid = Введите код доступа из двенадцати символов, например K7QF-M2XR-9HTW

resume-title = Продолжить сохранённое заявление
resume-intro = Введите код, полученный при сохранении. Он также указан под каждым шагом заявления и в письме со ссылкой.
resume-code-label = Код для продолжения
resume-code-hint = 20 символов, например KP7Q-M2XR-9HTW-4BZE-JN6C
resume-submit = Продолжить
resume-code-missing = Введите код для продолжения
resume-code-invalid = Код состоит из 20 символов — цифр и букв, например KP7Q-M2XR-9HTW-4BZE-JN6C
resume-code-unknown = Сохранённого заявления с таким кодом нет. Черновики удаляются через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } после последнего изменения.

saved-title = Ваши данные сохранены
saved-until = Вы можете продолжить до { $date }. После этого мы удалим ваши данные.
saved-link-sent = Мы отправили вам ссылку по электронной почте.
saved-how-heading = Как продолжить
saved-link-label = Откройте эту ссылку, в том числе на другом устройстве:
saved-code = Или введите этот код на главной странице в разделе «Продолжить сохранённое заявление»: { $code }
saved-mail-heading = Получить ссылку по электронной почте
saved-mail-label = Ваш адрес электронной почты
saved-mail-hint = Мы отправим вам ссылку и напомним, прежде чем удалить ваши данные.
saved-mail-submit = Отправить ссылку
saved-mail-invalid = Введите адрес электронной почты в правильном формате, например name@example.com
saved-continue-now = Продолжить сейчас

draft-not-found-title = Заявление не найдено
draft-not-found-text = Такого заявления нет или уже нет. Возможно, ссылка неполная. Черновики удаляются через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } после последнего изменения.
draft-not-found-resume = Продолжить заявление по коду

case-state-eingegangen = Получено. Ваше заявление ожидает рассмотрения.
case-state-in-bearbeitung = Рассматривается
case-state-nachforderung = Нам нужно от вас ещё кое-что. Ссылку на наш вопрос вы найдёте в нашем письме и в своей учётной записи.
case-state-entscheidung-vorbereitet = Решение готовится.
case-state-mitzeichnung = Решение проверяется.
case-state-abgeschlossen = Завершено. Решение вы получите в свой почтовый ящик или по почте.

receipt-pdf-link = Скачать подтверждение получения в формате PDF
pdf-receipt-title = Подтверждение получения
pdf-receipt-service = Услуга
pdf-receipt-reference = Номер заявления
pdf-receipt-submitted = Дата получения
pdf-receipt-authority = Ответственный орган
pdf-receipt-access-code = Код доступа
pdf-receipt-machine = Это подтверждение создано автоматически и не содержит подписи.
pdf-receipt-translation = Этот перевод — для вас. Действительной является немецкая версия в начале этого документа.
pdf-page = Страница { $page } из { $pages }

## Answering a Nachforderung
information-answer-empty = Напишите ответ или выберите хотя бы один файл
information-answer-too-long = Ваш ответ может содержать не более 4000 символов
information-answer-files-label = Файлы к ответу
answer-title = Вопрос по вашему заявлению { $reference }
answer-question-heading = Наш вопрос от { $date }
answer-text-label = Ваш ответ
answer-text-hint = Если файлы всё объясняют, поле можно оставить пустым.
answer-files-hint = PDF, JPG или PNG, не более { $megabytes } МБ на файл и не более { $max } файлов. Можно выбрать несколько файлов сразу.
answer-submit = Отправить ответ
answer-sent-title = Ваш ответ получен
answer-sent-body = Мы получили ваш ответ по заявлению { $reference } и продолжаем его рассмотрение.
answer-nothing-title = Открытых вопросов нет
answer-nothing-body = Сейчас нет вопросов по вашему заявлению { $reference }, на которые нужно ответить.
answer-back-to-receipt = Назад к вашему заявлению
receipt-question-heading = У нас есть вопрос
receipt-question-body = Чтобы продолжить рассмотрение вашего заявления, нам нужно от вас ещё кое-что.
receipt-question-link = Ответить на вопрос
