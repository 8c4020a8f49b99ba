### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = त्रुटि: { $title }
skip-to-main = मुख्य सामग्री पर जाएँ
# The button at the top of every page that leaves at once for a weather website.
exit-link = यह साइट छोड़ें
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = { "" }
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = मौसम
footer-staying-safe = इस साइट का इस्तेमाल करते समय सुरक्षित रहना
footer-nothing-kept = आप Signpost को जो भी बताते हैं, वह उसे नहीं रखता। यह कोई आपातकालीन सेवा नहीं है।
# The label of the list of languages on every page (read by screen readers).
language-list-label = भाषा
language-own-label = आपके चुने हुए देश की भाषाएँ:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (नए टैब में खुलता है)
# Before an error message under a question (read by screen readers).
error-prefix = त्रुटि:
error-summary-title = कोई समस्या है

## The emergency box (start and error pages)

emergency-heading = अगर कोई बच्चा अभी ख़तरे में है
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = अभी { $number } पर कॉल करें ({ $country })।
emergency-call-local = अभी अपने स्थानीय आपातकालीन नंबर पर कॉल करें।

## The start page

start-title = मदद पाने के लिए सही जगह खोजें
start-heading = क्या आपको ऑनलाइन किसी बच्चे की सुरक्षा की चिंता है?
start-lead = चार छोटे सवालों के जवाब दें, और Signpost आपको बताएगा कि आपके देश में इसकी रिपोर्ट कहाँ करें या किससे बात करें। आप उसे जो भी बताते हैं, वह कुछ भी नहीं रखता।
start-button = अभी शुरू करें
start-before-heading = शुरू करने से पहले
start-before-no-images = किसी बच्चे की कोई भी यौन तस्वीर डाउनलोड न करें, उसका स्क्रीनशॉट न लें और उसे साझा न करें, रिपोर्ट करने के लिए भी नहीं। इसके बजाय वेब पता कॉपी करें।
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = आप इस साइट का इस्तेमाल किसी और के फ़ोन या कंप्यूटर पर कर सकते हैं। किसी भी समय “{ $exit }” दबाएँ।

## The questions

questions-title = हमें बताएँ कि क्या हो रहा है
questions-intro = आपके जवाबों का इस्तेमाल केवल आपके लिए सही जगह खोजने में होता है। कुछ भी सेव नहीं किया जाता।
questions-country-label = आप कहाँ हैं?
questions-country-hint = वह देश चुनें जिसमें आप अभी हैं।
questions-country-choose = देश चुनें
questions-danger-legend = क्या कोई बच्चा अभी ख़तरे में है?
questions-danger-hint = जैसे, कोई उसे चोट पहुँचा रहा है, या उससे मिलने वाला है।
questions-danger-yes = हाँ
questions-danger-no = नहीं
questions-danger-not-sure = मुझे पक्का नहीं पता
questions-reporter-legend = क्या आपकी उम्र 18 साल से कम है?
questions-reporter-child = हाँ, मेरी उम्र 18 साल से कम है
questions-reporter-adult = नहीं, मेरी उम्र 18 साल या उससे ज़्यादा है
questions-concern-legend = आपको किस बात की चिंता है?
questions-continue = आगे बढ़ें
questions-error-country = वह देश चुनें जिसमें आप हैं
questions-error-danger = चुनें कि क्या कोई बच्चा अभी ख़तरे में है
questions-error-reporter = चुनें कि क्या आपकी उम्र 18 साल से कम है
questions-error-concern = चुनें कि आपको किस बात की चिंता है

## The plan

plan-title = मदद कहाँ मिलेगी
plan-heading-child = आप किसी मुसीबत में नहीं हैं। ये लोग आपकी मदद कर सकते हैं।
plan-lead-child = मदद खोजकर आपने सही किया। ये कदम क्रम से उठाएँ। आप किसी भी समय रुक सकते हैं।
plan-heading-adult = इसकी रिपोर्ट कहाँ करें और मदद कहाँ पाएँ
plan-lead-adult = ये कदम क्रम से उठाएँ। { $country } के लिए।
plan-international = इनमें से कुछ सेवाएँ अंतरराष्ट्रीय हैं, क्योंकि हमें { $country } में इसके लिए कोई सेवा नहीं पता। वे कहीं से भी रिपोर्ट स्वीकार करती हैं।
plan-advice-heading-child = ये बातें मदद कर सकती हैं
plan-advice-heading-adult = क्या करें और क्या न करें
plan-why-summary = यही कदम क्यों?
plan-why-told-us = आपने हमें बताया:
plan-why-country = आप { $country } में हैं।
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = आपकी चिंता: { $concern }।
plan-why-child = आपकी उम्र 18 साल से कम है।
plan-why-adult = आपकी उम्र 18 साल या उससे ज़्यादा है।
plan-why-danger = हो सकता है कि कोई बच्चा अभी ख़तरे में हो।
plan-why-no-danger = कोई बच्चा अभी ख़तरे में नहीं है।
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost ने नियम { $rule } का इस्तेमाल किया। यह वही मानता है जो हर सेवा अपने काम के बारे में कहती है। ऊपर हर कदम बताता है कि वह वहाँ क्यों है।
plan-start-again = अलग जवाबों के साथ फिर से शुरू करें

