### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = Un minore è in pericolo in questo momento. I servizi di emergenza possono intervenire subito. Chiami prima loro, poi segua gli altri passi.
danger-no-number-known = Chiami subito il numero di emergenza locale. Se non lo conosce, vada alla stazione di polizia più vicina o chieda a qualcuno vicino a lei di chiamare aiuto.
police-door-why-police = Non conosciamo un servizio specializzato per questo in questo Paese. La polizia può ricevere la sua segnalazione.
police-door-why-emergency-number = Non conosciamo un servizio specializzato per questo in questo Paese, né una linea separata della polizia. Può contattare la polizia a questo numero.
police-door-about-emergency-number = Questo è anche il numero di emergenza. Può usarlo per dire alla polizia ciò che sa, anche se in questo momento non sta succedendo nulla.

## The concerns, in plain words

concern-abuse-imagery-label = Immagini o video sessuali di un minore online
concern-abuse-imagery-description = Ha visto online immagini o video che mostrano un minore in modo sessuale.
concern-grooming-label = Qualcuno online parla di sesso con un minore
concern-grooming-description = Qualcuno parla di sesso in chat con un minore, gli chiede foto o cerca di incontrarlo.
concern-sextortion-label = Qualcuno minaccia di diffondere immagini sessuali
concern-sextortion-description = Qualcuno minaccia di diffondere immagini sessuali di un ragazzo o di una ragazza se non paga o non invia altre immagini.
concern-image-shared-label = È stata diffusa un’immagine di nudo di una persona con meno di 18 anni
concern-image-shared-description = Un’immagine di nudo o sessuale di una persona con meno di 18 anni (potrebbe trattarsi anche di lei) è stata diffusa, o potrebbe esserlo.
concern-child-abuse-label = Un minore potrebbe subire abusi sessuali
concern-child-abuse-description = Teme che un minore stia subendo abusi sessuali, non solo online.
concern-adult-behaviour-label = Il comportamento di un adulto verso i minori
concern-adult-behaviour-description = La preoccupa il modo in cui un adulto si comporta con i minori, o ciò che guarda online.
concern-own-thoughts-label = I miei pensieri o il mio comportamento
concern-own-thoughts-description = La preoccupano i suoi pensieri sessuali o il suo comportamento verso i minori.
concern-not-sure-label = Non lo so
concern-not-sure-description = Qualcosa la preoccupa, ma non corrisponde a nessuna di queste voci.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Chiami subito il numero di emergenza
role-emergency-about = I servizi di emergenza: polizia, ambulanza e vigili del fuoco.
role-emergency-need = Dica dove si trova e che cosa sta succedendo. Resti in linea.
role-emergency-next = L’operatore le dice che cosa fare e invia aiuto.

role-police-heading = Informi la polizia
role-police-about = La polizia, per ciò che non sta succedendo in questo momento.
role-police-need = Tutto ciò che sa: nomi, luoghi, date e che cosa ha visto o le è stato detto.
role-police-next = La polizia registra ciò che dice e decide che cosa fare per proteggere i minori.

role-csam-hotline-heading = Segnali l’indirizzo web
role-csam-hotline-about = Esperti che esaminano le segnalazioni di immagini o video sessuali di minori online e li fanno rimuovere.
role-csam-hotline-need = L’indirizzo web (il link) della pagina. Nient’altro: niente immagini, niente screenshot.
role-csam-hotline-next = Un analista esamina la pagina. Se è illegale, si attiva per farla rimuovere e informa la polizia.

role-grooming-report-heading = Segnali la persona
role-grooming-report-about = Polizia ed esperti di protezione dei minori che si occupano di chi cerca di abusare di minori online.
role-grooming-report-need = Nomi utente, link ai profili, indirizzi web, date e orari. Può includere screenshot della chat, ma mai di immagini sessuali di un minore.
role-grooming-report-next = Un operatore esperto di protezione dei minori legge la segnalazione e decide che cosa fare per proteggere il minore.

