### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = 子どもが今まさに危険な状態にあります。緊急通報サービスはすぐに動くことができます。まずそこに電話し、その後ほかの手順に進んでください。
danger-no-number-known = 今すぐ、その地域の緊急通報番号に電話してください。番号がわからなければ、最寄りの警察署に行くか、近くにいる人に助けを呼んでもらってください。
police-door-why-police = 私たちの知る限り、この国にはこの問題を扱う専門のサービスがありません。警察が通報を受け付けます。
police-door-why-emergency-number = 私たちの知る限り、この国にはこの問題を扱う専門のサービスも、警察の別の相談番号もありません。この番号で警察につながります。
police-door-about-emergency-number = これは緊急通報番号でもあります。今まさに何かが起きていなくても、知っていることを警察に伝えるために使えます。

## The concerns, in plain words

concern-abuse-imagery-label = ネット上の子どもの性的な画像や動画
concern-abuse-imagery-description = 子どもを性的に写した画像や動画を、ネット上で見た。
concern-grooming-label = ネット上で誰かが子どもに性的な話をしている
concern-grooming-description = 誰かが子どもと性的な話をしたり、写真を求めたり、会おうとしたりしている。
concern-sextortion-label = 誰かが性的な画像をばらまくと脅している
concern-sextortion-description = お金を払うか、もっと画像を送らなければ、若い人の性的な画像をばらまくと誰かが言っている。
concern-image-shared-label = 18 歳未満の人の裸の画像が共有された
concern-image-shared-description = 18 歳未満の人（あなたかもしれません）の裸や性的な画像が共有された、または共有されるおそれがある。
concern-child-abuse-label = 子どもが性的虐待を受けているかもしれない
concern-child-abuse-description = ネット上に限らず、子どもが性的虐待を受けているのではないかと心配している。
concern-adult-behaviour-label = 子どもに対する大人の行動
concern-adult-behaviour-description = ある大人の子どもへの接し方や、その人がネットで見ているものが心配だ。
concern-own-thoughts-label = 自分自身の考えや行動
concern-own-thoughts-description = 子どもに対する自分の性的な考えや行動が心配だ。
concern-not-sure-label = わからない
concern-not-sure-description = 何かが心配だが、どれにも当てはまらない。

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = 今すぐ緊急通報番号に電話する
role-emergency-about = 緊急通報サービス: 警察、救急、消防。
role-emergency-need = どこにいるか、何が起きているかを伝えてください。電話は切らずにいてください。
role-emergency-next = 対応する人がどうすればよいかを伝え、助けを送ります。

role-police-heading = 警察に伝える
role-police-about = 今まさに起きているのではないことについての警察の窓口。
role-police-need = 知っていることなら何でも: 名前、場所、日付、見たことや聞いたこと。
role-police-next = 警察はあなたの話を記録し、子どもの安全を守るために何をするかを決めます。

role-csam-hotline-heading = URL を通報する
role-csam-hotline-about = ネット上の子どもの性的な画像や動画についての通報を確認し、削除させる専門家。
role-csam-hotline-need = そのページの URL（リンク）。それ以外は何もいりません。画像もスクリーンショットも送らないでください。
role-csam-hotline-next = 分析担当者がページを確認します。違法であれば削除に向けて動き、警察に知らせます。

role-grooming-report-heading = その人を通報する
role-grooming-report-about = ネット上で子どもを性的に狙う人に対応する、警察や子ども保護の専門家。
role-grooming-report-need = ユーザー名、プロフィールのリンク、URL、日付と時刻。チャットのスクリーンショットは添えてもかまいませんが、子どもの性的な画像のスクリーンショットは決して撮らないでください。
role-grooming-report-next = 子ども保護の担当者があなたの通報を読み、子どもの安全を守るために何をするかを決めます。

role-image-removal-heading = 画像を削除してもらう
role-image-removal-about = 若い人の裸の画像や動画を削除してもらい、再び共有されるのを防ぐための支援。
role-image-removal-need = その画像が入っている端末、または画像が共有された URL。画像は誰にも送らないでください。
role-image-removal-next = サービスは画像のデジタル指紋（ハッシュ）を作り、各サイトがコピーを見つけて削除できるようにします。

role-child-helpline-heading = 誰かに話す
role-child-helpline-about = 子どもや若い人のための無料の相談窓口。心配なことは何でも相談できます。
role-child-helpline-need = 何もいりません。電話やメッセージで話すだけで大丈夫です。
role-child-helpline-next = 研修を受けた相談員が話を聞き、どうするかを一緒に考えます。どうするかはあなたが決めます。

