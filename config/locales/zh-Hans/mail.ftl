### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = 经由 Signpost 提交的儿童保护关切：{ $concern }（{ $country }）
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = 经由 Signpost 提交的儿童保护关切
mail-intro = 有人通过 Signpost 向 { $organisation } 反映了对一名儿童安全的担忧。
mail-no-copy = Signpost 不保留此消息的任何副本。请按照贵机构的儿童保护程序处理。
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = 对方使用 Signpost 时所用的语言：{ $language }。
# Between the message in the person's language and the same message in English.
mail-english-follows = 以下是同一消息的英文版本。
mail-answers-heading = 【对方的回答】
mail-answer-where = 所在地
mail-answer-worry = 担心的事情
mail-answer-danger = 有儿童正处于危险中
mail-answer-under-18 = 此人未满 18 岁
mail-yes = 是
mail-no = 否
mail-wrote-heading = 【对方写的内容】
mail-reach-heading = 【联系方式】
mail-reach-anonymous = 对方选择保持匿名。
mail-reach-name = 姓名
mail-reach-email = 电子邮件
mail-reach-phone = 电话
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = 【Signpost 为对方指引的去处】（规则 { $rule }，覆盖范围 { $coverage }）
# After a service in the list, before its phone number.
mail-plan-phone = 电话 { $phone }
mail-removed-address = [网址已删除：Signpost 已引导此人向举报热线举报该网址]
mail-automatic = 此消息为自动发送；回复至此地址的邮件无人查看。
