### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = خطأ: { $title }
skip-to-main = الانتقال إلى المحتوى الرئيسي
# The button at the top of every page that leaves at once for a weather website.
exit-link = مغادرة هذا الموقع
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = بسرعة
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = الطقس
footer-staying-safe = البقاء في أمان أثناء استخدامك هذا الموقع
footer-nothing-kept = لا يحتفظ Signpost بأي شيء تخبره به. وهو ليس خدمة طوارئ.
# The label of the list of languages on every page (read by screen readers).
language-list-label = اللغة
language-own-label = لغات البلد الذي اخترته:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (يُفتح في علامة تبويب جديدة)
# Before an error message under a question (read by screen readers).
error-prefix = خطأ:
error-summary-title = هناك مشكلة

## The emergency box (start and error pages)

emergency-heading = إذا كان طفل في خطر الآن
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = اتصل بالرقم { $number } الآن ({ $country }).
emergency-call-local = اتصل الآن برقم الطوارئ المحلي.

## The start page

start-title = اعثر على الجهة المناسبة للحصول على المساعدة
start-heading = هل أنت قلق على سلامة طفل على الإنترنت؟
start-lead = أجب عن أربعة أسئلة قصيرة، وسيخبرك Signpost أين تُبلغ عن الأمر أو مع من تتحدث في بلدك. ولا يحتفظ بأي شيء تخبره به.
start-button = ابدأ الآن
start-before-heading = قبل أن تبدأ
start-before-no-images = لا تنزّل أي صور جنسية لطفل، ولا تلتقط لها لقطة شاشة، ولا تشاركها، ولا حتى للإبلاغ عنها. انسخ عنوان الويب (الرابط) بدلًا من ذلك.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = يمكنك استخدام هذا الموقع على هاتف شخص آخر أو حاسوبه. اضغط «{ $exit }» في أي وقت.

## The questions

questions-title = أخبرنا بما يحدث
questions-intro = لا تُستخدم إجاباتك إلا للعثور على الجهة المناسبة لك. لا يُحفظ أي شيء.
questions-country-label = أين أنت؟
questions-country-hint = اختر البلد الذي توجد فيه الآن.
questions-country-choose = اختر بلدًا
questions-danger-legend = هل هناك طفل في خطر الآن؟
questions-danger-hint = مثلًا: شخص يؤذيه، أو على وشك أن يلتقي به.
questions-danger-yes = نعم
questions-danger-no = لا
questions-danger-not-sure = لست متأكدًا
questions-reporter-legend = هل عمرك أقل من 18 عامًا؟
questions-reporter-child = نعم، عمري أقل من 18 عامًا
questions-reporter-adult = لا، عمري 18 عامًا أو أكثر
questions-concern-legend = ما الذي يقلقك؟
questions-continue = متابعة
questions-error-country = اختر البلد الذي توجد فيه
questions-error-danger = اختر ما إذا كان هناك طفل في خطر الآن
questions-error-reporter = اختر ما إذا كان عمرك أقل من 18 عامًا
questions-error-concern = اختر ما الذي يقلقك

## The plan

