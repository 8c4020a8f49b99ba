### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Lỗi: { $title }
skip-to-main = Chuyển đến nội dung chính
# The button at the top of every page that leaves at once for a weather website.
exit-link = Rời trang này
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = ngay
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Thời tiết
footer-staying-safe = Giữ an toàn khi dùng trang này
footer-nothing-kept = Signpost không lưu bất cứ điều gì bạn cho biết. Đây không phải là dịch vụ khẩn cấp.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Ngôn ngữ
language-own-label = Ngôn ngữ của quốc gia bạn đã chọn:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (mở trong thẻ mới)
# Before an error message under a question (read by screen readers).
error-prefix = Lỗi:
error-summary-title = Có vấn đề

## The emergency box (start and error pages)

emergency-heading = Nếu có trẻ đang gặp nguy hiểm ngay lúc này
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Hãy gọi { $number } ngay ({ $country }).
emergency-call-local = Hãy gọi ngay số khẩn cấp ở nơi bạn đang ở.

## The start page

start-title = Tìm đúng nơi để được giúp đỡ
start-heading = Bạn lo lắng cho sự an toàn của trẻ trên mạng?
start-lead = Hãy trả lời bốn câu hỏi ngắn, Signpost sẽ cho bạn biết nên báo cáo ở đâu hoặc nói chuyện với ai tại quốc gia của bạn. Signpost không lưu bất cứ điều gì bạn cho biết.
start-button = Bắt đầu
start-before-heading = Trước khi bắt đầu
start-before-no-images = Đừng tải xuống, chụp màn hình hay chia sẻ bất kỳ hình ảnh tình dục nào của trẻ em, kể cả để báo cáo. Thay vào đó, hãy sao chép địa chỉ web.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Bạn có thể dùng trang này trên điện thoại hoặc máy tính của người khác. Bấm “{ $exit }” bất cứ lúc nào.

## The questions

questions-title = Hãy cho chúng tôi biết chuyện gì đang xảy ra
questions-intro = Câu trả lời của bạn chỉ được dùng để tìm đúng nơi cho bạn. Không có gì được lưu lại.
questions-country-label = Bạn đang ở đâu?
questions-country-hint = Chọn quốc gia bạn đang ở lúc này.
questions-country-choose = Chọn quốc gia
questions-danger-legend = Có trẻ nào đang gặp nguy hiểm ngay lúc này không?
questions-danger-hint = Ví dụ: có người đang làm hại trẻ, hoặc sắp gặp trẻ.
questions-danger-yes = Có
questions-danger-no = Không
questions-danger-not-sure = Tôi không chắc
questions-reporter-legend = Bạn dưới 18 tuổi phải không?
questions-reporter-child = Đúng, tôi dưới 18 tuổi
questions-reporter-adult = Không, tôi từ 18 tuổi trở lên
questions-concern-legend = Bạn đang lo lắng về điều gì?
questions-continue = Tiếp tục
questions-error-country = Hãy chọn quốc gia bạn đang ở
questions-error-danger = Hãy chọn có trẻ nào đang gặp nguy hiểm ngay lúc này hay không
questions-error-reporter = Hãy chọn bạn có dưới 18 tuổi hay không
questions-error-concern = Hãy chọn điều bạn đang lo lắng

## The plan