role-image-removal-heading = Faccia rimuovere l’immagine
role-image-removal-about = Aiuto per far rimuovere una foto o un video di nudo di un ragazzo o di una ragazza, e per impedire che venga diffuso di nuovo.
role-image-removal-need = Il dispositivo su cui si trova la foto, o l’indirizzo web dove è stata diffusa. Non invii la foto a nessuno.
role-image-removal-next = Il servizio crea un’impronta digitale della foto, così i siti web possono trovarne e rimuoverne le copie.

role-child-helpline-heading = Parla con qualcuno
role-child-helpline-about = Una linea di ascolto gratuita per bambini e ragazzi, per parlare di qualsiasi cosa li preoccupi.
role-child-helpline-need = Niente. Basta chiamare o scrivere un messaggio e parlare.
role-child-helpline-next = Un operatore formato ti ascolta e ti aiuta a capire che cosa fare. Sei tu a decidere che cosa succede.

role-abuse-helpline-heading = Chieda un consiglio su un minore
role-abuse-helpline-about = Consigli per gli adulti preoccupati per un minore.
role-abuse-helpline-need = Che cosa ha visto o le è stato detto, e quando. Non servono prove.
role-abuse-helpline-next = Un operatore ne parla con lei e può trasmettere le preoccupazioni a chi si occupa di proteggere i minori.

role-prevention-heading = Riceva un aiuto riservato
role-prevention-about = Aiuto riservato per le persone preoccupate per i propri pensieri sessuali o il proprio comportamento verso i minori.
role-prevention-need = Niente. Può restare nell’anonimato.
role-prevention-next = Un operatore formato ascolta senza giudicare e la aiuta a preparare un piano di sicurezza.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Copi l’indirizzo web (il link) della pagina. È tutto ciò che serve al servizio di segnalazione.
advice-abuse-imagery-adult-2 = Non scarichi, non faccia screenshot, non salvi, non condivida e non inoltri le immagini, nemmeno come prova. Così facendo le si diffonde, ed è un reato in molti Paesi.
advice-abuse-imagery-adult-3 = Non cerchi altro materiale. Non deve dimostrare che qualcosa è illegale.
advice-abuse-imagery-adult-4 = Faccia una sola segnalazione, al servizio nazionale di segnalazione. Di solito può restare nell’anonimato.
advice-abuse-imagery-child-1 = Non sei nei guai. Non è colpa tua se hai visto queste cose.
advice-abuse-imagery-child-2 = Copia l’indirizzo web (il link) della pagina, poi chiudila.
advice-abuse-imagery-child-3 = Non salvare le immagini, non fare screenshot e non mandarle a nessuno, nemmeno per far vedere che cosa hai visto.
advice-abuse-imagery-child-4 = Parlane con un adulto di cui ti fidi, o con la linea di ascolto per ragazzi. Non devi affrontare tutto questo senza aiuto.

advice-grooming-adult-1 = Conservi i messaggi. Annoti nomi utente, link ai profili, indirizzi web, date e orari.
advice-grooming-adult-2 = Può fare screenshot della conversazione, ma mai di un’immagine sessuale di un minore: non salvi, non faccia screenshot e non condivida queste immagini.
advice-grooming-adult-3 = Non affronti la persona e non finga di essere il minore. Potrebbe mettere il minore ancora più in pericolo e danneggiare le indagini.
advice-grooming-adult-4 = Faccia la segnalazione prima di bloccare la persona, così le prove non vanno perse.
advice-grooming-child-1 = Non sei nei guai. Non è colpa tua, anche se hai mandato qualcosa o hai detto di sì a qualcosa.
advice-grooming-child-2 = Non devi per forza rispondere. Smetti di chattare, ma conserva i messaggi per poterli mostrare.
advice-grooming-child-3 = Non accettare di incontrare questa persona.
advice-grooming-child-4 = Dillo a un adulto di cui ti fidi, o parla con la linea di ascolto per ragazzi. Ti aiuteranno.

