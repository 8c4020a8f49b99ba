### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost не может это принять
error-unsupported-form = Signpost принимает только ответы на свои вопросы. Он никогда не принимает файлы или изображения: никуда не отправляйте изображения. Вместо этого сообщите о них на национальную горячую линию.
error-unsupported-json = Отправьте ответы в формате JSON с Content-Type: application/json. Signpost никогда не принимает файлы или изображения: сообщайте об изображениях на национальную горячую линию.
error-too-large-title = Это слишком длинно
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost принимает не больше { $kib } КиБ. Он никогда не принимает файлы или изображения.
error-body-unreadable-title = Ваши ответы не дошли
error-body-unreadable = Соединение прервалось. Пожалуйста, попробуйте ещё раз.
error-bad-json-title = Неправильный запрос
error-bad-form-title = Не удалось прочитать ваши ответы
error-bad-form = Пожалуйста, вернитесь к вопросам и ответьте на них ещё раз.
error-invalid-title = Неверные ответы
error-invalid = Некоторых ответов нет или они неверны; каждый указан в errors.
error-not-found-title = Страница не найдена
error-not-found = По этому адресу нет страницы.
error-image-title = Signpost не принимает изображения
error-image = То, что вы отправили, похоже на изображение. Signpost никогда не принимает изображения, и ничего не было отправлено. Пожалуйста, не отправляйте изображения никому, даже чтобы сообщить о них: так они распространяются дальше, и во многих странах это преступление. Если вы видели в интернете сексуальные изображения ребёнка, скопируйте веб-адрес и сообщите о нём на национальную горячую линию.
error-binary-title = Signpost не смог это прочитать
error-binary = То, что вы отправили, не является текстом. Signpost принимает только набранные слова, а не файлы или изображения.
error-rate-limited-title = Пожалуйста, подождите немного
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = Signpost получил слишком много запросов с вашего подключения за короткое время, поэтому он приостановил ответы на них и пересылку сообщений на { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }. Вы уже сейчас можете получить помощь в службах ниже.
