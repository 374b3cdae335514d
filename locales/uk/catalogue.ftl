catalogue-title = Послуги
catalogue-town-label = Місто або громада
catalogue-town-all = Усі міста та громади
catalogue-life-situations = Життєві ситуації
catalogue-all-situations = Усі життєві ситуації
catalogue-count = { $count ->
    [0] Немає послуг
    [one] { $count } послуга
    [few] { $count } послуги
   *[other] { $count } послуг
}
catalogue-count-for = { $count ->
    [0] Немає послуг за запитом «{ $query }»
    [one] { $count } послуга за запитом «{ $query }»
    [few] { $count } послуги за запитом «{ $query }»
   *[other] { $count } послуг за запитом «{ $query }»
}
catalogue-none = Ми не знайшли відповідної послуги. Спробуйте інше слово або шукайте без фільтрів.
catalogue-show-all = Показати всі послуги
life-situation-familie-und-kinder = Сім'я та діти
life-situation-gesundheit = Здоров'я
life-situation-bauen-und-wohnen = Будівництво та житло
life-situation-umwelt-und-natur = Довкілля та природа
life-situation-tiere-und-jagd = Тварини та полювання
life-situation-mobilitaet-und-verkehr = Транспорт і рух
life-situation-arbeit-und-beruf = Робота та професія
life-situation-aufenthalt-und-migration = Перебування та міграція
life-situation-soziales = Соціальна підтримка
breadcrumbs-label = Ви тут
service-what-you-need = Що вам потрібно
service-no-documents = Вам не потрібні жодні документи.
service-costs = Вартість
service-duration = Тривалість
service-processing-time = Строк розгляду: { $time }
service-minutes-to-complete = { $minutes ->
    [one] Заповнення займає приблизно { $minutes } хвилину.
    [few] Заповнення займає приблизно { $minutes } хвилини.
   *[other] Заповнення займає приблизно { $minutes } хвилин.
}
service-responsible = Відповідальний орган
service-responsible-district = { $unit }, { $authority }
service-legal-basis = Правова основа
service-apply = Подати заяву
service-resume-hint = Ви вже почали?
service-resume-link = Продовжити збережену заяву
