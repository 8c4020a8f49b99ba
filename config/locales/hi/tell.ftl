### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = { $organisation } को भी बताएँ
tell-section-intro = अगर इसमें { $organisation } से जुड़ा कोई बच्चा शामिल है, तो आप उनकी बाल-सुरक्षा टीम को भी संदेश भेज सकते हैं। यह ऊपर दिए गए कदमों की जगह नहीं लेता: कृपया फिर भी वहाँ रिपोर्ट करें।

## The form

tell-title = { $organisation } को बताएँ
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = इस बॉक्स को ख़ाली छोड़ें
tell-text-label = आप { $organisation } को क्या बताना चाहते हैं?
# $max is the largest number of characters allowed.
tell-text-hint = लिखें कि क्या हुआ, इसमें कौन शामिल है और कब। किसी भी यौन तस्वीर को पेस्ट न करें, उसका वर्णन न करें, और उसके वेब पते न डालें: Signpost उन्हें हटा देता है। आप { $max } अक्षरों तक लिख सकते हैं।
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = बचे हुए अक्षर: { $count }
tell-count-over = ज़्यादा अक्षर: { $count }
tell-contact-legend = क्या { $organisation } आपसे संपर्क कर सकता है?
tell-contact-share = हाँ, ये रहे मेरे विवरण
tell-contact-name = आपका नाम (वैकल्पिक)
tell-contact-email = ईमेल पता
tell-contact-phone = फ़ोन नंबर
tell-contact-anonymous = नहीं, मुझे गुमनाम रहना है
tell-who-reads-heading = इसे कौन पढ़ेगा
tell-who-reads-to = आपका संदेश ईमेल से { $organisation } की बाल-सुरक्षा टीम के पास जाता है।
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = आपका संदेश ईमेल से { $organisation } की बाल-सुरक्षा टीम ({ $recipients }) के पास जाता है।
tell-who-reads-after = अगर आप अपने विवरण देते हैं, तो वे आपसे संपर्क कर सकते हैं। किसी बच्चे को सुरक्षित रखने के लिए वे आपकी लिखी बातें पुलिस या बाल सेवाओं को दे सकते हैं। Signpost कोई कॉपी नहीं रखता।
tell-consent = मैंने समझ लिया है कि इसे कौन पढ़ेगा और वे इसके साथ क्या कर सकते हैं
tell-continue = आगे बढ़ें

## Problems with what was typed

tell-error-text-empty = लिखें कि आप उन्हें क्या बताना चाहते हैं
tell-error-text-too-long = आपका संदेश बहुत लंबा है: इसे { $max } अक्षरों या उससे कम का करें
tell-error-contact-none = ईमेल पता या फ़ोन नंबर दें, या गुमनाम रहना चुनें
tell-error-email = name@example.com जैसा ईमेल पता डालें
tell-error-phone = अंकों में फ़ोन नंबर डालें, जैसे 07700 900 982
tell-error-name-too-long = आपका नाम { $max } अक्षरों या उससे कम का होना चाहिए
tell-error-contact = चुनें कि क्या वे आपसे संपर्क कर सकते हैं
tell-error-consent = यह बताने के लिए बॉक्स पर टिक करें कि आपने समझ लिया है कि इसे कौन पढ़ेगा

## Check before sending

tell-check-title = भेजने से पहले अपना संदेश जाँच लें
tell-check-sent-to = किसे भेजा जाएगा
tell-check-sent-to-value = { $organisation } की बाल-सुरक्षा टीम
tell-check-you-wrote = आपने क्या लिखा
tell-check-contact = आपके संपर्क विवरण
tell-check-anonymous = आपने गुमनाम रहना चुना है
tell-check-note = भेजने से पहले वेब पते हटा दिए जाते हैं या उन्हें क्लिक न होने लायक बना दिया जाता है। { $organisation } सवालों के आपके जवाब और Signpost की सुझाई जगहें भी देखेगा। Signpost कोई कॉपी नहीं रखता।
tell-check-send = { $organisation } को भेजें
tell-check-change = अपना संदेश बदलें

## After sending (or trying to)

tell-sent-heading = { $organisation } को भेजा गया
tell-sent = आपका संदेश { $organisation } की बाल-सुरक्षा टीम को भेज दिया गया है। Signpost ने कोई कॉपी नहीं रखी है।
tell-not-sent-heading = आपका संदेश नहीं भेजा गया
tell-not-sent-other-site = यह फ़ॉर्म केवल Signpost के अपने पेज से ही भेजा जा सकता है। आपका संदेश { $organisation } को नहीं गया है।
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = कम समय में यहाँ से बहुत सारे संदेश भेजे गए हैं। कृपया { $minutes ->
        [one] { $minutes } मिनट
       *[other] { $minutes } मिनट
    } बाद फिर से कोशिश करें। आपका संदेश { $organisation } को नहीं गया है।
tell-unconfirmed-heading = हम पक्का नहीं कर सके कि आपका संदेश भेजा गया
tell-unconfirmed = जब आपका संदेश सौंपा जा रहा था, तभी { $organisation } के ईमेल सर्वर से कनेक्शन टूट गया, इसलिए हो सकता है कि वह पहुँचा हो या न पहुँचा हो। आपका संदेश नीचे है। उसे दोबारा भेजने के बजाय, आप जाँचने के लिए { $organisation } से किसी और तरीके से संपर्क कर सकते हैं।
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } आपका संदेश { $organisation } को नहीं गया है। वह नीचे है, ताकि आप उसे कॉपी कर सकें या फिर से कोशिश कर सकें।
tell-failure-unreachable = Signpost ईमेल सर्वर तक नहीं पहुँच सका।
tell-failure-temporary = ईमेल सर्वर व्यस्त है और उसने बाद में कोशिश करने को कहा है।
tell-failure-permanent = ईमेल सर्वर ने संदेश लेने से मना कर दिया।
tell-failure-timeout = ईमेल सर्वर ने समय पर जवाब नहीं दिया।
tell-failure-tls = Signpost ईमेल सर्वर से सुरक्षित कनेक्शन नहीं बना सका।
tell-failure-compose = Signpost संदेश तैयार नहीं कर सका।
tell-failure-no-recipient = Signpost अभी किसी को भी संदेश आगे नहीं भेज सकता।
tell-result-your-message = आपका संदेश
tell-result-copy = आपने जो लिखा, वह यह है, ताकि आप उसे कॉपी कर सकें या फिर से कोशिश कर सकें।
tell-result-you-wrote = आपने क्या लिखा
tell-result-try-again = फिर से भेजने की कोशिश करें
tell-result-change = अपना संदेश बदलें
tell-result-still-heading = कृपया फिर भी ये कदम उठाएँ
tell-result-still = { $organisation } को बताना, सही जगह पर रिपोर्ट करने की जगह नहीं लेता।
