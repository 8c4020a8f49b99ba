### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost не може цього прийняти
error-unsupported-form = Signpost приймає лише відповіді на свої запитання. Він ніколи не приймає файли чи зображення: нікуди не надсилайте зображення. Натомість повідомте про них на національну гарячу лінію.
error-unsupported-json = Надішліть відповіді у форматі JSON з Content-Type: application/json. Signpost ніколи не приймає файли чи зображення: повідомляйте про зображення на національну гарячу лінію.
error-too-large-title = Це задовго
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost приймає не більше ніж { $kib } КіБ. Він ніколи не приймає файли чи зображення.
error-body-unreadable-title = Ваші відповіді не надійшли
error-body-unreadable = З’єднання перервалося. Будь ласка, спробуйте ще раз.
error-bad-json-title = Неправильний запит
error-bad-form-title = Не вдалося прочитати ваші відповіді
error-bad-form = Будь ласка, поверніться до запитань і дайте відповіді ще раз.
error-invalid-title = Неправильні відповіді
error-invalid = Деяких відповідей бракує або вони неправильні; кожну вказано в errors.
error-not-found-title = Сторінку не знайдено
error-not-found = За цією адресою немає сторінки.
error-image-title = Signpost не приймає зображення
error-image = Те, що ви надіслали, схоже на зображення. Signpost ніколи не приймає зображення, і нічого не було надіслано. Будь ласка, нікому не надсилайте зображення, навіть щоб повідомити про них: так вони поширюються далі, і в багатьох країнах це злочин. Якщо ви бачили в інтернеті сексуальні зображення дитини, скопіюйте вебадресу й повідомте про неї на національну гарячу лінію.
error-binary-title = Signpost не зміг цього прочитати
error-binary = Те, що ви надіслали, не є текстом. Signpost приймає лише набрані слова, а не файли чи зображення.
error-rate-limited-title = Будь ласка, зачекайте трохи
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = Signpost отримав забагато запитів із вашого підключення за короткий час, тому призупинив відповіді на них і пересилання повідомлень на { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }. Ви вже зараз можете отримати допомогу в службах нижче.
