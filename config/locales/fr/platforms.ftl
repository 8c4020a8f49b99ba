### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Où cela s’est-il passé ? (facultatif)
questions-platform-hint = Si cela s’est passé sur une application, un jeu ou un site de cette liste, choisissez-le : votre plan dira aussi comment le signaler là-bas. Vous pouvez passer cette question : votre plan reste le même.
questions-platform-skip = Passer cette question
questions-platform-group-platforms = Applications, jeux et sites
questions-platform-group-other = Autre chose
questions-error-platform = Choisissez dans la liste où cela s’est passé, ou passez cette question

## The fixed answers (a platform's own name is shown for the others)

place-website = Un site web
place-elsewhere-online = Ailleurs en ligne
place-not-online = Pas en ligne
place-rather-not-say = Je préfère ne pas le dire

## The step

role-platform-heading = Le signaler aussi au service en ligne
role-platform-about = L’équipe de sécurité de l’application, du jeu ou du site, qui peut retirer des contenus et fermer les comptes qui enfreignent ses règles.
role-platform-need = Le nom du compte et l’endroit où vous l’avez vu sur le service. Jamais les images elles-mêmes.
role-platform-next = L’équipe de sécurité du service en ligne examine le signalement et peut retirer le contenu ou fermer le compte.
platform-step-heading = Le signaler aussi sur { $platform }
platform-why-adult = Le signaler aussi au service en ligne lui permet d’agir sur le compte. Faites-le après les étapes ci-dessus, pas à leur place.
platform-why-adult-images = Signalez d’abord les images à la plateforme de signalement nationale : c’est ce signalement qui les fait retirer et transmettre à la police. Signaler aussi le compte au service en ligne est un complément, jamais un remplacement.
platform-why-child = Tu peux aussi prévenir l’application, le jeu ou le site. C’est en plus des étapes ci-dessus, pas à leur place.
platform-why-child-images = Fais d’abord le signalement à la plateforme de signalement nationale, à l’étape ci-dessus. Prévenir aussi l’application ou le site, c’est en plus : ils peuvent fermer le compte.
platform-report-link = Le signaler à { $platform }
platform-in-app = Dans l’application :
platform-passes-to-ncmec = { $platform } dit transmettre les signalements au NCMEC, le Centre national américain pour les enfants disparus et exploités.
platform-passes-to-police = { $platform } dit transmettre les signalements à la police.
platform-passes-to-ncmec-police = { $platform } dit transmettre les signalements au NCMEC (le Centre national américain pour les enfants disparus et exploités) et à la police.
platform-account-needed = Il faut un compte { $platform } pour y faire un signalement.
platform-account-not-needed = Il n’est pas nécessaire d’avoir un compte { $platform } pour y faire un signalement.
platform-advice-heading = Quand vous le signalez là-bas
platform-advice-adult-block = Bloquez le compte une fois que vous l’avez signalé.
platform-advice-adult-keep = Ne supprimez ni la conversation, ni les messages, ni le profil : la police pourrait en avoir besoin.
platform-advice-adult-images = N’envoyez, ne transférez, n’enregistrez et ne faites jamais de capture d’écran d’images sexuelles d’un enfant, même pour les signaler.
platform-advice-child-block = Après avoir signalé le compte, bloque-le pour qu’il ne puisse plus te contacter.
platform-advice-child-keep = Ne supprime pas la discussion ni les messages, même si tu en as envie. Ils peuvent aider la police.
platform-advice-child-images = N’envoie et n’enregistre jamais les images, même pour les signaler. Tu ne vas pas avoir d’ennuis.

## The plan's answers, and the email

plan-why-platform = Cela s’est passé sur : { $platform }.
mail-answer-platform = Où cela s’est passé
