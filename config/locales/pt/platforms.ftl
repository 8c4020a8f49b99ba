### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Onde aconteceu? (opcional)
questions-platform-hint = Se aconteceu numa aplicação, num jogo ou num site desta lista, escolha-o e o seu plano dirá também como o denunciar lá. Pode saltar esta pergunta: o seu plano fica igual.
questions-platform-skip = Saltar esta pergunta
questions-platform-group-platforms = Aplicações, jogos e sites
questions-platform-group-other = Outra coisa
questions-error-platform = Escolha da lista onde aconteceu, ou salte esta pergunta

## The fixed answers (a platform's own name is shown for the others)

place-website = Um site
place-elsewhere-online = Noutro sítio na internet
place-not-online = Não foi na internet
place-rather-not-say = Prefiro não dizer

## The step

role-platform-heading = Denuncie também na plataforma
role-platform-about = A equipa de segurança da aplicação, do jogo ou do site, que pode remover conteúdos e fechar contas que violam as suas regras.
role-platform-need = O nome da conta e onde a viu na plataforma. Nunca as próprias imagens.
role-platform-next = A equipa de segurança da plataforma analisa a denúncia e pode remover o conteúdo ou fechar a conta.
platform-step-heading = Denuncie também no { $platform }
platform-why-adult = Denunciar também à plataforma permite-lhe agir sobre a conta. Faça-o depois dos passos acima, não em vez deles.
platform-why-adult-images = Denuncie primeiro as imagens à linha de denúncia: é essa denúncia que as faz remover e passar à polícia. Denunciar também a conta na plataforma é um complemento, nunca uma substituição.
platform-why-child = Também podes avisar a aplicação, o jogo ou o site. Isto é além dos passos acima, não em vez deles.
platform-why-child-images = Denuncia primeiro à linha de denúncia, no passo acima. Avisar também a aplicação ou o site é um extra: podem fechar a conta.
platform-report-link = Denunciar ao { $platform }
platform-in-app = Na aplicação:
platform-passes-to-ncmec = O { $platform } diz que passa as denúncias ao NCMEC, o Centro Nacional para Crianças Desaparecidas e Exploradas dos Estados Unidos.
platform-passes-to-police = O { $platform } diz que passa as denúncias à polícia.
platform-passes-to-ncmec-police = O { $platform } diz que passa as denúncias ao NCMEC (o Centro Nacional para Crianças Desaparecidas e Exploradas dos Estados Unidos) e à polícia.
platform-account-needed = Precisa de uma conta no { $platform } para denunciar lá.
platform-account-not-needed = Não precisa de uma conta no { $platform } para denunciar lá.
platform-advice-heading = Quando denunciar lá
platform-advice-adult-block = Bloqueie a conta depois de a denunciar.
platform-advice-adult-keep = Não apague a conversa, as mensagens nem o perfil: a polícia pode precisar deles.
platform-advice-adult-images = Nunca envie, reencaminhe, guarde nem faça capturas de ecrã de imagens sexuais de uma criança, nem mesmo para as denunciar.
platform-advice-child-block = Depois de denunciares a conta, bloqueia-a para que não te possa contactar.
platform-advice-child-keep = Não apagues a conversa nem as mensagens, mesmo que te apeteça. Podem ajudar a polícia.
platform-advice-child-images = Nunca envies nem guardes as imagens, nem mesmo para as denunciar. Não vais ter problemas.

## The plan's answers, and the email

plan-why-platform = Aconteceu em: { $platform }.
mail-answer-platform = Onde aconteceu
