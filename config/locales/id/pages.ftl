### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Kesalahan: { $title }
skip-to-main = Langsung ke isi utama
# The button at the top of every page that leaves at once for a weather website.
exit-link = Tinggalkan situs ini
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = dengan cepat
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Cuaca
footer-staying-safe = Tetap aman saat menggunakan situs ini
footer-nothing-kept = Signpost tidak menyimpan apa pun yang Anda sampaikan. Signpost bukan layanan darurat.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Bahasa
language-own-label = Bahasa negara yang Anda pilih:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (terbuka di tab baru)
# Before an error message under a question (read by screen readers).
error-prefix = Kesalahan:
error-summary-title = Ada masalah

## The emergency box (start and error pages)

emergency-heading = Jika ada anak dalam bahaya saat ini
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Telepon { $number } sekarang ({ $country }).
emergency-call-local = Telepon nomor darurat setempat sekarang.

## The start page

start-title = Temukan tempat yang tepat untuk mendapat bantuan
start-heading = Khawatir tentang keselamatan anak di internet?
start-lead = Jawab empat pertanyaan singkat, dan Signpost akan memberi tahu ke mana melaporkannya atau dengan siapa berbicara di negara Anda. Signpost tidak menyimpan apa pun yang Anda sampaikan.
start-button = Mulai sekarang
start-before-heading = Sebelum mulai
start-before-no-images = Jangan unduh, tangkap layar, atau bagikan gambar seksual anak apa pun, bahkan untuk melaporkannya. Salin alamat webnya saja.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Anda bisa memakai situs ini di ponsel atau komputer orang lain. Tekan “{ $exit }” kapan saja.

## The questions

questions-title = Ceritakan apa yang terjadi
questions-intro = Jawaban Anda hanya dipakai untuk menemukan tempat yang tepat bagi Anda. Tidak ada yang disimpan.
questions-country-label = Anda berada di mana?
questions-country-hint = Pilih negara tempat Anda berada sekarang.
questions-country-choose = Pilih negara
questions-danger-legend = Apakah ada anak dalam bahaya saat ini?
questions-danger-hint = Misalnya, seseorang sedang menyakitinya, atau akan segera bertemu dengannya.
questions-danger-yes = Ya
questions-danger-no = Tidak
questions-danger-not-sure = Saya tidak yakin
questions-reporter-legend = Apakah usia Anda di bawah 18 tahun?
questions-reporter-child = Ya, saya di bawah 18 tahun
questions-reporter-adult = Tidak, saya 18 tahun atau lebih
questions-concern-legend = Apa yang Anda khawatirkan?
questions-continue = Lanjut
questions-error-country = Pilih negara tempat Anda berada
questions-error-danger = Pilih apakah ada anak dalam bahaya saat ini
questions-error-reporter = Pilih apakah usia Anda di bawah 18 tahun
questions-error-concern = Pilih apa yang Anda khawatirkan

## The plan