role-abuse-helpline-heading = 子どものことで相談する
role-abuse-helpline-about = 子どものことを心配している大人のための相談窓口。
role-abuse-helpline-need = 見たことや聞いたこと、それがいつだったか。証拠はいりません。
role-abuse-helpline-next = 相談員があなたと一緒に状況を整理し、子どもを守る機関に懸念を伝えることもできます。

role-prevention-heading = 秘密が守られる相談をする
role-prevention-about = 子どもに対する性的な考えや行動に悩む人のための、秘密が守られる相談。
role-prevention-need = 何もいりません。匿名のままでかまいません。
role-prevention-next = 研修を受けた相談員が、責めずに話を聞き、安全でいるための計画づくりを手伝います。

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = そのページの URL（リンク）をコピーしてください。通報窓口に必要なのはそれだけです。
advice-abuse-imagery-adult-2 = 証拠のためであっても、画像をダウンロード、スクリーンショット、保存、共有、転送しないでください。そうすると画像が広がり、多くの国では犯罪になります。
advice-abuse-imagery-adult-3 = ほかの画像を探しに行かないでください。違法であることをあなたが証明する必要はありません。
advice-abuse-imagery-adult-4 = あなたの国の通報窓口に、1 回だけ通報してください。多くの場合、匿名で通報できます。
advice-abuse-imagery-child-1 = あなたが責められることはありません。これを見てしまったのは、あなたのせいではありません。
advice-abuse-imagery-child-2 = そのページの URL（リンク）をコピーしてから、ページを閉じてください。
advice-abuse-imagery-child-3 = 何を見たか伝えるためであっても、画像を保存したり、スクリーンショットを撮ったり、誰かに送ったりしないでください。
advice-abuse-imagery-child-4 = 信頼できる大人か、子どもの相談窓口に話してください。ひとりで抱え込まなくていいのです。

advice-grooming-adult-1 = メッセージは消さずに残してください。ユーザー名、プロフィールのリンク、URL、日付と時刻を書き留めてください。
advice-grooming-adult-2 = 会話のスクリーンショットは撮ってもかまいませんが、子どもの性的な画像は決して保存、スクリーンショット、共有しないでください。
advice-grooming-adult-3 = その人を問い詰めたり、子どものふりをしたりしないでください。子どもがさらに危険にさらされ、捜査の妨げになることがあります。
advice-grooming-adult-4 = 証拠が失われないよう、ブロックする前に通報してください。
advice-grooming-child-1 = あなたが責められることはありません。何かを送ったり、何かに応じたりしていたとしても、あなたのせいではありません。
advice-grooming-child-2 = 返事をしなくていいのです。やり取りはやめて、でもメッセージは見せられるように残しておいてください。
advice-grooming-child-3 = 会う約束はしないでください。
advice-grooming-child-4 = 信頼できる大人に伝えるか、子どもの相談窓口に話してください。きっと助けてくれます。

advice-sextortion-adult-1 = お金を払わず、これ以上何も送らないでください。払っても脅しが止まることはほとんどありません。
advice-sextortion-adult-2 = 連絡は絶ちつつ、メッセージ、ユーザー名、支払いの情報は証拠として残してください。ブロックする前に通報してください。
advice-sextortion-adult-3 = 性的な画像そのものは、保存、スクリーンショット、共有をしないでください。
advice-sextortion-adult-4 = 脅されている若い人には、その人のせいではないこと、その人が責められることはないことを伝える必要があります。
advice-sextortion-child-1 = あなたが責められることはありません。悪いのは、あなたを脅している人です。
advice-sextortion-child-2 = お金を払わず、これ以上何も送らないでください。
advice-sextortion-child-3 = 返事はやめて、でもメッセージは見せられるように残しておいてください。
advice-sextortion-child-4 = 信頼できる大人に伝えるか、子どもの相談窓口に話してください。画像を削除してもらう方法はあります。

advice-image-shared-adult-1 = 通報のためであっても、画像をダウンロード、保存、スクリーンショット、転送しないでください。そうすると画像が広がり、多くの国では犯罪になります。
advice-image-shared-adult-2 = Take It Down は、画像を撮影した端末で使います。画像はその端末に残り、共有されるのはデジタル指紋（ハッシュ）だけです。
advice-image-shared-adult-3 = 画像がウェブサイトに載っている場合は、URL をコピーして通報窓口に通報してください。
advice-image-shared-adult-4 = 若い人を安心させてください。その人のせいではなく、その人が責められることはありません。
advice-image-shared-child-1 = あなたが責められることはありません。同じ経験をした若い人はたくさんいて、解決できます。
advice-image-shared-child-2 = 通報のためであっても、画像は誰にも送らないでください。
advice-image-shared-child-3 = あなたが画像をもう一度共有しなくても、削除を手伝ってくれるサービスがあります。
advice-image-shared-child-4 = 子どもの相談窓口か、信頼できる大人に話してください。ひとりで抱え込まなくていいのです。

