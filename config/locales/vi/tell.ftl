### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Báo thêm cho { $organisation }
tell-section-intro = Nếu việc này liên quan đến một trẻ em ở { $organisation }, bạn cũng có thể gửi tin nhắn cho nhóm bảo vệ trẻ em của họ. Việc này không thay thế các bước ở trên: bạn vẫn nên báo cáo ở đó.

## The form

tell-title = Báo cho { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Để trống ô này
tell-text-label = Bạn muốn { $organisation } biết điều gì?
# $max is the largest number of characters allowed.
tell-text-hint = Hãy viết chuyện gì đã xảy ra, ai liên quan và khi nào. Đừng dán hay mô tả bất kỳ hình ảnh tình dục nào, và đừng ghi địa chỉ web của chúng: Signpost sẽ xóa những địa chỉ đó. Bạn có thể viết tối đa { $max } ký tự.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Số ký tự còn lại: { $count }
tell-count-over = Số ký tự bị thừa: { $count }
tell-contact-legend = { $organisation } có thể liên hệ với bạn không?
tell-contact-share = Có, đây là thông tin của tôi
tell-contact-name = Tên của bạn (không bắt buộc)
tell-contact-email = Địa chỉ email
tell-contact-phone = Số điện thoại
tell-contact-anonymous = Không, tôi muốn ẩn danh
tell-who-reads-heading = Ai sẽ đọc tin nhắn này
tell-who-reads-to = Tin nhắn của bạn sẽ được gửi qua email đến nhóm bảo vệ trẻ em tại { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Tin nhắn của bạn sẽ được gửi qua email đến nhóm bảo vệ trẻ em tại { $organisation } ({ $recipients }).
tell-who-reads-after = Họ có thể liên hệ với bạn nếu bạn cung cấp thông tin. Để giữ an toàn cho trẻ, họ có thể chuyển những gì bạn viết cho cảnh sát hoặc cơ quan bảo vệ trẻ em. Signpost không lưu bản sao.
tell-consent = Tôi hiểu ai sẽ đọc tin nhắn này và họ có thể làm gì với nó
tell-continue = Tiếp tục

## Problems with what was typed

tell-error-text-empty = Hãy viết điều bạn muốn họ biết
tell-error-text-too-long = Tin nhắn của bạn quá dài: hãy viết không quá { $max } ký tự
tell-error-contact-none = Hãy cung cấp địa chỉ email hoặc số điện thoại, hoặc chọn ẩn danh
tell-error-email = Hãy nhập địa chỉ email, ví dụ ten@example.com
tell-error-phone = Hãy nhập số điện thoại bằng chữ số, ví dụ 07700 900 982
tell-error-name-too-long = Tên của bạn không được quá { $max } ký tự
tell-error-contact = Hãy chọn họ có thể liên hệ với bạn hay không
tell-error-consent = Hãy đánh dấu vào ô để xác nhận bạn hiểu ai sẽ đọc tin nhắn này

## Check before sending

tell-check-title = Kiểm tra tin nhắn trước khi gửi
tell-check-sent-to = Gửi đến
tell-check-sent-to-value = Nhóm bảo vệ trẻ em tại { $organisation }
tell-check-you-wrote = Nội dung bạn đã viết
tell-check-contact = Thông tin liên hệ của bạn
tell-check-anonymous = Bạn đã chọn ẩn danh
tell-check-note = Địa chỉ web sẽ bị xóa hoặc không bấm được trước khi gửi. { $organisation } cũng sẽ thấy câu trả lời của bạn cho các câu hỏi và những nơi Signpost đã gợi ý. Signpost không lưu bản sao.
tell-check-send = Gửi đến { $organisation }
tell-check-change = Sửa tin nhắn

## After sending (or trying to)

tell-sent-heading = Đã gửi đến { $organisation }
tell-sent = Tin nhắn của bạn đã được gửi đến nhóm bảo vệ trẻ em tại { $organisation }. Signpost không lưu bản sao.
tell-not-sent-heading = Tin nhắn của bạn chưa được gửi
tell-not-sent-other-site = Biểu mẫu này chỉ có thể được gửi từ chính trang Signpost. Tin nhắn của bạn chưa đến { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Có quá nhiều tin nhắn được gửi từ đây trong thời gian ngắn. Vui lòng thử lại sau { $minutes ->
       *[other] { $minutes } phút
    }. Tin nhắn của bạn chưa đến { $organisation }.
tell-unconfirmed-heading = Chúng tôi không thể xác nhận tin nhắn của bạn đã được gửi
tell-unconfirmed = Kết nối đến máy chủ email của { $organisation } bị ngắt trong lúc đang chuyển tin nhắn của bạn, nên tin nhắn có thể đã đến hoặc chưa. Tin nhắn của bạn ở bên dưới. Bạn có thể liên hệ với { $organisation } bằng cách khác để kiểm tra, thay vì gửi hai lần.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Tin nhắn của bạn chưa đến { $organisation }. Tin nhắn ở bên dưới, để bạn có thể sao chép hoặc thử lại.
tell-failure-unreachable = Signpost không kết nối được với máy chủ email.
tell-failure-temporary = Máy chủ email đang bận và yêu cầu thử lại sau.
tell-failure-permanent = Máy chủ email đã từ chối tin nhắn.
tell-failure-timeout = Máy chủ email không trả lời kịp thời.
tell-failure-tls = Signpost không thể thiết lập kết nối an toàn đến máy chủ email.
tell-failure-compose = Signpost không thể chuẩn bị tin nhắn.
tell-failure-no-recipient = Hiện tại Signpost không thể chuyển tin nhắn cho ai cả.
tell-result-your-message = Tin nhắn của bạn
tell-result-copy = Đây là nội dung bạn đã viết, để bạn có thể sao chép hoặc thử lại.
tell-result-you-wrote = Nội dung bạn đã viết
tell-result-try-again = Thử gửi lại
tell-result-change = Sửa tin nhắn
tell-result-still-heading = Bạn vẫn nên làm theo các bước này
tell-result-still = Báo cho { $organisation } không thay thế việc báo cáo đến đúng nơi.
