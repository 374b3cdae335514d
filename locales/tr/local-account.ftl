# Yerel vatandaş hesapları: kimlik sağlayıcının yanında e-posta adresi ve parola.

local-login-title = Giriş yap
local-login-password-changed = Yeni parolanız kaydedildi. Güvenliğiniz için tüm cihazlarda oturumunuz kapatıldı. Lütfen yeni parolanızla giriş yapın.
local-login-provider-heading = Hizmet hesabınızla
local-login-provider-text = Hizmet hesabı (BundID) kimliğinizi kanıtlar, örneğin çevrim içi kimlik kartı veya ELSTER ile. Bazı hizmetler yalnızca bununla mümkündür.
local-login-provider-button = Hizmet hesabına devam et
local-login-password-heading = E-posta adresi ve parola ile
local-login-password-text = Kimlik kanıtı gerektirmeyen hizmetler için Kreisportal hesabı yeterlidir.
local-email-label = E-posta adresi
local-password-label = Parola
local-login-submit = Giriş yap
local-login-forgot-link = Parolanızı mı unuttunuz?
local-login-register-link = Henüz hesabınız yok mu? Hesap oluşturun

local-register-title = Hesap oluştur
local-register-intro = Bir hesapla başvurularınızı kaydedebilir, daha sonra devam edebilir ve ne durumda olduklarını görebilirsiniz.
local-register-level = E-posta adresi ve parolalı bir hesabın güven düzeyi „temel“dir. Kimlik kanıtı gerektiren hizmetler için hizmet hesabınızla giriş yapın.
local-register-email-hint = Adresi onaylamanız için size bir bağlantı göndereceğiz.
local-password-hint = En az { $min } karakter. Birkaç kelimeden oluşan bir cümle kolay hatırlanır ve zor tahmin edilir. Parolayı yapıştırabilirsiniz de.
local-register-submit = Hesap oluştur
local-register-login-link = Zaten hesabınız var mı? Giriş yapın

local-sent-registration-title = Lütfen e-posta adresinizi onaylayın
local-sent-registration-text = Size bir e-posta gönderdik. Hesabınızı etkinleştirmek için içindeki bağlantıyı 48 saat içinde açın.
local-sent-registration-help = E-posta gelmedi mi? İstenmeyen posta klasörüne bakın veya hesabı aynı adresle yeniden oluşturun. O zaman yeni bir bağlantı alırsınız.
local-sent-reset-title = E-posta kutunuza bakın
local-sent-reset-text = Bu adrese ait bir hesap varsa, yeni parola belirlemeniz için size bir bağlantı gönderdik. Bağlantı bir saat geçerlidir.
local-sent-reset-help = E-posta gelmedi mi? İstenmeyen posta klasörüne bakın veya bağlantıyı yeniden isteyin.

local-confirm-title = E-posta adresini onayla
local-confirm-text = { $email } adresini onaylayın. Ardından hesabınız etkin olur ve giriş yapmış olursunuz.
local-confirm-submit = Adresi onayla

local-forgot-title = Parolamı unuttum
local-forgot-intro = Hesabınızın e-posta adresini girin. Yeni parola belirlemeniz için size bir bağlantı göndereceğiz.
local-forgot-submit = Bağlantı iste

local-new-password-title = Yeni parola belirle
local-new-password-intro = { $email } hesabı için. Ardından tüm cihazlarda oturumunuz kapatılır.
local-new-password-label = Yeni parola
local-new-password-submit = Parolayı kaydet

local-link-gone-title = Bu bağlantı artık geçerli değil
local-link-gone-text = Daha önce kullanılmış veya süresi dolmuş. Şöyle devam edebilirsiniz:
local-link-gone-register = Hesabı yeniden oluşturun (yeni bir onay bağlantısı alırsınız)
local-link-gone-reset = Yeni parola isteyin
local-link-gone-login = Giriş yapın

local-error-email-missing = E-posta adresinizi girin
local-error-email-invalid = E-posta adresini ad@ornek.com biçiminde girin
local-error-password-missing = Bir parola girin
local-error-password-short = Parola en az 10 karakter uzunluğunda olmalıdır
local-error-password-long = Parola en fazla 256 karakter olabilir
local-error-password-guessable = Bu parola çok kolay tahmin edilir. Örneğin birkaç kelimeden oluşan bir cümle seçin
local-error-login-refused = E-posta adresi veya parola doğru değil
local-error-not-confirmed = E-posta adresinizi henüz onaylamadınız. E-postamızdaki bağlantıyı açın veya yeni bir bağlantı almak için hesabı yeniden oluşturun

mail-local-confirm-subject = Lütfen Kreisportal için e-posta adresinizi onaylayın
mail-local-confirm-body =
    Merhaba,

    bu adresle Kreisportal'da bir hesap oluşturuldu. Bu bağlantıyla adresi onaylar ve hesabı etkinleştirirsiniz:

    { $link }

    Bağlantı { $hours } saat geçerlidir. Hesap oluşturmadıysanız bu e-postayı silmeniz yeterli. Onaylanmayan hesap bir hafta sonra silinir.
mail-local-reset-subject = Kreisportal hesabınız için yeni parola
mail-local-reset-body =
    Merhaba,

    Kreisportal hesabınız için yeni bir parola istendi. Bu bağlantıyla yeni parolayı belirlersiniz:

    { $link }

    Bağlantı { $hours } saat geçerlidir. Yeni parola istemediyseniz bu e-postayı silin. Parolanız olduğu gibi kalır.
mail-local-again-subject = Zaten bir Kreisportal hesabınız var
mail-local-again-body =
    Merhaba,

    birisi bu adresle Kreisportal'da hesap oluşturmak istedi, ancak zaten bir hesabınız var. Buradan giriş yapabilirsiniz:

    { $login }

    Parolanızı unuttuysanız bu bağlantıyla yeni bir parola belirleyin:

    { $link }

    Bağlantı { $hours } saat geçerlidir. Bu siz değilseniz bu e-postayı silin. Parolanız olduğu gibi kalır.
