### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Errore: { $title }
skip-to-main = Vai al contenuto principale
# The button at the top of every page that leaves at once for a weather website.
exit-link = Esci da questo sito
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = subito
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Meteo
footer-staying-safe = Usare questo sito in sicurezza
footer-nothing-kept = Signpost non conserva nulla di ciò che gli viene detto. Non è un servizio di emergenza.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Lingua
language-own-label = Le lingue del paese che hai scelto:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (si apre in una nuova scheda)
# Before an error message under a question (read by screen readers).
error-prefix = Errore:
error-summary-title = C’è un problema

## The emergency box (start and error pages)

emergency-heading = Se un minore è in pericolo in questo momento
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Chiami subito il { $number } ({ $country }).
emergency-call-local = Chiami subito il numero di emergenza locale.

## The start page

start-title = Trovare il servizio giusto per ricevere aiuto
start-heading = Le preoccupa la sicurezza online di un minore?
start-lead = Risponda a quattro brevi domande e Signpost le dirà dove fare una segnalazione o con chi parlare nel suo Paese. Signpost non conserva nulla di ciò che gli viene detto.
start-button = Inizia ora
start-before-heading = Prima di iniziare
start-before-no-images = Non scarichi, non faccia screenshot e non condivida immagini sessuali di un minore, nemmeno per segnalarle. Copi invece l’indirizzo web.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Può usare questo sito sul telefono o sul computer di un’altra persona. Prema «{ $exit }» in qualsiasi momento.

## The questions

questions-title = Ci dica che cosa sta succedendo
questions-intro = Le sue risposte servono solo a trovare il servizio giusto per lei. Non viene salvato nulla.
questions-country-label = Dove si trova?
questions-country-hint = Scelga il Paese in cui si trova adesso.
questions-country-choose = Scelga un Paese
questions-danger-legend = Un minore è in pericolo in questo momento?
questions-danger-hint = Per esempio, qualcuno gli sta facendo del male o sta per incontrarlo.
questions-danger-yes = Sì
questions-danger-no = No
questions-danger-not-sure = Non lo so
questions-reporter-legend = Ha meno di 18 anni?
questions-reporter-child = Sì, ho meno di 18 anni
questions-reporter-adult = No, ho 18 anni o più
questions-concern-legend = Che cosa la preoccupa?
questions-continue = Continua
questions-error-country = Scelga il Paese in cui si trova
questions-error-danger = Indichi se un minore è in pericolo in questo momento
questions-error-reporter = Indichi se ha meno di 18 anni
questions-error-concern = Scelga che cosa la preoccupa

## The plan

plan-title = Dove trovare aiuto
plan-heading-child = Non sei nei guai. Ecco chi può aiutarti.
plan-lead-child = Hai fatto la cosa giusta a cercare aiuto. Segui questi passi in ordine. Puoi fermarti in qualsiasi momento.
plan-heading-adult = Dove fare la segnalazione e ricevere aiuto
plan-lead-adult = Segua questi passi in ordine. Paese: { $country }.
plan-international = Alcuni di questi servizi sono internazionali, perché non ne conosciamo uno per questo problema in questo Paese ({ $country }). Accettano segnalazioni da tutto il mondo.
plan-advice-heading-child = Cose che possono aiutarti
plan-advice-heading-adult = Che cosa fare e che cosa non fare
plan-why-summary = Perché questi passi?
plan-why-told-us = Ci ha detto:
plan-why-country = Il suo Paese: { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Che cosa la preoccupa: { $concern }.
plan-why-child = Ha meno di 18 anni.
plan-why-adult = Ha 18 anni o più.
plan-why-danger = Un minore potrebbe essere in pericolo in questo momento.
plan-why-no-danger = Nessun minore è in pericolo in questo momento.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost ha usato la regola { $rule }. La regola segue ciò che ogni servizio dichiara di fare. Ogni passo qui sopra spiega perché è stato incluso.
plan-start-again = Ricomincia con risposte diverse

## The steps of a plan

plan-step-number = Passo { $number }
step-other-places = Altri servizi che possono aiutare in questo caso
# $number is the number exactly as the service writes it.
step-call = Chiama il { $number }
step-text = Invia un SMS al { $number }
step-more-about-number = Maggiori informazioni su questo numero
step-website = Vai al sito web
step-fact-name = Il suo nome
step-fact-when = Quando
step-fact-who-for = Per chi
step-anonymous = Può fare la segnalazione senza dare il suo nome.
step-not-anonymous = Le verranno chiesti il nome e i recapiti.
step-ages-between = Dai { $min } ai { $max } anni
step-ages-up-to = Fino a { $max } anni
step-ages-from = Dai { $min } anni in su
# $date is the date the details were last checked (date-long).
step-last-checked = Ultimo controllo: { $date }.
step-checked-own-site = Verificato sul sito web del servizio stesso.
step-checked-third-party = Trovato su un altro sito web: controlli anche la pagina del servizio stesso.
step-checked-conflict = Le fonti non concordano su alcuni dettagli: controlli la pagina del servizio stesso.
step-details-summary = Che cosa le serve e che cosa succede dopo
step-details-about = Che cos’è:
step-details-need = Che cosa le serve:
step-details-next = Che cosa succede dopo:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] gennaio
        [2] febbraio
        [3] marzo
        [4] aprile
        [5] maggio
        [6] giugno
        [7] luglio
        [8] agosto
        [9] settembre
        [10] ottobre
        [11] novembre
       *[12] dicembre
    } { $year }

## Staying safe while you use this site

staying-safe-title = Usare questo sito in sicurezza
staying-safe-lead = Se qualcuno potrebbe controllare il suo telefono o il suo computer, queste indicazioni possono aiutarla.
staying-safe-does-heading = Che cosa fa Signpost
staying-safe-no-keeping = Signpost non conserva le sue risposte. Non usa cookie e non salva nulla sul suo dispositivo.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Le sue risposte non vengono inserite nell’indirizzo web, quindi nella cronologia le pagine si chiamano solo «Signpost», «{ $questions }» e «{ $plan }».
# $exit is the name of the button (exit-link).
staying-safe-exit = Il pulsante «{ $exit }» in cima a ogni pagina la porta direttamente su un sito di meteo. Se il suo browser esegue JavaScript, premere tre volte il tasto Maiusc ha lo stesso effetto, e il pulsante Indietro non la riporterà qui.
staying-safe-cannot-heading = Che cosa Signpost non può nascondere
staying-safe-history-shows = La cronologia del browser mostra comunque che ha visitato questo sito. Può cancellarla nelle impostazioni del browser oppure usare una finestra privata o in incognito.
staying-safe-phone-bill = Le chiamate a una linea di ascolto possono comparire nella bolletta del telefono, a meno che la linea di ascolto non dica il contrario. Molte linee di ascolto per bambini e ragazzi non compaiono in bolletta.
staying-safe-screen = Chi può vedere il suo schermo, o ha installato un programma di monitoraggio sul suo dispositivo, potrebbe comunque vedere che cosa fa. Se pensa che stia succedendo, usi un dispositivo a cui quella persona non può accedere, per esempio un computer a scuola, in biblioteca o a casa di un amico.
staying-safe-back = Torna all’inizio

## The error page

error-still-help = Può comunque fare una segnalazione o ricevere aiuto
error-try-again = Riprova
