### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = لا يستطيع Signpost قبول ذلك
error-unsupported-form = لا يقبل Signpost إلا الإجابات عن أسئلته. ولا يقبل أبدًا الملفات أو الصور: لا ترسل الصور إلى أي مكان. أبلِغ عنها بدلًا من ذلك إلى خط الإبلاغ الوطني في بلدك.
error-unsupported-json = أرسل الإجابات بصيغة JSON مع Content-Type: application/json. لا يقبل Signpost أبدًا الملفات أو الصور: أبلِغ عن الصور بدلًا من ذلك إلى خط الإبلاغ الوطني في بلدك.
error-too-large-title = كان ذلك طويلًا جدًا
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = الحد الأقصى الذي يقبله Signpost هو { $kib } KiB. ولا يقبل أبدًا الملفات أو الصور.
error-body-unreadable-title = لم تصل إجاباتك
error-body-unreadable = انقطع الاتصال. يُرجى المحاولة مرة أخرى.
error-bad-json-title = طلب غير سليم
error-bad-form-title = تعذّرت قراءة إجاباتك
error-bad-form = يُرجى الرجوع إلى الأسئلة والإجابة عنها مرة أخرى.
error-invalid-title = إجابات غير صالحة
error-invalid = بعض الإجابات ناقصة أو غير صالحة؛ وكلٌّ منها مذكور في قائمة الأخطاء (errors).
error-not-found-title = الصفحة غير موجودة
error-not-found = لا توجد صفحة على هذا العنوان.
error-image-title = لا يستطيع Signpost قبول الصور
error-image = يبدو أن شيئًا مما أرسلته صورة. لا يقبل Signpost الصور أبدًا، ولم يُرسَل أي شيء. يُرجى عدم إرسال الصور إلى أي شخص، ولا حتى للإبلاغ عنها: فمشاركتها تنشرها أكثر، وهي جريمة في كثير من البلدان. إذا رأيت صورًا جنسية لطفل على الإنترنت، فانسخ عنوان الويب (الرابط) وأبلِغ عنه إلى خط الإبلاغ الوطني في بلدك.
error-binary-title = لم يستطع Signpost قراءة ذلك
error-binary = شيء مما أرسلته ليس نصًا. لا يقبل Signpost إلا الكلمات المكتوبة، ولا يقبل أبدًا الملفات أو الصور.
error-rate-limited-title = يُرجى الانتظار قليلًا
error-rate-limited = تلقّى Signpost طلبات كثيرة من اتصالك خلال وقت قصير، لذلك أوقف الرد عليها وإرسال الرسائل مؤقتًا لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. يمكنك الحصول على المساعدة الآن من الجهات المذكورة أدناه.
