### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = 지금 아동이 위험에 처해 있어요. 긴급 구조 기관은 바로 조치할 수 있어요. 먼저 그곳에 전화한 다음, 나머지 단계를 따르세요.
danger-no-number-known = 지금 바로 그 지역의 긴급 전화번호로 전화하세요. 번호를 모르면 가장 가까운 경찰서로 가거나, 주변 사람에게 도움을 요청하는 전화를 걸어 달라고 부탁하세요.
police-door-why-police = 저희가 아는 한, 이 나라에는 이 문제를 다루는 전문 기관이 없어요. 경찰에 신고할 수 있어요.
police-door-why-emergency-number = 저희가 아는 한, 이 나라에는 이 문제를 다루는 전문 기관도, 별도의 경찰 번호도 없어요. 이 번호로 경찰에 연락할 수 있어요.
police-door-about-emergency-number = 이 번호는 긴급 전화번호이기도 해요. 지금 당장 무슨 일이 일어나고 있지 않더라도, 알고 있는 것을 경찰에 알리는 데 쓸 수 있어요.

## The concerns, in plain words

concern-abuse-imagery-label = 온라인에 있는 아동의 성적인 사진이나 영상
concern-abuse-imagery-description = 온라인에서 아동을 성적으로 보여 주는 사진이나 영상을 봤어요.
concern-grooming-label = 누군가 온라인에서 아동에게 성적인 이야기를 해요
concern-grooming-description = 누군가 아동과 성에 관한 대화를 하거나, 사진을 요구하거나, 만나려고 해요.
concern-sextortion-label = 누군가 성적인 사진을 퍼뜨리겠다고 협박해요
concern-sextortion-description = 돈을 내거나 사진을 더 보내지 않으면 청소년의 성적인 사진을 퍼뜨리겠다고 누군가 말해요.
concern-image-shared-label = 18세 미만인 사람의 나체 사진이 공유되었어요
concern-image-shared-description = 18세 미만인 사람(본인일 수도 있어요)의 나체 사진이나 성적인 사진이 공유되었거나, 공유될 수도 있어요.
concern-child-abuse-label = 아동이 성적 학대를 당하고 있을지도 몰라요
concern-child-abuse-description = 온라인에서만이 아니라, 아동이 성적 학대를 당하고 있는 것 같아 걱정돼요.
concern-adult-behaviour-label = 아동을 대하는 어떤 어른의 행동
concern-adult-behaviour-description = 어떤 어른이 아동을 대하는 방식이나, 그 사람이 온라인에서 보는 것이 걱정돼요.
concern-own-thoughts-label = 나 자신의 생각이나 행동
concern-own-thoughts-description = 아동에 대한 나 자신의 성적인 생각이나 행동이 걱정돼요.
concern-not-sure-label = 잘 모르겠어요
concern-not-sure-description = 걱정되는 일이 있지만, 위의 어느 것에도 해당하지 않아요.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = 지금 바로 긴급 전화번호로 전화하기
role-emergency-about = 긴급 구조 기관: 경찰, 구급, 소방.
role-emergency-need = 어디에 있는지, 무슨 일이 일어나고 있는지 말하세요. 전화를 끊지 마세요.
role-emergency-next = 상담원이 무엇을 해야 하는지 알려 주고 도움을 보내요.

role-police-heading = 경찰에 알리기
role-police-about = 지금 당장 일어나고 있지 않은 일을 위한 경찰 창구.
role-police-need = 알고 있는 것은 무엇이든: 이름, 장소, 날짜, 그리고 보거나 들은 것.
role-police-next = 경찰은 알려 준 내용을 기록하고, 아동의 안전을 지키기 위해 무엇을 할지 정해요.

role-csam-hotline-heading = 웹 주소 신고하기
role-csam-hotline-about = 온라인에 있는 아동의 성적인 사진이나 영상에 대한 신고를 확인하고 삭제되도록 하는 전문가들.
role-csam-hotline-need = 그 페이지의 웹 주소(링크). 그 밖에는 아무것도 필요 없어요. 사진도, 화면 캡처도 보내지 마세요.
role-csam-hotline-next = 분석가가 페이지를 확인해요. 불법이면 삭제되도록 조치하고 경찰에 알려요.

role-grooming-report-heading = 그 사람 신고하기
role-grooming-report-about = 온라인에서 아동을 학대하려는 사람들을 다루는 경찰과 아동 보호 전문가들.
role-grooming-report-need = 사용자 이름, 프로필 링크, 웹 주소, 날짜와 시간. 대화 내용은 화면 캡처해서 함께 보내도 되지만, 아동의 성적인 사진은 절대 캡처하지 마세요.
role-grooming-report-next = 아동 보호 상담원이 신고 내용을 읽고, 아동의 안전을 지키기 위해 무엇을 할지 정해요.

