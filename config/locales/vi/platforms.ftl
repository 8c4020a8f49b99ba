### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Việc này xảy ra ở đâu? (không bắt buộc)
questions-platform-hint = Nếu việc này xảy ra trên một ứng dụng, trò chơi hoặc trang web trong danh sách này, hãy chọn nó và kế hoạch của bạn sẽ cho biết cách báo cáo ở đó. Bạn có thể bỏ qua câu hỏi này: kế hoạch của bạn vẫn giữ nguyên.
questions-platform-skip = Bỏ qua câu hỏi này
questions-platform-group-platforms = Ứng dụng, trò chơi và trang web
questions-platform-group-other = Nơi khác
questions-error-platform = Hãy chọn trong danh sách nơi việc này xảy ra, hoặc bỏ qua câu hỏi này

## The fixed answers (a platform's own name is shown for the others)

place-website = Một trang web
place-elsewhere-online = Một nơi khác trên mạng
place-not-online = Không phải trên mạng
place-rather-not-say = Tôi không muốn nói

## The step

role-platform-heading = Báo cáo cả trên nền tảng
role-platform-about = Đội an toàn của chính ứng dụng, trò chơi hoặc trang web, có thể gỡ nội dung và khóa các tài khoản vi phạm quy định.
role-platform-need = Tên tài khoản và nơi bạn thấy nó trên nền tảng. Không bao giờ gửi chính các hình ảnh.
role-platform-next = Đội an toàn của nền tảng xem xét báo cáo và có thể gỡ nội dung hoặc khóa tài khoản.
platform-step-heading = Báo cáo cả trên { $platform }
platform-why-adult = Báo cáo cả với nền tảng giúp nền tảng xử lý tài khoản đó. Hãy làm việc này sau các bước ở trên, không phải thay cho chúng.
platform-why-adult-images = Hãy báo cáo các hình ảnh cho đường dây nóng trước: chính báo cáo đó giúp gỡ bỏ chúng và chuyển cho cảnh sát. Báo cáo cả tài khoản trên nền tảng chỉ là bổ sung, không bao giờ thay thế.
platform-why-child = Bạn cũng có thể báo cho ứng dụng, trò chơi hoặc trang web. Việc này là thêm vào các bước ở trên, không phải thay cho chúng.
platform-why-child-images = Hãy báo cáo cho đường dây nóng trước, ở bước phía trên. Báo cả cho ứng dụng hoặc trang web là việc làm thêm: họ có thể khóa tài khoản đó.
platform-report-link = Báo cáo cho { $platform }
platform-in-app = Trong ứng dụng:
platform-passes-to-ncmec = { $platform } cho biết họ chuyển các báo cáo đến NCMEC, Trung tâm Quốc gia về Trẻ em Mất tích và Bị bóc lột của Hoa Kỳ.
platform-passes-to-police = { $platform } cho biết họ chuyển các báo cáo cho cảnh sát.
platform-passes-to-ncmec-police = { $platform } cho biết họ chuyển các báo cáo đến NCMEC (Trung tâm Quốc gia về Trẻ em Mất tích và Bị bóc lột của Hoa Kỳ) và cho cảnh sát.
platform-account-needed = Bạn cần có tài khoản { $platform } để báo cáo ở đó.
platform-account-not-needed = Bạn không cần tài khoản { $platform } để báo cáo ở đó.
platform-advice-heading = Khi bạn báo cáo ở đó
platform-advice-adult-block = Hãy chặn tài khoản sau khi bạn đã báo cáo nó.
platform-advice-adult-keep = Đừng xóa cuộc trò chuyện, tin nhắn hoặc hồ sơ: cảnh sát có thể cần đến chúng.
platform-advice-adult-images = Không bao giờ gửi, chuyển tiếp, lưu hoặc chụp màn hình hình ảnh tình dục của trẻ em, kể cả để báo cáo.
platform-advice-child-block = Sau khi báo cáo tài khoản, hãy chặn nó để nó không thể liên lạc với bạn.
platform-advice-child-keep = Đừng xóa đoạn chat hoặc tin nhắn, dù bạn rất muốn. Chúng có thể giúp cảnh sát.
platform-advice-child-images = Không bao giờ gửi hoặc lưu các hình ảnh đó, kể cả để báo cáo. Bạn sẽ không bị trách phạt.

## The plan's answers, and the email

plan-why-platform = Nơi xảy ra: { $platform }.
mail-answer-platform = Nơi xảy ra
