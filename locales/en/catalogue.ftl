catalogue-title = Services
catalogue-town-label = Town or municipality
catalogue-town-all = All towns and municipalities
catalogue-life-situations = Life situations
catalogue-all-situations = All life situations
catalogue-count = { $count ->
    [0] No services
    [one] One service
   *[other] { $count } services
}
catalogue-count-for = { $count ->
    [0] No services for “{ $query }”
    [one] One service for “{ $query }”
   *[other] { $count } services for “{ $query }”
}
catalogue-none = We found no matching service. Try another word or search without filters.
catalogue-show-all = Show all services
life-situation-familie-und-kinder = Family and children
life-situation-gesundheit = Health
life-situation-bauen-und-wohnen = Building and housing
life-situation-umwelt-und-natur = Environment and nature
life-situation-tiere-und-jagd = Animals and hunting
life-situation-mobilitaet-und-verkehr = Mobility and transport
life-situation-arbeit-und-beruf = Work and occupation
life-situation-aufenthalt-und-migration = Residence and migration
life-situation-soziales = Social support
breadcrumbs-label = You are here
service-what-you-need = What you need
service-no-documents = You do not need any documents.
service-costs = Costs
service-duration = How long it takes
service-processing-time = Processing time: { $time }
service-minutes-to-complete = { $minutes ->
    [one] Filling in the form takes about one minute.
   *[other] Filling in the form takes about { $minutes } minutes.
}
service-responsible = Responsible
service-responsible-district = { $unit }, { $authority }
service-legal-basis = Legal basis
service-apply = Apply now
service-resume-hint = Have you already started?
service-resume-link = Continue a saved application
