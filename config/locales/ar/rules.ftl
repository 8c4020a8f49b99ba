### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = هناك طفل في خطر الآن. تستطيع خدمات الطوارئ التحرك فورًا. اتصل بها أولًا، ثم اتبع الخطوات الأخرى.
danger-no-number-known = اتصل الآن برقم الطوارئ المحلي. إذا كنت لا تعرفه، فاذهب إلى أقرب مركز شرطة أو اطلب من شخص قريب منك أن يتصل طلبًا للمساعدة.
police-door-why-police = لا نعرف خدمة متخصصة لهذا الأمر في هذا البلد. يمكن للشرطة أن تتلقى بلاغك.
police-door-why-emergency-number = لا نعرف خدمة متخصصة لهذا الأمر في هذا البلد، ولا خطًا منفصلًا للشرطة. يمكن الوصول إلى الشرطة على هذا الرقم.
police-door-about-emergency-number = هذا أيضًا رقم الطوارئ. يمكنك استخدامه لإخبار الشرطة بما تعرفه، حتى لو لم يكن شيء يحدث الآن.

## The concerns, in plain words

concern-abuse-imagery-label = صور أو مقاطع فيديو جنسية لطفل على الإنترنت
concern-abuse-imagery-description = رأيت على الإنترنت صورًا أو مقاطع فيديو تُظهر طفلًا بطريقة جنسية.
concern-grooming-label = شخص على الإنترنت يتحدث مع طفل بطريقة جنسية
concern-grooming-description = شخص يتحدث مع طفل عن الجنس، أو يطلب منه صورًا، أو يحاول أن يلتقي به.
concern-sextortion-label = شخص يهدد بنشر صور جنسية
concern-sextortion-description = شخص يقول إنه سينشر صورًا جنسية لمراهق ما لم يدفع له المراهق المال أو يرسل له المزيد.
concern-image-shared-label = نُشرت صورة عارية لشخص دون 18 عامًا
concern-image-shared-description = نُشرت صورة عارية أو جنسية لشخص دون 18 عامًا (قد تكون أنت)، أو قد تُنشر.
concern-child-abuse-label = ربما يتعرض طفل لاعتداء جنسي
concern-child-abuse-description = أنت قلق من أن طفلًا يتعرض لاعتداء جنسي، وليس على الإنترنت فقط.
concern-adult-behaviour-label = سلوك شخص بالغ تجاه الأطفال
concern-adult-behaviour-description = أنت قلق من طريقة تصرف شخص بالغ مع الأطفال، أو مما يشاهده على الإنترنت.
concern-own-thoughts-label = أفكاري أو سلوكي أنا
concern-own-thoughts-description = أنت قلق من أفكارك أو سلوكك الجنسي تجاه الأطفال.
concern-not-sure-label = لست متأكدًا
concern-not-sure-description = هناك ما يقلقك، لكنه لا يندرج تحت أيٍّ من هذه الخيارات.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = اتصل برقم الطوارئ الآن
role-emergency-about = خدمات الطوارئ: الشرطة والإسعاف والإطفاء.
role-emergency-need = قل أين أنت وما الذي يحدث. ابقَ على الخط.
role-emergency-next = يخبرك الموظف الذي يردّ على مكالمتك بما عليك فعله، ويرسل المساعدة.

role-police-heading = أبلِغ الشرطة
role-police-about = الشرطة، للأمور التي لا تحدث في هذه اللحظة.
role-police-need = أي شيء تعرفه: أسماء وأماكن وتواريخ، وما رأيته أو ما قيل لك.
role-police-next = تسجّل الشرطة ما تخبرها به، وتقرر ما يجب فعله للحفاظ على سلامة الأطفال.

