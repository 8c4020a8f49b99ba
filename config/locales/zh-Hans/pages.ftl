### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = 错误：{ $title }
skip-to-main = 跳到主要内容
# The button at the top of every page that leaves at once for a weather website.
exit-link = 立即离开本网站
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = { "" }
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = 天气
footer-staying-safe = 使用本网站时如何保护自己
footer-nothing-kept = Signpost 不会保留你告诉它的任何内容。它不是紧急服务。
# The label of the list of languages on every page (read by screen readers).
language-list-label = 语言
language-own-label = 您所选国家/地区的语言：
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = （在新标签页中打开）
# Before an error message under a question (read by screen readers).
error-prefix = 错误：
error-summary-title = 出现了问题

## The emergency box (start and error pages)

emergency-heading = 如果有儿童此刻正处于危险中
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = 请立即拨打 { $number }（{ $country }）。
emergency-call-local = 请立即拨打当地的紧急电话。

## The start page

start-title = 找到获得帮助的正确地方
start-heading = 担心儿童的网络安全？
start-lead = 回答四个简短的问题，Signpost 会告诉你在你的国家可以向哪里举报，或者可以找谁谈谈。它不会保留你告诉它的任何内容。
start-button = 现在开始
start-before-heading = 开始之前
start-before-no-images = 不要下载、截屏或分享任何儿童的性图片，即使是为了举报也不要。请改为复制网址。
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = 你可以用别人的手机或电脑使用本网站。随时可以按“{ $exit }”。

## The questions

questions-title = 告诉我们发生了什么
questions-intro = 你的回答只用于为你找到合适的地方。不会保存任何内容。
questions-country-label = 你在哪里？
questions-country-hint = 请选择你现在所在的国家或地区。
questions-country-choose = 选择国家或地区
questions-danger-legend = 此刻是否有儿童处于危险中？
questions-danger-hint = 例如，有人正在伤害他们，或即将与他们见面。
questions-danger-yes = 是
questions-danger-no = 否
questions-danger-not-sure = 我不确定
questions-reporter-legend = 你未满 18 岁吗？
questions-reporter-child = 是的，我未满 18 岁
questions-reporter-adult = 不是，我已满 18 岁
questions-concern-legend = 你担心的是什么？
questions-continue = 继续
questions-error-country = 请选择你所在的国家或地区
questions-error-danger = 请选择此刻是否有儿童处于危险中
questions-error-reporter = 请选择你是否未满 18 岁
questions-error-concern = 请选择你担心的事情

## The plan

plan-title = 在哪里获得帮助
plan-heading-child = 你不会因此惹上麻烦。这些人可以帮助你。
plan-lead-child = 你寻求帮助是对的。请按顺序完成这些步骤。你随时可以停下来。
plan-heading-adult = 在哪里举报并获得帮助
plan-lead-adult = 请按顺序完成这些步骤。适用于{ $country }。
plan-international = 其中一些服务是国际性的，因为我们不知道{ $country }有处理此类问题的服务。它们接受来自任何地方的举报。
plan-advice-heading-child = 可能对你有帮助的事
plan-advice-heading-adult = 应该做什么，不应该做什么
plan-why-summary = 为什么是这些步骤？
plan-why-told-us = 你告诉我们：
plan-why-country = 你在{ $country }。
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = 你担心的是：{ $concern }。
plan-why-child = 你未满 18 岁。
plan-why-adult = 你已满 18 岁。
plan-why-danger = 此刻可能有儿童处于危险中。
plan-why-no-danger = 此刻没有儿童处于危险中。
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost 使用了规则 { $rule }。它依据各项服务对自身用途的说明。上面的每个步骤都说明了为什么列出它。
plan-start-again = 用不同的回答重新开始

## The steps of a plan

plan-step-number = 第 { $number } 步
step-other-places = 其他可以帮助处理此事的地方
# $number is the number exactly as the service writes it.
step-call = 拨打 { $number }
step-text = 发短信到 { $number }
step-more-about-number = 关于此号码的更多信息
step-website = 访问他们的网站
step-fact-name = 你的姓名
step-fact-when = 时间
step-fact-who-for = 面向对象
step-anonymous = 你可以不留姓名进行举报。
step-not-anonymous = 你需要提供姓名和联系方式。
step-ages-between = { $min } 至 { $max } 岁
step-ages-up-to = { $max } 岁及以下
step-ages-from = { $min } 岁及以上
# $date is the date the details were last checked (date-long).
step-last-checked = 最近核实：{ $date }。
step-checked-own-site = 已在该服务的官方网站上核实。
step-checked-third-party = 来自其他网站：请同时查看该服务的官方页面。
step-checked-conflict = 各来源对部分信息说法不一：请查看该服务的官方页面。
step-details-summary = 你需要准备什么，之后会怎样
step-details-about = 这是什么：
step-details-need = 你需要准备：
step-details-next = 之后会怎样：

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $year }年{ $month }月{ $day }日

## Staying safe while you use this site

staying-safe-title = 使用本网站时如何保护自己
staying-safe-lead = 如果有人可能会查看你的手机或电脑，这些做法会有帮助。
staying-safe-does-heading = Signpost 会做什么
staying-safe-no-keeping = Signpost 不保留你的回答。它不使用 Cookie，也不会在你的设备上保存任何内容。
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = 你的回答不会出现在网址中，所以浏览记录里的页面名称只有“Signpost”“{ $questions }”和“{ $plan }”。
# $exit is the name of the button (exit-link).
staying-safe-exit = 每个页面顶部的“{ $exit }”按钮会直接带你去天气网站。如果你的浏览器运行 JavaScript，连按三次 Shift 键也有同样效果，而且按返回按钮不会回到这里。
staying-safe-cannot-heading = Signpost 无法隐藏的内容
staying-safe-history-shows = 你的浏览器历史记录仍会显示你访问过本网站。你可以在浏览器设置中删除它，或使用无痕（隐私）窗口。
staying-safe-phone-bill = 你拨打求助热线的电话可能会显示在电话账单上，除非热线说明不会显示。许多儿童求助热线不会显示在账单上。
staying-safe-screen = 能看到你屏幕的人，或在你设备上安装了跟踪软件的人，仍可能看到你在做什么。如果你认为这种情况正在发生，请使用他们接触不到的设备，例如学校、图书馆或朋友的电脑。
staying-safe-back = 返回首页

## The error page

error-still-help = 你仍然可以举报或获得帮助
error-try-again = 再试一次
