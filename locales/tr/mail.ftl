mail-feedback-subject = Erişilebilirlik geri bildirimi no. { $number }
mail-feedback-body =
    Kreisportal üzerinden bir erişilebilirlik geri bildirimi alındı.

    Numara: { $number }
    Alınma zamanı: { $received }
    Sayfanın dili: { $language }
    Sayfa: { $page }
    Ad: { $name }
    E-posta: { $email }

    Mesaj:
    { $message }

    Bir e-posta adresi verilmişse lütfen en geç bir ay içinde yanıt verin.
mail-feedback-not-given = belirtilmedi