role-csam-hotline-heading = أبلِغ عن عنوان الويب
role-csam-hotline-about = خبراء يتحققون من البلاغات عن صور أو مقاطع فيديو جنسية لأطفال على الإنترنت ويعملون على إزالتها.
role-csam-hotline-need = عنوان الويب (الرابط) للصفحة. لا شيء غيره: لا صور ولا لقطات شاشة.
role-csam-hotline-next = يتحقق محلل من الصفحة. وإذا كان محتواها غير قانوني، يعمل على إزالتها ويبلغ الشرطة.

role-grooming-report-heading = أبلِغ عن الشخص
role-grooming-report-about = الشرطة وخبراء حماية الطفل الذين يتعاملون مع من يحاولون الاعتداء على الأطفال عبر الإنترنت.
role-grooming-report-need = أسماء المستخدمين، وروابط الملفات الشخصية، وعناوين الويب، والتواريخ والأوقات. يمكنك إرفاق لقطات شاشة للمحادثة، ولكن لا تُرفق أبدًا لقطات شاشة لصور جنسية لطفل.
role-grooming-report-next = يقرأ مستشار في حماية الطفل بلاغك ويقرر ما يجب فعله للحفاظ على سلامة الطفل.

role-image-removal-heading = اطلب إزالة الصورة
role-image-removal-about = مساعدة في إزالة صورة عارية أو مقطع فيديو عارٍ لمراهق، ومنع إعادة نشره.
role-image-removal-need = الجهاز الذي توجد عليه الصورة، أو عنوان الويب الذي نُشرت فيه. لا ترسل الصورة إلى أي شخص.
role-image-removal-next = تُنشئ الخدمة بصمة رقمية للصورة، لتتمكن المواقع الإلكترونية من العثور على نسخها وإزالتها.

role-child-helpline-heading = تحدّث إلى شخص ما
role-child-helpline-about = خط مساعدة مجاني للأطفال والشباب، يمكنك التحدث إليه عن أي شيء يقلقك.
role-child-helpline-need = لا شيء. يمكنك ببساطة الاتصال أو إرسال رسالة والتحدث.
role-child-helpline-next = يستمع إليك مرشد مدرَّب ويساعدك على معرفة ما يمكنك فعله. أنت من يقرر ما سيحدث.

role-abuse-helpline-heading = احصل على نصيحة بشأن طفل
role-abuse-helpline-about = نصائح للبالغين القلقين على طفل.
role-abuse-helpline-need = ما رأيته أو ما قيل لك، ومتى حدث. لا تحتاج إلى دليل.
role-abuse-helpline-next = يناقش مستشار الأمر معك، ويمكنه نقل المخاوف إلى الجهات التي تحمي الأطفال.

role-prevention-heading = احصل على مساعدة سرية
role-prevention-about = مساعدة سرية للأشخاص القلقين من أفكار أو سلوك جنسي تجاه الأطفال.
role-prevention-need = لا شيء. يمكنك عدم الكشف عن هويتك.
role-prevention-next = يستمع إليك مستشار مدرَّب دون أن يحكم عليك، ويساعدك على وضع خطة للبقاء في أمان.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = انسخ عنوان الويب (الرابط) للصفحة. هذا كل ما يحتاج إليه خط الإبلاغ.
advice-abuse-imagery-adult-2 = لا تنزّل الصور، ولا تلتقط لها لقطات شاشة، ولا تحفظها، ولا تشاركها، ولا تعيد توجيهها، ولا حتى كدليل. فذلك ينشرها أكثر، وهو جريمة في كثير من البلدان.
advice-abuse-imagery-adult-3 = لا تبحث عن المزيد. لست بحاجة إلى إثبات أن شيئًا ما غير قانوني.
advice-abuse-imagery-adult-4 = أبلِغ مرة واحدة، إلى خط الإبلاغ الوطني في بلدك. يمكنك عادةً عدم الكشف عن هويتك.
advice-abuse-imagery-child-1 = أنت لست في ورطة. ورؤيتك لهذا ليست ذنبك.
advice-abuse-imagery-child-2 = انسخ عنوان الويب (الرابط) للصفحة، ثم أغلقها.
advice-abuse-imagery-child-3 = لا تحفظ الصور، ولا تلتقط لها لقطة شاشة، ولا ترسلها إلى أي شخص، ولا حتى لتُظهر ما رأيته.
advice-abuse-imagery-child-4 = تحدّث إلى شخص بالغ تثق به، أو إلى خط مساعدة الأطفال. لست مضطرًا إلى مواجهة هذا وحدك.

