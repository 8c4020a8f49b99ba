### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = エラー: { $title }
skip-to-main = 本文へ移動
# The button at the top of every page that leaves at once for a weather website.
exit-link = すぐにこのサイトを離れる
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = { "" }
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = 天気
footer-staying-safe = このサイトを安全に使うために
footer-nothing-kept = Signpost は、あなたが伝えたことを何も保存しません。緊急通報サービスではありません。
# The label of the list of languages on every page (read by screen readers).
language-list-label = 言語
language-own-label = 選んだ国の言語：
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = （新しいタブで開きます）
# Before an error message under a question (read by screen readers).
error-prefix = エラー:
error-summary-title = 問題があります

## The emergency box (start and error pages)

emergency-heading = 子どもが今まさに危険な状態なら
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = 今すぐ { $number } に電話してください（{ $country }）。
emergency-call-local = 今すぐ、その地域の緊急通報番号に電話してください。

## The start page

start-title = 相談・通報する場所を見つける
start-heading = ネット上の子どもの安全が心配ですか？
start-lead = 4 つの短い質問に答えると、あなたの国でどこに通報すればよいか、誰に相談できるかを Signpost がお伝えします。あなたが伝えたことは何も保存しません。
start-button = 始める
start-before-heading = 始める前に
start-before-no-images = 子どもの性的な画像は、通報のためであっても、ダウンロード、スクリーンショット、共有をしないでください。代わりに URL をコピーしてください。
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = このサイトは、ほかの人のスマートフォンやパソコンで使うこともできます。いつでも「{ $exit }」を押せます。

## The questions

questions-title = 何が起きているか教えてください
questions-intro = あなたの回答は、あなたに合った窓口を見つけるためだけに使われます。何も保存されません。
questions-country-label = あなたはどこにいますか？
questions-country-hint = 今いる国・地域を選んでください。
questions-country-choose = 国・地域を選ぶ
questions-danger-legend = 今まさに危険な状態の子どもがいますか？
questions-danger-hint = たとえば、誰かがその子を傷つけている、またはその子と会おうとしている、など。
questions-danger-yes = はい
questions-danger-no = いいえ
questions-danger-not-sure = わからない
questions-reporter-legend = あなたは 18 歳未満ですか？
questions-reporter-child = はい、18 歳未満です
questions-reporter-adult = いいえ、18 歳以上です
questions-concern-legend = 何が心配ですか？
questions-continue = 次へ
questions-error-country = 今いる国・地域を選んでください
questions-error-danger = 今まさに危険な状態の子どもがいるかを選んでください
questions-error-reporter = 18 歳未満かどうかを選んでください
questions-error-concern = 心配していることを選んでください

## The plan

plan-title = 相談・通報できる場所
plan-heading-child = あなたが責められることはありません。助けてくれる人がいます。
plan-lead-child = 助けを求めたのは正しいことです。これらの手順を順番に進めてください。いつでもやめられます。
plan-heading-adult = 通報する場所と相談できる場所
plan-lead-adult = これらの手順を順番に進めてください。{ $country } の場合です。
plan-international = 一部は国際的なサービスです。{ $country } でこの問題を扱うサービスが見つからなかったためです。どこからでも通報を受け付けています。
plan-advice-heading-child = 助けになること
plan-advice-heading-adult = すべきこと、してはいけないこと
plan-why-summary = なぜこの手順なのですか？
plan-why-told-us = あなたの回答:
plan-why-country = あなたは { $country } にいます。
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = 心配していること: { $concern }。
plan-why-child = あなたは 18 歳未満です。
plan-why-adult = あなたは 18 歳以上です。
plan-why-danger = 今まさに危険な状態の子どもがいるかもしれません。
plan-why-no-danger = 今まさに危険な状態の子どもはいません。
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost はルール { $rule } を使いました。各サービスが自ら示している役割に従っています。上の各手順に、その理由が書いてあります。
plan-start-again = 別の回答でやり直す

## The steps of a plan

plan-step-number = 手順 { $number }
step-other-places = このことで助けになるほかの窓口
# $number is the number exactly as the service writes it.
step-call = { $number } に電話する
step-text = { $number } にメッセージを送る
step-more-about-number = この番号について詳しく
step-website = ウェブサイトを見る
step-fact-name = あなたの名前
step-fact-when = 受付時間
step-fact-who-for = 対象
step-anonymous = 名前を伝えずに通報できます。
step-not-anonymous = 名前と連絡先を聞かれます。
step-ages-between = { $min }～{ $max } 歳
step-ages-up-to = { $max } 歳まで
step-ages-from = { $min } 歳から
# $date is the date the details were last checked (date-long).
step-last-checked = 最終確認日: { $date }。
step-checked-own-site = サービス自身のウェブサイトで確認しました。
step-checked-third-party = 別のウェブサイトで見つけた情報です。サービス自身のページも確認してください。
step-checked-conflict = 情報源によって内容が一部異なります。サービス自身のページを確認してください。
step-details-summary = 必要なものと、その後の流れ
step-details-about = どんなところか:
step-details-need = 必要なもの:
step-details-next = その後の流れ:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $year }年{ $month }月{ $day }日

## Staying safe while you use this site

staying-safe-title = このサイトを安全に使うために
staying-safe-lead = 誰かにスマートフォンやパソコンを見られるかもしれない場合は、次のことが役立ちます。
staying-safe-does-heading = Signpost がしていること
staying-safe-no-keeping = Signpost はあなたの回答を保存しません。Cookie を使わず、あなたの端末に何も保存しません。
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = 回答は URL に含まれないため、履歴に残るページ名は「Signpost」「{ $questions }」「{ $plan }」だけです。
# $exit is the name of the button (exit-link).
staying-safe-exit = どのページにも上部にある「{ $exit }」ボタンを押すと、すぐに天気予報のサイトに移ります。ブラウザで JavaScript が動いていれば、Shift キーを 3 回押しても同じです。戻るボタンでここに戻ることはありません。
staying-safe-cannot-heading = Signpost が隠せないこと
staying-safe-history-shows = ブラウザの履歴には、このサイトを訪れたことが残ります。ブラウザの設定で削除するか、プライベートウィンドウ（シークレットモード）を使ってください。
staying-safe-phone-bill = 相談窓口にかけた電話は、電話料金の明細に載ることがあります（載らないと窓口が案内している場合を除きます）。子ども向けの相談窓口の多くは、明細に載りません。
staying-safe-screen = あなたの画面を見られる人や、あなたの端末に追跡ソフトを入れた人には、何をしているか見られてしまうかもしれません。そのおそれがあるときは、学校や図書館、友だちのパソコンなど、その人が触れられない端末を使ってください。
staying-safe-back = 最初に戻る

## The error page

error-still-help = 通報や相談は今でもできます
error-try-again = もう一度試す
