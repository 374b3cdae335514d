nav-login = Giriş yap
nav-account = Hesabım
nav-logout = Çıkış yap
account-nav-label = Kullanıcı hesabı
trust-level-basis = temel (kullanıcı adı ve şifre)
trust-level-substantiell = önemli (örneğin ELSTER sertifikası)
trust-level-hoch = yüksek (çevrimiçi kimlik kartı)
account-title = Hesabım
account-greeting = { $name } olarak giriş yapıldı
account-level = Giriş düzeyiniz: { $level }
account-applications-heading = Başvurularım
account-applications-none = Bu hesapla henüz bir başvuruya başlamadınız.
account-application-draft = Taslak, { $date } tarihine kadar saklanıyor
account-application-submitted = { $date } tarihinde { $reference } referans numarasıyla gönderildi. Durum: { $state }
account-application-continue = Düzenlemeye devam et
account-application-receipt = Alındı belgesini görüntüle
account-sessions-heading = Giriş yapılmış cihazlar
account-session = { $device }, giriş tarihi { $date }
account-session-current = bu cihaz
account-logout-everywhere = Tüm cihazlarda çıkış yap
login-required-title = Giriş gerekli
login-required-text = “{ $service }” için lütfen { $level } giriş düzeyiyle giriş yapın.
login-required-higher = { $current } düzeyiyle giriş yaptınız. Lütfen daha güvenli bir yöntemle yeniden giriş yapın. Bilgileriniz kayıtlı kalır.
login-required-button = Giriş yap
login-required-owner = Bu başvuru bir kullanıcı hesabına ait. Açmak için bu hesapla giriş yapın.
login-required-unavailable = Bu portal için giriş şu anda kurulu değil. Lütfen yetkili birime başvurun.
login-failed-title = Giriş tamamlanmadı
login-failed-text = Giriş iptal edildi veya çok uzun sürdü. Lütfen yeniden deneyin.
login-unavailable-title = Giriş şu anda mümkün değil
login-unavailable-text = Giriş hizmeti şu anda yanıt vermiyor. Lütfen birkaç dakika sonra yeniden deneyin. Kaydedilen bilgileriniz korunur.
login-try-again = Yeniden giriş yap
logged-out-title = Çıkış yaptınız
logged-out-text = Çıkış yaptınız. Başvurularınız hesabınızda kayıtlı kalır.
logged-out-everywhere = Tüm cihazlarda çıkış yaptınız. Başvurularınız hesabınızda kayıtlı kalır.

account-data-heading = Verileriniz
account-data-link = Kayıtlı verilerimi görüntüle ve indir
account-delete-link = Kullanıcı hesabını sil
data-title = Kayıtlı verilerim
data-intro = Burada portalın sizin hakkınızda kaydettiği her şeyi görürsünüz (GVKT Madde 15). JSON dosyası aynı bilgileri makine tarafından okunabilir biçimde içerir, örneğin başka bir hizmet için (GVKT Madde 20).
data-download = Verilerimi JSON dosyası olarak indir
data-account-heading = Kullanıcı hesabınızdan
data-name = Ad
data-birth-date = Doğum tarihi
data-email = E-posta adresi
data-address = Adres
data-provider = Giriş hizmeti
data-created = Hesabın oluşturulduğu tarih
data-last-login = Son giriş tarihi
data-not-given = iletilmedi
data-applications-none = Bu hesapla hiçbir başvuruya başlanmadı.
data-started = Başlangıç: { $date }
data-no-answers = Henüz bilgi yok.
data-files = Yüklenen dosyalar
delete-title = Kullanıcı hesabını sil
delete-intro = Kullanıcı hesabınızı silerseniz aşağıdakiler hemen ve kalıcı olarak silinir:
delete-what-account = Giriş hizmetinin ilettiği bilgilerle birlikte kullanıcı hesabınız
delete-what-sessions = Tüm cihazlardaki oturumlarınız
delete-what-drafts = { $count ->
    [0] açık taslaklar (hiç taslağınız yok)
   *[other] dosyalarıyla birlikte { $count } açık taslağınız
}
delete-kept-heading = Saklanmaya devam edenler
delete-kept = { $count ->
    [0] Gönderilmiş başvurunuz yok.
   *[other] Gönderilmiş başvurular ({ $count }) yetkili makamın dosyalarına aittir. Yasal saklama süresi dolana kadar, genellikle işlemin tamamlanmasından on yıl sonrasına kadar saklanır. Bundan sonra hiçbir kullanıcı hesabıyla bağlantılı değildir; yetkili makam referans numarasıyla size bilgi verebilir.
}
delete-log = Portalın kaydı, bilgileriniz olmadan yalnızca bir hesabın silindiğini belirtir.
delete-export-first = Verilerinizi önceden indirebilirsiniz:
delete-confirm = Evet, kullanıcı hesabımı kalıcı olarak silmek istiyorum
delete-confirm-missing = Kullanıcı hesabınızı silmek istediğinizi onaylayın
delete-button = Kullanıcı hesabını sil
deleted-title = Kullanıcı hesabınız silindi
deleted-text = Kullanıcı hesabınız, oturumlarınız ve açık taslaklarınız silindi. Gönderilmiş başvuruları yetkili makam işlemeye devam eder.