advice-grooming-adult-1 = احتفظ بالرسائل. دوّن أسماء المستخدمين، وروابط الملفات الشخصية، وعناوين الويب، والتواريخ والأوقات.
advice-grooming-adult-2 = يمكنك التقاط لقطات شاشة للمحادثة، ولكن لا تفعل ذلك أبدًا مع أي صورة جنسية لطفل: لا تحفظ هذه الصور، ولا تلتقط لها لقطات شاشة، ولا تشاركها.
advice-grooming-adult-3 = لا تواجه الشخص، ولا تتظاهر بأنك الطفل. فقد يعرّض ذلك الطفل لخطر أكبر ويضر بالتحقيق.
advice-grooming-adult-4 = أبلِغ قبل أن تحظر الشخص، حتى لا تضيع الأدلة.
advice-grooming-child-1 = أنت لست في ورطة. هذا ليس ذنبك، حتى لو أرسلت شيئًا أو وافقت على شيء.
advice-grooming-child-2 = لست مضطرًا إلى الرد. توقف عن الدردشة، لكن احتفظ بالرسائل لتتمكن من إظهارها.
advice-grooming-child-3 = لا توافق على مقابلته.
advice-grooming-child-4 = أخبر شخصًا بالغًا تثق به، أو تحدّث إلى خط مساعدة الأطفال. سيساعدونك.

advice-sextortion-adult-1 = لا تدفع، ولا ترسل أي شيء آخر. نادرًا ما يوقف الدفع التهديدات.
advice-sextortion-adult-2 = أوقف التواصل، لكن احتفظ بالرسائل وأسماء المستخدمين وتفاصيل الدفع كأدلة. أبلِغ قبل أن تحظر الشخص.
advice-sextortion-adult-3 = لا تحفظ الصور الجنسية نفسها، ولا تلتقط لها لقطات شاشة، ولا تشاركها.
advice-sextortion-adult-4 = المراهق الذي يتعرض للتهديد يحتاج إلى أن يسمع أن هذا ليس ذنبه وأنه ليس في ورطة.
advice-sextortion-child-1 = أنت لست في ورطة. الشخص الذي يهددك هو المخطئ.
advice-sextortion-child-2 = لا تدفع، ولا ترسل أي شيء آخر.
advice-sextortion-child-3 = توقف عن الرد، لكن احتفظ بالرسائل لتتمكن من إظهارها.
advice-sextortion-child-4 = أخبر شخصًا بالغًا تثق به، أو تحدّث إلى خط مساعدة الأطفال. هناك طرق لإزالة الصور.

advice-image-shared-adult-1 = لا تنزّل الصورة، ولا تحفظها، ولا تلتقط لها لقطة شاشة، ولا تعيد توجيهها، ولا حتى للإبلاغ عنها. فذلك ينشرها أكثر، وهو جريمة في كثير من البلدان.
advice-image-shared-adult-2 = تعمل خدمة Take It Down من الجهاز الذي التُقطت عليه الصورة: تبقى الصورة على الجهاز، ولا تُشارَك إلا بصمة رقمية لها.
advice-image-shared-adult-3 = إذا كانت الصورة على موقع إلكتروني، فانسخ عنوان الويب وأبلِغ عنه إلى خط الإبلاغ.
advice-image-shared-adult-4 = طمئن المراهق: هذا ليس ذنبه، وهو ليس في ورطة.
advice-image-shared-child-1 = أنت لست في ورطة. كثير من الشباب مرّوا بهذا، ويمكن حلّ الأمر.
advice-image-shared-child-2 = لا ترسل الصورة إلى أي شخص، ولا حتى للإبلاغ عنها.
advice-image-shared-child-3 = هناك خدمات تساعد على إزالة الصور دون أن تضطر إلى مشاركتها مرة أخرى.
advice-image-shared-child-4 = تحدّث إلى خط مساعدة الأطفال أو إلى شخص بالغ تثق به. لست مضطرًا إلى مواجهة هذا وحدك.

