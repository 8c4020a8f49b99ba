### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = Er is nu een kind in gevaar. De hulpdiensten kunnen meteen in actie komen. Bel hen eerst en volg daarna de andere stappen.
danger-no-number-known = Bel nu het lokale alarmnummer. Weet je dat nummer niet? Ga dan naar het dichtstbijzijnde politiebureau of vraag iemand in de buurt om hulp te bellen.
police-door-why-police = We kennen in dit land geen gespecialiseerde dienst hiervoor. De politie kan je melding aannemen.
police-door-why-emergency-number = We kennen in dit land geen gespecialiseerde dienst hiervoor, en geen apart nummer van de politie. De politie is bereikbaar op dit nummer.
police-door-about-emergency-number = Dit is ook het alarmnummer. Je kunt het gebruiken om de politie te vertellen wat je weet, ook als er nu niets gebeurt.

## The concerns, in plain words

concern-abuse-imagery-label = Seksuele afbeeldingen of video's van een kind online
concern-abuse-imagery-description = Je hebt online foto's of video's gezien waarop een kind op een seksuele manier te zien is.
concern-grooming-label = Iemand praat online op een seksuele manier met een kind
concern-grooming-description = Iemand chat met een kind over seks, vraagt om foto's of probeert het kind te ontmoeten.
concern-sextortion-label = Iemand dreigt seksuele afbeeldingen te delen
concern-sextortion-description = Iemand zegt dat hij seksuele foto's van een jongere gaat delen, tenzij de jongere betaalt of meer stuurt.
concern-image-shared-label = Een naaktfoto van iemand jonger dan 18 is gedeeld
concern-image-shared-description = Een naaktfoto of seksuele foto van iemand jonger dan 18 (dat kun jij ook zijn) is gedeeld, of wordt misschien gedeeld.
concern-child-abuse-label = Een kind wordt misschien seksueel misbruikt
concern-child-abuse-description = Je maakt je zorgen dat een kind seksueel wordt misbruikt, niet alleen online.
concern-adult-behaviour-label = Het gedrag van een volwassene tegenover kinderen
concern-adult-behaviour-description = Je maakt je zorgen over hoe een volwassene zich gedraagt bij kinderen, of over wat hij of zij online bekijkt.
concern-own-thoughts-label = Mijn eigen gedachten of gedrag
concern-own-thoughts-description = Je maakt je zorgen over je eigen seksuele gedachten of gedrag tegenover kinderen.
concern-not-sure-label = Ik weet het niet zeker
concern-not-sure-description = Je maakt je ergens zorgen over, maar het past bij geen van deze punten.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Bel nu het alarmnummer
role-emergency-about = De hulpdiensten: politie, ambulance en brandweer.
role-emergency-need = Zeg waar je bent en wat er gebeurt. Blijf aan de lijn.
role-emergency-next = De meldkamer vertelt je wat je moet doen en stuurt hulp.

role-police-heading = Meld het bij de politie
role-police-about = De politie, voor dingen die niet op dit moment gebeuren.
role-police-need = Alles wat je weet: namen, plaatsen, datums, en wat je hebt gezien of wat je is verteld.
role-police-next = De politie legt vast wat je vertelt en beslist wat er moet gebeuren om kinderen te beschermen.

role-csam-hotline-heading = Meld het webadres
role-csam-hotline-about = Deskundigen die meldingen van seksuele foto's of video's van kinderen online controleren en ervoor zorgen dat ze worden verwijderd.
role-csam-hotline-need = Het webadres (de link) van de pagina. Verder niets: geen afbeeldingen, geen screenshots.
role-csam-hotline-next = Een analist bekijkt de pagina. Als die illegaal is, zorgen ze ervoor dat hij wordt verwijderd en lichten ze de politie in.

role-grooming-report-heading = Meld de persoon
role-grooming-report-about = Politie en deskundigen in kinderbescherming die optreden tegen mensen die kinderen online proberen te misbruiken.
role-grooming-report-need = Gebruikersnamen, links naar profielen, webadressen, datums en tijden. Je mag screenshots van de chat meesturen, maar nooit van seksuele afbeeldingen van een kind.
role-grooming-report-next = Een adviseur kinderbescherming leest je melding en beslist wat er moet gebeuren om het kind te beschermen.

