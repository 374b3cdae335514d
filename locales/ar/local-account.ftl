# حسابات المواطنين المحلية: البريد الإلكتروني وكلمة المرور إلى جانب مزوّد الهوية.

local-login-title = تسجيل الدخول
local-login-password-changed = تم حفظ كلمة المرور الجديدة. حفاظًا على أمانك تم تسجيل خروجك من جميع الأجهزة. يُرجى تسجيل الدخول بكلمة المرور الجديدة.
local-login-provider-heading = بحساب الخدمات الخاص بك
local-login-provider-text = يُثبت حساب الخدمات (BundID) هويتك، مثلًا ببطاقة الهوية الإلكترونية أو ببرنامج ELSTER. بعض الخدمات لا تتاح إلا به.
local-login-provider-button = المتابعة إلى حساب الخدمات
local-login-password-heading = بالبريد الإلكتروني وكلمة المرور
local-login-password-text = يكفي حساب في بوابة الدائرة للخدمات التي لا تحتاج إلى إثبات الهوية.
local-email-label = البريد الإلكتروني
local-password-label = كلمة المرور
local-login-submit = تسجيل الدخول
local-login-forgot-link = هل نسيت كلمة المرور؟
local-login-register-link = ليس لديك حساب بعد؟ أنشئ حسابًا

local-register-title = إنشاء حساب
local-register-intro = بالحساب تحفظ طلباتك وتتابعها لاحقًا وترى إلى أين وصلت معالجتها.
local-register-level = مستوى الثقة للحساب بالبريد الإلكتروني وكلمة المرور هو „أساسي“. للخدمات التي تحتاج إلى إثبات الهوية سجّل الدخول بحساب الخدمات.
local-register-email-hint = سنرسل إليك رابطًا لتأكيد العنوان.
local-password-hint = { $min } أحرف على الأقل. الجملة المكوّنة من عدة كلمات سهلة الحفظ وصعبة التخمين. يمكنك أيضًا لصق كلمة المرور.
local-register-submit = إنشاء الحساب
local-register-login-link = لديك حساب بالفعل؟ سجّل الدخول

local-sent-registration-title = يُرجى تأكيد بريدك الإلكتروني
local-sent-registration-text = أرسلنا إليك رسالة بريد إلكتروني. افتح الرابط الذي فيها خلال 48 ساعة لتفعيل حسابك.
local-sent-registration-help = لم تصلك الرسالة؟ ابحث في مجلد الرسائل غير المرغوب فيها، أو أنشئ الحساب مرة أخرى بالعنوان نفسه، فيصلك رابط جديد.
local-sent-reset-title = تفقّد صندوق بريدك الإلكتروني
local-sent-reset-text = إذا كان لهذا العنوان حساب، فقد أرسلنا إليك رابطًا لتعيين كلمة مرور جديدة. الرابط صالح لمدة ساعة واحدة.
local-sent-reset-help = لم تصلك الرسالة؟ ابحث في مجلد الرسائل غير المرغوب فيها، أو اطلب الرابط مرة أخرى.

local-confirm-title = تأكيد البريد الإلكتروني
local-confirm-text = أكّد العنوان { $email }. بعد ذلك يصبح حسابك فعّالًا وتكون قد سجّلت الدخول.
local-confirm-submit = تأكيد العنوان

local-forgot-title = نسيت كلمة المرور
local-forgot-intro = أدخل البريد الإلكتروني لحسابك. سنرسل إليك رابطًا لتعيين كلمة مرور جديدة.
local-forgot-submit = طلب الرابط

local-new-password-title = تعيين كلمة مرور جديدة
local-new-password-intro = للحساب { $email }. بعد ذلك يتم تسجيل خروجك من جميع الأجهزة.
local-new-password-label = كلمة المرور الجديدة
local-new-password-submit = حفظ كلمة المرور

local-link-gone-title = هذا الرابط لم يعد صالحًا
local-link-gone-text = لقد استُخدم من قبل أو انتهت صلاحيته. يمكنك المتابعة هكذا:
local-link-gone-register = إنشاء الحساب مرة أخرى (يصلك رابط تأكيد جديد)
local-link-gone-reset = طلب كلمة مرور جديدة
local-link-gone-login = تسجيل الدخول

local-error-email-missing = أدخل بريدك الإلكتروني
local-error-email-invalid = أدخل بريدًا إلكترونيًا بالصيغة name@example.com
local-error-password-missing = أدخل كلمة مرور
local-error-password-short = يجب ألا تقل كلمة المرور عن 10 أحرف
local-error-password-long = يجب ألا تزيد كلمة المرور على 256 حرفًا
local-error-password-guessable = كلمة المرور هذه سهلة التخمين جدًا. اختر مثلًا جملة من عدة كلمات
local-error-login-refused = البريد الإلكتروني أو كلمة المرور غير صحيحة
local-error-not-confirmed = لم تؤكد بريدك الإلكتروني بعد. افتح الرابط في رسالتنا، أو أنشئ الحساب مرة أخرى لتحصل على رابط جديد

mail-local-confirm-subject = يُرجى تأكيد بريدك الإلكتروني لبوابة الدائرة
mail-local-confirm-body =
    مرحبًا،

    تم إنشاء حساب في بوابة الدائرة بهذا العنوان. بهذا الرابط تؤكد العنوان وتفعّل الحساب:

    { $link }

    الرابط صالح لمدة { $hours } ساعة. إذا لم تنشئ حسابًا فاحذف هذه الرسالة فحسب. الحساب غير المؤكد يُحذف بعد أسبوع.
mail-local-reset-subject = كلمة مرور جديدة لحسابك في بوابة الدائرة
mail-local-reset-body =
    مرحبًا،

    طُلبت كلمة مرور جديدة لحسابك في بوابة الدائرة. بهذا الرابط تعيّنها:

    { $link }

    الرابط صالح لمدة { $hours } ساعة. إذا لم تطلب كلمة مرور جديدة فاحذف هذه الرسالة، وتبقى كلمة مرورك كما هي.
mail-local-again-subject = لديك حساب بالفعل في بوابة الدائرة
mail-local-again-body =
    مرحبًا،

    حاول شخص ما إنشاء حساب في بوابة الدائرة بهذا العنوان، لكن لديك حسابًا بالفعل. سجّل الدخول من هنا:

    { $login }

    إذا نسيت كلمة المرور فعيّن كلمة جديدة بهذا الرابط:

    { $link }

    الرابط صالح لمدة { $hours } ساعة. إذا لم يكن ذلك أنت فاحذف هذه الرسالة، وتبقى كلمة مرورك كما هي.