role-image-removal-heading = 사진 삭제 요청하기
role-image-removal-about = 청소년의 나체 사진이나 영상을 삭제하고, 다시 공유되지 않도록 돕는 서비스.
role-image-removal-need = 사진이 들어 있는 기기, 또는 사진이 공유된 웹 주소. 사진은 누구에게도 보내지 마세요.
role-image-removal-next = 이 서비스는 사진의 디지털 지문(해시)을 만들어서, 웹사이트들이 복사본을 찾아 삭제할 수 있게 해요.

role-child-helpline-heading = 누군가와 이야기하기
role-child-helpline-about = 아동과 청소년을 위한 무료 상담 전화예요. 걱정되는 일이라면 무엇이든 이야기할 수 있어요.
role-child-helpline-need = 아무것도 필요 없어요. 전화하거나 메시지를 보내서 이야기하면 돼요.
role-child-helpline-next = 교육받은 상담원이 이야기를 듣고, 어떻게 할지 함께 생각해 줘요. 무엇을 할지는 본인이 정해요.

role-abuse-helpline-heading = 아동에 관해 조언 구하기
role-abuse-helpline-about = 아동이 걱정되는 어른을 위한 조언.
role-abuse-helpline-need = 보거나 들은 것, 그리고 그게 언제였는지. 증거는 필요 없어요.
role-abuse-helpline-next = 상담원이 함께 상황을 차근차근 이야기하고, 아동을 보호하는 사람들에게 우려를 전달할 수 있어요.

role-prevention-heading = 비밀이 보장되는 도움 받기
role-prevention-about = 아동에 대한 성적인 생각이나 행동이 걱정되는 사람을 위한, 비밀이 보장되는 도움.
role-prevention-need = 아무것도 필요 없어요. 익명으로 남아도 돼요.
role-prevention-next = 교육받은 상담원이 판단하지 않고 이야기를 듣고, 안전하게 지내기 위한 계획을 세우도록 도와요.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = 그 페이지의 웹 주소(링크)를 복사하세요. 신고 센터에 필요한 것은 그것뿐이에요.
advice-abuse-imagery-adult-2 = 증거로 쓰려는 목적이라도 사진을 다운로드하거나, 화면 캡처하거나, 저장하거나, 공유하거나, 전달하지 마세요. 그러면 사진이 더 퍼지고, 많은 나라에서 범죄예요.
advice-abuse-imagery-adult-3 = 더 찾아보지 마세요. 불법이라는 것을 직접 증명할 필요는 없어요.
advice-abuse-imagery-adult-4 = 국가 신고 센터에 한 번만 신고하세요. 대부분 익명으로 신고할 수 있어요.
advice-abuse-imagery-child-1 = 혼날 일은 없어요. 이런 것을 본 건 내 잘못이 아니에요.
advice-abuse-imagery-child-2 = 그 페이지의 웹 주소(링크)를 복사한 다음, 페이지를 닫으세요.
advice-abuse-imagery-child-3 = 내가 본 것을 보여 주려는 목적이라도 사진을 저장하거나, 화면 캡처하거나, 누구에게 보내지 마세요.
advice-abuse-imagery-child-4 = 믿을 수 있는 어른이나 아동·청소년 상담 전화에 이야기하세요. 혼자서 감당하지 않아도 돼요.

advice-grooming-adult-1 = 메시지를 지우지 말고 남겨 두세요. 사용자 이름, 프로필 링크, 웹 주소, 날짜와 시간을 적어 두세요.
advice-grooming-adult-2 = 대화는 화면 캡처해도 되지만, 아동의 성적인 사진은 절대 안 돼요. 그런 사진은 저장하거나, 화면 캡처하거나, 공유하지 마세요.
advice-grooming-adult-3 = 그 사람을 추궁하거나 아동인 척하지 마세요. 아동이 더 큰 위험에 처하고 수사에 해가 될 수 있어요.
advice-grooming-adult-4 = 증거가 사라지지 않도록, 차단하기 전에 신고하세요.
advice-grooming-child-1 = 혼날 일은 없어요. 무언가를 보냈거나 무언가에 동의했더라도 내 잘못이 아니에요.
advice-grooming-child-2 = 답장하지 않아도 돼요. 대화는 멈추되, 보여 줄 수 있도록 메시지는 남겨 두세요.
advice-grooming-child-3 = 만나자는 말에 동의하지 마세요.
advice-grooming-child-4 = 믿을 수 있는 어른에게 말하거나, 아동·청소년 상담 전화에 이야기하세요. 도와줄 거예요.

