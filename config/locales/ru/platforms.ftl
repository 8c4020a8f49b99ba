### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Где это произошло? (необязательно)
questions-platform-hint = Если это произошло в приложении, игре или на сайте из этого списка, выберите его, и в вашем плане будет сказано, как сообщить об этом там. Этот вопрос можно пропустить: ваш план не изменится.
questions-platform-skip = Пропустить этот вопрос
questions-platform-group-platforms = Приложения, игры и сайты
questions-platform-group-other = Другое
questions-error-platform = Выберите из списка, где это произошло, или пропустите этот вопрос

## The fixed answers (a platform's own name is shown for the others)

place-website = Веб-сайт
place-elsewhere-online = Где-то ещё в интернете
place-not-online = Не в интернете
place-rather-not-say = Предпочитаю не говорить

## The step

role-platform-heading = Сообщите об этом и на платформе
role-platform-about = Команда безопасности приложения, игры или сайта, которая может удалять материалы и закрывать аккаунты, нарушающие её правила.
role-platform-need = Имя аккаунта и место на платформе, где вы его видели. Никогда не сами изображения.
role-platform-next = Команда безопасности платформы рассматривает жалобу и может удалить материал или закрыть аккаунт.
platform-step-heading = Сообщите об этом и на платформе { $platform }
platform-why-adult = Если сообщить и платформе, она сможет принять меры против аккаунта. Сделайте это после шагов выше, а не вместо них.
platform-why-adult-images = Сначала сообщите об изображениях на горячую линию: именно это сообщение приводит к их удалению и передаче в полицию. Пожаловаться на аккаунт ещё и на платформе — это дополнение, а не замена.
platform-why-child = Вы также можете сообщить приложению, игре или сайту. Это в дополнение к шагам выше, а не вместо них.
platform-why-child-images = Сначала сообщите на горячую линию, в шаге выше. Сообщить ещё и приложению или сайту — это дополнительно: они могут закрыть аккаунт.
platform-report-link = Сообщить на платформе { $platform }
platform-in-app = В приложении:
platform-passes-to-ncmec = { $platform } сообщает, что передаёт жалобы в NCMEC — Национальный центр по делам пропавших и эксплуатируемых детей США.
platform-passes-to-police = { $platform } сообщает, что передаёт жалобы в полицию.
platform-passes-to-ncmec-police = { $platform } сообщает, что передаёт жалобы в NCMEC (Национальный центр по делам пропавших и эксплуатируемых детей США) и в полицию.
platform-account-needed = Чтобы сообщить там, нужен аккаунт на платформе { $platform }.
platform-account-not-needed = Чтобы сообщить там, аккаунт на платформе { $platform } не нужен.
platform-advice-heading = Когда вы сообщаете там
platform-advice-adult-block = Заблокируйте аккаунт после того, как пожаловались на него.
platform-advice-adult-keep = Не удаляйте переписку, сообщения или профиль: они могут понадобиться полиции.
platform-advice-adult-images = Никогда не отправляйте, не пересылайте, не сохраняйте и не делайте скриншоты сексуальных изображений ребёнка, даже чтобы сообщить о них.
platform-advice-child-block = После того как пожалуетесь на аккаунт, заблокируйте его, чтобы он не мог с вами связаться.
platform-advice-child-keep = Не удаляйте чат или сообщения, даже если очень хочется. Они могут помочь полиции.
platform-advice-child-images = Никогда не отправляйте и не сохраняйте эти изображения, даже чтобы сообщить о них. У вас не будет неприятностей.

## The plan's answers, and the email

plan-why-platform = Где это произошло: { $platform }.
mail-answer-platform = Где это произошло
