### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = A child is in danger right now. The emergency services can act straight away. Call them first, then use the other steps.
danger-no-number-known = Call your local emergency number now. If you do not know it, go to the nearest police station or ask someone near you to call for help.
police-door-why-police = There is no specialist service for this in this country that we know of. The police can take your report.
police-door-why-emergency-number = There is no specialist service for this in this country that we know of, and no separate police line. The police can be reached on this number.
police-door-about-emergency-number = This is also the emergency number. You can use it to tell the police what you know, even when nothing is happening right now.

## The concerns, in plain words

concern-abuse-imagery-label = Sexual images or videos of a child online
concern-abuse-imagery-description = You have seen pictures or videos online that show a child in a sexual way.
concern-grooming-label = Someone online is talking sexually to a child
concern-grooming-description = Someone is chatting to a child about sex, asking for pictures, or trying to meet them.
concern-sextortion-label = Someone is threatening to share sexual images
concern-sextortion-description = Someone says they will share sexual pictures of a young person unless they pay or send more.
concern-image-shared-label = A nude image of someone under 18 has been shared
concern-image-shared-description = A nude or sexual picture of someone under 18 (it could be you) has been shared, or might be.
concern-child-abuse-label = A child may be being sexually abused
concern-child-abuse-description = You are worried that a child is being sexually abused, not only online.
concern-adult-behaviour-label = An adult's behaviour towards children
concern-adult-behaviour-description = You are worried about how an adult behaves with children, or what they look at online.
concern-own-thoughts-label = My own thoughts or behaviour
concern-own-thoughts-description = You are worried about your own sexual thoughts or behaviour towards children.
concern-not-sure-label = I'm not sure
concern-not-sure-description = Something worries you, but it does not fit any of these.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Call the emergency number now
role-emergency-about = The emergency services: police, ambulance and fire.
role-emergency-need = Say where you are and what is happening. Stay on the line.
role-emergency-next = The call handler tells you what to do and sends help.

role-police-heading = Tell the police
role-police-about = The police, for things that are not happening right now.
role-police-need = Anything you know: names, places, dates, and what you saw or were told.
role-police-next = The police record what you tell them and decide what to do to keep children safe.

role-csam-hotline-heading = Report the web address
role-csam-hotline-about = Experts who check reports of sexual pictures or videos of children online and get them removed.
role-csam-hotline-need = The web address (the link) of the page. Nothing else: no pictures, no screenshots.
role-csam-hotline-next = An analyst checks the page. If it is illegal, they work to get it removed and tell the police.

role-grooming-report-heading = Report the person
role-grooming-report-about = Police and child protection experts who deal with people who try to abuse children online.
role-grooming-report-need = Usernames, profile links, web addresses, dates and times. You can include screenshots of the chat, but never of sexual pictures of a child.
role-grooming-report-next = A child protection adviser reads your report and decides what to do to keep the child safe.

role-image-removal-heading = Get the image taken down
role-image-removal-about = Help to get a young person's nude picture or video taken down, and stop it being shared again.
role-image-removal-need = The device the picture is on, or the web address where it was shared. Do not send the picture to anyone.
role-image-removal-next = The service makes a digital fingerprint of the picture so websites can find and remove copies.

role-child-helpline-heading = Talk to someone
role-child-helpline-about = A free helpline for children and young people, about anything that worries them.
role-child-helpline-need = Nothing. You can just call or message and talk.
role-child-helpline-next = A trained counsellor listens and helps you work out what to do. You decide what happens.

role-abuse-helpline-heading = Get advice about a child
role-abuse-helpline-about = Advice for adults who are worried about a child.
role-abuse-helpline-need = What you saw or were told, and when. You do not need proof.
role-abuse-helpline-next = An adviser talks it through with you and can pass concerns to the people who protect children.

role-prevention-heading = Get confidential help
role-prevention-about = Confidential help for people worried about sexual thoughts or behaviour towards children.
role-prevention-need = Nothing. You can stay anonymous.
role-prevention-next = A trained adviser listens without judging and helps you make a plan to stay safe.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Copy the web address (the link) of the page. That is all the hotline needs.
advice-abuse-imagery-adult-2 = Do not download, screenshot, save, share or forward the images, not even as evidence. Doing so spreads them and is a crime in many countries.
advice-abuse-imagery-adult-3 = Do not go looking for more. You do not need to prove anything is illegal.
advice-abuse-imagery-adult-4 = Report once, to your national hotline. You can usually stay anonymous.
advice-abuse-imagery-child-1 = You are not in trouble. Seeing this is not your fault.
advice-abuse-imagery-child-2 = Copy the web address (the link) of the page, then close it.
advice-abuse-imagery-child-3 = Do not save, screenshot or send the pictures to anyone, not even to show what you saw.
advice-abuse-imagery-child-4 = Talk to an adult you trust, or to the child helpline. You do not have to deal with this alone.

