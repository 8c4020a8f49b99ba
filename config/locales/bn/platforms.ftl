### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = এটা কোথায় ঘটেছে? (ঐচ্ছিক)
questions-platform-hint = এটা যদি এই তালিকার কোনো অ্যাপ, গেম বা সাইটে ঘটে থাকে, সেটি বেছে নিন, তাহলে আপনার পরিকল্পনায় সেখানে কীভাবে রিপোর্ট করবেন তাও বলা থাকবে। আপনি এই প্রশ্নটি বাদ দিতে পারেন: আপনার পরিকল্পনা একই থাকবে।
questions-platform-skip = এই প্রশ্নটি বাদ দিন
questions-platform-group-platforms = অ্যাপ, গেম ও সাইট
questions-platform-group-other = অন্য কিছু
questions-error-platform = তালিকা থেকে বেছে নিন এটা কোথায় ঘটেছে, অথবা এই প্রশ্নটি বাদ দিন

## The fixed answers (a platform's own name is shown for the others)

place-website = একটি ওয়েবসাইট
place-elsewhere-online = অনলাইনে অন্য কোথাও
place-not-online = অনলাইনে নয়
place-rather-not-say = আমি বলতে চাই না

## The step

role-platform-heading = প্ল্যাটফর্মেও রিপোর্ট করুন
role-platform-about = অ্যাপ, গেম বা সাইটের নিজস্ব নিরাপত্তা দল, যারা নিয়ম ভাঙা কনটেন্ট সরাতে এবং অ্যাকাউন্ট বন্ধ করতে পারে।
role-platform-need = অ্যাকাউন্টের নাম এবং প্ল্যাটফর্মে কোথায় সেটি দেখেছেন। ছবিগুলো নিজে কখনোই নয়।
role-platform-next = প্ল্যাটফর্মের নিরাপত্তা দল রিপোর্টটি দেখে এবং কনটেন্ট সরাতে বা অ্যাকাউন্ট বন্ধ করতে পারে।
platform-step-heading = { $platform }-এও রিপোর্ট করুন
platform-why-adult = প্ল্যাটফর্মকেও রিপোর্ট করলে তারা অ্যাকাউন্টটির বিরুদ্ধে ব্যবস্থা নিতে পারে। এটি উপরের ধাপগুলোর পরে করুন, সেগুলোর বদলে নয়।
platform-why-adult-images = ছবিগুলোর কথা আগে হটলাইনে রিপোর্ট করুন: সেই রিপোর্টই ছবিগুলো সরিয়ে দেয় এবং পুলিশের কাছে পৌঁছে দেয়। প্ল্যাটফর্মেও অ্যাকাউন্টটি রিপোর্ট করা একটি বাড়তি পদক্ষেপ, কখনোই বিকল্প নয়।
platform-why-child = আপনি অ্যাপ, গেম বা সাইটকেও জানাতে পারেন। এটা উপরের ধাপগুলোর পাশাপাশি, সেগুলোর বদলে নয়।
platform-why-child-images = আগে উপরের ধাপে হটলাইনে রিপোর্ট করুন। অ্যাপ বা সাইটকেও জানানোটা বাড়তি: তারা অ্যাকাউন্টটি বন্ধ করতে পারে।
platform-report-link = { $platform }-এ রিপোর্ট করুন
platform-in-app = অ্যাপের ভেতরে:
platform-passes-to-ncmec = { $platform } জানায় যে তারা রিপোর্টগুলো NCMEC-এ পাঠায়, যা যুক্তরাষ্ট্রের ন্যাশনাল সেন্টার ফর মিসিং অ্যান্ড এক্সপ্লয়েটেড চিলড্রেন।
platform-passes-to-police = { $platform } জানায় যে তারা রিপোর্টগুলো পুলিশের কাছে পাঠায়।
platform-passes-to-ncmec-police = { $platform } জানায় যে তারা রিপোর্টগুলো NCMEC (যুক্তরাষ্ট্রের ন্যাশনাল সেন্টার ফর মিসিং অ্যান্ড এক্সপ্লয়েটেড চিলড্রেন) এবং পুলিশের কাছে পাঠায়।
platform-account-needed = সেখানে রিপোর্ট করতে আপনার একটি { $platform } অ্যাকাউন্ট লাগবে।
platform-account-not-needed = সেখানে রিপোর্ট করতে আপনার { $platform } অ্যাকাউন্ট লাগবে না।
platform-advice-heading = যখন সেখানে রিপোর্ট করবেন
platform-advice-adult-block = রিপোর্ট করার পরে অ্যাকাউন্টটি ব্লক করুন।
platform-advice-adult-keep = কথোপকথন, বার্তা বা প্রোফাইল মুছবেন না: পুলিশের সেগুলো দরকার হতে পারে।
platform-advice-adult-images = কোনো শিশুর যৌন ছবি কখনো পাঠাবেন না, ফরওয়ার্ড করবেন না, সংরক্ষণ করবেন না বা স্ক্রিনশট নেবেন না, রিপোর্ট করার জন্যও নয়।
platform-advice-child-block = অ্যাকাউন্টটি রিপোর্ট করার পরে সেটি ব্লক করুন, যাতে আপনার সঙ্গে যোগাযোগ করতে না পারে।
platform-advice-child-keep = চ্যাট বা বার্তা মুছবেন না, মুছতে ইচ্ছা করলেও। সেগুলো পুলিশকে সাহায্য করতে পারে।
platform-advice-child-images = ছবিগুলো কখনো পাঠাবেন না বা সংরক্ষণ করবেন না, রিপোর্ট করার জন্যও নয়। আপনি কোনো ঝামেলায় পড়েননি।

## The plan's answers, and the email

plan-why-platform = এটা ঘটেছে: { $platform }।
mail-answer-platform = এটা কোথায় ঘটেছে
