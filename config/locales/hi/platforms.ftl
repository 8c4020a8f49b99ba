### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = यह कहाँ हुआ? (वैकल्पिक)
questions-platform-hint = अगर यह इस सूची के किसी ऐप, गेम या साइट पर हुआ, तो उसे चुनें, और आपकी योजना यह भी बताएगी कि वहाँ रिपोर्ट कैसे करें। आप यह सवाल छोड़ सकते हैं: आपकी योजना वैसी ही रहेगी।
questions-platform-skip = यह सवाल छोड़ें
questions-platform-group-platforms = ऐप, गेम और साइटें
questions-platform-group-other = कुछ और
questions-error-platform = सूची में से चुनें कि यह कहाँ हुआ, या यह सवाल छोड़ दें

## The fixed answers (a platform's own name is shown for the others)

place-website = कोई वेबसाइट
place-elsewhere-online = ऑनलाइन कहीं और
place-not-online = ऑनलाइन नहीं
place-rather-not-say = मैं नहीं बताना चाहता/चाहती

## The step

role-platform-heading = प्लेटफ़ॉर्म पर भी रिपोर्ट करें
role-platform-about = ऐप, गेम या साइट की अपनी सुरक्षा टीम, जो उसके नियम तोड़ने वाली सामग्री हटा सकती है और खाते बंद कर सकती है।
role-platform-need = खाते का नाम और आपने उसे प्लेटफ़ॉर्म पर कहाँ देखा। तस्वीरें ख़ुद कभी नहीं।
role-platform-next = प्लेटफ़ॉर्म की सुरक्षा टीम रिपोर्ट की जाँच करती है और सामग्री हटा सकती है या खाता बंद कर सकती है।
platform-step-heading = { $platform } पर भी रिपोर्ट करें
platform-why-adult = प्लेटफ़ॉर्म को भी रिपोर्ट करने से वह उस खाते पर कार्रवाई कर सकता है। यह ऊपर के चरणों के बाद करें, उनकी जगह नहीं।
platform-why-adult-images = तस्वीरों की रिपोर्ट पहले हॉटलाइन को करें: वही रिपोर्ट उन्हें हटवाती है और पुलिस तक पहुँचाती है। प्लेटफ़ॉर्म पर भी खाते की रिपोर्ट करना एक अतिरिक्त क़दम है, कभी उसकी जगह नहीं।
platform-why-child = आप ऐप, गेम या साइट को भी बता सकते हैं। यह ऊपर के चरणों के साथ-साथ है, उनकी जगह नहीं।
platform-why-child-images = पहले ऊपर वाले चरण में हॉटलाइन को रिपोर्ट करें। ऐप या साइट को भी बताना अतिरिक्त है: वे खाता बंद कर सकते हैं।
platform-report-link = { $platform } को रिपोर्ट करें
platform-in-app = ऐप में:
platform-passes-to-ncmec = { $platform } का कहना है कि वह रिपोर्टें NCMEC, यानी अमेरिका के नेशनल सेंटर फ़ॉर मिसिंग एंड एक्सप्लॉइटेड चिल्ड्रन, को भेजता है।
platform-passes-to-police = { $platform } का कहना है कि वह रिपोर्टें पुलिस को भेजता है।
platform-passes-to-ncmec-police = { $platform } का कहना है कि वह रिपोर्टें NCMEC (अमेरिका का नेशनल सेंटर फ़ॉर मिसिंग एंड एक्सप्लॉइटेड चिल्ड्रन) और पुलिस को भेजता है।
platform-account-needed = वहाँ रिपोर्ट करने के लिए आपको { $platform } खाते की ज़रूरत है।
platform-account-not-needed = वहाँ रिपोर्ट करने के लिए आपको { $platform } खाते की ज़रूरत नहीं है।
platform-advice-heading = जब आप वहाँ रिपोर्ट करें
platform-advice-adult-block = रिपोर्ट करने के बाद खाते को ब्लॉक करें।
platform-advice-adult-keep = बातचीत, संदेश या प्रोफ़ाइल न मिटाएँ: पुलिस को उनकी ज़रूरत पड़ सकती है।
platform-advice-adult-images = किसी बच्चे की यौन तस्वीरें कभी न भेजें, आगे न भेजें, सेव न करें और उनका स्क्रीनशॉट न लें, रिपोर्ट करने के लिए भी नहीं।
platform-advice-child-block = खाते की रिपोर्ट करने के बाद उसे ब्लॉक कर दें, ताकि वह आपसे संपर्क न कर सके।
platform-advice-child-keep = चैट या संदेश न मिटाएँ, चाहे आपका मन करे। वे पुलिस की मदद कर सकते हैं।
platform-advice-child-images = वे तस्वीरें कभी न भेजें और न सेव करें, रिपोर्ट करने के लिए भी नहीं। आप किसी मुसीबत में नहीं हैं।

## The plan's answers, and the email

plan-why-platform = यह यहाँ हुआ: { $platform }।
mail-answer-platform = यह कहाँ हुआ
