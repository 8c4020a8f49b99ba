### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Aviso de protección infantil a través de Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Aviso de protección infantil a través de Signpost
mail-intro = Alguien ha usado Signpost para informar a { $organisation } de una preocupación por la seguridad de un menor.
mail-no-copy = Signpost no guarda ninguna copia de este mensaje. Gestiónelo según sus procedimientos de protección infantil.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = Ha usado Signpost en este idioma: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = A continuación figura el mismo mensaje en inglés.
mail-answers-heading = SUS RESPUESTAS
mail-answer-where = Dónde se encuentra
mail-answer-worry = Qué le preocupa
mail-answer-danger = Un menor en peligro ahora
mail-answer-under-18 = La persona es menor de 18 años
mail-yes = sí
mail-no = no
mail-wrote-heading = LO QUE ESCRIBIÓ
mail-reach-heading = CÓMO CONTACTAR CON LA PERSONA
mail-reach-anonymous = Ha elegido mantener el anonimato.
mail-reach-name = Nombre
mail-reach-email = Correo electrónico
mail-reach-phone = Teléfono
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = A DÓNDE LA DIRIGIÓ SIGNPOST (regla { $rule }, cobertura { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = teléfono { $phone }
mail-removed-address = [dirección web eliminada: Signpost indicó a la persona que la denunciara a la línea de denuncia]
mail-automatic = Este mensaje se ha enviado automáticamente; las respuestas a esta dirección no se leen.