role-image-removal-heading = Laat de afbeelding verwijderen
role-image-removal-about = Hulp om een naaktfoto of -video van een jongere te laten verwijderen en te voorkomen dat die opnieuw wordt gedeeld.
role-image-removal-need = Het apparaat waar de foto op staat, of het webadres waar hij is gedeeld. Stuur de foto naar niemand.
role-image-removal-next = De dienst maakt een digitale vingerafdruk van de foto, zodat websites kopieën kunnen vinden en verwijderen.

role-child-helpline-heading = Praat met iemand
role-child-helpline-about = Een gratis hulplijn voor kinderen en jongeren, over alles waar ze zich zorgen over maken.
role-child-helpline-need = Niets. Je kunt gewoon bellen of een bericht sturen en praten.
role-child-helpline-next = Een getrainde hulpverlener luistert en helpt je uitzoeken wat je kunt doen. Jij beslist wat er gebeurt.

role-abuse-helpline-heading = Vraag advies over een kind
role-abuse-helpline-about = Advies voor volwassenen die zich zorgen maken over een kind.
role-abuse-helpline-need = Wat je hebt gezien of wat je is verteld, en wanneer. Je hebt geen bewijs nodig.
role-abuse-helpline-next = Een adviseur bespreekt het met je en kan zorgen doorgeven aan de mensen die kinderen beschermen.

role-prevention-heading = Krijg vertrouwelijke hulp
role-prevention-about = Vertrouwelijke hulp voor mensen die zich zorgen maken over seksuele gedachten of gedrag tegenover kinderen.
role-prevention-need = Niets. Je kunt anoniem blijven.
role-prevention-next = Een getrainde hulpverlener luistert zonder te oordelen en helpt je een plan te maken om veilig te blijven.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Kopieer het webadres (de link) van de pagina. Meer heeft het meldpunt niet nodig.
advice-abuse-imagery-adult-2 = Download de afbeeldingen niet, maak er geen screenshots van en sla ze niet op. Deel ze niet en stuur ze niet door, ook niet als bewijs. Daarmee verspreid je ze verder, en dat is in veel landen strafbaar.
advice-abuse-imagery-adult-3 = Ga niet op zoek naar meer. Je hoeft niet te bewijzen dat iets illegaal is.
advice-abuse-imagery-adult-4 = Meld het één keer, bij het landelijke meldpunt. Meestal kun je anoniem blijven.
advice-abuse-imagery-child-1 = Je krijgt geen problemen. Het is niet jouw schuld dat je dit hebt gezien.
advice-abuse-imagery-child-2 = Kopieer het webadres (de link) van de pagina en sluit de pagina daarna.
advice-abuse-imagery-child-3 = Sla de foto's niet op, maak er geen screenshots van en stuur ze naar niemand, ook niet om te laten zien wat je hebt gezien.
advice-abuse-imagery-child-4 = Praat met een volwassene die je vertrouwt, of met de hulplijn voor kinderen. Je hoeft dit niet alleen op te lossen.

advice-grooming-adult-1 = Bewaar de berichten. Schrijf gebruikersnamen, links naar profielen, webadressen, datums en tijden op.
advice-grooming-adult-2 = Je mag screenshots van het gesprek maken, maar nooit van een seksuele afbeelding van een kind: sla die niet op, maak er geen screenshot van en deel die niet.
advice-grooming-adult-3 = Spreek de persoon niet zelf aan en doe je niet voor als het kind. Dat kan het kind in groter gevaar brengen en een onderzoek schaden.
advice-grooming-adult-4 = Meld het voordat je de persoon blokkeert, zodat het bewijs niet verloren gaat.
advice-grooming-child-1 = Je krijgt geen problemen. Het is niet jouw schuld, ook niet als je iets hebt gestuurd of ergens mee hebt ingestemd.
advice-grooming-child-2 = Je hoeft niet te antwoorden. Stop met chatten, maar bewaar de berichten zodat je ze kunt laten zien.
advice-grooming-child-3 = Spreek niet met de persoon af.
advice-grooming-child-4 = Vertel het aan een volwassene die je vertrouwt, of praat met de hulplijn voor kinderen. Zij helpen je.

