### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Dove è successo? (facoltativo)
questions-platform-hint = Se è successo su un’app, un gioco o un sito di questo elenco, lo scelga e il suo piano dirà anche come segnalarlo lì. Può saltare questa domanda: il suo piano resta lo stesso.
questions-platform-skip = Salta questa domanda
questions-platform-group-platforms = App, giochi e siti
questions-platform-group-other = Altro
questions-error-platform = Scelga dall’elenco dove è successo, oppure salti questa domanda

## The fixed answers (a platform's own name is shown for the others)

place-website = Un sito web
place-elsewhere-online = Altrove online
place-not-online = Non online
place-rather-not-say = Preferisco non dirlo

## The step

role-platform-heading = Lo segnali anche sulla piattaforma
role-platform-about = Il team per la sicurezza dell’app, del gioco o del sito, che può rimuovere i contenuti e chiudere gli account che violano le sue regole.
role-platform-need = Il nome dell’account e dove l’ha visto sulla piattaforma. Mai le immagini stesse.
role-platform-next = Il team per la sicurezza della piattaforma esamina la segnalazione e può rimuovere il contenuto o chiudere l’account.
platform-step-heading = Lo segnali anche su { $platform }
platform-why-adult = Segnalarlo anche alla piattaforma le permette di intervenire sull’account. Lo faccia dopo i passi qui sopra, non al loro posto.
platform-why-adult-images = Segnali prima le immagini al servizio nazionale di segnalazione: è quella segnalazione a farle rimuovere e a passarle alla polizia. Segnalare anche l’account sulla piattaforma è un’aggiunta, mai un sostituto.
platform-why-child = Puoi anche dirlo all’app, al gioco o al sito. Questo è in più rispetto ai passi qui sopra, non al loro posto.
platform-why-child-images = Fai prima la segnalazione al servizio nazionale di segnalazione, nel passo qui sopra. Dirlo anche all’app o al sito è in più: possono chiudere l’account.
platform-report-link = Lo segnali a { $platform }
platform-in-app = Nell’app:
platform-passes-to-ncmec = { $platform } dichiara di trasmettere le segnalazioni al NCMEC, il Centro nazionale statunitense per i bambini scomparsi e sfruttati.
platform-passes-to-police = { $platform } dichiara di trasmettere le segnalazioni alla polizia.
platform-passes-to-ncmec-police = { $platform } dichiara di trasmettere le segnalazioni al NCMEC (il Centro nazionale statunitense per i bambini scomparsi e sfruttati) e alla polizia.
platform-account-needed = Per segnalarlo lì serve un account { $platform }.
platform-account-not-needed = Per segnalarlo lì non serve un account { $platform }.
platform-advice-heading = Quando lo segnala lì
platform-advice-adult-block = Blocchi l’account dopo averlo segnalato.
platform-advice-adult-keep = Non cancelli la conversazione, i messaggi o il profilo: potrebbero servire alla polizia.
platform-advice-adult-images = Non invii, inoltri, salvi né catturi con uno screenshot immagini sessuali di un minore, nemmeno per segnalarle.
platform-advice-child-block = Dopo aver segnalato l’account, bloccalo così non può più contattarti.
platform-advice-child-keep = Non cancellare la chat o i messaggi, anche se vorresti farlo. Possono aiutare la polizia.
platform-advice-child-images = Non inviare e non salvare mai le immagini, nemmeno per segnalarle. Non sei nei guai.

## The plan's answers, and the email

plan-why-platform = È successo su: { $platform }.
mail-answer-platform = Dove è successo
