### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = Un enfant est en danger en ce moment. Les services d’urgence peuvent agir immédiatement. Appelez-les d’abord, puis suivez les autres étapes.
danger-no-number-known = Appelez maintenant le numéro d’urgence local. Si vous ne le connaissez pas, allez au poste de police le plus proche ou demandez à une personne près de vous d’appeler les secours.
police-door-why-police = Nous ne connaissons pas de service spécialisé pour cela dans ce pays. La police peut recevoir votre signalement.
police-door-why-emergency-number = Nous ne connaissons pas de service spécialisé pour cela dans ce pays, ni de ligne de police séparée. Vous pouvez joindre la police à ce numéro.
police-door-about-emergency-number = C’est aussi le numéro d’urgence. Vous pouvez l’utiliser pour dire à la police ce que vous savez, même si rien ne se passe en ce moment.

## The concerns, in plain words

concern-abuse-imagery-label = Des images ou vidéos sexuelles d’un enfant en ligne
concern-abuse-imagery-description = Vous avez vu en ligne des images ou des vidéos qui montrent un enfant de manière sexuelle.
concern-grooming-label = Quelqu’un parle de sexe à un enfant en ligne
concern-grooming-description = Quelqu’un parle de sexe avec un enfant, lui demande des photos ou cherche à le rencontrer.
concern-sextortion-label = Quelqu’un menace de partager des images sexuelles
concern-sextortion-description = Quelqu’un menace de partager des images sexuelles d’un ou d’une jeune si on ne lui donne pas d’argent ou d’autres images.
concern-image-shared-label = Une photo dénudée d’une personne de moins de 18 ans a été partagée
concern-image-shared-description = Une image dénudée ou sexuelle d’une personne de moins de 18 ans (peut-être vous) a été partagée, ou risque de l’être.
concern-child-abuse-label = Un enfant est peut-être victime de violences sexuelles
concern-child-abuse-description = Vous craignez qu’un enfant subisse des violences sexuelles, pas seulement en ligne.
concern-adult-behaviour-label = Le comportement d’un adulte envers des enfants
concern-adult-behaviour-description = Le comportement d’un adulte avec des enfants, ou ce qu’il regarde en ligne, vous inquiète.
concern-own-thoughts-label = Mes propres pensées ou mon propre comportement
concern-own-thoughts-description = Vos propres pensées sexuelles ou votre comportement envers des enfants vous inquiètent.
concern-not-sure-label = Je ne sais pas
concern-not-sure-description = Quelque chose vous inquiète, mais cela ne correspond à aucun de ces choix.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Appelez maintenant le numéro d’urgence
role-emergency-about = Les services d’urgence : police, ambulance et pompiers.
role-emergency-need = Dites où vous êtes et ce qui se passe. Restez en ligne.
role-emergency-next = La personne qui prend l’appel vous dit quoi faire et envoie des secours.

role-police-heading = Prévenez la police
role-police-about = La police, pour ce qui n’est pas en train de se passer en ce moment.
role-police-need = Tout ce que vous savez : des noms, des lieux, des dates, et ce que vous avez vu ou ce qu’on vous a dit.
role-police-next = La police enregistre ce que vous lui dites et décide quoi faire pour protéger les enfants.

role-csam-hotline-heading = Signalez l’adresse web
role-csam-hotline-about = Des spécialistes qui examinent les signalements d’images ou de vidéos sexuelles d’enfants en ligne et les font retirer.
role-csam-hotline-need = L’adresse web (le lien) de la page. Rien d’autre : pas d’images, pas de captures d’écran.
role-csam-hotline-next = Un analyste examine la page. Si elle est illégale, il agit pour la faire retirer et prévient la police.

role-grooming-report-heading = Signalez la personne
role-grooming-report-about = La police et des spécialistes de la protection de l’enfance qui s’occupent des personnes qui cherchent à abuser d’enfants en ligne.
role-grooming-report-need = Les pseudos, les liens vers les profils, les adresses web, les dates et les heures. Vous pouvez joindre des captures d’écran de la conversation, mais jamais d’images sexuelles d’un enfant.
role-grooming-report-next = Un conseiller en protection de l’enfance lit votre signalement et décide quoi faire pour protéger l’enfant.

