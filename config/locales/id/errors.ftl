### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost tidak dapat menerima itu
error-unsupported-form = Signpost hanya menerima jawaban atas pertanyaannya. Signpost tidak pernah menerima file atau gambar: jangan kirim gambar ke mana pun. Sebagai gantinya, laporkan gambar itu ke saluran pengaduan nasional di negara Anda.
error-unsupported-json = Kirim jawaban dalam format JSON dengan Content-Type: application/json. Signpost tidak pernah menerima file atau gambar: sebagai gantinya, laporkan gambar ke saluran pengaduan nasional di negara Anda.
error-too-large-title = Isinya terlalu panjang
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost menerima paling banyak { $kib } KiB. Signpost tidak pernah menerima file atau gambar.
error-body-unreadable-title = Jawaban Anda tidak sampai
error-body-unreadable = Sambungan terputus. Silakan coba lagi.
error-bad-json-title = Permintaan tidak valid
error-bad-form-title = Jawaban Anda tidak dapat dibaca
error-bad-form = Silakan kembali ke pertanyaan dan jawab lagi.
error-invalid-title = Jawaban tidak valid
error-invalid = Ada jawaban yang kosong atau tidak valid; semuanya tercantum di errors.
error-not-found-title = Halaman tidak ditemukan
error-not-found = Tidak ada halaman di alamat ini.
error-image-title = Signpost tidak dapat menerima gambar
error-image = Sesuatu yang Anda kirim tampaknya berupa gambar. Signpost tidak pernah menerima gambar, dan tidak ada yang terkirim. Mohon jangan kirim gambar kepada siapa pun, bahkan untuk melaporkannya: membagikannya berarti menyebarkannya, dan itu adalah tindak pidana di banyak negara. Jika Anda melihat gambar seksual anak di internet, salin alamat webnya dan laporkan ke saluran pengaduan nasional di negara Anda.
error-binary-title = Signpost tidak dapat membaca itu
error-binary = Sesuatu yang Anda kirim bukan teks. Signpost hanya menerima kata-kata yang diketik, tidak pernah file atau gambar.
error-rate-limited-title = Mohon tunggu sebentar
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = Signpost menerima banyak permintaan dari sambungan Anda dalam waktu singkat, jadi Signpost berhenti menjawab dan meneruskan pesan selama { $minutes ->
       *[other] { $minutes } menit
    }. Anda tetap bisa mendapat bantuan sekarang dari layanan di bawah ini.
