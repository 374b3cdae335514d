# The service catalogue and the service pages.

catalogue-title = Leistungen
catalogue-town-label = Stadt oder Gemeinde
catalogue-town-all = Alle Städte und Gemeinden
catalogue-life-situations = Lebenslagen
catalogue-all-situations = Alle Lebenslagen
# $count: how many services match.
catalogue-count = { $count ->
    [0] Keine Leistungen
    [one] Eine Leistung
   *[other] { $count } Leistungen
}
# $count: how many services match; $query: what the visitor searched for.
catalogue-count-for = { $count ->
    [0] Keine Leistungen für „{ $query }“
    [one] Eine Leistung für „{ $query }“
   *[other] { $count } Leistungen für „{ $query }“
}
catalogue-none = Wir haben keine passende Leistung gefunden. Versuchen Sie ein anderes Wort oder suchen Sie ohne Filter.
catalogue-show-all = Alle Leistungen anzeigen
life-situation-familie-und-kinder = Familie und Kinder
life-situation-gesundheit = Gesundheit
life-situation-bauen-und-wohnen = Bauen und Wohnen
life-situation-umwelt-und-natur = Umwelt und Natur
life-situation-tiere-und-jagd = Tiere und Jagd
life-situation-mobilitaet-und-verkehr = Mobilität und Verkehr
life-situation-arbeit-und-beruf = Arbeit und Beruf
life-situation-aufenthalt-und-migration = Aufenthalt und Migration
life-situation-soziales = Soziales
breadcrumbs-label = Sie sind hier
service-what-you-need = Was Sie brauchen
service-no-documents = Sie brauchen keine Unterlagen.
service-costs = Kosten
service-duration = Dauer
# $time: e.g. "etwa vier Wochen".
service-processing-time = Bearbeitungszeit: { $time }
service-minutes-to-complete = { $minutes ->
    [one] Das Ausfüllen dauert etwa eine Minute.
   *[other] Das Ausfüllen dauert etwa { $minutes } Minuten.
}
service-responsible = Zuständig
# $unit: the unit, e.g. "Untere Jagdbehörde"; $authority: e.g. "Kreis Unna".
service-responsible-district = { $unit }, { $authority }
service-legal-basis = Rechtsgrundlage
service-apply = Jetzt beantragen
service-resume-hint = Sie haben schon angefangen?
service-resume-link = Gespeicherten Antrag fortsetzen
