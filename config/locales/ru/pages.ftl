### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Ошибка: { $title }
skip-to-main = Перейти к основному содержанию
# The button at the top of every page that leaves at once for a weather website.
exit-link = Покинуть этот сайт
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = быстро
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Погода
footer-staying-safe = Как оставаться в безопасности на этом сайте
footer-nothing-kept = Signpost не хранит ничего из того, что вы ему сообщаете. Это не экстренная служба.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Язык
language-own-label = Языки выбранной страны:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (откроется в новой вкладке)
# Before an error message under a question (read by screen readers).
error-prefix = Ошибка:
error-summary-title = Есть проблема

## The emergency box (start and error pages)

emergency-heading = Если ребёнок в опасности прямо сейчас
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Позвоните по номеру { $number } сейчас ({ $country }).
emergency-call-local = Позвоните сейчас по местному номеру экстренной службы.

## The start page

start-title = Найдите, куда обратиться за помощью
start-heading = Беспокоитесь о безопасности ребёнка в интернете?
start-lead = Ответьте на четыре коротких вопроса, и Signpost подскажет, куда сообщить или с кем поговорить в вашей стране. Он не хранит ничего из того, что вы ему сообщаете.
start-button = Начать
start-before-heading = Прежде чем начать
start-before-no-images = Не скачивайте, не делайте скриншоты и не пересылайте сексуальные изображения ребёнка, даже чтобы сообщить о них. Вместо этого скопируйте веб-адрес.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Вы можете пользоваться этим сайтом с чужого телефона или компьютера. В любой момент нажмите «{ $exit }».

## The questions

questions-title = Расскажите, что происходит
questions-intro = Ваши ответы нужны только для того, чтобы найти подходящее место для вас. Ничего не сохраняется.
questions-country-label = Где вы находитесь?
questions-country-hint = Выберите страну, в которой вы сейчас находитесь.
questions-country-choose = Выберите страну
questions-danger-legend = Ребёнок в опасности прямо сейчас?
questions-danger-hint = Например, кто-то причиняет ему вред или скоро с ним встретится.
questions-danger-yes = Да
questions-danger-no = Нет
questions-danger-not-sure = Я не уверен(а)
questions-reporter-legend = Вам меньше 18 лет?
questions-reporter-child = Да, мне меньше 18 лет
questions-reporter-adult = Нет, мне 18 лет или больше
questions-concern-legend = Что вас беспокоит?
questions-continue = Продолжить
questions-error-country = Выберите страну, в которой вы находитесь
questions-error-danger = Укажите, в опасности ли ребёнок прямо сейчас
questions-error-reporter = Укажите, меньше ли вам 18 лет
questions-error-concern = Выберите, что вас беспокоит

## The plan

plan-title = Где получить помощь
plan-heading-child = У вас не будет неприятностей. Вот кто может помочь.
plan-lead-child = Вы правильно сделали, что стали искать помощь. Выполняйте эти шаги по порядку. Вы можете остановиться в любой момент.
plan-heading-adult = Куда сообщить и где получить помощь
plan-lead-adult = Выполняйте эти шаги по порядку. Для страны: { $country }.
plan-international = Некоторые из этих служб международные, потому что мы не знаем такой службы в стране { $country }. Они принимают сообщения откуда угодно.
plan-advice-heading-child = Что может помочь
plan-advice-heading-adult = Что делать и чего не делать
plan-why-summary = Почему эти шаги?
plan-why-told-us = Вы сообщили нам:
plan-why-country = Вы находитесь в стране: { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Что вас беспокоит: { $concern }.
plan-why-child = Вам меньше 18 лет.
plan-why-adult = Вам 18 лет или больше.
plan-why-danger = Ребёнок может быть в опасности прямо сейчас.
plan-why-no-danger = Ни один ребёнок не в опасности прямо сейчас.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost использовал правило { $rule }. Оно следует тому, для чего, по словам каждой службы, она предназначена. У каждого шага выше указано, зачем он нужен.
plan-start-again = Начать заново с другими ответами

## The steps of a plan

plan-step-number = Шаг { $number }
step-other-places = Другие места, где могут помочь с этим
# $number is the number exactly as the service writes it.
step-call = Позвонить { $number }
step-text = Написать SMS { $number }
step-more-about-number = Подробнее об этом номере
step-website = Перейти на их сайт
step-fact-name = Ваше имя
step-fact-when = Когда
step-fact-who-for = Для кого
step-anonymous = Вы можете сообщить, не называя своего имени.
step-not-anonymous = У вас спросят имя и контактные данные.
step-ages-between = Возраст от { $min } до { $max }
step-ages-up-to = Возраст до { $max }
step-ages-from = Возраст от { $min }
# $date is the date the details were last checked (date-long).
step-last-checked = Последняя проверка: { $date }.
step-checked-own-site = Проверено на собственном сайте службы.
step-checked-third-party = Найдено на другом сайте: проверьте также страницу самой службы.
step-checked-conflict = Источники расходятся в некоторых деталях: проверьте страницу самой службы.
step-details-summary = Что вам понадобится и что будет дальше
step-details-about = Что это:
step-details-need = Что вам понадобится:
step-details-next = Что будет дальше:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year }

## Staying safe while you use this site

staying-safe-title = Как оставаться в безопасности на этом сайте
staying-safe-lead = Если кто-то может проверять ваш телефон или компьютер, вот что может помочь.
staying-safe-does-heading = Что делает Signpost
staying-safe-no-keeping = Signpost не хранит ваши ответы. Он не использует файлы cookie и ничего не сохраняет на вашем устройстве.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Ваши ответы не попадают в веб-адрес, поэтому страницы в вашей истории называются только «Signpost», «{ $questions }» и «{ $plan }».
# $exit is the name of the button (exit-link).
staying-safe-exit = Кнопка «{ $exit }» вверху каждой страницы сразу переводит вас на сайт о погоде. Если в вашем браузере работает JavaScript, то же самое делает тройное нажатие клавиши Shift, и кнопка «Назад» не вернёт вас сюда.
staying-safe-cannot-heading = Что Signpost не может скрыть
staying-safe-history-shows = История браузера всё равно показывает, что вы заходили на этот сайт. Её можно удалить в настройках браузера или пользоваться приватным окном (режим инкогнито).
staying-safe-phone-bill = Звонки на телефон доверия могут отображаться в счёте за телефон, если только служба не говорит обратного. Звонки на многие детские телефоны доверия в счёте не видны.
staying-safe-screen = Тот, кто видит ваш экран или установил на ваше устройство программу слежки, всё равно может видеть, что вы делаете. Если вы думаете, что так и есть, используйте устройство, к которому у него нет доступа, например компьютер в школе, в библиотеке или у друга.
staying-safe-back = Вернуться в начало

## The error page

error-still-help = Вы всё равно можете сообщить или получить помощь
error-try-again = Попробовать ещё раз
