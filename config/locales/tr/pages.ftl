### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Hata: { $title }
skip-to-main = Ana içeriğe geç
# The button at the top of every page that leaves at once for a weather website.
exit-link = Bu siteden çıkın
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = { "" }
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Hava durumu
footer-staying-safe = Bu siteyi kullanırken güvende kalmak
footer-nothing-kept = Signpost ona anlattığınız hiçbir şeyi saklamaz. Bir acil durum hizmeti değildir.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Dil
language-own-label = Seçtiğiniz ülkenin dilleri:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (yeni sekmede açılır)
# Before an error message under a question (read by screen readers).
error-prefix = Hata:
error-summary-title = Bir sorun var

## The emergency box (start and error pages)

emergency-heading = Bir çocuk şu anda tehlikedeyse
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Hemen { $number } numarasını arayın ({ $country }).
emergency-call-local = Hemen bulunduğunuz yerin acil durum numarasını arayın.

## The start page

start-title = Yardım almak için doğru yeri bulun
start-heading = İnternette bir çocuğun güvenliği için mi endişeleniyorsunuz?
start-lead = Dört kısa soruyu yanıtlayın; Signpost size ülkenizde bunu nereye bildireceğinizi veya kiminle konuşabileceğinizi söyleyecek. Ona anlattığınız hiçbir şeyi saklamaz.
start-button = Hemen başlayın
start-before-heading = Başlamadan önce
start-before-no-images = Bir çocuğun cinsel içerikli resimlerini indirmeyin, ekran görüntüsünü almayın ve paylaşmayın, bildirmek için bile. Bunun yerine web adresini kopyalayın.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Bu siteyi başka birinin telefonunda veya bilgisayarında kullanabilirsiniz. İstediğiniz an “{ $exit }” düğmesine basın.

## The questions

questions-title = Bize neler olduğunu anlatın
questions-intro = Yanıtlarınız yalnızca sizin için doğru yeri bulmak için kullanılır. Hiçbir şey kaydedilmez.
questions-country-label = Neredesiniz?
questions-country-hint = Şu anda bulunduğunuz ülkeyi seçin.
questions-country-choose = Bir ülke seçin
questions-danger-legend = Bir çocuk şu anda tehlikede mi?
questions-danger-hint = Örneğin biri ona zarar veriyor ya da onunla buluşmak üzere.
questions-danger-yes = Evet
questions-danger-no = Hayır
questions-danger-not-sure = Emin değilim
questions-reporter-legend = 18 yaşından küçük müsünüz?
questions-reporter-child = Evet, 18 yaşından küçüğüm
questions-reporter-adult = Hayır, 18 yaşında veya daha büyüğüm
questions-concern-legend = Sizi endişelendiren nedir?
questions-continue = Devam
questions-error-country = Bulunduğunuz ülkeyi seçin
questions-error-danger = Bir çocuğun şu anda tehlikede olup olmadığını seçin
questions-error-reporter = 18 yaşından küçük olup olmadığınızı seçin
questions-error-concern = Sizi neyin endişelendirdiğini seçin

## The plan

