### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost bunu kabul edemiyor
error-unsupported-form = Signpost yalnızca sorularına verilen yanıtları kabul eder. Dosya veya resim asla kabul etmez: resimleri hiçbir yere göndermeyin. Bunun yerine onları ülkenizin ihbar hattına bildirin.
error-unsupported-json = Yanıtları Content-Type: application/json ile JSON olarak gönderin. Signpost dosya veya resim asla kabul etmez: resimleri ülkenizin ihbar hattına bildirin.
error-too-large-title = Bu çok uzundu
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost en fazla { $kib } KiB kabul eder. Dosya veya resim asla kabul etmez.
error-body-unreadable-title = Yanıtlarınız ulaşmadı
error-body-unreadable = Bağlantı kesildi. Lütfen tekrar deneyin.
error-bad-json-title = Hatalı istek
error-bad-form-title = Yanıtlarınız okunamadı
error-bad-form = Lütfen sorulara geri dönün ve onları yeniden yanıtlayın.
error-invalid-title = Geçersiz yanıtlar
error-invalid = Bazı yanıtlar eksik veya geçersiz; her biri errors içinde listelenmiştir.
error-not-found-title = Sayfa bulunamadı
error-not-found = Bu adreste bir sayfa yok.
error-image-title = Signpost resim kabul edemez
error-image = Gönderdiğiniz bir şey resme benziyor. Signpost asla resim kabul etmez ve hiçbir şey gönderilmedi. Lütfen resimleri kimseye göndermeyin, bildirmek için bile: paylaşmak onları yayar ve birçok ülkede suçtur. İnternette bir çocuğun cinsel içerikli resimlerini gördüyseniz, web adresini kopyalayın ve ülkenizin ihbar hattına bildirin.
error-binary-title = Signpost bunu okuyamadı
error-binary = Gönderdiğiniz bir şey metin değil. Signpost yalnızca yazılmış kelimeleri kabul eder, asla dosya veya resim kabul etmez.
error-rate-limited-title = Lütfen biraz bekleyin
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = Signpost kısa sürede bağlantınızdan çok sayıda istek aldığı için bunları yanıtlamayı ve mesaj iletmeyi { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } süreyle durdurdu. Aşağıdaki hizmetlerden şimdi de yardım alabilirsiniz.