advice-sextortion-adult-1 = Betaal niet en stuur niets meer. Betalen maakt bijna nooit een einde aan de dreigementen.
advice-sextortion-adult-2 = Verbreek het contact, maar bewaar de berichten, gebruikersnamen en betaalgegevens als bewijs. Meld het voordat je blokkeert.
advice-sextortion-adult-3 = Sla de seksuele afbeeldingen zelf niet op, maak er geen screenshots van en deel ze niet.
advice-sextortion-adult-4 = Een jongere die wordt bedreigd, moet horen dat het niet zijn of haar schuld is en dat hij of zij geen problemen krijgt.
advice-sextortion-child-1 = Je krijgt geen problemen. De persoon die jou bedreigt, is degene die fout bezig is.
advice-sextortion-child-2 = Betaal niet en stuur niets meer.
advice-sextortion-child-3 = Stop met antwoorden, maar bewaar de berichten zodat je ze kunt laten zien.
advice-sextortion-child-4 = Vertel het aan een volwassene die je vertrouwt, of praat met de hulplijn voor kinderen. Er zijn manieren om foto's te laten verwijderen.

advice-image-shared-adult-1 = Download de afbeelding niet, sla hem niet op, maak er geen screenshot van en stuur hem niet door, ook niet om hem te melden. Daarmee verspreid je hem verder, en dat is in veel landen strafbaar.
advice-image-shared-adult-2 = Take It Down werkt vanaf het apparaat waarmee de afbeelding is gemaakt: de afbeelding blijft daar, en alleen een digitale vingerafdruk wordt gedeeld.
advice-image-shared-adult-3 = Staat de afbeelding op een website? Kopieer dan het webadres en meld het bij het meldpunt.
advice-image-shared-adult-4 = Stel de jongere gerust: het is niet zijn of haar schuld, en hij of zij krijgt geen problemen.
advice-image-shared-child-1 = Je krijgt geen problemen. Veel jongeren hebben dit meegemaakt, en er is iets aan te doen.
advice-image-shared-child-2 = Stuur de foto naar niemand, ook niet om hem te melden.
advice-image-shared-child-3 = Er zijn diensten die helpen om foto's te laten verwijderen zonder dat jij ze opnieuw hoeft te delen.
advice-image-shared-child-4 = Praat met de hulplijn voor kinderen of met een volwassene die je vertrouwt. Je hoeft dit niet alleen op te lossen.

advice-child-abuse-adult-1 = Je hebt geen bewijs nodig om advies te vragen of een zorg te melden.
advice-child-abuse-adult-2 = Spreek de persoon over wie je je zorgen maakt niet zelf aan. Dat kan het kind in groter gevaar brengen.
advice-child-abuse-adult-3 = Als een kind je over misbruik vertelt: luister, blijf rustig, zeg dat het niet zijn of haar schuld is, en beloof niet dat je het geheimhoudt.
advice-child-abuse-adult-4 = Schrijf op wat je hebt gezien of wat je is verteld, met datums, in de woorden die zijn gebruikt.
advice-child-abuse-adult-5 = Hulplijnen laten je vaak je naam voor jezelf houden, maar geven alles door waaruit blijkt dat een kind in gevaar is.
advice-child-abuse-child-1 = Het is niet jouw schuld, en je krijgt geen problemen.
advice-child-abuse-child-2 = Je kunt praten met iemand die luistert en je helpt. Je kunt zoveel of zo weinig vertellen als je wilt.
advice-child-abuse-child-3 = Als het nu niet veilig is om te praten, kun je later bellen of een bericht sturen.
advice-child-abuse-child-4 = Ben je nu in gevaar? Bel dan het alarmnummer.

