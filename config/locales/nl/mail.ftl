### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Zorg over de veiligheid van een kind via Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Zorg over de veiligheid van een kind via Signpost
mail-intro = Iemand heeft via Signpost { $organisation } laten weten dat hij of zij zich zorgen maakt over de veiligheid van een kind.
mail-no-copy = Signpost bewaart geen kopie van dit bericht. Behandel het volgens uw procedures voor kinderbescherming.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = De persoon gebruikte Signpost in deze taal: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = Hieronder volgt hetzelfde bericht in het Engels.
mail-answers-heading = ANTWOORDEN VAN DE PERSOON
mail-answer-where = Waar de persoon is
mail-answer-worry = Waar de persoon zich zorgen over maakt
mail-answer-danger = Een kind is nu in gevaar
mail-answer-under-18 = De persoon is jonger dan 18
mail-yes = ja
mail-no = nee
mail-wrote-heading = WAT DE PERSOON SCHREEF
mail-reach-heading = HOE U DE PERSOON KUNT BEREIKEN
mail-reach-anonymous = De persoon wil anoniem blijven.
mail-reach-name = Naam
mail-reach-email = E-mail
mail-reach-phone = Telefoon
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = WAAR SIGNPOST DE PERSOON NAARTOE VERWEES (regel { $rule }, bereik { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = telefoon { $phone }
mail-removed-address = [webadres verwijderd: Signpost heeft de persoon naar het meldpunt verwezen om het daar te melden]
mail-automatic = Dit bericht is automatisch verstuurd; antwoorden op dit adres worden niet gelezen.