role-image-removal-heading = Faites retirer l’image
role-image-removal-about = Une aide pour faire retirer une photo ou une vidéo dénudée d’un ou d’une jeune, et empêcher qu’elle soit à nouveau partagée.
role-image-removal-need = L’appareil sur lequel se trouve la photo, ou l’adresse web où elle a été partagée. N’envoyez la photo à personne.
role-image-removal-next = Le service crée une empreinte numérique de la photo pour que les sites web puissent trouver et supprimer les copies.

role-child-helpline-heading = Parle à quelqu’un
role-child-helpline-about = Une ligne d’écoute gratuite pour les enfants et les jeunes, pour parler de tout ce qui les inquiète.
role-child-helpline-need = Rien. Il te suffit d’appeler ou d’envoyer un message pour parler.
role-child-helpline-next = Un écoutant formé t’écoute et t’aide à trouver quoi faire. C’est toi qui décides de la suite.

role-abuse-helpline-heading = Demandez conseil au sujet d’un enfant
role-abuse-helpline-about = Des conseils pour les adultes inquiets pour un enfant.
role-abuse-helpline-need = Ce que vous avez vu ou ce qu’on vous a dit, et quand. Vous n’avez pas besoin de preuves.
role-abuse-helpline-next = Un conseiller en parle avec vous et peut transmettre vos inquiétudes aux personnes chargées de protéger les enfants.

role-prevention-heading = Obtenez une aide confidentielle
role-prevention-about = Une aide confidentielle pour les personnes inquiètes de leurs pensées sexuelles ou de leur comportement envers des enfants.
role-prevention-need = Rien. Vous pouvez rester anonyme.
role-prevention-next = Un conseiller formé vous écoute sans jugement et vous aide à établir un plan de sécurité.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Copiez l’adresse web (le lien) de la page. C’est tout ce dont la plateforme de signalement a besoin.
advice-abuse-imagery-adult-2 = Ne téléchargez pas les images, n’en faites pas de capture d’écran, ne les enregistrez pas, ne les partagez pas et ne les transférez pas, même comme preuve. Cela contribue à leur diffusion et constitue une infraction dans de nombreux pays.
advice-abuse-imagery-adult-3 = Ne cherchez pas à en voir davantage. Vous n’avez pas à prouver que c’est illégal.
advice-abuse-imagery-adult-4 = Faites un seul signalement, à la plateforme de signalement nationale. En général, vous pouvez rester anonyme.
advice-abuse-imagery-child-1 = Tu ne vas pas avoir d’ennuis. Ce n’est pas de ta faute si tu as vu ça.
advice-abuse-imagery-child-2 = Copie l’adresse web (le lien) de la page, puis ferme-la.
advice-abuse-imagery-child-3 = N’enregistre pas les images, n’en fais pas de capture d’écran et ne les envoie à personne, même pas pour montrer ce que tu as vu.
advice-abuse-imagery-child-4 = Parles-en à un adulte de confiance, ou à la ligne d’écoute pour les jeunes. Tu n’as pas à gérer ça tout seul ou toute seule.

advice-grooming-adult-1 = Gardez les messages. Notez les pseudos, les liens vers les profils, les adresses web, les dates et les heures.
advice-grooming-adult-2 = Vous pouvez faire des captures d’écran de la conversation, mais jamais d’une image sexuelle d’un enfant : ne les enregistrez pas, n’en faites pas de capture d’écran et ne les partagez pas.
advice-grooming-adult-3 = Ne confrontez pas la personne et ne vous faites pas passer pour l’enfant. Cela peut mettre l’enfant encore plus en danger et nuire à l’enquête.
advice-grooming-adult-4 = Faites le signalement avant de bloquer la personne, pour que les preuves ne soient pas perdues.
advice-grooming-child-1 = Tu ne vas pas avoir d’ennuis. Ce n’est pas de ta faute, même si tu as envoyé quelque chose ou accepté quelque chose.
advice-grooming-child-2 = Tu n’es pas obligé ou obligée de répondre. Arrête de discuter, mais garde les messages pour pouvoir les montrer.
advice-grooming-child-3 = N’accepte pas de rencontrer cette personne.
advice-grooming-child-4 = Parles-en à un adulte de confiance, ou à la ligne d’écoute pour les jeunes. On va t’aider.

