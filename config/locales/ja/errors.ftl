### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost はこれを受け付けられません
error-unsupported-form = Signpost が受け付けるのは、質問への回答だけです。ファイルや画像は一切受け付けません。画像はどこにも送らないでください。代わりに、あなたの国の通報窓口に通報してください。
error-unsupported-json = 回答は Content-Type: application/json の JSON で送ってください。Signpost はファイルや画像を一切受け付けません。画像は、あなたの国の通報窓口に通報してください。
error-too-large-title = 長すぎます
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost が受け付けるのは最大 { $kib } KiB までです。ファイルや画像は一切受け付けません。
error-body-unreadable-title = 回答が届きませんでした
error-body-unreadable = 接続が途切れました。もう一度お試しください。
error-bad-json-title = リクエストの形式が正しくありません
error-bad-form-title = 回答を読み取れませんでした
error-bad-form = 質問のページに戻って、もう一度回答してください。
error-invalid-title = 回答が正しくありません
error-invalid = 一部の回答が抜けているか、正しくありません。それぞれ errors に示しています。
error-not-found-title = ページが見つかりません
error-not-found = このアドレスにはページがありません。
error-image-title = Signpost は画像を受け付けられません
error-image = 送られたものが画像のようです。Signpost は画像を一切受け付けず、何も送信されていません。通報のためであっても、画像は誰にも送らないでください。共有すると画像が広がってしまい、多くの国では犯罪になります。ネット上で子どもの性的な画像を見た場合は、その URL をコピーして、あなたの国の通報窓口に通報してください。
error-binary-title = Signpost はこれを読み取れませんでした
error-binary = 送られたものは文字ではありません。Signpost が受け付けるのは入力された文字だけで、ファイルや画像は一切受け付けません。
error-rate-limited-title = 少しお待ちください
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = 短い時間にあなたの接続から多くのリクエストがあったため、Signpost は { $minutes ->
       *[other] { $minutes } 分間
    }、応答とメッセージの転送を一時停止しています。下のサービスからは今すぐ助けを得られます。