advice-adult-behaviour-adult-1 = Je kunt er eerst in vertrouwen over praten voordat je beslist wat je doet.
advice-adult-behaviour-adult-2 = Spreek de persoon niet zelf aan. Dat kan kinderen in groter gevaar brengen.
advice-adult-behaviour-adult-3 = Bekijk, download of deel geen afbeeldingen om iets te controleren. Schrijf in plaats daarvan webadressen, namen en datums op.
advice-adult-behaviour-adult-4 = Denk je dat een kind iets wordt aangedaan? Meld het dan bij de politie of bij een organisatie voor kinderbescherming.
advice-adult-behaviour-child-1 = Je krijgt geen problemen omdat je het aan iemand vertelt.
advice-adult-behaviour-child-2 = Praat met een volwassene die je vertrouwt, of met de hulplijn voor kinderen. Zij kunnen je helpen beslissen wat je doet.
advice-adult-behaviour-child-3 = Blijf als het kan uit de buurt van die persoon, en spreek niet alleen met hem of haar af.

advice-own-thoughts-adult-1 = Hulp vragen is de juiste stap. Je kunt vertrouwelijke hulp krijgen om zelf veilig te blijven en kinderen veilig te houden.
advice-own-thoughts-adult-2 = Heb je naar seksuele afbeeldingen van kinderen gekeken? Stop er nu mee. Preventiediensten kunnen je helpen stoppen, en veel daarvan zijn anoniem.
advice-own-thoughts-adult-3 = Denk je dat je binnenkort een kind iets zou kunnen aandoen? Zoek dan meteen hulp.
advice-own-thoughts-child-1 = Je bent niet de enige, en het is goed dat je erover wilt praten.
advice-own-thoughts-child-2 = Jongeren kunnen vertrouwelijke hulp krijgen om hun gedachten te begrijpen en veilig te blijven.
advice-own-thoughts-child-3 = Praat met de hulplijn voor kinderen of met een volwassene die je vertrouwt.

