### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Помилка: { $title }
skip-to-main = Перейти до основного вмісту
# The button at the top of every page that leaves at once for a weather website.
exit-link = Залишити цей сайт
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = швидко
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Погода
footer-staying-safe = Як залишатися в безпеці на цьому сайті
footer-nothing-kept = Signpost не зберігає нічого з того, що ви йому повідомляєте. Це не екстрена служба.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Мова
language-own-label = Мови обраної країни:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (відкриється в новій вкладці)
# Before an error message under a question (read by screen readers).
error-prefix = Помилка:
error-summary-title = Виникла проблема

## The emergency box (start and error pages)

emergency-heading = Якщо дитина в небезпеці просто зараз
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Зателефонуйте на номер { $number } зараз ({ $country }).
emergency-call-local = Зателефонуйте зараз на місцевий номер екстреної служби.

## The start page

start-title = Знайдіть, куди звернутися по допомогу
start-heading = Турбуєтеся про безпеку дитини в інтернеті?
start-lead = Дайте відповідь на чотири короткі запитання, і Signpost підкаже, куди повідомити або з ким поговорити у вашій країні. Він не зберігає нічого з того, що ви йому повідомляєте.
start-button = Почати
start-before-heading = Перш ніж почати
start-before-no-images = Не завантажуйте, не робіть знімків екрана й не поширюйте сексуальні зображення дитини, навіть щоб повідомити про них. Натомість скопіюйте вебадресу.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Ви можете користуватися цим сайтом з чужого телефона чи комп’ютера. Будь-коли натисніть «{ $exit }».

## The questions

questions-title = Розкажіть, що відбувається
questions-intro = Ваші відповіді потрібні лише для того, щоб знайти відповідне місце для вас. Нічого не зберігається.
questions-country-label = Де ви перебуваєте?
questions-country-hint = Виберіть країну, у якій ви зараз перебуваєте.
questions-country-choose = Виберіть країну
questions-danger-legend = Дитина в небезпеці просто зараз?
questions-danger-hint = Наприклад, хтось завдає їй шкоди або скоро з нею зустрінеться.
questions-danger-yes = Так
questions-danger-no = Ні
questions-danger-not-sure = Я не впевнений(-а)
questions-reporter-legend = Вам менше 18 років?
questions-reporter-child = Так, мені менше 18 років
questions-reporter-adult = Ні, мені 18 років або більше
questions-concern-legend = Що вас турбує?
questions-continue = Продовжити
questions-error-country = Виберіть країну, у якій ви перебуваєте
questions-error-danger = Вкажіть, чи дитина в небезпеці просто зараз
questions-error-reporter = Вкажіть, чи вам менше 18 років
questions-error-concern = Виберіть, що вас турбує

## The plan

plan-title = Де отримати допомогу
plan-heading-child = У вас не буде неприємностей. Ось хто може допомогти.
plan-lead-child = Ви правильно зробили, що почали шукати допомогу. Виконуйте ці кроки по черзі. Ви можете зупинитися будь-коли.
plan-heading-adult = Куди повідомити й де отримати допомогу
plan-lead-adult = Виконуйте ці кроки по черзі. Для країни: { $country }.
plan-international = Деякі з цих служб міжнародні, бо ми не знаємо такої служби в країні { $country }. Вони приймають повідомлення звідусіль.
plan-advice-heading-child = Що може допомогти
plan-advice-heading-adult = Що робити і чого не робити
plan-why-summary = Чому ці кроки?
plan-why-told-us = Ви повідомили нам:
plan-why-country = Ви перебуваєте в країні: { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Що вас турбує: { $concern }.
plan-why-child = Вам менше 18 років.
plan-why-adult = Вам 18 років або більше.
plan-why-danger = Дитина може бути в небезпеці просто зараз.
plan-why-no-danger = Жодна дитина не в небезпеці просто зараз.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost використав правило { $rule }. Воно спирається на те, для чого, за словами кожної служби, вона призначена. Біля кожного кроку вище сказано, навіщо він.
plan-start-again = Почати знову з іншими відповідями

## The steps of a plan

plan-step-number = Крок { $number }
step-other-places = Інші місця, де можуть допомогти з цим
# $number is the number exactly as the service writes it.
step-call = Зателефонувати на { $number }
step-text = Написати SMS { $number }
step-more-about-number = Докладніше про цей номер
step-website = Перейти на їхній сайт
step-fact-name = Ваше ім’я
step-fact-when = Коли
step-fact-who-for = Для кого
step-anonymous = Ви можете повідомити, не називаючи свого імені.
step-not-anonymous = Вас попросять назвати ім’я та контактні дані.
step-ages-between = Вік від { $min } до { $max }
step-ages-up-to = Вік до { $max }
step-ages-from = Вік від { $min }
# $date is the date the details were last checked (date-long).
step-last-checked = Остання перевірка: { $date }.
step-checked-own-site = Перевірено на власному сайті служби.
step-checked-third-party = Знайдено на іншому сайті: перевірте також сторінку самої служби.
step-checked-conflict = Джерела розходяться в деяких деталях: перевірте сторінку самої служби.
step-details-summary = Що вам знадобиться і що буде далі
step-details-about = Що це:
step-details-need = Що вам знадобиться:
step-details-next = Що буде далі:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] січня
        [2] лютого
        [3] березня
        [4] квітня
        [5] травня
        [6] червня
        [7] липня
        [8] серпня
        [9] вересня
        [10] жовтня
        [11] листопада
       *[12] грудня
    } { $year }

## Staying safe while you use this site

staying-safe-title = Як залишатися в безпеці на цьому сайті
staying-safe-lead = Якщо хтось може перевіряти ваш телефон чи комп’ютер, ось що може допомогти.
staying-safe-does-heading = Що робить Signpost
staying-safe-no-keeping = Signpost не зберігає ваших відповідей. Він не використовує файли cookie і нічого не зберігає на вашому пристрої.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Ваші відповіді не потрапляють у вебадресу, тому сторінки у вашій історії називаються лише «Signpost», «{ $questions }» і «{ $plan }».
# $exit is the name of the button (exit-link).
staying-safe-exit = Кнопка «{ $exit }» угорі кожної сторінки одразу переводить вас на сайт про погоду. Якщо ваш браузер виконує JavaScript, те саме робить потрійне натискання клавіші Shift, і кнопка «Назад» не поверне вас сюди.
staying-safe-cannot-heading = Чого Signpost не може приховати
staying-safe-history-shows = Історія браузера все одно показує, що ви відвідували цей сайт. Її можна видалити в налаштуваннях браузера або користуватися приватним вікном (режим інкогніто).
staying-safe-phone-bill = Дзвінки на телефон довіри можуть бути видні в рахунку за телефон, якщо тільки служба не каже інакше. Дзвінки на багато дитячих телефонів довіри в рахунку не видно.
staying-safe-screen = Той, хто бачить ваш екран або встановив на ваш пристрій програму стеження, все одно може бачити, що ви робите. Якщо ви думаєте, що так і є, користуйтеся пристроєм, до якого він не має доступу, наприклад комп’ютером у школі, бібліотеці чи в друга.
staying-safe-back = Повернутися на початок

## The error page

error-still-help = Ви все одно можете повідомити або отримати допомогу
error-try-again = Спробувати ще раз
