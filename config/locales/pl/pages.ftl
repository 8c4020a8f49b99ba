### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Błąd: { $title }
skip-to-main = Przejdź do treści głównej
# The button at the top of every page that leaves at once for a weather website.
exit-link = Wyjdź z tej strony
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = szybko
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Pogoda
footer-staying-safe = Bezpieczeństwo podczas korzystania z tej strony
footer-nothing-kept = Signpost nie zachowuje niczego, co mu przekażesz. To nie jest służba ratunkowa.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Język
language-own-label = Języki wybranego kraju:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (otwiera się w nowej karcie)
# Before an error message under a question (read by screen readers).
error-prefix = Błąd:
error-summary-title = Wystąpił problem

## The emergency box (start and error pages)

emergency-heading = Jeśli dziecku grozi niebezpieczeństwo w tej chwili
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Zadzwoń teraz pod numer { $number } ({ $country }).
emergency-call-local = Zadzwoń teraz pod lokalny numer alarmowy.

## The start page

start-title = Znajdź właściwe miejsce, w którym uzyskasz pomoc
start-heading = Martwisz się o bezpieczeństwo dziecka w internecie?
start-lead = Odpowiedz na cztery krótkie pytania, a Signpost podpowie, gdzie to zgłosić lub z kim porozmawiać w twoim kraju. Signpost nie zachowuje niczego, co mu przekażesz.
start-button = Zacznij
start-before-heading = Zanim zaczniesz
start-before-no-images = Nie pobieraj, nie rób zrzutów ekranu i nie udostępniaj żadnych zdjęć przedstawiających dziecko w seksualny sposób, nawet po to, żeby je zgłosić. Zamiast tego skopiuj adres strony.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Możesz korzystać z tej strony na telefonie lub komputerze innej osoby. W każdej chwili możesz nacisnąć „{ $exit }”.

## The questions

questions-title = Powiedz nam, co się dzieje
questions-intro = Twoje odpowiedzi służą tylko do znalezienia odpowiedniego miejsca dla ciebie. Nic nie jest zapisywane.
questions-country-label = Gdzie jesteś?
questions-country-hint = Wybierz kraj, w którym teraz przebywasz.
questions-country-choose = Wybierz kraj
questions-danger-legend = Czy dziecku grozi teraz niebezpieczeństwo?
questions-danger-hint = Na przykład ktoś je krzywdzi albo zaraz ma się z nim spotkać.
questions-danger-yes = Tak
questions-danger-no = Nie
questions-danger-not-sure = Nie mam pewności
questions-reporter-legend = Czy masz mniej niż 18 lat?
questions-reporter-child = Tak, mam mniej niż 18 lat
questions-reporter-adult = Nie, mam 18 lat lub więcej
questions-concern-legend = Co cię niepokoi?
questions-continue = Dalej
questions-error-country = Wybierz kraj, w którym przebywasz
questions-error-danger = Zaznacz, czy dziecku grozi teraz niebezpieczeństwo
questions-error-reporter = Zaznacz, czy masz mniej niż 18 lat
questions-error-concern = Wybierz, co cię niepokoi

## The plan

