### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = Dziecku grozi teraz niebezpieczeństwo. Służby ratunkowe mogą zadziałać od razu. Najpierw zadzwoń do nich, a potem wykonaj pozostałe kroki.
danger-no-number-known = Zadzwoń teraz pod lokalny numer alarmowy. Jeśli go nie znasz, idź na najbliższy posterunek policji albo poproś kogoś w pobliżu, żeby wezwał pomoc.
police-door-why-police = Nie znamy w tym kraju wyspecjalizowanej służby, która się tym zajmuje. Policja może przyjąć twoje zgłoszenie.
police-door-why-emergency-number = Nie znamy w tym kraju wyspecjalizowanej służby, która się tym zajmuje, ani osobnego numeru policji. Z policją można się skontaktować pod tym numerem.
police-door-about-emergency-number = To jest też numer alarmowy. Możesz go użyć, żeby powiedzieć policji, co wiesz, nawet jeśli teraz nic się nie dzieje.

## The concerns, in plain words

concern-abuse-imagery-label = Seksualne zdjęcia lub filmy z udziałem dziecka w internecie
concern-abuse-imagery-description = Zdarzyło ci się zobaczyć w internecie zdjęcia lub filmy, które pokazują dziecko w seksualny sposób.
concern-grooming-label = Ktoś w internecie rozmawia z dzieckiem o seksie
concern-grooming-description = Ktoś rozmawia z dzieckiem o seksie, prosi o zdjęcia albo próbuje się z nim spotkać.
concern-sextortion-label = Ktoś grozi, że udostępni seksualne zdjęcia
concern-sextortion-description = Ktoś mówi, że udostępni seksualne zdjęcia młodej osoby, jeśli ta nie zapłaci albo nie wyśle kolejnych.
concern-image-shared-label = Ktoś udostępnił nagie zdjęcie osoby poniżej 18 lat
concern-image-shared-description = Nagie lub seksualne zdjęcie osoby poniżej 18 lat (może chodzić o ciebie) zostało udostępnione albo może zostać udostępnione.
concern-child-abuse-label = Dziecko może być wykorzystywane seksualnie
concern-child-abuse-description = Martwisz się, że dziecko jest wykorzystywane seksualnie, nie tylko w internecie.
concern-adult-behaviour-label = Zachowanie dorosłej osoby wobec dzieci
concern-adult-behaviour-description = Niepokoi cię, jak dorosła osoba zachowuje się wobec dzieci albo co ogląda w internecie.
concern-own-thoughts-label = Moje własne myśli lub zachowanie
concern-own-thoughts-description = Niepokoją cię twoje własne seksualne myśli lub zachowanie wobec dzieci.
concern-not-sure-label = Nie mam pewności
concern-not-sure-description = Coś cię niepokoi, ale nie pasuje do żadnej z tych odpowiedzi.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Zadzwoń teraz pod numer alarmowy
role-emergency-about = Służby ratunkowe: policja, pogotowie ratunkowe i straż pożarna.
role-emergency-need = Powiedz, gdzie jesteś i co się dzieje. Nie rozłączaj się.
role-emergency-next = Dyspozytor powie ci, co robić, i wyśle pomoc.

role-police-heading = Powiadom policję
role-police-about = Policja – w sprawach, które nie dzieją się w tej chwili.
role-police-need = Wszystko, co wiesz: imiona i nazwiska, miejsca, daty, a także to, co było widać lub co ci powiedziano.
role-police-next = Policja zapisuje to, co przekażesz, i decyduje, co zrobić, żeby dzieci były bezpieczne.

role-csam-hotline-heading = Zgłoś adres strony
role-csam-hotline-about = Eksperci, którzy sprawdzają zgłoszenia dotyczące seksualnych zdjęć lub filmów z udziałem dzieci w internecie i doprowadzają do ich usunięcia.
role-csam-hotline-need = Adres strony internetowej (link). Nic więcej: żadnych zdjęć, żadnych zrzutów ekranu.
role-csam-hotline-next = Analityk sprawdza stronę. Jeśli jej treść jest nielegalna, doprowadza do jej usunięcia i powiadamia policję.

role-grooming-report-heading = Zgłoś tę osobę
role-grooming-report-about = Policja i specjaliści od ochrony dzieci, którzy zajmują się osobami próbującymi wykorzystywać dzieci w internecie.
role-grooming-report-need = Nazwy użytkowników, linki do profili, adresy stron, daty i godziny. Możesz dołączyć zrzuty ekranu z czatu, ale nigdy zrzuty seksualnych zdjęć dziecka.
role-grooming-report-next = Specjalista do spraw ochrony dzieci czyta zgłoszenie i decyduje, co zrobić, żeby dziecko było bezpieczne.

