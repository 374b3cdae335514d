catalogue-title = Hizmetler
catalogue-town-label = Şehir veya belediye
catalogue-town-all = Tüm şehirler ve belediyeler
catalogue-life-situations = Yaşam durumları
catalogue-all-situations = Tüm yaşam durumları
catalogue-count = { $count ->
    [0] Hizmet yok
    [one] Bir hizmet
   *[other] { $count } hizmet
}
catalogue-count-for = { $count ->
    [0] „{ $query }“ için hizmet yok
    [one] „{ $query }“ için bir hizmet
   *[other] „{ $query }“ için { $count } hizmet
}
catalogue-none = Uygun bir hizmet bulamadık. Başka bir kelime deneyin veya filtre olmadan arayın.
catalogue-show-all = Tüm hizmetleri göster
life-situation-familie-und-kinder = Aile ve çocuklar
life-situation-gesundheit = Sağlık
life-situation-bauen-und-wohnen = İnşaat ve konut
life-situation-umwelt-und-natur = Çevre ve doğa
life-situation-tiere-und-jagd = Hayvanlar ve av
life-situation-mobilitaet-und-verkehr = Ulaşım ve trafik
life-situation-arbeit-und-beruf = İş ve meslek
life-situation-aufenthalt-und-migration = Oturum ve göç
life-situation-soziales = Sosyal destek
breadcrumbs-label = Buradasınız
service-what-you-need = Neye ihtiyacınız var
service-no-documents = Herhangi bir belgeye ihtiyacınız yok.
service-costs = Ücretler
service-duration = Süre
service-processing-time = İşlem süresi: { $time }
service-minutes-to-complete = { $minutes ->
    [one] Formu doldurmak yaklaşık bir dakika sürer.
   *[other] Formu doldurmak yaklaşık { $minutes } dakika sürer.
}
service-responsible = Yetkili birim
service-responsible-district = { $unit }, { $authority }
service-legal-basis = Yasal dayanak
service-apply = Şimdi başvur
service-resume-hint = Zaten başladınız mı?
service-resume-link = Kaydedilmiş başvuruya devam et
