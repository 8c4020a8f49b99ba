### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = Có trẻ đang gặp nguy hiểm ngay lúc này. Các dịch vụ khẩn cấp có thể hành động ngay. Hãy gọi họ trước, sau đó làm theo các bước còn lại.
danger-no-number-known = Hãy gọi ngay số khẩn cấp ở nơi bạn đang ở. Nếu bạn không biết số này, hãy đến đồn cảnh sát gần nhất hoặc nhờ người ở gần bạn gọi giúp.
police-door-why-police = Theo những gì chúng tôi biết, ở quốc gia này không có dịch vụ chuyên biệt cho việc này. Cảnh sát có thể tiếp nhận báo cáo của bạn.
police-door-why-emergency-number = Theo những gì chúng tôi biết, ở quốc gia này không có dịch vụ chuyên biệt cho việc này, và không có đường dây riêng của cảnh sát. Bạn có thể liên hệ cảnh sát qua số này.
police-door-about-emergency-number = Đây cũng là số khẩn cấp. Bạn có thể dùng số này để báo cho cảnh sát những gì bạn biết, kể cả khi không có chuyện gì đang xảy ra lúc này.

## The concerns, in plain words

concern-abuse-imagery-label = Hình ảnh hoặc video tình dục trẻ em trên mạng
concern-abuse-imagery-description = Bạn đã thấy hình ảnh hoặc video trên mạng thể hiện trẻ em theo cách tình dục.
concern-grooming-label = Có người trên mạng nói chuyện tình dục với trẻ
concern-grooming-description = Có người đang nhắn tin với trẻ về tình dục, đòi hình ảnh, hoặc tìm cách gặp trẻ.
concern-sextortion-label = Có người đe dọa phát tán hình ảnh tình dục
concern-sextortion-description = Có người nói sẽ phát tán hình ảnh tình dục của một người trẻ nếu người đó không trả tiền hoặc không gửi thêm.
concern-image-shared-label = Ảnh khỏa thân của người dưới 18 tuổi đã bị chia sẻ
concern-image-shared-description = Ảnh khỏa thân hoặc ảnh tình dục của người dưới 18 tuổi (có thể là bạn) đã bị chia sẻ, hoặc có thể sẽ bị chia sẻ.
concern-child-abuse-label = Một trẻ có thể đang bị xâm hại tình dục
concern-child-abuse-description = Bạn lo rằng một trẻ đang bị xâm hại tình dục, không chỉ trên mạng.
concern-adult-behaviour-label = Hành vi của một người lớn đối với trẻ em
concern-adult-behaviour-description = Bạn lo về cách một người lớn cư xử với trẻ em, hoặc những gì người đó xem trên mạng.
concern-own-thoughts-label = Suy nghĩ hoặc hành vi của chính tôi
concern-own-thoughts-description = Bạn lo về suy nghĩ hoặc hành vi tình dục của chính mình đối với trẻ em.
concern-not-sure-label = Tôi không chắc
concern-not-sure-description = Có điều gì đó khiến bạn lo lắng, nhưng không khớp với mục nào ở đây.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Gọi số khẩn cấp ngay
role-emergency-about = Các dịch vụ khẩn cấp: cảnh sát, cấp cứu và cứu hỏa.
role-emergency-need = Nói bạn đang ở đâu và chuyện gì đang xảy ra. Đừng gác máy.
role-emergency-next = Người trực tổng đài sẽ cho bạn biết cần làm gì và gửi người đến giúp.

role-police-heading = Báo cho cảnh sát
role-police-about = Cảnh sát, cho những việc không đang xảy ra lúc này.
role-police-need = Bất cứ điều gì bạn biết: tên, địa điểm, ngày tháng, và những gì bạn đã thấy hoặc được kể lại.
role-police-next = Cảnh sát ghi lại những gì bạn cho biết và quyết định cần làm gì để giữ an toàn cho trẻ em.

