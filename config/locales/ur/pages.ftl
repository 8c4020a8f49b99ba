### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = خرابی: { $title }
skip-to-main = اصل مواد پر جائیں
# The button at the top of every page that leaves at once for a weather website.
exit-link = یہ سائٹ چھوڑیں
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = { "" }
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = موسم
footer-staying-safe = اس سائٹ کو استعمال کرتے ہوئے محفوظ رہنا
footer-nothing-kept = آپ Signpost کو جو کچھ بتاتے ہیں، وہ اس میں سے کچھ نہیں رکھتا۔ یہ ہنگامی سروس نہیں ہے۔
# The label of the list of languages on every page (read by screen readers).
language-list-label = زبان
language-own-label = آپ کے چنے ہوئے ملک کی زبانیں:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (نئے ٹیب میں کھلتا ہے)
# Before an error message under a question (read by screen readers).
error-prefix = خرابی:
error-summary-title = ایک مسئلہ ہے

## The emergency box (start and error pages)

emergency-heading = اگر کوئی بچہ ابھی خطرے میں ہے
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = ابھی { $number } پر کال کریں ({ $country })۔
emergency-call-local = ابھی اپنے مقامی ہنگامی نمبر پر کال کریں۔

## The start page

start-title = مدد کے لیے صحیح جگہ تلاش کریں
start-heading = کیا آپ کو آن لائن کسی بچے کی حفاظت کی فکر ہے؟
start-lead = چار مختصر سوالوں کے جواب دیں، اور Signpost آپ کو بتائے گا کہ آپ کے ملک میں اس کی رپورٹ کہاں کریں یا کس سے بات کریں۔ آپ اسے جو کچھ بتاتے ہیں، وہ اس میں سے کچھ نہیں رکھتا۔
start-button = ابھی شروع کریں
start-before-heading = شروع کرنے سے پہلے
start-before-no-images = کسی بچے کی کوئی جنسی تصویر ڈاؤن لوڈ نہ کریں، اس کا اسکرین شاٹ نہ لیں اور اسے شیئر نہ کریں، رپورٹ کرنے کے لیے بھی نہیں۔ اس کے بجائے ویب ایڈریس کاپی کریں۔
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = آپ یہ سائٹ کسی اور کے فون یا کمپیوٹر پر استعمال کر سکتے ہیں۔ کسی بھی وقت “{ $exit }” دبائیں۔

## The questions

questions-title = ہمیں بتائیں کہ کیا ہو رہا ہے
questions-intro = آپ کے جوابات صرف آپ کے لیے صحیح جگہ تلاش کرنے میں استعمال ہوتے ہیں۔ کچھ بھی محفوظ نہیں کیا جاتا۔
questions-country-label = آپ کہاں ہیں؟
questions-country-hint = وہ ملک منتخب کریں جہاں آپ اس وقت ہیں۔
questions-country-choose = ملک منتخب کریں
questions-danger-legend = کیا کوئی بچہ ابھی خطرے میں ہے؟
questions-danger-hint = مثلاً، کوئی اسے نقصان پہنچا رہا ہے، یا اس سے ملنے والا ہے۔
questions-danger-yes = ہاں
questions-danger-no = نہیں
questions-danger-not-sure = مجھے یقین نہیں
questions-reporter-legend = کیا آپ کی عمر 18 سال سے کم ہے؟
questions-reporter-child = ہاں، میری عمر 18 سال سے کم ہے
questions-reporter-adult = نہیں، میری عمر 18 سال یا اس سے زیادہ ہے
questions-concern-legend = آپ کو کس بات کی فکر ہے؟
questions-continue = آگے بڑھیں
questions-error-country = وہ ملک منتخب کریں جہاں آپ ہیں
questions-error-danger = منتخب کریں کہ آیا کوئی بچہ ابھی خطرے میں ہے
questions-error-reporter = منتخب کریں کہ آیا آپ کی عمر 18 سال سے کم ہے
questions-error-concern = منتخب کریں کہ آپ کو کس بات کی فکر ہے

## The plan

plan-title = مدد کہاں سے ملے گی
plan-heading-child = آپ کسی مصیبت میں نہیں ہیں۔ یہ لوگ آپ کی مدد کر سکتے ہیں۔
plan-lead-child = مدد تلاش کر کے آپ نے صحیح کام کیا۔ یہ مراحل ترتیب سے اختیار کریں۔ آپ کسی بھی وقت رک سکتے ہیں۔
plan-heading-adult = اس کی رپورٹ کہاں کریں اور مدد کہاں سے لیں
plan-lead-adult = یہ مراحل ترتیب سے اختیار کریں۔ { $country } کے لیے۔
plan-international = ان میں سے کچھ سروسز بین الاقوامی ہیں، کیونکہ ہمیں { $country } میں اس کے لیے کسی سروس کا علم نہیں۔ وہ کہیں سے بھی رپورٹ قبول کرتی ہیں۔
plan-advice-heading-child = یہ باتیں مدد کر سکتی ہیں
plan-advice-heading-adult = کیا کریں اور کیا نہ کریں
plan-why-summary = یہی مراحل کیوں؟
plan-why-told-us = آپ نے ہمیں بتایا:
plan-why-country = آپ { $country } میں ہیں۔
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = آپ کی فکر: { $concern }۔
plan-why-child = آپ کی عمر 18 سال سے کم ہے۔
plan-why-adult = آپ کی عمر 18 سال یا اس سے زیادہ ہے۔
plan-why-danger = ہو سکتا ہے کوئی بچہ ابھی خطرے میں ہو۔
plan-why-no-danger = کوئی بچہ ابھی خطرے میں نہیں ہے۔
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost نے اصول { $rule } استعمال کیا۔ یہ وہی مانتا ہے جو ہر سروس اپنے کام کے بارے میں کہتی ہے۔ اوپر ہر مرحلہ بتاتا ہے کہ وہ وہاں کیوں ہے۔
plan-start-again = مختلف جوابات کے ساتھ دوبارہ شروع کریں

