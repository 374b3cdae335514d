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
