### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Kinderschutz-Meldung über Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Kinderschutz-Meldung über Signpost
mail-intro = Jemand hat über Signpost { $organisation } auf eine Sorge um die Sicherheit eines Kindes hingewiesen.
mail-no-copy = Signpost speichert keine Kopie dieser Nachricht. Bitte bearbeiten Sie sie nach Ihren Kinderschutz-Verfahren.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = Die Person hat Signpost in dieser Sprache benutzt: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = Es folgt dieselbe Nachricht auf Englisch.
mail-answers-heading = ANTWORTEN DER PERSON
mail-answer-where = Wo sie sich befindet
mail-answer-worry = Worüber sie sich Sorgen macht
mail-answer-danger = Ein Kind ist gerade jetzt in Gefahr
mail-answer-under-18 = Die Person ist unter 18
mail-yes = ja
mail-no = nein
mail-wrote-heading = WAS DIE PERSON GESCHRIEBEN HAT
mail-reach-heading = WIE SIE DIE PERSON ERREICHEN
mail-reach-anonymous = Die Person möchte anonym bleiben.
mail-reach-name = Name
mail-reach-email = E-Mail
mail-reach-phone = Telefon
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = WOHIN SIGNPOST DIE PERSON VERWIESEN HAT (Regel { $rule }, Reichweite { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = Telefon { $phone }
mail-removed-address = [Webadresse entfernt: Signpost hat die Person zur Meldestelle geschickt, um sie dort zu melden]
mail-automatic = Diese Nachricht wurde automatisch gesendet; Antworten an diese Adresse werden nicht gelesen.
