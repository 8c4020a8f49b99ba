### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Also tell { $organisation }
tell-section-intro = If this involves a child at { $organisation }, you can also send a message to their safeguarding team. This does not replace the steps above: please still report it there.

## The form

tell-title = Tell { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Leave this box empty
tell-text-label = What do you want { $organisation } to know?
# $max is the largest number of characters allowed.
tell-text-hint = Write what happened, who is involved and when. Do not paste or describe any sexual pictures, and do not include web addresses of them: Signpost removes those. You can write up to { $max } characters.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Characters remaining: { $count }
tell-count-over = Characters too many: { $count }
tell-contact-legend = Can { $organisation } contact you?
tell-contact-share = Yes, here are my details
tell-contact-name = Your name (optional)
tell-contact-email = Email address
tell-contact-phone = Phone number
tell-contact-anonymous = No, I'd rather stay anonymous
tell-who-reads-heading = Who will read this
tell-who-reads-to = Your message goes by email to the safeguarding team at { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Your message goes by email to the safeguarding team at { $organisation } ({ $recipients }).
tell-who-reads-after = They may contact you if you give your details. To keep a child safe they may pass what you write to the police or children's services. Signpost does not keep a copy.
tell-consent = I understand who will read this and what they may do with it
tell-continue = Continue

## Problems with what was typed

tell-error-text-empty = Write what you want them to know
tell-error-text-too-long = Your message is too long: make it { $max } characters or fewer
tell-error-contact-none = Give an email address or a phone number, or choose to stay anonymous
tell-error-email = Enter an email address like name@example.com
tell-error-phone = Enter a phone number using digits, like 07700 900 982
tell-error-name-too-long = Your name must be { $max } characters or fewer
tell-error-contact = Choose whether they can contact you
tell-error-consent = Tick the box to say you understand who will read this

## Check before sending

tell-check-title = Check your message before sending
tell-check-sent-to = Sent to
tell-check-sent-to-value = The safeguarding team at { $organisation }
tell-check-you-wrote = What you wrote
tell-check-contact = Your contact details
tell-check-anonymous = You chose to stay anonymous
tell-check-note = Web addresses are taken out or made unclickable before sending. { $organisation } will also see your answers to the questions and the places Signpost suggested. Signpost does not keep a copy.
tell-check-send = Send to { $organisation }
tell-check-change = Change your message

## After sending (or trying to)

tell-sent-heading = Sent to { $organisation }
tell-sent = Your message has been sent to the safeguarding team at { $organisation }. Signpost has not kept a copy.
tell-not-sent-heading = Your message was not sent
tell-not-sent-other-site = This form can only be sent from the Signpost page itself. Your message has not gone to { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Too many messages have been sent from here in a short time. Please try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Your message has not gone to { $organisation }.
tell-unconfirmed-heading = We could not confirm your message was sent
tell-unconfirmed = The connection to { $organisation }'s email server broke as your message was being handed over, so it may or may not have arrived. Your message is below. You could contact { $organisation } another way to check, rather than send it twice.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Your message has not gone to { $organisation }. It is below, so you can copy it or try again.
tell-failure-unreachable = Signpost could not reach the email server.
tell-failure-temporary = The email server is busy and asked to try later.
tell-failure-permanent = The email server refused the message.
tell-failure-timeout = The email server did not answer in time.
tell-failure-tls = Signpost could not set up a secure connection to the email server.
tell-failure-compose = Signpost could not prepare the message.
tell-failure-no-recipient = Signpost cannot forward messages to anyone at the moment.
tell-result-your-message = Your message
tell-result-copy = Here is what you wrote, so you can copy it or try again.
tell-result-you-wrote = What you wrote
tell-result-try-again = Try sending again
tell-result-change = Change your message
tell-result-still-heading = Please still use these steps
tell-result-still = Telling { $organisation } does not replace reporting it to the right place.
