### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Error: { $title }
skip-to-main = Skip to main content
# The button at the top of every page that leaves at once for a weather website.
exit-link = Leave this site
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = quickly
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Weather
footer-staying-safe = Staying safe while you use this site
footer-nothing-kept = Signpost does not keep anything you tell it. It is not an emergency service.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Language
# Above the chosen country's own languages, listed first in the language list.
language-own-label = The languages of the country you chose:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (opens in a new tab)
# Before an error message under a question (read by screen readers).
error-prefix = Error:
error-summary-title = There is a problem

## The emergency box (start and error pages)

emergency-heading = If a child is in danger right now
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Call { $number } now ({ $country }).
emergency-call-local = Call your local emergency number now.

## The start page

start-title = Find the right place to get help
start-heading = Worried about a child's safety online?
start-lead = Answer four short questions and Signpost will tell you where to report it or who to talk to in your country. It does not keep anything you tell it.
start-button = Start now
start-before-heading = Before you start
start-before-no-images = Do not download, screenshot or share any sexual pictures of a child, not even to report them. Copy the web address instead.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = You can use this site on someone else's phone or computer. Press “{ $exit }” at any time.

## The questions

questions-title = Tell us what is happening
questions-intro = Your answers are only used to find the right place for you. Nothing is saved.
questions-country-label = Where are you?
questions-country-hint = Choose the country you are in now.
questions-country-choose = Choose a country
questions-danger-legend = Is a child in danger right now?
questions-danger-hint = For example, someone is hurting them, or is about to meet them.
questions-danger-yes = Yes
questions-danger-no = No
questions-danger-not-sure = I'm not sure
questions-reporter-legend = Are you under 18?
questions-reporter-child = Yes, I am under 18
questions-reporter-adult = No, I am 18 or over
questions-concern-legend = What are you worried about?
questions-continue = Continue
questions-error-country = Choose the country you are in
questions-error-danger = Choose whether a child is in danger right now
questions-error-reporter = Choose whether you are under 18
questions-error-concern = Choose what you are worried about

## The plan

plan-title = Where to get help
plan-heading-child = You are not in trouble. Here is who can help.
plan-lead-child = You did the right thing by looking for help. Take these steps in order. You can stop at any time.
plan-heading-adult = Where to report it and get help
plan-lead-adult = Take these steps in order. For { $country }.
plan-international = Some of these services are international, because we do not know of one in { $country } for this. They accept reports from anywhere.
plan-advice-heading-child = Things that can help
plan-advice-heading-adult = What to do and what not to do
plan-why-summary = Why these steps?
plan-why-told-us = You told us:
plan-why-country = You are in { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = What worries you: { $concern }.
plan-why-child = You are under 18.
plan-why-adult = You are 18 or over.
plan-why-danger = A child may be in danger right now.
plan-why-no-danger = No child is in danger right now.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost used the rule { $rule }. It follows what each service says it is for. Each step above says why it is there.
plan-start-again = Start again with different answers

## The steps of a plan

plan-step-number = Step { $number }
step-other-places = Other places that can help with this
# $number is the number exactly as the service writes it.
step-call = Call { $number }
step-text = Text { $number }
step-more-about-number = More about this number
step-website = Go to their website
step-fact-name = Your name
step-fact-when = When
step-fact-who-for = Who for
step-anonymous = You can report without giving your name.
step-not-anonymous = You will be asked for your name and contact details.
step-ages-between = Ages { $min } to { $max }
step-ages-up-to = Up to age { $max }
step-ages-from = From age { $min }
# $date is the date the details were last checked (date-long).
step-last-checked = Last checked { $date }.
step-checked-own-site = Checked on the service's own website.
step-checked-third-party = Found on another website: check the service's own page too.
step-checked-conflict = Sources disagree about some details: check the service's own page.
step-details-summary = What you will need and what happens next
step-details-about = What it is:
step-details-need = What you will need:
step-details-next = What happens next:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Staying safe while you use this site

staying-safe-title = Staying safe while you use this site
staying-safe-lead = If someone might check your phone or computer, these things can help.
staying-safe-does-heading = What Signpost does
staying-safe-no-keeping = Signpost does not keep your answers. It does not use cookies and does not save anything on your device.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Your answers are not put in the web address, so the pages in your history are called only “Signpost”, “{ $questions }” and “{ $plan }”.
# $exit is the name of the button (exit-link).
staying-safe-exit = The “{ $exit }” button at the top of every page takes you straight to a weather website. If your browser runs JavaScript, pressing the Shift key three times does the same, and the back button will not bring you back here.
staying-safe-cannot-heading = What Signpost cannot hide
staying-safe-history-shows = Your browser history still shows that you visited this site. You can delete it in your browser's settings, or use a private or incognito window.
staying-safe-phone-bill = Phone calls you make to a helpline may show on a phone bill, unless the helpline says they do not. Many helplines for children do not show on bills.
staying-safe-screen = Someone who can see your screen, or who has put tracking software on your device, may still see what you do. If you think that is happening, use a device they cannot get to, such as a school, library or friend's computer.
staying-safe-back = Back to the start

## The error page

error-still-help = You can still report or get help
error-try-again = Try again
