### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Signpost aracılığıyla çocuk koruma bildirimi: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Signpost aracılığıyla çocuk koruma bildirimi
mail-intro = Biri, bir çocuğun güvenliğiyle ilgili bir endişeyi { $organisation } kuruluşuna iletmek için Signpost'u kullandı.
mail-no-copy = Signpost bu mesajın bir kopyasını saklamaz. Lütfen çocuk koruma prosedürlerinize göre işlem yapın.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = Kişi Signpost'u şu dilde kullandı: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = Aynı mesajın İngilizcesi aşağıdadır.
mail-answers-heading = KİŞİNİN YANITLARI
mail-answer-where = Bulunduğu yer
mail-answer-worry = Endişelendiği konu
mail-answer-danger = Şu anda tehlikede olan bir çocuk
mail-answer-under-18 = Kişi 18 yaşından küçük
mail-yes = evet
mail-no = hayır
mail-wrote-heading = KİŞİNİN YAZDIKLARI
mail-reach-heading = KİŞİYE NASIL ULAŞILIR
mail-reach-anonymous = Kişi anonim kalmayı seçti.
mail-reach-name = Ad
mail-reach-email = E-posta
mail-reach-phone = Telefon
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = SIGNPOST'UN KİŞİYİ YÖNLENDİRDİĞİ YERLER (kural { $rule }, kapsam { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = telefon { $phone }
mail-removed-address = [web adresi kaldırıldı: Signpost kişiyi bunu bildirmesi için ihbar hattına yönlendirdi]
mail-automatic = Bu mesaj otomatik olarak gönderildi; bu adrese gelen yanıtlar okunmaz.
