### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = Bir çocuk şu anda tehlikede. Acil durum hizmetleri hemen harekete geçebilir. Önce onları arayın, sonra diğer adımları izleyin.
danger-no-number-known = Hemen bulunduğunuz yerin acil durum numarasını arayın. Numarayı bilmiyorsanız en yakın karakola gidin ya da yakınınızdaki birinden yardım çağırmasını isteyin.
police-door-why-police = Bildiğimiz kadarıyla bu ülkede bu konuda uzmanlaşmış bir hizmet yok. Polis bildiriminizi alabilir.
police-door-why-emergency-number = Bildiğimiz kadarıyla bu ülkede bu konuda uzmanlaşmış bir hizmet ve ayrı bir polis hattı yok. Polise bu numaradan ulaşılabilir.
police-door-about-emergency-number = Bu aynı zamanda acil durum numarasıdır. Şu anda bir şey olmasa bile bildiklerinizi polise anlatmak için kullanabilirsiniz.

## The concerns, in plain words

concern-abuse-imagery-label = İnternette bir çocuğun cinsel içerikli resimleri veya videoları
concern-abuse-imagery-description = İnternette bir çocuğu cinsel bir şekilde gösteren resimler veya videolar gördünüz.
concern-grooming-label = İnternette biri bir çocukla cinsel konularda konuşuyor
concern-grooming-description = Biri bir çocukla seks hakkında yazışıyor, resim istiyor veya onunla buluşmaya çalışıyor.
concern-sextortion-label = Biri cinsel içerikli görüntüleri paylaşmakla tehdit ediyor
concern-sextortion-description = Biri, bir genç para ödemezse veya daha fazlasını göndermezse onun cinsel içerikli resimlerini paylaşacağını söylüyor.
concern-image-shared-label = 18 yaşından küçük birinin çıplak görüntüsü paylaşıldı
concern-image-shared-description = 18 yaşından küçük birinin (siz de olabilirsiniz) çıplak veya cinsel içerikli bir resmi paylaşıldı ya da paylaşılabilir.
concern-child-abuse-label = Bir çocuk cinsel istismara uğruyor olabilir
concern-child-abuse-description = Bir çocuğun yalnızca internette değil, cinsel istismara uğradığından endişeleniyorsunuz.
concern-adult-behaviour-label = Bir yetişkinin çocuklara karşı davranışı
concern-adult-behaviour-description = Bir yetişkinin çocuklara nasıl davrandığından veya internette neye baktığından endişeleniyorsunuz.
concern-own-thoughts-label = Kendi düşüncelerim veya davranışlarım
concern-own-thoughts-description = Çocuklara yönelik kendi cinsel düşüncelerinizden veya davranışlarınızdan endişeleniyorsunuz.
concern-not-sure-label = Emin değilim
concern-not-sure-description = Bir şey sizi endişelendiriyor ama bunların hiçbirine uymuyor.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Hemen acil durum numarasını arayın
role-emergency-about = Acil durum hizmetleri: polis, ambulans ve itfaiye.
role-emergency-need = Nerede olduğunuzu ve ne olduğunu söyleyin. Telefonu kapatmayın.
role-emergency-next = Görevli size ne yapacağınızı söyler ve yardım gönderir.

role-police-heading = Polise bildirin
role-police-about = Şu anda olmayan şeyler için polis.
role-police-need = Bildiğiniz her şey: isimler, yerler, tarihler ve ne gördüğünüz ya da size ne anlatıldığı.
role-police-next = Polis anlattıklarınızı kayda geçirir ve çocukları korumak için ne yapacağına karar verir.

role-csam-hotline-heading = Web adresini bildirin
role-csam-hotline-about = İnternetteki çocukların cinsel içerikli resim veya videolarına ilişkin bildirimleri inceleyen ve bunları kaldırtan uzmanlar.
role-csam-hotline-need = Sayfanın web adresi (bağlantısı). Başka hiçbir şey: ne resim ne de ekran görüntüsü.
role-csam-hotline-next = Bir analist sayfayı inceler. Yasa dışıysa, kaldırılması için çalışır ve polise bildirir.

role-grooming-report-heading = Kişiyi bildirin
role-grooming-report-about = İnternette çocukları istismar etmeye çalışan kişilerle ilgilenen polis ve çocuk koruma uzmanları.
role-grooming-report-need = Kullanıcı adları, profil bağlantıları, web adresleri, tarihler ve saatler. Sohbetin ekran görüntülerini ekleyebilirsiniz, ama bir çocuğun cinsel içerikli resimlerinin ekran görüntülerini asla eklemeyin.
role-grooming-report-next = Bir çocuk koruma danışmanı bildiriminizi okur ve çocuğu korumak için ne yapılacağına karar verir.