role-csam-hotline-heading = Báo cáo địa chỉ web
role-csam-hotline-about = Các chuyên gia kiểm tra báo cáo về hình ảnh hoặc video tình dục trẻ em trên mạng và yêu cầu gỡ bỏ chúng.
role-csam-hotline-need = Địa chỉ web (đường link) của trang đó. Không cần gì khác: không hình ảnh, không ảnh chụp màn hình.
role-csam-hotline-next = Một chuyên viên phân tích sẽ kiểm tra trang đó. Nếu nội dung là bất hợp pháp, họ sẽ tìm cách gỡ bỏ và báo cho cảnh sát.

role-grooming-report-heading = Báo cáo người đó
role-grooming-report-about = Cảnh sát và chuyên gia bảo vệ trẻ em, những người xử lý các đối tượng tìm cách xâm hại trẻ em trên mạng.
role-grooming-report-need = Tên người dùng, đường link hồ sơ, địa chỉ web, ngày và giờ. Bạn có thể kèm ảnh chụp màn hình cuộc trò chuyện, nhưng tuyệt đối không chụp hình ảnh tình dục của trẻ em.
role-grooming-report-next = Một chuyên viên bảo vệ trẻ em đọc báo cáo của bạn và quyết định cần làm gì để giữ an toàn cho trẻ.

role-image-removal-heading = Yêu cầu gỡ bỏ hình ảnh
role-image-removal-about = Giúp gỡ bỏ ảnh hoặc video khỏa thân của một người trẻ, và ngăn nó bị chia sẻ lại.
role-image-removal-need = Thiết bị có chứa hình ảnh, hoặc địa chỉ web nơi hình ảnh đã bị chia sẻ. Đừng gửi hình ảnh cho bất kỳ ai.
role-image-removal-next = Dịch vụ sẽ tạo một dấu vân tay số của hình ảnh để các trang web có thể tìm và xóa các bản sao.

role-child-helpline-heading = Nói chuyện với ai đó
role-child-helpline-about = Đường dây trợ giúp miễn phí cho trẻ em và người trẻ, về bất cứ điều gì khiến các em lo lắng.
role-child-helpline-need = Không cần gì cả. Bạn chỉ cần gọi hoặc nhắn tin và trò chuyện.
role-child-helpline-next = Một tư vấn viên được đào tạo sẽ lắng nghe và giúp bạn tìm ra cách làm. Bạn là người quyết định điều gì sẽ xảy ra.

role-abuse-helpline-heading = Xin tư vấn về một trẻ em
role-abuse-helpline-about = Tư vấn cho người lớn đang lo lắng về một trẻ em.
role-abuse-helpline-need = Những gì bạn đã thấy hoặc được kể lại, và khi nào. Bạn không cần có bằng chứng.
role-abuse-helpline-next = Một tư vấn viên sẽ trao đổi với bạn và có thể chuyển mối lo ngại đến những người bảo vệ trẻ em.

role-prevention-heading = Nhận trợ giúp bảo mật
role-prevention-about = Trợ giúp bảo mật cho những người lo lắng về suy nghĩ hoặc hành vi tình dục đối với trẻ em.
role-prevention-need = Không cần gì cả. Bạn có thể ẩn danh.
role-prevention-next = Một tư vấn viên được đào tạo sẽ lắng nghe mà không phán xét và giúp bạn lập kế hoạch để giữ an toàn.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Sao chép địa chỉ web (đường link) của trang đó. Đường dây nóng chỉ cần có vậy.
advice-abuse-imagery-adult-2 = Đừng tải xuống, chụp màn hình, lưu, chia sẻ hay chuyển tiếp các hình ảnh, kể cả để làm bằng chứng. Làm vậy sẽ khiến chúng lan rộng và là tội phạm ở nhiều quốc gia.
advice-abuse-imagery-adult-3 = Đừng tìm xem thêm. Bạn không cần chứng minh điều gì là bất hợp pháp.
advice-abuse-imagery-adult-4 = Chỉ báo cáo một lần, cho đường dây nóng quốc gia của bạn. Thường thì bạn có thể ẩn danh.
advice-abuse-imagery-child-1 = Bạn sẽ không bị trách phạt. Việc nhìn thấy những thứ này không phải lỗi của bạn.
advice-abuse-imagery-child-2 = Sao chép địa chỉ web (đường link) của trang đó, rồi đóng trang lại.
advice-abuse-imagery-child-3 = Đừng lưu, chụp màn hình hay gửi những hình ảnh đó cho bất kỳ ai, kể cả để cho người khác thấy bạn đã xem gì.
advice-abuse-imagery-child-4 = Hãy nói chuyện với một người lớn mà bạn tin tưởng, hoặc với đường dây trợ giúp trẻ em. Bạn không phải tự mình đối mặt với chuyện này.