advice-sextortion-adult-1 = Ne payez pas et n’envoyez plus rien. Payer fait rarement cesser les menaces.
advice-sextortion-adult-2 = Coupez le contact, mais gardez les messages, les pseudos et les informations de paiement comme preuves. Faites le signalement avant de bloquer la personne.
advice-sextortion-adult-3 = N’enregistrez pas les images sexuelles elles-mêmes, n’en faites pas de capture d’écran et ne les partagez pas.
advice-sextortion-adult-4 = Un ou une jeune victime de menaces a besoin d’entendre que ce n’est pas de sa faute et qu’il ou elle ne va pas avoir d’ennuis.
advice-sextortion-child-1 = Tu ne vas pas avoir d’ennuis. C’est la personne qui te menace qui agit mal.
advice-sextortion-child-2 = Ne paie pas et n’envoie plus rien.
advice-sextortion-child-3 = Arrête de répondre, mais garde les messages pour pouvoir les montrer.
advice-sextortion-child-4 = Parles-en à un adulte de confiance, ou à la ligne d’écoute pour les jeunes. Il existe des moyens de faire retirer les images.

advice-image-shared-adult-1 = Ne téléchargez pas l’image, ne l’enregistrez pas, n’en faites pas de capture d’écran et ne la transférez pas, même pour la signaler. Cela contribue à sa diffusion et constitue une infraction dans de nombreux pays.
advice-image-shared-adult-2 = Take It Down fonctionne depuis l’appareil avec lequel l’image a été prise : l’image reste sur cet appareil, et seule une empreinte numérique est partagée.
advice-image-shared-adult-3 = Si l’image se trouve sur un site web, copiez l’adresse web et signalez-la à la plateforme de signalement.
advice-image-shared-adult-4 = Rassurez le ou la jeune : ce n’est pas de sa faute et il ou elle ne va pas avoir d’ennuis.
advice-image-shared-child-1 = Tu ne vas pas avoir d’ennuis. Beaucoup de jeunes ont vécu ça, et on peut trouver une solution.
advice-image-shared-child-2 = N’envoie l’image à personne, même pas pour la signaler.
advice-image-shared-child-3 = Il existe des services qui aident à faire retirer des images sans que tu aies à les partager à nouveau.
advice-image-shared-child-4 = Parles-en à la ligne d’écoute pour les jeunes ou à un adulte de confiance. Tu n’as pas à gérer ça tout seul ou toute seule.

advice-child-abuse-adult-1 = Vous n’avez pas besoin de preuves pour demander conseil ou signaler une inquiétude.
advice-child-abuse-adult-2 = Ne confrontez pas la personne qui vous inquiète. Cela peut mettre l’enfant encore plus en danger.
advice-child-abuse-adult-3 = Si un enfant vous parle de violences, écoutez-le, restez calme, dites-lui que ce n’est pas de sa faute, et ne lui promettez pas de garder le secret.
advice-child-abuse-adult-4 = Notez ce que vous avez vu ou ce qu’on vous a dit, avec les dates, en reprenant les mots employés.
advice-child-abuse-adult-5 = Les lignes d’écoute peuvent vous permettre de ne pas donner votre nom, mais elles transmettront tout ce qui montre qu’un enfant est en danger.
advice-child-abuse-child-1 = Ce n’est pas de ta faute, et tu ne vas pas avoir d’ennuis.
advice-child-abuse-child-2 = Tu peux parler à quelqu’un qui va t’écouter et t’aider. Tu peux en dire autant ou aussi peu que tu veux.
advice-child-abuse-child-3 = Si tu ne peux pas parler sans danger maintenant, tu peux appeler ou envoyer un message plus tard.
advice-child-abuse-child-4 = Si tu es en danger en ce moment, appelle le numéro d’urgence.

