### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Fehler: { $title }
skip-to-main = Zum Hauptinhalt springen
# The button at the top of every page that leaves at once for a weather website.
exit-link = Seite verlassen
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = { "" }
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Wetter
footer-staying-safe = Sicher bleiben, während Sie diese Seite nutzen
footer-nothing-kept = Signpost speichert nichts von dem, was Sie angeben. Signpost ist kein Notdienst.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Sprache
language-own-label = Die Sprachen des gewählten Landes:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (öffnet sich in einem neuen Tab)
# Before an error message under a question (read by screen readers).
error-prefix = Fehler:
error-summary-title = Es gibt ein Problem

## The emergency box (start and error pages)

emergency-heading = Wenn ein Kind gerade jetzt in Gefahr ist
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Jetzt sofort { $number } anrufen ({ $country }).
emergency-call-local = Jetzt sofort die örtliche Notrufnummer anrufen.

## The start page

start-title = Die richtige Stelle für Hilfe finden
start-heading = Sorgen um die Sicherheit eines Kindes im Internet?
start-lead = Beantworten Sie vier kurze Fragen. Signpost zeigt Ihnen dann, wo Sie es in Ihrem Land melden können oder mit wem Sie sprechen können. Signpost speichert nichts von dem, was Sie angeben.
start-button = Jetzt starten
start-before-heading = Bevor Sie beginnen
start-before-no-images = Laden Sie keine sexuellen Bilder eines Kindes herunter, machen Sie keine Screenshots davon und teilen Sie sie nicht, auch nicht, um sie zu melden. Kopieren Sie stattdessen die Webadresse.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Sie können diese Seite auch auf dem Handy oder Computer einer anderen Person nutzen. Sie können jederzeit auf „{ $exit }“ drücken.

## The questions

questions-title = Sagen Sie uns, was passiert
questions-intro = Ihre Antworten werden nur genutzt, um die richtige Stelle für Sie zu finden. Nichts wird gespeichert.
questions-country-label = Wo sind Sie?
questions-country-hint = Wählen Sie das Land, in dem Sie gerade sind.
questions-country-choose = Land auswählen
questions-danger-legend = Ist ein Kind gerade jetzt in Gefahr?
questions-danger-hint = Zum Beispiel: Jemand tut dem Kind gerade weh oder will sich bald mit ihm treffen.
questions-danger-yes = Ja
questions-danger-no = Nein
questions-danger-not-sure = Ich bin nicht sicher
questions-reporter-legend = Sind Sie unter 18?
questions-reporter-child = Ja, ich bin unter 18
questions-reporter-adult = Nein, ich bin 18 oder älter
questions-concern-legend = Worüber machen Sie sich Sorgen?
questions-continue = Weiter
questions-error-country = Wählen Sie das Land, in dem Sie gerade sind
questions-error-danger = Wählen Sie aus, ob ein Kind gerade jetzt in Gefahr ist
questions-error-reporter = Wählen Sie aus, ob Sie unter 18 sind
questions-error-concern = Wählen Sie aus, worüber Sie sich Sorgen machen

## The plan