advice-grooming-adult-1 = Giữ lại các tin nhắn. Ghi lại tên người dùng, đường link hồ sơ, địa chỉ web, ngày và giờ.
advice-grooming-adult-2 = Bạn có thể chụp màn hình cuộc trò chuyện, nhưng tuyệt đối không chụp hình ảnh tình dục nào của trẻ em: đừng lưu, chụp màn hình hay chia sẻ những hình ảnh đó.
advice-grooming-adult-3 = Đừng đối chất với người đó hay giả làm đứa trẻ. Việc đó có thể khiến trẻ gặp nguy hiểm hơn và gây hại cho cuộc điều tra.
advice-grooming-adult-4 = Hãy báo cáo trước khi chặn, để không mất bằng chứng.
advice-grooming-child-1 = Bạn sẽ không bị trách phạt. Đó không phải lỗi của bạn, kể cả khi bạn đã gửi gì đó hoặc đã đồng ý điều gì đó.
advice-grooming-child-2 = Bạn không cần phải trả lời. Hãy ngừng trò chuyện, nhưng giữ lại các tin nhắn để có thể cho người khác xem.
advice-grooming-child-3 = Đừng đồng ý gặp người đó.
advice-grooming-child-4 = Hãy kể với một người lớn mà bạn tin tưởng, hoặc nói chuyện với đường dây trợ giúp trẻ em. Họ sẽ giúp bạn.

advice-sextortion-adult-1 = Đừng trả tiền và đừng gửi thêm gì nữa. Trả tiền hiếm khi chấm dứt được lời đe dọa.
advice-sextortion-adult-2 = Ngừng liên lạc, nhưng giữ lại tin nhắn, tên người dùng và thông tin thanh toán làm bằng chứng. Hãy báo cáo trước khi chặn.
advice-sextortion-adult-3 = Đừng lưu, chụp màn hình hay chia sẻ chính những hình ảnh tình dục đó.
advice-sextortion-adult-4 = Người trẻ đang bị đe dọa cần được nghe rằng đó không phải lỗi của em và em sẽ không bị trách phạt.
advice-sextortion-child-1 = Bạn sẽ không bị trách phạt. Người đe dọa bạn mới là người làm sai.
advice-sextortion-child-2 = Đừng trả tiền và đừng gửi thêm gì nữa.
advice-sextortion-child-3 = Hãy ngừng trả lời, nhưng giữ lại các tin nhắn để có thể cho người khác xem.
advice-sextortion-child-4 = Hãy kể với một người lớn mà bạn tin tưởng, hoặc nói chuyện với đường dây trợ giúp trẻ em. Có những cách để gỡ bỏ hình ảnh.

advice-image-shared-adult-1 = Đừng tải xuống, lưu, chụp màn hình hay chuyển tiếp hình ảnh đó, kể cả để báo cáo. Làm vậy sẽ khiến nó lan rộng và là tội phạm ở nhiều quốc gia.
advice-image-shared-adult-2 = Take It Down hoạt động từ thiết bị đã chụp hình ảnh: hình ảnh vẫn nằm ở đó, chỉ có một dấu vân tay số được chia sẻ.
advice-image-shared-adult-3 = Nếu hình ảnh nằm trên một trang web, hãy sao chép địa chỉ web và báo cáo với đường dây nóng.
advice-image-shared-adult-4 = Hãy trấn an người trẻ: đó không phải lỗi của em và em sẽ không bị trách phạt.
advice-image-shared-child-1 = Bạn sẽ không bị trách phạt. Rất nhiều người trẻ đã từng trải qua chuyện này, và chuyện này có thể giải quyết được.
advice-image-shared-child-2 = Đừng gửi hình ảnh đó cho bất kỳ ai, kể cả để báo cáo.
advice-image-shared-child-3 = Có những dịch vụ giúp gỡ bỏ hình ảnh mà bạn không phải chia sẻ lại chúng.
advice-image-shared-child-4 = Hãy nói chuyện với đường dây trợ giúp trẻ em hoặc một người lớn mà bạn tin tưởng. Bạn không phải tự mình đối mặt với chuyện này.

