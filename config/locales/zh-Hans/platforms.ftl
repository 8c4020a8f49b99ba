### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = 这件事发生在哪里？（选填）
questions-platform-hint = 如果发生在这个列表中的某个应用、游戏或网站上，请选择它，你的计划还会说明如何在那里举报。你可以跳过这个问题：你的计划不会改变。
questions-platform-skip = 跳过这个问题
questions-platform-group-platforms = 应用、游戏和网站
questions-platform-group-other = 其他
questions-error-platform = 请从列表中选择发生的地方，或跳过这个问题

## The fixed answers (a platform's own name is shown for the others)

place-website = 某个网站
place-elsewhere-online = 网上的其他地方
place-not-online = 不是在网上
place-rather-not-say = 我不想说

## The step

role-platform-heading = 同时在平台上举报
role-platform-about = 该应用、游戏或网站自己的安全团队，可以删除违反其规则的内容并关闭相关账号。
role-platform-need = 账号名称，以及你在平台上的哪里看到它。绝不要提供图片本身。
role-platform-next = 平台的安全团队会审核举报，可能删除内容或关闭账号。
platform-step-heading = 同时在 { $platform } 上举报
platform-why-adult = 同时向平台举报，平台就能对该账号采取措施。请在完成上面的步骤之后再做，而不是代替它们。
platform-why-adult-images = 请先向举报热线举报这些图片：正是这份举报能让图片被删除并转交警方。同时在平台上举报该账号只是补充，绝不能代替。
platform-why-child = 你也可以告诉这个应用、游戏或网站。这是在上面的步骤之外额外做的，不是代替它们。
platform-why-child-images = 请先在上面的步骤中向举报热线举报。同时告诉应用或网站是额外的：他们可以关闭那个账号。
platform-report-link = 向 { $platform } 举报
platform-in-app = 在应用内：
platform-passes-to-ncmec = { $platform } 表示会将举报转交给 NCMEC，即美国国家失踪与受剥削儿童中心。
platform-passes-to-police = { $platform } 表示会将举报转交给警方。
platform-passes-to-ncmec-police = { $platform } 表示会将举报转交给 NCMEC（美国国家失踪与受剥削儿童中心）和警方。
platform-account-needed = 你需要一个 { $platform } 账号才能在那里举报。
platform-account-not-needed = 你不需要 { $platform } 账号也能在那里举报。
platform-advice-heading = 在那里举报时
platform-advice-adult-block = 举报之后，再拉黑该账号。
platform-advice-adult-keep = 不要删除对话、消息或个人资料：警方可能需要它们。
platform-advice-adult-images = 绝不要发送、转发、保存儿童的性图片或对其截图，即使是为了举报也不行。
platform-advice-child-block = 举报这个账号之后，把它拉黑，这样对方就不能再联系你。
platform-advice-child-keep = 不要删除聊天记录或消息，即使你很想删。它们可以帮助警方。
platform-advice-child-images = 绝不要发送或保存那些图片，即使是为了举报也不行。你不会因此惹上麻烦。

## The plan's answers, and the email

plan-why-platform = 发生在：{ $platform }。
mail-answer-platform = 发生的地方
