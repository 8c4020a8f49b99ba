### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Préoccupation concernant la protection de l’enfance via Signpost : { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Préoccupation concernant la protection de l’enfance via Signpost
mail-intro = Une personne a utilisé Signpost pour faire part à { $organisation } d’une préoccupation concernant la sécurité d’un enfant.
mail-no-copy = Signpost ne conserve aucune copie de ce message. Merci de le traiter selon vos procédures de protection de l’enfance.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = Cette personne a utilisé Signpost dans cette langue : { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = Le même message en anglais suit.
mail-answers-heading = SES RÉPONSES
mail-answer-where = Où elle se trouve
mail-answer-worry = Ce qui l’inquiète
mail-answer-danger = Un enfant en danger en ce moment
mail-answer-under-18 = La personne a moins de 18 ans
mail-yes = oui
mail-no = non
mail-wrote-heading = CE QU’ELLE A ÉCRIT
mail-reach-heading = COMMENT LA CONTACTER
mail-reach-anonymous = Elle a choisi de rester anonyme.
mail-reach-name = Nom
mail-reach-email = E-mail
mail-reach-phone = Téléphone
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = OÙ SIGNPOST L’A ORIENTÉE (règle { $rule }, couverture { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = téléphone { $phone }
mail-removed-address = [adresse web supprimée : Signpost a orienté la personne vers la plateforme de signalement pour la signaler]
mail-automatic = Ce message a été envoyé automatiquement ; les réponses à cette adresse ne sont pas lues.
