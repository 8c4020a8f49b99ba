### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost 无法接受此内容
error-unsupported-form = Signpost 只接受对其问题的回答。它从不接受文件或图片：请不要把图片发送到任何地方，而是向你所在国家的举报热线举报。
error-unsupported-json = 请以 JSON 格式发送回答，并使用 Content-Type: application/json。Signpost 从不接受文件或图片：请向你所在国家的举报热线举报图片。
error-too-large-title = 内容太长了
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost 最多接受 { $kib } KiB。它从不接受文件或图片。
error-body-unreadable-title = 你的回答没有送达
error-body-unreadable = 连接中断了。请再试一次。
error-bad-json-title = 请求格式有误
error-bad-form-title = 无法读取你的回答
error-bad-form = 请返回问题页面，重新回答。
error-invalid-title = 回答无效
error-invalid = 有些回答缺失或无效；每一项都列在 errors 中。
error-not-found-title = 找不到页面
error-not-found = 此地址没有页面。
error-image-title = Signpost 不能接受图片
error-image = 你发送的内容看起来像一张图片。Signpost 从不接受图片，也没有发送任何内容。请不要把图片发给任何人，即使是为了举报：分享会让图片进一步传播，而且在许多国家属于犯罪。如果你在网上看到儿童的性图片，请复制网址，并向你所在国家的举报热线举报。
error-binary-title = Signpost 无法读取此内容
error-binary = 你发送的内容不是文字。Signpost 只接受输入的文字，从不接受文件或图片。
error-rate-limited-title = 请稍等片刻
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = 短时间内来自你的网络连接的请求太多，因此 Signpost 已暂停回答这些请求和转发消息 { $minutes ->
       *[other] { $minutes } 分钟
    }。你现在仍可以通过下面的服务获得帮助。
