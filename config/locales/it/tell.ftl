### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Informi anche { $organisation }
tell-section-intro = Se riguarda un minore che frequenta { $organisation }, può anche inviare un messaggio al suo team per la tutela dei minori. Questo non sostituisce i passi indicati sopra: faccia comunque la segnalazione lì.

## The form

tell-title = Informi { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Lasci vuoto questo campo
tell-text-label = Che cosa vuole far sapere a { $organisation }?
# $max is the largest number of characters allowed.
tell-text-hint = Scriva che cosa è successo, chi è coinvolto e quando. Non incolli e non descriva immagini sessuali, e non inserisca indirizzi web che portano a queste immagini: Signpost li rimuove. Può scrivere fino a { $max } caratteri.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Caratteri rimanenti: { $count }
tell-count-over = Caratteri in eccesso: { $count }
tell-contact-legend = { $organisation } può contattarla?
tell-contact-share = Sì, ecco i miei dati
tell-contact-name = Il suo nome (facoltativo)
tell-contact-email = Indirizzo email
tell-contact-phone = Numero di telefono
tell-contact-anonymous = No, preferisco restare nell’anonimato
tell-who-reads-heading = Chi leggerà il messaggio
tell-who-reads-to = Il suo messaggio viene inviato via email al team per la tutela dei minori di { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Il suo messaggio viene inviato via email al team per la tutela dei minori di { $organisation } ({ $recipients }).
tell-who-reads-after = Potrebbero contattarla, se lascia i suoi dati. Per proteggere un minore potrebbero trasmettere ciò che scrive alla polizia o ai servizi sociali per i minori. Signpost non ne conserva una copia.
tell-consent = Ho capito chi leggerà il messaggio e che cosa potrà farne
tell-continue = Continua

## Problems with what was typed

tell-error-text-empty = Scriva che cosa vuole far sapere
tell-error-text-too-long = Il messaggio è troppo lungo: non deve superare { $max } caratteri
tell-error-contact-none = Inserisca un indirizzo email o un numero di telefono, oppure scelga di restare nell’anonimato
tell-error-email = Inserisca un indirizzo email, ad esempio name@example.com
tell-error-phone = Inserisca un numero di telefono usando solo cifre, ad esempio 07700 900 982
tell-error-name-too-long = Il nome non deve superare { $max } caratteri
tell-error-contact = Indichi se possono contattarla
tell-error-consent = Spunti la casella per confermare di aver capito chi leggerà il messaggio

## Check before sending

tell-check-title = Controlli il messaggio prima di inviarlo
tell-check-sent-to = Destinatario
tell-check-sent-to-value = Il team per la tutela dei minori di { $organisation }
tell-check-you-wrote = Che cosa ha scritto
tell-check-contact = I suoi recapiti
tell-check-anonymous = Ha scelto di restare nell’anonimato
tell-check-note = Prima dell’invio gli indirizzi web vengono rimossi o resi non cliccabili. { $organisation } vedrà anche le sue risposte alle domande e i servizi suggeriti da Signpost. Signpost non ne conserva una copia.
tell-check-send = Invia a { $organisation }
tell-check-change = Modifica il messaggio

## After sending (or trying to)

tell-sent-heading = Inviato a { $organisation }
tell-sent = Il suo messaggio è stato inviato al team per la tutela dei minori di { $organisation }. Signpost non ne ha conservato una copia.
tell-not-sent-heading = Il messaggio non è stato inviato
tell-not-sent-other-site = Questo modulo può essere inviato solo dalla pagina di Signpost. Il suo messaggio non è arrivato a { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Da qui sono stati inviati troppi messaggi in poco tempo. Riprovi tra { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }. Il suo messaggio non è arrivato a { $organisation }.
tell-unconfirmed-heading = Non è stato possibile confermare l’invio del messaggio
tell-unconfirmed = La connessione con il server di posta di { $organisation } si è interrotta mentre il messaggio veniva consegnato, quindi potrebbe essere arrivato oppure no. Il suo messaggio è qui sotto. Per verificare, può contattare { $organisation } in un altro modo, invece di inviarlo due volte.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Il suo messaggio non è arrivato a { $organisation }. È qui sotto: può copiarlo o riprovare.
tell-failure-unreachable = Signpost non è riuscito a raggiungere il server di posta.
tell-failure-temporary = Il server di posta è occupato e ha chiesto di riprovare più tardi.
tell-failure-permanent = Il server di posta ha rifiutato il messaggio.
tell-failure-timeout = Il server di posta non ha risposto in tempo.
tell-failure-tls = Signpost non è riuscito a stabilire una connessione sicura con il server di posta.
tell-failure-compose = Signpost non è riuscito a preparare il messaggio.
tell-failure-no-recipient = Al momento Signpost non può inoltrare messaggi a nessuno.
tell-result-your-message = Il suo messaggio
tell-result-copy = Ecco che cosa ha scritto: può copiarlo o riprovare.
tell-result-you-wrote = Che cosa ha scritto
tell-result-try-again = Riprova l’invio
tell-result-change = Modifica il messaggio
tell-result-still-heading = Segua comunque questi passi
tell-result-still = Informare { $organisation } non sostituisce la segnalazione al servizio giusto.
