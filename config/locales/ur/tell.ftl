### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = { $organisation } کو بھی بتائیں
tell-section-intro = اگر اس میں { $organisation } سے تعلق رکھنے والا کوئی بچہ شامل ہے، تو آپ ان کی بچوں کے تحفظ کی ٹیم کو بھی پیغام بھیج سکتے ہیں۔ یہ اوپر دیے گئے مراحل کا متبادل نہیں ہے: براہِ کرم پھر بھی وہاں رپورٹ کریں۔

## The form

tell-title = { $organisation } کو بتائیں
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = یہ خانہ خالی چھوڑ دیں
tell-text-label = آپ { $organisation } کو کیا بتانا چاہتے ہیں؟
# $max is the largest number of characters allowed.
tell-text-hint = لکھیں کہ کیا ہوا، اس میں کون شامل ہے اور کب۔ کوئی جنسی تصویر پیسٹ نہ کریں، اس کی تفصیل نہ لکھیں، اور اس کے ویب ایڈریس شامل نہ کریں: Signpost انہیں ہٹا دیتا ہے۔ آپ { $max } حروف تک لکھ سکتے ہیں۔
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = باقی حروف: { $count }
tell-count-over = زائد حروف: { $count }
tell-contact-legend = کیا { $organisation } آپ سے رابطہ کر سکتا ہے؟
tell-contact-share = ہاں، یہ رہیں میری تفصیلات
tell-contact-name = آپ کا نام (اختیاری)
tell-contact-email = ای میل ایڈریس
tell-contact-phone = فون نمبر
tell-contact-anonymous = نہیں، مجھے گمنام رہنا ہے
tell-who-reads-heading = اسے کون پڑھے گا
tell-who-reads-to = آپ کا پیغام ای میل کے ذریعے { $organisation } کی بچوں کے تحفظ کی ٹیم کو جاتا ہے۔
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = آپ کا پیغام ای میل کے ذریعے { $organisation } کی بچوں کے تحفظ کی ٹیم ({ $recipients }) کو جاتا ہے۔
tell-who-reads-after = اگر آپ اپنی تفصیلات دیں تو وہ آپ سے رابطہ کر سکتے ہیں۔ کسی بچے کو محفوظ رکھنے کے لیے وہ آپ کی لکھی ہوئی بات پولیس یا بچوں کی سروسز کو دے سکتے ہیں۔ Signpost کوئی کاپی نہیں رکھتا۔
tell-consent = مجھے معلوم ہے کہ اسے کون پڑھے گا اور وہ اس کے ساتھ کیا کر سکتے ہیں
tell-continue = آگے بڑھیں

## Problems with what was typed

tell-error-text-empty = لکھیں کہ آپ انہیں کیا بتانا چاہتے ہیں
tell-error-text-too-long = آپ کا پیغام بہت لمبا ہے: اسے { $max } حروف یا اس سے کم کریں
tell-error-contact-none = ای میل ایڈریس یا فون نمبر دیں، یا گمنام رہنے کا انتخاب کریں
tell-error-email = name@example.com جیسا ای میل ایڈریس لکھیں
tell-error-phone = ہندسوں میں فون نمبر لکھیں، جیسے 07700 900 982
tell-error-name-too-long = آپ کا نام { $max } حروف یا اس سے کم ہونا چاہیے
tell-error-contact = منتخب کریں کہ آیا وہ آپ سے رابطہ کر سکتے ہیں
tell-error-consent = یہ بتانے کے لیے خانے پر نشان لگائیں کہ آپ کو معلوم ہے کہ اسے کون پڑھے گا

## Check before sending