advice-grooming-adult-1 = Keep the messages. Note usernames, profile links, web addresses, dates and times.
advice-grooming-adult-2 = You can screenshot the conversation, but never any sexual image of a child: do not save, screenshot or share those.
advice-grooming-adult-3 = Do not confront the person or pretend to be the child. It can put the child at more risk and harm an investigation.
advice-grooming-adult-4 = Report before you block, so the evidence is not lost.
advice-grooming-child-1 = You are not in trouble. It is not your fault, even if you sent something or agreed to something.
advice-grooming-child-2 = You do not have to reply. Stop chatting, but keep the messages so you can show them.
advice-grooming-child-3 = Do not agree to meet them.
advice-grooming-child-4 = Tell an adult you trust, or talk to the child helpline. They will help you.

advice-sextortion-adult-1 = Do not pay and do not send anything more. Paying rarely stops the threats.
advice-sextortion-adult-2 = Stop contact, but keep the messages, usernames and payment details as evidence. Report before you block.
advice-sextortion-adult-3 = Do not save, screenshot or share the sexual images themselves.
advice-sextortion-adult-4 = A young person who is being threatened needs to hear that it is not their fault and they are not in trouble.
advice-sextortion-child-1 = You are not in trouble. The person threatening you is the one doing wrong.
advice-sextortion-child-2 = Do not pay and do not send anything more.
advice-sextortion-child-3 = Stop replying, but keep the messages so you can show them.
advice-sextortion-child-4 = Tell an adult you trust, or talk to the child helpline. There are ways to get images taken down.

advice-image-shared-adult-1 = Do not download, save, screenshot or forward the image, not even to report it. That spreads it and is a crime in many countries.
advice-image-shared-adult-2 = Take It Down works from the device the image was taken on: the image stays there, and only a digital fingerprint is shared.
advice-image-shared-adult-3 = If the image is on a website, copy the web address and report it to the hotline.
advice-image-shared-adult-4 = Reassure the young person: it is not their fault and they are not in trouble.
advice-image-shared-child-1 = You are not in trouble. Lots of young people have been through this, and it can be sorted out.
advice-image-shared-child-2 = Do not send the image to anyone, not even to report it.
advice-image-shared-child-3 = There are services that help get images taken down without you sharing them again.
advice-image-shared-child-4 = Talk to the child helpline or an adult you trust. You do not have to deal with this alone.

advice-child-abuse-adult-1 = You do not need proof to ask for advice or to report a worry.
advice-child-abuse-adult-2 = Do not confront the person you are worried about. It can put the child at more risk.
advice-child-abuse-adult-3 = If a child tells you about abuse, listen, stay calm, tell them it is not their fault, and do not promise to keep it secret.
advice-child-abuse-adult-4 = Write down what you saw or were told, with dates, in the words used.
advice-child-abuse-adult-5 = Helplines may let you keep your name private, but will pass on anything that shows a child is at risk.
advice-child-abuse-child-1 = It is not your fault, and you are not in trouble.
advice-child-abuse-child-2 = You can talk to someone who will listen and help. You can tell them as much or as little as you want.
advice-child-abuse-child-3 = If it is not safe to talk now, you can call or message later.
advice-child-abuse-child-4 = If you are in danger right now, call the emergency number.

advice-adult-behaviour-adult-1 = You can talk it through in confidence before deciding what to do.
advice-adult-behaviour-adult-2 = Do not confront the person yourself. It can put children at more risk.
advice-adult-behaviour-adult-3 = Do not look at, download or share any images to check. Note web addresses, names and dates instead.
advice-adult-behaviour-adult-4 = If you think a child is being harmed, tell the police or a child protection service.
advice-adult-behaviour-child-1 = You are not in trouble for telling someone.
advice-adult-behaviour-child-2 = Talk to an adult you trust, or to the child helpline. They can help you decide what to do.
advice-adult-behaviour-child-3 = Stay away from the person if you can, and do not meet them alone.

advice-own-thoughts-adult-1 = Asking for help is the right thing to do. You can get confidential help to stay safe and keep children safe.
advice-own-thoughts-adult-2 = If you have looked at sexual images of children, stop now. Prevention services can help you stop, and many are anonymous.
advice-own-thoughts-adult-3 = If you think you might harm a child soon, get help straight away.
advice-own-thoughts-child-1 = You are not alone, and it is good that you want to talk about it.
advice-own-thoughts-child-2 = Young people can get confidential help to understand their thoughts and stay safe.
advice-own-thoughts-child-3 = Talk to the child helpline or an adult you trust.

