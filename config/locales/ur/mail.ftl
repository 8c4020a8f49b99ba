### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Signpost کے ذریعے بچوں کے تحفظ سے متعلق تشویش: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Signpost کے ذریعے بچوں کے تحفظ سے متعلق تشویش
mail-intro = کسی نے Signpost استعمال کر کے { $organisation } کو ایک بچے کی حفاظت کے بارے میں تشویش سے آگاہ کیا ہے۔
mail-no-copy = Signpost اس پیغام کی کوئی کاپی نہیں رکھتا۔ براہِ کرم اسے بچوں کے تحفظ کے اپنے طریقۂ کار کے مطابق دیکھیں۔
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = انہوں نے Signpost اس زبان میں استعمال کیا: { $language }۔
# Between the message in the person's language and the same message in English.
mail-english-follows = یہی پیغام انگریزی میں نیچے دیا گیا ہے۔
mail-answers-heading = ■ ان کے جواب
mail-answer-where = وہ کہاں ہیں
mail-answer-worry = انہیں کس بات کی فکر ہے
mail-answer-danger = کوئی بچہ ابھی خطرے میں ہے
mail-answer-under-18 = اس شخص کی عمر 18 سال سے کم ہے
mail-yes = ہاں
mail-no = نہیں
mail-wrote-heading = ■ انہوں نے کیا لکھا
mail-reach-heading = ■ ان سے رابطہ کیسے کریں
mail-reach-anonymous = انہوں نے گمنام رہنے کا انتخاب کیا۔
mail-reach-name = نام
mail-reach-email = ای میل
mail-reach-phone = فون
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = ■ Signpost نے انہیں کہاں بھیجا (اصول { $rule }، دائرہ { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = فون { $phone }
mail-removed-address = [ویب ایڈریس ہٹا دیا گیا: Signpost نے اس شخص کو اس کی رپورٹ کے لیے ہاٹ لائن پر بھیجا]
mail-automatic = یہ پیغام خودکار طور پر بھیجا گیا ہے؛ اس پتے پر بھیجے گئے جواب پڑھے نہیں جاتے۔