plan-title = Tempat mendapat bantuan
plan-heading-child = Kamu tidak akan mendapat masalah. Ini pihak yang bisa membantu.
plan-lead-child = Kamu sudah melakukan hal yang benar dengan mencari bantuan. Ikuti langkah-langkah ini secara berurutan. Kamu boleh berhenti kapan saja.
plan-heading-adult = Tempat melapor dan mendapat bantuan
plan-lead-adult = Ikuti langkah-langkah ini secara berurutan. Untuk { $country }.
plan-international = Beberapa layanan ini bersifat internasional, karena kami tidak tahu layanan untuk hal ini di { $country }. Layanan ini menerima laporan dari mana saja.
plan-advice-heading-child = Hal-hal yang bisa membantu
plan-advice-heading-adult = Yang perlu dan tidak boleh dilakukan
plan-why-summary = Mengapa langkah-langkah ini?
plan-why-told-us = Yang Anda sampaikan:
plan-why-country = Anda berada di { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Yang Anda khawatirkan: { $concern }.
plan-why-child = Usia Anda di bawah 18 tahun.
plan-why-adult = Usia Anda 18 tahun atau lebih.
plan-why-danger = Mungkin ada anak dalam bahaya saat ini.
plan-why-no-danger = Tidak ada anak dalam bahaya saat ini.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost memakai aturan { $rule }. Aturan ini mengikuti apa yang dinyatakan setiap layanan tentang tujuannya. Setiap langkah di atas menjelaskan alasannya.
plan-start-again = Mulai lagi dengan jawaban lain

## The steps of a plan

plan-step-number = Langkah { $number }
step-other-places = Tempat lain yang bisa membantu dalam hal ini
# $number is the number exactly as the service writes it.
step-call = Telepon { $number }
step-text = SMS ke { $number }
step-more-about-number = Selengkapnya tentang nomor ini
step-website = Buka situs webnya
step-fact-name = Nama Anda
step-fact-when = Kapan
step-fact-who-for = Untuk siapa
step-anonymous = Anda bisa melapor tanpa menyebutkan nama.
step-not-anonymous = Anda akan diminta nama dan data kontak.
step-ages-between = Usia { $min } sampai { $max } tahun
step-ages-up-to = Sampai usia { $max } tahun
step-ages-from = Mulai usia { $min } tahun
# $date is the date the details were last checked (date-long).
step-last-checked = Terakhir diperiksa { $date }.
step-checked-own-site = Diperiksa di situs web layanan itu sendiri.
step-checked-third-party = Ditemukan di situs web lain: periksa juga halaman layanan itu sendiri.
step-checked-conflict = Sumber-sumber berbeda tentang beberapa detail: periksa halaman layanan itu sendiri.
step-details-summary = Yang perlu disiapkan dan apa yang terjadi selanjutnya
step-details-about = Apa ini:
step-details-need = Yang perlu disiapkan:
step-details-next = Apa yang terjadi selanjutnya:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] Januari
        [2] Februari
        [3] Maret
        [4] April
        [5] Mei
        [6] Juni
        [7] Juli
        [8] Agustus
        [9] September
        [10] Oktober
        [11] November
       *[12] Desember
    } { $year }

## Staying safe while you use this site

staying-safe-title = Tetap aman saat menggunakan situs ini
staying-safe-lead = Jika ada orang yang mungkin memeriksa ponsel atau komputer Anda, hal-hal ini bisa membantu.
staying-safe-does-heading = Yang dilakukan Signpost
staying-safe-no-keeping = Signpost tidak menyimpan jawaban Anda. Signpost tidak memakai cookie dan tidak menyimpan apa pun di perangkat Anda.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Jawaban Anda tidak dimasukkan ke alamat web, jadi halaman di riwayat Anda hanya bernama “Signpost”, “{ $questions }”, dan “{ $plan }”.
# $exit is the name of the button (exit-link).
staying-safe-exit = Tombol “{ $exit }” di bagian atas setiap halaman langsung membawa Anda ke situs web cuaca. Jika browser Anda menjalankan JavaScript, menekan tombol Shift tiga kali juga melakukan hal yang sama, dan tombol kembali tidak akan membawa Anda ke sini lagi.
staying-safe-cannot-heading = Yang tidak bisa disembunyikan Signpost
staying-safe-history-shows = Riwayat browser Anda tetap menunjukkan bahwa Anda mengunjungi situs ini. Anda dapat menghapusnya di pengaturan browser, atau memakai jendela pribadi atau penyamaran (incognito).
staying-safe-phone-bill = Panggilan telepon ke layanan bantuan mungkin muncul di tagihan telepon, kecuali layanan itu menyatakan tidak. Banyak layanan bantuan untuk anak tidak muncul di tagihan.
staying-safe-screen = Orang yang bisa melihat layar Anda, atau yang memasang perangkat lunak pelacak di perangkat Anda, mungkin tetap bisa melihat apa yang Anda lakukan. Jika Anda merasa itu terjadi, pakai perangkat yang tidak bisa mereka akses, seperti komputer di sekolah, perpustakaan, atau milik teman.
staying-safe-back = Kembali ke awal

## The error page

error-still-help = Anda tetap bisa melapor atau mendapat bantuan
error-try-again = Coba lagi
