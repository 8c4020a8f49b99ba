### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Signpost 経由の子どもの安全に関する懸念: { $concern }（{ $country }）
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Signpost 経由の子どもの安全に関する懸念
mail-intro = ある人が Signpost を使って、子どもの安全についての懸念を { $organisation } に伝えました。
mail-no-copy = Signpost はこのメッセージの控えを一切保存しません。貴組織の子ども保護（セーフガーディング）の手順に沿って対応してください。
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = この人が Signpost で使った言語: { $language }
# Between the message in the person's language and the same message in English.
mail-english-follows = 以下は同じメッセージの英語版です。
mail-answers-heading = ■ 回答内容
mail-answer-where = いる場所
mail-answer-worry = 心配していること
mail-answer-danger = 今まさに危険にさらされている子どもがいる
mail-answer-under-18 = 本人は 18 歳未満
mail-yes = はい
mail-no = いいえ
mail-wrote-heading = ■ 本人が書いた内容
mail-reach-heading = ■ 連絡方法
mail-reach-anonymous = 匿名を希望しています。
mail-reach-name = 名前
mail-reach-email = メール
mail-reach-phone = 電話
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = ■ Signpost が案内した窓口（ルール { $rule }、対象範囲 { $coverage }）
# After a service in the list, before its phone number.
mail-plan-phone = 電話 { $phone }
mail-removed-address = [URL を削除しました: Signpost はこの URL を通報窓口に通報するよう本人に案内しました]
mail-automatic = このメッセージは自動送信です。このアドレスへの返信は読まれません。
