### The email Signpost sends to an organisation's safeguarding team when a person asks it to.
### It is read by staff, not by the person. Headings are written in capitals in English to
### stand out in plain text; do whatever stands out in your language. Never translate
### $organisation, a phone number or an address.

# The subject of a message sent in plain text: $concern and $country are codes (such as
# grooming and GB), kept as they are so they can be sorted.
mail-subject = Alerta de proteção de crianças via Signpost: { $concern } ({ $country })
# The subject of an encrypted message: it says nothing about the concern.
mail-subject-encrypted = Alerta de proteção de crianças via Signpost
mail-intro = Alguém usou o Signpost para comunicar a { $organisation } uma preocupação com a segurança de uma criança.
mail-no-copy = O Signpost não guarda nenhuma cópia desta mensagem. Trate-a de acordo com os procedimentos de proteção de crianças da sua organização.
# $language is the name of the language the person used Signpost in (meta-language-name).
mail-language = A pessoa usou o Signpost neste idioma: { $language }.
# Between the message in the person's language and the same message in English.
mail-english-follows = A seguir, a mesma mensagem em inglês.
mail-answers-heading = RESPOSTAS DA PESSOA
mail-answer-where = Onde ela está
mail-answer-worry = O que a preocupa
mail-answer-danger = Uma criança em perigo agora
mail-answer-under-18 = A pessoa tem menos de 18 anos
mail-yes = sim
mail-no = não
mail-wrote-heading = O QUE A PESSOA ESCREVEU
mail-reach-heading = COMO ENTRAR EM CONTATO COM A PESSOA
mail-reach-anonymous = A pessoa preferiu ficar anônima.
mail-reach-name = Nome
mail-reach-email = E-mail
mail-reach-phone = Telefone
# $rule is the rule's id and $coverage is "national" or "international": keep both as they are.
mail-plan-heading = PARA ONDE O SIGNPOST ENCAMINHOU A PESSOA (regra { $rule }, cobertura { $coverage })
# After a service in the list, before its phone number.
mail-plan-phone = telefone { $phone }
mail-removed-address = [endereço da página removido: o Signpost encaminhou a pessoa ao canal de denúncia para denunciá-lo]
mail-automatic = Esta mensagem foi enviada automaticamente; as respostas para este endereço não são lidas.
