### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = Ada anak dalam bahaya saat ini. Layanan darurat dapat segera bertindak. Hubungi mereka lebih dulu, lalu ikuti langkah-langkah lainnya.
danger-no-number-known = Telepon nomor darurat setempat sekarang. Jika tidak tahu nomornya, pergilah ke kantor polisi terdekat atau minta orang di dekat Anda untuk meminta bantuan.
police-door-why-police = Sejauh yang kami tahu, tidak ada layanan khusus untuk hal ini di negara ini. Polisi dapat menerima laporan Anda.
police-door-why-emergency-number = Sejauh yang kami tahu, tidak ada layanan khusus untuk hal ini di negara ini, dan tidak ada saluran polisi tersendiri. Polisi dapat dihubungi di nomor ini.
police-door-about-emergency-number = Ini juga nomor darurat. Anda dapat memakainya untuk memberi tahu polisi apa yang Anda ketahui, meskipun saat ini tidak sedang terjadi apa-apa.

## The concerns, in plain words

concern-abuse-imagery-label = Gambar atau video seksual anak di internet
concern-abuse-imagery-description = Anda melihat gambar atau video di internet yang menampilkan anak secara seksual.
concern-grooming-label = Seseorang di internet berbicara soal seks dengan anak
concern-grooming-description = Seseorang mengobrol dengan anak tentang seks, meminta foto, atau mencoba menemuinya.
concern-sextortion-label = Seseorang mengancam akan menyebarkan gambar seksual
concern-sextortion-description = Seseorang berkata akan menyebarkan gambar seksual seorang anak muda kecuali ia membayar atau mengirim lebih banyak.
concern-image-shared-label = Gambar telanjang seseorang di bawah 18 tahun telah disebarkan
concern-image-shared-description = Gambar telanjang atau seksual seseorang di bawah 18 tahun (bisa jadi Anda sendiri) telah disebarkan, atau mungkin akan disebarkan.
concern-child-abuse-label = Seorang anak mungkin mengalami kekerasan seksual
concern-child-abuse-description = Anda khawatir seorang anak mengalami kekerasan seksual, tidak hanya di internet.
concern-adult-behaviour-label = Perilaku orang dewasa terhadap anak-anak
concern-adult-behaviour-description = Anda khawatir tentang perilaku orang dewasa terhadap anak-anak, atau apa yang ia lihat di internet.
concern-own-thoughts-label = Pikiran atau perilaku saya sendiri
concern-own-thoughts-description = Anda khawatir tentang pikiran atau perilaku seksual Anda sendiri terhadap anak-anak.
concern-not-sure-label = Saya tidak yakin
concern-not-sure-description = Ada yang membuat Anda khawatir, tetapi tidak cocok dengan pilihan mana pun di sini.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Telepon nomor darurat sekarang
role-emergency-about = Layanan darurat: polisi, ambulans, dan pemadam kebakaran.
role-emergency-need = Sebutkan di mana Anda berada dan apa yang sedang terjadi. Jangan tutup teleponnya.
role-emergency-next = Petugas akan memberi tahu apa yang harus dilakukan dan mengirim bantuan.

role-police-heading = Beri tahu polisi
role-police-about = Polisi, untuk hal-hal yang tidak sedang terjadi saat ini.
role-police-need = Apa pun yang Anda ketahui: nama, tempat, tanggal, dan apa yang Anda lihat atau yang diceritakan kepada Anda.
role-police-next = Polisi mencatat apa yang Anda sampaikan dan memutuskan langkah untuk menjaga keselamatan anak-anak.

role-csam-hotline-heading = Laporkan alamat webnya
role-csam-hotline-about = Para ahli yang memeriksa laporan tentang gambar atau video seksual anak di internet dan mengupayakan penghapusannya.
role-csam-hotline-need = Alamat web (tautan) halaman itu. Tidak perlu yang lain: tanpa gambar, tanpa tangkapan layar.
role-csam-hotline-next = Seorang analis memeriksa halaman itu. Jika isinya ilegal, mereka mengupayakan agar dihapus dan memberi tahu polisi.

role-grooming-report-heading = Laporkan orang itu
role-grooming-report-about = Polisi dan ahli perlindungan anak yang menangani orang-orang yang mencoba melakukan kekerasan terhadap anak di internet.
role-grooming-report-need = Nama pengguna, tautan profil, alamat web, tanggal, dan jam. Anda boleh menyertakan tangkapan layar obrolan, tetapi jangan pernah tangkapan layar gambar seksual anak.
role-grooming-report-next = Seorang penasihat perlindungan anak membaca laporan Anda dan memutuskan langkah untuk menjaga keselamatan anak itu.

