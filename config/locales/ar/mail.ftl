### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = بلاغ يتعلق بحماية طفل عبر Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = بلاغ يتعلق بحماية طفل عبر Signpost
mail-intro = استخدم شخصٌ Signpost لإبلاغ { $organisation } بقلقه على سلامة طفل.
mail-no-copy = لا يحتفظ Signpost بأي نسخة من هذه الرسالة. يُرجى التعامل معها وفق إجراءات حماية الطفل المعتمدة لديكم.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = استخدم الشخص Signpost بهذه اللغة: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = فيما يلي الرسالة نفسها باللغة الإنجليزية.
mail-answers-heading = ==== إجابات الشخص ====
mail-answer-where = مكان وجوده
mail-answer-worry = ما يقلقه
mail-answer-danger = طفل في خطر الآن
mail-answer-under-18 = الشخص دون 18 عامًا
mail-yes = نعم
mail-no = لا
mail-wrote-heading = ==== ما كتبه الشخص ====
mail-reach-heading = ==== كيفية التواصل معه ====
mail-reach-anonymous = اختار الشخص عدم الكشف عن هويته.
mail-reach-name = الاسم
mail-reach-email = البريد الإلكتروني
mail-reach-phone = الهاتف
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = ==== الجهات التي وجّه Signpost الشخص إليها (القاعدة { $rule }، النطاق { $coverage }) ====
# After a service in the list, before its phone number.
mail-plan-phone = الهاتف { $phone }
mail-removed-address = [أُزيل عنوان الويب: وجّه Signpost الشخص إلى خط الإبلاغ للإبلاغ عنه]
mail-automatic = أُرسلت هذه الرسالة تلقائيًا؛ ولا تُقرأ الردود المرسلة إلى هذا العنوان.