advice-sextortion-adult-1 = Non paghi e non invii nient’altro. Pagare raramente fa cessare le minacce.
advice-sextortion-adult-2 = Interrompa i contatti, ma conservi i messaggi, i nomi utente e i dati dei pagamenti come prova. Faccia la segnalazione prima di bloccare la persona.
advice-sextortion-adult-3 = Non salvi, non faccia screenshot e non condivida le immagini sessuali stesse.
advice-sextortion-adult-4 = Un ragazzo o una ragazza che riceve minacce ha bisogno di sentirsi dire che non è colpa sua e che non è nei guai.
advice-sextortion-child-1 = Non sei nei guai. È chi ti minaccia a comportarsi male.
advice-sextortion-child-2 = Non pagare e non mandare nient’altro.
advice-sextortion-child-3 = Smetti di rispondere, ma conserva i messaggi per poterli mostrare.
advice-sextortion-child-4 = Dillo a un adulto di cui ti fidi, o parla con la linea di ascolto per ragazzi. Ci sono modi per far rimuovere le immagini.

advice-image-shared-adult-1 = Non scarichi, non salvi, non faccia screenshot e non inoltri l’immagine, nemmeno per segnalarla. Così facendo la si diffonde, ed è un reato in molti Paesi.
advice-image-shared-adult-2 = Take It Down funziona dal dispositivo con cui è stata scattata l’immagine: l’immagine resta lì e viene condivisa solo un’impronta digitale.
advice-image-shared-adult-3 = Se l’immagine è su un sito web, copi l’indirizzo web e lo segnali al servizio di segnalazione.
advice-image-shared-adult-4 = Rassicuri il ragazzo o la ragazza: non è colpa sua e non è nei guai.
advice-image-shared-child-1 = Non sei nei guai. Tanti ragazzi ci sono passati, e si può risolvere.
advice-image-shared-child-2 = Non mandare l’immagine a nessuno, nemmeno per segnalarla.
advice-image-shared-child-3 = Ci sono servizi che aiutano a far rimuovere le immagini senza che tu debba condividerle di nuovo.
advice-image-shared-child-4 = Parla con la linea di ascolto per ragazzi o con un adulto di cui ti fidi. Non devi affrontare tutto questo senza aiuto.

advice-child-abuse-adult-1 = Non servono prove per chiedere un consiglio o segnalare una preoccupazione.
advice-child-abuse-adult-2 = Non affronti la persona che la preoccupa. Potrebbe mettere il minore ancora più in pericolo.
advice-child-abuse-adult-3 = Se un minore le racconta di un abuso, lo ascolti, mantenga la calma, gli dica che non è colpa sua e non prometta di mantenere il segreto.
advice-child-abuse-adult-4 = Scriva che cosa ha visto o che cosa le è stato detto, con le date, usando le parole esatte.
advice-child-abuse-adult-5 = Le linee di ascolto possono permetterle di non dire il suo nome, ma trasmetteranno tutto ciò che indica che un minore è in pericolo.
advice-child-abuse-child-1 = Non è colpa tua, e non sei nei guai.
advice-child-abuse-child-2 = Puoi parlare con qualcuno che ti ascolterà e ti aiuterà. Puoi raccontare tanto o poco, come vuoi tu.
advice-child-abuse-child-3 = Se adesso non puoi parlare senza rischi, puoi chiamare o scrivere più tardi.
advice-child-abuse-child-4 = Se sei in pericolo in questo momento, chiama il numero di emergenza.

