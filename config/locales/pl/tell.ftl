### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Powiadom też organizację { $organisation }
tell-section-intro = Jeśli sprawa dotyczy dziecka z organizacji { $organisation }, możesz też wysłać wiadomość do jej zespołu do spraw ochrony dzieci. To nie zastępuje powyższych kroków: nadal zgłoś sprawę również tam.

## The form

tell-title = Powiadom organizację { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Zostaw to pole puste
tell-text-label = Co chcesz przekazać organizacji { $organisation }?
# $max is the largest number of characters allowed.
tell-text-hint = Napisz, co się stało, kogo to dotyczy i kiedy. Nie wklejaj ani nie opisuj żadnych zdjęć o charakterze seksualnym i nie podawaj adresów stron, na których są: Signpost usuwa takie adresy. Możesz napisać do { $max } znaków.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Pozostało znaków: { $count }
tell-count-over = Znaków za dużo: { $count }
tell-contact-legend = Czy organizacja { $organisation } może się z tobą skontaktować?
tell-contact-share = Tak, oto moje dane
tell-contact-name = Imię i nazwisko (nieobowiązkowo)
tell-contact-email = Adres e-mail
tell-contact-phone = Numer telefonu
tell-contact-anonymous = Nie, wolę zachować anonimowość
tell-who-reads-heading = Kto to przeczyta
tell-who-reads-to = Twoja wiadomość trafi e-mailem do zespołu do spraw ochrony dzieci w organizacji { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Twoja wiadomość trafi e-mailem do zespołu do spraw ochrony dzieci w organizacji { $organisation } ({ $recipients }).
tell-who-reads-after = Jeśli podasz swoje dane, mogą się z tobą skontaktować. Aby zapewnić dziecku bezpieczeństwo, mogą przekazać to, co napiszesz, policji lub służbom ochrony dzieci. Signpost nie zachowuje kopii.
tell-consent = Rozumiem, kto to przeczyta i co może z tym zrobić
tell-continue = Dalej

## Problems with what was typed

tell-error-text-empty = Napisz, co chcesz przekazać
tell-error-text-too-long = Wiadomość jest za długa: skróć ją do { $max } znaków
tell-error-contact-none = Podaj adres e-mail lub numer telefonu albo zaznacz, że chcesz zachować anonimowość
tell-error-email = Wpisz adres e-mail, np. name@example.com
tell-error-phone = Wpisz numer telefonu cyframi, np. 07700 900 982
tell-error-name-too-long = Imię i nazwisko może mieć do { $max } znaków
tell-error-contact = Zaznacz, czy mogą się z tobą skontaktować
tell-error-consent = Zaznacz pole, aby potwierdzić, że rozumiesz, kto to przeczyta

## Check before sending

tell-check-title = Sprawdź wiadomość przed wysłaniem
tell-check-sent-to = Odbiorca
tell-check-sent-to-value = Zespół do spraw ochrony dzieci w organizacji { $organisation }
tell-check-you-wrote = Treść wiadomości
tell-check-contact = Twoje dane kontaktowe
tell-check-anonymous = Chcesz zachować anonimowość
tell-check-note = Przed wysłaniem adresy stron są usuwane albo zmieniane tak, żeby nie dało się ich kliknąć. Organizacja { $organisation } zobaczy też twoje odpowiedzi na pytania i miejsca, które zaproponował Signpost. Signpost nie zachowuje kopii.
tell-check-send = Wyślij do organizacji { $organisation }
tell-check-change = Zmień wiadomość

## After sending (or trying to)

tell-sent-heading = Wysłano do organizacji { $organisation }
tell-sent = Twoja wiadomość została wysłana do zespołu do spraw ochrony dzieci w organizacji { $organisation }. Signpost nie zachował kopii.
tell-not-sent-heading = Twoja wiadomość nie została wysłana
tell-not-sent-other-site = Ten formularz można wysłać tylko bezpośrednio ze strony Signpost. Twoja wiadomość nie trafiła do organizacji { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = W krótkim czasie wysłano stąd zbyt wiele wiadomości. Spróbuj ponownie za { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }. Twoja wiadomość nie trafiła do organizacji { $organisation }.
tell-unconfirmed-heading = Nie udało się potwierdzić, że wiadomość została wysłana
tell-unconfirmed = Połączenie z serwerem pocztowym organizacji { $organisation } zostało przerwane w trakcie przekazywania wiadomości, więc mogła ona dotrzeć albo nie. Twoja wiadomość jest poniżej. Zamiast wysyłać ją drugi raz, możesz to sprawdzić, kontaktując się z organizacją { $organisation } w inny sposób.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Twoja wiadomość nie trafiła do organizacji { $organisation }. Jest poniżej, więc możesz ją skopiować lub spróbować ponownie.
tell-failure-unreachable = Signpost nie mógł połączyć się z serwerem pocztowym.
tell-failure-temporary = Serwer pocztowy jest zajęty i poprosił o ponowienie próby później.
tell-failure-permanent = Serwer pocztowy odrzucił wiadomość.
tell-failure-timeout = Serwer pocztowy nie odpowiedział na czas.
tell-failure-tls = Signpost nie mógł nawiązać bezpiecznego połączenia z serwerem pocztowym.
tell-failure-compose = Signpost nie mógł przygotować wiadomości.
tell-failure-no-recipient = Signpost nie może teraz nikomu przekazywać wiadomości.
tell-result-your-message = Twoja wiadomość
tell-result-copy = Oto treść twojej wiadomości: możesz ją skopiować lub spróbować ponownie.
tell-result-you-wrote = Treść wiadomości
tell-result-try-again = Spróbuj wysłać ponownie
tell-result-change = Zmień wiadomość
tell-result-still-heading = Mimo to wykonaj te kroki
tell-result-still = Powiadomienie organizacji { $organisation } nie zastępuje zgłoszenia sprawy we właściwym miejscu.