role-image-removal-heading = Minta agar gambarnya dihapus
role-image-removal-about = Bantuan untuk menghapus foto atau video telanjang seorang anak muda, dan mencegahnya disebarkan lagi.
role-image-removal-need = Perangkat tempat gambar itu berada, atau alamat web tempat gambar itu disebarkan. Jangan kirim gambar itu kepada siapa pun.
role-image-removal-next = Layanan ini membuat sidik jari digital dari gambar itu agar situs web dapat menemukan dan menghapus salinannya.

role-child-helpline-heading = Bicara dengan seseorang
role-child-helpline-about = Layanan bantuan gratis untuk anak dan remaja, tentang apa pun yang membuat mereka khawatir.
role-child-helpline-need = Tidak perlu apa-apa. Kamu cukup menelepon atau mengirim pesan dan bercerita.
role-child-helpline-next = Konselor terlatih akan mendengarkan dan membantumu memikirkan apa yang bisa dilakukan. Kamu yang memutuskan apa yang terjadi.

role-abuse-helpline-heading = Minta saran tentang seorang anak
role-abuse-helpline-about = Saran bagi orang dewasa yang khawatir tentang seorang anak.
role-abuse-helpline-need = Apa yang Anda lihat atau yang diceritakan kepada Anda, dan kapan. Anda tidak perlu bukti.
role-abuse-helpline-next = Seorang penasihat membicarakannya dengan Anda dan dapat meneruskan kekhawatiran itu kepada pihak yang melindungi anak-anak.

role-prevention-heading = Dapatkan bantuan rahasia
role-prevention-about = Bantuan rahasia bagi orang yang khawatir tentang pikiran atau perilaku seksual terhadap anak-anak.
role-prevention-need = Tidak perlu apa-apa. Anda boleh tetap anonim.
role-prevention-next = Penasihat terlatih mendengarkan tanpa menghakimi dan membantu Anda membuat rencana agar tetap aman.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Salin alamat web (tautan) halaman itu. Hanya itu yang diperlukan saluran pengaduan.
advice-abuse-imagery-adult-2 = Jangan unduh, tangkap layar, simpan, bagikan, atau teruskan gambar itu, bahkan sebagai bukti. Hal itu menyebarkannya dan merupakan tindak pidana di banyak negara.
advice-abuse-imagery-adult-3 = Jangan mencari lebih banyak lagi. Anda tidak perlu membuktikan bahwa sesuatu itu ilegal.
advice-abuse-imagery-adult-4 = Laporkan sekali saja, ke saluran pengaduan nasional. Biasanya Anda bisa tetap anonim.
advice-abuse-imagery-child-1 = Kamu tidak akan mendapat masalah. Melihat ini bukan salahmu.
advice-abuse-imagery-child-2 = Salin alamat web (tautan) halaman itu, lalu tutup halamannya.
advice-abuse-imagery-child-3 = Jangan simpan, tangkap layar, atau kirim gambar itu kepada siapa pun, bahkan untuk menunjukkan apa yang kamu lihat.
advice-abuse-imagery-child-4 = Bicaralah dengan orang dewasa yang kamu percaya, atau dengan layanan bantuan anak. Kamu tidak perlu menghadapi ini sendirian.

advice-grooming-adult-1 = Simpan pesan-pesannya. Catat nama pengguna, tautan profil, alamat web, tanggal, dan jam.
advice-grooming-adult-2 = Anda boleh menangkap layar percakapannya, tetapi jangan pernah gambar seksual anak: jangan simpan, tangkap layar, atau bagikan gambar seperti itu.
advice-grooming-adult-3 = Jangan mengonfrontasi orang itu atau berpura-pura menjadi anak itu. Hal itu bisa membuat anak itu lebih berisiko dan merugikan penyelidikan.
advice-grooming-adult-4 = Laporkan sebelum memblokir, agar buktinya tidak hilang.
advice-grooming-child-1 = Kamu tidak akan mendapat masalah. Ini bukan salahmu, meskipun kamu pernah mengirim sesuatu atau menyetujui sesuatu.
advice-grooming-child-2 = Kamu tidak harus membalas. Berhentilah mengobrol, tetapi simpan pesan-pesannya agar bisa kamu tunjukkan.
advice-grooming-child-3 = Jangan setuju untuk bertemu dengannya.
advice-grooming-child-4 = Beri tahu orang dewasa yang kamu percaya, atau bicaralah dengan layanan bantuan anak. Mereka akan membantumu.

