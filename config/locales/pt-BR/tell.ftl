### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Avise também { $organisation }
tell-section-intro = Se isso envolve uma criança ligada a { $organisation }, você também pode enviar uma mensagem à equipe de proteção de crianças de lá. Isso não substitui os passos acima: faça a denúncia neles também.

## The form

tell-title = Avisar { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Deixe este campo vazio
tell-text-label = O que você quer que { $organisation } saiba?
# $max is the largest number of characters allowed.
tell-text-hint = Escreva o que aconteceu, quem está envolvido e quando. Não cole nem descreva imagens sexuais, e não inclua os endereços delas: o Signpost os remove. Você pode escrever até { $max } caracteres.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Caracteres restantes: { $count }
tell-count-over = Caracteres a mais: { $count }
tell-contact-legend = { $organisation } pode entrar em contato com você?
tell-contact-share = Sim, estes são meus dados
tell-contact-name = Seu nome (opcional)
tell-contact-email = Endereço de e-mail
tell-contact-phone = Número de telefone
tell-contact-anonymous = Não, prefiro manter o anonimato
tell-who-reads-heading = Quem vai ler isto
tell-who-reads-to = Sua mensagem vai por e-mail para a equipe de proteção de crianças de { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Sua mensagem vai por e-mail para a equipe de proteção de crianças de { $organisation } ({ $recipients }).
tell-who-reads-after = Eles podem entrar em contato se você deixar seus dados. Para proteger uma criança, podem passar o que você escrever para a polícia ou para os serviços de proteção à criança. O Signpost não guarda nenhuma cópia.
tell-consent = Entendo quem vai ler isto e o que pode ser feito com essas informações
tell-continue = Continuar

## Problems with what was typed

tell-error-text-empty = Escreva o que você quer que eles saibam
tell-error-text-too-long = Sua mensagem está longa demais: use no máximo { $max } caracteres
tell-error-contact-none = Informe um e-mail ou um número de telefone, ou escolha manter o anonimato
tell-error-email = Digite um endereço de e-mail como nome@example.com
tell-error-phone = Digite um número de telefone usando algarismos, como 07700 900 982
tell-error-name-too-long = Seu nome deve ter no máximo { $max } caracteres
tell-error-contact = Escolha se eles podem entrar em contato com você
tell-error-consent = Marque a caixa para confirmar que você entende quem vai ler isto

## Check before sending

tell-check-title = Confira sua mensagem antes de enviar
tell-check-sent-to = Enviado para
tell-check-sent-to-value = A equipe de proteção de crianças de { $organisation }
tell-check-you-wrote = O que você escreveu
tell-check-contact = Seus dados de contato
tell-check-anonymous = Você escolheu manter o anonimato
tell-check-note = Antes do envio, os endereços de páginas são retirados ou deixam de ser clicáveis. { $organisation } também vai ver suas respostas às perguntas e os lugares que o Signpost sugeriu. O Signpost não guarda nenhuma cópia.
tell-check-send = Enviar para { $organisation }
tell-check-change = Alterar sua mensagem

## After sending (or trying to)

tell-sent-heading = Enviado para { $organisation }
tell-sent = Sua mensagem foi enviada para a equipe de proteção de crianças de { $organisation }. O Signpost não guardou nenhuma cópia.
tell-not-sent-heading = Sua mensagem não foi enviada
tell-not-sent-other-site = Este formulário só pode ser enviado a partir da própria página do Signpost. Sua mensagem não chegou a { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Muitas mensagens foram enviadas daqui em pouco tempo. Tente de novo daqui a { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Sua mensagem não chegou a { $organisation }.
tell-unconfirmed-heading = Não foi possível confirmar se sua mensagem foi enviada
tell-unconfirmed = A conexão com o servidor de e-mail de { $organisation } caiu enquanto sua mensagem era entregue, então ela pode ter chegado ou não. Sua mensagem está abaixo. Você pode entrar em contato com { $organisation } de outra forma para confirmar, em vez de enviá-la duas vezes.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Sua mensagem não chegou a { $organisation }. Ela está abaixo, para você copiar ou tentar de novo.
tell-failure-unreachable = O Signpost não conseguiu acessar o servidor de e-mail.
tell-failure-temporary = O servidor de e-mail está ocupado e pediu para tentar mais tarde.
tell-failure-permanent = O servidor de e-mail recusou a mensagem.
tell-failure-timeout = O servidor de e-mail não respondeu a tempo.
tell-failure-tls = O Signpost não conseguiu criar uma conexão segura com o servidor de e-mail.
tell-failure-compose = O Signpost não conseguiu preparar a mensagem.
tell-failure-no-recipient = No momento, o Signpost não consegue encaminhar mensagens para ninguém.
tell-result-your-message = Sua mensagem
tell-result-copy = Aqui está o que você escreveu, para você copiar ou tentar de novo.
tell-result-you-wrote = O que você escreveu
tell-result-try-again = Tentar enviar de novo
tell-result-change = Alterar sua mensagem
tell-result-still-heading = Continue seguindo estes passos
tell-result-still = Avisar { $organisation } não substitui a denúncia no lugar certo.
