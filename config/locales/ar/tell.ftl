### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = أبلِغ { $organisation } أيضًا
tell-section-intro = إذا كان الأمر يتعلق بطفل في { $organisation }، فيمكنك أيضًا إرسال رسالة إلى فريق حماية الأطفال لديهم. هذا لا يغني عن الخطوات المذكورة أعلاه: يُرجى مع ذلك الإبلاغ هناك.

## The form

tell-title = إبلاغ { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = اترك هذا الحقل فارغًا
tell-text-label = ما الذي تريد إبلاغ { $organisation } به؟
# $max is the largest number of characters allowed.
tell-text-hint = اكتب ما حدث، ومن المعنيّون، ومتى. لا تلصق أي صور جنسية ولا تصفها، ولا تكتب عناوين الويب الخاصة بها: فـSignpost يحذفها. الحد الأقصى لعدد الأحرف: { $max }.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = الأحرف المتبقية: { $count }
tell-count-over = الأحرف الزائدة: { $count }
tell-contact-legend = هل يمكن أن تتواصل معك { $organisation }؟
tell-contact-share = نعم، هذه بياناتي
tell-contact-name = اسمك (اختياري)
tell-contact-email = عنوان البريد الإلكتروني
tell-contact-phone = رقم الهاتف
tell-contact-anonymous = لا، أفضّل عدم الكشف عن هويتي
tell-who-reads-heading = من سيقرأ هذه الرسالة
tell-who-reads-to = تُرسَل رسالتك بالبريد الإلكتروني إلى فريق حماية الأطفال في { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = تُرسَل رسالتك بالبريد الإلكتروني إلى فريق حماية الأطفال في { $organisation } ({ $recipients }).
tell-who-reads-after = قد يتواصلون معك إذا قدّمت بياناتك. ومن أجل الحفاظ على سلامة طفل، قد ينقلون ما تكتبه إلى الشرطة أو إلى خدمات حماية الطفل. لا يحتفظ Signpost بأي نسخة.
tell-consent = أفهم من سيقرأ هذه الرسالة وما قد يفعلونه بها
tell-continue = متابعة

## Problems with what was typed

tell-error-text-empty = اكتب ما تريد أن يعرفوه
tell-error-text-too-long = رسالتك طويلة جدًا: يجب ألا يزيد عدد أحرفها على { $max }
tell-error-contact-none = أدخل عنوان بريد إلكتروني أو رقم هاتف، أو اختر عدم الكشف عن هويتك
tell-error-email = أدخل عنوان بريد إلكتروني مثل name@example.com
tell-error-phone = أدخل رقم هاتف بالأرقام، مثل 07700 900 982
tell-error-name-too-long = يجب ألا يزيد عدد أحرف اسمك على { $max }
tell-error-contact = اختر ما إذا كان يمكنهم التواصل معك
tell-error-consent = ضع علامة في المربع لتؤكد أنك تفهم من سيقرأ هذه الرسالة

## Check before sending

tell-check-title = راجع رسالتك قبل الإرسال
tell-check-sent-to = تُرسَل إلى
tell-check-sent-to-value = فريق حماية الأطفال في { $organisation }
tell-check-you-wrote = ما كتبته
tell-check-contact = بيانات التواصل الخاصة بك
tell-check-anonymous = اخترت عدم الكشف عن هويتك
tell-check-note = تُحذف عناوين الويب أو تُجعل غير قابلة للنقر قبل الإرسال. وسترى { $organisation } أيضًا إجاباتك عن الأسئلة والجهات التي اقترحها Signpost. لا يحتفظ Signpost بأي نسخة.
tell-check-send = أرسل إلى { $organisation }
tell-check-change = عدّل رسالتك

## After sending (or trying to)

tell-sent-heading = أُرسلت إلى { $organisation }
tell-sent = أُرسلت رسالتك إلى فريق حماية الأطفال في { $organisation }. لم يحتفظ Signpost بأي نسخة.
tell-not-sent-heading = لم تُرسَل رسالتك
tell-not-sent-other-site = لا يمكن إرسال هذا النموذج إلا من صفحة Signpost نفسها. لم تصل رسالتك إلى { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = أُرسلت رسائل كثيرة جدًا من هنا في وقت قصير. يُرجى المحاولة مرة أخرى بعد { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. لم تصل رسالتك إلى { $organisation }.
tell-unconfirmed-heading = لم نتمكن من التأكد من إرسال رسالتك
tell-unconfirmed = انقطع الاتصال بخادم البريد الإلكتروني لدى { $organisation } أثناء تسليم رسالتك، لذلك ربما وصلت وربما لم تصل. رسالتك موجودة أدناه. يمكنك التواصل مع { $organisation } بطريقة أخرى للتحقق من ذلك، بدلًا من إرسالها مرتين.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } لم تصل رسالتك إلى { $organisation }. وهي موجودة أدناه، لتتمكن من نسخها أو المحاولة مرة أخرى.
tell-failure-unreachable = لم يتمكن Signpost من الوصول إلى خادم البريد الإلكتروني.
tell-failure-temporary = خادم البريد الإلكتروني مشغول وطلب المحاولة لاحقًا.
tell-failure-permanent = رفض خادم البريد الإلكتروني الرسالة.
tell-failure-timeout = لم يستجب خادم البريد الإلكتروني في الوقت المحدد.
tell-failure-tls = لم يتمكن Signpost من إنشاء اتصال آمن بخادم البريد الإلكتروني.
tell-failure-compose = لم يتمكن Signpost من تجهيز الرسالة.
tell-failure-no-recipient = لا يستطيع Signpost حاليًا إرسال الرسائل إلى أي أحد.
tell-result-your-message = رسالتك
tell-result-copy = هذا ما كتبته، لتتمكن من نسخه أو المحاولة مرة أخرى.
tell-result-you-wrote = ما كتبته
tell-result-try-again = حاول الإرسال مرة أخرى
tell-result-change = عدّل رسالتك
tell-result-still-heading = يُرجى مع ذلك اتباع هذه الخطوات
tell-result-still = إبلاغ { $organisation } لا يغني عن الإبلاغ إلى الجهة المناسبة.