advice-child-abuse-adult-1 = Bạn không cần bằng chứng để xin tư vấn hay báo cáo một mối lo ngại.
advice-child-abuse-adult-2 = Đừng đối chất với người mà bạn lo ngại. Việc đó có thể khiến trẻ gặp nguy hiểm hơn.
advice-child-abuse-adult-3 = Nếu một trẻ kể với bạn về việc bị xâm hại, hãy lắng nghe, giữ bình tĩnh, nói với trẻ rằng đó không phải lỗi của trẻ, và đừng hứa giữ bí mật.
advice-child-abuse-adult-4 = Ghi lại những gì bạn đã thấy hoặc được kể, kèm ngày tháng, bằng đúng những từ đã được dùng.
advice-child-abuse-adult-5 = Đường dây trợ giúp có thể cho phép bạn giữ kín tên, nhưng sẽ chuyển tiếp bất cứ thông tin nào cho thấy một trẻ đang gặp nguy cơ.
advice-child-abuse-child-1 = Đó không phải lỗi của bạn, và bạn sẽ không bị trách phạt.
advice-child-abuse-child-2 = Bạn có thể nói chuyện với một người sẽ lắng nghe và giúp đỡ bạn. Bạn có thể kể nhiều hay ít tùy ý.
advice-child-abuse-child-3 = Nếu bây giờ chưa an toàn để nói chuyện, bạn có thể gọi hoặc nhắn tin sau.
advice-child-abuse-child-4 = Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn cấp.

advice-adult-behaviour-adult-1 = Bạn có thể trao đổi một cách bảo mật trước khi quyết định sẽ làm gì.
advice-adult-behaviour-adult-2 = Đừng tự mình đối chất với người đó. Việc đó có thể khiến trẻ em gặp nguy hiểm hơn.
advice-adult-behaviour-adult-3 = Đừng xem, tải xuống hay chia sẻ bất kỳ hình ảnh nào để kiểm tra. Thay vào đó, hãy ghi lại địa chỉ web, tên và ngày tháng.
advice-adult-behaviour-adult-4 = Nếu bạn nghĩ một trẻ đang bị làm hại, hãy báo cho cảnh sát hoặc cơ quan bảo vệ trẻ em.
advice-adult-behaviour-child-1 = Bạn sẽ không bị trách phạt vì đã kể với ai đó.
advice-adult-behaviour-child-2 = Hãy nói chuyện với một người lớn mà bạn tin tưởng, hoặc với đường dây trợ giúp trẻ em. Họ có thể giúp bạn quyết định nên làm gì.
advice-adult-behaviour-child-3 = Hãy tránh xa người đó nếu có thể, và đừng gặp người đó một mình.

advice-own-thoughts-adult-1 = Tìm kiếm sự giúp đỡ là việc đúng đắn. Bạn có thể nhận trợ giúp bảo mật để giữ an toàn cho bản thân và cho trẻ em.
advice-own-thoughts-adult-2 = Nếu bạn đã từng xem hình ảnh tình dục trẻ em, hãy dừng lại ngay. Các dịch vụ phòng ngừa có thể giúp bạn dừng lại, và nhiều dịch vụ cho phép ẩn danh.
advice-own-thoughts-adult-3 = Nếu bạn nghĩ mình có thể sắp làm hại một trẻ em, hãy tìm trợ giúp ngay lập tức.
advice-own-thoughts-child-1 = Bạn không đơn độc, và thật tốt khi bạn muốn nói về chuyện này.
advice-own-thoughts-child-2 = Người trẻ có thể nhận trợ giúp bảo mật để hiểu suy nghĩ của mình và giữ an toàn.
advice-own-thoughts-child-3 = Hãy nói chuyện với đường dây trợ giúp trẻ em hoặc một người lớn mà bạn tin tưởng.