advice-sextortion-adult-1 = Jangan membayar dan jangan mengirim apa pun lagi. Membayar jarang menghentikan ancaman.
advice-sextortion-adult-2 = Hentikan kontak, tetapi simpan pesan, nama pengguna, dan detail pembayaran sebagai bukti. Laporkan sebelum memblokir.
advice-sextortion-adult-3 = Jangan simpan, tangkap layar, atau bagikan gambar seksual itu sendiri.
advice-sextortion-adult-4 = Anak muda yang sedang diancam perlu mendengar bahwa ini bukan salahnya dan ia tidak akan mendapat masalah.
advice-sextortion-child-1 = Kamu tidak akan mendapat masalah. Orang yang mengancammu itulah yang berbuat salah.
advice-sextortion-child-2 = Jangan membayar dan jangan mengirim apa pun lagi.
advice-sextortion-child-3 = Berhentilah membalas, tetapi simpan pesan-pesannya agar bisa kamu tunjukkan.
advice-sextortion-child-4 = Beri tahu orang dewasa yang kamu percaya, atau bicaralah dengan layanan bantuan anak. Ada cara untuk membuat gambar itu dihapus.

advice-image-shared-adult-1 = Jangan unduh, simpan, tangkap layar, atau teruskan gambar itu, bahkan untuk melaporkannya. Hal itu menyebarkannya dan merupakan tindak pidana di banyak negara.
advice-image-shared-adult-2 = Take It Down bekerja dari perangkat tempat gambar itu diambil: gambarnya tetap di sana, dan hanya sidik jari digitalnya yang dibagikan.
advice-image-shared-adult-3 = Jika gambar itu ada di sebuah situs web, salin alamat webnya dan laporkan ke saluran pengaduan.
advice-image-shared-adult-4 = Tenangkan anak muda itu: ini bukan salahnya dan ia tidak akan mendapat masalah.
advice-image-shared-child-1 = Kamu tidak akan mendapat masalah. Banyak anak muda pernah mengalami ini, dan masalah ini bisa diatasi.
advice-image-shared-child-2 = Jangan kirim gambar itu kepada siapa pun, bahkan untuk melaporkannya.
advice-image-shared-child-3 = Ada layanan yang membantu menghapus gambar tanpa kamu harus membagikannya lagi.
advice-image-shared-child-4 = Bicaralah dengan layanan bantuan anak atau orang dewasa yang kamu percaya. Kamu tidak perlu menghadapi ini sendirian.

advice-child-abuse-adult-1 = Anda tidak perlu bukti untuk meminta saran atau melaporkan kekhawatiran.
advice-child-abuse-adult-2 = Jangan mengonfrontasi orang yang Anda khawatirkan. Hal itu bisa membuat anak itu lebih berisiko.
advice-child-abuse-adult-3 = Jika seorang anak bercerita tentang kekerasan, dengarkan, tetap tenang, katakan bahwa itu bukan salahnya, dan jangan berjanji untuk merahasiakannya.
advice-child-abuse-adult-4 = Tuliskan apa yang Anda lihat atau yang diceritakan kepada Anda, dengan tanggal dan kata-kata aslinya.
advice-child-abuse-adult-5 = Layanan bantuan mungkin mengizinkan Anda merahasiakan nama, tetapi akan meneruskan apa pun yang menunjukkan bahwa seorang anak berisiko.
advice-child-abuse-child-1 = Ini bukan salahmu, dan kamu tidak akan mendapat masalah.
advice-child-abuse-child-2 = Kamu bisa bicara dengan seseorang yang akan mendengarkan dan membantu. Kamu boleh bercerita sebanyak atau sesedikit yang kamu mau.
advice-child-abuse-child-3 = Jika sekarang tidak aman untuk bicara, kamu bisa menelepon atau mengirim pesan nanti.
advice-child-abuse-child-4 = Jika kamu dalam bahaya saat ini, telepon nomor darurat.

