### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = 有儿童此刻正处于危险中。紧急服务可以立即采取行动。请先打电话给他们，再进行其他步骤。
danger-no-number-known = 请立即拨打当地的紧急电话。如果你不知道号码，请去最近的警察局，或请身边的人帮忙求助。
police-door-why-police = 据我们所知，这个国家没有处理此类问题的专门服务。警方可以受理你的举报。
police-door-why-emergency-number = 据我们所知，这个国家没有处理此类问题的专门服务，也没有单独的警方热线。可以通过这个号码联系警方。
police-door-about-emergency-number = 这也是紧急电话号码。即使此刻没有正在发生的事，你也可以用它把你知道的情况告诉警方。

## The concerns, in plain words

concern-abuse-imagery-label = 网上有儿童的性图片或视频
concern-abuse-imagery-description = 你在网上看到了以性的方式呈现儿童的图片或视频。
concern-grooming-label = 有人在网上和儿童谈论性
concern-grooming-description = 有人在和儿童聊关于性的话题、索要照片，或试图和他们见面。
concern-sextortion-label = 有人威胁要分享性图片
concern-sextortion-description = 有人说，除非年轻人付钱或发送更多照片，否则就会分享他们的性照片。
concern-image-shared-label = 未满 18 岁者的裸照被分享了
concern-image-shared-description = 某个未满 18 岁的人（可能是你）的裸照或性照片已经被分享，或可能会被分享。
concern-child-abuse-label = 可能有儿童正在遭受性虐待
concern-child-abuse-description = 你担心有儿童正在遭受性虐待，而不仅仅是在网上。
concern-adult-behaviour-label = 某个成年人对儿童的行为
concern-adult-behaviour-description = 你担心某个成年人对待儿童的方式，或他们在网上看的东西。
concern-own-thoughts-label = 我自己的想法或行为
concern-own-thoughts-description = 你担心自己对儿童的性想法或行为。
concern-not-sure-label = 我不确定
concern-not-sure-description = 有件事让你担心，但不属于以上任何一种。

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = 立即拨打紧急电话
role-emergency-about = 紧急服务：警察、救护车和消防。
role-emergency-need = 说明你在哪里，发生了什么。不要挂断电话。
role-emergency-next = 接线员会告诉你该怎么做，并派人前来帮助。

role-police-heading = 告诉警方
role-police-about = 警方，处理不是此刻正在发生的事情。
role-police-need = 你知道的任何信息：姓名、地点、日期，以及你看到或听说的事情。
role-police-next = 警方会记录你告诉他们的内容，并决定如何保护儿童安全。

role-csam-hotline-heading = 举报网址
role-csam-hotline-about = 专家会核查网上儿童性图片或视频的举报，并让这些内容被删除。
role-csam-hotline-need = 该页面的网址（链接）。不需要其他任何东西：不要图片，不要截图。
role-csam-hotline-next = 分析员会核查该页面。如果内容违法，他们会设法删除它，并通知警方。

role-grooming-report-heading = 举报这个人
role-grooming-report-about = 处理企图在网上侵害儿童者的警方和儿童保护专家。
role-grooming-report-need = 用户名、个人主页链接、网址、日期和时间。你可以附上聊天截图，但绝不能截取儿童的性图片。
role-grooming-report-next = 儿童保护顾问会阅读你的举报，并决定如何保护这名儿童的安全。

role-image-removal-heading = 让图片被删除
role-image-removal-about = 帮助删除年轻人的裸照或裸露视频，并防止其再次被分享。
role-image-removal-need = 存有该图片的设备，或图片被分享时所在的网址。不要把图片发给任何人。
role-image-removal-next = 该服务会为图片生成数字指纹，让网站能够找到并删除副本。

role-child-helpline-heading = 找人谈谈
role-child-helpline-about = 面向儿童和年轻人的免费求助热线，任何让你担心的事都可以谈。
role-child-helpline-need = 什么都不需要。你只要打电话或发消息，然后聊聊就行。
role-child-helpline-next = 受过训练的辅导员会倾听，并帮你想清楚该怎么做。由你决定接下来发生什么。