advice-child-abuse-adult-1 = 相談したり、心配を通報したりするのに、証拠はいりません。
advice-child-abuse-adult-2 = 心配な相手を問い詰めないでください。子どもがさらに危険にさらされることがあります。
advice-child-abuse-adult-3 = 子どもから虐待を打ち明けられたら、話を聞き、落ち着いて、その子のせいではないと伝えてください。秘密にすると約束はしないでください。
advice-child-abuse-adult-4 = 見たことや聞いたことを、日付とともに、使われた言葉のまま書き留めてください。
advice-child-abuse-adult-5 = 相談窓口では名前を伏せられることもありますが、子どもが危険にさらされていることを示す情報は、どんなことでも外部に伝えます。
advice-child-abuse-child-1 = あなたのせいではありません。あなたが責められることもありません。
advice-child-abuse-child-2 = 話を聞いて助けてくれる人に相談できます。話すのは、たくさんでも少しだけでも、あなたの好きなだけでかまいません。
advice-child-abuse-child-3 = 今話すのが安全でなければ、あとで電話やメッセージをしてもかまいません。
advice-child-abuse-child-4 = 今まさにあなたが危険な状態なら、緊急通報番号に電話してください。

advice-adult-behaviour-adult-1 = どうするか決める前に、秘密が守られる形で相談できます。
advice-adult-behaviour-adult-2 = 自分でその人を問い詰めないでください。子どもたちがさらに危険にさらされることがあります。
advice-adult-behaviour-adult-3 = 確かめるために画像を見たり、ダウンロードしたり、共有したりしないでください。代わりに URL、名前、日付を書き留めてください。
advice-adult-behaviour-adult-4 = 子どもが被害を受けていると思うなら、警察か子ども保護の機関に伝えてください。
advice-adult-behaviour-child-1 = 誰かに話しても、あなたが責められることはありません。
advice-adult-behaviour-child-2 = 信頼できる大人か、子どもの相談窓口に話してください。どうするかを一緒に考えてくれます。
advice-adult-behaviour-child-3 = できるだけその人に近づかず、ふたりきりで会わないでください。

advice-own-thoughts-adult-1 = 助けを求めるのは正しいことです。あなた自身が安全でいて、子どもたちの安全を守るために、秘密が守られる支援を受けられます。
advice-own-thoughts-adult-2 = 子どもの性的な画像を見たことがあるなら、今すぐやめてください。予防のためのサービスがやめる手助けをしてくれます。多くは匿名で利用できます。
advice-own-thoughts-adult-3 = 近いうちに子どもを傷つけてしまうかもしれないと思うなら、すぐに助けを求めてください。
advice-own-thoughts-child-1 = あなたはひとりではありません。話したいと思えたのは、よいことです。
advice-own-thoughts-child-2 = 若い人も、秘密が守られる支援を受けて、自分の考えを理解し、安全でいることができます。
advice-own-thoughts-child-3 = 子どもの相談窓口か、信頼できる大人に話してください。

