### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Erreur : { $title }
skip-to-main = Aller au contenu principal
# The button at the top of every page that leaves at once for a weather website.
exit-link = Quitter ce site
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = rapidement
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Météo
footer-staying-safe = Votre sécurité pendant que vous utilisez ce site
footer-nothing-kept = Signpost ne conserve rien de ce que vous lui dites. Ce n’est pas un service d’urgence.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Langue
language-own-label = Les langues du pays choisi :
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (s’ouvre dans un nouvel onglet)
# Before an error message under a question (read by screen readers).
error-prefix = Erreur :
error-summary-title = Il y a un problème

## The emergency box (start and error pages)

emergency-heading = Si un enfant est en danger en ce moment
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Appelez le { $number } maintenant ({ $country }).
emergency-call-local = Appelez maintenant le numéro d’urgence local.

## The start page

start-title = Trouver le bon endroit pour obtenir de l’aide
start-heading = Vous vous inquiétez pour la sécurité d’un enfant en ligne ?
start-lead = Répondez à quatre questions courtes et Signpost vous indiquera où faire un signalement ou à qui parler dans votre pays. Signpost ne conserve rien de ce que vous lui dites.
start-button = Commencer
start-before-heading = Avant de commencer
start-before-no-images = Ne téléchargez pas, ne faites pas de capture d’écran et ne partagez pas d’images sexuelles d’un enfant, même pour les signaler. Copiez plutôt l’adresse web.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Vous pouvez utiliser ce site sur le téléphone ou l’ordinateur de quelqu’un d’autre. Appuyez sur « { $exit } » à tout moment.

## The questions

questions-title = Dites-nous ce qui se passe
questions-intro = Vos réponses servent uniquement à trouver le bon service pour vous. Rien n’est enregistré.
questions-country-label = Où êtes-vous ?
questions-country-hint = Choisissez le pays où vous vous trouvez actuellement.
questions-country-choose = Choisissez un pays
questions-danger-legend = Un enfant est-il en danger en ce moment ?
questions-danger-hint = Par exemple, quelqu’un lui fait du mal, ou va bientôt le rencontrer.
questions-danger-yes = Oui
questions-danger-no = Non
questions-danger-not-sure = Je ne sais pas
questions-reporter-legend = Avez-vous moins de 18 ans ?
questions-reporter-child = Oui, j’ai moins de 18 ans
questions-reporter-adult = Non, j’ai 18 ans ou plus
questions-concern-legend = Qu’est-ce qui vous inquiète ?
questions-continue = Continuer
questions-error-country = Choisissez le pays où vous vous trouvez
questions-error-danger = Indiquez si un enfant est en danger en ce moment
questions-error-reporter = Indiquez si vous avez moins de 18 ans
questions-error-concern = Choisissez ce qui vous inquiète

## The plan

plan-title = Où trouver de l’aide
plan-heading-child = Tu ne vas pas avoir d’ennuis. Voici qui peut t’aider.
plan-lead-child = Tu as bien fait de chercher de l’aide. Suis ces étapes dans l’ordre. Tu peux t’arrêter à tout moment.
plan-heading-adult = Où faire un signalement et obtenir de l’aide
plan-lead-adult = Suivez ces étapes dans l’ordre. Pour : { $country }.
plan-international = Certains de ces services sont internationaux, car nous ne connaissons pas de service de ce type pour ce pays ({ $country }). Ils acceptent les signalements venant du monde entier.
plan-advice-heading-child = Ce qui peut t’aider
plan-advice-heading-adult = Ce qu’il faut faire et ne pas faire
plan-why-summary = Pourquoi ces étapes ?
plan-why-told-us = Vous nous avez indiqué :
plan-why-country = Votre pays : { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Ce qui vous inquiète : { $concern }.
plan-why-child = Vous avez moins de 18 ans.
plan-why-adult = Vous avez 18 ans ou plus.
plan-why-danger = Un enfant est peut-être en danger en ce moment.
plan-why-no-danger = Aucun enfant n’est en danger en ce moment.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost a utilisé la règle { $rule }. Elle suit ce que chaque service dit de sa mission. Chaque étape ci-dessus indique pourquoi elle y figure.
plan-start-again = Recommencer avec d’autres réponses

## The steps of a plan

plan-step-number = Étape { $number }
step-other-places = Autres services qui peuvent aider pour cela
# $number is the number exactly as the service writes it.
step-call = Appeler le { $number }
step-text = Envoyer un SMS au { $number }
step-more-about-number = En savoir plus sur ce numéro
step-website = Aller sur leur site web
step-fact-name = Votre nom
step-fact-when = Quand
step-fact-who-for = Pour qui
step-anonymous = Vous pouvez faire un signalement sans donner votre nom.
step-not-anonymous = On vous demandera votre nom et vos coordonnées.
step-ages-between = De { $min } à { $max } ans
step-ages-up-to = Jusqu’à { $max } ans
step-ages-from = À partir de { $min } ans
# $date is the date the details were last checked (date-long).
step-last-checked = Dernière vérification le { $date }.
step-checked-own-site = Vérifié sur le site web du service lui-même.
step-checked-third-party = Trouvé sur un autre site web : vérifiez aussi la page du service lui-même.
step-checked-conflict = Les sources ne sont pas d’accord sur certains détails : vérifiez la page du service lui-même.
step-details-summary = Ce dont vous aurez besoin et ce qui se passe ensuite
step-details-about = De quoi s’agit-il :
step-details-need = Ce dont vous aurez besoin :
step-details-next = Ce qui se passe ensuite :

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

## Staying safe while you use this site

staying-safe-title = Votre sécurité pendant que vous utilisez ce site
staying-safe-lead = Si quelqu’un risque de regarder votre téléphone ou votre ordinateur, ces conseils peuvent vous aider.
staying-safe-does-heading = Ce que fait Signpost
staying-safe-no-keeping = Signpost ne conserve pas vos réponses. Il n’utilise pas de cookies et n’enregistre rien sur votre appareil.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Vos réponses n’apparaissent pas dans l’adresse web : dans votre historique, les pages s’appellent seulement « Signpost », « { $questions } » et « { $plan } ».
# $exit is the name of the button (exit-link).
staying-safe-exit = Le bouton « { $exit } », en haut de chaque page, vous emmène directement sur un site de météo. Si votre navigateur exécute JavaScript, appuyer trois fois sur la touche Maj a le même effet, et le bouton Retour ne vous ramènera pas ici.
staying-safe-cannot-heading = Ce que Signpost ne peut pas cacher
staying-safe-history-shows = L’historique de votre navigateur montre quand même que vous avez consulté ce site. Vous pouvez l’effacer dans les paramètres de votre navigateur, ou utiliser une fenêtre de navigation privée.
staying-safe-phone-bill = Les appels que vous passez à une ligne d’écoute peuvent apparaître sur une facture de téléphone, sauf si la ligne d’écoute indique le contraire. Beaucoup de lignes d’écoute pour les enfants n’apparaissent pas sur les factures.
staying-safe-screen = Une personne qui peut voir votre écran, ou qui a installé un logiciel espion sur votre appareil, peut quand même voir ce que vous faites. Si vous pensez que c’est le cas, utilisez un appareil auquel elle n’a pas accès, par exemple un ordinateur à l’école, à la bibliothèque ou chez un ami.
staying-safe-back = Revenir au début

## The error page

error-still-help = Vous pouvez quand même faire un signalement ou obtenir de l’aide
error-try-again = Réessayer
