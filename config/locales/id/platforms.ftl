### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Di mana hal itu terjadi? (opsional)
questions-platform-hint = Jika terjadi di aplikasi, gim, atau situs dalam daftar ini, pilihlah, dan rencana Anda juga akan menjelaskan cara melaporkannya di sana. Anda boleh melewati pertanyaan ini: rencana Anda tetap sama.
questions-platform-skip = Lewati pertanyaan ini
questions-platform-group-platforms = Aplikasi, gim, dan situs
questions-platform-group-other = Lainnya
questions-error-platform = Pilih dari daftar di mana hal itu terjadi, atau lewati pertanyaan ini

## The fixed answers (a platform's own name is shown for the others)

place-website = Sebuah situs web
place-elsewhere-online = Di tempat lain secara daring
place-not-online = Tidak secara daring
place-rather-not-say = Saya memilih tidak mengatakannya

## The step

role-platform-heading = Laporkan juga di platform
role-platform-about = Tim keamanan aplikasi, gim, atau situs itu sendiri, yang dapat menghapus konten dan menutup akun yang melanggar aturannya.
role-platform-need = Nama akun dan di mana Anda melihatnya di platform. Jangan pernah gambarnya sendiri.
role-platform-next = Tim keamanan platform meninjau laporan dan dapat menghapus konten atau menutup akun.
platform-step-heading = Laporkan juga di { $platform }
platform-why-adult = Melaporkannya juga ke platform memungkinkan platform bertindak terhadap akun tersebut. Lakukan setelah langkah-langkah di atas, bukan sebagai penggantinya.
platform-why-adult-images = Laporkan gambar-gambar itu ke saluran pengaduan terlebih dahulu: laporan itulah yang membuatnya dihapus dan diteruskan ke polisi. Melaporkan akun di platform juga hanyalah tambahan, tidak pernah menjadi pengganti.
platform-why-child = Kamu juga bisa memberi tahu aplikasi, gim, atau situsnya. Ini sebagai tambahan dari langkah-langkah di atas, bukan penggantinya.
platform-why-child-images = Laporkan ke saluran pengaduan terlebih dahulu, pada langkah di atas. Memberi tahu aplikasi atau situsnya juga adalah tambahan: mereka bisa menutup akun itu.
platform-report-link = Laporkan ke { $platform }
platform-in-app = Di dalam aplikasi:
platform-passes-to-ncmec = { $platform } menyatakan meneruskan laporan ke NCMEC, Pusat Nasional untuk Anak Hilang dan Tereksploitasi di Amerika Serikat.
platform-passes-to-police = { $platform } menyatakan meneruskan laporan ke polisi.
platform-passes-to-ncmec-police = { $platform } menyatakan meneruskan laporan ke NCMEC (Pusat Nasional untuk Anak Hilang dan Tereksploitasi di Amerika Serikat) dan ke polisi.
platform-account-needed = Anda memerlukan akun { $platform } untuk melapor di sana.
platform-account-not-needed = Anda tidak memerlukan akun { $platform } untuk melapor di sana.
platform-advice-heading = Saat Anda melaporkannya di sana
platform-advice-adult-block = Blokir akun tersebut setelah Anda melaporkannya.
platform-advice-adult-keep = Jangan hapus percakapan, pesan, atau profilnya: polisi mungkin membutuhkannya.
platform-advice-adult-images = Jangan pernah mengirim, meneruskan, menyimpan, atau mengambil tangkapan layar gambar seksual anak, bahkan untuk melaporkannya.
platform-advice-child-block = Setelah kamu melaporkan akun itu, blokir agar tidak bisa menghubungimu.
platform-advice-child-keep = Jangan hapus obrolan atau pesannya, meskipun kamu ingin. Itu bisa membantu polisi.
platform-advice-child-images = Jangan pernah mengirim atau menyimpan gambar-gambar itu, bahkan untuk melaporkannya. Kamu tidak akan mendapat masalah.

## The plan's answers, and the email

plan-why-platform = Terjadi di: { $platform }.
mail-answer-platform = Tempat kejadian
