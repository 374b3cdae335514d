nav-login = تسجيل الدخول
nav-account = حسابي
nav-logout = تسجيل الخروج
account-nav-label = حساب المستخدم
trust-level-basis = أساسي (اسم المستخدم وكلمة المرور)
trust-level-substantiell = متوسط (مثل شهادة ELSTER)
trust-level-hoch = عالٍ (بطاقة الهوية الإلكترونية)
account-title = حسابي
account-greeting = تم تسجيل الدخول باسم { $name }
account-level = مستوى تسجيل دخولكم: { $level }
account-applications-heading = طلباتي
account-applications-none = لم تبدؤوا بعد أي طلب بهذا الحساب.
account-application-draft = مسودة، محفوظة حتى { $date }
account-application-submitted = أُرسل في { $date } بالرقم المرجعي { $reference }. الحالة: { $state }
account-application-continue = متابعة التعديل
account-application-receipt = عرض تأكيد الاستلام
account-sessions-heading = الأجهزة المسجَّل دخولها
account-session = { $device }، تم تسجيل الدخول في { $date }
account-session-current = هذا الجهاز
account-logout-everywhere = تسجيل الخروج من جميع الأجهزة
login-required-title = تسجيل الدخول مطلوب
login-required-text = لطلب «{ $service }» يرجى تسجيل الدخول بمستوى { $level }.
login-required-higher = أنتم مسجَّلون بمستوى { $current }. يرجى تسجيل الدخول مجددًا بطريقة أكثر أمانًا. تبقى بياناتكم محفوظة.
login-required-button = تسجيل الدخول
login-required-owner = هذا الطلب تابع لحساب مستخدم. سجّلوا الدخول بهذا الحساب لفتحه.
login-required-unavailable = تسجيل الدخول غير مُعدّ لهذه البوابة حاليًا. يرجى التواصل مع الجهة المختصة.
login-failed-title = لم يكتمل تسجيل الدخول
login-failed-text = أُلغي تسجيل الدخول أو استغرق وقتًا طويلًا. يرجى المحاولة مرة أخرى.
login-unavailable-title = تسجيل الدخول غير ممكن حاليًا
login-unavailable-text = خدمة تسجيل الدخول لا تستجيب حاليًا. يرجى المحاولة بعد بضع دقائق. تبقى بياناتكم المحفوظة كما هي.
login-try-again = تسجيل الدخول مجددًا
logged-out-title = تم تسجيل خروجكم
logged-out-text = لقد سجّلتم الخروج. تبقى طلباتكم محفوظة في حسابكم.
logged-out-everywhere = لقد سجّلتم الخروج من جميع الأجهزة. تبقى طلباتكم محفوظة في حسابكم.

account-data-heading = بياناتك
account-data-link = عرض بياناتي المحفوظة وتنزيلها
account-delete-link = حذف حساب المستخدم
data-title = بياناتي المحفوظة
data-intro = ترى هنا كل ما حفظته البوابة عنك (المادة 15 من اللائحة العامة لحماية البيانات). يحتوي ملف JSON على البيانات نفسها بصيغة يمكن للآلة قراءتها، مثلًا لخدمة أخرى (المادة 20).
data-download = تنزيل بياناتي كملف JSON
data-account-heading = من حساب المستخدم الخاص بك
data-name = الاسم
data-birth-date = تاريخ الميلاد
data-email = عنوان البريد الإلكتروني
data-address = العنوان
data-provider = خدمة تسجيل الدخول
data-created = تاريخ إنشاء الحساب
data-last-login = آخر تسجيل دخول
data-not-given = لم يُرسَل
data-applications-none = لم يُبدأ أي طلب بهذا الحساب.
data-started = بدأ في { $date }
data-no-answers = لا توجد بيانات بعد.
data-files = الملفات المرفوعة
delete-title = حذف حساب المستخدم
delete-intro = إذا حذفت حساب المستخدم الخاص بك، فسيُحذف ما يلي فورًا ونهائيًا:
delete-what-account = حساب المستخدم الخاص بك مع البيانات التي أرسلتها خدمة تسجيل الدخول
delete-what-sessions = تسجيلات دخولك على جميع الأجهزة
delete-what-drafts = { $count ->
    [0] المسودات المفتوحة (ليست لديك أي مسودة)
   *[other] مسوداتك المفتوحة ({ $count }) مع ملفاتها
}
delete-kept-heading = ما يبقى محفوظًا
delete-kept = { $count ->
    [0] ليست لديك طلبات مقدَّمة.
   *[other] الطلبات المقدَّمة ({ $count }) جزء من ملفات الجهة المختصة. تبقى محفوظة حتى انتهاء مدة الحفظ القانونية، وعادةً عشر سنوات بعد انتهاء الإجراء. بعد ذلك لا ترتبط بأي حساب مستخدم؛ ويمكن للجهة المختصة إفادتك عنها برقم المرجع.
}
delete-log = يسجّل سجل البوابة فقط أن حسابًا قد حُذف، دون بياناتك.
delete-export-first = يمكنك تنزيل بياناتك قبل ذلك:
delete-confirm = نعم، أريد حذف حساب المستخدم الخاص بي نهائيًا
delete-confirm-missing = أكّد أنك تريد حذف حساب المستخدم الخاص بك
delete-button = حذف حساب المستخدم
deleted-title = تم حذف حساب المستخدم الخاص بك
deleted-text = تم حذف حساب المستخدم الخاص بك وتسجيلات دخولك ومسوداتك المفتوحة. تواصل الجهة المختصة معالجة الطلبات المقدَّمة.

