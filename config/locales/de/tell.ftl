### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Auch { $organisation } informieren
tell-section-intro = Wenn es um ein Kind bei { $organisation } geht, können Sie zusätzlich eine Nachricht an das Kinderschutz-Team schicken. Das ersetzt die Schritte oben nicht: Bitte melden Sie es trotzdem auch dort.

## The form

tell-title = { $organisation } informieren
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Dieses Feld bitte leer lassen
tell-text-label = Was soll { $organisation } wissen?
# $max is the largest number of characters allowed.
tell-text-hint = Schreiben Sie, was passiert ist, wer beteiligt ist und wann. Fügen Sie keine sexuellen Bilder ein, beschreiben Sie sie nicht und geben Sie keine Webadressen solcher Bilder an: Signpost entfernt diese. Sie können bis zu { $max } Zeichen schreiben.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Verbleibende Zeichen: { $count }
tell-count-over = Zeichen zu viel: { $count }
tell-contact-legend = Darf { $organisation } Sie kontaktieren?
tell-contact-share = Ja, hier sind meine Kontaktdaten
tell-contact-name = Ihr Name (freiwillig)
tell-contact-email = E-Mail-Adresse
tell-contact-phone = Telefonnummer
tell-contact-anonymous = Nein, ich möchte lieber anonym bleiben
tell-who-reads-heading = Wer das liest
tell-who-reads-to = Ihre Nachricht geht per E-Mail an das Kinderschutz-Team von { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Ihre Nachricht geht per E-Mail an das Kinderschutz-Team von { $organisation } ({ $recipients }).
tell-who-reads-after = Wenn Sie Ihre Kontaktdaten angeben, kann man Sie kontaktieren. Um ein Kind zu schützen, kann das Team das, was Sie schreiben, an die Polizei oder das Jugendamt weitergeben. Signpost speichert keine Kopie.
tell-consent = Ich verstehe, wer das liest und was damit geschehen kann
tell-continue = Weiter

## Problems with what was typed

tell-error-text-empty = Schreiben Sie, was das Team wissen soll
tell-error-text-too-long = Ihre Nachricht ist zu lang: Sie darf höchstens { $max } Zeichen haben
tell-error-contact-none = Geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, oder entscheiden Sie sich, anonym zu bleiben
tell-error-email = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.com
tell-error-phone = Geben Sie eine Telefonnummer aus Ziffern ein, zum Beispiel 07700 900 982
tell-error-name-too-long = Ihr Name darf höchstens { $max } Zeichen haben
tell-error-contact = Wählen Sie aus, ob man Sie kontaktieren darf
tell-error-consent = Setzen Sie das Häkchen, um zu bestätigen, dass Sie verstehen, wer das liest

## Check before sending

tell-check-title = Nachricht vor dem Senden prüfen
tell-check-sent-to = Geht an
tell-check-sent-to-value = Das Kinderschutz-Team von { $organisation }
tell-check-you-wrote = Was Sie geschrieben haben
tell-check-contact = Ihre Kontaktdaten
tell-check-anonymous = Sie möchten anonym bleiben
tell-check-note = Webadressen werden vor dem Senden entfernt oder so verändert, dass man sie nicht anklicken kann. { $organisation } sieht außerdem Ihre Antworten auf die Fragen und die Stellen, die Signpost vorgeschlagen hat. Signpost speichert keine Kopie.
tell-check-send = An { $organisation } senden
tell-check-change = Nachricht ändern

## After sending (or trying to)

tell-sent-heading = An { $organisation } gesendet
tell-sent = Ihre Nachricht wurde an das Kinderschutz-Team von { $organisation } gesendet. Signpost hat keine Kopie gespeichert.
tell-not-sent-heading = Ihre Nachricht wurde nicht gesendet
tell-not-sent-other-site = Dieses Formular kann nur direkt von der Signpost-Seite aus gesendet werden. Ihre Nachricht ist nicht an { $organisation } gegangen.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Von hier wurden in kurzer Zeit zu viele Nachrichten gesendet. Bitte versuchen Sie es in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } noch einmal. Ihre Nachricht ist nicht an { $organisation } gegangen.
tell-unconfirmed-heading = Wir konnten nicht bestätigen, dass Ihre Nachricht gesendet wurde
tell-unconfirmed = Die Verbindung zum E-Mail-Server von { $organisation } ist abgebrochen, während Ihre Nachricht übergeben wurde. Sie ist also vielleicht angekommen, vielleicht auch nicht. Ihre Nachricht steht unten. Sie können { $organisation } auf anderem Weg kontaktieren, um das zu klären, statt sie zweimal zu senden.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Ihre Nachricht ist nicht an { $organisation } gegangen. Sie steht unten, damit Sie sie kopieren oder es noch einmal versuchen können.
tell-failure-unreachable = Signpost konnte den E-Mail-Server nicht erreichen.
tell-failure-temporary = Der E-Mail-Server ist ausgelastet und hat gebeten, es später noch einmal zu versuchen.
tell-failure-permanent = Der E-Mail-Server hat die Nachricht abgelehnt.
tell-failure-timeout = Der E-Mail-Server hat nicht rechtzeitig geantwortet.
tell-failure-tls = Signpost konnte keine sichere Verbindung zum E-Mail-Server herstellen.
tell-failure-compose = Signpost konnte die Nachricht nicht vorbereiten.
tell-failure-no-recipient = Signpost kann im Moment an niemanden Nachrichten weiterleiten.
tell-result-your-message = Ihre Nachricht
tell-result-copy = Hier steht, was Sie geschrieben haben, damit Sie es kopieren oder es noch einmal versuchen können.
tell-result-you-wrote = Was Sie geschrieben haben
tell-result-try-again = Noch einmal senden
tell-result-change = Nachricht ändern
tell-result-still-heading = Bitte gehen Sie trotzdem diese Schritte
tell-result-still = Eine Nachricht an { $organisation } ersetzt nicht die Meldung bei der richtigen Stelle.