plan-title = أين تحصل على المساعدة
plan-heading-child = أنت لست في ورطة. هؤلاء من يمكنهم مساعدتك.
plan-lead-child = لقد فعلت الصواب عندما بحثت عن المساعدة. اتبع هذه الخطوات بالترتيب. يمكنك التوقف في أي وقت.
plan-heading-adult = أين تُبلغ عن الأمر وتحصل على المساعدة
plan-lead-adult = اتبع هذه الخطوات بالترتيب. البلد: { $country }.
plan-international = بعض هذه الخدمات دولية، لأننا لا نعرف خدمة في { $country } لهذا الأمر. وهي تقبل البلاغات من أي مكان.
plan-advice-heading-child = أشياء يمكن أن تساعدك
plan-advice-heading-adult = ما يجب فعله وما يجب تجنّبه
plan-why-summary = لماذا هذه الخطوات؟
plan-why-told-us = أخبرتنا بما يلي:
plan-why-country = أنت في { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = ما يقلقك: { $concern }.
plan-why-child = عمرك أقل من 18 عامًا.
plan-why-adult = عمرك 18 عامًا أو أكثر.
plan-why-danger = قد يكون هناك طفل في خطر الآن.
plan-why-no-danger = لا يوجد طفل في خطر الآن.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = استخدم Signpost القاعدة { $rule }. وهي تتبع ما تقوله كل خدمة عن الغرض منها. وتوضّح كل خطوة أعلاه سبب وجودها.
plan-start-again = ابدأ من جديد بإجابات مختلفة

## The steps of a plan

plan-step-number = الخطوة { $number }
step-other-places = جهات أخرى يمكنها المساعدة في هذا الأمر
# $number is the number exactly as the service writes it.
step-call = اتصل بالرقم { $number }
step-text = أرسل رسالة نصية إلى { $number }
step-more-about-number = المزيد عن هذا الرقم
step-website = انتقل إلى موقعهم الإلكتروني
step-fact-name = اسمك
step-fact-when = متى
step-fact-who-for = لمن
step-anonymous = يمكنك الإبلاغ دون ذكر اسمك.
step-not-anonymous = سيُطلب منك اسمك وبيانات التواصل معك.
step-ages-between = الأعمار من { $min } إلى { $max }
step-ages-up-to = حتى عمر { $max }
step-ages-from = من عمر { $min }
# $date is the date the details were last checked (date-long).
step-last-checked = آخر تحقق: { $date }.
step-checked-own-site = تم التحقق منها على الموقع الإلكتروني للخدمة نفسها.
step-checked-third-party = وُجدت على موقع إلكتروني آخر: تحقق أيضًا من صفحة الخدمة نفسها.
step-checked-conflict = تختلف المصادر في بعض التفاصيل: تحقق من صفحة الخدمة نفسها.
step-details-summary = ما ستحتاج إليه وما سيحدث بعد ذلك
step-details-about = ما هي:
step-details-need = ما ستحتاج إليه:
step-details-next = ما سيحدث بعد ذلك:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }

## Staying safe while you use this site

staying-safe-title = البقاء في أمان أثناء استخدامك هذا الموقع
staying-safe-lead = إذا كان هناك من قد يفتّش هاتفك أو حاسوبك، فهذه الأمور يمكن أن تساعدك.
staying-safe-does-heading = ما يفعله Signpost
staying-safe-no-keeping = لا يحتفظ Signpost بإجاباتك. ولا يستخدم ملفات تعريف الارتباط (الكوكيز)، ولا يحفظ أي شيء على جهازك.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = لا توضع إجاباتك في عنوان الويب، لذلك لا تحمل الصفحات في سجل التصفح إلا العناوين «Signpost» و«{ $questions }» و«{ $plan }».
# $exit is the name of the button (exit-link).
staying-safe-exit = ينقلك زر «{ $exit }» الموجود أعلى كل صفحة مباشرةً إلى موقع للطقس. وإذا كان متصفحك يشغّل JavaScript، فإن الضغط على مفتاح Shift ثلاث مرات يؤدي الغرض نفسه، ولن يعيدك زر الرجوع إلى هنا.
staying-safe-cannot-heading = ما لا يستطيع Signpost إخفاءه
staying-safe-history-shows = سيظل سجل التصفح في متصفحك يُظهر أنك زرت هذا الموقع. يمكنك حذفه من إعدادات المتصفح، أو استخدام نافذة خاصة أو نافذة التصفح المتخفي.
staying-safe-phone-bill = قد تظهر المكالمات التي تجريها مع خط مساعدة في فاتورة الهاتف، ما لم يذكر خط المساعدة أنها لا تظهر. كثير من خطوط مساعدة الأطفال لا تظهر في الفواتير.
staying-safe-screen = قد يظل بإمكان شخص يستطيع رؤية شاشتك، أو ثبّت برنامج تتبّع على جهازك، أن يرى ما تفعله. إذا كنت تعتقد أن هذا يحدث، فاستخدم جهازًا لا يستطيع الوصول إليه، مثل حاسوب في المدرسة أو المكتبة أو لدى صديق.
staying-safe-back = العودة إلى البداية

## The error page

error-still-help = لا يزال بإمكانك الإبلاغ أو الحصول على المساعدة
error-try-again = حاول مرة أخرى
