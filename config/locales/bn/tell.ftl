### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = { $organisation }-কেও জানান
tell-section-intro = এর সাথে যদি { $organisation }-এর কোনো শিশু জড়িত থাকে, তাহলে আপনি তাদের শিশু সুরক্ষা দলকেও একটি বার্তা পাঠাতে পারেন। এটি ওপরের ধাপগুলোর বিকল্প নয়: অনুগ্রহ করে সেখানেও রিপোর্ট করুন।

## The form

tell-title = { $organisation }-কে জানান
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = এই ঘরটি খালি রাখুন
tell-text-label = আপনি { $organisation }-কে কী জানাতে চান?
# $max is the largest number of characters allowed.
tell-text-hint = কী ঘটেছে, কারা জড়িত এবং কখন, তা লিখুন। কোনো যৌন ছবি পেস্ট করবেন না বা তার বর্ণনা দেবেন না, এবং সেগুলোর ওয়েব ঠিকানাও দেবেন না: Signpost সেগুলো সরিয়ে দেয়। আপনি { $max } অক্ষর পর্যন্ত লিখতে পারেন।
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = বাকি অক্ষর: { $count }
tell-count-over = অতিরিক্ত অক্ষর: { $count }
tell-contact-legend = { $organisation } কি আপনার সাথে যোগাযোগ করতে পারে?
tell-contact-share = হ্যাঁ, এই আমার তথ্য
tell-contact-name = আপনার নাম (ঐচ্ছিক)
tell-contact-email = ইমেল ঠিকানা
tell-contact-phone = ফোন নম্বর
tell-contact-anonymous = না, আমি পরিচয় গোপন রাখতে চাই
tell-who-reads-heading = এটি কে পড়বে
tell-who-reads-to = আপনার বার্তাটি ইমেলে { $organisation }-এর শিশু সুরক্ষা দলের কাছে যায়।
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = আপনার বার্তাটি ইমেলে { $organisation }-এর শিশু সুরক্ষা দলের ({ $recipients }) কাছে যায়।
tell-who-reads-after = আপনি নিজের তথ্য দিলে তাঁরা আপনার সাথে যোগাযোগ করতে পারেন। কোনো শিশুকে নিরাপদ রাখতে তাঁরা আপনার লেখা পুলিশ বা শিশু সেবা বিভাগকে দিতে পারেন। Signpost কোনো কপি রাখে না।
tell-consent = আমি বুঝেছি কে এটি পড়বে এবং তাঁরা এটি নিয়ে কী করতে পারেন
tell-continue = এগিয়ে যান

## Problems with what was typed

tell-error-text-empty = আপনি তাঁদের কী জানাতে চান, তা লিখুন
tell-error-text-too-long = আপনার বার্তাটি খুব বড়: এটিকে { $max } অক্ষর বা তার কম করুন
tell-error-contact-none = একটি ইমেল ঠিকানা বা ফোন নম্বর দিন, অথবা পরিচয় গোপন রাখা বেছে নিন
tell-error-email = name@example.com-এর মতো একটি ইমেল ঠিকানা লিখুন
tell-error-phone = অঙ্ক দিয়ে একটি ফোন নম্বর লিখুন, যেমন 07700 900 982
tell-error-name-too-long = আপনার নাম { $max } অক্ষর বা তার কম হতে হবে
tell-error-contact = তাঁরা আপনার সাথে যোগাযোগ করতে পারবেন কি না, তা বেছে নিন
tell-error-consent = কে এটি পড়বে তা আপনি বুঝেছেন, এটি জানাতে ঘরে টিক দিন

## Check before sending

