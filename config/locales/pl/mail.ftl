### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Zgłoszenie w sprawie ochrony dziecka przez Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Zgłoszenie w sprawie ochrony dziecka przez Signpost
mail-intro = Ktoś skorzystał z serwisu Signpost, aby przekazać organizacji { $organisation } swoje obawy o bezpieczeństwo dziecka.
mail-no-copy = Signpost nie przechowuje kopii tej wiadomości. Prosimy postąpić z nią zgodnie z Państwa procedurami ochrony dzieci.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = Osoba zgłaszająca korzystała z serwisu Signpost w tym języku: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = Poniżej ta sama wiadomość po angielsku.
mail-answers-heading = ODPOWIEDZI OSOBY ZGŁASZAJĄCEJ
mail-answer-where = Gdzie przebywa
mail-answer-worry = Co ją niepokoi
mail-answer-danger = Dziecku grozi teraz niebezpieczeństwo
mail-answer-under-18 = Osoba zgłaszająca ma mniej niż 18 lat
mail-yes = tak
mail-no = nie
mail-wrote-heading = CO NAPISAŁA OSOBA ZGŁASZAJĄCA
mail-reach-heading = JAK SIĘ Z NIĄ SKONTAKTOWAĆ
mail-reach-anonymous = Osoba zgłaszająca chce zachować anonimowość.
mail-reach-name = Imię i nazwisko
mail-reach-email = E-mail
mail-reach-phone = Telefon
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = DOKĄD SIGNPOST SKIEROWAŁ OSOBĘ ZGŁASZAJĄCĄ (reguła { $rule }, zasięg { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = tel. { $phone }
mail-removed-address = [usunięto adres strony: Signpost skierował osobę zgłaszającą do punktu zgłaszania nielegalnych treści, aby tam go zgłosiła]
mail-automatic = Ta wiadomość została wysłana automatycznie; odpowiedzi na ten adres nie są czytane.
