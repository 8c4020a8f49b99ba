### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost kann das nicht annehmen
error-unsupported-form = Signpost nimmt nur die Antworten auf seine Fragen an. Signpost nimmt niemals Dateien oder Bilder an: Bitte schicken Sie Bilder nirgendwohin. Melden Sie sie stattdessen bei der nationalen Meldestelle Ihres Landes.
error-unsupported-json = Senden Sie die Antworten als JSON mit Content-Type: application/json. Signpost nimmt niemals Dateien oder Bilder an: Melden Sie Bilder stattdessen bei der nationalen Meldestelle Ihres Landes.
error-too-large-title = Das war zu lang
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost nimmt höchstens { $kib } KiB an. Signpost nimmt niemals Dateien oder Bilder an.
error-body-unreadable-title = Ihre Antworten sind nicht angekommen
error-body-unreadable = Die Verbindung wurde unterbrochen. Bitte versuchen Sie es noch einmal.
error-bad-json-title = Fehlerhafte Anfrage
error-bad-form-title = Ihre Antworten konnten nicht gelesen werden
error-bad-form = Bitte gehen Sie zurück zu den Fragen und beantworten Sie sie noch einmal.
error-invalid-title = Ungültige Antworten
error-invalid = Einige Antworten fehlen oder sind ungültig; sie sind alle unter „errors“ aufgeführt.
error-not-found-title = Seite nicht gefunden
error-not-found = Unter dieser Adresse gibt es keine Seite.
error-image-title = Signpost kann keine Bilder annehmen
error-image = Etwas, das Sie geschickt haben, sieht aus wie ein Bild. Signpost nimmt niemals Bilder an, und es wurde nichts gesendet. Bitte schicken Sie Bilder an niemanden, auch nicht, um sie zu melden: Wer sie teilt, verbreitet sie weiter, und das ist in vielen Ländern eine Straftat. Wenn Sie im Internet sexuelle Bilder eines Kindes gesehen haben, kopieren Sie die Webadresse und melden Sie sie bei der nationalen Meldestelle Ihres Landes.
error-binary-title = Signpost konnte das nicht lesen
error-binary = Etwas, das Sie geschickt haben, ist kein Text. Signpost nimmt nur getippte Wörter an, niemals Dateien oder Bilder.
error-rate-limited-title = Bitte warten Sie einen Moment
error-rate-limited = Signpost hat in kurzer Zeit sehr viele Anfragen von Ihrer Verbindung erhalten und beantwortet sie deshalb { $minutes ->
        [one] eine Minute
       *[other] { $minutes } Minuten
    } lang nicht. So lange werden auch keine Nachrichten weitergeleitet. Hilfe bekommen Sie schon jetzt bei den Stellen unten.
