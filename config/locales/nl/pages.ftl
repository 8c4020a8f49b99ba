### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Fout: { $title }
skip-to-main = Naar de hoofdinhoud
# The button at the top of every page that leaves at once for a weather website.
exit-link = Verlaat deze site
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = snel
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Weer
footer-staying-safe = Veilig blijven terwijl je deze site gebruikt
footer-nothing-kept = Signpost bewaart niets van wat je invult. Signpost is geen noodhulpdienst.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Taal
language-own-label = De talen van het land dat u koos:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (opent in een nieuw tabblad)
# Before an error message under a question (read by screen readers).
error-prefix = Fout:
error-summary-title = Er is een probleem

## The emergency box (start and error pages)

emergency-heading = Als een kind nu in gevaar is
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Bel nu { $number } ({ $country }).
emergency-call-local = Bel nu het lokale alarmnummer.

## The start page

start-title = Vind de juiste plek voor hulp
start-heading = Maak je je zorgen over de veiligheid van een kind online?
start-lead = Beantwoord vier korte vragen. Signpost vertelt je dan waar je het in je land kunt melden of met wie je kunt praten. Signpost bewaart niets van wat je invult.
start-button = Nu beginnen
start-before-heading = Voordat je begint
start-before-no-images = Download geen seksuele afbeeldingen van een kind, maak er geen screenshots van en deel ze niet, ook niet om ze te melden. Kopieer in plaats daarvan het webadres.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Je kunt deze site ook op de telefoon of computer van iemand anders gebruiken. Je kunt op elk moment op ‘{ $exit }’ drukken.

## The questions

questions-title = Vertel ons wat er gebeurt
questions-intro = Je antwoorden worden alleen gebruikt om de juiste plek voor je te vinden. Er wordt niets bewaard.
questions-country-label = Waar ben je?
questions-country-hint = Kies het land waar je nu bent.
questions-country-choose = Kies een land
questions-danger-legend = Is er nu een kind in gevaar?
questions-danger-hint = Bijvoorbeeld: iemand doet het kind pijn, of gaat het kind binnenkort ontmoeten.
questions-danger-yes = Ja
questions-danger-no = Nee
questions-danger-not-sure = Ik weet het niet zeker
questions-reporter-legend = Ben je jonger dan 18?
questions-reporter-child = Ja, ik ben jonger dan 18
questions-reporter-adult = Nee, ik ben 18 of ouder
questions-concern-legend = Waar maak je je zorgen over?
questions-continue = Verder
questions-error-country = Kies het land waar je bent
questions-error-danger = Kies of er nu een kind in gevaar is
questions-error-reporter = Kies of je jonger bent dan 18
questions-error-concern = Kies waar je je zorgen over maakt

## The plan

plan-title = Waar je hulp kunt krijgen
plan-heading-child = Je krijgt geen problemen. Deze mensen kunnen je helpen.
plan-lead-child = Je hebt er goed aan gedaan om hulp te zoeken. Volg deze stappen op volgorde. Je kunt op elk moment stoppen.
plan-heading-adult = Waar je het kunt melden en hulp kunt krijgen
plan-lead-adult = Volg deze stappen op volgorde. Voor { $country }.
plan-international = Sommige van deze diensten zijn internationaal, omdat we hiervoor geen dienst in { $country } kennen. Ze nemen meldingen uit elk land aan.
plan-advice-heading-child = Wat kan helpen
plan-advice-heading-adult = Wat je wel en niet moet doen
plan-why-summary = Waarom deze stappen?
plan-why-told-us = Dit heb je ons verteld:
plan-why-country = Je bent in { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Waar je je zorgen over maakt: { $concern }.
plan-why-child = Je bent jonger dan 18.
plan-why-adult = Je bent 18 of ouder.
plan-why-danger = Er is misschien nu een kind in gevaar.
plan-why-no-danger = Er is nu geen kind in gevaar.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost heeft de regel { $rule } gebruikt. Die volgt wat elke dienst zelf zegt waarvoor hij er is. Bij elke stap hierboven staat waarom die erbij staat.
plan-start-again = Opnieuw beginnen met andere antwoorden

## The steps of a plan

plan-step-number = Stap { $number }
step-other-places = Andere plekken die hierbij kunnen helpen
# $number is the number exactly as the service writes it.
step-call = Bel { $number }
step-text = Sms naar { $number }
step-more-about-number = Meer over dit nummer
step-website = Naar de website
step-fact-name = Je naam
step-fact-when = Wanneer
step-fact-who-for = Voor wie
step-anonymous = Je kunt melden zonder je naam te geven.
step-not-anonymous = Je wordt gevraagd om je naam en contactgegevens.
step-ages-between = Van { $min } tot { $max } jaar
step-ages-up-to = Tot { $max } jaar
step-ages-from = Vanaf { $min } jaar
# $date is the date the details were last checked (date-long).
step-last-checked = Laatst gecontroleerd op { $date }.
step-checked-own-site = Gecontroleerd op de eigen website van de dienst.
step-checked-third-party = Gevonden op een andere website: kijk ook op de eigen pagina van de dienst.
step-checked-conflict = Bronnen zijn het over sommige gegevens niet eens: kijk op de eigen pagina van de dienst.
step-details-summary = Wat je nodig hebt en wat er daarna gebeurt
step-details-about = Wat het is:
step-details-need = Wat je nodig hebt:
step-details-next = Wat er daarna gebeurt:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }

## Staying safe while you use this site

staying-safe-title = Veilig blijven terwijl je deze site gebruikt
staying-safe-lead = Als iemand je telefoon of computer zou kunnen controleren, kan het volgende helpen.
staying-safe-does-heading = Wat Signpost doet
staying-safe-no-keeping = Signpost bewaart je antwoorden niet. Signpost gebruikt geen cookies en slaat niets op je apparaat op.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Je antwoorden komen niet in het webadres te staan. Daarom heten de pagina's in je geschiedenis alleen ‘Signpost’, ‘{ $questions }’ en ‘{ $plan }’.
# $exit is the name of the button (exit-link).
staying-safe-exit = De knop ‘{ $exit }’ bovenaan elke pagina brengt je meteen naar een weerwebsite. Als je browser JavaScript uitvoert, kun je ook drie keer op de Shift-toets drukken. Met de terugknop kom je dan niet meer hier terug.
staying-safe-cannot-heading = Wat Signpost niet kan verbergen
staying-safe-history-shows = In je browsergeschiedenis is nog steeds te zien dat je deze site hebt bezocht. Je kunt die geschiedenis wissen in de instellingen van je browser, of een privé- of incognitovenster gebruiken.
staying-safe-phone-bill = Telefoontjes naar een hulplijn kunnen op een telefoonrekening te zien zijn, tenzij de hulplijn zegt dat dat niet zo is. Veel hulplijnen voor kinderen staan niet op de rekening.
staying-safe-screen = Iemand die je scherm kan zien, of die volgsoftware op je apparaat heeft gezet, kan misschien nog steeds zien wat je doet. Denk je dat dat gebeurt? Gebruik dan een apparaat waar die persoon niet bij kan, zoals een computer op school, in de bibliotheek of bij een vriend of vriendin.
staying-safe-back = Terug naar het begin

## The error page

error-still-help = Je kunt nog steeds iets melden of hulp krijgen
error-try-again = Probeer het opnieuw