advice-not-sure-adult-1 = Bạn không cần phải chắc chắn mới được xin tư vấn. Một đường dây trợ giúp có thể cùng bạn trao đổi.
advice-not-sure-adult-2 = Đừng tìm, lưu hay chia sẻ bất kỳ hình ảnh nào để kiểm tra xem đó là gì.
advice-not-sure-adult-3 = Nếu có trẻ đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn cấp.
advice-not-sure-child-1 = Bạn sẽ không bị trách phạt vì đã hỏi.
advice-not-sure-child-2 = Bạn có thể nói chuyện với đường dây trợ giúp trẻ em về bất cứ điều gì khiến bạn lo lắng.
advice-not-sure-child-3 = Nếu bạn hoặc một trẻ khác đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn cấp.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = Đây là nơi báo cáo hình ảnh tình dục trẻ em nhìn thấy trên mạng. Các chuyên viên phân tích kiểm tra trang và yêu cầu gỡ bỏ; bạn chỉ cần cung cấp địa chỉ web.
why-abuse-imagery-child-csam-hotline = Đây là nơi báo cáo hình ảnh hoặc video tình dục trẻ em trên mạng. Bạn chỉ cần cung cấp địa chỉ web, và không cần cho biết tên.
why-abuse-imagery-child-child-helpline = Nhìn thấy những thứ này có thể khiến bạn bất an. Bạn có thể nói chuyện với ai đó về điều này, miễn phí.
why-grooming-adult-grooming-report = Đây là nơi báo cáo người nói chuyện tình dục với trẻ trên mạng, đòi hình ảnh, hoặc tìm cách gặp trẻ.
why-grooming-adult-abuse-helpline = Nếu bạn muốn trao đổi trước, đường dây trợ giúp này tư vấn cho người lớn đang lo lắng về một trẻ em.
why-grooming-child-grooming-report = Bạn có thể báo cáo người đó ở đây. Những người được đào tạo để bảo vệ trẻ em sẽ đọc báo cáo.
why-grooming-child-child-helpline = Bạn có thể kể với ai đó về chuyện đã xảy ra, miễn phí. Bạn sẽ không bị phán xét.
why-sextortion-adult-grooming-report = Đây là nơi báo cáo người đe dọa phát tán hình ảnh tình dục của một người trẻ.
why-sextortion-adult-image-removal = Dịch vụ này giúp ngăn hình ảnh bị chia sẻ trên mạng.
why-sextortion-adult-image-removal-global = Take It Down hoạt động ở mọi nơi trên thế giới: dịch vụ giúp ngăn hình ảnh của một người trẻ bị chia sẻ, mà không ai phải xem chúng.
why-sextortion-adult-abuse-helpline = Đường dây trợ giúp này tư vấn cho người lớn đang lo lắng về một trẻ em.
why-sextortion-child-grooming-report = Bạn có thể báo cáo người đang đe dọa bạn ở đây. Bạn sẽ không bị trách phạt.
why-sextortion-child-image-removal = Dịch vụ này có thể giúp gỡ bỏ hình ảnh của bạn và ngăn chúng bị chia sẻ.
why-sextortion-child-image-removal-global = Take It Down hoạt động ở mọi nơi trên thế giới. Hình ảnh vẫn nằm trên thiết bị của bạn; chỉ có một dấu vân tay số được chia sẻ.
why-sextortion-child-child-helpline = Bạn có thể kể với ai đó về chuyện đang xảy ra, miễn phí. Họ sẽ giúp bạn.
why-image-shared-adult-image-removal = Dịch vụ này giúp gỡ bỏ ảnh khỏa thân của một người trẻ và ngăn nó bị chia sẻ.
why-image-shared-adult-image-removal-global = Take It Down hoạt động ở mọi nơi trên thế giới, cho những hình ảnh được chụp khi người đó dưới 18 tuổi. Hình ảnh vẫn nằm trên thiết bị; chỉ có một dấu vân tay số được chia sẻ.
why-image-shared-adult-csam-hotline = Nếu hình ảnh nằm trên một trang web, hãy báo cáo địa chỉ web ở đây để hình ảnh có thể được gỡ bỏ.
why-image-shared-adult-abuse-helpline = Đường dây trợ giúp này tư vấn cho người lớn đang lo lắng về một trẻ em.
why-image-shared-child-image-removal = Dịch vụ này giúp người trẻ gỡ bỏ ảnh khỏa thân của chính mình. Bạn sẽ không bị trách phạt.
why-image-shared-child-image-removal-global = Take It Down hoạt động ở mọi nơi trên thế giới. Hình ảnh vẫn nằm trên thiết bị của bạn; chỉ có một dấu vân tay số được chia sẻ.
why-image-shared-child-child-helpline = Bạn có thể kể với ai đó về chuyện đã xảy ra, miễn phí. Họ sẽ giúp bạn.
why-image-shared-child-csam-hotline = Nếu hình ảnh nằm trên một trang web, bạn có thể báo cáo địa chỉ web ở đây để hình ảnh có thể được gỡ bỏ.
why-child-abuse-adult-abuse-helpline = Bạn có thể trao đổi mối lo ngại của mình với các tư vấn viên được đào tạo. Họ có thể cho bạn biết nên làm gì và có thể chuyển thông tin đến những người bảo vệ trẻ em.
why-child-abuse-adult-police = Bạn có thể báo mối lo ngại của mình cho cảnh sát.
why-child-abuse-child-child-helpline = Bạn có thể nói chuyện với một người sẽ lắng nghe và giúp đỡ bạn, miễn phí. Đó không phải lỗi của bạn.
why-child-abuse-child-abuse-helpline = Dịch vụ này giúp bảo vệ trẻ em và cũng sẽ lắng nghe bạn.
why-child-abuse-child-police = Bạn cũng có thể báo cho cảnh sát. Bảo vệ trẻ em là một phần công việc của họ, và bạn sẽ không bị trách phạt.
why-adult-behaviour-adult-prevention = Bạn có thể trao đổi một cách bảo mật về hành vi của người khác đối với trẻ em và quyết định sẽ làm gì.
why-adult-behaviour-adult-abuse-helpline = Đường dây trợ giúp này tư vấn cho người lớn đang lo lắng về một trẻ em.
why-adult-behaviour-adult-police = Nếu bạn nghĩ một trẻ đang bị làm hại, bạn có thể báo cho cảnh sát.
why-adult-behaviour-child-child-helpline = Bạn có thể nói chuyện với ai đó về người lớn khiến bạn lo lắng, miễn phí. Bạn sẽ không bị trách phạt.
why-adult-behaviour-child-grooming-report = Nếu người lớn đó đang liên lạc với bạn hoặc một trẻ khác trên mạng, bạn có thể báo cáo ở đây.
why-own-thoughts-adult-prevention = Dịch vụ bảo mật này giúp những người lo lắng về suy nghĩ hoặc hành vi tình dục của chính mình đối với trẻ em.
why-own-thoughts-adult-prevention-global = Chương trình tự giúp trực tuyến miễn phí, ẩn danh, dùng được ở mọi nơi, bằng nhiều ngôn ngữ.
why-own-thoughts-child-child-helpline = Bạn có thể nói chuyện bảo mật với ai đó về những suy nghĩ khiến bạn lo lắng, miễn phí.
why-own-thoughts-child-prevention = Dịch vụ bảo mật này giúp mọi người, kể cả người trẻ, đang lo lắng về suy nghĩ tình dục của chính mình.
why-not-sure-adult-abuse-helpline = Bạn có thể trao đổi mối lo ngại của mình với các tư vấn viên được đào tạo, kể cả khi bạn không chắc chuyện gì đang xảy ra.
why-not-sure-child-child-helpline = Bạn có thể nói chuyện với ai đó về bất cứ điều gì khiến bạn lo lắng, miễn phí.