role-image-removal-heading = Görüntüyü kaldırtın
role-image-removal-about = Bir gencin çıplak resminin veya videosunun kaldırılması ve yeniden paylaşılmasının durdurulması için yardım.
role-image-removal-need = Resmin bulunduğu cihaz veya paylaşıldığı web adresi. Resmi kimseye göndermeyin.
role-image-removal-next = Hizmet, resmin dijital parmak izini oluşturur; böylece web siteleri kopyaları bulup kaldırabilir.

role-child-helpline-heading = Biriyle konuşun
role-child-helpline-about = Çocuklar ve gençler için, onları endişelendiren her konuda ücretsiz bir yardım hattı.
role-child-helpline-need = Hiçbir şey. Sadece arayabilir ya da mesaj yazıp konuşabilirsiniz.
role-child-helpline-next = Eğitimli bir danışman sizi dinler ve ne yapacağınızı bulmanıza yardım eder. Ne olacağına siz karar verirsiniz.

role-abuse-helpline-heading = Bir çocuk hakkında danışın
role-abuse-helpline-about = Bir çocuk için endişelenen yetişkinlere danışmanlık.
role-abuse-helpline-need = Ne gördüğünüz ya da size ne anlatıldığı ve ne zaman. Kanıta ihtiyacınız yok.
role-abuse-helpline-next = Bir danışman konuyu sizinle konuşur ve endişeleri çocukları koruyan kişilere iletebilir.

role-prevention-heading = Gizli yardım alın
role-prevention-about = Çocuklara yönelik cinsel düşünceleri veya davranışları konusunda endişelenen kişilere gizli yardım.
role-prevention-need = Hiçbir şey. Anonim kalabilirsiniz.
role-prevention-next = Eğitimli bir danışman sizi yargılamadan dinler ve güvende kalmak için bir plan yapmanıza yardım eder.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Sayfanın web adresini (bağlantısını) kopyalayın. İhbar hattının ihtiyacı olan tek şey bu.
advice-abuse-imagery-adult-2 = Görüntüleri kanıt olarak bile indirmeyin, ekran görüntüsünü almayın, kaydetmeyin, paylaşmayın veya iletmeyin. Bunu yapmak onları yayar ve birçok ülkede suçtur.
advice-abuse-imagery-adult-3 = Daha fazlasını aramayın. Bir şeyin yasa dışı olduğunu kanıtlamanız gerekmez.
advice-abuse-imagery-adult-4 = Ülkenizin ihbar hattına bir kez bildirin. Genellikle anonim kalabilirsiniz.
advice-abuse-imagery-child-1 = Başınız derde girmeyecek. Bunu görmeniz sizin suçunuz değil.
advice-abuse-imagery-child-2 = Sayfanın web adresini (bağlantısını) kopyalayın, sonra sayfayı kapatın.
advice-abuse-imagery-child-3 = Resimleri kaydetmeyin, ekran görüntüsünü almayın ve kimseye göndermeyin, ne gördüğünüzü göstermek için bile.
advice-abuse-imagery-child-4 = Güvendiğiniz bir yetişkinle ya da çocuk yardım hattıyla konuşun. Bununla tek başınıza baş etmek zorunda değilsiniz.

advice-grooming-adult-1 = Mesajları saklayın. Kullanıcı adlarını, profil bağlantılarını, web adreslerini, tarihleri ve saatleri not edin.
advice-grooming-adult-2 = Sohbetin ekran görüntüsünü alabilirsiniz; ama bir çocuğun cinsel içerikli görüntülerini asla kaydetmeyin, ekran görüntüsünü almayın veya paylaşmayın.
advice-grooming-adult-3 = Kişiyle yüzleşmeyin veya kendinizi çocukmuş gibi göstermeyin. Bu, çocuğu daha fazla riske sokabilir ve bir soruşturmaya zarar verebilir.
advice-grooming-adult-4 = Kanıtlar kaybolmasın diye engellemeden önce bildirin.
advice-grooming-child-1 = Başınız derde girmeyecek. Bir şey göndermiş ya da bir şeyi kabul etmiş olsanız bile bu sizin suçunuz değil.
advice-grooming-child-2 = Yanıt vermek zorunda değilsiniz. Yazışmayı bırakın ama gösterebilmek için mesajları saklayın.
advice-grooming-child-3 = Onunla buluşmayı kabul etmeyin.
advice-grooming-child-4 = Güvendiğiniz bir yetişkine anlatın ya da çocuk yardım hattıyla konuşun. Size yardım edecekler.

