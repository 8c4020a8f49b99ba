### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost non può accettarlo
error-unsupported-form = Signpost accetta solo le risposte alle sue domande. Non accetta mai file o immagini: non invii immagini da nessuna parte. Le segnali invece al servizio nazionale di segnalazione.
error-unsupported-json = Invii le risposte in formato JSON con Content-Type: application/json. Signpost non accetta mai file o immagini: segnali invece le immagini al servizio nazionale di segnalazione.
error-too-large-title = Era troppo lungo
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost accetta al massimo { $kib } KiB. Non accetta mai file o immagini.
error-body-unreadable-title = Le sue risposte non sono arrivate
error-body-unreadable = La connessione si è interrotta. Riprovi, per favore.
error-bad-json-title = Richiesta non valida
error-bad-form-title = Non è stato possibile leggere le sue risposte
error-bad-form = Torni alle domande e risponda di nuovo, per favore.
error-invalid-title = Risposte non valide
error-invalid = Alcune risposte mancano o non sono valide; ciascuna è elencata in errors.
error-not-found-title = Pagina non trovata
error-not-found = Non esiste una pagina a questo indirizzo.
error-image-title = Signpost non può accettare immagini
error-image = Una parte di ciò che ha inviato sembra un’immagine. Signpost non accetta mai immagini, e non è stato inviato nulla. Non invii immagini a nessuno, nemmeno per segnalarle: condividerle le diffonde ed è un reato in molti Paesi. Se ha visto online immagini sessuali di un minore, copi l’indirizzo web e lo segnali al servizio nazionale di segnalazione.
error-binary-title = Signpost non è riuscito a leggerlo
error-binary = Una parte di ciò che ha inviato non è testo. Signpost accetta solo parole scritte, mai file o immagini.
error-rate-limited-title = Attenda un momento
error-rate-limited = Signpost ha ricevuto molte richieste dalla Sua connessione in poco tempo, quindi ha sospeso le risposte, e l’inoltro dei messaggi, per { $minutes ->
        [one] un minuto
       *[other] { $minutes } minuti
    }. Può già ora ricevere aiuto dai servizi qui sotto.
