### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = { $organisation }에도 알리기
tell-section-intro = { $organisation }에 속한 아동과 관련된 일이라면, 그곳의 아동 보호 담당 팀에도 메시지를 보낼 수 있어요. 이것이 위의 단계를 대신하지는 않아요. 그곳에 신고하는 것도 꼭 해 주세요.

## The form

tell-title = { $organisation }에 알리기
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = 이 칸은 비워 두세요
tell-text-label = { $organisation }에 무엇을 알리고 싶나요?
# $max is the largest number of characters allowed.
tell-text-hint = 무슨 일이 있었는지, 누가 관련되어 있는지, 언제였는지 적어 주세요. 성적인 사진을 붙여 넣거나 묘사하지 말고, 그 사진의 웹 주소도 적지 마세요. Signpost가 삭제해요. 최대 { $max }자까지 쓸 수 있어요.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = 남은 글자 수: { $count }
tell-count-over = 초과한 글자 수: { $count }
tell-contact-legend = { $organisation }에서 연락해도 될까요?
tell-contact-share = 네, 제 연락처를 알려 드릴게요
tell-contact-name = 이름 (선택)
tell-contact-email = 이메일 주소
tell-contact-phone = 전화번호
tell-contact-anonymous = 아니요, 익명으로 남고 싶어요
tell-who-reads-heading = 누가 읽나요
tell-who-reads-to = 메시지는 이메일로 { $organisation }의 아동 보호 담당 팀에 전달돼요.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = 메시지는 이메일로 { $organisation }의 아동 보호 담당 팀({ $recipients })에 전달돼요.
tell-who-reads-after = 연락처를 남기면 그쪽에서 연락할 수도 있어요. 아동의 안전을 지키기 위해, 작성한 내용을 경찰이나 아동 보호 기관에 전달할 수도 있어요. Signpost는 사본을 보관하지 않아요.
tell-consent = 누가 읽는지, 그리고 그 내용으로 무엇을 할 수 있는지 이해했어요
tell-continue = 계속

## Problems with what was typed

tell-error-text-empty = 알리고 싶은 내용을 적어 주세요
tell-error-text-too-long = 메시지가 너무 길어요. { $max }자 이하로 줄여 주세요
tell-error-contact-none = 이메일 주소나 전화번호를 적거나, 익명을 선택해 주세요
tell-error-email = name@example.com과 같은 형식으로 이메일 주소를 입력해 주세요
tell-error-phone = 07700 900 982와 같이 숫자로 전화번호를 입력해 주세요
tell-error-name-too-long = 이름은 { $max }자 이하여야 해요
tell-error-contact = 연락해도 되는지 선택해 주세요
tell-error-consent = 누가 읽는지 이해했다면 상자에 체크해 주세요

## Check before sending

tell-check-title = 보내기 전에 메시지를 확인하세요
tell-check-sent-to = 받는 곳
tell-check-sent-to-value = { $organisation }의 아동 보호 담당 팀
tell-check-you-wrote = 작성한 내용
tell-check-contact = 연락처
tell-check-anonymous = 익명을 선택했어요
tell-check-note = 보내기 전에 웹 주소는 삭제되거나 클릭할 수 없게 바뀌어요. { $organisation }에서는 질문에 대한 답과 Signpost가 안내한 곳도 보게 돼요. Signpost는 사본을 보관하지 않아요.
tell-check-send = { $organisation }에 보내기
tell-check-change = 메시지 고치기

## After sending (or trying to)

tell-sent-heading = { $organisation }에 보냈어요
tell-sent = 메시지가 { $organisation }의 아동 보호 담당 팀에 전송되었어요. Signpost는 사본을 보관하지 않았어요.
tell-not-sent-heading = 메시지가 전송되지 않았어요
tell-not-sent-other-site = 이 양식은 Signpost 페이지에서만 보낼 수 있어요. 메시지는 { $organisation }에 전달되지 않았어요.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = 짧은 시간 동안 여기에서 너무 많은 메시지가 전송되었어요. { $minutes ->
       *[other] { $minutes }분
    } 후에 다시 시도해 주세요. 메시지는 { $organisation }에 전달되지 않았어요.
tell-unconfirmed-heading = 메시지가 전송되었는지 확인하지 못했어요
tell-unconfirmed = 메시지를 넘기는 도중에 { $organisation }의 이메일 서버와 연결이 끊겨서, 도착했을 수도 있고 아닐 수도 있어요. 메시지는 아래에 있어요. 두 번 보내기보다는 다른 방법으로 { $organisation }에 연락해서 확인해 보세요.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } 메시지는 { $organisation }에 전달되지 않았어요. 아래에 있으니 복사하거나 다시 시도해 보세요.
tell-failure-unreachable = Signpost가 이메일 서버에 연결할 수 없었어요.
tell-failure-temporary = 이메일 서버가 바빠서 나중에 다시 시도해 달라고 했어요.
tell-failure-permanent = 이메일 서버가 메시지를 거부했어요.
tell-failure-timeout = 이메일 서버가 제시간에 응답하지 않았어요.
tell-failure-tls = Signpost가 이메일 서버와 보안 연결을 만들 수 없었어요.
tell-failure-compose = Signpost가 메시지를 준비할 수 없었어요.
tell-failure-no-recipient = Signpost는 지금 누구에게도 메시지를 전달할 수 없어요.
tell-result-your-message = 내 메시지
tell-result-copy = 작성한 내용이에요. 복사하거나 다시 시도해 보세요.
tell-result-you-wrote = 작성한 내용
tell-result-try-again = 다시 보내 보기
tell-result-change = 메시지 고치기
tell-result-still-heading = 이 단계들도 꼭 따라 주세요
tell-result-still = { $organisation }에 알리는 것이 올바른 곳에 신고하는 것을 대신하지는 않아요.
