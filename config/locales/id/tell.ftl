### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Beri tahu juga { $organisation }
tell-section-intro = Jika ini melibatkan seorang anak di { $organisation }, Anda juga dapat mengirim pesan ke tim perlindungan anak mereka. Ini tidak menggantikan langkah-langkah di atas: tetap laporkan di sana.

## The form

tell-title = Beri tahu { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Biarkan kotak ini kosong
tell-text-label = Apa yang ingin Anda sampaikan kepada { $organisation }?
# $max is the largest number of characters allowed.
tell-text-hint = Tulis apa yang terjadi, siapa yang terlibat, dan kapan. Jangan tempel atau gambarkan gambar seksual apa pun, dan jangan sertakan alamat webnya: Signpost akan menghapusnya. Anda dapat menulis hingga { $max } karakter.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Sisa karakter: { $count }
tell-count-over = Kelebihan karakter: { $count }
tell-contact-legend = Bolehkah { $organisation } menghubungi Anda?
tell-contact-share = Ya, ini data saya
tell-contact-name = Nama Anda (opsional)
tell-contact-email = Alamat email
tell-contact-phone = Nomor telepon
tell-contact-anonymous = Tidak, saya ingin tetap anonim
tell-who-reads-heading = Siapa yang akan membaca ini
tell-who-reads-to = Pesan Anda dikirim lewat email ke tim perlindungan anak di { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Pesan Anda dikirim lewat email ke tim perlindungan anak di { $organisation } ({ $recipients }).
tell-who-reads-after = Mereka mungkin menghubungi Anda jika Anda memberikan data Anda. Untuk menjaga keselamatan anak, mereka mungkin meneruskan tulisan Anda ke polisi atau layanan perlindungan anak. Signpost tidak menyimpan salinannya.
tell-consent = Saya mengerti siapa yang akan membaca ini dan apa yang mungkin mereka lakukan dengannya
tell-continue = Lanjut

## Problems with what was typed

tell-error-text-empty = Tulis apa yang ingin Anda sampaikan kepada mereka
tell-error-text-too-long = Pesan Anda terlalu panjang: buat menjadi { $max } karakter atau kurang
tell-error-contact-none = Berikan alamat email atau nomor telepon, atau pilih untuk tetap anonim
tell-error-email = Masukkan alamat email seperti nama@example.com
tell-error-phone = Masukkan nomor telepon dengan angka, seperti 07700 900 982
tell-error-name-too-long = Nama Anda harus { $max } karakter atau kurang
tell-error-contact = Pilih apakah mereka boleh menghubungi Anda
tell-error-consent = Centang kotak untuk menyatakan bahwa Anda mengerti siapa yang akan membaca ini

## Check before sending

tell-check-title = Periksa pesan Anda sebelum dikirim
tell-check-sent-to = Dikirim ke
tell-check-sent-to-value = Tim perlindungan anak di { $organisation }
tell-check-you-wrote = Yang Anda tulis
tell-check-contact = Data kontak Anda
tell-check-anonymous = Anda memilih untuk tetap anonim
tell-check-note = Alamat web dihapus atau dibuat tidak bisa diklik sebelum dikirim. { $organisation } juga akan melihat jawaban Anda atas pertanyaan dan tempat-tempat yang disarankan Signpost. Signpost tidak menyimpan salinannya.
tell-check-send = Kirim ke { $organisation }
tell-check-change = Ubah pesan Anda

## After sending (or trying to)

tell-sent-heading = Terkirim ke { $organisation }
tell-sent = Pesan Anda sudah dikirim ke tim perlindungan anak di { $organisation }. Signpost tidak menyimpan salinannya.
tell-not-sent-heading = Pesan Anda tidak terkirim
tell-not-sent-other-site = Formulir ini hanya dapat dikirim dari halaman Signpost sendiri. Pesan Anda belum sampai ke { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Terlalu banyak pesan dikirim dari sini dalam waktu singkat. Silakan coba lagi dalam { $minutes ->
       *[other] { $minutes } menit
    }. Pesan Anda belum sampai ke { $organisation }.
tell-unconfirmed-heading = Kami tidak dapat memastikan pesan Anda terkirim
tell-unconfirmed = Sambungan ke server email { $organisation } terputus saat pesan Anda sedang diserahkan, jadi pesan itu mungkin sampai, mungkin juga tidak. Pesan Anda ada di bawah ini. Anda dapat menghubungi { $organisation } dengan cara lain untuk memastikannya, daripada mengirimnya dua kali.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Pesan Anda belum sampai ke { $organisation }. Pesan itu ada di bawah ini, jadi Anda dapat menyalinnya atau mencoba lagi.
tell-failure-unreachable = Signpost tidak dapat menjangkau server email.
tell-failure-temporary = Server email sedang sibuk dan meminta untuk mencoba lagi nanti.
tell-failure-permanent = Server email menolak pesan ini.
tell-failure-timeout = Server email tidak menjawab tepat waktu.
tell-failure-tls = Signpost tidak dapat membuat sambungan aman ke server email.
tell-failure-compose = Signpost tidak dapat menyiapkan pesan.
tell-failure-no-recipient = Saat ini Signpost tidak dapat meneruskan pesan kepada siapa pun.
tell-result-your-message = Pesan Anda
tell-result-copy = Ini yang Anda tulis, jadi Anda dapat menyalinnya atau mencoba lagi.
tell-result-you-wrote = Yang Anda tulis
tell-result-try-again = Coba kirim lagi
tell-result-change = Ubah pesan Anda
tell-result-still-heading = Tetap ikuti langkah-langkah ini
tell-result-still = Memberi tahu { $organisation } tidak menggantikan pelaporan ke tempat yang tepat.
