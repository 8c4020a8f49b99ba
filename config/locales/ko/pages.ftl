### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = 오류: { $title }
skip-to-main = 본문으로 건너뛰기
# The button at the top of every page that leaves at once for a weather website.
exit-link = 이 사이트 바로 나가기
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = { "" }
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = 날씨
footer-staying-safe = 이 사이트를 안전하게 이용하는 방법
footer-nothing-kept = Signpost는 알려 준 내용을 아무것도 보관하지 않아요. 긴급 구조 서비스가 아니에요.
# The label of the list of languages on every page (read by screen readers).
language-list-label = 언어
language-own-label = 선택한 나라의 언어:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (새 탭에서 열림)
# Before an error message under a question (read by screen readers).
error-prefix = 오류:
error-summary-title = 문제가 있어요

## The emergency box (start and error pages)

emergency-heading = 지금 위험에 처한 아동이 있다면
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = 지금 바로 { $number }에 전화하세요 ({ $country }).
emergency-call-local = 지금 바로 그 지역의 긴급 전화번호로 전화하세요.

## The start page

start-title = 도움받을 수 있는 곳 찾기
start-heading = 온라인에서 아동의 안전이 걱정되나요?
start-lead = 짧은 질문 네 개에 답하면, Signpost가 내가 있는 나라에서 어디에 신고하고 누구와 이야기할 수 있는지 알려 줘요. 알려 준 내용은 아무것도 보관하지 않아요.
start-button = 시작하기
start-before-heading = 시작하기 전에
start-before-no-images = 아동의 성적인 사진은 신고하려는 목적이라도 다운로드하거나, 화면 캡처하거나, 공유하지 마세요. 대신 웹 주소를 복사하세요.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = 다른 사람의 휴대폰이나 컴퓨터로 이 사이트를 이용해도 돼요. 언제든지 ‘{ $exit }’ 버튼을 누르세요.

## The questions

questions-title = 무슨 일이 있는지 알려 주세요
questions-intro = 답은 알맞은 곳을 찾는 데에만 쓰여요. 아무것도 저장되지 않아요.
questions-country-label = 어디에 있나요?
questions-country-hint = 지금 있는 나라나 지역을 고르세요.
questions-country-choose = 나라 또는 지역 고르기
questions-danger-legend = 지금 위험에 처한 아동이 있나요?
questions-danger-hint = 예를 들어, 누군가 아동을 해치고 있거나 곧 만나려고 하는 경우예요.
questions-danger-yes = 예
questions-danger-no = 아니요
questions-danger-not-sure = 잘 모르겠어요
questions-reporter-legend = 18세 미만인가요?
questions-reporter-child = 네, 18세 미만이에요
questions-reporter-adult = 아니요, 18세 이상이에요
questions-concern-legend = 무엇이 걱정되나요?
questions-continue = 계속
questions-error-country = 지금 있는 나라나 지역을 고르세요
questions-error-danger = 지금 위험에 처한 아동이 있는지 고르세요
questions-error-reporter = 18세 미만인지 고르세요
questions-error-concern = 걱정되는 일을 고르세요

## The plan

plan-title = 도움받을 수 있는 곳
plan-heading-child = 혼날 일은 없어요. 도와줄 수 있는 곳이 있어요.
plan-lead-child = 도움을 찾은 것은 잘한 일이에요. 이 단계를 순서대로 따라 해 보세요. 언제든지 멈춰도 돼요.
plan-heading-adult = 신고하고 도움받을 수 있는 곳
plan-lead-adult = 이 단계를 순서대로 따르세요. { $country } 기준이에요.
plan-international = 일부는 국제 서비스예요. { $country }에서 이 문제를 다루는 곳을 저희가 알지 못하기 때문이에요. 이 서비스들은 어디에서든 신고를 받아요.
plan-advice-heading-child = 도움이 되는 것들
plan-advice-heading-adult = 해야 할 일과 하지 말아야 할 일
plan-why-summary = 왜 이 단계인가요?
plan-why-told-us = 알려 준 내용:
plan-why-country = 지금 있는 곳: { $country }
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = 걱정되는 일: { $concern }
plan-why-child = 18세 미만이에요.
plan-why-adult = 18세 이상이에요.
plan-why-danger = 지금 위험에 처한 아동이 있을 수 있어요.
plan-why-no-danger = 지금 위험에 처한 아동은 없어요.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost는 { $rule } 규칙을 사용했어요. 각 서비스가 스스로 밝힌 역할을 따르고 있어요. 위의 각 단계에 그 이유가 적혀 있어요.
plan-start-again = 다른 답으로 다시 시작하기