role-image-removal-heading = Doprowadź do usunięcia zdjęcia
role-image-removal-about = Pomoc w usunięciu nagiego zdjęcia lub filmu młodej osoby i w zablokowaniu jego ponownego udostępniania.
role-image-removal-need = Urządzenie, na którym jest zdjęcie, albo adres strony, na której je udostępniono. Nie wysyłaj zdjęcia nikomu.
role-image-removal-next = Usługa tworzy cyfrowy odcisk palca zdjęcia, dzięki któremu strony internetowe mogą znaleźć i usunąć jego kopie.

role-child-helpline-heading = Porozmawiaj z kimś
role-child-helpline-about = Bezpłatny telefon zaufania dla dzieci i młodzieży, w każdej sprawie, która je niepokoi.
role-child-helpline-need = Nic. Możesz po prostu zadzwonić albo napisać i porozmawiać.
role-child-helpline-next = Przeszkolony konsultant wysłucha cię i pomoże ci zastanowić się, co zrobić. To ty decydujesz, co będzie dalej.

role-abuse-helpline-heading = Poproś o radę w sprawie dziecka
role-abuse-helpline-about = Porady dla dorosłych, którzy martwią się o dziecko.
role-abuse-helpline-need = To, co było widać lub co ci powiedziano, i kiedy. Nie potrzebujesz dowodów.
role-abuse-helpline-next = Doradca omówi z tobą sytuację i może przekazać twoje obawy osobom, które chronią dzieci.

role-prevention-heading = Uzyskaj poufną pomoc
role-prevention-about = Poufna pomoc dla osób zaniepokojonych swoimi seksualnymi myślami lub zachowaniem wobec dzieci.
role-prevention-need = Nic. Możesz zachować anonimowość.
role-prevention-next = Przeszkolony doradca wysłucha cię bez oceniania i pomoże ci ułożyć plan, jak zadbać o bezpieczeństwo.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Skopiuj adres strony (link). Tylko tego potrzebuje punkt zgłaszania nielegalnych treści.
advice-abuse-imagery-adult-2 = Nie pobieraj, nie rób zrzutów ekranu, nie zapisuj, nie udostępniaj i nie przesyłaj dalej tych zdjęć ani filmów, nawet jako dowodu. W ten sposób się rozprzestrzeniają, a w wielu krajach jest to przestępstwo.
advice-abuse-imagery-adult-3 = Nie szukaj więcej takich materiałów. Nie musisz udowadniać, że coś jest nielegalne.
advice-abuse-imagery-adult-4 = Zgłoś to jeden raz, do krajowego punktu zgłaszania nielegalnych treści. Zwykle możesz zachować anonimowość.
advice-abuse-imagery-child-1 = Nie grożą ci żadne kłopoty. To nie twoja wina, że zdarzyło ci się to zobaczyć.
advice-abuse-imagery-child-2 = Skopiuj adres strony (link), a potem ją zamknij.
advice-abuse-imagery-child-3 = Nie zapisuj tych zdjęć, nie rób ich zrzutów ekranu i nie wysyłaj ich nikomu, nawet po to, żeby pokazać, co było na nich widać.
advice-abuse-imagery-child-4 = Porozmawiaj z dorosłym, któremu ufasz, albo z kimś z telefonu zaufania dla dzieci i młodzieży. Nie musisz radzić sobie z tym w pojedynkę.

advice-grooming-adult-1 = Zachowaj wiadomości. Zapisz nazwy użytkowników, linki do profili, adresy stron, daty i godziny.
advice-grooming-adult-2 = Możesz zrobić zrzuty ekranu rozmowy, ale nigdy żadnego seksualnego zdjęcia dziecka: takich zdjęć nie zapisuj, nie rób ich zrzutów ekranu i nie udostępniaj.
advice-grooming-adult-3 = Nie konfrontuj się z tą osobą i nie podszywaj się pod dziecko. Może to narazić dziecko na większe niebezpieczeństwo i zaszkodzić śledztwu.
advice-grooming-adult-4 = Zgłoś sprawę, zanim zablokujesz tę osobę, żeby nie stracić dowodów.
advice-grooming-child-1 = Nie grożą ci żadne kłopoty. To nie twoja wina, nawet jeśli zdarzyło ci się coś wysłać albo na coś zgodzić.
advice-grooming-child-2 = Nie musisz odpowiadać. Przestań pisać z tą osobą, ale zachowaj wiadomości, żeby móc je pokazać.
advice-grooming-child-3 = Nie zgadzaj się na spotkanie z tą osobą.
advice-grooming-child-4 = Powiedz o tym dorosłemu, któremu ufasz, albo porozmawiaj z kimś z telefonu zaufania dla dzieci i młodzieży. Pomogą ci.

