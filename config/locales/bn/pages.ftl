### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = ত্রুটি: { $title }
skip-to-main = মূল বিষয়বস্তুতে যান
# The button at the top of every page that leaves at once for a weather website.
exit-link = এই সাইট ছেড়ে যান
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = { "" }
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = আবহাওয়া
footer-staying-safe = এই সাইট ব্যবহারের সময় নিরাপদ থাকা
footer-nothing-kept = আপনি Signpost-কে যা বলেন, তার কিছুই এটি রাখে না। এটি কোনো জরুরি সেবা নয়।
# The label of the list of languages on every page (read by screen readers).
language-list-label = ভাষা
language-own-label = আপনার বেছে নেওয়া দেশের ভাষা:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (নতুন ট্যাবে খোলে)
# Before an error message under a question (read by screen readers).
error-prefix = ত্রুটি:
error-summary-title = একটি সমস্যা হয়েছে

## The emergency box (start and error pages)

emergency-heading = কোনো শিশু যদি এই মুহূর্তে বিপদে থাকে
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = এখনই { $number } নম্বরে কল করুন ({ $country })।
emergency-call-local = এখনই আপনার স্থানীয় জরুরি নম্বরে কল করুন।

## The start page

start-title = সাহায্য পাওয়ার সঠিক জায়গা খুঁজুন
start-heading = অনলাইনে কোনো শিশুর নিরাপত্তা নিয়ে চিন্তিত?
start-lead = চারটি ছোট প্রশ্নের উত্তর দিন, আর Signpost আপনাকে জানাবে আপনার দেশে কোথায় রিপোর্ট করবেন বা কার সাথে কথা বলবেন। আপনি যা বলেন, তার কিছুই এটি রাখে না।
start-button = এখনই শুরু করুন
start-before-heading = শুরু করার আগে
start-before-no-images = কোনো শিশুর কোনো যৌন ছবি ডাউনলোড করবেন না, স্ক্রিনশট নেবেন না বা শেয়ার করবেন না, রিপোর্ট করার জন্যও না। তার বদলে ওয়েব ঠিকানাটি কপি করুন।
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = আপনি অন্য কারো ফোন বা কম্পিউটারে এই সাইট ব্যবহার করতে পারেন। যেকোনো সময় “{ $exit }” চাপুন।

## The questions

questions-title = কী ঘটছে, আমাদের জানান
questions-intro = আপনার উত্তরগুলো শুধু আপনার জন্য সঠিক জায়গা খুঁজে পেতে ব্যবহার করা হয়। কিছুই সংরক্ষণ করা হয় না।
questions-country-label = আপনি কোথায় আছেন?
questions-country-hint = আপনি এখন যে দেশে আছেন, সেটি বেছে নিন।
questions-country-choose = একটি দেশ বেছে নিন
questions-danger-legend = কোনো শিশু কি এই মুহূর্তে বিপদে আছে?
questions-danger-hint = যেমন, কেউ তাকে আঘাত করছে, বা তার সাথে দেখা করতে যাচ্ছে।
questions-danger-yes = হ্যাঁ
questions-danger-no = না
questions-danger-not-sure = আমি নিশ্চিত নই
questions-reporter-legend = আপনার বয়স কি 18-এর কম?
questions-reporter-child = হ্যাঁ, আমার বয়স 18-এর কম
questions-reporter-adult = না, আমার বয়স 18 বা তার বেশি
questions-concern-legend = আপনি কী নিয়ে চিন্তিত?
questions-continue = এগিয়ে যান
questions-error-country = আপনি যে দেশে আছেন, সেটি বেছে নিন
questions-error-danger = কোনো শিশু এই মুহূর্তে বিপদে আছে কি না, তা বেছে নিন
questions-error-reporter = আপনার বয়স 18-এর কম কি না, তা বেছে নিন
questions-error-concern = আপনি কী নিয়ে চিন্তিত, তা বেছে নিন

## The plan

plan-title = কোথায় সাহায্য পাবেন
plan-heading-child = আপনি কোনো ঝামেলায় পড়েননি। এঁরা আপনাকে সাহায্য করতে পারেন।
plan-lead-child = সাহায্য খুঁজে আপনি ঠিক কাজ করেছেন। এই ধাপগুলো ক্রমানুসারে নিন। আপনি যেকোনো সময় থামতে পারেন।
plan-heading-adult = কোথায় রিপোর্ট করবেন এবং সাহায্য পাবেন
plan-lead-adult = এই ধাপগুলো ক্রমানুসারে নিন। { $country }-এর জন্য।
plan-international = এর মধ্যে কিছু সেবা আন্তর্জাতিক, কারণ { $country }-এ এর জন্য কোনো সেবার কথা আমরা জানি না। তারা যেকোনো জায়গা থেকে রিপোর্ট গ্রহণ করে।
plan-advice-heading-child = যা সাহায্য করতে পারে
plan-advice-heading-adult = কী করবেন এবং কী করবেন না
plan-why-summary = কেন এই ধাপগুলো?
plan-why-told-us = আপনি আমাদের জানিয়েছেন:
plan-why-country = আপনার অবস্থান: { $country }।
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = আপনার উদ্বেগ: { $concern }।
plan-why-child = আপনার বয়স 18-এর কম।
plan-why-adult = আপনার বয়স 18 বা তার বেশি।
plan-why-danger = কোনো শিশু হয়তো এই মুহূর্তে বিপদে আছে।
plan-why-no-danger = কোনো শিশু এই মুহূর্তে বিপদে নেই।
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost { $rule } নিয়মটি ব্যবহার করেছে। প্রতিটি সেবা নিজের কাজ সম্পর্কে যা বলে, এটি তা অনুসরণ করে। ওপরের প্রতিটি ধাপ বলে দেয় সেটি কেন সেখানে আছে।
plan-start-again = ভিন্ন উত্তর দিয়ে আবার শুরু করুন

