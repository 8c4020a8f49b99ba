### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Де це сталося? (необов’язково)
questions-platform-hint = Якщо це сталося в застосунку, грі чи на сайті з цього списку, виберіть його, і ваш план також підкаже, як повідомити про це там. Це питання можна пропустити: ваш план не зміниться.
questions-platform-skip = Пропустити це питання
questions-platform-group-platforms = Застосунки, ігри та сайти
questions-platform-group-other = Інше
questions-error-platform = Виберіть зі списку, де це сталося, або пропустіть це питання

## The fixed answers (a platform's own name is shown for the others)

place-website = Вебсайт
place-elsewhere-online = Деінде в інтернеті
place-not-online = Не в інтернеті
place-rather-not-say = Волію не казати

## The step

role-platform-heading = Повідомте про це й на платформі
role-platform-about = Команда безпеки застосунку, гри чи сайту, яка може видаляти матеріали й закривати акаунти, що порушують її правила.
role-platform-need = Ім’я акаунта та місце на платформі, де ви його бачили. Ніколи не самі зображення.
role-platform-next = Команда безпеки платформи розглядає скаргу й може видалити матеріал або закрити акаунт.
platform-step-heading = Повідомте про це й на платформі { $platform }
platform-why-adult = Якщо повідомити й платформі, вона зможе вжити заходів щодо акаунта. Зробіть це після кроків вище, а не замість них.
platform-why-adult-images = Спершу повідомте про зображення на гарячу лінію: саме це повідомлення призводить до їх видалення й передання поліції. Поскаржитися на акаунт ще й на платформі — це доповнення, а не заміна.
platform-why-child = Ви також можете повідомити застосунок, гру чи сайт. Це додатково до кроків вище, а не замість них.
platform-why-child-images = Спершу повідомте на гарячу лінію, у кроці вище. Повідомити ще й застосунок чи сайт — це додатково: вони можуть закрити акаунт.
platform-report-link = Повідомити на платформі { $platform }
platform-in-app = У застосунку:
platform-passes-to-ncmec = { $platform } повідомляє, що передає скарги до NCMEC — Національного центру у справах зниклих і експлуатованих дітей США.
platform-passes-to-police = { $platform } повідомляє, що передає скарги поліції.
platform-passes-to-ncmec-police = { $platform } повідомляє, що передає скарги до NCMEC (Національного центру у справах зниклих і експлуатованих дітей США) та поліції.
platform-account-needed = Щоб повідомити там, потрібен акаунт на платформі { $platform }.
platform-account-not-needed = Щоб повідомити там, акаунт на платформі { $platform } не потрібен.
platform-advice-heading = Коли ви повідомляєте там
platform-advice-adult-block = Заблокуйте акаунт після того, як поскаржилися на нього.
platform-advice-adult-keep = Не видаляйте листування, повідомлення чи профіль: вони можуть знадобитися поліції.
platform-advice-adult-images = Ніколи не надсилайте, не пересилайте, не зберігайте й не робіть знімків екрана сексуальних зображень дитини, навіть щоб повідомити про них.
platform-advice-child-block = Після того як поскаржитеся на акаунт, заблокуйте його, щоб він не міг із вами зв’язатися.
platform-advice-child-keep = Не видаляйте чат чи повідомлення, навіть якщо дуже хочеться. Вони можуть допомогти поліції.
platform-advice-child-images = Ніколи не надсилайте й не зберігайте ці зображення, навіть щоб повідомити про них. У вас не буде неприємностей.

## The plan's answers, and the email

plan-why-platform = Де це сталося: { $platform }.
mail-answer-platform = Де це сталося