advice-adult-behaviour-adult-1 = Può parlarne in modo riservato prima di decidere che cosa fare.
advice-adult-behaviour-adult-2 = Non affronti direttamente questa persona. Potrebbe mettere i minori ancora più in pericolo.
advice-adult-behaviour-adult-3 = Non guardi, non scarichi e non condivida immagini per verificare. Annoti invece indirizzi web, nomi e date.
advice-adult-behaviour-adult-4 = Se pensa che un minore stia subendo del male, informi la polizia o un servizio di protezione dei minori.
advice-adult-behaviour-child-1 = Non sei nei guai per averlo detto a qualcuno.
advice-adult-behaviour-child-2 = Parla con un adulto di cui ti fidi, o con la linea di ascolto per ragazzi. Possono aiutarti a decidere che cosa fare.
advice-adult-behaviour-child-3 = Stai lontano da questa persona se puoi, e non incontrarla quando non c’è nessun altro.

advice-own-thoughts-adult-1 = Chiedere aiuto è la cosa giusta da fare. Può ricevere un aiuto riservato per restare al sicuro e proteggere i minori.
advice-own-thoughts-adult-2 = Se ha guardato immagini sessuali di minori, smetta ora. I servizi di prevenzione possono aiutarla a smettere, e molti sono anonimi.
advice-own-thoughts-adult-3 = Se pensa di poter fare del male a un minore presto, chieda aiuto subito.
advice-own-thoughts-child-1 = Non sei solo o sola, ed è bene che tu voglia parlarne.
advice-own-thoughts-child-2 = I ragazzi possono ricevere un aiuto riservato per capire i propri pensieri e restare al sicuro.
advice-own-thoughts-child-3 = Parla con la linea di ascolto per ragazzi o con un adulto di cui ti fidi.

