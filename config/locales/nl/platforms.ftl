### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Waar is het gebeurd? (niet verplicht)
questions-platform-hint = Is het gebeurd in een app, game of site uit deze lijst, kies die dan: je plan zegt dan ook hoe je het daar meldt. Je kunt deze vraag overslaan: je plan blijft hetzelfde.
questions-platform-skip = Deze vraag overslaan
questions-platform-group-platforms = Apps, games en sites
questions-platform-group-other = Iets anders
questions-error-platform = Kies uit de lijst waar het gebeurd is, of sla deze vraag over

## The fixed answers (a platform's own name is shown for the others)

place-website = Een website
place-elsewhere-online = Ergens anders online
place-not-online = Niet online
place-rather-not-say = Dat zeg ik liever niet

## The step

role-platform-heading = Meld het ook op het platform
role-platform-about = Het veiligheidsteam van de app, game of site, dat inhoud kan verwijderen en accounts kan sluiten die de regels breken.
role-platform-need = De naam van het account en waar je het op het platform zag. Nooit de beelden zelf.
role-platform-next = Het veiligheidsteam van het platform bekijkt de melding en kan de inhoud verwijderen of het account sluiten.
platform-step-heading = Meld het ook bij { $platform }
platform-why-adult = Als je het ook bij het platform meldt, kan het platform iets tegen het account doen. Doe dit na de stappen hierboven, niet in plaats daarvan.
platform-why-adult-images = Meld de beelden eerst bij het meldpunt: die melding zorgt ervoor dat ze worden verwijderd en aan de politie worden doorgegeven. Het account ook op het platform melden is een aanvulling, nooit een vervanging.
platform-why-child = Je kunt het ook aan de app, game of site laten weten. Dat is naast de stappen hierboven, niet in plaats daarvan.
platform-why-child-images = Meld het eerst bij het meldpunt, in de stap hierboven. Het ook aan de app of site laten weten is extra: zij kunnen het account sluiten.
platform-report-link = Meld het bij { $platform }
platform-in-app = In de app:
platform-passes-to-ncmec = { $platform } zegt meldingen door te geven aan NCMEC, het Amerikaanse nationale centrum voor vermiste en uitgebuite kinderen.
platform-passes-to-police = { $platform } zegt meldingen door te geven aan de politie.
platform-passes-to-ncmec-police = { $platform } zegt meldingen door te geven aan NCMEC (het Amerikaanse nationale centrum voor vermiste en uitgebuite kinderen) en aan de politie.
platform-account-needed = Je hebt een account bij { $platform } nodig om het daar te melden.
platform-account-not-needed = Je hebt geen account bij { $platform } nodig om het daar te melden.
platform-advice-heading = Als je het daar meldt
platform-advice-adult-block = Blokkeer het account nadat je het hebt gemeld.
platform-advice-adult-keep = Verwijder het gesprek, de berichten of het profiel niet: de politie kan ze nodig hebben.
platform-advice-adult-images = Verstuur, stuur door, bewaar of screenshot nooit seksuele beelden van een kind, ook niet om ze te melden.
platform-advice-child-block = Blokkeer het account nadat je het hebt gemeld, zodat het jou niet meer kan bereiken.
platform-advice-child-keep = Verwijder de chat of de berichten niet, ook al wil je dat. Ze kunnen de politie helpen.
platform-advice-child-images = Verstuur of bewaar de beelden nooit, ook niet om ze te melden. Je krijgt geen problemen.

## The plan's answers, and the email

plan-why-platform = Het is hier gebeurd: { $platform }.
mail-answer-platform = Waar het gebeurd is