## The steps of a plan

plan-step-number = { $number }단계
step-other-places = 이 문제로 도움받을 수 있는 다른 곳
# $number is the number exactly as the service writes it.
step-call = { $number }에 전화하기
step-text = { $number }에 문자 보내기
step-more-about-number = 이 번호에 대해 더 알아보기
step-website = 웹사이트로 가기
step-fact-name = 이름
step-fact-when = 운영 시간
step-fact-who-for = 대상
step-anonymous = 이름을 밝히지 않고 신고할 수 있어요.
step-not-anonymous = 이름과 연락처를 물어봐요.
step-ages-between = { $min }세~{ $max }세
step-ages-up-to = { $max }세까지
step-ages-from = { $min }세부터
# $date is the date the details were last checked (date-long).
step-last-checked = 마지막 확인: { $date }
step-checked-own-site = 서비스 공식 웹사이트에서 확인했어요.
step-checked-third-party = 다른 웹사이트에서 찾은 정보예요. 서비스 공식 페이지도 확인하세요.
step-checked-conflict = 출처마다 일부 내용이 달라요. 서비스 공식 페이지를 확인하세요.
step-details-summary = 필요한 것과 그다음 일어나는 일
step-details-about = 어떤 곳인가요:
step-details-need = 필요한 것:
step-details-next = 그다음 일어나는 일:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $year }년 { $month }월 { $day }일

## Staying safe while you use this site

staying-safe-title = 이 사이트를 안전하게 이용하는 방법
staying-safe-lead = 누군가 내 휴대폰이나 컴퓨터를 볼 수도 있다면, 이런 방법이 도움이 될 수 있어요.
staying-safe-does-heading = Signpost가 하는 일
staying-safe-no-keeping = Signpost는 답을 보관하지 않아요. 쿠키를 쓰지 않고, 기기에 아무것도 저장하지 않아요.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = 답은 웹 주소에 들어가지 않아서, 방문 기록에 남는 페이지 이름은 ‘Signpost’, ‘{ $questions }’, ‘{ $plan }’뿐이에요.
# $exit is the name of the button (exit-link).
staying-safe-exit = 모든 페이지 위쪽에 있는 ‘{ $exit }’ 버튼을 누르면 바로 날씨 웹사이트로 이동해요. 브라우저에서 JavaScript가 실행되면 Shift 키를 세 번 눌러도 똑같이 되고, 뒤로 가기 버튼을 눌러도 여기로 돌아오지 않아요.
staying-safe-cannot-heading = Signpost가 숨길 수 없는 것
staying-safe-history-shows = 브라우저 방문 기록에는 이 사이트에 방문한 사실이 여전히 남아요. 브라우저 설정에서 지우거나, 시크릿(비공개) 창을 사용하세요.
staying-safe-phone-bill = 상담 전화에 건 통화는 전화 요금 청구서에 나올 수 있어요. 상담 기관에서 나오지 않는다고 안내한 경우는 예외예요. 아동 상담 전화는 청구서에 나오지 않는 경우가 많아요.
staying-safe-screen = 내 화면을 볼 수 있는 사람이나, 내 기기에 추적 프로그램을 설치한 사람은 내가 하는 일을 여전히 볼 수 있어요. 그런 일이 생기고 있다고 생각되면 학교, 도서관, 친구의 컴퓨터처럼 그 사람이 손댈 수 없는 기기를 사용하세요.
staying-safe-back = 처음으로 돌아가기

## The error page

error-still-help = 지금도 신고하거나 도움을 받을 수 있어요
error-try-again = 다시 시도하기
