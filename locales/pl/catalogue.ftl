catalogue-title = Usługi
catalogue-town-label = Miasto lub gmina
catalogue-town-all = Wszystkie miasta i gminy
catalogue-life-situations = Sytuacje życiowe
catalogue-all-situations = Wszystkie sytuacje życiowe
catalogue-count = { $count ->
    [0] Brak usług
    [one] Jedna usługa
    [few] { $count } usługi
   *[other] { $count } usług
}
catalogue-count-for = { $count ->
    [0] Brak usług dla „{ $query }”
    [one] Jedna usługa dla „{ $query }”
    [few] { $count } usługi dla „{ $query }”
   *[other] { $count } usług dla „{ $query }”
}
catalogue-none = Nie znaleźliśmy pasującej usługi. Spróbuj innego słowa lub wyszukaj bez filtrów.
catalogue-show-all = Pokaż wszystkie usługi
life-situation-familie-und-kinder = Rodzina i dzieci
life-situation-gesundheit = Zdrowie
life-situation-bauen-und-wohnen = Budownictwo i mieszkanie
life-situation-umwelt-und-natur = Środowisko i przyroda
life-situation-tiere-und-jagd = Zwierzęta i łowiectwo
life-situation-mobilitaet-und-verkehr = Transport i ruch drogowy
life-situation-arbeit-und-beruf = Praca i zawód
life-situation-aufenthalt-und-migration = Pobyt i migracja
life-situation-soziales = Wsparcie socjalne
breadcrumbs-label = Jesteś tutaj
service-what-you-need = Czego potrzebujesz
service-no-documents = Nie potrzebujesz żadnych dokumentów.
service-costs = Koszty
service-duration = Czas trwania
service-processing-time = Czas rozpatrzenia: { $time }
service-minutes-to-complete = { $minutes ->
    [one] Wypełnienie formularza trwa około minuty.
    [few] Wypełnienie formularza trwa około { $minutes } minuty.
   *[other] Wypełnienie formularza trwa około { $minutes } minut.
}
service-responsible = Właściwy organ
service-responsible-district = { $unit }, { $authority }
service-legal-basis = Podstawa prawna
service-apply = Złóż wniosek
service-resume-hint = Już zaczęto?
service-resume-link = Kontynuuj zapisany wniosek
