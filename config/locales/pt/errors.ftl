### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = O Signpost não pode aceitar isto
error-unsupported-form = O Signpost só aceita as respostas às suas perguntas. Nunca aceita ficheiros nem imagens: não envie imagens para lado nenhum. Em vez disso, denuncie-as à linha de denúncia do seu país.
error-unsupported-json = Envie as respostas em JSON com Content-Type: application/json. O Signpost nunca aceita ficheiros nem imagens: em vez disso, denuncie as imagens à linha de denúncia do seu país.
error-too-large-title = Era demasiado longo
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = O Signpost aceita no máximo { $kib } KiB. Nunca aceita ficheiros nem imagens.
error-body-unreadable-title = As suas respostas não chegaram
error-body-unreadable = A comunicação foi interrompida. Tente novamente.
error-bad-json-title = Pedido mal formado
error-bad-form-title = Não foi possível ler as suas respostas
error-bad-form = Volte às perguntas e responda-lhes novamente.
error-invalid-title = Respostas inválidas
error-invalid = Faltam algumas respostas ou não são válidas; todas estão indicadas em errors.
error-not-found-title = Página não encontrada
error-not-found = Não existe nenhuma página neste endereço.
error-image-title = O Signpost não pode aceitar imagens
error-image = Algo que enviou parece ser uma imagem. O Signpost nunca aceita imagens, e nada foi enviado. Não envie imagens a ninguém, nem mesmo para as denunciar: partilhá-las faz com que se espalhem e é crime em muitos países. Se viu imagens sexuais de uma criança na internet, copie o endereço web e denuncie-o à linha de denúncia do seu país.
error-binary-title = O Signpost não conseguiu ler isto
error-binary = Algo que enviou não é texto. O Signpost só aceita palavras escritas, nunca ficheiros nem imagens.
error-rate-limited-title = Aguarde um momento
error-rate-limited = O Signpost recebeu muitos pedidos da sua ligação num curto espaço de tempo e, por isso, suspendeu as respostas, e o envio de mensagens, durante { $minutes ->
        [one] um minuto
       *[other] { $minutes } minutos
    }. Já pode obter ajuda junto dos serviços abaixo.