advice-sextortion-adult-1 = Para ödemeyin ve başka hiçbir şey göndermeyin. Ödemek tehditleri nadiren durdurur.
advice-sextortion-adult-2 = İletişimi kesin ama mesajları, kullanıcı adlarını ve ödeme bilgilerini kanıt olarak saklayın. Engellemeden önce bildirin.
advice-sextortion-adult-3 = Cinsel içerikli görüntülerin kendisini kaydetmeyin, ekran görüntüsünü almayın ve paylaşmayın.
advice-sextortion-adult-4 = Tehdit edilen bir gencin, bunun kendi suçu olmadığını ve başının derde girmeyeceğini duyması gerekir.
advice-sextortion-child-1 = Başınız derde girmeyecek. Yanlış yapan, sizi tehdit eden kişidir.
advice-sextortion-child-2 = Para ödemeyin ve başka hiçbir şey göndermeyin.
advice-sextortion-child-3 = Yanıt vermeyi bırakın ama gösterebilmek için mesajları saklayın.
advice-sextortion-child-4 = Güvendiğiniz bir yetişkine anlatın ya da çocuk yardım hattıyla konuşun. Görüntüleri kaldırtmanın yolları var.

advice-image-shared-adult-1 = Görüntüyü bildirmek için bile indirmeyin, kaydetmeyin, ekran görüntüsünü almayın veya iletmeyin. Bu onu yayar ve birçok ülkede suçtur.
advice-image-shared-adult-2 = Take It Down, görüntünün çekildiği cihazdan çalışır: görüntü orada kalır, yalnızca dijital parmak izi paylaşılır.
advice-image-shared-adult-3 = Görüntü bir web sitesindeyse web adresini kopyalayın ve ihbar hattına bildirin.
advice-image-shared-adult-4 = Gence güvence verin: bu onun suçu değil ve başı derde girmeyecek.
advice-image-shared-child-1 = Başınız derde girmeyecek. Pek çok genç bunu yaşadı ve bu çözülebilir.
advice-image-shared-child-2 = Görüntüyü kimseye göndermeyin, bildirmek için bile.
advice-image-shared-child-3 = Görüntüleri sizin yeniden paylaşmanıza gerek kalmadan kaldırtmaya yardım eden hizmetler var.
advice-image-shared-child-4 = Çocuk yardım hattıyla ya da güvendiğiniz bir yetişkinle konuşun. Bununla tek başınıza baş etmek zorunda değilsiniz.

advice-child-abuse-adult-1 = Danışmak veya bir endişeyi bildirmek için kanıta ihtiyacınız yok.
advice-child-abuse-adult-2 = Endişelendiğiniz kişiyle yüzleşmeyin. Bu, çocuğu daha fazla riske sokabilir.
advice-child-abuse-adult-3 = Bir çocuk size istismardan söz ederse dinleyin, sakin kalın, ona bunun kendi suçu olmadığını söyleyin ve bunu gizli tutacağınıza söz vermeyin.
advice-child-abuse-adult-4 = Ne gördüğünüzü ya da size ne anlatıldığını, tarihleriyle birlikte, kullanılan sözcüklerle yazın.
advice-child-abuse-adult-5 = Yardım hatları adınızı gizli tutmanıza izin verebilir, ama bir çocuğun risk altında olduğunu gösteren her şeyi iletir.
advice-child-abuse-child-1 = Bu sizin suçunuz değil ve başınız derde girmeyecek.
advice-child-abuse-child-2 = Sizi dinleyecek ve yardım edecek biriyle konuşabilirsiniz. İstediğiniz kadar çok ya da az anlatabilirsiniz.
advice-child-abuse-child-3 = Şu anda konuşmak güvenli değilse daha sonra arayabilir veya mesaj yazabilirsiniz.
advice-child-abuse-child-4 = Şu anda tehlikedeyseniz acil durum numarasını arayın.

