### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Segnalazione per la tutela dei minori tramite Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Segnalazione per la tutela dei minori tramite Signpost
mail-intro = Una persona ha usato Signpost per comunicare a { $organisation } una preoccupazione per la sicurezza di un minore.
mail-no-copy = Signpost non conserva alcuna copia di questo messaggio. Vi preghiamo di gestirlo secondo le vostre procedure di tutela dei minori.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = La persona ha usato Signpost in questa lingua: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = Segue lo stesso messaggio in inglese.
mail-answers-heading = LE SUE RISPOSTE
mail-answer-where = Dove si trova
mail-answer-worry = Che cosa la preoccupa
mail-answer-danger = Un minore in pericolo in questo momento
mail-answer-under-18 = La persona ha meno di 18 anni
mail-yes = sì
mail-no = no
mail-wrote-heading = CHE COSA HA SCRITTO
mail-reach-heading = COME CONTATTARLA
mail-reach-anonymous = Ha scelto di restare anonima.
mail-reach-name = Nome
mail-reach-email = Email
mail-reach-phone = Telefono
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = DOVE L’HA INDIRIZZATA SIGNPOST (regola { $rule }, copertura { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = telefono { $phone }
mail-removed-address = [indirizzo web rimosso: Signpost ha indirizzato la persona al servizio di segnalazione per segnalarlo]
mail-automatic = Questo messaggio è stato inviato automaticamente; le risposte a questo indirizzo non vengono lette.