advice-child-abuse-adult-1 = لا تحتاج إلى دليل لتطلب النصيحة أو لتبلغ عن مخاوفك.
advice-child-abuse-adult-2 = لا تواجه الشخص الذي يقلقك. فقد يعرّض ذلك الطفل لخطر أكبر.
advice-child-abuse-adult-3 = إذا أخبرك طفل بأنه يتعرض لاعتداء، فاستمع إليه، وحافظ على هدوئك، وقل له إن هذا ليس ذنبه، ولا تعده بإبقاء الأمر سرًا.
advice-child-abuse-adult-4 = اكتب ما رأيته أو ما قيل لك، مع التواريخ، وبالكلمات نفسها التي استُخدمت.
advice-child-abuse-adult-5 = قد تسمح لك خطوط المساعدة بإبقاء اسمك سريًا، لكنها ستنقل أي معلومات تُظهر أن طفلًا في خطر.
advice-child-abuse-child-1 = هذا ليس ذنبك، وأنت لست في ورطة.
advice-child-abuse-child-2 = يمكنك التحدث إلى شخص سيستمع إليك ويساعدك. يمكنك أن تخبره بالقدر الذي تريده، كثيرًا كان أو قليلًا.
advice-child-abuse-child-3 = إذا لم يكن التحدث آمنًا الآن، فيمكنك الاتصال أو إرسال رسالة لاحقًا.
advice-child-abuse-child-4 = إذا كنت في خطر الآن، فاتصل برقم الطوارئ.

advice-adult-behaviour-adult-1 = يمكنك مناقشة الأمر بسرية قبل أن تقرر ما ستفعله.
advice-adult-behaviour-adult-2 = لا تواجه الشخص بنفسك. فقد يعرّض ذلك الأطفال لخطر أكبر.
advice-adult-behaviour-adult-3 = لا تشاهد أي صور ولا تنزّلها ولا تشاركها للتحقق منها. دوّن بدلًا من ذلك عناوين الويب والأسماء والتواريخ.
advice-adult-behaviour-adult-4 = إذا كنت تعتقد أن طفلًا يتعرض للأذى، فأبلِغ الشرطة أو إحدى خدمات حماية الطفل.
advice-adult-behaviour-child-1 = لست في ورطة لأنك أخبرت أحدًا.
advice-adult-behaviour-child-2 = تحدّث إلى شخص بالغ تثق به، أو إلى خط مساعدة الأطفال. يمكنهم مساعدتك على تقرير ما تفعله.
advice-adult-behaviour-child-3 = ابتعد عن هذا الشخص إن استطعت، ولا تقابله وحدك.

advice-own-thoughts-adult-1 = طلب المساعدة هو التصرف الصحيح. يمكنك الحصول على مساعدة سرية لتبقى في أمان وتحافظ على سلامة الأطفال.
advice-own-thoughts-adult-2 = إذا كنت قد شاهدت صورًا جنسية لأطفال، فتوقف الآن. يمكن لخدمات الوقاية أن تساعدك على التوقف، وكثير منها لا يطلب الكشف عن هويتك.
advice-own-thoughts-adult-3 = إذا كنت تعتقد أنك قد تؤذي طفلًا قريبًا، فاطلب المساعدة فورًا.
advice-own-thoughts-child-1 = أنت لست وحدك، ومن الجيد أنك تريد التحدث عن هذا.
advice-own-thoughts-child-2 = يمكن للشباب الحصول على مساعدة سرية لفهم أفكارهم والبقاء في أمان.
advice-own-thoughts-child-3 = تحدّث إلى خط مساعدة الأطفال أو إلى شخص بالغ تثق به.

