mail-feedback-subject = ملاحظة حول إمكانية الوصول رقم { $number }
mail-feedback-body =
    وصلت عبر البوابة ملاحظة حول إمكانية الوصول.

    الرقم: { $number }
    تاريخ الورود: { $received }
    لغة الصفحة: { $language }
    الصفحة: { $page }
    الاسم: { $name }
    البريد الإلكتروني: { $email }

    الرسالة:
    { $message }

    يُرجى الرد خلال شهر واحد على الأكثر إذا ذُكر عنوان بريد إلكتروني.
mail-feedback-not-given = غير مذكور

mail-confirmation-subject = وصل طلبكم: { $reference }
mail-confirmation-body =
    مرحبًا،

    استلمنا طلبكم „{ $service }“ بتاريخ { $date }.

    الرقم المرجعي: { $reference }
    رمز الاطلاع: { $code }

    يمكنكم معرفة حالة طلبكم في أي وقت على { $link } باستخدام الرقم المرجعي ورمز الاطلاع.

    أُنشئت هذه الرسالة تلقائيًا. يُرجى عدم الرد عليها.
mail-resume-subject = طلبكم المحفوظ: { $service }
mail-resume-body =
    مرحبًا،

    لقد حفظتم طلبكم „{ $service }“. تابعوا باستخدام هذا الرابط:

    { $link }

    أو أدخلوا هذا الرمز في البوابة تحت „متابعة طلب محفوظ“: { $code }

    تبقى بياناتكم محفوظة حتى { $date }.

    أُنشئت هذه الرسالة تلقائيًا. يُرجى عدم الرد عليها.
mail-expiry-subject = سيُحذف طلبكم قريبًا: { $service }
mail-expiry-body =
    مرحبًا،

    سيُحذف طلبكم غير المكتمل „{ $service }“ بتاريخ { $date } إذا لم تتابعوه قبل ذلك.

    تابعوا من هنا: { $link }

    أُنشئت هذه الرسالة تلقائيًا. يُرجى عدم الرد عليها.
mail-invitation-subject = دعوة إلى „{ $organisation }“ في Kreisportal
mail-invitation-body =
    مرحبًا،

    أنت مدعو للانضمام إلى المؤسسة „{ $organisation }“ في Kreisportal. اقبل الدعوة عبر هذا الرابط (ستسجّل الدخول لذلك):

    { $link }

    الرابط صالح لمدة { $days } يومًا. إذا لم تكن تتوقع هذه الدعوة فيمكنك حذف هذه الرسالة.

# $service, $reference, $link: the service's title, the reference and the answer page.
mail-information-request-subject = سؤال حول طلبكم { $reference }
mail-information-request-body =
    مرحبًا،

    لدينا سؤال حول طلبكم „{ $service }“ (الرقم المرجعي { $reference }).

    يُرجى قراءته والرد عليه هنا: { $link }

    تتوقف المعالجة حتى يصل ردكم.

    أُنشئ هذا البريد الإلكتروني تلقائيًا. يُرجى عدم الرد عليه.

# Staff mail about deadlines. $name: the staff member; $reference, $service, $due, $link: the
# case; $date, $open, $overdue, $soon, $unassigned, $link: the digest.
mail-deadline-reminder-subject = الموعد يقترب: المعاملة { $reference }
mail-deadline-escalation-subject = تجاوز الموعد: المعاملة { $reference }
mail-digest-subject = صندوق الوارد لديكم في { $date }
mail-deadline-reminder-body =
    مرحبًا { $name }،

    يجب إنجاز المعاملة { $reference } („{ $service }“) بحلول { $due }.

    فتح المعاملة: { $link }
mail-deadline-escalation-body =
    مرحبًا { $name }،

    انتهت مهلة معالجة المعاملة { $reference } („{ $service }“) في { $due }. تتلقون هذا التصعيد بصفتكم قائد فريق في الوحدة.

    فتح المعاملة: { $link }
mail-digest-body =
    مرحبًا { $name }،

    في صندوق الوارد لديكم { $open } معاملات مفتوحة مسندة إليكم أو غير مسندة بعد: { $overdue } متأخرة، و{ $soon } تستحق خلال يومين، و{ $unassigned } لم يتولّها أحد بعد.

    فتح صندوق الوارد: { $link }

mail-resubmission-subject = إعادة العرض: المعاملة { $reference }
mail-resubmission-body =
    مرحبًا { $name }،

    المعاملة { $reference } («{ $service }») معروضة عليكم اليوم لإعادة النظر.

    إلى المعاملة: { $link }

# The notice of a new Postfach message: no content, only the link. $link: the message.
mail-postfach-subject = رسالة جديدة في صندوق بريدك على بوابة المقاطعة
mail-postfach-body =
    مرحبًا،

    توجد رسالة جديدة لك في صندوق بريدك على بوابة المقاطعة.

    سجّل الدخول لقراءتها: { $link }

    حمايةً لبياناتك لا يذكر هذا البريد شيئًا عن محتواها.

    أُنشئ هذا البريد تلقائيًا. يُرجى عدم الرد عليه.
