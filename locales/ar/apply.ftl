apply-saved-until = تُحفظ بياناتكم بعد كل خطوة وتبقى محفوظة حتى { $date }. ويمكنكم المتابعة لاحقًا باستخدام الرمز { $code }.
apply-back = رجوع
apply-continue = متابعة
apply-save-and-return = حفظ والعودة إلى الملخص
apply-save-for-later = حفظ والمتابعة لاحقًا
apply-progress = الخطوة { $current } من { $total }
apply-change = تغيير
apply-not-answered = غير مذكور
apply-costs = التكاليف
apply-check-title = راجعوا بياناتكم
apply-declaration-heading = الإقرار
apply-declaration = أُقرّ بأن بياناتي كاملة وصحيحة. وأعلم أن البيانات غير الصحيحة قد تترتب عليها عواقب قانونية.
apply-declaration-missing = أكّدوا الإقرار لإرسال الطلب
apply-submit = إرسال الطلب بشكل ملزم

receipt-title = وصل طلبكم
receipt-reference-label = رقمكم المرجعي
receipt-received = استلمنا طلبكم „{ $service }“ بتاريخ { $date }.
receipt-mailed = أرسلنا إليكم تأكيدًا بالبريد الإلكتروني.
receipt-status-heading = الاستعلام عن الحالة
receipt-access-code = رمز الاطلاع الخاص بكم هو { $code }. احتفظوا به جيدًا؛ فنحن نعرضه هنا وفي التأكيد فقط.
receipt-status-how = باستخدام الرقم المرجعي { $reference } ورمز الاطلاع يمكنكم في أي وقت معرفة المرحلة التي وصل إليها طلبكم.
receipt-status-link = الاستعلام عن حالة طلب
receipt-next-heading = ما الذي سيحدث بعد ذلك
receipt-next = ستدرس الجهة المختصة طلبكم. تستغرق المعالجة عادةً { $time }. وإذا نقص شيء فسنتواصل معكم.

status-title = حالة الطلب
status-intro = أدخلوا الرقم المرجعي ورمز الاطلاع من تأكيد الاستلام.
status-result-heading = الطلب { $reference }
status-result-service = „{ $service }“، وصل بتاريخ { $date }
status-result-state = الحالة:
status-not-found = لم نجد طلبًا بهذا الرقم المرجعي ورمز الاطلاع. يُرجى التحقق من كليهما.
status-reference-label = الرقم المرجعي
status-reference-hint = مثلًا KU-2026-000123
status-code-label = رمز الاطلاع
status-code-hint = اثنا عشر حرفًا، مثلًا K7QF-M2XR-9HTW
status-submit = عرض الحالة
status-reference-invalid = أدخلوا الرقم المرجعي كما هو مكتوب في التأكيد، مثلًا KU-2026-000123
status-code-invalid = أدخلوا رمز الاطلاع بأحرفه الاثني عشر، مثلًا K7QF-M2XR-9HTW

resume-title = متابعة طلب محفوظ
resume-intro = أدخلوا الرمز الذي حصلتم عليه عند الحفظ. وهو مكتوب أيضًا تحت كل خطوة من الطلب وفي رسالة البريد الإلكتروني التي تحتوي على الرابط.
resume-code-label = رمز المتابعة
resume-code-hint = 20 حرفًا، مثلًا KP7Q-M2XR-9HTW-4BZE-JN6C
resume-submit = متابعة
resume-code-missing = أدخلوا رمز المتابعة
resume-code-invalid = يتكون الرمز من 20 حرفًا من الأرقام والحروف، مثلًا KP7Q-M2XR-9HTW-4BZE-JN6C
resume-code-unknown = لا يوجد طلب محفوظ بهذا الرمز. تُحذف المسودات بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من آخر تغيير.

saved-title = تم حفظ بياناتكم
saved-until = يمكنكم المتابعة حتى { $date }. بعد ذلك نحذف بياناتكم.
saved-link-sent = أرسلنا إليكم الرابط بالبريد الإلكتروني.
saved-how-heading = كيف تتابعون
saved-link-label = افتحوا هذا الرابط، ولو على جهاز آخر:
saved-code = أو أدخلوا هذا الرمز في الصفحة الرئيسية تحت „متابعة طلب محفوظ“: { $code }
saved-mail-heading = استلام الرابط بالبريد الإلكتروني
saved-mail-label = بريدكم الإلكتروني
saved-mail-hint = سنرسل إليكم الرابط ونذكّركم قبل حذف بياناتكم.
saved-mail-submit = إرسال الرابط
saved-mail-invalid = أدخلوا عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com
saved-continue-now = المتابعة الآن

draft-not-found-title = الطلب غير موجود
draft-not-found-text = هذا الطلب غير موجود أو لم يعد موجودًا. ربما يكون الرابط ناقصًا. تُحذف المسودات بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من آخر تغيير.
draft-not-found-resume = متابعة طلب باستخدام رمز

case-state-eingegangen = وصل. طلبكم بانتظار المعالجة.
case-state-in-bearbeitung = قيد المعالجة
case-state-nachforderung = نحتاج منكم إلى شيء إضافي. تجدون رابط سؤالنا في رسالتنا الإلكترونية وفي حساب المستخدم الخاص بكم.
case-state-entscheidung-vorbereitet = يجري إعداد القرار.
case-state-mitzeichnung = يجري التحقق من القرار.
case-state-abgeschlossen = اكتمل. ستتلقون القرار في صندوق بريدكم أو بالبريد العادي.

receipt-pdf-link = تنزيل تأكيد الاستلام بصيغة PDF
pdf-receipt-title = تأكيد الاستلام
pdf-receipt-service = الخدمة
pdf-receipt-reference = الرقم المرجعي
pdf-receipt-submitted = تاريخ الاستلام
pdf-receipt-authority = الجهة المختصة
pdf-receipt-access-code = رمز الاستعلام
pdf-receipt-machine = أُنشئ هذا التأكيد آليًا ولا يحمل توقيعًا.
pdf-receipt-translation = هذه الترجمة لكم. النص المعتمد هو النص الألماني في بداية هذا المستند.
pdf-page = الصفحة { $page } من { $pages }

## Answering a Nachforderung
information-answer-empty = اكتبوا ردًا أو اختاروا ملفًا واحدًا على الأقل
information-answer-too-long = يجب ألا يتجاوز ردكم 4000 حرف
information-answer-files-label = ملفات للرد
answer-title = سؤال حول طلبكم { $reference }
answer-question-heading = سؤالنا بتاريخ { $date }
answer-text-label = ردكم
answer-text-hint = إذا كانت ملفاتكم تكفي، يمكنكم ترك هذا الحقل فارغًا.
answer-files-hint = PDF أو JPG أو PNG، بحد أقصى { $megabytes } ميغابايت لكل ملف و{ $max } ملفات. يمكنكم اختيار عدة ملفات دفعة واحدة.
answer-submit = إرسال الرد
answer-sent-title = وصل ردكم
answer-sent-body = تلقّينا ردكم بخصوص الطلب { $reference } ونواصل معالجته.
answer-nothing-title = لا يوجد سؤال مفتوح
answer-nothing-body = لا يوجد حاليًا سؤال حول طلبكم { $reference } يتعين عليكم الرد عليه.
answer-back-to-receipt = العودة إلى طلبكم
receipt-question-heading = لدينا سؤال
receipt-question-body = نحتاج منكم إلى شيء إضافي لنواصل معالجة طلبكم.
receipt-question-link = الرد على السؤال