tell-check-title = بھیجنے سے پہلے اپنا پیغام دیکھ لیں
tell-check-sent-to = کسے بھیجا جائے گا
tell-check-sent-to-value = { $organisation } کی بچوں کے تحفظ کی ٹیم
tell-check-you-wrote = آپ نے کیا لکھا
tell-check-contact = آپ کی رابطے کی تفصیلات
tell-check-anonymous = آپ نے گمنام رہنے کا انتخاب کیا ہے
tell-check-note = بھیجنے سے پہلے ویب ایڈریس نکال دیے جاتے ہیں یا ناقابلِ کلک بنا دیے جاتے ہیں۔ { $organisation } سوالوں کے آپ کے جواب اور Signpost کی تجویز کردہ جگہیں بھی دیکھے گا۔ Signpost کوئی کاپی نہیں رکھتا۔
tell-check-send = { $organisation } کو بھیجیں
tell-check-change = اپنا پیغام تبدیل کریں

## After sending (or trying to)

tell-sent-heading = { $organisation } کو بھیج دیا گیا
tell-sent = آپ کا پیغام { $organisation } کی بچوں کے تحفظ کی ٹیم کو بھیج دیا گیا ہے۔ Signpost نے کوئی کاپی نہیں رکھی۔
tell-not-sent-heading = آپ کا پیغام نہیں بھیجا گیا
tell-not-sent-other-site = یہ فارم صرف Signpost کے اپنے صفحے سے ہی بھیجا جا سکتا ہے۔ آپ کا پیغام { $organisation } کو نہیں گیا۔
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = کم وقت میں یہاں سے بہت زیادہ پیغامات بھیجے گئے ہیں۔ براہِ کرم { $minutes ->
        [one] { $minutes } منٹ
       *[other] { $minutes } منٹ
    } بعد دوبارہ کوشش کریں۔ آپ کا پیغام { $organisation } کو نہیں گیا۔
tell-unconfirmed-heading = ہم تصدیق نہیں کر سکے کہ آپ کا پیغام بھیجا گیا
tell-unconfirmed = جب آپ کا پیغام حوالے کیا جا رہا تھا، اسی وقت { $organisation } کے ای میل سرور سے کنکشن ٹوٹ گیا، اس لیے ہو سکتا ہے کہ وہ پہنچ گیا ہو یا نہ پہنچا ہو۔ آپ کا پیغام نیچے ہے۔ اسے دوبارہ بھیجنے کے بجائے، آپ تصدیق کے لیے کسی اور طریقے سے { $organisation } سے رابطہ کر سکتے ہیں۔
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } آپ کا پیغام { $organisation } کو نہیں گیا۔ یہ نیچے ہے، تاکہ آپ اسے کاپی کر سکیں یا دوبارہ کوشش کر سکیں۔
tell-failure-unreachable = Signpost ای میل سرور تک نہیں پہنچ سکا۔
tell-failure-temporary = ای میل سرور مصروف ہے اور اس نے بعد میں کوشش کرنے کو کہا ہے۔
tell-failure-permanent = ای میل سرور نے پیغام لینے سے انکار کر دیا۔
tell-failure-timeout = ای میل سرور نے وقت پر جواب نہیں دیا۔
tell-failure-tls = Signpost ای میل سرور سے محفوظ کنکشن نہیں بنا سکا۔
tell-failure-compose = Signpost پیغام تیار نہیں کر سکا۔
tell-failure-no-recipient = Signpost اس وقت کسی کو بھی پیغامات آگے نہیں بھیج سکتا۔
tell-result-your-message = آپ کا پیغام
tell-result-copy = آپ نے جو لکھا وہ یہ ہے، تاکہ آپ اسے کاپی کر سکیں یا دوبارہ کوشش کر سکیں۔
tell-result-you-wrote = آپ نے کیا لکھا
tell-result-try-again = دوبارہ بھیجنے کی کوشش کریں
tell-result-change = اپنا پیغام تبدیل کریں
tell-result-still-heading = براہِ کرم پھر بھی یہ مراحل اختیار کریں
tell-result-still = { $organisation } کو بتانا، صحیح جگہ پر رپورٹ کرنے کا متبادل نہیں ہے۔
