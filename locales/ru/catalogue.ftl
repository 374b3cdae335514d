catalogue-title = Услуги
catalogue-town-label = Город или община
catalogue-town-all = Все города и общины
catalogue-life-situations = Жизненные ситуации
catalogue-all-situations = Все жизненные ситуации
catalogue-count = { $count ->
    [0] Нет услуг
    [one] { $count } услуга
    [few] { $count } услуги
   *[other] { $count } услуг
}
catalogue-count-for = { $count ->
    [0] Нет услуг по запросу «{ $query }»
    [one] { $count } услуга по запросу «{ $query }»
    [few] { $count } услуги по запросу «{ $query }»
   *[other] { $count } услуг по запросу «{ $query }»
}
catalogue-none = Мы не нашли подходящей услуги. Попробуйте другое слово или ищите без фильтров.
catalogue-show-all = Показать все услуги
life-situation-familie-und-kinder = Семья и дети
life-situation-gesundheit = Здоровье
life-situation-bauen-und-wohnen = Строительство и жильё
life-situation-umwelt-und-natur = Окружающая среда и природа
life-situation-tiere-und-jagd = Животные и охота
life-situation-mobilitaet-und-verkehr = Транспорт и движение
life-situation-arbeit-und-beruf = Работа и профессия
life-situation-aufenthalt-und-migration = Пребывание и миграция
life-situation-soziales = Социальная поддержка
breadcrumbs-label = Вы здесь
service-what-you-need = Что вам нужно
service-no-documents = Вам не нужны никакие документы.
service-costs = Стоимость
service-duration = Сроки
service-processing-time = Срок рассмотрения: { $time }
service-minutes-to-complete = { $minutes ->
    [one] Заполнение занимает примерно { $minutes } минуту.
    [few] Заполнение занимает примерно { $minutes } минуты.
   *[other] Заполнение занимает примерно { $minutes } минут.
}
service-responsible = Ответственный орган
service-responsible-district = { $unit }, { $authority }
service-legal-basis = Правовая основа
service-apply = Подать заявление
service-resume-hint = Вы уже начали?
service-resume-link = Продолжить сохранённое заявление