timeout-title = ستنتهي جلسة تسجيل دخولك قريبًا
timeout-idle = لم تكن نشطًا منذ مدة. لحمايتك سيتم تسجيل خروجك خلال أقل من ثلاث دقائق. بياناتك محفوظة.
timeout-end = تنتهي جلسة تسجيل دخولك خلال أقل من ثلاث دقائق ولا يمكن تمديدها لأسباب أمنية. بياناتك محفوظة؛ سجّل الدخول مرة أخرى بعد ذلك.
timeout-stay = البقاء مسجّلًا
timeout-understood = فهمت
delete-sole-administrator = أنت المسؤول الوحيد عن: { $organisations }. انقل الإدارة أولًا إلى شخص آخر أو أزل الأعضاء الآخرين؛ بعد ذلك يمكنك حذف حسابك.

## Postfach
postfach-title = صندوق البريد
postfach-intro = هنا تُسلّمك الإدارة الرسائل والقرارات رقميًا. نُعلمك بالبريد الإلكتروني عند وصول شيء جديد.
postfach-own-heading = صندوق بريدك
postfach-organisation-heading = صندوق بريد { $name }
postfach-empty = لا توجد رسائل.
postfach-with-letter = مع خطاب (PDF)
postfach-column-subject = الموضوع
postfach-column-received = تاريخ الوصول
postfach-column-state = الحالة
postfach-column-letter = المرفق
postfach-state-new = جديدة
postfach-state-read = فُتحت في { $date }
postfach-state-post = أُرسلت بالبريد في { $date }
postfach-received-on = وصلت في { $date }
postfach-announced-on = يُعدّ هذا القرار مُعلنًا في { $date } (اليوم التالي لأول استلام، المادة 41 الفقرة 2a من قانون الإجراءات الإدارية).
postfach-appeal-until = يمكنك تقديم اعتراض حتى { $date } ضمنًا.
postfach-by-post = لم يُستلم هذا القرار خلال عشرة أيام، لذلك أُرسل إليك بالبريد في { $date }. لم يعد متاحًا هنا.
postfach-letter-link = تنزيل الخطاب: { $file }
data-postfach-count = عدد الرسائل في صندوق بريدك: { $count }.
postfach-consent-heading = استلام القرارات رقميًا
postfach-consent-explained = إذا وافقت، نسلّمك القرارات هنا بدلًا من الورق. يُعدّ القرار مُعلنًا في اليوم التالي لفتحه أول مرة؛ وإذا لم تفتحه خلال عشرة أيام نرسله بالبريد. يمكنك سحب موافقتك في أي وقت.
postfach-consent-none = تتلقى القرارات حاليًا ورقيًا.
postfach-consent-given = تتلقى القرارات رقميًا (تمت الموافقة في { $date }).
postfach-consent-give = استلم القرارات رقميًا
postfach-consent-withdraw = سحب الموافقة
