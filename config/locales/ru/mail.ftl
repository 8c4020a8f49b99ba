### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Обеспокоенность безопасностью ребёнка через Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Обеспокоенность безопасностью ребёнка через Signpost
mail-intro = Кто-то через Signpost сообщил { $organisation } о том, что беспокоится за безопасность ребёнка.
mail-no-copy = Signpost не хранит копию этого сообщения. Пожалуйста, действуйте по вашим процедурам защиты детей.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = Человек пользовался Signpost на этом языке: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = Ниже то же сообщение на английском языке.
mail-answers-heading = ОТВЕТЫ ЧЕЛОВЕКА
mail-answer-where = Где находится
mail-answer-worry = Что беспокоит
mail-answer-danger = Ребёнок в опасности сейчас
mail-answer-under-18 = Человеку нет 18 лет
mail-yes = да
mail-no = нет
mail-wrote-heading = ЧТО НАПИСАЛ ЧЕЛОВЕК
mail-reach-heading = КАК СВЯЗАТЬСЯ С ЧЕЛОВЕКОМ
mail-reach-anonymous = Человек решил остаться анонимным.
mail-reach-name = Имя
mail-reach-email = Эл. почта
mail-reach-phone = Телефон
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = КУДА SIGNPOST НАПРАВИЛ ЧЕЛОВЕКА (правило { $rule }, охват { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = телефон { $phone }
mail-removed-address = [веб-адрес удалён: Signpost направил человека сообщить о нём на горячую линию]
mail-automatic = Это сообщение отправлено автоматически; ответы на этот адрес не читаются.