role-abuse-helpline-heading = 就儿童问题寻求建议
role-abuse-helpline-about = 为担心儿童的成年人提供建议。
role-abuse-helpline-need = 你看到或听说了什么，以及时间。你不需要证据。
role-abuse-helpline-next = 顾问会和你一起梳理情况，并可以把担忧转告负责保护儿童的人。

role-prevention-heading = 获得保密的帮助
role-prevention-about = 为担心自己对儿童有性想法或行为的人提供保密帮助。
role-prevention-need = 什么都不需要。你可以保持匿名。
role-prevention-next = 受过训练的顾问会不加评判地倾听，并帮你制定保持安全的计划。

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = 复制该页面的网址（链接）。举报热线只需要这个。
advice-abuse-imagery-adult-2 = 不要下载、截屏、保存、分享或转发这些图片，即使是作为证据也不要。这样做会让图片进一步传播，而且在许多国家属于犯罪。
advice-abuse-imagery-adult-3 = 不要去寻找更多内容。你不需要证明任何东西违法。
advice-abuse-imagery-adult-4 = 向你所在国家的举报热线举报一次即可。通常你可以保持匿名。
advice-abuse-imagery-child-1 = 你不会因此惹上麻烦。看到这些不是你的错。
advice-abuse-imagery-child-2 = 复制该页面的网址（链接），然后关闭页面。
advice-abuse-imagery-child-3 = 不要保存、截屏这些图片，也不要发给任何人，即使是为了让别人看你看到了什么。
advice-abuse-imagery-child-4 = 和你信任的成年人或儿童求助热线谈谈。你不必独自面对这件事。

advice-grooming-adult-1 = 保留这些消息。记下用户名、个人主页链接、网址、日期和时间。
advice-grooming-adult-2 = 你可以截取对话，但绝不能截取任何儿童的性图片：不要保存、截屏或分享这些图片。
advice-grooming-adult-3 = 不要去质问这个人，也不要假装成那名儿童。这可能让儿童面临更大的风险，并妨碍调查。
advice-grooming-adult-4 = 先举报，再拉黑，以免证据丢失。
advice-grooming-child-1 = 你不会因此惹上麻烦。这不是你的错，即使你发过什么东西或答应过什么事。
advice-grooming-child-2 = 你不必回复。停止聊天，但要保留消息，以便给别人看。
advice-grooming-child-3 = 不要答应和他们见面。
advice-grooming-child-4 = 告诉你信任的成年人，或和儿童求助热线谈谈。他们会帮助你。

advice-sextortion-adult-1 = 不要付钱，也不要再发送任何东西。付钱很少能让威胁停止。
advice-sextortion-adult-2 = 停止联系，但要保留消息、用户名和付款信息作为证据。先举报，再拉黑。
advice-sextortion-adult-3 = 不要保存、截屏或分享那些性图片本身。
advice-sextortion-adult-4 = 受到威胁的年轻人需要听到：这不是他们的错，他们不会因此惹上麻烦。
advice-sextortion-child-1 = 你不会因此惹上麻烦。威胁你的人才是做错事的人。
advice-sextortion-child-2 = 不要付钱，也不要再发送任何东西。
advice-sextortion-child-3 = 不要再回复，但要保留消息，以便给别人看。
advice-sextortion-child-4 = 告诉你信任的成年人，或和儿童求助热线谈谈。有办法让图片被删除。

advice-image-shared-adult-1 = 不要下载、保存、截屏或转发这张图片，即使是为了举报也不要。这样会让它进一步传播，而且在许多国家属于犯罪。
advice-image-shared-adult-2 = Take It Down 在拍摄该图片的设备上使用：图片留在设备上，只分享数字指纹。
advice-image-shared-adult-3 = 如果图片在某个网站上，请复制网址并向举报热线举报。
advice-image-shared-adult-4 = 安慰这名年轻人：这不是他们的错，他们不会因此惹上麻烦。
advice-image-shared-child-1 = 你不会因此惹上麻烦。很多年轻人都经历过这种事，这是可以解决的。
advice-image-shared-child-2 = 不要把这张图片发给任何人，即使是为了举报也不要。
advice-image-shared-child-3 = 有些服务可以帮忙删除图片，而不需要你再次分享它们。
advice-image-shared-child-4 = 和儿童求助热线或你信任的成年人谈谈。你不必独自面对这件事。