advice-adult-behaviour-adult-1 = Ne yapacağınıza karar vermeden önce konuyu gizlilik içinde konuşabilirsiniz.
advice-adult-behaviour-adult-2 = Kişiyle kendiniz yüzleşmeyin. Bu, çocukları daha fazla riske sokabilir.
advice-adult-behaviour-adult-3 = Kontrol etmek için hiçbir görüntüye bakmayın, indirmeyin veya paylaşmayın. Bunun yerine web adreslerini, isimleri ve tarihleri not edin.
advice-adult-behaviour-adult-4 = Bir çocuğa zarar verildiğini düşünüyorsanız polise veya bir çocuk koruma hizmetine bildirin.
advice-adult-behaviour-child-1 = Birine anlattığınız için başınız derde girmeyecek.
advice-adult-behaviour-child-2 = Güvendiğiniz bir yetişkinle ya da çocuk yardım hattıyla konuşun. Ne yapacağınıza karar vermenize yardım edebilirler.
advice-adult-behaviour-child-3 = Yapabiliyorsanız o kişiden uzak durun ve onunla yalnız buluşmayın.

advice-own-thoughts-adult-1 = Yardım istemek doğru olandır. Güvende kalmak ve çocukları güvende tutmak için gizli yardım alabilirsiniz.
advice-own-thoughts-adult-2 = Çocukların cinsel içerikli görüntülerine baktıysanız hemen bırakın. Önleme hizmetleri bırakmanıza yardım edebilir ve birçoğu anonimdir.
advice-own-thoughts-adult-3 = Yakında bir çocuğa zarar verebileceğinizi düşünüyorsanız hemen yardım alın.
advice-own-thoughts-child-1 = Yalnız değilsiniz ve bu konuda konuşmak istemeniz iyi bir şey.
advice-own-thoughts-child-2 = Gençler, düşüncelerini anlamak ve güvende kalmak için gizli yardım alabilir.
advice-own-thoughts-child-3 = Çocuk yardım hattıyla ya da güvendiğiniz bir yetişkinle konuşun.