advice-adult-behaviour-adult-1 = Anda bisa membicarakannya secara rahasia sebelum memutuskan apa yang akan dilakukan.
advice-adult-behaviour-adult-2 = Jangan mengonfrontasi orang itu sendiri. Hal itu bisa membuat anak-anak lebih berisiko.
advice-adult-behaviour-adult-3 = Jangan melihat, mengunduh, atau membagikan gambar apa pun untuk memeriksanya. Sebagai gantinya, catat alamat web, nama, dan tanggal.
advice-adult-behaviour-adult-4 = Jika Anda merasa seorang anak sedang disakiti, beri tahu polisi atau layanan perlindungan anak.
advice-adult-behaviour-child-1 = Kamu tidak akan mendapat masalah karena memberi tahu seseorang.
advice-adult-behaviour-child-2 = Bicaralah dengan orang dewasa yang kamu percaya, atau dengan layanan bantuan anak. Mereka bisa membantumu memutuskan apa yang harus dilakukan.
advice-adult-behaviour-child-3 = Jauhi orang itu jika bisa, dan jangan bertemu dengannya sendirian.

advice-own-thoughts-adult-1 = Meminta bantuan adalah hal yang benar. Anda bisa mendapat bantuan rahasia agar Anda tetap aman dan anak-anak tetap aman.
advice-own-thoughts-adult-2 = Jika Anda pernah melihat gambar seksual anak, berhentilah sekarang. Layanan pencegahan dapat membantu Anda berhenti, dan banyak yang anonim.
advice-own-thoughts-adult-3 = Jika Anda merasa mungkin akan menyakiti seorang anak dalam waktu dekat, segera cari bantuan.
advice-own-thoughts-child-1 = Kamu tidak sendirian, dan bagus sekali kamu ingin membicarakannya.
advice-own-thoughts-child-2 = Anak muda bisa mendapat bantuan rahasia untuk memahami pikirannya dan tetap aman.
advice-own-thoughts-child-3 = Bicaralah dengan layanan bantuan anak atau orang dewasa yang kamu percaya.