advice-child-abuse-adult-1 = 寻求建议或举报担忧，都不需要证据。
advice-child-abuse-adult-2 = 不要去质问你担心的那个人。这可能让儿童面临更大的风险。
advice-child-abuse-adult-3 = 如果儿童告诉你遭受了虐待，请倾听，保持冷静，告诉他们这不是他们的错，不要承诺保守秘密。
advice-child-abuse-adult-4 = 写下你看到或听说的事情和日期，并使用当时说的原话。
advice-child-abuse-adult-5 = 求助热线可能允许你不公开姓名，但会转告任何显示儿童面临风险的信息。
advice-child-abuse-child-1 = 这不是你的错，你也不会因此惹上麻烦。
advice-child-abuse-child-2 = 你可以和会倾听、会帮助你的人谈谈。你想说多少就说多少。
advice-child-abuse-child-3 = 如果现在说话不安全，你可以以后再打电话或发消息。
advice-child-abuse-child-4 = 如果你此刻正处于危险中，请拨打紧急电话。

advice-adult-behaviour-adult-1 = 在决定怎么做之前，你可以先在保密的情况下和人谈谈。
advice-adult-behaviour-adult-2 = 不要自己去质问这个人。这可能让儿童面临更大的风险。
advice-adult-behaviour-adult-3 = 不要为了核实而查看、下载或分享任何图片。请改为记下网址、姓名和日期。
advice-adult-behaviour-adult-4 = 如果你认为有儿童正在受到伤害，请告诉警方或儿童保护机构。
advice-adult-behaviour-child-1 = 你告诉别人，不会因此惹上麻烦。
advice-adult-behaviour-child-2 = 和你信任的成年人或儿童求助热线谈谈。他们可以帮你决定该怎么做。
advice-adult-behaviour-child-3 = 尽可能远离这个人，不要单独和他们见面。

advice-own-thoughts-adult-1 = 寻求帮助是正确的做法。你可以获得保密的帮助，让自己保持安全，也让儿童保持安全。
advice-own-thoughts-adult-2 = 如果你看过儿童的性图片，请现在就停止。预防服务可以帮助你停止，其中许多是匿名的。
advice-own-thoughts-adult-3 = 如果你认为自己可能很快会伤害儿童，请立即寻求帮助。
advice-own-thoughts-child-1 = 你并不孤单，你愿意谈这件事是好事。
advice-own-thoughts-child-2 = 年轻人可以获得保密的帮助，来理解自己的想法并保持安全。
advice-own-thoughts-child-3 = 和儿童求助热线或你信任的成年人谈谈。

