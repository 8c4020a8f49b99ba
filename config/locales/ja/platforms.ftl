### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = どこで起きましたか？（任意）
questions-platform-hint = このリストにあるアプリ、ゲーム、サイトで起きた場合は選んでください。プランに、そこでの通報のしかたも表示されます。この質問は飛ばしてもかまいません。プランは変わりません。
questions-platform-skip = この質問を飛ばす
questions-platform-group-platforms = アプリ、ゲーム、サイト
questions-platform-group-other = その他
questions-error-platform = 起きた場所をリストから選ぶか、この質問を飛ばしてください

## The fixed answers (a platform's own name is shown for the others)

place-website = ウェブサイト
place-elsewhere-online = オンラインの別の場所
place-not-online = オンラインではない
place-rather-not-say = 答えたくない

## The step

role-platform-heading = プラットフォームにも通報する
role-platform-about = アプリ、ゲーム、サイト自身の安全チームです。規約に違反するコンテンツを削除し、アカウントを停止できます。
role-platform-need = アカウント名と、プラットフォーム上のどこで見たか。画像そのものは絶対に送らないでください。
role-platform-next = プラットフォームの安全チームが通報を確認し、コンテンツの削除やアカウントの停止を行うことがあります。
platform-step-heading = { $platform } にも通報する
platform-why-adult = プラットフォームにも通報すると、そのアカウントに対応してもらえます。上の手順の後に行ってください。上の手順の代わりにはなりません。
platform-why-adult-images = まず画像を通報窓口に通報してください。画像の削除と警察への連絡につながるのはその通報です。プラットフォームでアカウントを通報するのは追加であり、代わりにはなりません。
platform-why-child = アプリやゲーム、サイトに知らせることもできます。これは上の手順に加えて行うもので、代わりではありません。
platform-why-child-images = まず上の手順で通報窓口に通報してください。アプリやサイトにも知らせるのは追加です。そのアカウントを止めてもらえることがあります。
platform-report-link = { $platform } に通報する
platform-in-app = アプリ内で：
platform-passes-to-ncmec = { $platform } は、通報を米国の全米行方不明・被搾取児童センター（NCMEC）に伝えているとしています。
platform-passes-to-police = { $platform } は、通報を警察に伝えているとしています。
platform-passes-to-ncmec-police = { $platform } は、通報を NCMEC（米国の全米行方不明・被搾取児童センター）と警察に伝えているとしています。
platform-account-needed = そこで通報するには { $platform } のアカウントが必要です。
platform-account-not-needed = そこで通報するのに { $platform } のアカウントは必要ありません。
platform-advice-heading = そこで通報するときは
platform-advice-adult-block = 通報した後で、そのアカウントをブロックしてください。
platform-advice-adult-keep = 会話、メッセージ、プロフィールは削除しないでください。警察が必要とすることがあります。
platform-advice-adult-images = 子どもの性的な画像は、通報のためであっても、絶対に送信、転送、保存、スクリーンショットしないでください。
platform-advice-child-block = アカウントを通報したら、連絡してこられないようにブロックしてください。
platform-advice-child-keep = 消したくなっても、チャットやメッセージは消さないでください。警察の役に立つことがあります。
platform-advice-child-images = 通報のためでも、その画像は絶対に送ったり保存したりしないでください。あなたが責められることはありません。

## The plan's answers, and the email

plan-why-platform = 起きた場所：{ $platform }。
mail-answer-platform = 起きた場所
