### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost không thể nhận nội dung đó
error-unsupported-form = Signpost chỉ nhận câu trả lời cho các câu hỏi của mình. Signpost không bao giờ nhận tệp hay hình ảnh: đừng gửi hình ảnh đi bất cứ đâu. Thay vào đó, hãy báo cáo chúng với đường dây nóng quốc gia của bạn.
error-unsupported-json = Hãy gửi câu trả lời dưới dạng JSON với Content-Type: application/json. Signpost không bao giờ nhận tệp hay hình ảnh: thay vào đó, hãy báo cáo hình ảnh với đường dây nóng quốc gia của bạn.
error-too-large-title = Nội dung quá dài
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost chỉ nhận tối đa { $kib } KiB. Signpost không bao giờ nhận tệp hay hình ảnh.
error-body-unreadable-title = Câu trả lời của bạn chưa đến nơi
error-body-unreadable = Kết nối bị gián đoạn. Vui lòng thử lại.
error-bad-json-title = Yêu cầu không hợp lệ
error-bad-form-title = Không đọc được câu trả lời của bạn
error-bad-form = Vui lòng quay lại các câu hỏi và trả lời lại.
error-invalid-title = Câu trả lời không hợp lệ
error-invalid = Một số câu trả lời bị thiếu hoặc không hợp lệ; từng câu được liệt kê trong errors.
error-not-found-title = Không tìm thấy trang
error-not-found = Không có trang nào ở địa chỉ này.
error-image-title = Signpost không thể nhận hình ảnh
error-image = Nội dung bạn gửi có vẻ là một hình ảnh. Signpost không bao giờ nhận hình ảnh, và không có gì được gửi đi. Xin đừng gửi hình ảnh cho bất kỳ ai, kể cả để báo cáo: chia sẻ là làm chúng lan rộng, và đó là tội phạm ở nhiều quốc gia. Nếu bạn đã thấy hình ảnh tình dục của trẻ em trên mạng, hãy sao chép địa chỉ web và báo cáo với đường dây nóng quốc gia của bạn.
error-binary-title = Signpost không đọc được nội dung đó
error-binary = Nội dung bạn gửi không phải là văn bản. Signpost chỉ nhận chữ được gõ vào, không bao giờ nhận tệp hay hình ảnh.
error-rate-limited-title = Vui lòng chờ một chút
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = Signpost đã nhận quá nhiều yêu cầu từ kết nối của bạn trong thời gian ngắn, nên đã tạm dừng trả lời và chuyển tiếp tin nhắn trong { $minutes ->
       *[other] { $minutes } phút
    }. Bạn vẫn có thể nhận trợ giúp ngay bây giờ từ các dịch vụ bên dưới.