advice-sextortion-adult-1 = 돈을 내지 말고, 더 이상 아무것도 보내지 마세요. 돈을 내도 협박이 멈추는 경우는 드물어요.
advice-sextortion-adult-2 = 연락은 끊되, 메시지와 사용자 이름, 결제 정보는 증거로 남겨 두세요. 차단하기 전에 신고하세요.
advice-sextortion-adult-3 = 성적인 사진 자체는 저장하거나, 화면 캡처하거나, 공유하지 마세요.
advice-sextortion-adult-4 = 협박받는 청소년에게는 그것이 자신의 잘못이 아니며, 혼날 일도 없다는 말을 들려줘야 해요.
advice-sextortion-child-1 = 혼날 일은 없어요. 잘못하고 있는 건 나를 협박하는 사람이에요.
advice-sextortion-child-2 = 돈을 내지 말고, 더 이상 아무것도 보내지 마세요.
advice-sextortion-child-3 = 답장은 멈추되, 보여 줄 수 있도록 메시지는 남겨 두세요.
advice-sextortion-child-4 = 믿을 수 있는 어른에게 말하거나, 아동·청소년 상담 전화에 이야기하세요. 사진을 삭제할 수 있는 방법이 있어요.

advice-image-shared-adult-1 = 신고하려는 목적이라도 사진을 다운로드하거나, 저장하거나, 화면 캡처하거나, 전달하지 마세요. 그러면 사진이 더 퍼지고, 많은 나라에서 범죄예요.
advice-image-shared-adult-2 = Take It Down은 사진을 찍은 기기에서 사용해요. 사진은 그 기기에 그대로 있고, 디지털 지문(해시)만 공유돼요.
advice-image-shared-adult-3 = 사진이 웹사이트에 올라와 있다면, 웹 주소를 복사해서 신고 센터에 신고하세요.
advice-image-shared-adult-4 = 청소년을 안심시켜 주세요. 그 청소년의 잘못이 아니며, 혼날 일도 없다고요.
advice-image-shared-child-1 = 혼날 일은 없어요. 이런 일을 겪은 청소년이 많고, 해결할 수 있어요.
advice-image-shared-child-2 = 신고하려는 목적이라도 사진을 누구에게도 보내지 마세요.
advice-image-shared-child-3 = 사진을 다시 공유하지 않고도 삭제할 수 있게 도와주는 서비스가 있어요.
advice-image-shared-child-4 = 아동·청소년 상담 전화나 믿을 수 있는 어른에게 이야기하세요. 혼자서 감당하지 않아도 돼요.

advice-child-abuse-adult-1 = 조언을 구하거나 걱정되는 일을 신고하는 데 증거는 필요 없어요.
advice-child-abuse-adult-2 = 걱정되는 그 사람을 추궁하지 마세요. 아동이 더 큰 위험에 처할 수 있어요.
advice-child-abuse-adult-3 = 아동이 학대에 대해 말하면, 잘 들어 주고, 침착하게, 네 잘못이 아니라고 말해 주세요. 비밀로 해 주겠다고 약속하지는 마세요.
advice-child-abuse-adult-4 = 보거나 들은 것을 날짜와 함께, 실제로 쓰인 말 그대로 적어 두세요.
advice-child-abuse-adult-5 = 상담 전화에서는 이름을 밝히지 않아도 될 수 있지만, 아동이 위험하다는 것을 보여 주는 내용은 무엇이든 외부에 전달해요.
advice-child-abuse-child-1 = 내 잘못이 아니고, 혼날 일도 없어요.
advice-child-abuse-child-2 = 이야기를 들어 주고 도와줄 사람과 이야기할 수 있어요. 원하는 만큼, 많이 말해도 되고 조금만 말해도 돼요.
advice-child-abuse-child-3 = 지금 이야기하기가 안전하지 않다면, 나중에 전화하거나 메시지를 보내도 돼요.
advice-child-abuse-child-4 = 지금 위험에 처해 있다면 긴급 전화번호로 전화하세요.

