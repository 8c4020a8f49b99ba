### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Mối lo ngại về an toàn trẻ em qua Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Mối lo ngại về an toàn trẻ em qua Signpost
mail-intro = Một người đã dùng Signpost để báo cho { $organisation } về một mối lo ngại đối với sự an toàn của trẻ em.
mail-no-copy = Signpost không lưu bản sao của tin nhắn này. Vui lòng xử lý theo quy trình bảo vệ trẻ em của quý cơ quan.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = Người này đã dùng Signpost bằng ngôn ngữ: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = Nội dung tương tự bằng tiếng Anh ở bên dưới.
mail-answers-heading = CÂU TRẢ LỜI CỦA HỌ
mail-answer-where = Nơi họ đang ở
mail-answer-worry = Điều họ lo ngại
mail-answer-danger = Có trẻ đang gặp nguy hiểm ngay lúc này
mail-answer-under-18 = Người này dưới 18 tuổi
mail-yes = có
mail-no = không
mail-wrote-heading = NỘI DUNG HỌ VIẾT
mail-reach-heading = CÁCH LIÊN HỆ VỚI HỌ
mail-reach-anonymous = Họ chọn ẩn danh.
mail-reach-name = Tên
mail-reach-email = Email
mail-reach-phone = Điện thoại
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = NƠI SIGNPOST ĐÃ HƯỚNG DẪN HỌ ĐẾN (quy tắc { $rule }, phạm vi { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = điện thoại { $phone }
mail-removed-address = [đã xóa địa chỉ web: Signpost đã hướng dẫn người này báo cáo với đường dây nóng]
mail-automatic = Tin nhắn này được gửi tự động; thư trả lời đến địa chỉ này sẽ không được đọc.