advice-adult-behaviour-adult-1 = Vous pouvez en parler en toute confidentialité avant de décider quoi faire.
advice-adult-behaviour-adult-2 = Ne confrontez pas la personne vous-même. Cela peut mettre des enfants encore plus en danger.
advice-adult-behaviour-adult-3 = Ne regardez pas, ne téléchargez pas et ne partagez pas d’images pour vérifier. Notez plutôt les adresses web, les noms et les dates.
advice-adult-behaviour-adult-4 = Si vous pensez qu’un enfant subit des violences, prévenez la police ou un service de protection de l’enfance.
advice-adult-behaviour-child-1 = Tu ne vas pas avoir d’ennuis parce que tu en as parlé à quelqu’un.
advice-adult-behaviour-child-2 = Parles-en à un adulte de confiance, ou à la ligne d’écoute pour les jeunes. On peut t’aider à décider quoi faire.
advice-adult-behaviour-child-3 = Reste loin de cette personne si tu peux, et ne la rencontre pas seul ou seule.

advice-own-thoughts-adult-1 = Demander de l’aide, c’est la bonne chose à faire. Vous pouvez obtenir une aide confidentielle pour vous protéger et protéger les enfants.
advice-own-thoughts-adult-2 = Si vous avez regardé des images sexuelles d’enfants, arrêtez maintenant. Des services de prévention peuvent vous aider à arrêter, et beaucoup sont anonymes.
advice-own-thoughts-adult-3 = Si vous pensez que vous pourriez bientôt faire du mal à un enfant, demandez de l’aide tout de suite.
advice-own-thoughts-child-1 = Tu n’es pas seul ou seule, et c’est bien que tu veuilles en parler.
advice-own-thoughts-child-2 = Les jeunes peuvent obtenir une aide confidentielle pour comprendre leurs pensées et rester en sécurité.
advice-own-thoughts-child-3 = Parles-en à la ligne d’écoute pour les jeunes ou à un adulte de confiance.

