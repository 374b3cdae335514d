catalogue-title = الخدمات
catalogue-town-label = المدينة أو البلدية
catalogue-town-all = جميع المدن والبلديات
catalogue-life-situations = مواقف الحياة
catalogue-all-situations = جميع مواقف الحياة
catalogue-count = { $count ->
    [0] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
   *[other] { $count } خدمة
}
catalogue-count-for = { $count ->
    [0] لا توجد خدمات لـ „{ $query }“
    [one] خدمة واحدة لـ „{ $query }“
    [two] خدمتان لـ „{ $query }“
    [few] { $count } خدمات لـ „{ $query }“
   *[other] { $count } خدمة لـ „{ $query }“
}
catalogue-none = لم نجد خدمة مناسبة. جرّبوا كلمة أخرى أو ابحثوا دون عوامل تصفية.
catalogue-show-all = عرض جميع الخدمات
life-situation-familie-und-kinder = الأسرة والأطفال
life-situation-gesundheit = الصحة
life-situation-bauen-und-wohnen = البناء والسكن
life-situation-umwelt-und-natur = البيئة والطبيعة
life-situation-tiere-und-jagd = الحيوانات والصيد
life-situation-mobilitaet-und-verkehr = التنقل والمرور
life-situation-arbeit-und-beruf = العمل والمهنة
life-situation-aufenthalt-und-migration = الإقامة والهجرة
life-situation-soziales = الدعم الاجتماعي
breadcrumbs-label = أنتم هنا
service-what-you-need = ما تحتاجونه
service-no-documents = لا تحتاجون إلى أي مستندات.
service-costs = التكاليف
service-duration = المدة
service-processing-time = مدة المعالجة: { $time }
service-minutes-to-complete = { $minutes ->
    [one] يستغرق ملء النموذج نحو دقيقة واحدة.
    [two] يستغرق ملء النموذج نحو دقيقتين.
    [few] يستغرق ملء النموذج نحو { $minutes } دقائق.
   *[other] يستغرق ملء النموذج نحو { $minutes } دقيقة.
}
service-responsible = الجهة المختصة
service-responsible-district = { $unit }، { $authority }
service-legal-basis = الأساس القانوني
service-apply = قدّموا الطلب الآن
service-resume-hint = هل بدأتم من قبل؟
service-resume-link = متابعة طلب محفوظ
