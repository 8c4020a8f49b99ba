### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = یہ کہاں ہوا؟ (اختیاری)
questions-platform-hint = اگر یہ اس فہرست میں موجود کسی ایپ، گیم یا سائٹ پر ہوا ہے تو اسے منتخب کریں، آپ کا منصوبہ یہ بھی بتائے گا کہ وہاں رپورٹ کیسے کریں۔ آپ یہ سوال چھوڑ سکتے ہیں: آپ کا منصوبہ ویسا ہی رہے گا۔
questions-platform-skip = یہ سوال چھوڑ دیں
questions-platform-group-platforms = ایپس، گیمز اور سائٹس
questions-platform-group-other = کچھ اور
questions-error-platform = فہرست میں سے منتخب کریں کہ یہ کہاں ہوا، یا یہ سوال چھوڑ دیں

## The fixed answers (a platform's own name is shown for the others)

place-website = کوئی ویب سائٹ
place-elsewhere-online = آن لائن کہیں اور
place-not-online = آن لائن نہیں
place-rather-not-say = میں نہیں بتانا چاہتا/چاہتی

## The step

role-platform-heading = پلیٹ فارم پر بھی رپورٹ کریں
role-platform-about = ایپ، گیم یا سائٹ کی اپنی حفاظتی ٹیم، جو اس کے قواعد توڑنے والا مواد ہٹا سکتی ہے اور اکاؤنٹس بند کر سکتی ہے۔
role-platform-need = اکاؤنٹ کا نام اور یہ کہ آپ نے اسے پلیٹ فارم پر کہاں دیکھا۔ تصویریں خود کبھی نہیں۔
role-platform-next = پلیٹ فارم کی حفاظتی ٹیم رپورٹ کا جائزہ لیتی ہے اور مواد ہٹا سکتی ہے یا اکاؤنٹ بند کر سکتی ہے۔
platform-step-heading = { $platform } پر بھی رپورٹ کریں
platform-why-adult = پلیٹ فارم کو بھی رپورٹ کرنے سے وہ اس اکاؤنٹ کے خلاف کارروائی کر سکتا ہے۔ یہ اوپر کے مراحل کے بعد کریں، ان کی جگہ نہیں۔
platform-why-adult-images = تصویروں کی رپورٹ پہلے ہاٹ لائن کو کریں: وہی رپورٹ انہیں ہٹواتی اور پولیس تک پہنچاتی ہے۔ پلیٹ فارم پر بھی اکاؤنٹ کی رپورٹ کرنا ایک اضافی قدم ہے، کبھی اس کا متبادل نہیں۔
platform-why-child = آپ ایپ، گیم یا سائٹ کو بھی بتا سکتے ہیں۔ یہ اوپر کے مراحل کے ساتھ ساتھ ہے، ان کی جگہ نہیں۔
platform-why-child-images = پہلے اوپر والے مرحلے میں ہاٹ لائن کو رپورٹ کریں۔ ایپ یا سائٹ کو بھی بتانا اضافی ہے: وہ اکاؤنٹ بند کر سکتے ہیں۔
platform-report-link = { $platform } کو رپورٹ کریں
platform-in-app = ایپ میں:
platform-passes-to-ncmec = { $platform } کا کہنا ہے کہ وہ رپورٹیں NCMEC کو بھیجتا ہے، یعنی امریکہ کا نیشنل سینٹر فار مسنگ اینڈ ایکسپلائٹڈ چلڈرن۔
platform-passes-to-police = { $platform } کا کہنا ہے کہ وہ رپورٹیں پولیس کو بھیجتا ہے۔
platform-passes-to-ncmec-police = { $platform } کا کہنا ہے کہ وہ رپورٹیں NCMEC (امریکہ کا نیشنل سینٹر فار مسنگ اینڈ ایکسپلائٹڈ چلڈرن) اور پولیس کو بھیجتا ہے۔
platform-account-needed = وہاں رپورٹ کرنے کے لیے آپ کو { $platform } اکاؤنٹ کی ضرورت ہے۔
platform-account-not-needed = وہاں رپورٹ کرنے کے لیے آپ کو { $platform } اکاؤنٹ کی ضرورت نہیں۔
platform-advice-heading = جب آپ وہاں رپورٹ کریں
platform-advice-adult-block = رپورٹ کرنے کے بعد اکاؤنٹ کو بلاک کریں۔
platform-advice-adult-keep = بات چیت، پیغامات یا پروفائل نہ مٹائیں: پولیس کو ان کی ضرورت پڑ سکتی ہے۔
platform-advice-adult-images = کسی بچے کی جنسی تصویریں کبھی نہ بھیجیں، آگے نہ بھیجیں، محفوظ نہ کریں اور ان کا اسکرین شاٹ نہ لیں، رپورٹ کرنے کے لیے بھی نہیں۔
platform-advice-child-block = اکاؤنٹ کی رپورٹ کرنے کے بعد اسے بلاک کر دیں تاکہ وہ آپ سے رابطہ نہ کر سکے۔
platform-advice-child-keep = چیٹ یا پیغامات نہ مٹائیں، چاہے آپ کا دل چاہے۔ وہ پولیس کی مدد کر سکتے ہیں۔
platform-advice-child-images = وہ تصویریں کبھی نہ بھیجیں اور نہ محفوظ کریں، رپورٹ کرنے کے لیے بھی نہیں۔ آپ کسی مصیبت میں نہیں ہیں۔

## The plan's answers, and the email

plan-why-platform = یہ یہاں ہوا: { $platform }۔
mail-answer-platform = یہ کہاں ہوا
