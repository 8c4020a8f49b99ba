### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost এটি গ্রহণ করতে পারে না
error-unsupported-form = Signpost শুধু তার প্রশ্নগুলোর উত্তর গ্রহণ করে। এটি কখনো ফাইল বা ছবি গ্রহণ করে না: কোথাও ছবি পাঠাবেন না। তার বদলে আপনার দেশের জাতীয় হটলাইনে সেগুলোর বিষয়ে রিপোর্ট করুন।
error-unsupported-json = উত্তরগুলো Content-Type: application/json সহ JSON হিসেবে পাঠান। Signpost কখনো ফাইল বা ছবি গ্রহণ করে না: তার বদলে ছবির বিষয়ে আপনার জাতীয় হটলাইনে রিপোর্ট করুন।
error-too-large-title = এটি খুব বড় ছিল
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost সর্বোচ্চ { $kib } KiB গ্রহণ করে। এটি কখনো ফাইল বা ছবি গ্রহণ করে না।
error-body-unreadable-title = আপনার উত্তরগুলো পৌঁছায়নি
error-body-unreadable = সংযোগ বিচ্ছিন্ন হয়ে গেছে। অনুগ্রহ করে আবার চেষ্টা করুন।
error-bad-json-title = অনুরোধটি সঠিক আকারে নেই
error-bad-form-title = আপনার উত্তরগুলো পড়া যায়নি
error-bad-form = অনুগ্রহ করে প্রশ্নগুলোতে ফিরে গিয়ে আবার উত্তর দিন।
error-invalid-title = অগ্রহণযোগ্য উত্তর
error-invalid = কিছু উত্তর নেই বা বৈধ নয়; প্রতিটি errors-এ দেওয়া আছে।
error-not-found-title = পাতাটি পাওয়া যায়নি
error-not-found = এই ঠিকানায় কোনো পাতা নেই।
error-image-title = Signpost ছবি গ্রহণ করতে পারে না
error-image = আপনি যা পাঠিয়েছেন তার মধ্যে কিছু একটা ছবির মতো দেখাচ্ছে। Signpost কখনো ছবি গ্রহণ করে না, আর কিছুই পাঠানো হয়নি। অনুগ্রহ করে কাউকে ছবি পাঠাবেন না, রিপোর্ট করার জন্যও না: শেয়ার করলে ছবিগুলো আরও ছড়িয়ে পড়ে, এবং অনেক দেশে এটি অপরাধ। আপনি যদি অনলাইনে কোনো শিশুর যৌন ছবি দেখে থাকেন, তাহলে ওয়েব ঠিকানাটি কপি করুন এবং আপনার জাতীয় হটলাইনে রিপোর্ট করুন।
error-binary-title = Signpost এটি পড়তে পারেনি
error-binary = আপনার পাঠানো কিছু অংশ লেখা নয়। Signpost শুধু টাইপ করা শব্দ গ্রহণ করে, কখনো ফাইল বা ছবি নয়।
error-rate-limited-title = অনুগ্রহ করে একটু অপেক্ষা করুন
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = অল্প সময়ের মধ্যে আপনার সংযোগ থেকে Signpost অনেক অনুরোধ পেয়েছে, তাই { $minutes ->
        [one] { $minutes } মিনিটের
       *[other] { $minutes } মিনিটের
    } জন্য এটি উত্তর দেওয়া এবং বার্তা পাঠানো বন্ধ রেখেছে। আপনি এখনও নিচের সেবাগুলো থেকে সাহায্য পেতে পারেন।
