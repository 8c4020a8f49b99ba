### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost cannot accept that
error-unsupported-form = Signpost only accepts the answers to its questions. It never accepts files or pictures: do not send pictures anywhere. Report them to your national hotline instead.
error-unsupported-json = Send the answers as JSON with Content-Type: application/json. Signpost never accepts files or images: report images to your national hotline instead.
error-too-large-title = That was too long
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost accepts at most { $kib } KiB. It never accepts files or pictures.
error-body-unreadable-title = Your answers did not arrive
error-body-unreadable = The connection was interrupted. Please try again.
error-bad-json-title = Malformed request
error-bad-form-title = Your answers could not be read
error-bad-form = Please go back to the questions and answer them again.
error-invalid-title = Invalid answers
error-invalid = Some answers are missing or not valid; each is listed in errors.
error-not-found-title = Page not found
error-not-found = There is no page at this address.
error-image-title = Signpost cannot accept pictures
error-image = Something you sent looks like a picture. Signpost never accepts pictures, and nothing was sent. Please do not send pictures to anyone, not even to report them: sharing them spreads them and is a crime in many countries. If you have seen sexual pictures of a child online, copy the web address and report it to your national hotline.
error-binary-title = Signpost could not read that
error-binary = Something you sent is not text. Signpost accepts only typed words, never files or pictures.
error-rate-limited-title = Please wait a moment
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = Signpost has had a lot of requests from your connection in a short time, so it has paused answering them, and forwarding messages, for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }. You can still get help now from the services below.
