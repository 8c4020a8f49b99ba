### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Prévenir aussi { $organisation }
tell-section-intro = Si cela concerne un enfant qui fréquente { $organisation }, vous pouvez aussi envoyer un message à son équipe chargée de la protection de l’enfance. Cela ne remplace pas les étapes ci-dessus : merci de faire quand même le signalement là-bas.

## The form

tell-title = Prévenir { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Laissez ce champ vide
tell-text-label = Que voulez-vous que { $organisation } sache ?
# $max is the largest number of characters allowed.
tell-text-hint = Écrivez ce qui s’est passé, qui est concerné et quand. Ne collez et ne décrivez aucune image sexuelle, et n’indiquez pas d’adresses web menant à de telles images : Signpost les supprime. Vous pouvez écrire jusqu’à { $max } caractères.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Caractères restants : { $count }
tell-count-over = Caractères en trop : { $count }
tell-contact-legend = Acceptez-vous que { $organisation } vous contacte ?
tell-contact-share = Oui, voici mes coordonnées
tell-contact-name = Votre nom (facultatif)
tell-contact-email = Adresse e-mail
tell-contact-phone = Numéro de téléphone
tell-contact-anonymous = Non, je préfère rester anonyme
tell-who-reads-heading = Qui lira ce message
tell-who-reads-to = Votre message est envoyé par e-mail à l’équipe chargée de la protection de l’enfance de { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Votre message est envoyé par e-mail à l’équipe chargée de la protection de l’enfance de { $organisation } ({ $recipients }).
tell-who-reads-after = Cette équipe pourra vous contacter si vous donnez vos coordonnées. Pour protéger un enfant, elle pourra transmettre ce que vous écrivez à la police ou aux services de protection de l’enfance. Signpost n’en garde aucune copie.
tell-consent = Je comprends qui lira ce message et ce que ces personnes pourront en faire
tell-continue = Continuer

## Problems with what was typed

tell-error-text-empty = Écrivez ce que vous voulez leur faire savoir
tell-error-text-too-long = Votre message est trop long : il doit faire { $max } caractères au maximum
tell-error-contact-none = Indiquez une adresse e-mail ou un numéro de téléphone, ou choisissez de rester anonyme
tell-error-email = Saisissez une adresse e-mail, par exemple name@example.com
tell-error-phone = Saisissez un numéro de téléphone en chiffres, par exemple 07700 900 982
tell-error-name-too-long = Votre nom doit faire { $max } caractères au maximum
tell-error-contact = Indiquez si l’on peut vous contacter
tell-error-consent = Cochez la case pour indiquer que vous comprenez qui lira ce message

## Check before sending

tell-check-title = Vérifiez votre message avant de l’envoyer
tell-check-sent-to = Envoyé à
tell-check-sent-to-value = L’équipe chargée de la protection de l’enfance de { $organisation }
tell-check-you-wrote = Ce que vous avez écrit
tell-check-contact = Vos coordonnées
tell-check-anonymous = Vous avez choisi de rester anonyme
tell-check-note = Les adresses web sont supprimées ou rendues non cliquables avant l’envoi. { $organisation } verra aussi vos réponses aux questions et les services proposés par Signpost. Signpost n’en garde aucune copie.
tell-check-send = Envoyer à { $organisation }
tell-check-change = Modifier votre message

## After sending (or trying to)

tell-sent-heading = Envoyé à { $organisation }
tell-sent = Votre message a été envoyé à l’équipe chargée de la protection de l’enfance de { $organisation }. Signpost n’en a gardé aucune copie.
tell-not-sent-heading = Votre message n’a pas été envoyé
tell-not-sent-other-site = Ce formulaire ne peut être envoyé que depuis la page de Signpost elle-même. Votre message n’a pas été transmis à { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Trop de messages ont été envoyés d’ici en peu de temps. Veuillez réessayer dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Votre message n’a pas été transmis à { $organisation }.
tell-unconfirmed-heading = Nous n’avons pas pu confirmer l’envoi de votre message
tell-unconfirmed = La connexion au serveur de messagerie de { $organisation } a été coupée pendant la transmission de votre message : il est donc possible qu’il soit arrivé, ou non. Votre message figure ci-dessous. Vous pouvez contacter { $organisation } par un autre moyen pour vérifier, plutôt que de l’envoyer deux fois.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Votre message n’a pas été transmis à { $organisation }. Il figure ci-dessous : vous pouvez le copier ou réessayer.
tell-failure-unreachable = Signpost n’a pas pu joindre le serveur de messagerie.
tell-failure-temporary = Le serveur de messagerie est occupé et a demandé de réessayer plus tard.
tell-failure-permanent = Le serveur de messagerie a refusé le message.
tell-failure-timeout = Le serveur de messagerie n’a pas répondu à temps.
tell-failure-tls = Signpost n’a pas pu établir de connexion sécurisée avec le serveur de messagerie.
tell-failure-compose = Signpost n’a pas pu préparer le message.
tell-failure-no-recipient = Signpost ne peut transmettre de message à personne pour le moment.
tell-result-your-message = Votre message
tell-result-copy = Voici ce que vous avez écrit : vous pouvez le copier ou réessayer.
tell-result-you-wrote = Ce que vous avez écrit
tell-result-try-again = Réessayer l’envoi
tell-result-change = Modifier votre message
tell-result-still-heading = Merci de suivre quand même ces étapes
tell-result-still = Prévenir { $organisation } ne remplace pas un signalement auprès du bon service.
