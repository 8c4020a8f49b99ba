### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Signpost के ज़रिए बाल-सुरक्षा से जुड़ी चिंता: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Signpost के ज़रिए बाल-सुरक्षा से जुड़ी चिंता
mail-intro = किसी ने Signpost का इस्तेमाल करके { $organisation } को एक बच्चे की सुरक्षा के बारे में चिंता बताई है।
mail-no-copy = Signpost इस संदेश की कोई कॉपी नहीं रखता। कृपया इसे अपनी बाल-सुरक्षा प्रक्रियाओं के अनुसार संभालें।
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = उन्होंने Signpost का इस्तेमाल इस भाषा में किया: { $language }।
# Between the message in the person's language and the same message in English.
mail-english-follows = यही संदेश अंग्रेज़ी में नीचे दिया गया है।
mail-answers-heading = ■ उनके जवाब
mail-answer-where = वे कहाँ हैं
mail-answer-worry = उन्हें किस बात की चिंता है
mail-answer-danger = कोई बच्चा अभी ख़तरे में है
mail-answer-under-18 = व्यक्ति की उम्र 18 से कम है
mail-yes = हाँ
mail-no = नहीं
mail-wrote-heading = ■ उन्होंने क्या लिखा
mail-reach-heading = ■ उनसे संपर्क कैसे करें
mail-reach-anonymous = उन्होंने गुमनाम रहना चुना।
mail-reach-name = नाम
mail-reach-email = ईमेल
mail-reach-phone = फ़ोन
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = ■ Signpost ने उन्हें कहाँ भेजा (नियम { $rule }, कवरेज { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = फ़ोन { $phone }
mail-removed-address = [वेब पता हटाया गया: Signpost ने व्यक्ति को इसकी रिपोर्ट करने के लिए हॉटलाइन पर भेजा]
mail-automatic = यह संदेश अपने-आप भेजा गया है; इस पते पर भेजे गए जवाब पढ़े नहीं जाते।
