### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Where did it happen? (optional)
questions-platform-hint = If it happened on an app, game or site in this list, choose it and your plan will also say how to report it there. You can skip this question: your plan stays the same.
questions-platform-skip = Skip this question
questions-platform-group-platforms = Apps, games and sites
questions-platform-group-other = Something else
questions-error-platform = Choose where it happened from the list, or skip this question

## The fixed answers (a platform's own name is shown for the others)

place-website = A website
place-elsewhere-online = Somewhere else online
place-not-online = Not online
place-rather-not-say = I'd rather not say

## The step

role-platform-heading = Report it on the platform too
role-platform-about = The app, game or site's own safety team, which can remove content and close accounts that break its rules.
role-platform-need = The name of the account and where you saw it on the platform. Never the pictures themselves.
role-platform-next = The platform's safety team looks at the report and may remove the content or close the account.
platform-step-heading = Report it on { $platform } too
platform-why-adult = Reporting it to the platform as well lets it act on the account. Do this after the steps above, not instead of them.
platform-why-adult-images = Report the images to the hotline first: that report is the one that gets them removed and passed to the police. Reporting the account on the platform as well is an addition, never a replacement.
platform-why-child = You can also tell the app, game or site. This is as well as the steps above, not instead of them.
platform-why-child-images = Report to the hotline first, in the step above. Telling the app or site as well is extra: it can close the account.
platform-report-link = Report it to { $platform }
platform-in-app = In the app:
platform-passes-to-ncmec = { $platform } says it passes reports to NCMEC, the US National Center for Missing & Exploited Children.
platform-passes-to-police = { $platform } says it passes reports to the police.
platform-passes-to-ncmec-police = { $platform } says it passes reports to NCMEC (the US National Center for Missing & Exploited Children) and to the police.
platform-account-needed = You need a { $platform } account to report there.
platform-account-not-needed = You do not need a { $platform } account to report there.
platform-advice-heading = When you report it there
platform-advice-adult-block = Block the account once you have reported it.
platform-advice-adult-keep = Do not delete the conversation, the messages or the profile: the police may need them.
platform-advice-adult-images = Never send, forward, save or screenshot sexual images of a child, not even to report them.
platform-advice-child-block = After you report the account, block it so it cannot contact you.
platform-advice-child-keep = Do not delete the chat or the messages, even if you want to. They can help the police.
platform-advice-child-images = Never send or save the pictures, not even to report them. You are not in trouble.

## The plan's answers, and the email

plan-why-platform = It happened on: { $platform }.
mail-answer-platform = Where it happened
