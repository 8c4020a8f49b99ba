### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = O Signpost não pode aceitar isso
error-unsupported-form = O Signpost só aceita as respostas às suas perguntas. Ele nunca aceita arquivos nem imagens: não envie imagens para lugar nenhum. Em vez disso, denuncie-as ao canal de denúncia do seu país.
error-unsupported-json = Envie as respostas em JSON com Content-Type: application/json. O Signpost nunca aceita arquivos nem imagens: em vez disso, denuncie as imagens ao canal de denúncia do seu país.
error-too-large-title = Isso ficou longo demais
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = O Signpost aceita no máximo { $kib } KiB. Ele nunca aceita arquivos nem imagens.
error-body-unreadable-title = Suas respostas não chegaram
error-body-unreadable = A conexão foi interrompida. Tente de novo.
error-bad-json-title = Solicitação malformada
error-bad-form-title = Não foi possível ler suas respostas
error-bad-form = Volte às perguntas e responda de novo.
error-invalid-title = Respostas inválidas
error-invalid = Algumas respostas estão faltando ou não são válidas; cada uma está listada em errors.
error-not-found-title = Página não encontrada
error-not-found = Não há nenhuma página neste endereço.
error-image-title = O Signpost não pode aceitar imagens
error-image = Algo que você enviou parece ser uma imagem. O Signpost nunca aceita imagens, e nada foi enviado. Não envie imagens para ninguém, nem mesmo para denunciá-las: compartilhá-las faz com que se espalhem e é crime em muitos países. Se você viu imagens sexuais de uma criança na internet, copie o endereço da página e denuncie-o ao canal de denúncia do seu país.
error-binary-title = O Signpost não conseguiu ler isso
error-binary = Algo que você enviou não é texto. O Signpost só aceita palavras digitadas, nunca arquivos nem imagens.
error-rate-limited-title = Aguarde um momento
# $minutes: how long answering is paused, in whole minutes (at least 1).
error-rate-limited = O Signpost recebeu muitas solicitações da sua conexão em pouco tempo e, por isso, parou de respondê-las e de encaminhar mensagens por { $minutes ->
        [one] um minuto
       *[other] { $minutes } minutos
    }. Você ainda pode conseguir ajuda agora com os serviços abaixo.