plan-title = Wo es Hilfe gibt
plan-heading-child = Du bekommst keinen Ärger. Diese Stellen können dir helfen.
plan-lead-child = Es war richtig, dass du nach Hilfe gesucht hast. Geh diese Schritte der Reihe nach durch. Du kannst jederzeit aufhören.
plan-heading-adult = Wo Sie es melden können und Hilfe bekommen
plan-lead-adult = Gehen Sie diese Schritte der Reihe nach durch. Für { $country }.
plan-international = Einige dieser Angebote sind international, weil uns dafür kein Angebot in { $country } bekannt ist. Sie nehmen Meldungen aus allen Ländern an.
plan-advice-heading-child = Was helfen kann
plan-advice-heading-adult = Was Sie tun sollten und was nicht
plan-why-summary = Warum diese Schritte?
plan-why-told-us = Die Angaben:
plan-why-country = Aufenthaltsort: { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Worum es geht: { $concern }.
plan-why-child = Unter 18 Jahre alt.
plan-why-adult = 18 Jahre oder älter.
plan-why-danger = Ein Kind ist vielleicht gerade jetzt in Gefahr.
plan-why-no-danger = Kein Kind ist gerade jetzt in Gefahr.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost hat die Regel { $rule } verwendet. Sie richtet sich danach, wofür die einzelnen Angebote nach eigener Aussage da sind. Bei jedem Schritt oben steht, warum er dabei ist.
plan-start-again = Mit anderen Antworten neu beginnen

## The steps of a plan

plan-step-number = Schritt { $number }
step-other-places = Weitere Stellen, die dabei helfen können
# $number is the number exactly as the service writes it.
step-call = { $number } anrufen
step-text = SMS an { $number }
step-more-about-number = Mehr über diese Nummer
step-website = Zur Website
step-fact-name = Name
step-fact-when = Wann
step-fact-who-for = Für wen
step-anonymous = Eine Meldung ist auch ohne Namen möglich.
step-not-anonymous = Name und Kontaktdaten werden abgefragt.
step-ages-between = Von { $min } bis { $max } Jahren
step-ages-up-to = Bis { $max } Jahre
step-ages-from = Ab { $min } Jahren
# $date is the date the details were last checked (date-long).
step-last-checked = Zuletzt geprüft am { $date }.
step-checked-own-site = Auf der eigenen Website des Angebots geprüft.
step-checked-third-party = Auf einer anderen Website gefunden: Bitte auch die eigene Seite des Angebots ansehen.
step-checked-conflict = Die Quellen widersprechen sich bei einigen Angaben: Bitte die eigene Seite des Angebots ansehen.
step-details-summary = Was nötig ist und wie es weitergeht
step-details-about = Was es ist:
step-details-need = Was nötig ist:
step-details-next = Wie es weitergeht:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }

## Staying safe while you use this site

staying-safe-title = Sicher bleiben, während Sie diese Seite nutzen
staying-safe-lead = Wenn jemand Ihr Handy oder Ihren Computer kontrollieren könnte, kann Folgendes helfen.
staying-safe-does-heading = Was Signpost tut
staying-safe-no-keeping = Signpost speichert Ihre Antworten nicht. Signpost verwendet keine Cookies und speichert nichts auf Ihrem Gerät.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Ihre Antworten stehen nicht in der Webadresse. Deshalb heißen die Seiten in Ihrem Verlauf nur „Signpost“, „{ $questions }“ und „{ $plan }“.
# $exit is the name of the button (exit-link).
staying-safe-exit = Die Schaltfläche „{ $exit }“ oben auf jeder Seite bringt Sie direkt zu einer Wetter-Website. Wenn Ihr Browser JavaScript ausführt, können Sie auch dreimal die Umschalttaste (Shift) drücken. Mit der Zurück-Taste kommen Sie dann nicht hierher zurück.
staying-safe-cannot-heading = Was Signpost nicht verbergen kann
staying-safe-history-shows = Ihr Browserverlauf zeigt trotzdem, dass Sie diese Seite besucht haben. Sie können den Verlauf in den Einstellungen Ihres Browsers löschen oder ein privates Fenster (Inkognito-Fenster) verwenden.
staying-safe-phone-bill = Anrufe bei einem Hilfetelefon können auf der Telefonrechnung erscheinen, außer das Hilfetelefon sagt, dass das nicht so ist. Viele Hilfetelefone für Kinder erscheinen nicht auf der Rechnung.
staying-safe-screen = Wer Ihren Bildschirm sehen kann oder eine Überwachungs-App auf Ihrem Gerät installiert hat, kann trotzdem sehen, was Sie tun. Wenn Sie glauben, dass das passiert, nutzen Sie ein Gerät, an das diese Person nicht herankommt, zum Beispiel einen Computer in der Schule, in der Bibliothek oder bei Freunden.
staying-safe-back = Zurück zum Anfang

## The error page

error-still-help = Sie können trotzdem etwas melden oder Hilfe bekommen
error-try-again = Noch einmal versuchen