advice-sextortion-adult-1 = Nie płać i nie wysyłaj niczego więcej. Zapłata rzadko powstrzymuje groźby.
advice-sextortion-adult-2 = Zerwij kontakt, ale zachowaj wiadomości, nazwy użytkowników i dane płatności jako dowody. Zgłoś sprawę, zanim zablokujesz tę osobę.
advice-sextortion-adult-3 = Nie zapisuj, nie rób zrzutów ekranu i nie udostępniaj samych seksualnych zdjęć.
advice-sextortion-adult-4 = Młoda osoba, której ktoś grozi, musi usłyszeć, że to nie jej wina i że nie grożą jej żadne kłopoty.
advice-sextortion-child-1 = Nie grożą ci żadne kłopoty. To osoba, która ci grozi, robi coś złego.
advice-sextortion-child-2 = Nie płać i nie wysyłaj niczego więcej.
advice-sextortion-child-3 = Przestań odpowiadać, ale zachowaj wiadomości, żeby móc je pokazać.
advice-sextortion-child-4 = Powiedz o tym dorosłemu, któremu ufasz, albo porozmawiaj z kimś z telefonu zaufania dla dzieci i młodzieży. Są sposoby, żeby usunąć zdjęcia z internetu.

advice-image-shared-adult-1 = Nie pobieraj, nie zapisuj, nie rób zrzutów ekranu i nie przesyłaj dalej tego zdjęcia, nawet po to, żeby je zgłosić. W ten sposób zdjęcie się rozprzestrzenia, a w wielu krajach jest to przestępstwo.
advice-image-shared-adult-2 = Take It Down działa na urządzeniu, którym zrobiono zdjęcie: zdjęcie zostaje na nim, a udostępniany jest tylko jego cyfrowy odcisk palca.
advice-image-shared-adult-3 = Jeśli zdjęcie jest na stronie internetowej, skopiuj adres strony i zgłoś go do punktu zgłaszania nielegalnych treści.
advice-image-shared-adult-4 = Uspokój młodą osobę: to nie jej wina i nie grożą jej żadne kłopoty.
advice-image-shared-child-1 = Nie grożą ci żadne kłopoty. Wielu młodych ludzi przez to przeszło i da się to rozwiązać.
advice-image-shared-child-2 = Nie wysyłaj tego zdjęcia nikomu, nawet po to, żeby je zgłosić.
advice-image-shared-child-3 = Są usługi, które pomagają usunąć zdjęcia z internetu, bez ponownego wysyłania ich komukolwiek.
advice-image-shared-child-4 = Porozmawiaj z kimś z telefonu zaufania dla dzieci i młodzieży albo z dorosłym, któremu ufasz. Nie musisz radzić sobie z tym w pojedynkę.

advice-child-abuse-adult-1 = Nie potrzebujesz dowodów, żeby poprosić o radę albo zgłosić swoje obawy.
advice-child-abuse-adult-2 = Nie konfrontuj się z osobą, która cię niepokoi. Może to narazić dziecko na większe niebezpieczeństwo.
advice-child-abuse-adult-3 = Jeśli dziecko powie ci o wykorzystywaniu, wysłuchaj go, zachowaj spokój, powiedz mu, że to nie jego wina, i nie obiecuj, że zachowasz to w tajemnicy.
advice-child-abuse-adult-4 = Zapisz z datami, co było widać lub co ci powiedziano, dosłownie, tymi słowami, które padły.
advice-child-abuse-adult-5 = Telefony zaufania mogą pozwolić ci nie podawać nazwiska, ale przekażą dalej wszystko, co wskazuje, że dziecku grozi niebezpieczeństwo.
advice-child-abuse-child-1 = To nie twoja wina i nie grożą ci żadne kłopoty.
advice-child-abuse-child-2 = Możesz porozmawiać z kimś, kto cię wysłucha i pomoże. Możesz powiedzieć tyle, ile chcesz: dużo albo mało.
advice-child-abuse-child-3 = Jeśli teraz nie możesz bezpiecznie rozmawiać, możesz zadzwonić albo napisać później.
advice-child-abuse-child-4 = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod numer alarmowy.

