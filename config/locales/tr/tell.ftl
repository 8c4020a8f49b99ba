### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = { $organisation } kuruluşuna da bildirin
tell-section-intro = Bu durum { $organisation } kuruluşundaki bir çocukla ilgiliyse, kuruluşun çocuk koruma ekibine de mesaj gönderebilirsiniz. Bu, yukarıdaki adımların yerini tutmaz: lütfen yine de oraya bildirin.

## The form

tell-title = { $organisation } kuruluşuna bildirin
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Bu kutuyu boş bırakın
tell-text-label = { $organisation } kuruluşunun neyi bilmesini istiyorsunuz?
# $max is the largest number of characters allowed.
tell-text-hint = Ne olduğunu, kimlerin işin içinde olduğunu ve ne zaman olduğunu yazın. Cinsel içerikli resim yapıştırmayın veya tarif etmeyin, bunların web adreslerini de eklemeyin: Signpost bunları kaldırır. En fazla { $max } karakter yazabilirsiniz.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Kalan karakter: { $count }
tell-count-over = Fazla karakter: { $count }
tell-contact-legend = { $organisation } sizinle iletişime geçebilir mi?
tell-contact-share = Evet, bilgilerim şunlar
tell-contact-name = Adınız (isteğe bağlı)
tell-contact-email = E-posta adresi
tell-contact-phone = Telefon numarası
tell-contact-anonymous = Hayır, anonim kalmayı tercih ederim
tell-who-reads-heading = Bunu kim okuyacak
tell-who-reads-to = Mesajınız e-postayla { $organisation } kuruluşunun çocuk koruma ekibine gider.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Mesajınız e-postayla { $organisation } kuruluşunun çocuk koruma ekibine gider ({ $recipients }).
tell-who-reads-after = Bilgilerinizi verirseniz sizinle iletişime geçebilirler. Bir çocuğu korumak için yazdıklarınızı polise veya çocuk koruma hizmetlerine iletebilirler. Signpost bir kopya saklamaz.
tell-consent = Bunu kimin okuyacağını ve bununla ne yapabileceklerini anlıyorum
tell-continue = Devam

## Problems with what was typed

tell-error-text-empty = Onların neyi bilmesini istediğinizi yazın
tell-error-text-too-long = Mesajınız çok uzun: en fazla { $max } karakter olmalı
tell-error-contact-none = Bir e-posta adresi veya telefon numarası verin ya da anonim kalmayı seçin
tell-error-email = name@example.com gibi bir e-posta adresi girin
tell-error-phone = 07700 900 982 gibi, rakamlarla bir telefon numarası girin
tell-error-name-too-long = Adınız en fazla { $max } karakter olmalı
tell-error-contact = Sizinle iletişime geçip geçemeyeceklerini seçin
tell-error-consent = Bunu kimin okuyacağını anladığınızı belirtmek için kutuyu işaretleyin

## Check before sending

tell-check-title = Göndermeden önce mesajınızı kontrol edin
tell-check-sent-to = Alıcı
tell-check-sent-to-value = { $organisation } kuruluşunun çocuk koruma ekibi
tell-check-you-wrote = Yazdıklarınız
tell-check-contact = İletişim bilgileriniz
tell-check-anonymous = Anonim kalmayı seçtiniz
tell-check-note = Web adresleri göndermeden önce çıkarılır veya tıklanamaz hale getirilir. { $organisation } ayrıca sorulara verdiğiniz yanıtları ve Signpost'un önerdiği yerleri de görecek. Signpost bir kopya saklamaz.
tell-check-send = { $organisation } kuruluşuna gönderin
tell-check-change = Mesajınızı değiştirin

## After sending (or trying to)

tell-sent-heading = { $organisation } kuruluşuna gönderildi
tell-sent = Mesajınız { $organisation } kuruluşunun çocuk koruma ekibine gönderildi. Signpost bir kopya saklamadı.
tell-not-sent-heading = Mesajınız gönderilmedi
tell-not-sent-other-site = Bu form yalnızca Signpost'un kendi sayfasından gönderilebilir. Mesajınız { $organisation } kuruluşuna gitmedi.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Buradan kısa sürede çok fazla mesaj gönderildi. Lütfen { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    } sonra tekrar deneyin. Mesajınız { $organisation } kuruluşuna gitmedi.
tell-unconfirmed-heading = Mesajınızın gönderildiğini doğrulayamadık
tell-unconfirmed = Mesajınız teslim edilirken { $organisation } kuruluşunun e-posta sunucusuyla bağlantı koptu, bu yüzden ulaşmış da olabilir, ulaşmamış da. Mesajınız aşağıda. Kontrol etmek için iki kez göndermek yerine { $organisation } ile başka bir yoldan iletişime geçebilirsiniz.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Mesajınız { $organisation } kuruluşuna gitmedi. Kopyalayabilmeniz veya tekrar deneyebilmeniz için aşağıdadır.
tell-failure-unreachable = Signpost e-posta sunucusuna ulaşamadı.
tell-failure-temporary = E-posta sunucusu meşgul ve daha sonra denenmesini istedi.
tell-failure-permanent = E-posta sunucusu mesajı reddetti.
tell-failure-timeout = E-posta sunucusu zamanında yanıt vermedi.
tell-failure-tls = Signpost e-posta sunucusuyla güvenli bir bağlantı kuramadı.
tell-failure-compose = Signpost mesajı hazırlayamadı.
tell-failure-no-recipient = Signpost şu anda kimseye mesaj iletemiyor.
tell-result-your-message = Mesajınız
tell-result-copy = Kopyalayabilmeniz veya tekrar deneyebilmeniz için yazdıklarınız burada.
tell-result-you-wrote = Yazdıklarınız
tell-result-try-again = Tekrar göndermeyi deneyin
tell-result-change = Mesajınızı değiştirin
tell-result-still-heading = Lütfen yine de bu adımları izleyin
tell-result-still = { $organisation } kuruluşuna bildirmek, doğru yere bildirmenin yerini tutmaz.
