### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost가 받을 수 없는 내용이에요
error-unsupported-form = Signpost는 질문에 대한 답만 받아요. 파일이나 사진은 절대 받지 않아요. 사진은 어디에도 보내지 마세요. 대신 국가 신고 센터에 신고하세요.
error-unsupported-json = 답은 Content-Type: application/json을 사용해 JSON으로 보내 주세요. Signpost는 파일이나 이미지를 절대 받지 않아요. 이미지는 국가 신고 센터에 신고하세요.
error-too-large-title = 너무 길어요
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost는 최대 { $kib } KiB까지만 받아요. 파일이나 사진은 절대 받지 않아요.
error-body-unreadable-title = 답이 전달되지 않았어요
error-body-unreadable = 연결이 끊겼어요. 다시 시도해 주세요.
error-bad-json-title = 요청 형식이 잘못되었어요
error-bad-form-title = 답을 읽을 수 없었어요
error-bad-form = 질문 페이지로 돌아가서 다시 답해 주세요.
error-invalid-title = 답이 올바르지 않아요
error-invalid = 빠졌거나 올바르지 않은 답이 있어요. 각각 errors에 나와 있어요.
error-not-found-title = 페이지를 찾을 수 없어요
error-not-found = 이 주소에는 페이지가 없어요.
error-image-title = Signpost는 사진을 받을 수 없어요
error-image = 보낸 것이 사진처럼 보여요. Signpost는 사진을 절대 받지 않으며, 아무것도 전송되지 않았어요. 신고하려는 목적이라도 사진은 누구에게도 보내지 마세요. 공유하면 사진이 더 퍼지고, 많은 나라에서 범죄예요. 온라인에서 아동의 성적인 사진을 봤다면, 웹 주소를 복사해서 국가 신고 센터에 신고하세요.
error-binary-title = Signpost가 읽을 수 없는 내용이에요
error-binary = 보낸 것이 글자가 아니에요. Signpost는 입력한 글자만 받고, 파일이나 사진은 절대 받지 않아요.
error-rate-limited-title = 잠시 기다려 주세요
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = 짧은 시간 동안 이 연결에서 요청이 너무 많이 와서, Signpost가 { $minutes ->
       *[other] { $minutes }분
    } 동안 응답과 메시지 전달을 잠시 멈췄어요. 아래 기관에서는 지금도 도움을 받을 수 있어요.