advice-not-sure-adult-1 = Je hoeft het niet zeker te weten om advies te vragen. Een hulplijn kan het met je doorpraten.
advice-not-sure-adult-2 = Zoek geen afbeeldingen op, sla ze niet op en deel ze niet om te controleren wat ze zijn.
advice-not-sure-adult-3 = Is er nu een kind in gevaar? Bel dan het alarmnummer.
advice-not-sure-child-1 = Je krijgt geen problemen omdat je iets vraagt.
advice-not-sure-child-2 = Je kunt met de hulplijn voor kinderen praten over alles waar je je zorgen over maakt.
advice-not-sure-child-3 = Ben jij of is een ander kind nu in gevaar? Bel dan het alarmnummer.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = Hier meld je seksuele afbeeldingen van kinderen die je online hebt gezien. Analisten controleren de pagina en laten die verwijderen; je hoeft alleen het webadres te geven.
why-abuse-imagery-child-csam-hotline = Hier kun je seksuele foto's of video's van kinderen online melden. Je hoeft alleen het webadres te geven, en je hoeft je naam niet te zeggen.
why-abuse-imagery-child-child-helpline = Zoiets zien kan heel naar zijn. Je kunt er gratis met iemand over praten.
why-grooming-adult-grooming-report = Hier meld je iemand die online op een seksuele manier met een kind praat, om foto's vraagt of het kind probeert te ontmoeten.
why-grooming-adult-abuse-helpline = Wil je er eerst over praten? Deze hulplijn geeft advies aan volwassenen die zich zorgen maken over een kind.
why-grooming-child-grooming-report = Hier kun je de persoon melden. Mensen die zijn opgeleid om kinderen te beschermen, lezen je melding.
why-grooming-child-child-helpline = Je kunt gratis met iemand praten over wat er is gebeurd. Niemand zal je veroordelen.
why-sextortion-adult-grooming-report = Hier meld je iemand die dreigt seksuele afbeeldingen van een jongere te delen.
why-sextortion-adult-image-removal = Deze dienst helpt voorkomen dat de afbeeldingen online worden gedeeld.
why-sextortion-adult-image-removal-global = Take It Down werkt overal ter wereld: het helpt voorkomen dat afbeeldingen van een jongere worden gedeeld, zonder dat iemand ze te zien krijgt.
why-sextortion-adult-abuse-helpline = Deze hulplijn geeft advies aan volwassenen die zich zorgen maken over een kind.
why-sextortion-child-grooming-report = Hier kun je de persoon melden die jou bedreigt. Je krijgt geen problemen.
why-sextortion-child-image-removal = Deze dienst kan je helpen om je foto's te laten verwijderen en te voorkomen dat ze worden gedeeld.
why-sextortion-child-image-removal-global = Take It Down werkt overal ter wereld. Je foto's blijven op je eigen apparaat; alleen een digitale vingerafdruk wordt gedeeld.
why-sextortion-child-child-helpline = Je kunt gratis met iemand praten over wat er gebeurt. Ze helpen je.
why-image-shared-adult-image-removal = Deze dienst helpt om een naaktfoto van een jongere te laten verwijderen en te voorkomen dat die wordt gedeeld.
why-image-shared-adult-image-removal-global = Take It Down werkt overal ter wereld, voor afbeeldingen die zijn gemaakt toen de persoon jonger was dan 18. De afbeelding blijft op het apparaat; alleen een digitale vingerafdruk wordt gedeeld.
why-image-shared-adult-csam-hotline = Staat de afbeelding op een website? Meld het webadres dan hier, zodat hij kan worden verwijderd.
why-image-shared-adult-abuse-helpline = Deze hulplijn geeft advies aan volwassenen die zich zorgen maken over een kind.
why-image-shared-child-image-removal = Deze dienst helpt jongeren om naaktfoto's van zichzelf te laten verwijderen. Je krijgt geen problemen.
why-image-shared-child-image-removal-global = Take It Down werkt overal ter wereld. Je foto blijft op je eigen apparaat; alleen een digitale vingerafdruk wordt gedeeld.
why-image-shared-child-child-helpline = Je kunt gratis met iemand praten over wat er is gebeurd. Ze helpen je.
why-image-shared-child-csam-hotline = Staat de foto op een website? Dan kun je het webadres hier melden, zodat hij kan worden verwijderd.
why-child-abuse-adult-abuse-helpline = Je kunt over je zorg praten met getrainde adviseurs. Zij kunnen je vertellen wat je kunt doen en kunnen het doorgeven aan de mensen die kinderen beschermen.
why-child-abuse-adult-police = Je kunt je zorg bij de politie melden.
why-child-abuse-child-child-helpline = Je kunt gratis praten met iemand die luistert en je helpt. Het is niet jouw schuld.
why-child-abuse-child-abuse-helpline = Deze dienst helpt kinderen te beschermen en luistert ook naar jou.
why-child-abuse-child-police = Je kunt het ook aan de politie vertellen. Kinderen beschermen hoort bij hun werk, en je krijgt geen problemen.
why-adult-behaviour-adult-prevention = Je kunt in vertrouwen praten over hoe iemand anders zich tegenover kinderen gedraagt, en beslissen wat je doet.
why-adult-behaviour-adult-abuse-helpline = Deze hulplijn geeft advies aan volwassenen die zich zorgen maken over een kind.
why-adult-behaviour-adult-police = Denk je dat een kind iets wordt aangedaan? Dan kun je het bij de politie melden.
why-adult-behaviour-child-child-helpline = Je kunt gratis met iemand praten over de volwassene over wie je je zorgen maakt. Je krijgt geen problemen.
why-adult-behaviour-child-grooming-report = Neemt de volwassene online contact op met jou of met een ander kind? Dan kun je dat hier melden.
why-own-thoughts-adult-prevention = Deze vertrouwelijke dienst helpt mensen die zich zorgen maken over hun eigen seksuele gedachten of gedrag tegenover kinderen.
why-own-thoughts-adult-prevention-global = Gratis, anonieme zelfhulp online, die overal werkt, in meerdere talen.
why-own-thoughts-child-child-helpline = Je kunt gratis en in vertrouwen met iemand praten over gedachten waar je je zorgen over maakt.
why-own-thoughts-child-prevention = Deze vertrouwelijke dienst helpt mensen, ook jongeren, die zich zorgen maken over hun eigen seksuele gedachten.
why-not-sure-adult-abuse-helpline = Je kunt je zorg doorpraten met getrainde adviseurs, ook als je niet zeker weet wat er aan de hand is.
why-not-sure-child-child-helpline = Je kunt gratis met iemand praten over alles waar je je zorgen over maakt.
