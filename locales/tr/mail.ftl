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

mail-confirmation-subject = Başvurunuz alındı: { $reference }
mail-confirmation-body =
    Merhaba,

    „{ $service }“ başvurunuzu { $date } tarihinde aldık.

    Referans numarası: { $reference }
    Erişim kodu: { $code }

    Başvurunuzun durumunu referans numarası ve erişim koduyla her zaman { $link } adresinde görebilirsiniz.

    Bu e-posta otomatik olarak oluşturulmuştur. Lütfen yanıtlamayın.
mail-resume-subject = Kaydedilmiş başvurunuz: { $service }
mail-resume-body =
    Merhaba,

    „{ $service }“ başvurunuzu kaydettiniz. Bu bağlantıyla devam edin:

    { $link }

    Ya da Kreisportal'da „Kaydedilmiş başvuruya devam et“ altında bu kodu girin: { $code }

    Bilgileriniz { $date } tarihine kadar saklanır.

    Bu e-posta otomatik olarak oluşturulmuştur. Lütfen yanıtlamayın.
mail-expiry-subject = Başvurunuz yakında silinecek: { $service }
mail-expiry-body =
    Merhaba,

    yarım kalan „{ $service }“ başvurunuz, o zamana kadar devam etmezseniz { $date } tarihinde silinecek.

    Buradan devam edin: { $link }

    Bu e-posta otomatik olarak oluşturulmuştur. Lütfen yanıtlamayın.
mail-invitation-subject = Kreisportal'da „{ $organisation }“ davetiyesi
mail-invitation-body =
    Merhaba,

    Kreisportal'da „{ $organisation }“ kuruluşuna katılmaya davet edildiniz. Daveti bu bağlantıyla kabul edersiniz (bunun için giriş yaparsınız):

    { $link }

    Bağlantı { $days } gün geçerlidir. Bu daveti beklemiyorsanız bu e-postayı silebilirsiniz.

# $service, $reference, $link: the service's title, the reference and the answer page.
mail-information-request-subject = { $reference } numaralı başvurunuzla ilgili bir soru
mail-information-request-body =
    Merhaba,

    “{ $service }” başvurunuzla (referans numarası { $reference }) ilgili bir sorumuz var.

    Lütfen soruyu burada okuyup yanıtlayın: { $link }

    Yanıtınız gelene kadar işlem bekletilir.

    Bu e-posta otomatik olarak oluşturuldu. Lütfen yanıtlamayın.

# Staff mail about deadlines. $name: the staff member; $reference, $service, $due, $link: the
# case; $date, $open, $overdue, $soon, $unassigned, $link: the digest.
mail-deadline-reminder-subject = Süre doluyor: işlem { $reference }
mail-deadline-escalation-subject = Süre aşıldı: işlem { $reference }
mail-digest-subject = { $date } tarihli gelen kutunuz
mail-deadline-reminder-body =
    Merhaba { $name },

    { $reference } numaralı işlem (“{ $service }”) { $due } tarihine kadar tamamlanmalıdır.

    İşleme git: { $link }
mail-deadline-escalation-body =
    Merhaba { $name },

    { $reference } numaralı işlemin (“{ $service }”) işlem süresi { $due } tarihinde doldu. Bu bildirimi birimin ekip lideri olarak alıyorsunuz.

    İşleme git: { $link }
mail-digest-body =
    Merhaba { $name },

    gelen kutunuzda size ya da henüz kimseye atanmamış { $open } açık işlem var: { $overdue } süresi geçmiş, { $soon } iki gün içinde dolacak, { $unassigned } henüz üstlenilmemiş.

    Gelen kutusuna git: { $link }

mail-resubmission-subject = Yeniden sunum: işlem { $reference }
mail-resubmission-body =
    Merhaba { $name },

    { $reference } numaralı işlem („{ $service }“) bugün yeniden sunum için önünüzde.

    İşleme git: { $link }

# The notice of a new Postfach message: no content, only the link. $link: the message.
mail-postfach-subject = Kreisportal posta kutunuzda yeni mesaj
mail-postfach-body =
    Merhaba,

    Kreisportal’daki posta kutunuzda sizin için yeni bir mesaj var.

    Okumak için giriş yapın: { $link }

    Verilerinizi korumak için bu e-posta içeriği hakkında bilgi vermez.

    Bu e-posta otomatik olarak oluşturulmuştur. Lütfen yanıtlamayın.