## The steps of a plan

plan-step-number = مرحلہ { $number }
step-other-places = دوسری جگہیں جو اس میں مدد کر سکتی ہیں
# $number is the number exactly as the service writes it.
step-call = { $number } پر کال کریں
step-text = { $number } پر میسج کریں
step-more-about-number = اس نمبر کے بارے میں مزید
step-website = ان کی ویب سائٹ پر جائیں
step-fact-name = آپ کا نام
step-fact-when = کب
step-fact-who-for = کس کے لیے
step-anonymous = آپ اپنا نام بتائے بغیر رپورٹ کر سکتے ہیں۔
step-not-anonymous = آپ سے آپ کا نام اور رابطے کی تفصیلات پوچھی جائیں گی۔
step-ages-between = عمر { $min } سے { $max } سال
step-ages-up-to = { $max } سال کی عمر تک
step-ages-from = { $min } سال کی عمر سے
# $date is the date the details were last checked (date-long).
step-last-checked = آخری بار { $date } کو جانچا گیا۔
step-checked-own-site = سروس کی اپنی ویب سائٹ پر جانچا گیا۔
step-checked-third-party = کسی دوسری ویب سائٹ پر ملا: سروس کا اپنا صفحہ بھی دیکھیں۔
step-checked-conflict = کچھ تفصیلات پر ذرائع میں اختلاف ہے: سروس کا اپنا صفحہ دیکھیں۔
step-details-summary = آپ کو کیا چاہیے ہوگا اور آگے کیا ہوگا
step-details-about = یہ کیا ہے:
step-details-need = آپ کو کیا چاہیے ہوگا:
step-details-next = آگے کیا ہوگا:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] جنوری
        [2] فروری
        [3] مارچ
        [4] اپریل
        [5] مئی
        [6] جون
        [7] جولائی
        [8] اگست
        [9] ستمبر
        [10] اکتوبر
        [11] نومبر
       *[12] دسمبر
    }، { $year }

## Staying safe while you use this site

staying-safe-title = اس سائٹ کو استعمال کرتے ہوئے محفوظ رہنا
staying-safe-lead = اگر کوئی آپ کا فون یا کمپیوٹر دیکھ سکتا ہے، تو یہ باتیں مدد کر سکتی ہیں۔
staying-safe-does-heading = Signpost کیا کرتا ہے
staying-safe-no-keeping = Signpost آپ کے جوابات نہیں رکھتا۔ یہ کوکیز استعمال نہیں کرتا اور آپ کے آلے پر کچھ بھی محفوظ نہیں کرتا۔
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = آپ کے جوابات ویب ایڈریس میں نہیں ڈالے جاتے، اس لیے آپ کی ہسٹری میں صفحات کے نام صرف “Signpost”، “{ $questions }” اور “{ $plan }” ہوتے ہیں۔
# $exit is the name of the button (exit-link).
staying-safe-exit = ہر صفحے کے اوپر موجود “{ $exit }” بٹن آپ کو سیدھا موسم کی ایک ویب سائٹ پر لے جاتا ہے۔ اگر آپ کے براؤزر میں JavaScript چلتا ہے، تو Shift کا بٹن تین بار دبانے سے بھی یہی ہوتا ہے، اور بیک بٹن آپ کو یہاں واپس نہیں لائے گا۔
staying-safe-cannot-heading = Signpost کیا نہیں چھپا سکتا
staying-safe-history-shows = آپ کے براؤزر کی ہسٹری میں پھر بھی نظر آتا ہے کہ آپ نے یہ سائٹ کھولی تھی۔ آپ اسے اپنے براؤزر کی سیٹنگز میں مٹا سکتے ہیں، یا پرائیویٹ یا انکوگنیٹو ونڈو استعمال کر سکتے ہیں۔
staying-safe-phone-bill = ہیلپ لائن پر کی گئی فون کالز فون کے بل میں نظر آ سکتی ہیں، جب تک ہیلپ لائن یہ نہ کہے کہ وہ نظر نہیں آتیں۔ بچوں کی بہت سی ہیلپ لائنیں بل میں نظر نہیں آتیں۔
staying-safe-screen = جو شخص آپ کی اسکرین دیکھ سکتا ہے، یا جس نے آپ کے آلے پر ٹریکنگ سافٹ ویئر ڈالا ہے، وہ پھر بھی دیکھ سکتا ہے کہ آپ کیا کرتے ہیں۔ اگر آپ کو لگتا ہے کہ ایسا ہو رہا ہے، تو ایسا آلہ استعمال کریں جس تک وہ نہیں پہنچ سکتے، جیسے اسکول، لائبریری یا کسی دوست کا کمپیوٹر۔
staying-safe-back = شروع پر واپس جائیں

## The error page

error-still-help = آپ پھر بھی رپورٹ کر سکتے ہیں یا مدد لے سکتے ہیں
error-try-again = دوبارہ کوشش کریں
