mail-feedback-subject = Повідомлення про доступність № { $number }
mail-feedback-body =
    Через портал надійшло повідомлення про доступність.

    Номер: { $number }
    Надійшло: { $received }
    Мова сторінки: { $language }
    Сторінка: { $page }
    Ім'я: { $name }
    Електронна пошта: { $email }

    Повідомлення:
    { $message }

    Будь ласка, дайте відповідь не пізніше ніж за місяць, якщо вказано адресу електронної пошти.
mail-feedback-not-given = не вказано

mail-confirmation-subject = Вашу заяву отримано: { $reference }
mail-confirmation-body =
    Добрий день,

    ми отримали вашу заяву «{ $service }» { $date }.

    Номер звернення: { $reference }
    Код доступу: { $code }

    Стан вашої заяви ви будь-коли можете переглянути на { $link } за номером звернення та кодом доступу.

    Цей лист створено автоматично. Будь ласка, не відповідайте на нього.
mail-resume-subject = Ваша збережена заява: { $service }
mail-resume-body =
    Добрий день,

    ви зберегли свою заяву «{ $service }». Продовжте за цим посиланням:

    { $link }

    Або введіть цей код на порталі в розділі «Продовжити збережену заяву»: { $code }

    Ваші дані зберігаються до { $date }.

    Цей лист створено автоматично. Будь ласка, не відповідайте на нього.
mail-expiry-subject = Вашу заяву незабаром буде видалено: { $service }
mail-expiry-body =
    Добрий день,

    вашу незавершену заяву «{ $service }» буде видалено { $date }, якщо ви не продовжите її до того часу.

    Продовжити тут: { $link }

    Цей лист створено автоматично. Будь ласка, не відповідайте на нього.
mail-invitation-subject = Запрошення до «{ $organisation }» у Kreisportal
mail-invitation-body =
    Добрий день,

    Вас запрошено приєднатися до організації «{ $organisation }» у Kreisportal. Прийміть запрошення за цим посиланням (для цього потрібно увійти):

    { $link }

    Посилання дійсне { $days } дн. Якщо ви не очікували запрошення, можете видалити цей лист.

# $service, $reference, $link: the service's title, the reference and the answer page.
mail-information-request-subject = Запитання щодо вашої заяви { $reference }
mail-information-request-body =
    Добрий день,

    у нас є запитання щодо вашої заяви «{ $service }» (номер { $reference }).

    Будь ласка, прочитайте його та дайте відповідь тут: { $link }

    Розгляд зупинено, доки не надійде ваша відповідь.

    Цей лист створено автоматично. Будь ласка, не відповідайте на нього.

# Staff mail about deadlines. $name: the staff member; $reference, $service, $due, $link: the
# case; $date, $open, $overdue, $soon, $unassigned, $link: the digest.
mail-deadline-reminder-subject = Строк спливає: справа { $reference }
mail-deadline-escalation-subject = Строк минув: справа { $reference }
mail-digest-subject = Ваші вхідні на { $date }
mail-deadline-reminder-body =
    Добрий день, { $name }!

    Справу { $reference } («{ $service }») треба опрацювати до { $due }.

    Відкрити справу: { $link }
mail-deadline-escalation-body =
    Добрий день, { $name }!

    Строк опрацювання справи { $reference } («{ $service }») минув { $due }. Ви отримуєте це повідомлення як керівник команди підрозділу.

    Відкрити справу: { $link }
mail-digest-body =
    Добрий день, { $name }!

    У ваших вхідних { $open } відкритих справ, призначених вам або ще нікому: прострочених { $overdue }, зі строком у найближчі два дні { $soon }, ще не взятих { $unassigned }.

    Відкрити вхідні: { $link }

mail-resubmission-subject = Повторний розгляд: справа { $reference }
mail-resubmission-body =
    Добрий день, { $name }!

    Справа { $reference } («{ $service }») сьогодні знову у вас на повторному розгляді.

    До справи: { $link }

# The notice of a new Postfach message: no content, only the link. $link: the message.
mail-postfach-subject = Нове повідомлення у вашій поштовій скриньці на Kreisportal
mail-postfach-body =
    Добрий день,

    у вашій поштовій скриньці на Kreisportal є нове повідомлення для вас.

    Увійдіть, щоб його прочитати: { $link }

    Для захисту ваших даних цей лист нічого не повідомляє про його зміст.

    Цей лист створено автоматично. Будь ласка, не відповідайте на нього.
