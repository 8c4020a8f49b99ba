### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = { $organisation } にも伝える
tell-section-intro = { $organisation } の子どもに関わることなら、その子ども保護担当チームにメッセージを送ることもできます。これは上の手順の代わりにはなりません。通報はそちらにも必ずしてください。

## The form

tell-title = { $organisation } に伝える
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = この欄は空のままにしてください
tell-text-label = { $organisation } に何を伝えたいですか？
# $max is the largest number of characters allowed.
tell-text-hint = 何があったか、誰が関わっているか、いつのことかを書いてください。性的な画像を貼り付けたり説明したりせず、その URL も書かないでください（Signpost が削除します）。{ $max } 文字まで書けます。
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = 残りの文字数: { $count }
tell-count-over = 超えている文字数: { $count }
tell-contact-legend = { $organisation } からあなたに連絡してもよいですか？
tell-contact-share = はい、連絡先を伝えます
tell-contact-name = あなたの名前（任意）
tell-contact-email = メールアドレス
tell-contact-phone = 電話番号
tell-contact-anonymous = いいえ、匿名のままにしたいです
tell-who-reads-heading = 誰が読むのか
tell-who-reads-to = あなたのメッセージは、メールで { $organisation } の子ども保護担当チームに届きます。
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = あなたのメッセージは、メールで { $organisation } の子ども保護担当チーム（{ $recipients }）に届きます。
tell-who-reads-after = 連絡先を書いた場合、先方から連絡が来ることがあります。子どもの安全を守るため、あなたが書いた内容を警察や児童福祉の機関に伝えることがあります。Signpost は控えを保存しません。
tell-consent = 誰が読むのか、またその内容がどう扱われうるかを理解しました
tell-continue = 次へ

## Problems with what was typed

tell-error-text-empty = 伝えたいことを書いてください
tell-error-text-too-long = メッセージが長すぎます。{ $max } 文字以内にしてください
tell-error-contact-none = メールアドレスか電話番号を入力するか、匿名を選んでください
tell-error-email = name@example.com のような形でメールアドレスを入力してください
tell-error-phone = 07700 900 982 のように数字で電話番号を入力してください
tell-error-name-too-long = 名前は { $max } 文字以内にしてください
tell-error-contact = 先方から連絡してもよいかを選んでください
tell-error-consent = 誰が読むのかを理解したら、チェックを入れてください

## Check before sending

tell-check-title = 送る前にメッセージを確認してください
tell-check-sent-to = 送り先
tell-check-sent-to-value = { $organisation } の子ども保護担当チーム
tell-check-you-wrote = あなたが書いた内容
tell-check-contact = あなたの連絡先
tell-check-anonymous = 匿名を選びました
tell-check-note = 送る前に、URL は削除されるか、クリックできない形に変えられます。{ $organisation } には、質問へのあなたの回答と、Signpost が案内した窓口も伝わります。Signpost は控えを保存しません。
tell-check-send = { $organisation } に送る
tell-check-change = メッセージを直す

## After sending (or trying to)

tell-sent-heading = { $organisation } に送りました
tell-sent = あなたのメッセージは { $organisation } の子ども保護担当チームに送られました。Signpost は控えを保存していません。
tell-not-sent-heading = メッセージは送られていません
tell-not-sent-other-site = このフォームは Signpost のページからしか送れません。あなたのメッセージは { $organisation } に届いていません。
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = 短い時間に、ここから多くのメッセージが送られました。{ $minutes ->
       *[other] { $minutes } 分
    }後にもう一度お試しください。あなたのメッセージは { $organisation } に届いていません。
tell-unconfirmed-heading = メッセージが送られたか確認できませんでした
tell-unconfirmed = メッセージを引き渡している途中で { $organisation } のメールサーバーとの接続が切れたため、届いたかどうかわかりません。あなたのメッセージは下にあります。二重に送るより、別の方法で { $organisation } に連絡して確認するとよいでしょう。
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } あなたのメッセージは { $organisation } に届いていません。下にあるので、コピーするか、もう一度お試しください。
tell-failure-unreachable = Signpost はメールサーバーに接続できませんでした。
tell-failure-temporary = メールサーバーが混み合っていて、後でやり直すよう求めています。
tell-failure-permanent = メールサーバーがメッセージを拒否しました。
tell-failure-timeout = メールサーバーが時間内に応答しませんでした。
tell-failure-tls = Signpost はメールサーバーと安全な接続を確立できませんでした。
tell-failure-compose = Signpost はメッセージを準備できませんでした。
tell-failure-no-recipient = Signpost は現在、誰にもメッセージを転送できません。
tell-result-your-message = あなたのメッセージ
tell-result-copy = あなたが書いた内容です。コピーするか、もう一度お試しください。
tell-result-you-wrote = あなたが書いた内容
tell-result-try-again = もう一度送ってみる
tell-result-change = メッセージを直す
tell-result-still-heading = これらの手順も必ず行ってください
tell-result-still = { $organisation } に伝えても、適切な窓口への通報の代わりにはなりません。