plan-title = Nơi để được giúp đỡ
plan-heading-child = Bạn sẽ không bị trách phạt. Đây là những nơi có thể giúp bạn.
plan-lead-child = Bạn đã làm đúng khi tìm kiếm sự giúp đỡ. Hãy làm theo các bước này theo thứ tự. Bạn có thể dừng lại bất cứ lúc nào.
plan-heading-adult = Nơi báo cáo và nhận trợ giúp
plan-lead-adult = Hãy làm theo các bước này theo thứ tự. Dành cho { $country }.
plan-international = Một số dịch vụ này là quốc tế, vì chúng tôi không biết dịch vụ nào cho việc này ở { $country }. Các dịch vụ này nhận báo cáo từ mọi nơi.
plan-advice-heading-child = Những điều có thể giúp bạn
plan-advice-heading-adult = Nên làm gì và không nên làm gì
plan-why-summary = Vì sao là các bước này?
plan-why-told-us = Bạn đã cho biết:
plan-why-country = Bạn đang ở { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Điều bạn lo lắng: { $concern }.
plan-why-child = Bạn dưới 18 tuổi.
plan-why-adult = Bạn từ 18 tuổi trở lên.
plan-why-danger = Có thể có trẻ đang gặp nguy hiểm ngay lúc này.
plan-why-no-danger = Không có trẻ nào đang gặp nguy hiểm ngay lúc này.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost đã dùng quy tắc { $rule }. Quy tắc này dựa trên những gì mỗi dịch vụ nói về mục đích của mình. Mỗi bước ở trên đều nói lý do.
plan-start-again = Bắt đầu lại với câu trả lời khác

## The steps of a plan

plan-step-number = Bước { $number }
step-other-places = Những nơi khác có thể giúp về việc này
# $number is the number exactly as the service writes it.
step-call = Gọi { $number }
step-text = Nhắn tin đến { $number }
step-more-about-number = Thông tin thêm về số này
step-website = Đến trang web của họ
step-fact-name = Tên của bạn
step-fact-when = Khi nào
step-fact-who-for = Dành cho ai
step-anonymous = Bạn có thể báo cáo mà không cần cho biết tên.
step-not-anonymous = Bạn sẽ được hỏi tên và thông tin liên hệ.
step-ages-between = Từ { $min } đến { $max } tuổi
step-ages-up-to = Đến { $max } tuổi
step-ages-from = Từ { $min } tuổi
# $date is the date the details were last checked (date-long).
step-last-checked = Kiểm tra lần cuối { $date }.
step-checked-own-site = Đã kiểm tra trên trang web của chính dịch vụ.
step-checked-third-party = Tìm thấy trên một trang web khác: hãy kiểm tra cả trang của chính dịch vụ.
step-checked-conflict = Các nguồn không thống nhất về một số chi tiết: hãy kiểm tra trang của chính dịch vụ.
step-details-summary = Bạn cần chuẩn bị gì và điều gì sẽ xảy ra tiếp theo
step-details-about = Đây là gì:
step-details-need = Bạn cần chuẩn bị:
step-details-next = Điều gì xảy ra tiếp theo:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = ngày { $day } tháng { $month } năm { $year }

## Staying safe while you use this site

staying-safe-title = Giữ an toàn khi dùng trang này
staying-safe-lead = Nếu có người có thể kiểm tra điện thoại hoặc máy tính của bạn, những điều sau có thể giúp bạn.
staying-safe-does-heading = Signpost làm gì
staying-safe-no-keeping = Signpost không lưu câu trả lời của bạn. Signpost không dùng cookie và không lưu gì trên thiết bị của bạn.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Câu trả lời của bạn không nằm trong địa chỉ web, nên các trang trong lịch sử duyệt web của bạn chỉ có tên “Signpost”, “{ $questions }” và “{ $plan }”.
# $exit is the name of the button (exit-link).
staying-safe-exit = Nút “{ $exit }” ở đầu mỗi trang sẽ đưa bạn thẳng đến một trang web thời tiết. Nếu trình duyệt của bạn chạy JavaScript, bấm phím Shift ba lần cũng có tác dụng như vậy, và nút quay lại sẽ không đưa bạn trở lại đây.
staying-safe-cannot-heading = Những gì Signpost không thể che giấu
staying-safe-history-shows = Lịch sử trình duyệt vẫn cho thấy bạn đã vào trang này. Bạn có thể xóa lịch sử trong phần cài đặt của trình duyệt, hoặc dùng cửa sổ riêng tư hay ẩn danh.
staying-safe-phone-bill = Các cuộc gọi đến đường dây trợ giúp có thể hiện trên hóa đơn điện thoại, trừ khi đường dây đó nói là không. Nhiều đường dây trợ giúp cho trẻ em không hiện trên hóa đơn.
staying-safe-screen = Người có thể nhìn thấy màn hình của bạn, hoặc đã cài phần mềm theo dõi trên thiết bị của bạn, vẫn có thể thấy những gì bạn làm. Nếu bạn nghĩ điều đó đang xảy ra, hãy dùng thiết bị mà họ không thể đụng tới, như máy tính ở trường, ở thư viện hoặc của bạn bè.
staying-safe-back = Quay lại trang đầu

## The error page

error-still-help = Bạn vẫn có thể báo cáo hoặc nhận trợ giúp
error-try-again = Thử lại
