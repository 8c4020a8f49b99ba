### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost इसे स्वीकार नहीं कर सकता
error-unsupported-form = Signpost केवल अपने सवालों के जवाब स्वीकार करता है। वह कभी भी फ़ाइलें या तस्वीरें स्वीकार नहीं करता: तस्वीरें कहीं भी न भेजें। इसके बजाय उनकी रिपोर्ट अपनी राष्ट्रीय हॉटलाइन को करें।
error-unsupported-json = जवाब JSON के रूप में Content-Type: application/json के साथ भेजें। Signpost कभी भी फ़ाइलें या तस्वीरें स्वीकार नहीं करता: तस्वीरों की रिपोर्ट अपनी राष्ट्रीय हॉटलाइन को करें।
error-too-large-title = यह बहुत लंबा था
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost अधिक से अधिक { $kib } KiB स्वीकार करता है। वह कभी भी फ़ाइलें या तस्वीरें स्वीकार नहीं करता।
error-body-unreadable-title = आपके जवाब नहीं पहुँचे
error-body-unreadable = कनेक्शन टूट गया। कृपया फिर से कोशिश करें।
error-bad-json-title = अनुरोध सही रूप में नहीं है
error-bad-form-title = आपके जवाब पढ़े नहीं जा सके
error-bad-form = कृपया सवालों पर वापस जाएँ और उनके जवाब फिर से दें।
error-invalid-title = अमान्य जवाब
error-invalid = कुछ जवाब नहीं दिए गए हैं या मान्य नहीं हैं; हर एक errors में दिया गया है।
error-not-found-title = पेज नहीं मिला
error-not-found = इस पते पर कोई पेज नहीं है।
error-image-title = Signpost तस्वीरें स्वीकार नहीं कर सकता
error-image = आपने जो भेजा, उसमें कुछ तस्वीर जैसा लगता है। Signpost कभी भी तस्वीरें स्वीकार नहीं करता, और कुछ भी भेजा नहीं गया। कृपया तस्वीरें किसी को भी न भेजें, रिपोर्ट करने के लिए भी नहीं: उन्हें साझा करने से वे और फैलती हैं, और कई देशों में यह अपराध है। अगर आपने ऑनलाइन किसी बच्चे की यौन तस्वीरें देखी हैं, तो वेब पता कॉपी करें और अपनी राष्ट्रीय हॉटलाइन को उसकी रिपोर्ट करें।
error-binary-title = Signpost इसे पढ़ नहीं सका
error-binary = आपने जो भेजा, उसमें से कुछ टेक्स्ट नहीं है। Signpost केवल टाइप किए गए शब्द स्वीकार करता है, कभी भी फ़ाइलें या तस्वीरें नहीं।
error-rate-limited-title = कृपया थोड़ी देर रुकें
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = कम समय में आपके कनेक्शन से Signpost को बहुत सारे अनुरोध मिले हैं, इसलिए उसने { $minutes ->
        [one] { $minutes } मिनट
       *[other] { $minutes } मिनट
    } के लिए उनका जवाब देना और संदेश आगे भेजना रोक दिया है। आप अभी भी नीचे दी गई सेवाओं से मदद ले सकते हैं।