advice-not-sure-adult-1 = Anda tidak perlu yakin untuk meminta saran. Layanan bantuan bisa membicarakannya dengan Anda.
advice-not-sure-adult-2 = Jangan mencari, menyimpan, atau membagikan gambar apa pun untuk memeriksa apa isinya.
advice-not-sure-adult-3 = Jika ada anak dalam bahaya saat ini, telepon nomor darurat.
advice-not-sure-child-1 = Kamu tidak akan mendapat masalah karena bertanya.
advice-not-sure-child-2 = Kamu bisa bicara dengan layanan bantuan anak tentang apa pun yang membuatmu khawatir.
advice-not-sure-child-3 = Jika kamu atau anak lain dalam bahaya saat ini, telepon nomor darurat.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = Di sinilah tempat melaporkan gambar seksual anak yang terlihat di internet. Analis memeriksa halaman itu dan membuatnya dihapus; Anda hanya perlu memberikan alamat webnya.
why-abuse-imagery-child-csam-hotline = Di sinilah tempat melaporkan gambar atau video seksual anak di internet. Kamu hanya perlu memberikan alamat webnya, dan tidak perlu menyebutkan namamu.
why-abuse-imagery-child-child-helpline = Melihat hal seperti ini bisa membuatmu terguncang. Kamu bisa membicarakannya dengan seseorang, gratis.
why-grooming-adult-grooming-report = Di sinilah tempat melaporkan orang yang berbicara soal seks dengan anak di internet, meminta foto, atau mencoba menemuinya.
why-grooming-adult-abuse-helpline = Jika Anda ingin membicarakannya dulu, layanan bantuan ini memberi saran kepada orang dewasa yang khawatir tentang seorang anak.
why-grooming-child-grooming-report = Kamu bisa melaporkan orang itu di sini. Orang-orang yang terlatih untuk menjaga keselamatan anak akan membacanya.
why-grooming-child-child-helpline = Kamu bisa menceritakan apa yang terjadi kepada seseorang, gratis. Kamu tidak akan dihakimi.
why-sextortion-adult-grooming-report = Di sinilah tempat melaporkan orang yang mengancam akan menyebarkan gambar seksual seorang anak muda.
why-sextortion-adult-image-removal = Layanan ini membantu mencegah gambar itu disebarkan di internet.
why-sextortion-adult-image-removal-global = Take It Down bisa dipakai di mana saja di dunia: layanan ini membantu mencegah gambar seorang anak muda disebarkan, tanpa ada orang yang melihatnya.
why-sextortion-adult-abuse-helpline = Layanan bantuan ini memberi saran kepada orang dewasa yang khawatir tentang seorang anak.
why-sextortion-child-grooming-report = Kamu bisa melaporkan orang yang mengancammu di sini. Kamu tidak akan mendapat masalah.
why-sextortion-child-image-removal = Layanan ini bisa membantu menghapus gambarmu dan mencegahnya disebarkan.
why-sextortion-child-image-removal-global = Take It Down bisa dipakai di mana saja di dunia. Gambarmu tetap di perangkatmu; hanya sidik jari digitalnya yang dibagikan.
why-sextortion-child-child-helpline = Kamu bisa menceritakan apa yang sedang terjadi kepada seseorang, gratis. Mereka akan membantumu.
why-image-shared-adult-image-removal = Layanan ini membantu menghapus gambar telanjang seorang anak muda dan mencegahnya disebarkan.
why-image-shared-adult-image-removal-global = Take It Down bisa dipakai di mana saja di dunia, untuk gambar yang diambil saat orang itu berusia di bawah 18 tahun. Gambarnya tetap di perangkat; hanya sidik jari digitalnya yang dibagikan.
why-image-shared-adult-csam-hotline = Jika gambar itu ada di sebuah situs web, laporkan alamat webnya di sini agar bisa dihapus.
why-image-shared-adult-abuse-helpline = Layanan bantuan ini memberi saran kepada orang dewasa yang khawatir tentang seorang anak.
why-image-shared-child-image-removal = Layanan ini membantu anak muda menghapus gambar telanjang diri mereka. Kamu tidak akan mendapat masalah.
why-image-shared-child-image-removal-global = Take It Down bisa dipakai di mana saja di dunia. Gambarmu tetap di perangkatmu; hanya sidik jari digitalnya yang dibagikan.
why-image-shared-child-child-helpline = Kamu bisa menceritakan apa yang terjadi kepada seseorang, gratis. Mereka akan membantumu.
why-image-shared-child-csam-hotline = Jika gambar itu ada di sebuah situs web, kamu bisa melaporkan alamat webnya di sini agar bisa dihapus.
why-child-abuse-adult-abuse-helpline = Anda bisa membicarakan kekhawatiran Anda dengan penasihat terlatih. Mereka bisa memberi tahu apa yang harus dilakukan dan meneruskannya kepada pihak yang melindungi anak-anak.
why-child-abuse-adult-police = Anda bisa melaporkan kekhawatiran Anda kepada polisi.
why-child-abuse-child-child-helpline = Kamu bisa bicara dengan seseorang yang akan mendengarkan dan membantu, gratis. Ini bukan salahmu.
why-child-abuse-child-abuse-helpline = Layanan ini membantu melindungi anak-anak dan juga akan mendengarkanmu.
why-child-abuse-child-police = Kamu juga bisa memberi tahu polisi. Melindungi anak-anak adalah bagian dari tugas mereka, dan kamu tidak akan mendapat masalah.
why-adult-behaviour-adult-prevention = Anda bisa membicarakan secara rahasia perilaku orang lain terhadap anak-anak dan memutuskan apa yang akan dilakukan.
why-adult-behaviour-adult-abuse-helpline = Layanan bantuan ini memberi saran kepada orang dewasa yang khawatir tentang seorang anak.
why-adult-behaviour-adult-police = Jika Anda merasa seorang anak sedang disakiti, Anda bisa memberi tahu polisi.
why-adult-behaviour-child-child-helpline = Kamu bisa bicara dengan seseorang tentang orang dewasa yang membuatmu khawatir, gratis. Kamu tidak akan mendapat masalah.
why-adult-behaviour-child-grooming-report = Jika orang dewasa itu menghubungimu atau anak lain di internet, kamu bisa melaporkannya di sini.
why-own-thoughts-adult-prevention = Layanan rahasia ini membantu orang yang khawatir tentang pikiran atau perilaku seksual mereka sendiri terhadap anak-anak.
why-own-thoughts-adult-prevention-global = Bantuan mandiri daring yang gratis dan anonim, bisa dipakai di mana saja, dalam beberapa bahasa.
why-own-thoughts-child-child-helpline = Kamu bisa bicara secara rahasia dengan seseorang tentang pikiran yang membuatmu khawatir, gratis.
why-own-thoughts-child-prevention = Layanan rahasia ini membantu orang, termasuk anak muda, yang khawatir tentang pikiran seksual mereka sendiri.
why-not-sure-adult-abuse-helpline = Anda bisa membicarakan kekhawatiran Anda dengan penasihat terlatih, meskipun Anda tidak yakin apa yang sedang terjadi.
why-not-sure-child-child-helpline = Kamu bisa bicara dengan seseorang tentang apa pun yang membuatmu khawatir, gratis.