advice-not-sure-adult-1 = لا تحتاج إلى أن تكون متأكدًا لتطلب النصيحة. يمكن لخط المساعدة أن يناقش الأمر معك.
advice-not-sure-adult-2 = لا تبحث عن أي صور ولا تحفظها ولا تشاركها للتحقق من ماهيتها.
advice-not-sure-adult-3 = إذا كان هناك طفل في خطر الآن، فاتصل برقم الطوارئ.
advice-not-sure-child-1 = لست في ورطة لأنك سألت.
advice-not-sure-child-2 = يمكنك التحدث إلى خط مساعدة الأطفال عن أي شيء يقلقك.
advice-not-sure-child-3 = إذا كنت أنت أو طفل آخر في خطر الآن، فاتصل برقم الطوارئ.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = هنا يمكنك الإبلاغ عن الصور الجنسية للأطفال التي تراها على الإنترنت. يتحقق المحللون من الصفحة ويعملون على إزالتها؛ ولا تحتاج إلا إلى تقديم عنوان الويب.
why-abuse-imagery-child-csam-hotline = هنا يمكنك الإبلاغ عن الصور أو مقاطع الفيديو الجنسية للأطفال على الإنترنت. لا تحتاج إلا إلى تقديم عنوان الويب، ولست مضطرًا إلى ذكر اسمك.
why-abuse-imagery-child-child-helpline = قد تكون رؤية هذا أمرًا مزعجًا. يمكنك التحدث إلى شخص عن ذلك مجانًا.
why-grooming-adult-grooming-report = هنا يمكنك الإبلاغ عن شخص يتحدث مع طفل بطريقة جنسية على الإنترنت، أو يطلب منه صورًا، أو يحاول أن يلتقي به.
why-grooming-adult-abuse-helpline = إذا أردت مناقشة الأمر أولًا، فخط المساعدة هذا يقدم النصيحة للبالغين القلقين على طفل.
why-grooming-child-grooming-report = يمكنك الإبلاغ عن الشخص هنا. سيقرأ بلاغك أشخاص مدرَّبون على حماية الأطفال.
why-grooming-child-child-helpline = يمكنك التحدث إلى شخص عمّا حدث، مجانًا. لن يحكم عليك أحد.
why-sextortion-adult-grooming-report = هنا يمكنك الإبلاغ عن شخص يهدد بنشر صور جنسية لمراهق.
why-sextortion-adult-image-removal = تساعد هذه الخدمة على منع نشر الصور على الإنترنت.
why-sextortion-adult-image-removal-global = تعمل خدمة Take It Down في أي مكان في العالم: فهي تساعد على منع نشر صور المراهق، دون أن يراها أحد.
why-sextortion-adult-abuse-helpline = يقدم خط المساعدة هذا النصيحة للبالغين القلقين على طفل.
why-sextortion-child-grooming-report = يمكنك الإبلاغ هنا عن الشخص الذي يهددك. أنت لست في ورطة.
why-sextortion-child-image-removal = يمكن لهذه الخدمة أن تساعدك على إزالة صورك ومنع نشرها.
why-sextortion-child-image-removal-global = تعمل خدمة Take It Down في أي مكان في العالم. تبقى صورك على جهازك؛ ولا تُشارَك إلا بصمة رقمية لها.
why-sextortion-child-child-helpline = يمكنك التحدث إلى شخص عمّا يحدث، مجانًا. سيساعدك.
why-image-shared-adult-image-removal = تساعد هذه الخدمة على إزالة صورة عارية لمراهق ومنع نشرها.
why-image-shared-adult-image-removal-global = تعمل خدمة Take It Down في أي مكان في العالم، للصور التي التُقطت عندما كان الشخص دون 18 عامًا. تبقى الصورة على الجهاز؛ ولا تُشارَك إلا بصمة رقمية لها.
why-image-shared-adult-csam-hotline = إذا كانت الصورة على موقع إلكتروني، فأبلِغ عن عنوان الويب هنا لكي تُزال.
why-image-shared-adult-abuse-helpline = يقدم خط المساعدة هذا النصيحة للبالغين القلقين على طفل.
why-image-shared-child-image-removal = تساعد هذه الخدمة الشباب على إزالة صورهم العارية. أنت لست في ورطة.
why-image-shared-child-image-removal-global = تعمل خدمة Take It Down في أي مكان في العالم. تبقى صورتك على جهازك؛ ولا تُشارَك إلا بصمة رقمية لها.
why-image-shared-child-child-helpline = يمكنك التحدث إلى شخص عمّا حدث، مجانًا. سيساعدك.
why-image-shared-child-csam-hotline = إذا كانت الصورة على موقع إلكتروني، فيمكنك الإبلاغ عن عنوان الويب هنا لكي تُزال.
why-child-abuse-adult-abuse-helpline = يمكنك التحدث عن مخاوفك إلى مستشارين مدرَّبين. يمكنهم إخبارك بما عليك فعله، ويمكنهم نقل الأمر إلى الجهات التي تحمي الأطفال.
why-child-abuse-adult-police = يمكنك إبلاغ الشرطة بمخاوفك.
why-child-abuse-child-child-helpline = يمكنك التحدث إلى شخص سيستمع إليك ويساعدك، مجانًا. هذا ليس ذنبك.
why-child-abuse-child-abuse-helpline = تساعد هذه الخدمة على حماية الأطفال، وستستمع إليك أنت أيضًا.
why-child-abuse-child-police = يمكنك أيضًا إبلاغ الشرطة. حماية الأطفال جزء من عملها، ولن تكون في ورطة.
why-adult-behaviour-adult-prevention = يمكنك التحدث بسرية عن سلوك شخص آخر تجاه الأطفال، وتقرير ما ستفعله.
why-adult-behaviour-adult-abuse-helpline = يقدم خط المساعدة هذا النصيحة للبالغين القلقين على طفل.
why-adult-behaviour-adult-police = إذا كنت تعتقد أن طفلًا يتعرض للأذى، فيمكنك إبلاغ الشرطة.
why-adult-behaviour-child-child-helpline = يمكنك التحدث إلى شخص عن الشخص البالغ الذي يقلقك، مجانًا. أنت لست في ورطة.
why-adult-behaviour-child-grooming-report = إذا كان الشخص البالغ يتواصل معك أو مع طفل آخر عبر الإنترنت، فيمكنك الإبلاغ عن ذلك هنا.
why-own-thoughts-adult-prevention = تساعد هذه الخدمة السرية الأشخاص القلقين من أفكارهم أو سلوكهم الجنسي تجاه الأطفال.
why-own-thoughts-adult-prevention-global = مساعدة ذاتية مجانية ومجهولة الهوية عبر الإنترنت، تعمل في أي مكان وبعدة لغات.
why-own-thoughts-child-child-helpline = يمكنك التحدث بسرية إلى شخص عن الأفكار التي تقلقك، مجانًا.
why-own-thoughts-child-prevention = تساعد هذه الخدمة السرية الأشخاص، ومنهم الشباب، القلقين من أفكارهم الجنسية.
why-not-sure-adult-abuse-helpline = يمكنك مناقشة مخاوفك مع مستشارين مدرَّبين، حتى لو لم تكن متأكدًا مما يحدث.
why-not-sure-child-child-helpline = يمكنك التحدث إلى شخص عن أي شيء يقلقك، مجانًا.
