### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Сообщить также в организацию { $organisation }
tell-section-intro = Если это касается ребёнка из организации { $organisation }, вы можете также отправить сообщение её команде по защите детей. Это не заменяет шаги выше: пожалуйста, всё равно сообщите туда.

## The form

tell-title = Сообщить в организацию { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Оставьте это поле пустым
tell-text-label = Что вы хотите сообщить организации { $organisation }?
# $max is the largest number of characters allowed.
tell-text-hint = Напишите, что произошло, кто в этом участвует и когда. Не вставляйте и не описывайте сексуальные изображения и не указывайте их веб-адреса: Signpost их удаляет. Можно написать до { $max } символов.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Осталось символов: { $count }
tell-count-over = Лишних символов: { $count }
tell-contact-legend = Может ли { $organisation } связаться с вами?
tell-contact-share = Да, вот мои данные
tell-contact-name = Ваше имя (необязательно)
tell-contact-email = Адрес электронной почты
tell-contact-phone = Номер телефона
tell-contact-anonymous = Нет, я хочу остаться анонимным
tell-who-reads-heading = Кто это прочитает
tell-who-reads-to = Ваше сообщение уйдёт по электронной почте команде по защите детей в организации { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Ваше сообщение уйдёт по электронной почте команде по защите детей в организации { $organisation } ({ $recipients }).
tell-who-reads-after = Они могут связаться с вами, если вы оставите свои данные. Чтобы защитить ребёнка, они могут передать написанное вами в полицию или в службу защиты детей. Signpost не хранит копию.
tell-consent = Я понимаю, кто это прочитает и что с этим могут сделать
tell-continue = Продолжить

## Problems with what was typed

tell-error-text-empty = Напишите, что вы хотите сообщить
tell-error-text-too-long = Ваше сообщение слишком длинное: сократите его до { $max } символов
tell-error-contact-none = Укажите адрес электронной почты или номер телефона либо выберите остаться анонимным
tell-error-email = Введите адрес электронной почты, например name@example.com
tell-error-phone = Введите номер телефона цифрами, например 07700 900 982
tell-error-name-too-long = Имя должно быть не длиннее { $max } символов
tell-error-contact = Укажите, могут ли с вами связаться
tell-error-consent = Отметьте поле, чтобы подтвердить, что вы понимаете, кто это прочитает

## Check before sending

tell-check-title = Проверьте сообщение перед отправкой
tell-check-sent-to = Получатель
tell-check-sent-to-value = Команда по защите детей в организации { $organisation }
tell-check-you-wrote = Что вы написали
tell-check-contact = Ваши контактные данные
tell-check-anonymous = Вы решили остаться анонимным
tell-check-note = Перед отправкой веб-адреса удаляются или делаются некликабельными. { $organisation } также увидит ваши ответы на вопросы и места, которые предложил Signpost. Signpost не хранит копию.
tell-check-send = Отправить в организацию { $organisation }
tell-check-change = Изменить сообщение

## After sending (or trying to)

tell-sent-heading = Отправлено в организацию { $organisation }
tell-sent = Ваше сообщение отправлено команде по защите детей в организации { $organisation }. Signpost не сохранил копию.
tell-not-sent-heading = Ваше сообщение не отправлено
tell-not-sent-other-site = Эту форму можно отправить только со страницы самого Signpost. Ваше сообщение не ушло в организацию { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Отсюда за короткое время отправлено слишком много сообщений. Пожалуйста, попробуйте снова через { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }. Ваше сообщение не ушло в организацию { $organisation }.
tell-unconfirmed-heading = Мы не смогли подтвердить, что сообщение отправлено
tell-unconfirmed = Связь с почтовым сервером организации { $organisation } прервалась во время передачи сообщения, поэтому оно могло дойти, а могло и не дойти. Ваше сообщение ниже. Чтобы проверить, можно связаться с { $organisation } другим способом, а не отправлять его дважды.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Ваше сообщение не ушло в организацию { $organisation }. Оно ниже: вы можете скопировать его или попробовать ещё раз.
tell-failure-unreachable = Signpost не смог связаться с почтовым сервером.
tell-failure-temporary = Почтовый сервер занят и попросил попробовать позже.
tell-failure-permanent = Почтовый сервер отклонил сообщение.
tell-failure-timeout = Почтовый сервер не ответил вовремя.
tell-failure-tls = Signpost не смог установить защищённое соединение с почтовым сервером.
tell-failure-compose = Signpost не смог подготовить сообщение.
tell-failure-no-recipient = Сейчас Signpost не может никому пересылать сообщения.
tell-result-your-message = Ваше сообщение
tell-result-copy = Вот что вы написали: вы можете скопировать это или попробовать ещё раз.
tell-result-you-wrote = Что вы написали
tell-result-try-again = Попробовать отправить ещё раз
tell-result-change = Изменить сообщение
tell-result-still-heading = Пожалуйста, всё равно выполните эти шаги
tell-result-still = Сообщение в организацию { $organisation } не заменяет сообщения в нужное место.
