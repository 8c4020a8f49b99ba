### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost kan dit niet aannemen
error-unsupported-form = Signpost neemt alleen de antwoorden op de vragen aan. Signpost neemt nooit bestanden of afbeeldingen aan: stuur afbeeldingen nergens naartoe. Meld ze in plaats daarvan bij het landelijke meldpunt in je land.
error-unsupported-json = Stuur de antwoorden als JSON met Content-Type: application/json. Signpost neemt nooit bestanden of afbeeldingen aan: meld afbeeldingen in plaats daarvan bij het landelijke meldpunt in je land.
error-too-large-title = Dat was te lang
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost neemt maximaal { $kib } KiB aan. Signpost neemt nooit bestanden of afbeeldingen aan.
error-body-unreadable-title = Je antwoorden zijn niet aangekomen
error-body-unreadable = De verbinding is verbroken. Probeer het opnieuw.
error-bad-json-title = Ongeldig verzoek
error-bad-form-title = Je antwoorden konden niet worden gelezen
error-bad-form = Ga terug naar de vragen en beantwoord ze opnieuw.
error-invalid-title = Ongeldige antwoorden
error-invalid = Sommige antwoorden ontbreken of zijn niet geldig; ze staan allemaal onder ‘errors’.
error-not-found-title = Pagina niet gevonden
error-not-found = Er is geen pagina op dit adres.
error-image-title = Signpost kan geen afbeeldingen aannemen
error-image = Iets wat je hebt gestuurd, lijkt op een afbeelding. Signpost neemt nooit afbeeldingen aan, en er is niets verstuurd. Stuur afbeeldingen naar niemand, ook niet om ze te melden: wie ze deelt, verspreidt ze verder, en dat is in veel landen strafbaar. Heb je online seksuele afbeeldingen van een kind gezien? Kopieer dan het webadres en meld het bij het landelijke meldpunt in je land.
error-binary-title = Signpost kon dit niet lezen
error-binary = Iets wat je hebt gestuurd, is geen tekst. Signpost neemt alleen getypte woorden aan, nooit bestanden of afbeeldingen.
error-rate-limited-title = Even geduld
error-rate-limited = Signpost heeft in korte tijd veel verzoeken van je verbinding gekregen. Daarom beantwoordt het ze { $minutes ->
        [one] één minuut
       *[other] { $minutes } minuten
    } niet, en worden er ook geen berichten doorgestuurd. Je kunt nu al hulp krijgen bij de diensten hieronder.