advice-not-sure-adult-1 = Danışmak için emin olmanız gerekmez. Bir yardım hattı konuyu sizinle konuşabilir.
advice-not-sure-adult-2 = Ne olduklarını kontrol etmek için hiçbir görüntüyü aramayın, kaydetmeyin veya paylaşmayın.
advice-not-sure-adult-3 = Bir çocuk şu anda tehlikedeyse acil durum numarasını arayın.
advice-not-sure-child-1 = Sorduğunuz için başınız derde girmeyecek.
advice-not-sure-child-2 = Sizi endişelendiren her konuda çocuk yardım hattıyla konuşabilirsiniz.
advice-not-sure-child-3 = Siz veya başka bir çocuk şu anda tehlikedeyse acil durum numarasını arayın.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = İnternette görülen çocukların cinsel içerikli görüntüleri buraya bildirilir. Analistler sayfayı inceler ve kaldırtır; yalnızca web adresini vermeniz yeterli.
why-abuse-imagery-child-csam-hotline = İnternetteki çocukların cinsel içerikli resim veya videoları buraya bildirilir. Yalnızca web adresini vermeniz yeterli ve adınızı vermek zorunda değilsiniz.
why-abuse-imagery-child-child-helpline = Bunu görmek insanı üzebilir. Bu konuda biriyle ücretsiz konuşabilirsiniz.
why-grooming-adult-grooming-report = İnternette bir çocukla cinsel konularda konuşan, ondan resim isteyen veya onunla buluşmaya çalışan biri buraya bildirilir.
why-grooming-adult-abuse-helpline = Önce konuyu konuşmak isterseniz, bu yardım hattı bir çocuk için endişelenen yetişkinlere danışmanlık verir.
why-grooming-child-grooming-report = Kişiyi buradan bildirebilirsiniz. Bildiriminizi çocukları korumak için eğitim almış kişiler okuyacak.
why-grooming-child-child-helpline = Olanlar hakkında biriyle ücretsiz konuşabilirsiniz. Yargılanmayacaksınız.
why-sextortion-adult-grooming-report = Bir gencin cinsel içerikli görüntülerini paylaşmakla tehdit eden biri buraya bildirilir.
why-sextortion-adult-image-removal = Bu hizmet, görüntülerin internette paylaşılmasını durdurmaya yardım eder.
why-sextortion-adult-image-removal-global = Take It Down dünyanın her yerinde çalışır: kimsenin görüntüleri görmesine gerek kalmadan, bir gencin görüntülerinin paylaşılmasını durdurmaya yardım eder.
why-sextortion-adult-abuse-helpline = Bu yardım hattı, bir çocuk için endişelenen yetişkinlere danışmanlık verir.
why-sextortion-child-grooming-report = Sizi tehdit eden kişiyi buradan bildirebilirsiniz. Başınız derde girmeyecek.
why-sextortion-child-image-removal = Bu hizmet, görüntülerinizi kaldırtmaya ve paylaşılmalarını durdurmaya yardım edebilir.
why-sextortion-child-image-removal-global = Take It Down dünyanın her yerinde çalışır. Görüntüleriniz cihazınızda kalır; yalnızca dijital parmak izi paylaşılır.
why-sextortion-child-child-helpline = Olanlar hakkında biriyle ücretsiz konuşabilirsiniz. Size yardım edecekler.
why-image-shared-adult-image-removal = Bu hizmet, bir gencin çıplak görüntüsünü kaldırtmaya ve paylaşılmasını durdurmaya yardım eder.
why-image-shared-adult-image-removal-global = Take It Down dünyanın her yerinde, kişi 18 yaşından küçükken çekilmiş görüntüler için çalışır. Görüntü cihazda kalır; yalnızca dijital parmak izi paylaşılır.
why-image-shared-adult-csam-hotline = Görüntü bir web sitesindeyse, kaldırılabilmesi için web adresini buraya bildirin.
why-image-shared-adult-abuse-helpline = Bu yardım hattı, bir çocuk için endişelenen yetişkinlere danışmanlık verir.
why-image-shared-child-image-removal = Bu hizmet, gençlerin kendi çıplak görüntülerini kaldırtmalarına yardım eder. Başınız derde girmeyecek.
why-image-shared-child-image-removal-global = Take It Down dünyanın her yerinde çalışır. Görüntünüz cihazınızda kalır; yalnızca dijital parmak izi paylaşılır.
why-image-shared-child-child-helpline = Olanlar hakkında biriyle ücretsiz konuşabilirsiniz. Size yardım edecekler.
why-image-shared-child-csam-hotline = Görüntü bir web sitesindeyse, kaldırılabilmesi için web adresini buraya bildirebilirsiniz.
why-child-abuse-adult-abuse-helpline = Endişenizi eğitimli danışmanlarla konuşabilirsiniz. Size ne yapacağınızı söyleyebilir ve bunu çocukları koruyan kişilere iletebilirler.
why-child-abuse-adult-police = Endişenizi polise bildirebilirsiniz.
why-child-abuse-child-child-helpline = Sizi dinleyecek ve yardım edecek biriyle ücretsiz konuşabilirsiniz. Bu sizin suçunuz değil.
why-child-abuse-child-abuse-helpline = Bu hizmet çocukları korumaya yardım eder ve sizi de dinler.
why-child-abuse-child-police = Polise de anlatabilirsiniz. Çocukları korumak onların işinin bir parçası ve başınız derde girmeyecek.
why-adult-behaviour-adult-prevention = Başka birinin çocuklara karşı davranışını gizlilik içinde konuşabilir ve ne yapacağınıza karar verebilirsiniz.
why-adult-behaviour-adult-abuse-helpline = Bu yardım hattı, bir çocuk için endişelenen yetişkinlere danışmanlık verir.
why-adult-behaviour-adult-police = Bir çocuğa zarar verildiğini düşünüyorsanız polise bildirebilirsiniz.
why-adult-behaviour-child-child-helpline = Sizi endişelendiren yetişkin hakkında biriyle ücretsiz konuşabilirsiniz. Başınız derde girmeyecek.
why-adult-behaviour-child-grooming-report = Bu yetişkin internette sizinle veya başka bir çocukla iletişim kuruyorsa, bunu buradan bildirebilirsiniz.
why-own-thoughts-adult-prevention = Bu gizli hizmet, çocuklara yönelik kendi cinsel düşünceleri veya davranışları konusunda endişelenen kişilere yardım eder.
why-own-thoughts-adult-prevention-global = Her yerde ve birkaç dilde çalışan, ücretsiz ve anonim çevrimiçi kendi kendine yardım.
why-own-thoughts-child-child-helpline = Sizi endişelendiren düşünceler hakkında biriyle gizlilik içinde ve ücretsiz konuşabilirsiniz.
why-own-thoughts-child-prevention = Bu gizli hizmet, kendi cinsel düşünceleri konusunda endişelenen, gençler dahil kişilere yardım eder.
why-not-sure-adult-abuse-helpline = Ne olduğundan emin olmasanız bile endişenizi eğitimli danışmanlarla konuşabilirsiniz.
why-not-sure-child-child-helpline = Sizi endişelendiren her konuda biriyle ücretsiz konuşabilirsiniz.
