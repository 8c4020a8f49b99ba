### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Signpost-এর মাধ্যমে শিশু সুরক্ষা বিষয়ক উদ্বেগ: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Signpost-এর মাধ্যমে শিশু সুরক্ষা বিষয়ক উদ্বেগ
mail-intro = একজন ব্যক্তি Signpost ব্যবহার করে { $organisation }-কে একটি শিশুর নিরাপত্তা নিয়ে উদ্বেগের কথা জানিয়েছেন।
mail-no-copy = Signpost এই বার্তার কোনো কপি রাখে না। অনুগ্রহ করে আপনাদের শিশু সুরক্ষা নীতিমালা অনুযায়ী এটি দেখুন।
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = তিনি এই ভাষায় Signpost ব্যবহার করেছেন: { $language }।
# Between the message in the person's language and the same message in English.
mail-english-follows = একই বার্তা ইংরেজিতে নিচে দেওয়া হলো।
mail-answers-heading = ■ তাঁর উত্তর
mail-answer-where = তিনি কোথায় আছেন
mail-answer-worry = তাঁর উদ্বেগের বিষয়
mail-answer-danger = একটি শিশু এখনই বিপদে আছে
mail-answer-under-18 = ব্যক্তির বয়স 18-এর কম
mail-yes = হ্যাঁ
mail-no = না
mail-wrote-heading = ■ তিনি যা লিখেছেন
mail-reach-heading = ■ তাঁর সাথে কীভাবে যোগাযোগ করবেন
mail-reach-anonymous = তিনি পরিচয় গোপন রাখতে চেয়েছেন।
mail-reach-name = নাম
mail-reach-email = ইমেল
mail-reach-phone = ফোন
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = ■ Signpost তাঁকে কোথায় পাঠিয়েছে (নিয়ম { $rule }, আওতা { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = ফোন { $phone }
mail-removed-address = [ওয়েব ঠিকানা সরানো হয়েছে: এটি রিপোর্ট করতে Signpost ব্যক্তিকে হটলাইনে পাঠিয়েছে]
mail-automatic = এই বার্তাটি স্বয়ংক্রিয়ভাবে পাঠানো হয়েছে; এই ঠিকানায় পাঠানো উত্তর পড়া হয় না।
