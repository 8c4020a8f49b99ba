### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Signpost를 통한 아동 보호 우려: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Signpost를 통한 아동 보호 우려
mail-intro = 누군가 Signpost를 이용해 { $organisation }에 아동의 안전에 관한 우려를 전했습니다.
mail-no-copy = Signpost는 이 메시지의 사본을 보관하지 않습니다. 귀 기관의 아동 보호 절차에 따라 처리해 주십시오.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = 이 사람이 Signpost를 사용한 언어: { $language }
# Between the message in the person's language and the same message in English.
mail-english-follows = 아래는 같은 메시지의 영어판입니다.
mail-answers-heading = ■ 답변 내용
mail-answer-where = 있는 곳
mail-answer-worry = 걱정하는 일
mail-answer-danger = 지금 위험에 처한 아동이 있음
mail-answer-under-18 = 본인이 18세 미만임
mail-yes = 예
mail-no = 아니요
mail-wrote-heading = ■ 작성한 내용
mail-reach-heading = ■ 연락 방법
mail-reach-anonymous = 익명으로 남기를 선택했습니다.
mail-reach-name = 이름
mail-reach-email = 이메일
mail-reach-phone = 전화
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = ■ Signpost가 안내한 곳 (규칙 { $rule }, 범위 { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = 전화 { $phone }
mail-removed-address = [웹 주소 삭제됨: Signpost가 이 사람에게 신고 센터에 신고하도록 안내했습니다]
mail-automatic = 이 메시지는 자동으로 발송되었습니다. 이 주소로 보낸 답장은 읽히지 않습니다.