advice-not-sure-adult-1 = Non serve esserne certi per chiedere un consiglio. Una linea di ascolto può parlarne con lei.
advice-not-sure-adult-2 = Non cerchi, non salvi e non condivida immagini per verificare di che cosa si tratta.
advice-not-sure-adult-3 = Se un minore è in pericolo in questo momento, chiami il numero di emergenza.
advice-not-sure-child-1 = Non sei nei guai per aver chiesto.
advice-not-sure-child-2 = Puoi parlare con la linea di ascolto per ragazzi di qualsiasi cosa ti preoccupi.
advice-not-sure-child-3 = Se sei in pericolo in questo momento, o se lo è un altro ragazzo, chiama il numero di emergenza.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = Qui si segnalano le immagini sessuali di minori viste online. Gli analisti esaminano la pagina e la fanno rimuovere; basta indicare l’indirizzo web.
why-abuse-imagery-child-csam-hotline = Qui si segnalano le immagini o i video sessuali di minori online. Basta indicare l’indirizzo web, e non devi per forza dire il tuo nome.
why-abuse-imagery-child-child-helpline = Vedere queste cose può far stare male. Puoi parlarne con qualcuno, gratuitamente.
why-grooming-adult-grooming-report = Qui si segnala chi parla di sesso con un minore online, gli chiede foto o cerca di incontrarlo.
why-grooming-adult-abuse-helpline = Se prima vuole parlarne, questa linea di ascolto offre consigli agli adulti preoccupati per un minore.
why-grooming-child-grooming-report = Qui puoi segnalare la persona. La segnalazione sarà letta da persone formate per proteggere i ragazzi.
why-grooming-child-child-helpline = Puoi parlare con qualcuno di quello che è successo, gratuitamente. Nessuno ti giudicherà.
why-sextortion-adult-grooming-report = Qui si segnala chi minaccia di diffondere immagini sessuali di un ragazzo o di una ragazza.
why-sextortion-adult-image-removal = Questo servizio aiuta a impedire che le immagini vengano diffuse online.
why-sextortion-adult-image-removal-global = Take It Down funziona in tutto il mondo: aiuta a impedire che le immagini di un ragazzo o di una ragazza vengano diffuse, senza che nessuno le veda.
why-sextortion-adult-abuse-helpline = Questa linea di ascolto offre consigli agli adulti preoccupati per un minore.
why-sextortion-child-grooming-report = Qui puoi segnalare la persona che ti minaccia. Non sei nei guai.
why-sextortion-child-image-removal = Questo servizio può aiutarti a far rimuovere le tue immagini e a impedire che vengano diffuse.
why-sextortion-child-image-removal-global = Take It Down funziona in tutto il mondo. Le tue immagini restano sul tuo dispositivo; viene condivisa solo un’impronta digitale.
why-sextortion-child-child-helpline = Puoi parlare con qualcuno di quello che sta succedendo, gratuitamente. Ti aiuteranno.
why-image-shared-adult-image-removal = Questo servizio aiuta a far rimuovere l’immagine di nudo di un ragazzo o di una ragazza e a impedire che venga diffusa.
why-image-shared-adult-image-removal-global = Take It Down funziona in tutto il mondo, per le immagini scattate quando la persona aveva meno di 18 anni. L’immagine resta sul dispositivo; viene condivisa solo un’impronta digitale.
why-image-shared-adult-csam-hotline = Se l’immagine è su un sito web, segnali qui l’indirizzo web, così potrà essere rimossa.
why-image-shared-adult-abuse-helpline = Questa linea di ascolto offre consigli agli adulti preoccupati per un minore.
why-image-shared-child-image-removal = Questo servizio aiuta i ragazzi a far rimuovere immagini di nudo che li ritraggono. Non sei nei guai.
why-image-shared-child-image-removal-global = Take It Down funziona in tutto il mondo. La tua immagine resta sul tuo dispositivo; viene condivisa solo un’impronta digitale.
why-image-shared-child-child-helpline = Puoi parlare con qualcuno di quello che è successo, gratuitamente. Ti aiuteranno.
why-image-shared-child-csam-hotline = Se l’immagine è su un sito web, puoi segnalare qui l’indirizzo web, così potrà essere rimossa.
why-child-abuse-adult-abuse-helpline = Può parlare della sua preoccupazione con operatori formati. Possono dirle che cosa fare e trasmettere la segnalazione a chi si occupa di proteggere i minori.
why-child-abuse-adult-police = Può segnalare la sua preoccupazione alla polizia.
why-child-abuse-child-child-helpline = Puoi parlare gratuitamente con qualcuno che ti ascolterà e ti aiuterà. Non è colpa tua.
why-child-abuse-child-abuse-helpline = Questo servizio aiuta a proteggere i bambini e i ragazzi, e ascolterà anche te.
why-child-abuse-child-police = Puoi anche dirlo alla polizia. Proteggere i bambini e i ragazzi fa parte del suo lavoro, e non sarai nei guai.
why-adult-behaviour-adult-prevention = Può parlare in modo riservato del comportamento di un’altra persona verso i minori e decidere che cosa fare.
why-adult-behaviour-adult-abuse-helpline = Questa linea di ascolto offre consigli agli adulti preoccupati per un minore.
why-adult-behaviour-adult-police = Se pensa che un minore stia subendo del male, può informare la polizia.
why-adult-behaviour-child-child-helpline = Puoi parlare gratuitamente con qualcuno dell’adulto che ti preoccupa. Non sei nei guai.
why-adult-behaviour-child-grooming-report = Se l’adulto contatta online te o un altro ragazzo, puoi segnalarlo qui.
why-own-thoughts-adult-prevention = Questo servizio riservato aiuta le persone preoccupate per i propri pensieri sessuali o il proprio comportamento verso i minori.
why-own-thoughts-adult-prevention-global = Un programma di auto-aiuto online, gratuito e anonimo, che funziona ovunque e in diverse lingue.
why-own-thoughts-child-child-helpline = Puoi parlare gratuitamente e in modo riservato con qualcuno dei pensieri che ti preoccupano.
why-own-thoughts-child-prevention = Questo servizio riservato aiuta le persone, anche i ragazzi, preoccupate per i propri pensieri sessuali.
why-not-sure-adult-abuse-helpline = Può parlare della sua preoccupazione con operatori formati, anche se non sa con certezza che cosa stia succedendo.
why-not-sure-child-child-helpline = Puoi parlare gratuitamente con qualcuno di qualsiasi cosa ti preoccupi.
