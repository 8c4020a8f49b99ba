### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost nie może tego przyjąć
error-unsupported-form = Signpost przyjmuje tylko odpowiedzi na swoje pytania. Nigdy nie przyjmuje plików ani zdjęć: nie wysyłaj zdjęć nigdzie. Zamiast tego zgłoś je do krajowego punktu zgłaszania nielegalnych treści.
error-unsupported-json = Wyślij odpowiedzi jako JSON z nagłówkiem Content-Type: application/json. Signpost nigdy nie przyjmuje plików ani obrazów: zamiast tego zgłoś obrazy do krajowego punktu zgłaszania nielegalnych treści.
error-too-large-title = To było za długie
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost przyjmuje najwyżej { $kib } KiB. Nigdy nie przyjmuje plików ani zdjęć.
error-body-unreadable-title = Twoje odpowiedzi nie dotarły
error-body-unreadable = Połączenie zostało przerwane. Spróbuj ponownie.
error-bad-json-title = Nieprawidłowe żądanie
error-bad-form-title = Nie udało się odczytać twoich odpowiedzi
error-bad-form = Wróć do pytań i odpowiedz na nie jeszcze raz.
error-invalid-title = Nieprawidłowe odpowiedzi
error-invalid = Brakuje niektórych odpowiedzi albo są one nieprawidłowe; każda z nich jest wymieniona w polu errors.
error-not-found-title = Nie znaleziono strony
error-not-found = Pod tym adresem nie ma żadnej strony.
error-image-title = Signpost nie przyjmuje zdjęć
error-image = To, co wysyłasz, wygląda na zdjęcie. Signpost nigdy nie przyjmuje zdjęć i nic nie zostało wysłane. Nie wysyłaj zdjęć nikomu, nawet po to, żeby je zgłosić: udostępnianie sprawia, że się rozprzestrzeniają, a w wielu krajach jest przestępstwem. Jeśli zdarzyło ci się zobaczyć w internecie zdjęcia przedstawiające dziecko w seksualny sposób, skopiuj adres strony i zgłoś go do krajowego punktu zgłaszania nielegalnych treści.
error-binary-title = Signpost nie może tego odczytać
error-binary = Część tego, co wysyłasz, nie jest tekstem. Signpost przyjmuje tylko wpisane słowa, nigdy pliki ani zdjęcia.
error-rate-limited-title = Poczekaj chwilę
error-rate-limited = Signpost otrzymał w krótkim czasie wiele zapytań z twojego połączenia, dlatego wstrzymał odpowiedzi i przekazywanie wiadomości na { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }. Już teraz możesz uzyskać pomoc w serwisach wymienionych poniżej.