timeout-title = Oturumunuz yakında sona erecek
timeout-idle = Bir süredir işlem yapmadınız. Güvenliğiniz için üç dakikadan kısa bir süre içinde oturumunuz kapatılacak. Bilgileriniz kaydedildi.
timeout-end = Oturumunuz üç dakikadan kısa bir süre içinde sona eriyor ve güvenlik nedeniyle uzatılamaz. Bilgileriniz kaydedildi; ardından tekrar giriş yapmanız yeterli.
timeout-stay = Oturumu açık tut
timeout-understood = Anladım
delete-sole-administrator = Şu kuruluşların tek yöneticisisiniz: { $organisations }. Önce yöneticiliği başka birine devredin veya diğer üyeleri çıkarın; ardından hesabınızı silebilirsiniz.

## Postfach
postfach-title = Posta kutusu
postfach-intro = İdare size mesajları ve kararları burada dijital olarak iletir. Yeni bir şey geldiğinde size e-posta ile haber veririz.
postfach-own-heading = Posta kutunuz
postfach-organisation-heading = { $name } posta kutusu
postfach-empty = Mesaj yok.
postfach-with-letter = yazı ekli (PDF)
postfach-column-subject = Konu
postfach-column-received = Geliş tarihi
postfach-column-state = Durum
postfach-column-letter = Ek
postfach-state-new = yeni
postfach-state-read = { $date } tarihinde açıldı
postfach-state-post = { $date } tarihinde postayla gönderildi
postfach-received-on = Geliş tarihi: { $date }
postfach-announced-on = Bu karar { $date } tarihinde tebliğ edilmiş sayılır (ilk erişimden sonraki gün, VwVfG md. 41 f. 2a).
postfach-appeal-until = { $date } tarihi dahil itiraz edebilirsiniz.
postfach-by-post = Bu karar on gün içinde alınmadığı için { $date } tarihinde size postayla gönderildi. Artık buradan alınamaz.
postfach-letter-link = Yazıyı indirin: { $file }
data-postfach-count = Posta kutunuzda { $count } mesaj var.
postfach-consent-heading = Kararları dijital olarak almak
postfach-consent-explained = Onay verirseniz kararları kâğıt yerine buradan iletiriz. Bir karar, ilk açılışın ertesi günü tebliğ edilmiş sayılır; on gün içinde açmazsanız postayla göndeririz. Onayınızı istediğiniz zaman geri alabilirsiniz.
postfach-consent-none = Şu anda kararları kâğıt üzerinde alıyorsunuz.
postfach-consent-given = Kararları dijital olarak alıyorsunuz ({ $date } tarihinde onaylandı).
postfach-consent-give = Kararları dijital olarak al
postfach-consent-withdraw = Onayı geri al