advice-not-sure-adult-1 = 你不需要确定才能寻求建议。求助热线可以和你一起梳理情况。
advice-not-sure-adult-2 = 不要为了弄清楚是什么而寻找、保存或分享任何图片。
advice-not-sure-adult-3 = 如果此刻有儿童处于危险中，请拨打紧急电话。
advice-not-sure-child-1 = 你来询问，不会因此惹上麻烦。
advice-not-sure-child-2 = 任何让你担心的事，你都可以和儿童求助热线谈谈。
advice-not-sure-child-3 = 如果你或其他儿童此刻正处于危险中，请拨打紧急电话。

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = 这里是举报在网上看到的儿童性图片的地方。分析员会核查页面并让内容被删除；你只需要提供网址。
why-abuse-imagery-child-csam-hotline = 这里是举报网上儿童性图片或视频的地方。你只需要提供网址，而且不必留下姓名。
why-abuse-imagery-child-child-helpline = 看到这些可能让人难过。你可以免费找人谈谈这件事。
why-grooming-adult-grooming-report = 这里是举报有人在网上和儿童谈论性、索要照片或试图和他们见面的地方。
why-grooming-adult-abuse-helpline = 如果你想先和人谈谈，这条求助热线为担心儿童的成年人提供建议。
why-grooming-child-grooming-report = 你可以在这里举报这个人。受过保护儿童安全培训的人会阅读你的举报。
why-grooming-child-child-helpline = 你可以免费找人谈谈发生的事。没有人会评判你。
why-sextortion-adult-grooming-report = 这里是举报有人威胁要分享年轻人性图片的地方。
why-sextortion-adult-image-removal = 这项服务帮助阻止图片在网上被分享。
why-sextortion-adult-image-removal-global = Take It Down 在世界任何地方都能使用：它帮助阻止年轻人的图片被分享，而且不需要任何人看到这些图片。
why-sextortion-adult-abuse-helpline = 这条求助热线为担心儿童的成年人提供建议。
why-sextortion-child-grooming-report = 你可以在这里举报威胁你的人。你不会因此惹上麻烦。
why-sextortion-child-image-removal = 这项服务可以帮助删除你的图片，并阻止它们被分享。
why-sextortion-child-image-removal-global = Take It Down 在世界任何地方都能使用。你的图片留在你的设备上；只分享数字指纹。
why-sextortion-child-child-helpline = 你可以免费找人谈谈正在发生的事。他们会帮助你。
why-image-shared-adult-image-removal = 这项服务帮助删除年轻人的裸照，并阻止它被分享。
why-image-shared-adult-image-removal-global = Take It Down 在世界任何地方都能使用，适用于此人未满 18 岁时拍摄的图片。图片留在设备上；只分享数字指纹。
why-image-shared-adult-csam-hotline = 如果图片在某个网站上，请在这里举报网址，以便删除。
why-image-shared-adult-abuse-helpline = 这条求助热线为担心儿童的成年人提供建议。
why-image-shared-child-image-removal = 这项服务帮助年轻人删除自己的裸照。你不会因此惹上麻烦。
why-image-shared-child-image-removal-global = Take It Down 在世界任何地方都能使用。你的图片留在你的设备上；只分享数字指纹。
why-image-shared-child-child-helpline = 你可以免费找人谈谈发生的事。他们会帮助你。
why-image-shared-child-csam-hotline = 如果图片在某个网站上，你可以在这里举报网址，以便删除。
why-child-abuse-adult-abuse-helpline = 你可以和受过训练的顾问谈谈你的担忧。他们可以告诉你该怎么做，并可以转告负责保护儿童的人。
why-child-abuse-adult-police = 你可以向警方报告你的担忧。
why-child-abuse-child-child-helpline = 你可以免费和会倾听、会帮助你的人谈谈。这不是你的错。
why-child-abuse-child-abuse-helpline = 这项服务帮助保护儿童，也会倾听你说话。
why-child-abuse-child-police = 你也可以告诉警方。保护儿童是他们工作的一部分，你不会因此惹上麻烦。
why-adult-behaviour-adult-prevention = 你可以在保密的情况下谈谈别人对儿童的行为，并决定该怎么做。
why-adult-behaviour-adult-abuse-helpline = 这条求助热线为担心儿童的成年人提供建议。
why-adult-behaviour-adult-police = 如果你认为有儿童正在受到伤害，你可以告诉警方。
why-adult-behaviour-child-child-helpline = 你可以免费找人谈谈让你担心的那个成年人。你不会因此惹上麻烦。
why-adult-behaviour-child-grooming-report = 如果那个成年人在网上联系你或其他儿童，你可以在这里举报。
why-own-thoughts-adult-prevention = 这项保密服务帮助担心自己对儿童有性想法或行为的人。
why-own-thoughts-adult-prevention-global = 免费、匿名的在线自助服务，在任何地方都能使用，提供多种语言。
why-own-thoughts-child-child-helpline = 你可以免费、保密地找人谈谈让你担心的想法。
why-own-thoughts-child-prevention = 这项保密服务帮助担心自己性想法的人，包括年轻人。
why-not-sure-adult-abuse-helpline = 即使你不确定发生了什么，也可以和受过训练的顾问谈谈你的担忧。
why-not-sure-child-child-helpline = 任何让你担心的事，你都可以免费找人谈谈。
