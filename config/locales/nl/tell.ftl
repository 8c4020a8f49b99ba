### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Laat het ook { $organisation } weten
tell-section-intro = Gaat het om een kind bij { $organisation }? Dan kun je ook een bericht sturen naar hun team voor kinderbescherming. Dat vervangt de stappen hierboven niet: meld het daar toch ook.

## The form

tell-title = Laat het { $organisation } weten
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Laat dit vak leeg
tell-text-label = Wat wil je dat { $organisation } weet?
# $max is the largest number of characters allowed.
tell-text-hint = Schrijf wat er is gebeurd, wie erbij betrokken zijn en wanneer. Plak of beschrijf geen seksuele afbeeldingen en zet er geen webadressen van in: Signpost haalt die weg. Je kunt maximaal { $max } tekens schrijven.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Tekens over: { $count }
tell-count-over = Tekens te veel: { $count }
tell-contact-legend = Mag { $organisation } contact met je opnemen?
tell-contact-share = Ja, dit zijn mijn gegevens
tell-contact-name = Je naam (niet verplicht)
tell-contact-email = E-mailadres
tell-contact-phone = Telefoonnummer
tell-contact-anonymous = Nee, ik blijf liever anoniem
tell-who-reads-heading = Wie dit leest
tell-who-reads-to = Je bericht gaat per e-mail naar het team voor kinderbescherming van { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Je bericht gaat per e-mail naar het team voor kinderbescherming van { $organisation } ({ $recipients }).
tell-who-reads-after = Als je je gegevens geeft, kunnen ze contact met je opnemen. Om een kind te beschermen kunnen ze wat je schrijft doorgeven aan de politie of aan de jeugdbescherming. Signpost bewaart geen kopie.
tell-consent = Ik begrijp wie dit leest en wat ze ermee kunnen doen
tell-continue = Verder

## Problems with what was typed

tell-error-text-empty = Schrijf wat je wilt dat ze weten
tell-error-text-too-long = Je bericht is te lang: maak het { $max } tekens of korter
tell-error-contact-none = Geef een e-mailadres of een telefoonnummer, of kies ervoor om anoniem te blijven
tell-error-email = Vul een e-mailadres in, zoals name@example.com
tell-error-phone = Vul een telefoonnummer in met cijfers, zoals 07700 900 982
tell-error-name-too-long = Je naam mag maximaal { $max } tekens lang zijn
tell-error-contact = Kies of ze contact met je mogen opnemen
tell-error-consent = Vink het vakje aan om te laten zien dat je begrijpt wie dit leest

## Check before sending

tell-check-title = Controleer je bericht voordat je het verstuurt
tell-check-sent-to = Gaat naar
tell-check-sent-to-value = Het team voor kinderbescherming van { $organisation }
tell-check-you-wrote = Wat je schreef
tell-check-contact = Je contactgegevens
tell-check-anonymous = Je hebt ervoor gekozen om anoniem te blijven
tell-check-note = Webadressen worden voor het versturen weggehaald of onklikbaar gemaakt. { $organisation } ziet ook je antwoorden op de vragen en de plekken die Signpost heeft voorgesteld. Signpost bewaart geen kopie.
tell-check-send = Versturen naar { $organisation }
tell-check-change = Je bericht aanpassen

## After sending (or trying to)

tell-sent-heading = Verstuurd naar { $organisation }
tell-sent = Je bericht is verstuurd naar het team voor kinderbescherming van { $organisation }. Signpost heeft geen kopie bewaard.
tell-not-sent-heading = Je bericht is niet verstuurd
tell-not-sent-other-site = Dit formulier kan alleen vanaf de pagina van Signpost zelf worden verstuurd. Je bericht is niet naar { $organisation } gegaan.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Er zijn hier in korte tijd te veel berichten verstuurd. Probeer het over { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } opnieuw. Je bericht is niet naar { $organisation } gegaan.
tell-unconfirmed-heading = We konden niet bevestigen dat je bericht is verstuurd
tell-unconfirmed = De verbinding met de e-mailserver van { $organisation } werd verbroken terwijl je bericht werd doorgegeven. Het kan dus wel of niet zijn aangekomen. Je bericht staat hieronder. Je kunt op een andere manier contact opnemen met { $organisation } om het na te vragen, in plaats van het twee keer te versturen.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Je bericht is niet naar { $organisation } gegaan. Het staat hieronder, zodat je het kunt kopiëren of het opnieuw kunt proberen.
tell-failure-unreachable = Signpost kon de e-mailserver niet bereiken.
tell-failure-temporary = De e-mailserver is bezet en vroeg om het later opnieuw te proberen.
tell-failure-permanent = De e-mailserver heeft het bericht geweigerd.
tell-failure-timeout = De e-mailserver heeft niet op tijd geantwoord.
tell-failure-tls = Signpost kon geen beveiligde verbinding met de e-mailserver maken.
tell-failure-compose = Signpost kon het bericht niet klaarmaken.
tell-failure-no-recipient = Signpost kan op dit moment aan niemand berichten doorsturen.
tell-result-your-message = Je bericht
tell-result-copy = Hier staat wat je schreef, zodat je het kunt kopiëren of het opnieuw kunt proberen.
tell-result-you-wrote = Wat je schreef
tell-result-try-again = Opnieuw proberen te versturen
tell-result-change = Je bericht aanpassen
tell-result-still-heading = Volg toch ook deze stappen
tell-result-still = Het aan { $organisation } laten weten vervangt niet het melden bij de juiste plek.