advice-adult-behaviour-adult-1 = Zanim zdecydujesz, co zrobić, możesz poufnie o tym porozmawiać.
advice-adult-behaviour-adult-2 = Nie konfrontuj się z tą osobą na własną rękę. Może to narazić dzieci na większe niebezpieczeństwo.
advice-adult-behaviour-adult-3 = Nie oglądaj, nie pobieraj i nie udostępniaj żadnych zdjęć, żeby coś sprawdzić. Zamiast tego zapisz adresy stron, imiona, nazwiska i daty.
advice-adult-behaviour-adult-4 = Jeśli uważasz, że dziecko jest krzywdzone, powiadom policję lub służby ochrony dzieci.
advice-adult-behaviour-child-1 = Nie będziesz mieć kłopotów przez to, że komuś o tym powiesz.
advice-adult-behaviour-child-2 = Porozmawiaj z dorosłym, któremu ufasz, albo z kimś z telefonu zaufania dla dzieci i młodzieży. Pomogą ci zdecydować, co zrobić.
advice-adult-behaviour-child-3 = Jeśli możesz, trzymaj się z dala od tej osoby i nie spotykaj się z nią sam na sam.

advice-own-thoughts-adult-1 = Prośba o pomoc to właściwy krok. Możesz uzyskać poufną pomoc, żeby zachować bezpieczeństwo i chronić dzieci.
advice-own-thoughts-adult-2 = Jeśli zdarzyło ci się oglądać seksualne zdjęcia dzieci, przestań teraz. Usługi profilaktyczne mogą pomóc ci przestać, a wiele z nich jest anonimowych.
advice-own-thoughts-adult-3 = Jeśli myślisz, że wkrótce możesz skrzywdzić dziecko, natychmiast poszukaj pomocy.
advice-own-thoughts-child-1 = Nie musisz radzić sobie z tym w pojedynkę. Dobrze, że chcesz o tym porozmawiać.
advice-own-thoughts-child-2 = Młodzi ludzie mogą uzyskać poufną pomoc, żeby zrozumieć swoje myśli i zachować bezpieczeństwo.
advice-own-thoughts-child-3 = Porozmawiaj z kimś z telefonu zaufania dla dzieci i młodzieży albo z dorosłym, któremu ufasz.

