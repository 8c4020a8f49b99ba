### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Nerede oldu? (isteğe bağlı)
questions-platform-hint = Bu listedeki bir uygulamada, oyunda veya sitede olduysa onu seçin; planınız orada nasıl bildireceğinizi de söyler. Bu soruyu atlayabilirsiniz: planınız aynı kalır.
questions-platform-skip = Bu soruyu atla
questions-platform-group-platforms = Uygulamalar, oyunlar ve siteler
questions-platform-group-other = Başka bir şey
questions-error-platform = Nerede olduğunu listeden seçin veya bu soruyu atlayın

## The fixed answers (a platform's own name is shown for the others)

place-website = Bir web sitesi
place-elsewhere-online = İnternette başka bir yerde
place-not-online = İnternette değil
place-rather-not-say = Söylememeyi tercih ederim

## The step

role-platform-heading = Platformda da bildirin
role-platform-about = Uygulamanın, oyunun veya sitenin kendi güvenlik ekibi; kurallarını çiğneyen içerikleri kaldırabilir ve hesapları kapatabilir.
role-platform-need = Hesabın adı ve onu platformda nerede gördüğünüz. Asla görüntülerin kendisi değil.
role-platform-next = Platformun güvenlik ekibi bildirimi inceler ve içeriği kaldırabilir veya hesabı kapatabilir.
platform-step-heading = { $platform } üzerinde de bildirin
platform-why-adult = Platforma da bildirmeniz, onun hesaba karşı işlem yapmasını sağlar. Bunu yukarıdaki adımlardan sonra yapın, onların yerine değil.
platform-why-adult-images = Görüntüleri önce ihbar hattına bildirin: görüntülerin kaldırılmasını ve polise iletilmesini sağlayan bu bildirimdir. Hesabı platformda da bildirmek bir ektir, asla onun yerine geçmez.
platform-why-child = Uygulamaya, oyuna veya siteye de haber verebilirsiniz. Bu, yukarıdaki adımlara ek olarak yapılır, onların yerine değil.
platform-why-child-images = Önce yukarıdaki adımda ihbar hattına bildirin. Uygulamaya veya siteye de haber vermek ekstradır: hesabı kapatabilirler.
platform-report-link = { $platform } platformuna bildir
platform-in-app = Uygulamada:
platform-passes-to-ncmec = { $platform }, bildirimleri ABD Ulusal Kayıp ve İstismar Edilen Çocuklar Merkezi NCMEC'e ilettiğini söylüyor.
platform-passes-to-police = { $platform }, bildirimleri polise ilettiğini söylüyor.
platform-passes-to-ncmec-police = { $platform }, bildirimleri NCMEC'e (ABD Ulusal Kayıp ve İstismar Edilen Çocuklar Merkezi) ve polise ilettiğini söylüyor.
platform-account-needed = Orada bildirmek için bir { $platform } hesabına ihtiyacınız var.
platform-account-not-needed = Orada bildirmek için bir { $platform } hesabına ihtiyacınız yok.
platform-advice-heading = Orada bildirirken
platform-advice-adult-block = Hesabı bildirdikten sonra engelleyin.
platform-advice-adult-keep = Konuşmayı, mesajları veya profili silmeyin: polisin bunlara ihtiyacı olabilir.
platform-advice-adult-images = Bir çocuğun cinsel görüntülerini asla göndermeyin, iletmeyin, kaydetmeyin veya ekran görüntüsünü almayın; bildirmek için bile.
platform-advice-child-block = Hesabı bildirdikten sonra engelleyin, böylece size ulaşamaz.
platform-advice-child-keep = İsteseniz bile sohbeti veya mesajları silmeyin. Polise yardımcı olabilirler.
platform-advice-child-images = Resimleri asla göndermeyin ve kaydetmeyin, bildirmek için bile. Başınız derde girmeyecek.

## The plan's answers, and the email

plan-why-platform = Olduğu yer: { $platform }.
mail-answer-platform = Nerede olduğu