plan-title = Yardım alabileceğiniz yerler
plan-heading-child = Başınız derde girmeyecek. Size yardım edebilecekler burada.
plan-lead-child = Yardım aramakla doğru olanı yaptınız. Bu adımları sırayla izleyin. İstediğiniz an durabilirsiniz.
plan-heading-adult = Bildirebileceğiniz ve yardım alabileceğiniz yerler
plan-lead-adult = Bu adımları sırayla izleyin. Ülke: { $country }.
plan-international = Bu hizmetlerin bazıları uluslararasıdır, çünkü bu konu için şu ülkede bir hizmet bilmiyoruz: { $country }. Her yerden gelen bildirimleri kabul ederler.
plan-advice-heading-child = Yardımcı olabilecek şeyler
plan-advice-heading-adult = Ne yapmalı, ne yapmamalı
plan-why-summary = Neden bu adımlar?
plan-why-told-us = Bize şunları söylediniz:
plan-why-country = Bulunduğunuz ülke: { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Sizi endişelendiren: { $concern }.
plan-why-child = 18 yaşından küçüksünüz.
plan-why-adult = 18 yaşında veya daha büyüksünüz.
plan-why-danger = Bir çocuk şu anda tehlikede olabilir.
plan-why-no-danger = Şu anda tehlikede olan bir çocuk yok.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost { $rule } kuralını kullandı. Kural, her hizmetin kendisi için söylediği amaca uyar. Yukarıdaki her adım neden orada olduğunu söyler.
plan-start-again = Farklı yanıtlarla yeniden başlayın

## The steps of a plan

plan-step-number = Adım { $number }
step-other-places = Bu konuda yardım edebilecek başka yerler
# $number is the number exactly as the service writes it.
step-call = Arayın: { $number }
step-text = Mesaj gönderin: { $number }
step-more-about-number = Bu numara hakkında daha fazla bilgi
step-website = Web sitelerine gidin
step-fact-name = Adınız
step-fact-when = Ne zaman
step-fact-who-for = Kimin için
step-anonymous = Adınızı vermeden bildirimde bulunabilirsiniz.
step-not-anonymous = Sizden adınız ve iletişim bilgileriniz istenecek.
step-ages-between = { $min }-{ $max } yaş arası
step-ages-up-to = { $max } yaşa kadar
step-ages-from = { $min } yaş ve üzeri
# $date is the date the details were last checked (date-long).
step-last-checked = Son kontrol: { $date }.
step-checked-own-site = Hizmetin kendi web sitesinde kontrol edildi.
step-checked-third-party = Başka bir web sitesinde bulundu: hizmetin kendi sayfasını da kontrol edin.
step-checked-conflict = Kaynaklar bazı ayrıntılarda farklı bilgi veriyor: hizmetin kendi sayfasını kontrol edin.
step-details-summary = Nelere ihtiyacınız olacak ve sonra ne olacak
step-details-about = Nedir:
step-details-need = Neye ihtiyacınız olacak:
step-details-next = Sonra ne olacak:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] Ocak
        [2] Şubat
        [3] Mart
        [4] Nisan
        [5] Mayıs
        [6] Haziran
        [7] Temmuz
        [8] Ağustos
        [9] Eylül
        [10] Ekim
        [11] Kasım
       *[12] Aralık
    } { $year }

## Staying safe while you use this site

staying-safe-title = Bu siteyi kullanırken güvende kalmak
staying-safe-lead = Biri telefonunuzu veya bilgisayarınızı kontrol ediyor olabilirse, şunlar yardımcı olabilir.
staying-safe-does-heading = Signpost ne yapar
staying-safe-no-keeping = Signpost yanıtlarınızı saklamaz. Çerez kullanmaz ve cihazınıza hiçbir şey kaydetmez.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Yanıtlarınız web adresine eklenmez, bu yüzden geçmişinizdeki sayfaların adı yalnızca “Signpost”, “{ $questions }” ve “{ $plan }” olur.
# $exit is the name of the button (exit-link).
staying-safe-exit = Her sayfanın üstündeki “{ $exit }” düğmesi sizi doğrudan bir hava durumu sitesine götürür. Tarayıcınızda JavaScript çalışıyorsa Shift tuşuna üç kez basmak da aynı işi yapar ve geri düğmesi sizi buraya geri getirmez.
staying-safe-cannot-heading = Signpost neyi gizleyemez
staying-safe-history-shows = Tarayıcı geçmişiniz bu siteyi ziyaret ettiğinizi yine de gösterir. Geçmişi tarayıcınızın ayarlarından silebilir veya gizli pencere kullanabilirsiniz.
staying-safe-phone-bill = Bir yardım hattını aramanız, hat aksini söylemedikçe telefon faturasında görünebilir. Çocuklar için birçok yardım hattı faturada görünmez.
staying-safe-screen = Ekranınızı görebilen ya da cihazınıza takip yazılımı yüklemiş biri, ne yaptığınızı yine de görebilir. Böyle olduğunu düşünüyorsanız, onun erişemeyeceği bir cihaz kullanın; örneğin okulda, kütüphanede ya da bir arkadaşınızda bir bilgisayar.
staying-safe-back = Başa dönün

## The error page

error-still-help = Yine de bildirimde bulunabilir veya yardım alabilirsiniz
error-try-again = Tekrar deneyin
