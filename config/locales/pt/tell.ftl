### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Informar também { $organisation }
tell-section-intro = Se isto envolver uma criança ligada a { $organisation }, também pode enviar uma mensagem à equipa de proteção de crianças dessa organização. Isto não substitui os passos acima: faça também a denúncia nesses serviços.

## The form

tell-title = Informar { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Deixe esta caixa vazia
tell-text-label = O que quer que { $organisation } saiba?
# $max is the largest number of characters allowed.
tell-text-hint = Escreva o que aconteceu, quem está envolvido e quando. Não cole nem descreva imagens sexuais, e não inclua endereços web dessas imagens: o Signpost remove-os. Pode escrever até { $max } caracteres.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Caracteres restantes: { $count }
tell-count-over = Caracteres a mais: { $count }
tell-contact-legend = Autoriza que { $organisation } entre em contacto?
tell-contact-share = Sim, estes são os meus dados
tell-contact-name = O seu nome (opcional)
tell-contact-email = Endereço de e-mail
tell-contact-phone = Número de telefone
tell-contact-anonymous = Não, prefiro manter o anonimato
tell-who-reads-heading = Quem vai ler isto
tell-who-reads-to = A sua mensagem vai por e-mail para a equipa de proteção de crianças de { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = A sua mensagem vai por e-mail para a equipa de proteção de crianças de { $organisation } ({ $recipients }).
tell-who-reads-after = Podem entrar em contacto se deixar os seus dados. Para proteger uma criança, podem transmitir o que escrever à polícia ou aos serviços de proteção de crianças. O Signpost não guarda nenhuma cópia.
tell-consent = Compreendo quem vai ler isto e o que pode fazer com esta informação
tell-continue = Continuar

## Problems with what was typed

tell-error-text-empty = Escreva o que quer que saibam
tell-error-text-too-long = A sua mensagem é demasiado longa: reduza-a para { $max } caracteres ou menos
tell-error-contact-none = Indique um endereço de e-mail ou um número de telefone, ou opte por manter o anonimato
tell-error-email = Escreva um endereço de e-mail como name@example.com
tell-error-phone = Escreva um número de telefone só com algarismos, como 07700 900 982
tell-error-name-too-long = O seu nome deve ter { $max } caracteres ou menos
tell-error-contact = Indique se autoriza o contacto
tell-error-consent = Marque a caixa para confirmar que compreende quem vai ler isto

## Check before sending

tell-check-title = Verifique a sua mensagem antes de a enviar
tell-check-sent-to = Enviado para
tell-check-sent-to-value = A equipa de proteção de crianças de { $organisation }
tell-check-you-wrote = O que escreveu
tell-check-contact = Os seus dados de contacto
tell-check-anonymous = Optou por manter o anonimato
tell-check-note = Antes do envio, os endereços web são retirados ou deixam de ser clicáveis. { $organisation } também vai ver as suas respostas às perguntas e os serviços que o Signpost sugeriu. O Signpost não guarda nenhuma cópia.
tell-check-send = Enviar para { $organisation }
tell-check-change = Alterar a mensagem

## After sending (or trying to)

tell-sent-heading = Enviado para { $organisation }
tell-sent = A sua mensagem foi enviada para a equipa de proteção de crianças de { $organisation }. O Signpost não guardou nenhuma cópia.
tell-not-sent-heading = A sua mensagem não foi enviada
tell-not-sent-other-site = Este formulário só pode ser enviado a partir da própria página do Signpost. A sua mensagem não chegou a { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Foram enviadas demasiadas mensagens a partir daqui num curto espaço de tempo. Tente novamente daqui a { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. A sua mensagem não chegou a { $organisation }.
tell-unconfirmed-heading = Não foi possível confirmar o envio da sua mensagem
tell-unconfirmed = A ligação ao servidor de e-mail de { $organisation } falhou durante a entrega da sua mensagem, por isso pode ter chegado ou não. A sua mensagem está abaixo. Para confirmar, pode contactar { $organisation } de outra forma, em vez de a enviar duas vezes.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } A sua mensagem não chegou a { $organisation }. Está abaixo, para que a possa copiar ou tentar novamente.
tell-failure-unreachable = O Signpost não conseguiu contactar o servidor de e-mail.
tell-failure-temporary = O servidor de e-mail está ocupado e pediu para tentar mais tarde.
tell-failure-permanent = O servidor de e-mail recusou a mensagem.
tell-failure-timeout = O servidor de e-mail não respondeu a tempo.
tell-failure-tls = O Signpost não conseguiu estabelecer uma ligação segura com o servidor de e-mail.
tell-failure-compose = O Signpost não conseguiu preparar a mensagem.
tell-failure-no-recipient = O Signpost não consegue encaminhar mensagens a ninguém neste momento.
tell-result-your-message = A sua mensagem
tell-result-copy = Eis o que escreveu, para que o possa copiar ou tentar novamente.
tell-result-you-wrote = O que escreveu
tell-result-try-again = Tentar enviar novamente
tell-result-change = Alterar a mensagem
tell-result-still-heading = Mesmo assim, siga estes passos
tell-result-still = Informar { $organisation } não substitui a denúncia no serviço certo.
