### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = 也告诉 { $organisation }
tell-section-intro = 如果此事涉及 { $organisation } 的儿童，你也可以给他们的儿童保护团队发送消息。这不能代替上面的步骤：请仍然在那里举报。

## The form

tell-title = 告诉 { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = 此框请留空
tell-text-label = 你希望 { $organisation } 了解什么？
# $max is the largest number of characters allowed.
tell-text-hint = 请写下发生了什么、涉及哪些人以及时间。不要粘贴或描述任何性图片，也不要写出这些图片的网址：Signpost 会删除它们。最多可以写 { $max } 个字符。
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = 剩余字符数：{ $count }
tell-count-over = 超出字符数：{ $count }
tell-contact-legend = { $organisation } 可以联系你吗？
tell-contact-share = 可以，这是我的联系方式
tell-contact-name = 你的姓名（选填）
tell-contact-email = 电子邮件地址
tell-contact-phone = 电话号码
tell-contact-anonymous = 不可以，我想保持匿名
tell-who-reads-heading = 谁会阅读这条消息
tell-who-reads-to = 你的消息将通过电子邮件发送给 { $organisation } 的儿童保护团队。
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = 你的消息将通过电子邮件发送给 { $organisation } 的儿童保护团队（{ $recipients }）。
tell-who-reads-after = 如果你留下联系方式，他们可能会联系你。为了保护儿童安全，他们可能会把你写的内容转交给警方或儿童保护部门。Signpost 不保留副本。
tell-consent = 我了解谁会阅读这条消息，以及他们可能如何使用它
tell-continue = 继续

## Problems with what was typed

tell-error-text-empty = 请写下你希望他们了解的内容
tell-error-text-too-long = 你的消息太长了：请控制在 { $max } 个字符以内
tell-error-contact-none = 请填写电子邮件地址或电话号码，或者选择保持匿名
tell-error-email = 请输入电子邮件地址，例如 name@example.com
tell-error-phone = 请用数字输入电话号码，例如 07700 900 982
tell-error-name-too-long = 你的姓名不能超过 { $max } 个字符
tell-error-contact = 请选择他们是否可以联系你
tell-error-consent = 请勾选此框，表示你了解谁会阅读这条消息

## Check before sending

tell-check-title = 发送前请检查你的消息
tell-check-sent-to = 发送给
tell-check-sent-to-value = { $organisation } 的儿童保护团队
tell-check-you-wrote = 你写的内容
tell-check-contact = 你的联系方式
tell-check-anonymous = 你选择了保持匿名
tell-check-note = 发送前，网址会被删除或改为无法点击。{ $organisation } 还会看到你对问题的回答以及 Signpost 建议的去处。Signpost 不保留副本。
tell-check-send = 发送给 { $organisation }
tell-check-change = 修改你的消息

## After sending (or trying to)

tell-sent-heading = 已发送给 { $organisation }
tell-sent = 你的消息已发送给 { $organisation } 的儿童保护团队。Signpost 没有保留副本。
tell-not-sent-heading = 你的消息没有发送
tell-not-sent-other-site = 此表单只能从 Signpost 页面本身发送。你的消息没有发送给 { $organisation }。
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = 短时间内从这里发送的消息太多。请在 { $minutes ->
       *[other] { $minutes } 分钟
    }后再试。你的消息没有发送给 { $organisation }。
tell-unconfirmed-heading = 我们无法确认你的消息是否已发送
tell-unconfirmed = 在移交你的消息时，与 { $organisation } 电子邮件服务器的连接中断了，因此消息可能已送达，也可能没有。你的消息在下方。你可以通过其他方式联系 { $organisation } 确认，而不要重复发送。
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } 你的消息没有发送给 { $organisation }。消息在下方，你可以复制它或再试一次。
tell-failure-unreachable = Signpost 无法连接到电子邮件服务器。
tell-failure-temporary = 电子邮件服务器繁忙，要求稍后再试。
tell-failure-permanent = 电子邮件服务器拒绝了这条消息。
tell-failure-timeout = 电子邮件服务器没有及时回应。
tell-failure-tls = Signpost 无法与电子邮件服务器建立安全连接。
tell-failure-compose = Signpost 无法准备这条消息。
tell-failure-no-recipient = Signpost 目前无法向任何人转发消息。
tell-result-your-message = 你的消息
tell-result-copy = 这是你写的内容，你可以复制它或再试一次。
tell-result-you-wrote = 你写的内容
tell-result-try-again = 再次尝试发送
tell-result-change = 修改你的消息
tell-result-still-heading = 请仍然按照这些步骤去做
tell-result-still = 告诉 { $organisation } 不能代替向正确的地方举报。
