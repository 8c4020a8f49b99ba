### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Onde aconteceu? (opcional)
questions-platform-hint = Se aconteceu em um aplicativo, jogo ou site desta lista, escolha-o e o seu plano também dirá como denunciar lá. Você pode pular esta pergunta: o seu plano continua o mesmo.
questions-platform-skip = Pular esta pergunta
questions-platform-group-platforms = Aplicativos, jogos e sites
questions-platform-group-other = Outra coisa
questions-error-platform = Escolha na lista onde aconteceu, ou pule esta pergunta

## The fixed answers (a platform's own name is shown for the others)

place-website = Um site
place-elsewhere-online = Em outro lugar na internet
place-not-online = Não foi na internet
place-rather-not-say = Prefiro não dizer

## The step

role-platform-heading = Denuncie também na plataforma
role-platform-about = A equipe de segurança do aplicativo, do jogo ou do site, que pode remover conteúdos e encerrar contas que violam as suas regras.
role-platform-need = O nome da conta e onde você a viu na plataforma. Nunca as próprias imagens.
role-platform-next = A equipe de segurança da plataforma analisa a denúncia e pode remover o conteúdo ou encerrar a conta.
platform-step-heading = Denuncie também em { $platform }
platform-why-adult = Denunciar também à plataforma permite que ela tome medidas contra a conta. Faça isso depois dos passos acima, não no lugar deles.
platform-why-adult-images = Denuncie primeiro as imagens ao canal de denúncia: é essa denúncia que faz com que sejam removidas e repassadas à polícia. Denunciar também a conta na plataforma é um complemento, nunca uma substituição.
platform-why-child = Você também pode avisar o aplicativo, o jogo ou o site. Isso é além dos passos acima, não no lugar deles.
platform-why-child-images = Denuncie primeiro ao canal de denúncia, no passo acima. Avisar também o aplicativo ou o site é um extra: eles podem encerrar a conta.
platform-report-link = Denunciar em { $platform }
platform-in-app = No aplicativo:
platform-passes-to-ncmec = { $platform } diz que repassa as denúncias ao NCMEC, o Centro Nacional para Crianças Desaparecidas e Exploradas dos Estados Unidos.
platform-passes-to-police = { $platform } diz que repassa as denúncias à polícia.
platform-passes-to-ncmec-police = { $platform } diz que repassa as denúncias ao NCMEC (o Centro Nacional para Crianças Desaparecidas e Exploradas dos Estados Unidos) e à polícia.
platform-account-needed = Você precisa de uma conta em { $platform } para denunciar lá.
platform-account-not-needed = Você não precisa de uma conta em { $platform } para denunciar lá.
platform-advice-heading = Quando você denunciar lá
platform-advice-adult-block = Bloqueie a conta depois de denunciá-la.
platform-advice-adult-keep = Não apague a conversa, as mensagens nem o perfil: a polícia pode precisar deles.
platform-advice-adult-images = Nunca envie, encaminhe, salve nem tire print de imagens sexuais de uma criança, nem mesmo para denunciá-las.
platform-advice-child-block = Depois de denunciar a conta, bloqueie-a para que ela não possa falar com você.
platform-advice-child-keep = Não apague o chat nem as mensagens, mesmo que tenha vontade. Eles podem ajudar a polícia.
platform-advice-child-images = Nunca envie nem salve as imagens, nem mesmo para denunciá-las. Você não vai ter problemas.

## The plan's answers, and the email

plan-why-platform = Aconteceu em: { $platform }.
mail-answer-platform = Onde aconteceu
