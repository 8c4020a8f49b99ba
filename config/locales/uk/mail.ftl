### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Занепокоєння щодо безпеки дитини через Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Занепокоєння щодо безпеки дитини через Signpost
mail-intro = Хтось через Signpost повідомив { $organisation } про занепокоєння щодо безпеки дитини.
mail-no-copy = Signpost не зберігає копії цього повідомлення. Будь ласка, дійте відповідно до ваших процедур захисту дітей.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = Людина користувалася Signpost цією мовою: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = Нижче те саме повідомлення англійською мовою.
mail-answers-heading = ВІДПОВІДІ ЛЮДИНИ
mail-answer-where = Де перебуває
mail-answer-worry = Що турбує
mail-answer-danger = Дитина в небезпеці зараз
mail-answer-under-18 = Людині менше 18 років
mail-yes = так
mail-no = ні
mail-wrote-heading = ЩО НАПИСАЛА ЛЮДИНА
mail-reach-heading = ЯК ЗВ’ЯЗАТИСЯ З ЛЮДИНОЮ
mail-reach-anonymous = Людина вирішила залишитися анонімною.
mail-reach-name = Ім’я
mail-reach-email = Ел. пошта
mail-reach-phone = Телефон
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = КУДИ SIGNPOST СПРЯМУВАВ ЛЮДИНУ (правило { $rule }, охоплення { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = телефон { $phone }
mail-removed-address = [вебадресу видалено: Signpost спрямував людину повідомити про неї на гарячу лінію]
mail-automatic = Це повідомлення надіслано автоматично; відповіді на цю адресу не читають.