## The steps of a plan

plan-step-number = ধাপ { $number }
step-other-places = আরও যেসব জায়গা এতে সাহায্য করতে পারে
# $number is the number exactly as the service writes it.
step-call = { $number } নম্বরে কল করুন
step-text = { $number } নম্বরে মেসেজ করুন
step-more-about-number = এই নম্বর সম্পর্কে আরও
step-website = তাদের ওয়েবসাইটে যান
step-fact-name = আপনার নাম
step-fact-when = কখন
step-fact-who-for = কার জন্য
step-anonymous = আপনি নাম না দিয়েই রিপোর্ট করতে পারেন।
step-not-anonymous = আপনার নাম এবং যোগাযোগের তথ্য চাওয়া হবে।
step-ages-between = বয়স { $min } থেকে { $max }
step-ages-up-to = { $max } বছর বয়স পর্যন্ত
step-ages-from = { $min } বছর বয়স থেকে
# $date is the date the details were last checked (date-long).
step-last-checked = সর্বশেষ যাচাই: { $date }।
step-checked-own-site = সেবাটির নিজের ওয়েবসাইটে যাচাই করা হয়েছে।
step-checked-third-party = অন্য একটি ওয়েবসাইটে পাওয়া গেছে: সেবাটির নিজের পাতাও দেখে নিন।
step-checked-conflict = কিছু তথ্য নিয়ে উৎসগুলোর মধ্যে অমিল আছে: সেবাটির নিজের পাতা দেখে নিন।
step-details-summary = আপনার কী লাগবে এবং এরপর কী হবে
step-details-about = এটি কী:
step-details-need = আপনার কী লাগবে:
step-details-next = এরপর কী হবে:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] জানুয়ারি
        [2] ফেব্রুয়ারি
        [3] মার্চ
        [4] এপ্রিল
        [5] মে
        [6] জুন
        [7] জুলাই
        [8] আগস্ট
        [9] সেপ্টেম্বর
        [10] অক্টোবর
        [11] নভেম্বর
       *[12] ডিসেম্বর
    }, { $year }

## Staying safe while you use this site

staying-safe-title = এই সাইট ব্যবহারের সময় নিরাপদ থাকা
staying-safe-lead = কেউ যদি আপনার ফোন বা কম্পিউটার দেখতে পারে, তাহলে এগুলো সাহায্য করতে পারে।
staying-safe-does-heading = Signpost যা করে
staying-safe-no-keeping = Signpost আপনার উত্তর রাখে না। এটি কুকি ব্যবহার করে না এবং আপনার ডিভাইসে কিছুই সংরক্ষণ করে না।
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = আপনার উত্তর ওয়েব ঠিকানায় রাখা হয় না, তাই আপনার হিস্ট্রিতে পাতাগুলোর নাম শুধু “Signpost”, “{ $questions }” এবং “{ $plan }”।
# $exit is the name of the button (exit-link).
staying-safe-exit = প্রতিটি পাতার ওপরে থাকা “{ $exit }” বোতামটি আপনাকে সরাসরি একটি আবহাওয়ার ওয়েবসাইটে নিয়ে যায়। আপনার ব্রাউজারে JavaScript চললে, Shift কী তিনবার চাপলেও একই কাজ হয়, এবং ব্যাক বোতাম আপনাকে এখানে ফিরিয়ে আনবে না।
staying-safe-cannot-heading = Signpost যা লুকাতে পারে না
staying-safe-history-shows = আপনার ব্রাউজারের হিস্ট্রিতে তবুও দেখা যাবে যে আপনি এই সাইটে এসেছিলেন। আপনি ব্রাউজারের সেটিংস থেকে এটি মুছে ফেলতে পারেন, অথবা প্রাইভেট বা ইনকগনিটো উইন্ডো ব্যবহার করতে পারেন।
staying-safe-phone-bill = হেল্পলাইনে করা ফোন কল ফোনের বিলে দেখা যেতে পারে, যদি না হেল্পলাইন বলে যে সেগুলো দেখা যায় না। শিশুদের অনেক হেল্পলাইনের কল বিলে দেখা যায় না।
staying-safe-screen = যে আপনার স্ক্রিন দেখতে পারে, বা যে আপনার ডিভাইসে নজরদারির সফটওয়্যার বসিয়েছে, সে তবুও দেখতে পারে আপনি কী করছেন। এমন হচ্ছে মনে হলে, এমন একটি ডিভাইস ব্যবহার করুন যেটিতে সে পৌঁছাতে পারে না, যেমন স্কুল, লাইব্রেরি বা বন্ধুর কম্পিউটার।
staying-safe-back = শুরুতে ফিরে যান

## The error page

error-still-help = আপনি তবুও রিপোর্ট করতে বা সাহায্য পেতে পারেন
error-try-again = আবার চেষ্টা করুন