advice-not-sure-adult-1 = 相談するのに、確信がある必要はありません。相談窓口が一緒に状況を整理してくれます。
advice-not-sure-adult-2 = 何の画像か確かめるために、画像を探したり、保存したり、共有したりしないでください。
advice-not-sure-adult-3 = 今まさに子どもが危険な状態なら、緊急通報番号に電話してください。
advice-not-sure-child-1 = 質問しても、あなたが責められることはありません。
advice-not-sure-child-2 = 心配なことは何でも、子どもの相談窓口に話せます。
advice-not-sure-child-3 = あなたやほかの子どもが今まさに危険な状態なら、緊急通報番号に電話してください。

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = ネット上で見た子どもの性的な画像を通報する窓口です。分析担当者がページを確認して削除させます。あなたは URL を伝えるだけで大丈夫です。
why-abuse-imagery-child-csam-hotline = ネット上の子どもの性的な画像や動画を通報する窓口です。URL を伝えるだけでよく、名前を言う必要もありません。
why-abuse-imagery-child-child-helpline = これを見てつらい気持ちになることがあります。無料で誰かに話せます。
why-grooming-adult-grooming-report = ネット上で子どもに性的な話をしたり、写真を求めたり、会おうとしたりする人を通報する窓口です。
why-grooming-adult-abuse-helpline = まず話を聞いてもらいたいなら、この相談窓口が子どものことを心配する大人に助言しています。
why-grooming-child-grooming-report = ここでその人を通報できます。子どもの安全を守るための研修を受けた人が読みます。
why-grooming-child-child-helpline = 起きたことを、無料で誰かに話せます。責められることはありません。
why-sextortion-adult-grooming-report = 若い人の性的な画像をばらまくと脅している人を通報する窓口です。
why-sextortion-adult-image-removal = このサービスは、画像がネット上で共有されるのを防ぐ手助けをします。
why-sextortion-adult-image-removal-global = Take It Down は世界中どこでも使えます。誰にも画像を見られることなく、若い人の画像が共有されるのを防ぐ手助けをします。
why-sextortion-adult-abuse-helpline = この相談窓口は、子どものことを心配する大人に助言しています。
why-sextortion-child-grooming-report = ここで、あなたを脅している人を通報できます。あなたが責められることはありません。
why-sextortion-child-image-removal = このサービスは、あなたの画像を削除してもらい、共有されるのを防ぐ手助けをします。
why-sextortion-child-image-removal-global = Take It Down は世界中どこでも使えます。画像はあなたの端末に残り、共有されるのはデジタル指紋（ハッシュ）だけです。
why-sextortion-child-child-helpline = 今起きていることを、無料で誰かに話せます。きっと助けてくれます。
why-image-shared-adult-image-removal = このサービスは、若い人の裸の画像を削除してもらい、共有されるのを防ぐ手助けをします。
why-image-shared-adult-image-removal-global = Take It Down は世界中どこでも使え、本人が 18 歳未満のときに撮られた画像が対象です。画像は端末に残り、共有されるのはデジタル指紋（ハッシュ）だけです。
why-image-shared-adult-csam-hotline = 画像がウェブサイトに載っている場合は、削除してもらえるよう、ここで URL を通報してください。
why-image-shared-adult-abuse-helpline = この相談窓口は、子どものことを心配する大人に助言しています。
why-image-shared-child-image-removal = このサービスは、若い人が自分の裸の画像を削除してもらう手助けをします。あなたが責められることはありません。
why-image-shared-child-image-removal-global = Take It Down は世界中どこでも使えます。画像はあなたの端末に残り、共有されるのはデジタル指紋（ハッシュ）だけです。
why-image-shared-child-child-helpline = 起きたことを、無料で誰かに話せます。きっと助けてくれます。
why-image-shared-child-csam-hotline = 画像がウェブサイトに載っている場合は、削除してもらえるよう、ここで URL を通報できます。
why-child-abuse-adult-abuse-helpline = 研修を受けた相談員に心配なことを話せます。どうすればよいかを教えてくれ、子どもを守る機関に伝えることもできます。
why-child-abuse-adult-police = 心配なことを警察に通報できます。
why-child-abuse-child-child-helpline = 話を聞いて助けてくれる人に、無料で話せます。あなたのせいではありません。
why-child-abuse-child-abuse-helpline = このサービスは子どもを守る手助けをしていて、あなたの話も聞いてくれます。
why-child-abuse-child-police = 警察に伝えることもできます。子どもを守るのは警察の仕事の一つで、あなたが責められることはありません。
why-adult-behaviour-adult-prevention = ほかの人の子どもに対する行動について秘密が守られる形で相談し、どうするかを決められます。
why-adult-behaviour-adult-abuse-helpline = この相談窓口は、子どものことを心配する大人に助言しています。
why-adult-behaviour-adult-police = 子どもが被害を受けていると思うなら、警察に伝えることができます。
why-adult-behaviour-child-child-helpline = 気になる大人のことを、無料で誰かに話せます。あなたが責められることはありません。
why-adult-behaviour-child-grooming-report = その大人がネット上であなたやほかの子どもに連絡してきているなら、ここで通報できます。
why-own-thoughts-adult-prevention = 子どもに対する自分の性的な考えや行動に悩む人を支援する、秘密が守られるサービスです。
why-own-thoughts-adult-prevention-global = 無料・匿名で、どこからでも使えるオンラインのセルフヘルプです。いくつかの言語に対応しています。
why-own-thoughts-child-child-helpline = 気になる考えについて、秘密が守られる形で、無料で誰かに話せます。
why-own-thoughts-child-prevention = 自分の性的な考えに悩む人を、若い人も含めて支援する、秘密が守られるサービスです。
why-not-sure-adult-abuse-helpline = 何が起きているかはっきりしなくても、研修を受けた相談員に心配なことを話せます。
why-not-sure-child-child-helpline = 心配なことは何でも、無料で誰かに話せます。
