### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Safeguarding concern via Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Safeguarding concern via Signpost
mail-intro = Someone used Signpost to tell { $organisation } about a concern for a child's safety.
mail-no-copy = Signpost keeps no copy of this message. Please handle it under your safeguarding procedures.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = They used Signpost in this language: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = The same message in English follows.
mail-answers-heading = THEIR ANSWERS
mail-answer-where = Where they are
mail-answer-worry = What worries them
mail-answer-danger = A child in danger now
mail-answer-under-18 = The person is under 18
mail-yes = yes
mail-no = no
mail-wrote-heading = WHAT THEY WROTE
mail-reach-heading = HOW TO REACH THEM
mail-reach-anonymous = They chose to stay anonymous.
mail-reach-name = Name
mail-reach-email = Email
mail-reach-phone = Phone
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = WHERE SIGNPOST SENT THEM (rule { $rule }, coverage { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = phone { $phone }
mail-removed-address = [web address removed: Signpost sent the person to the hotline to report it]
mail-automatic = This message was sent automatically; replies to this address are not read.
