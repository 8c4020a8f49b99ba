### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Kekhawatiran perlindungan anak melalui Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Kekhawatiran perlindungan anak melalui Signpost
mail-intro = Seseorang menggunakan Signpost untuk memberi tahu { $organisation } tentang kekhawatiran atas keselamatan seorang anak.
mail-no-copy = Signpost tidak menyimpan salinan pesan ini. Harap tangani sesuai prosedur perlindungan anak Anda.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = Orang ini menggunakan Signpost dalam bahasa: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = Pesan yang sama dalam bahasa Inggris ada di bawah ini.
mail-answers-heading = JAWABAN MEREKA
mail-answer-where = Lokasi mereka
mail-answer-worry = Yang mereka khawatirkan
mail-answer-danger = Ada anak dalam bahaya sekarang
mail-answer-under-18 = Orang ini berusia di bawah 18 tahun
mail-yes = ya
mail-no = tidak
mail-wrote-heading = YANG MEREKA TULIS
mail-reach-heading = CARA MENGHUBUNGI MEREKA
mail-reach-anonymous = Mereka memilih untuk tetap anonim.
mail-reach-name = Nama
mail-reach-email = Email
mail-reach-phone = Telepon
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = KE MANA SIGNPOST MENGARAHKAN MEREKA (aturan { $rule }, cakupan { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = telepon { $phone }
mail-removed-address = [alamat web dihapus: Signpost mengarahkan orang ini ke saluran pengaduan untuk melaporkannya]
mail-automatic = Pesan ini dikirim secara otomatis; balasan ke alamat ini tidak dibaca.