## The steps of a plan

plan-step-number = कदम { $number }
step-other-places = और जगहें जो इसमें मदद कर सकती हैं
# $number is the number exactly as the service writes it.
step-call = { $number } पर कॉल करें
step-text = { $number } पर मैसेज करें
step-more-about-number = इस नंबर के बारे में और जानें
step-website = उनकी वेबसाइट पर जाएँ
step-fact-name = आपका नाम
step-fact-when = कब
step-fact-who-for = किसके लिए
step-anonymous = आप अपना नाम बताए बिना रिपोर्ट कर सकते हैं।
step-not-anonymous = आपसे आपका नाम और संपर्क विवरण पूछे जाएँगे।
step-ages-between = उम्र { $min } से { $max } साल
step-ages-up-to = { $max } साल की उम्र तक
step-ages-from = { $min } साल की उम्र से
# $date is the date the details were last checked (date-long).
step-last-checked = आख़िरी बार { $date } को जाँचा गया।
step-checked-own-site = सेवा की अपनी वेबसाइट पर जाँचा गया।
step-checked-third-party = किसी दूसरी वेबसाइट पर मिला: सेवा का अपना पेज भी देखें।
step-checked-conflict = कुछ विवरणों पर स्रोत अलग-अलग बातें कहते हैं: सेवा का अपना पेज देखें।
step-details-summary = आपको क्या चाहिए होगा और आगे क्या होगा
step-details-about = यह क्या है:
step-details-need = आपको क्या चाहिए होगा:
step-details-next = आगे क्या होगा:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] जनवरी
        [2] फ़रवरी
        [3] मार्च
        [4] अप्रैल
        [5] मई
        [6] जून
        [7] जुलाई
        [8] अगस्त
        [9] सितंबर
        [10] अक्टूबर
        [11] नवंबर
       *[12] दिसंबर
    } { $year }

## Staying safe while you use this site

staying-safe-title = इस साइट का इस्तेमाल करते समय सुरक्षित रहना
staying-safe-lead = अगर कोई आपका फ़ोन या कंप्यूटर देख सकता है, तो ये बातें मदद कर सकती हैं।
staying-safe-does-heading = Signpost क्या करता है
staying-safe-no-keeping = Signpost आपके जवाब नहीं रखता। वह कुकीज़ का इस्तेमाल नहीं करता और आपके डिवाइस पर कुछ भी सेव नहीं करता।
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = आपके जवाब वेब पते में नहीं डाले जाते, इसलिए आपकी हिस्ट्री में पेजों के नाम केवल “Signpost”, “{ $questions }” और “{ $plan }” होते हैं।
# $exit is the name of the button (exit-link).
staying-safe-exit = हर पेज के ऊपर दिया गया “{ $exit }” बटन आपको सीधे मौसम की एक वेबसाइट पर ले जाता है। अगर आपके ब्राउज़र में JavaScript चलता है, तो Shift कुंजी को तीन बार दबाने से भी यही होता है, और बैक बटन आपको यहाँ वापस नहीं लाएगा।
staying-safe-cannot-heading = Signpost क्या नहीं छिपा सकता
staying-safe-history-shows = आपके ब्राउज़र की हिस्ट्री में फिर भी दिखता है कि आपने यह साइट खोली थी। आप इसे अपने ब्राउज़र की सेटिंग में मिटा सकते हैं, या प्राइवेट या इनकॉग्निटो विंडो इस्तेमाल कर सकते हैं।
staying-safe-phone-bill = हेल्पलाइन पर किए गए फ़ोन कॉल फ़ोन बिल में दिख सकते हैं, जब तक कि हेल्पलाइन यह न कहे कि वे नहीं दिखते। बच्चों की कई हेल्पलाइनें बिल में नहीं दिखतीं।
staying-safe-screen = जो व्यक्ति आपकी स्क्रीन देख सकता है, या जिसने आपके डिवाइस पर ट्रैकिंग सॉफ़्टवेयर डाला है, वह फिर भी देख सकता है कि आप क्या करते हैं। अगर आपको लगता है कि ऐसा हो रहा है, तो ऐसा डिवाइस इस्तेमाल करें जिस तक वे नहीं पहुँच सकते, जैसे स्कूल, लाइब्रेरी या किसी दोस्त का कंप्यूटर।
staying-safe-back = शुरुआत पर वापस जाएँ

## The error page

error-still-help = आप फिर भी रिपोर्ट कर सकते हैं या मदद पा सकते हैं
error-try-again = फिर से कोशिश करें
