### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost اسے قبول نہیں کر سکتا
error-unsupported-form = Signpost صرف اپنے سوالوں کے جواب قبول کرتا ہے۔ یہ کبھی فائلیں یا تصویریں قبول نہیں کرتا: تصویریں کہیں نہ بھیجیں۔ اس کے بجائے اپنی قومی ہاٹ لائن پر ان کی رپورٹ کریں۔
error-unsupported-json = جواب JSON کے طور پر Content-Type: application/json کے ساتھ بھیجیں۔ Signpost کبھی فائلیں یا تصویریں قبول نہیں کرتا: اس کے بجائے تصویروں کی رپورٹ اپنی قومی ہاٹ لائن پر کریں۔
error-too-large-title = یہ بہت لمبا تھا
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost زیادہ سے زیادہ { $kib } KiB قبول کرتا ہے۔ یہ کبھی فائلیں یا تصویریں قبول نہیں کرتا۔
error-body-unreadable-title = آپ کے جواب نہیں پہنچے
error-body-unreadable = کنکشن ٹوٹ گیا۔ براہِ کرم دوبارہ کوشش کریں۔
error-bad-json-title = درخواست درست شکل میں نہیں ہے
error-bad-form-title = آپ کے جواب پڑھے نہیں جا سکے
error-bad-form = براہِ کرم سوالوں پر واپس جائیں اور ان کے جواب دوبارہ دیں۔
error-invalid-title = ناقابلِ قبول جوابات
error-invalid = کچھ جواب موجود نہیں یا درست نہیں؛ ہر ایک errors میں درج ہے۔
error-not-found-title = صفحہ نہیں ملا
error-not-found = اس پتے پر کوئی صفحہ نہیں ہے۔
error-image-title = Signpost تصویریں قبول نہیں کر سکتا
error-image = آپ نے جو بھیجا، اس میں کچھ تصویر جیسا لگتا ہے۔ Signpost کبھی تصویریں قبول نہیں کرتا، اور کچھ بھی نہیں بھیجا گیا۔ براہِ کرم تصویریں کسی کو بھی نہ بھیجیں، رپورٹ کرنے کے لیے بھی نہیں: انہیں شیئر کرنے سے وہ اور پھیلتی ہیں، اور بہت سے ملکوں میں یہ جرم ہے۔ اگر آپ نے آن لائن کسی بچے کی جنسی تصویریں دیکھی ہیں، تو ویب ایڈریس کاپی کریں اور اپنی قومی ہاٹ لائن پر اس کی رپورٹ کریں۔
error-binary-title = Signpost اسے پڑھ نہیں سکا
error-binary = آپ نے جو بھیجا، اس کا کچھ حصہ تحریر نہیں ہے۔ Signpost صرف ٹائپ کیے گئے الفاظ قبول کرتا ہے، کبھی فائلیں یا تصویریں نہیں۔
error-rate-limited-title = براہِ کرم تھوڑا انتظار کریں
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = Signpost کو کم وقت میں آپ کے کنکشن سے بہت زیادہ درخواستیں ملی ہیں، اس لیے اس نے { $minutes ->
        [one] ایک منٹ
       *[other] { $minutes } منٹ
    } کے لیے ان کا جواب دینا اور پیغامات آگے بھیجنا روک دیا ہے۔ آپ اب بھی نیچے دی گئی سروسز سے مدد لے سکتے ہیں۔