advice-adult-behaviour-adult-1 = 무엇을 할지 정하기 전에, 비밀이 보장되는 상태에서 상담할 수 있어요.
advice-adult-behaviour-adult-2 = 직접 그 사람을 추궁하지 마세요. 아동들이 더 큰 위험에 처할 수 있어요.
advice-adult-behaviour-adult-3 = 확인하려고 사진을 보거나, 다운로드하거나, 공유하지 마세요. 대신 웹 주소, 이름, 날짜를 적어 두세요.
advice-adult-behaviour-adult-4 = 아동이 피해를 입고 있다고 생각되면, 경찰이나 아동 보호 기관에 알리세요.
advice-adult-behaviour-child-1 = 누군가에게 말했다고 혼날 일은 없어요.
advice-adult-behaviour-child-2 = 믿을 수 있는 어른이나 아동·청소년 상담 전화에 이야기하세요. 무엇을 할지 정하도록 도와줄 수 있어요.
advice-adult-behaviour-child-3 = 할 수 있다면 그 사람을 피하고, 단둘이 만나지 마세요.

advice-own-thoughts-adult-1 = 도움을 구하는 것은 옳은 일이에요. 스스로 안전하게 지내고 아동을 안전하게 지키도록, 비밀이 보장되는 도움을 받을 수 있어요.
advice-own-thoughts-adult-2 = 아동의 성적인 사진을 본 적이 있다면, 지금 멈추세요. 예방 서비스가 멈출 수 있도록 도와줄 수 있고, 많은 곳이 익명으로 운영돼요.
advice-own-thoughts-adult-3 = 곧 아동을 해칠 수도 있다고 생각되면, 바로 도움을 구하세요.
advice-own-thoughts-child-1 = 혼자가 아니에요. 이 일에 대해 이야기하고 싶어 하는 건 좋은 일이에요.
advice-own-thoughts-child-2 = 청소년도 비밀이 보장되는 도움을 받아 자신의 생각을 이해하고 안전하게 지낼 수 있어요.
advice-own-thoughts-child-3 = 아동·청소년 상담 전화나 믿을 수 있는 어른에게 이야기하세요.