advice-not-sure-adult-1 = You do not need to be sure to ask for advice. A helpline can talk it through with you.
advice-not-sure-adult-2 = Do not look for, save or share any images to check what they are.
advice-not-sure-adult-3 = If a child is in danger right now, call the emergency number.
advice-not-sure-child-1 = You are not in trouble for asking.
advice-not-sure-child-2 = You can talk to the child helpline about anything that worries you.
advice-not-sure-child-3 = If you or another child are in danger right now, call the emergency number.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = This is where to report sexual images of children seen online. Analysts check the page and have it removed; you only need to give the web address.
why-abuse-imagery-child-csam-hotline = This is where to report sexual pictures or videos of children online. You only need to give the web address, and you do not have to give your name.
why-abuse-imagery-child-child-helpline = Seeing this can be upsetting. You can talk to someone about it, for free.
why-grooming-adult-grooming-report = This is where to report someone talking sexually to a child online, asking for pictures, or trying to meet them.
why-grooming-adult-abuse-helpline = If you want to talk it through first, this helpline advises adults who are worried about a child.
why-grooming-child-grooming-report = You can report the person here. People who are trained to keep children safe will read it.
why-grooming-child-child-helpline = You can talk to someone about what happened, for free. You will not be judged.
why-sextortion-adult-grooming-report = This is where to report someone threatening to share sexual images of a young person.
why-sextortion-adult-image-removal = This service helps stop the images being shared online.
why-sextortion-adult-image-removal-global = Take It Down works anywhere in the world: it helps stop a young person's images being shared, without anyone seeing them.
why-sextortion-adult-abuse-helpline = This helpline advises adults who are worried about a child.
why-sextortion-child-grooming-report = You can report the person threatening you here. You are not in trouble.
why-sextortion-child-image-removal = This service can help get your images taken down and stop them being shared.
why-sextortion-child-image-removal-global = Take It Down works anywhere in the world. Your images stay on your device; only a digital fingerprint is shared.
why-sextortion-child-child-helpline = You can talk to someone about what is happening, for free. They will help you.
why-image-shared-adult-image-removal = This service helps get a young person's nude image taken down and stop it being shared.
why-image-shared-adult-image-removal-global = Take It Down works anywhere in the world, for images taken when the person was under 18. The image stays on the device; only a digital fingerprint is shared.
why-image-shared-adult-csam-hotline = If the image is on a website, report the web address here so it can be removed.
why-image-shared-adult-abuse-helpline = This helpline advises adults who are worried about a child.
why-image-shared-child-image-removal = This service helps young people get nude images of themselves taken down. You are not in trouble.
why-image-shared-child-image-removal-global = Take It Down works anywhere in the world. Your image stays on your device; only a digital fingerprint is shared.
why-image-shared-child-child-helpline = You can talk to someone about what happened, for free. They will help you.
why-image-shared-child-csam-hotline = If the image is on a website, you can report the web address here so it can be removed.
why-child-abuse-adult-abuse-helpline = You can talk to trained advisers about your worry. They can tell you what to do and can pass it on to the people who protect children.
why-child-abuse-adult-police = You can report your worry to the police.
why-child-abuse-child-child-helpline = You can talk to someone who will listen and help, for free. It is not your fault.
why-child-abuse-child-abuse-helpline = This service helps protect children and will listen to you too.
why-child-abuse-child-police = You can also tell the police. Protecting children is part of their job, and you will not be in trouble.
why-adult-behaviour-adult-prevention = You can talk in confidence about someone else's behaviour towards children and decide what to do.
why-adult-behaviour-adult-abuse-helpline = This helpline advises adults who are worried about a child.
why-adult-behaviour-adult-police = If you think a child is being harmed, you can tell the police.
why-adult-behaviour-child-child-helpline = You can talk to someone about the adult who worries you, for free. You are not in trouble.
why-adult-behaviour-child-grooming-report = If the adult is contacting you or another child online, you can report it here.
why-own-thoughts-adult-prevention = This confidential service helps people who are worried about their own sexual thoughts or behaviour towards children.
why-own-thoughts-adult-prevention-global = Free, anonymous online self-help that works anywhere, in several languages.
why-own-thoughts-child-child-helpline = You can talk to someone in confidence about thoughts that worry you, for free.
why-own-thoughts-child-prevention = This confidential service helps people, including young people, who are worried about their own sexual thoughts.
why-not-sure-adult-abuse-helpline = You can talk your worry through with trained advisers, even if you are not sure what is happening.
why-not-sure-child-child-helpline = You can talk to someone about anything that worries you, for free.