advice-not-sure-adult-1 = Vous n’avez pas besoin de certitude pour demander conseil. Une ligne d’écoute peut en parler avec vous.
advice-not-sure-adult-2 = Ne cherchez pas, n’enregistrez pas et ne partagez pas d’images pour vérifier de quoi il s’agit.
advice-not-sure-adult-3 = Si un enfant est en danger en ce moment, appelez le numéro d’urgence.
advice-not-sure-child-1 = Tu ne vas pas avoir d’ennuis parce que tu as posé la question.
advice-not-sure-child-2 = Tu peux parler à la ligne d’écoute pour les jeunes de tout ce qui t’inquiète.
advice-not-sure-child-3 = Si tu es en danger en ce moment, ou si un autre enfant l’est, appelle le numéro d’urgence.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = C’est ici que l’on signale les images sexuelles d’enfants vues en ligne. Des analystes examinent la page et la font retirer ; vous avez seulement besoin de donner l’adresse web.
why-abuse-imagery-child-csam-hotline = C’est ici que l’on signale les images ou vidéos sexuelles d’enfants en ligne. Tu as seulement besoin de donner l’adresse web, et tu n’es pas obligé ou obligée de donner ton nom.
why-abuse-imagery-child-child-helpline = Voir ça peut être bouleversant. Tu peux en parler à quelqu’un, gratuitement.
why-grooming-adult-grooming-report = C’est ici que l’on signale une personne qui parle de sexe à un enfant en ligne, lui demande des photos ou cherche à le rencontrer.
why-grooming-adult-abuse-helpline = Si vous voulez d’abord en parler, cette ligne d’écoute conseille les adultes inquiets pour un enfant.
why-grooming-child-grooming-report = Tu peux signaler la personne ici. Ton signalement sera lu par des personnes formées pour protéger les enfants.
why-grooming-child-child-helpline = Tu peux parler à quelqu’un de ce qui s’est passé, gratuitement. Personne ne te jugera.
why-sextortion-adult-grooming-report = C’est ici que l’on signale une personne qui menace de partager des images sexuelles d’un ou d’une jeune.
why-sextortion-adult-image-removal = Ce service aide à empêcher que les images soient partagées en ligne.
why-sextortion-adult-image-removal-global = Take It Down fonctionne partout dans le monde : il aide à empêcher le partage des images d’un ou d’une jeune, sans que personne ne les voie.
why-sextortion-adult-abuse-helpline = Cette ligne d’écoute conseille les adultes inquiets pour un enfant.
why-sextortion-child-grooming-report = Tu peux signaler ici la personne qui te menace. Tu ne vas pas avoir d’ennuis.
why-sextortion-child-image-removal = Ce service peut t’aider à faire retirer tes images et à empêcher qu’elles soient partagées.
why-sextortion-child-image-removal-global = Take It Down fonctionne partout dans le monde. Tes images restent sur ton appareil ; seule une empreinte numérique est partagée.
why-sextortion-child-child-helpline = Tu peux parler à quelqu’un de ce qui se passe, gratuitement. On va t’aider.
why-image-shared-adult-image-removal = Ce service aide à faire retirer l’image dénudée d’un ou d’une jeune et à empêcher qu’elle soit partagée.
why-image-shared-adult-image-removal-global = Take It Down fonctionne partout dans le monde, pour les images prises quand la personne avait moins de 18 ans. L’image reste sur l’appareil ; seule une empreinte numérique est partagée.
why-image-shared-adult-csam-hotline = Si l’image se trouve sur un site web, signalez l’adresse web ici pour qu’elle puisse être retirée.
why-image-shared-adult-abuse-helpline = Cette ligne d’écoute conseille les adultes inquiets pour un enfant.
why-image-shared-child-image-removal = Ce service aide les jeunes à faire retirer des images dénudées d’eux-mêmes. Tu ne vas pas avoir d’ennuis.
why-image-shared-child-image-removal-global = Take It Down fonctionne partout dans le monde. Ton image reste sur ton appareil ; seule une empreinte numérique est partagée.
why-image-shared-child-child-helpline = Tu peux parler à quelqu’un de ce qui s’est passé, gratuitement. On va t’aider.
why-image-shared-child-csam-hotline = Si l’image se trouve sur un site web, tu peux signaler l’adresse web ici pour qu’elle puisse être retirée.
why-child-abuse-adult-abuse-helpline = Vous pouvez parler de votre inquiétude à des conseillers formés. Ils peuvent vous dire quoi faire et transmettre l’information aux personnes chargées de protéger les enfants.
why-child-abuse-adult-police = Vous pouvez signaler votre inquiétude à la police.
why-child-abuse-child-child-helpline = Tu peux parler gratuitement à quelqu’un qui va t’écouter et t’aider. Ce n’est pas de ta faute.
why-child-abuse-child-abuse-helpline = Ce service aide à protéger les enfants et t’écoutera toi aussi.
why-child-abuse-child-police = Tu peux aussi prévenir la police. Protéger les enfants fait partie de son travail, et tu ne vas pas avoir d’ennuis.
why-adult-behaviour-adult-prevention = Vous pouvez parler en toute confidentialité du comportement d’une autre personne envers des enfants, et décider quoi faire.
why-adult-behaviour-adult-abuse-helpline = Cette ligne d’écoute conseille les adultes inquiets pour un enfant.
why-adult-behaviour-adult-police = Si vous pensez qu’un enfant subit des violences, vous pouvez prévenir la police.
why-adult-behaviour-child-child-helpline = Tu peux parler gratuitement à quelqu’un de l’adulte qui t’inquiète. Tu ne vas pas avoir d’ennuis.
why-adult-behaviour-child-grooming-report = Si cet adulte te contacte en ligne, toi ou un autre enfant, tu peux le signaler ici.
why-own-thoughts-adult-prevention = Ce service confidentiel aide les personnes inquiètes de leurs propres pensées sexuelles ou de leur comportement envers des enfants.
why-own-thoughts-adult-prevention-global = Un programme d’auto-assistance en ligne, gratuit et anonyme, accessible partout et en plusieurs langues.
why-own-thoughts-child-child-helpline = Tu peux parler gratuitement et en toute confidentialité à quelqu’un des pensées qui t’inquiètent.
why-own-thoughts-child-prevention = Ce service confidentiel aide les personnes, y compris les jeunes, inquiètes de leurs propres pensées sexuelles.
why-not-sure-adult-abuse-helpline = Vous pouvez parler de votre inquiétude avec des conseillers formés, même si vous ne savez pas exactement ce qui se passe.
why-not-sure-child-child-helpline = Tu peux parler gratuitement à quelqu’un de tout ce qui t’inquiète.