tell-check-title = পাঠানোর আগে আপনার বার্তাটি দেখে নিন
tell-check-sent-to = যাকে পাঠানো হবে
tell-check-sent-to-value = { $organisation }-এর শিশু সুরক্ষা দল
tell-check-you-wrote = আপনি যা লিখেছেন
tell-check-contact = আপনার যোগাযোগের তথ্য
tell-check-anonymous = আপনি পরিচয় গোপন রাখা বেছে নিয়েছেন
tell-check-note = পাঠানোর আগে ওয়েব ঠিকানাগুলো সরিয়ে ফেলা হয় বা ক্লিক করা যায় না এমন করা হয়। { $organisation } প্রশ্নগুলোতে আপনার দেওয়া উত্তর এবং Signpost যে জায়গাগুলোর পরামর্শ দিয়েছে, সেগুলোও দেখবে। Signpost কোনো কপি রাখে না।
tell-check-send = { $organisation }-কে পাঠান
tell-check-change = আপনার বার্তা বদলান

## After sending (or trying to)

tell-sent-heading = { $organisation }-কে পাঠানো হয়েছে
tell-sent = আপনার বার্তাটি { $organisation }-এর শিশু সুরক্ষা দলের কাছে পাঠানো হয়েছে। Signpost কোনো কপি রাখেনি।
tell-not-sent-heading = আপনার বার্তাটি পাঠানো হয়নি
tell-not-sent-other-site = এই ফর্মটি শুধু Signpost-এর নিজের পাতা থেকেই পাঠানো যায়। আপনার বার্তাটি { $organisation }-এর কাছে যায়নি।
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = অল্প সময়ের মধ্যে এখান থেকে অনেক বেশি বার্তা পাঠানো হয়েছে। অনুগ্রহ করে { $minutes ->
        [one] { $minutes } মিনিট
       *[other] { $minutes } মিনিট
    } পরে আবার চেষ্টা করুন। আপনার বার্তাটি { $organisation }-এর কাছে যায়নি।
tell-unconfirmed-heading = আপনার বার্তা পাঠানো হয়েছে কি না, আমরা নিশ্চিত করতে পারিনি
tell-unconfirmed = আপনার বার্তাটি হস্তান্তরের সময় { $organisation }-এর ইমেল সার্ভারের সাথে সংযোগ বিচ্ছিন্ন হয়ে যায়, তাই এটি পৌঁছাতেও পারে, না-ও পারে। আপনার বার্তাটি নিচে আছে। দুবার না পাঠিয়ে, যাচাই করতে আপনি অন্য কোনো উপায়ে { $organisation }-এর সাথে যোগাযোগ করতে পারেন।
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } আপনার বার্তাটি { $organisation }-এর কাছে যায়নি। এটি নিচে আছে, যাতে আপনি এটি কপি করতে বা আবার চেষ্টা করতে পারেন।
tell-failure-unreachable = Signpost ইমেল সার্ভারে পৌঁছাতে পারেনি।
tell-failure-temporary = ইমেল সার্ভারটি ব্যস্ত এবং পরে চেষ্টা করতে বলেছে।
tell-failure-permanent = ইমেল সার্ভারটি বার্তাটি প্রত্যাখ্যান করেছে।
tell-failure-timeout = ইমেল সার্ভারটি সময়মতো উত্তর দেয়নি।
tell-failure-tls = Signpost ইমেল সার্ভারের সাথে নিরাপদ সংযোগ তৈরি করতে পারেনি।
tell-failure-compose = Signpost বার্তাটি তৈরি করতে পারেনি।
tell-failure-no-recipient = Signpost এই মুহূর্তে কাউকে বার্তা পাঠাতে পারছে না।
tell-result-your-message = আপনার বার্তা
tell-result-copy = আপনি যা লিখেছেন তা এখানে আছে, যাতে আপনি এটি কপি করতে বা আবার চেষ্টা করতে পারেন।
tell-result-you-wrote = আপনি যা লিখেছেন
tell-result-try-again = আবার পাঠানোর চেষ্টা করুন
tell-result-change = আপনার বার্তা বদলান
tell-result-still-heading = অনুগ্রহ করে তবুও এই ধাপগুলো অনুসরণ করুন
tell-result-still = { $organisation }-কে জানানো সঠিক জায়গায় রিপোর্ট করার বিকল্প নয়।