advice-not-sure-adult-1 = 조언을 구하는 데 확신이 있을 필요는 없어요. 상담 전화에서 함께 차근차근 이야기할 수 있어요.
advice-not-sure-adult-2 = 무엇인지 확인하려고 사진을 찾아보거나, 저장하거나, 공유하지 마세요.
advice-not-sure-adult-3 = 지금 위험에 처한 아동이 있다면 긴급 전화번호로 전화하세요.
advice-not-sure-child-1 = 물어봤다고 혼날 일은 없어요.
advice-not-sure-child-2 = 걱정되는 일이라면 무엇이든 아동·청소년 상담 전화에 이야기할 수 있어요.
advice-not-sure-child-3 = 나나 다른 아이가 지금 위험에 처해 있다면 긴급 전화번호로 전화하세요.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = 온라인에서 본 아동의 성적인 사진을 신고하는 곳이에요. 분석가가 페이지를 확인하고 삭제되도록 해요. 웹 주소만 알려 주면 돼요.
why-abuse-imagery-child-csam-hotline = 온라인에 있는 아동의 성적인 사진이나 영상을 신고하는 곳이에요. 웹 주소만 알려 주면 되고, 이름을 밝히지 않아도 돼요.
why-abuse-imagery-child-child-helpline = 이런 것을 보면 마음이 힘들 수 있어요. 누군가와 무료로 이야기할 수 있어요.
why-grooming-adult-grooming-report = 온라인에서 아동에게 성적인 이야기를 하거나, 사진을 요구하거나, 만나려고 하는 사람을 신고하는 곳이에요.
why-grooming-adult-abuse-helpline = 먼저 이야기를 나눠 보고 싶다면, 이 상담 전화에서 아동이 걱정되는 어른에게 조언해 줘요.
why-grooming-child-grooming-report = 여기에서 그 사람을 신고할 수 있어요. 아동의 안전을 지키도록 교육받은 사람들이 읽어요.
why-grooming-child-child-helpline = 있었던 일을 누군가와 무료로 이야기할 수 있어요. 아무도 나를 판단하지 않아요.
why-sextortion-adult-grooming-report = 청소년의 성적인 사진을 퍼뜨리겠다고 협박하는 사람을 신고하는 곳이에요.
why-sextortion-adult-image-removal = 이 서비스는 사진이 온라인에 공유되지 않도록 도와줘요.
why-sextortion-adult-image-removal-global = Take It Down은 전 세계 어디에서나 쓸 수 있어요. 아무도 사진을 보지 않고도, 청소년의 사진이 공유되지 않도록 도와줘요.
why-sextortion-adult-abuse-helpline = 이 상담 전화는 아동이 걱정되는 어른에게 조언해 줘요.
why-sextortion-child-grooming-report = 여기에서 나를 협박하는 사람을 신고할 수 있어요. 혼날 일은 없어요.
why-sextortion-child-image-removal = 이 서비스는 내 사진을 삭제하고 공유되지 않도록 도와줄 수 있어요.
why-sextortion-child-image-removal-global = Take It Down은 전 세계 어디에서나 쓸 수 있어요. 사진은 내 기기에 그대로 있고, 디지털 지문(해시)만 공유돼요.
why-sextortion-child-child-helpline = 지금 일어나고 있는 일을 누군가와 무료로 이야기할 수 있어요. 도와줄 거예요.
why-image-shared-adult-image-removal = 이 서비스는 청소년의 나체 사진을 삭제하고 공유되지 않도록 도와줘요.
why-image-shared-adult-image-removal-global = Take It Down은 전 세계 어디에서나 쓸 수 있고, 본인이 18세 미만일 때 찍힌 사진이 대상이에요. 사진은 기기에 그대로 있고, 디지털 지문(해시)만 공유돼요.
why-image-shared-adult-csam-hotline = 사진이 웹사이트에 올라와 있다면, 삭제될 수 있도록 여기에서 웹 주소를 신고하세요.
why-image-shared-adult-abuse-helpline = 이 상담 전화는 아동이 걱정되는 어른에게 조언해 줘요.
why-image-shared-child-image-removal = 이 서비스는 청소년이 자신의 나체 사진을 삭제할 수 있도록 도와줘요. 혼날 일은 없어요.
why-image-shared-child-image-removal-global = Take It Down은 전 세계 어디에서나 쓸 수 있어요. 사진은 내 기기에 그대로 있고, 디지털 지문(해시)만 공유돼요.
why-image-shared-child-child-helpline = 있었던 일을 누군가와 무료로 이야기할 수 있어요. 도와줄 거예요.
why-image-shared-child-csam-hotline = 사진이 웹사이트에 올라와 있다면, 삭제될 수 있도록 여기에서 웹 주소를 신고할 수 있어요.
why-child-abuse-adult-abuse-helpline = 교육받은 상담원과 걱정되는 일을 이야기할 수 있어요. 무엇을 해야 하는지 알려 주고, 아동을 보호하는 사람들에게 전달할 수도 있어요.
why-child-abuse-adult-police = 걱정되는 일을 경찰에 신고할 수 있어요.
why-child-abuse-child-child-helpline = 이야기를 들어 주고 도와줄 사람과 무료로 이야기할 수 있어요. 내 잘못이 아니에요.
why-child-abuse-child-abuse-helpline = 이 서비스는 아동을 보호하는 일을 하고, 내 이야기도 들어 줄 거예요.
why-child-abuse-child-police = 경찰에 알릴 수도 있어요. 아동을 보호하는 것은 경찰이 하는 일이고, 혼날 일은 없어요.
why-adult-behaviour-adult-prevention = 다른 사람이 아동을 대하는 행동에 대해 비밀이 보장되는 상태에서 이야기하고, 무엇을 할지 정할 수 있어요.
why-adult-behaviour-adult-abuse-helpline = 이 상담 전화는 아동이 걱정되는 어른에게 조언해 줘요.
why-adult-behaviour-adult-police = 아동이 피해를 입고 있다고 생각되면 경찰에 알릴 수 있어요.
why-adult-behaviour-child-child-helpline = 걱정되는 어른에 대해 누군가와 무료로 이야기할 수 있어요. 혼날 일은 없어요.
why-adult-behaviour-child-grooming-report = 그 어른이 온라인에서 나나 다른 아이에게 연락하고 있다면, 여기에서 신고할 수 있어요.
why-own-thoughts-adult-prevention = 아동에 대한 자신의 성적인 생각이나 행동이 걱정되는 사람을 돕는, 비밀이 보장되는 서비스예요.
why-own-thoughts-adult-prevention-global = 어디에서나 쓸 수 있는 무료·익명 온라인 자가 도움 프로그램이에요. 여러 언어로 제공돼요.
why-own-thoughts-child-child-helpline = 걱정되는 생각에 대해 누군가와 비밀이 보장되는 상태에서 무료로 이야기할 수 있어요.
why-own-thoughts-child-prevention = 자신의 성적인 생각이 걱정되는 사람들을 청소년까지 포함해 돕는, 비밀이 보장되는 서비스예요.
why-not-sure-adult-abuse-helpline = 무슨 일이 일어나고 있는지 확실하지 않아도, 교육받은 상담원과 걱정되는 일을 이야기할 수 있어요.
why-not-sure-child-child-helpline = 걱정되는 일이라면 무엇이든 누군가와 무료로 이야기할 수 있어요.
