### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = أين حدث ذلك؟ (اختياري)
questions-platform-hint = إذا حدث ذلك في تطبيق أو لعبة أو موقع من هذه القائمة، فاختره وستخبرك خطتك أيضًا بكيفية الإبلاغ عنه هناك. يمكنك تخطي هذا السؤال: تبقى خطتك كما هي.
questions-platform-skip = تخطَّ هذا السؤال
questions-platform-group-platforms = تطبيقات وألعاب ومواقع
questions-platform-group-other = شيء آخر
questions-error-platform = اختر من القائمة أين حدث ذلك، أو تخطَّ هذا السؤال

## The fixed answers (a platform's own name is shown for the others)

place-website = موقع إلكتروني
place-elsewhere-online = في مكان آخر على الإنترنت
place-not-online = ليس على الإنترنت
place-rather-not-say = أفضّل ألا أقول

## The step

role-platform-heading = أبلِغ عنه على المنصة أيضًا
role-platform-about = فريق السلامة في التطبيق أو اللعبة أو الموقع، الذي يمكنه إزالة المحتوى وإغلاق الحسابات التي تخالف قواعده.
role-platform-need = اسم الحساب والمكان الذي رأيته فيه على المنصة. لا ترسل الصور نفسها أبدًا.
role-platform-next = يراجع فريق السلامة في المنصة البلاغ وقد يزيل المحتوى أو يغلق الحساب.
platform-step-heading = أبلِغ عنه على { $platform } أيضًا
platform-why-adult = إبلاغ المنصة أيضًا يتيح لها اتخاذ إجراء بشأن الحساب. افعل ذلك بعد الخطوات أعلاه، وليس بدلًا منها.
platform-why-adult-images = أبلِغ خط الإبلاغ عن الصور أولًا: فهذا البلاغ هو الذي يؤدي إلى إزالتها وإحالتها إلى الشرطة. إبلاغ المنصة عن الحساب أيضًا إضافة، وليس بديلًا أبدًا.
platform-why-child = يمكنك أيضًا إخبار التطبيق أو اللعبة أو الموقع. هذا إضافة إلى الخطوات أعلاه، وليس بدلًا منها.
platform-why-child-images = أبلِغ خط الإبلاغ أولًا، في الخطوة أعلاه. إخبار التطبيق أو الموقع أيضًا أمر إضافي: يمكنهم إغلاق الحساب.
platform-report-link = أبلِغ { $platform }
platform-in-app = داخل التطبيق:
platform-passes-to-ncmec = تقول { $platform } إنها تحيل البلاغات إلى NCMEC، المركز الوطني الأمريكي للأطفال المفقودين والمستغَلين.
platform-passes-to-police = تقول { $platform } إنها تحيل البلاغات إلى الشرطة.
platform-passes-to-ncmec-police = تقول { $platform } إنها تحيل البلاغات إلى NCMEC (المركز الوطني الأمريكي للأطفال المفقودين والمستغَلين) وإلى الشرطة.
platform-account-needed = تحتاج إلى حساب على { $platform } للإبلاغ هناك.
platform-account-not-needed = لا تحتاج إلى حساب على { $platform } للإبلاغ هناك.
platform-advice-heading = عندما تبلغ هناك
platform-advice-adult-block = احظر الحساب بعد أن تبلغ عنه.
platform-advice-adult-keep = لا تحذف المحادثة أو الرسائل أو الملف الشخصي: قد تحتاج إليها الشرطة.
platform-advice-adult-images = لا ترسل أبدًا صورًا جنسية لطفل، ولا تعد توجيهها، ولا تحفظها، ولا تلتقط لها لقطات شاشة، ولا حتى للإبلاغ عنها.
platform-advice-child-block = بعد أن تبلغ عن الحساب، احظره حتى لا يتمكن من التواصل معك.
platform-advice-child-keep = لا تحذف الدردشة أو الرسائل، حتى لو رغبت في ذلك. يمكنها أن تساعد الشرطة.
platform-advice-child-images = لا ترسل الصور ولا تحفظها أبدًا، ولا حتى للإبلاغ عنها. أنت لست في ورطة.

## The plan's answers, and the email

plan-why-platform = حدث ذلك على: { $platform }.
mail-answer-platform = أين حدث ذلك