advice-not-sure-adult-1 = Nie musisz mieć pewności, żeby poprosić o radę. Konsultanci telefonu zaufania mogą omówić z tobą sytuację.
advice-not-sure-adult-2 = Nie szukaj, nie zapisuj i nie udostępniaj żadnych zdjęć, żeby sprawdzić, co przedstawiają.
advice-not-sure-adult-3 = Jeśli dziecku grozi teraz niebezpieczeństwo, zadzwoń pod numer alarmowy.
advice-not-sure-child-1 = Nie będziesz mieć kłopotów przez to, że pytasz.
advice-not-sure-child-2 = Możesz porozmawiać z kimś z telefonu zaufania dla dzieci i młodzieży o wszystkim, co cię niepokoi.
advice-not-sure-child-3 = Jeśli tobie lub innemu dziecku grozi teraz niebezpieczeństwo, zadzwoń pod numer alarmowy.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = Tutaj zgłasza się seksualne zdjęcia dzieci zauważone w internecie. Analitycy sprawdzają stronę i doprowadzają do jej usunięcia; wystarczy podać adres strony.
why-abuse-imagery-child-csam-hotline = Tutaj zgłasza się zdjęcia lub filmy w internecie, które pokazują dzieci w seksualny sposób. Wystarczy podać adres strony. Nie musisz podawać swojego imienia.
why-abuse-imagery-child-child-helpline = Zobaczenie czegoś takiego może być przykre. Możesz o tym z kimś porozmawiać, za darmo.
why-grooming-adult-grooming-report = Tutaj zgłasza się kogoś, kto w internecie rozmawia z dzieckiem o seksie, prosi o zdjęcia albo próbuje się z nim spotkać.
why-grooming-adult-abuse-helpline = Jeśli chcesz najpierw o tym porozmawiać, ten telefon zaufania doradza dorosłym, którzy martwią się o dziecko.
why-grooming-child-grooming-report = Tutaj możesz zgłosić tę osobę. Zgłoszenie przeczytają ludzie przeszkoleni w ochronie dzieci.
why-grooming-child-child-helpline = Możesz za darmo porozmawiać z kimś o tym, co się stało. Nikt nie będzie cię oceniać.
why-sextortion-adult-grooming-report = Tutaj zgłasza się kogoś, kto grozi, że udostępni seksualne zdjęcia młodej osoby.
why-sextortion-adult-image-removal = Ta usługa pomaga powstrzymać udostępnianie tych zdjęć w internecie.
why-sextortion-adult-image-removal-global = Take It Down działa na całym świecie: pomaga powstrzymać udostępnianie zdjęć młodej osoby, a nikt nie musi ich oglądać.
why-sextortion-adult-abuse-helpline = Ten telefon zaufania doradza dorosłym, którzy martwią się o dziecko.
why-sextortion-child-grooming-report = Tutaj możesz zgłosić osobę, która ci grozi. Nie będziesz mieć przez to kłopotów.
why-sextortion-child-image-removal = Ta usługa może pomóc usunąć twoje zdjęcia z internetu i powstrzymać ich udostępnianie.
why-sextortion-child-image-removal-global = Take It Down działa na całym świecie. Twoje zdjęcia zostają na twoim urządzeniu; udostępniany jest tylko ich cyfrowy odcisk palca.
why-sextortion-child-child-helpline = Możesz za darmo porozmawiać z kimś o tym, co się dzieje. Pomogą ci.
why-image-shared-adult-image-removal = Ta usługa pomaga usunąć nagie zdjęcie młodej osoby z internetu i powstrzymać jego udostępnianie.
why-image-shared-adult-image-removal-global = Take It Down działa na całym świecie, w przypadku zdjęć zrobionych, gdy dana osoba miała mniej niż 18 lat. Zdjęcie zostaje na urządzeniu; udostępniany jest tylko jego cyfrowy odcisk palca.
why-image-shared-adult-csam-hotline = Jeśli zdjęcie jest na stronie internetowej, zgłoś tutaj adres tej strony, żeby można je było usunąć.
why-image-shared-adult-abuse-helpline = Ten telefon zaufania doradza dorosłym, którzy martwią się o dziecko.
why-image-shared-child-image-removal = Ta usługa pomaga młodym ludziom usunąć z internetu ich nagie zdjęcia. Nie grożą ci żadne kłopoty.
why-image-shared-child-image-removal-global = Take It Down działa na całym świecie. Twoje zdjęcie zostaje na twoim urządzeniu; udostępniany jest tylko jego cyfrowy odcisk palca.
why-image-shared-child-child-helpline = Możesz za darmo porozmawiać z kimś o tym, co się stało. Pomogą ci.
why-image-shared-child-csam-hotline = Jeśli zdjęcie jest na stronie internetowej, możesz tutaj zgłosić adres tej strony, żeby można je było usunąć.
why-child-abuse-adult-abuse-helpline = Możesz porozmawiać o swoich obawach z przeszkolonymi doradcami. Powiedzą ci, co zrobić, i mogą przekazać sprawę osobom, które chronią dzieci.
why-child-abuse-adult-police = Możesz zgłosić swoje obawy policji.
why-child-abuse-child-child-helpline = Możesz za darmo porozmawiać z kimś, kto cię wysłucha i pomoże. To nie twoja wina.
why-child-abuse-child-abuse-helpline = Ta usługa pomaga chronić dzieci i ciebie też wysłucha.
why-child-abuse-child-police = Możesz też powiedzieć o tym policji. Ochrona dzieci to część jej pracy, a ty nie będziesz mieć przez to kłopotów.
why-adult-behaviour-adult-prevention = Możesz poufnie porozmawiać o zachowaniu innej osoby wobec dzieci i zdecydować, co zrobić.
why-adult-behaviour-adult-abuse-helpline = Ten telefon zaufania doradza dorosłym, którzy martwią się o dziecko.
why-adult-behaviour-adult-police = Jeśli uważasz, że dziecko jest krzywdzone, możesz powiadomić policję.
why-adult-behaviour-child-child-helpline = Możesz za darmo porozmawiać z kimś o dorosłej osobie, która cię niepokoi. Nie grożą ci żadne kłopoty.
why-adult-behaviour-child-grooming-report = Jeśli ta dorosła osoba kontaktuje się w internecie z tobą lub innym dzieckiem, możesz to tutaj zgłosić.
why-own-thoughts-adult-prevention = Ta poufna usługa pomaga osobom zaniepokojonym swoimi seksualnymi myślami lub zachowaniem wobec dzieci.
why-own-thoughts-adult-prevention-global = Bezpłatna, anonimowa pomoc online do samodzielnej pracy, dostępna na całym świecie w kilku językach.
why-own-thoughts-child-child-helpline = Możesz za darmo i poufnie porozmawiać z kimś o myślach, które cię niepokoją.
why-own-thoughts-child-prevention = Ta poufna usługa pomaga osobom, także młodym, które niepokoją się swoimi seksualnymi myślami.
why-not-sure-adult-abuse-helpline = Możesz omówić swoje obawy z przeszkolonymi doradcami, nawet jeśli nie wiesz na pewno, co się dzieje.
why-not-sure-child-child-helpline = Możesz za darmo porozmawiać z kimś o wszystkim, co cię niepokoi.
