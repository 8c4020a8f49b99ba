### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Повідомити також організацію { $organisation }
tell-section-intro = Якщо це стосується дитини з організації { $organisation }, ви можете також надіслати повідомлення її команді із захисту дітей. Це не замінює кроків вище: будь ласка, все одно повідомте туди.

## The form

tell-title = Повідомити організацію { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Залиште це поле порожнім
tell-text-label = Що ви хочете повідомити організації { $organisation }?
# $max is the largest number of characters allowed.
tell-text-hint = Напишіть, що сталося, хто в цьому бере участь і коли. Не вставляйте й не описуйте сексуальних зображень і не вказуйте їхніх вебадрес: Signpost їх видаляє. Можна написати до { $max } символів.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Залишилося символів: { $count }
tell-count-over = Зайвих символів: { $count }
tell-contact-legend = Чи може { $organisation } зв’язатися з вами?
tell-contact-share = Так, ось мої дані
tell-contact-name = Ваше ім’я (необов’язково)
tell-contact-email = Адреса електронної пошти
tell-contact-phone = Номер телефону
tell-contact-anonymous = Ні, я хочу залишитися анонімним
tell-who-reads-heading = Хто це прочитає
tell-who-reads-to = Ваше повідомлення надійде електронною поштою команді із захисту дітей в організації { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Ваше повідомлення надійде електронною поштою команді із захисту дітей в організації { $organisation } ({ $recipients }).
tell-who-reads-after = Вони можуть зв’язатися з вами, якщо ви залишите свої дані. Щоб захистити дитину, вони можуть передати написане вами поліції або службі у справах дітей. Signpost не зберігає копії.
tell-consent = Я розумію, хто це прочитає і що з цим можуть зробити
tell-continue = Продовжити

## Problems with what was typed

tell-error-text-empty = Напишіть, що ви хочете повідомити
tell-error-text-too-long = Ваше повідомлення задовге: скоротіть його до { $max } символів
tell-error-contact-none = Вкажіть адресу електронної пошти або номер телефону чи виберіть залишитися анонімним
tell-error-email = Введіть адресу електронної пошти, наприклад name@example.com
tell-error-phone = Введіть номер телефону цифрами, наприклад 07700 900 982
tell-error-name-too-long = Ім’я має бути не довше ніж { $max } символів
tell-error-contact = Вкажіть, чи можуть з вами зв’язатися
tell-error-consent = Позначте поле, щоб підтвердити, що ви розумієте, хто це прочитає

## Check before sending

tell-check-title = Перевірте повідомлення перед надсиланням
tell-check-sent-to = Одержувач
tell-check-sent-to-value = Команда із захисту дітей в організації { $organisation }
tell-check-you-wrote = Що ви написали
tell-check-contact = Ваші контактні дані
tell-check-anonymous = Ви вирішили залишитися анонімним
tell-check-note = Перед надсиланням вебадреси видаляються або стають некликабельними. { $organisation } також побачить ваші відповіді на запитання і місця, які запропонував Signpost. Signpost не зберігає копії.
tell-check-send = Надіслати організації { $organisation }
tell-check-change = Змінити повідомлення

## After sending (or trying to)

tell-sent-heading = Надіслано організації { $organisation }
tell-sent = Ваше повідомлення надіслано команді із захисту дітей в організації { $organisation }. Signpost не зберіг копії.
tell-not-sent-heading = Ваше повідомлення не надіслано
tell-not-sent-other-site = Цю форму можна надіслати лише зі сторінки самого Signpost. Ваше повідомлення не надійшло до організації { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Звідси за короткий час надіслано забагато повідомлень. Будь ласка, спробуйте знову через { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }. Ваше повідомлення не надійшло до організації { $organisation }.
tell-unconfirmed-heading = Ми не змогли підтвердити, що повідомлення надіслано
tell-unconfirmed = Зв’язок із поштовим сервером організації { $organisation } перервався під час передавання повідомлення, тому воно могло надійти, а могло й ні. Ваше повідомлення нижче. Щоб перевірити, можна зв’язатися з { $organisation } іншим способом, а не надсилати його двічі.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Ваше повідомлення не надійшло до організації { $organisation }. Воно нижче: ви можете скопіювати його або спробувати ще раз.
tell-failure-unreachable = Signpost не зміг зв’язатися з поштовим сервером.
tell-failure-temporary = Поштовий сервер зайнятий і попросив спробувати пізніше.
tell-failure-permanent = Поштовий сервер відхилив повідомлення.
tell-failure-timeout = Поштовий сервер не відповів вчасно.
tell-failure-tls = Signpost не зміг встановити захищене з’єднання з поштовим сервером.
tell-failure-compose = Signpost не зміг підготувати повідомлення.
tell-failure-no-recipient = Зараз Signpost не може нікому пересилати повідомлення.
tell-result-your-message = Ваше повідомлення
tell-result-copy = Ось що ви написали: ви можете скопіювати це або спробувати ще раз.
tell-result-you-wrote = Що ви написали
tell-result-try-again = Спробувати надіслати ще раз
tell-result-change = Змінити повідомлення
tell-result-still-heading = Будь ласка, все одно виконайте ці кроки
tell-result-still = Повідомлення організації { $organisation } не замінює звернення в потрібне місце.
