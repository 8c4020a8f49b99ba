### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Gdzie to się stało? (nieobowiązkowe)
questions-platform-hint = Jeśli stało się to w aplikacji, grze lub serwisie z tej listy, wybierz go, a twój plan powie też, jak to tam zgłosić. Możesz pominąć to pytanie: twój plan się nie zmieni.
questions-platform-skip = Pomiń to pytanie
questions-platform-group-platforms = Aplikacje, gry i serwisy
questions-platform-group-other = Coś innego
questions-error-platform = Wybierz z listy, gdzie to się stało, albo pomiń to pytanie

## The fixed answers (a platform's own name is shown for the others)

place-website = Strona internetowa
place-elsewhere-online = Gdzie indziej w internecie
place-not-online = Nie w internecie
place-rather-not-say = Wolę nie mówić

## The step

role-platform-heading = Zgłoś to także na platformie
role-platform-about = Zespół bezpieczeństwa aplikacji, gry lub serwisu, który może usuwać treści i zamykać konta łamiące jego zasady.
role-platform-need = Nazwę konta i miejsce na platformie, w którym je widać. Nigdy samych zdjęć.
role-platform-next = Zespół bezpieczeństwa platformy sprawdza zgłoszenie i może usunąć treść lub zamknąć konto.
platform-step-heading = Zgłoś to także na platformie { $platform }
platform-why-adult = Zgłoszenie także platformie pozwala jej zająć się kontem. Zrób to po krokach powyżej, a nie zamiast nich.
platform-why-adult-images = Najpierw zgłoś zdjęcia do punktu zgłaszania nielegalnych treści: to właśnie to zgłoszenie sprawia, że zostaną usunięte i przekazane policji. Zgłoszenie konta także na platformie jest dodatkiem, nigdy zastępstwem.
platform-why-child = Możesz też powiadomić aplikację, grę lub serwis. To jest dodatkowo, obok kroków powyżej, a nie zamiast nich.
platform-why-child-images = Najpierw zgłoś to do punktu zgłaszania nielegalnych treści, w kroku powyżej. Powiadomienie także aplikacji lub serwisu to coś dodatkowego: mogą zamknąć konto.
platform-report-link = Zgłoś to na platformie { $platform }
platform-in-app = W aplikacji:
platform-passes-to-ncmec = { $platform } podaje, że przekazuje zgłoszenia do NCMEC, amerykańskiego Krajowego Centrum ds. Dzieci Zaginionych i Wykorzystywanych.
platform-passes-to-police = { $platform } podaje, że przekazuje zgłoszenia policji.
platform-passes-to-ncmec-police = { $platform } podaje, że przekazuje zgłoszenia do NCMEC (amerykańskiego Krajowego Centrum ds. Dzieci Zaginionych i Wykorzystywanych) i policji.
platform-account-needed = Aby to tam zgłosić, potrzebujesz konta na platformie { $platform }.
platform-account-not-needed = Aby to tam zgłosić, nie potrzebujesz konta na platformie { $platform }.
platform-advice-heading = Gdy zgłaszasz to tam
platform-advice-adult-block = Zablokuj konto, gdy już je zgłosisz.
platform-advice-adult-keep = Nie usuwaj rozmowy, wiadomości ani profilu: policja może ich potrzebować.
platform-advice-adult-images = Nigdy nie wysyłaj, nie przekazuj dalej, nie zapisuj ani nie rób zrzutów ekranu seksualnych zdjęć dziecka, nawet po to, by je zgłosić.
platform-advice-child-block = Gdy zgłosisz konto, zablokuj je, żeby nie mogło się z tobą kontaktować.
platform-advice-child-keep = Nie usuwaj czatu ani wiadomości, nawet jeśli chcesz. Mogą pomóc policji.
platform-advice-child-images = Nigdy nie wysyłaj ani nie zapisuj tych zdjęć, nawet po to, by je zgłosić. Nie grożą ci żadne kłopoty.

## The plan's answers, and the email

plan-why-platform = Gdzie to się stało: { $platform }.
mail-answer-platform = Gdzie to się stało
