### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = 어디에서 일어났나요? (선택)
questions-platform-hint = 이 목록에 있는 앱, 게임 또는 사이트에서 일어났다면 선택하세요. 그곳에서 신고하는 방법도 계획에 알려 드립니다. 이 질문은 건너뛰어도 됩니다. 계획은 그대로입니다.
questions-platform-skip = 이 질문 건너뛰기
questions-platform-group-platforms = 앱, 게임, 사이트
questions-platform-group-other = 기타
questions-error-platform = 일어난 곳을 목록에서 선택하거나 이 질문을 건너뛰세요

## The fixed answers (a platform's own name is shown for the others)

place-website = 웹사이트
place-elsewhere-online = 온라인의 다른 곳
place-not-online = 온라인이 아님
place-rather-not-say = 말하고 싶지 않음

## The step

role-platform-heading = 플랫폼에도 신고하기
role-platform-about = 앱, 게임 또는 사이트의 자체 안전팀으로, 규칙을 어기는 콘텐츠를 삭제하고 계정을 정지할 수 있습니다.
role-platform-need = 계정 이름과 플랫폼에서 그것을 본 위치. 사진 자체는 절대 보내지 마세요.
role-platform-next = 플랫폼 안전팀이 신고를 검토하고 콘텐츠를 삭제하거나 계정을 정지할 수 있습니다.
platform-step-heading = { $platform }에도 신고하기
platform-why-adult = 플랫폼에도 신고하면 플랫폼이 해당 계정에 조치를 취할 수 있습니다. 위의 단계를 마친 뒤에 하세요. 그 단계를 대신하지 않습니다.
platform-why-adult-images = 사진은 먼저 신고 센터에 신고하세요. 사진을 삭제하고 경찰에 넘기게 하는 것은 바로 그 신고입니다. 플랫폼에 계정을 신고하는 것은 추가일 뿐, 결코 대신할 수 없습니다.
platform-why-child = 앱, 게임 또는 사이트에도 알릴 수 있어요. 위의 단계에 더해서 하는 것이지, 그 단계를 대신하는 것이 아니에요.
platform-why-child-images = 먼저 위 단계에서 신고 센터에 신고하세요. 앱이나 사이트에도 알리는 건 추가로 하는 일이에요. 앱이나 사이트는 그 계정을 정지할 수 있어요.
platform-report-link = { $platform }에 신고하기
platform-in-app = 앱 안에서:
platform-passes-to-ncmec = { $platform }은(는) 신고를 미국 국립 실종·착취 아동 센터(NCMEC)에 전달한다고 밝히고 있습니다.
platform-passes-to-police = { $platform }은(는) 신고를 경찰에 전달한다고 밝히고 있습니다.
platform-passes-to-ncmec-police = { $platform }은(는) 신고를 NCMEC(미국 국립 실종·착취 아동 센터)와 경찰에 전달한다고 밝히고 있습니다.
platform-account-needed = 그곳에서 신고하려면 { $platform } 계정이 필요합니다.
platform-account-not-needed = 그곳에서 신고하는 데 { $platform } 계정은 필요하지 않습니다.
platform-advice-heading = 그곳에서 신고할 때
platform-advice-adult-block = 신고한 뒤에 그 계정을 차단하세요.
platform-advice-adult-keep = 대화, 메시지, 프로필을 삭제하지 마세요. 경찰에 필요할 수 있습니다.
platform-advice-adult-images = 아동의 성적인 사진은 신고하기 위해서라도 절대 보내거나, 전달하거나, 저장하거나, 화면 캡처하지 마세요.
platform-advice-child-block = 계정을 신고한 뒤에는 연락하지 못하도록 차단하세요.
platform-advice-child-keep = 지우고 싶더라도 채팅이나 메시지를 지우지 마세요. 경찰에게 도움이 될 수 있어요.
platform-advice-child-images = 신고하기 위해서라도 그 사진은 절대 보내거나 저장하지 마세요. 혼날 일은 없어요.

## The plan's answers, and the email

plan-why-platform = 일어난 곳: { $platform }.
mail-answer-platform = 일어난 곳