plan-title = Gdzie szukać pomocy
plan-heading-child = Nie grożą ci żadne kłopoty. Oto kto może ci pomóc.
plan-lead-child = Dobrze, że szukasz pomocy. Wykonaj te kroki po kolei. W każdej chwili możesz przerwać.
plan-heading-adult = Gdzie to zgłosić i uzyskać pomoc
plan-lead-adult = Wykonaj te kroki po kolei. Kraj: { $country }.
plan-international = Niektóre z tych usług są międzynarodowe, ponieważ nie znamy usługi w tej sprawie w twoim kraju ({ $country }). Przyjmują one zgłoszenia z całego świata.
plan-advice-heading-child = Co może pomóc
plan-advice-heading-adult = Co robić, a czego nie robić
plan-why-summary = Dlaczego te kroki?
plan-why-told-us = Twoje odpowiedzi:
plan-why-country = Przebywasz w kraju: { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Co cię niepokoi: { $concern }.
plan-why-child = Masz mniej niż 18 lat.
plan-why-adult = Masz 18 lat lub więcej.
plan-why-danger = Dziecku może teraz grozić niebezpieczeństwo.
plan-why-no-danger = Żadnemu dziecku nie grozi teraz niebezpieczeństwo.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost zastosował regułę { $rule }. Kieruje się tym, do czego według własnego opisu służy każda z usług. Przy każdym kroku powyżej podano, dlaczego się tam znalazł.
plan-start-again = Zacznij od nowa i odpowiedz inaczej

## The steps of a plan

plan-step-number = Krok { $number }
step-other-places = Inne miejsca, które mogą pomóc w tej sprawie
# $number is the number exactly as the service writes it.
step-call = Zadzwoń pod numer { $number }
step-text = Wyślij SMS pod numer { $number }
step-more-about-number = Więcej o tym numerze
step-website = Przejdź na stronę internetową usługi
step-fact-name = Twoje imię i nazwisko
step-fact-when = Kiedy
step-fact-who-for = Dla kogo
step-anonymous = Możesz zgłosić sprawę bez podawania imienia i nazwiska.
step-not-anonymous = Trzeba będzie podać imię i nazwisko oraz dane kontaktowe.
step-ages-between = W wieku od { $min } do { $max } lat
step-ages-up-to = Do { $max } lat
step-ages-from = Od { $min } lat
# $date is the date the details were last checked (date-long).
step-last-checked = Ostatnio sprawdzono: { $date }.
step-checked-own-site = Sprawdzono na stronie internetowej samej usługi.
step-checked-third-party = Informacje pochodzą z innej strony internetowej: sprawdź też stronę samej usługi.
step-checked-conflict = Źródła różnią się w niektórych szczegółach: sprawdź stronę samej usługi.
step-details-summary = Co będzie potrzebne i co stanie się dalej
step-details-about = Co to jest:
step-details-need = Co będzie potrzebne:
step-details-next = Co stanie się dalej:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    } { $year }

## Staying safe while you use this site

staying-safe-title = Bezpieczeństwo podczas korzystania z tej strony
staying-safe-lead = Jeśli ktoś może sprawdzać twój telefon lub komputer, te wskazówki mogą pomóc.
staying-safe-does-heading = Co robi Signpost
staying-safe-no-keeping = Signpost nie zachowuje twoich odpowiedzi. Nie używa plików cookie i niczego nie zapisuje na twoim urządzeniu.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Twoje odpowiedzi nie trafiają do adresu strony, więc strony w twojej historii przeglądania mają tylko tytuły „Signpost”, „{ $questions }” i „{ $plan }”.
# $exit is the name of the button (exit-link).
staying-safe-exit = Przycisk „{ $exit }” u góry każdej strony od razu przenosi na stronę z prognozą pogody. Jeśli twoja przeglądarka obsługuje JavaScript, to samo stanie się po trzykrotnym naciśnięciu klawisza Shift, a przycisk „Wstecz” nie przeniesie cię z powrotem tutaj.
staying-safe-cannot-heading = Czego Signpost nie może ukryć
staying-safe-history-shows = Historia przeglądarki nadal pokazuje wizytę na tej stronie. Możesz ją usunąć w ustawieniach przeglądarki albo korzystać z okna prywatnego (incognito).
staying-safe-phone-bill = Połączenia z telefonem zaufania mogą być widoczne na rachunku telefonicznym, chyba że telefon zaufania informuje, że tak nie jest. Połączenia z wieloma telefonami zaufania dla dzieci nie są widoczne na rachunkach.
staying-safe-screen = Osoba, która widzi twój ekran albo zainstalowała na twoim urządzeniu oprogramowanie śledzące, nadal może widzieć, co robisz. Jeśli uważasz, że tak się dzieje, skorzystaj z urządzenia, do którego ta osoba nie ma dostępu, na przykład z komputera w szkole, w bibliotece lub u znajomych.
staying-safe-back = Wróć na początek

## The error page

error-still-help = Nadal możesz zgłosić sprawę lub uzyskać pomoc
error-try-again = Spróbuj ponownie
