### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = Uma criança está em perigo agora. Os serviços de emergência podem agir na hora. Ligue para eles primeiro e depois siga os outros passos.
danger-no-number-known = Ligue agora para o número de emergência local. Se você não souber qual é, vá à delegacia de polícia mais próxima ou peça a alguém perto de você que chame ajuda.
police-door-why-police = Não conhecemos nenhum serviço especializado nisso neste país. A polícia pode receber sua denúncia.
police-door-why-emergency-number = Não conhecemos nenhum serviço especializado nisso neste país, nem uma linha separada da polícia. A polícia pode ser contatada por este número.
police-door-about-emergency-number = Este também é o número de emergência. Você pode usá-lo para contar à polícia o que sabe, mesmo quando nada está acontecendo agora.

## The concerns, in plain words

concern-abuse-imagery-label = Imagens ou vídeos sexuais de uma criança na internet
concern-abuse-imagery-description = Você viu fotos ou vídeos na internet que mostram uma criança de forma sexual.
concern-grooming-label = Alguém na internet está falando de sexo com uma criança
concern-grooming-description = Alguém está conversando com uma criança sobre sexo, pedindo fotos ou tentando se encontrar com ela.
concern-sextortion-label = Alguém está ameaçando divulgar imagens sexuais
concern-sextortion-description = Alguém diz que vai divulgar fotos sexuais de um jovem se ele não pagar ou não mandar mais.
concern-image-shared-label = Uma imagem íntima de alguém com menos de 18 anos foi compartilhada
concern-image-shared-description = Uma foto nua ou sexual de alguém com menos de 18 anos (pode ser você) foi compartilhada, ou pode vir a ser.
concern-child-abuse-label = Uma criança pode estar sofrendo abuso sexual
concern-child-abuse-description = Você tem medo de que uma criança esteja sofrendo abuso sexual, não só na internet.
concern-adult-behaviour-label = O comportamento de um adulto com crianças
concern-adult-behaviour-description = Você se preocupa com o jeito como um adulto se comporta com crianças, ou com o que ele vê na internet.
concern-own-thoughts-label = Meus próprios pensamentos ou comportamento
concern-own-thoughts-description = Você se preocupa com seus próprios pensamentos ou comportamentos sexuais em relação a crianças.
concern-not-sure-label = Não tenho certeza
concern-not-sure-description = Algo preocupa você, mas não se encaixa em nenhuma destas opções.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Ligue agora para o número de emergência
role-emergency-about = Os serviços de emergência: polícia, ambulância e bombeiros.
role-emergency-need = Diga onde você está e o que está acontecendo. Não desligue.
role-emergency-next = O atendente diz o que fazer e envia ajuda.

role-police-heading = Avise a polícia
role-police-about = A polícia, para situações que não estão acontecendo agora.
role-police-need = Tudo o que você sabe: nomes, lugares, datas e o que você viu ou o que contaram para você.
role-police-next = A polícia registra o que você contar e decide o que fazer para proteger as crianças.

role-csam-hotline-heading = Denuncie o endereço da página
role-csam-hotline-about = Especialistas que analisam denúncias de fotos ou vídeos sexuais de crianças na internet e fazem com que sejam removidos.
role-csam-hotline-need = O endereço (o link) da página. Nada mais: nenhuma imagem, nenhum print.
role-csam-hotline-next = Um analista verifica a página. Se for ilegal, ele trabalha para que seja removida e avisa a polícia.

role-grooming-report-heading = Denuncie a pessoa
role-grooming-report-about = Policiais e especialistas em proteção infantil que lidam com pessoas que tentam abusar de crianças pela internet.
role-grooming-report-need = Nomes de usuário, links de perfis, endereços de páginas, datas e horários. Você pode incluir prints da conversa, mas nunca de imagens sexuais de uma criança.
role-grooming-report-next = Um especialista em proteção infantil lê sua denúncia e decide o que fazer para proteger a criança.

role-image-removal-heading = Peça a remoção da imagem
role-image-removal-about = Ajuda para remover uma foto ou vídeo íntimo de um jovem e impedir que seja compartilhado de novo.
role-image-removal-need = O aparelho em que a foto está, ou o endereço da página onde ela foi compartilhada. Não envie a foto para ninguém.
role-image-removal-next = O serviço cria uma impressão digital da foto para que os sites possam encontrar e remover as cópias.

role-child-helpline-heading = Converse com alguém
role-child-helpline-about = Um canal de ajuda gratuito para crianças e adolescentes, sobre qualquer coisa que os preocupe.
role-child-helpline-need = Nada. Você pode simplesmente ligar ou mandar mensagem e conversar.
role-child-helpline-next = Um orientador treinado escuta e ajuda você a pensar no que fazer. É você quem decide o que acontece.

role-abuse-helpline-heading = Peça orientação sobre uma criança
role-abuse-helpline-about = Orientação para adultos preocupados com uma criança.
role-abuse-helpline-need = O que você viu ou o que contaram para você, e quando. Você não precisa de provas.
role-abuse-helpline-next = Um orientador conversa com você sobre o assunto e pode passar a preocupação para quem protege as crianças.

role-prevention-heading = Busque ajuda sigilosa
role-prevention-about = Ajuda sigilosa para pessoas preocupadas com pensamentos ou comportamentos sexuais em relação a crianças.
role-prevention-need = Nada. Você pode manter o anonimato.
role-prevention-next = Um orientador treinado escuta sem julgar e ajuda você a fazer um plano para ficar em segurança.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Copie o endereço (o link) da página. É só disso que o canal de denúncia precisa.
advice-abuse-imagery-adult-2 = Não baixe, não tire print, não salve, não compartilhe nem encaminhe as imagens, nem mesmo como prova. Isso as espalha e é crime em muitos países.
advice-abuse-imagery-adult-3 = Não procure mais imagens. Você não precisa provar que algo é ilegal.
advice-abuse-imagery-adult-4 = Denuncie uma vez só, ao canal de denúncia do seu país. Normalmente você pode manter o anonimato.
advice-abuse-imagery-child-1 = Você não vai ter problemas. Ter visto isso não é culpa sua.
advice-abuse-imagery-child-2 = Copie o endereço (o link) da página e depois feche a página.
advice-abuse-imagery-child-3 = Não salve, não tire print nem mande as imagens para ninguém, nem mesmo para mostrar o que você viu.
advice-abuse-imagery-child-4 = Converse com um adulto de confiança ou com o canal de ajuda para crianças. Você não precisa passar por isso sem ajuda.

advice-grooming-adult-1 = Guarde as mensagens. Anote nomes de usuário, links de perfis, endereços de páginas, datas e horários.
advice-grooming-adult-2 = Você pode tirar print da conversa, mas nunca de imagens sexuais de uma criança: não salve, não tire print nem compartilhe essas imagens.
advice-grooming-adult-3 = Não confronte a pessoa nem finja ser a criança. Isso pode colocar a criança em mais risco e prejudicar uma investigação.
advice-grooming-adult-4 = Denuncie antes de bloquear, para não perder as provas.
advice-grooming-child-1 = Você não vai ter problemas. Não é culpa sua, mesmo que você tenha mandado alguma coisa ou concordado com alguma coisa.
advice-grooming-child-2 = Você não precisa responder. Pare de conversar, mas guarde as mensagens para poder mostrá-las.
advice-grooming-child-3 = Não aceite encontrar essa pessoa.
advice-grooming-child-4 = Conte para um adulto de confiança ou converse com o canal de ajuda para crianças. Eles vão ajudar você.

advice-sextortion-adult-1 = Não pague e não mande mais nada. Pagar raramente faz as ameaças pararem.
advice-sextortion-adult-2 = Corte o contato, mas guarde as mensagens, os nomes de usuário e os dados de pagamento como prova. Denuncie antes de bloquear.
advice-sextortion-adult-3 = Não salve, não tire print nem compartilhe as próprias imagens sexuais.
advice-sextortion-adult-4 = Um jovem que está sendo ameaçado precisa ouvir que não é culpa dele e que ele não vai ter problemas.
advice-sextortion-child-1 = Você não vai ter problemas. Quem está ameaçando você é quem está fazendo algo errado.
advice-sextortion-child-2 = Não pague e não mande mais nada.
advice-sextortion-child-3 = Pare de responder, mas guarde as mensagens para poder mostrá-las.
advice-sextortion-child-4 = Conte para um adulto de confiança ou converse com o canal de ajuda para crianças. Existem formas de tirar as imagens do ar.

advice-image-shared-adult-1 = Não baixe, não salve, não tire print nem encaminhe a imagem, nem mesmo para denunciá-la. Isso a espalha e é crime em muitos países.
advice-image-shared-adult-2 = O Take It Down funciona a partir do aparelho em que a imagem foi feita: a imagem fica lá, e só uma impressão digital dela é compartilhada.
advice-image-shared-adult-3 = Se a imagem estiver em um site, copie o endereço da página e denuncie-o ao canal de denúncia.
advice-image-shared-adult-4 = Tranquilize o jovem: não é culpa dele e ele não vai ter problemas.
advice-image-shared-child-1 = Você não vai ter problemas. Muitos jovens já passaram por isso, e dá para resolver.
advice-image-shared-child-2 = Não mande a imagem para ninguém, nem mesmo para denunciá-la.
advice-image-shared-child-3 = Existem serviços que ajudam a tirar imagens do ar sem que você precise compartilhá-las de novo.
advice-image-shared-child-4 = Converse com o canal de ajuda para crianças ou com um adulto de confiança. Você não precisa passar por isso sem ajuda.

advice-child-abuse-adult-1 = Você não precisa de provas para pedir orientação ou denunciar uma preocupação.
advice-child-abuse-adult-2 = Não confronte a pessoa que preocupa você. Isso pode colocar a criança em mais risco.
advice-child-abuse-adult-3 = Se uma criança contar a você sobre um abuso, escute, mantenha a calma, diga que não é culpa dela e não prometa guardar segredo.
advice-child-abuse-adult-4 = Anote o que você viu ou o que contaram para você, com as datas, usando as palavras que foram ditas.
advice-child-abuse-adult-5 = Os canais de ajuda podem deixar você manter seu nome em sigilo, mas vão repassar qualquer coisa que mostre que uma criança está em risco.
advice-child-abuse-child-1 = Não é culpa sua, e você não vai ter problemas.
advice-child-abuse-child-2 = Você pode conversar com alguém que vai escutar e ajudar. Você pode contar o quanto quiser, muito ou pouco.
advice-child-abuse-child-3 = Se não for seguro conversar agora, você pode ligar ou mandar mensagem mais tarde.
advice-child-abuse-child-4 = Se você estiver em perigo agora, ligue para o número de emergência.

advice-adult-behaviour-adult-1 = Você pode conversar sobre isso em sigilo antes de decidir o que fazer.
advice-adult-behaviour-adult-2 = Não confronte a pessoa por conta própria. Isso pode colocar as crianças em mais risco.
advice-adult-behaviour-adult-3 = Não olhe, não baixe nem compartilhe nenhuma imagem para conferir. Em vez disso, anote endereços de páginas, nomes e datas.
advice-adult-behaviour-adult-4 = Se você acha que uma criança está sendo machucada, avise a polícia ou um serviço de proteção à criança.
advice-adult-behaviour-child-1 = Você não vai ter problemas por contar para alguém.
advice-adult-behaviour-child-2 = Converse com um adulto de confiança ou com o canal de ajuda para crianças. Eles podem ajudar você a decidir o que fazer.
advice-adult-behaviour-child-3 = Fique longe dessa pessoa se puder, e não se encontre a sós com ela.

advice-own-thoughts-adult-1 = Pedir ajuda é a coisa certa a fazer. Você pode receber ajuda sigilosa para ficar em segurança e manter as crianças em segurança.
advice-own-thoughts-adult-2 = Se você já olhou imagens sexuais de crianças, pare agora. Os serviços de prevenção podem ajudar você a parar, e muitos são anônimos.
advice-own-thoughts-adult-3 = Se você acha que pode fazer mal a uma criança em breve, procure ajuda imediatamente.
advice-own-thoughts-child-1 = Você não está só, e é bom que você queira falar sobre isso.
advice-own-thoughts-child-2 = Jovens podem receber ajuda sigilosa para entender seus pensamentos e ficar em segurança.
advice-own-thoughts-child-3 = Converse com o canal de ajuda para crianças ou com um adulto de confiança.

advice-not-sure-adult-1 = Você não precisa ter certeza para pedir orientação. Um canal de ajuda pode conversar com você sobre isso.
advice-not-sure-adult-2 = Não procure, não salve nem compartilhe nenhuma imagem para conferir o que é.
advice-not-sure-adult-3 = Se uma criança estiver em perigo agora, ligue para o número de emergência.
advice-not-sure-child-1 = Você não vai ter problemas por perguntar.
advice-not-sure-child-2 = Você pode conversar com o canal de ajuda para crianças sobre qualquer coisa que preocupe você.
advice-not-sure-child-3 = Se você ou outra criança estiverem em perigo agora, ligue para o número de emergência.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = É aqui que se denunciam imagens sexuais de crianças vistas na internet. Analistas verificam a página e fazem com que seja removida; você só precisa informar o endereço da página.
why-abuse-imagery-child-csam-hotline = É aqui que se denunciam fotos ou vídeos sexuais de crianças na internet. Você só precisa informar o endereço da página e não precisa dizer seu nome.
why-abuse-imagery-child-child-helpline = Ver isso pode ser perturbador. Você pode conversar com alguém sobre isso, de graça.
why-grooming-adult-grooming-report = É aqui que se denuncia alguém que fala de sexo com uma criança na internet, pede fotos ou tenta se encontrar com ela.
why-grooming-adult-abuse-helpline = Se você quiser conversar sobre isso antes, este canal de ajuda orienta adultos preocupados com uma criança.
why-grooming-child-grooming-report = Você pode denunciar a pessoa aqui. Quem vai ler são pessoas treinadas para proteger crianças.
why-grooming-child-child-helpline = Você pode conversar com alguém sobre o que aconteceu, de graça. Ninguém vai julgar você.
why-sextortion-adult-grooming-report = É aqui que se denuncia alguém que ameaça divulgar imagens sexuais de um jovem.
why-sextortion-adult-image-removal = Este serviço ajuda a impedir que as imagens sejam compartilhadas na internet.
why-sextortion-adult-image-removal-global = O Take It Down funciona no mundo todo: ele ajuda a impedir que as imagens de um jovem sejam compartilhadas, sem que ninguém as veja.
why-sextortion-adult-abuse-helpline = Este canal de ajuda orienta adultos preocupados com uma criança.
why-sextortion-child-grooming-report = Você pode denunciar aqui a pessoa que está ameaçando você. Você não vai ter problemas.
why-sextortion-child-image-removal = Este serviço pode ajudar a tirar suas imagens do ar e impedir que sejam compartilhadas.
why-sextortion-child-image-removal-global = O Take It Down funciona no mundo todo. Suas imagens ficam no seu aparelho; só uma impressão digital delas é compartilhada.
why-sextortion-child-child-helpline = Você pode conversar com alguém sobre o que está acontecendo, de graça. Eles vão ajudar você.
why-image-shared-adult-image-removal = Este serviço ajuda a tirar do ar a imagem íntima de um jovem e a impedir que ela seja compartilhada.
why-image-shared-adult-image-removal-global = O Take It Down funciona no mundo todo, para imagens feitas quando a pessoa tinha menos de 18 anos. A imagem fica no aparelho; só uma impressão digital dela é compartilhada.
why-image-shared-adult-csam-hotline = Se a imagem estiver em um site, denuncie aqui o endereço da página para que ela possa ser removida.
why-image-shared-adult-abuse-helpline = Este canal de ajuda orienta adultos preocupados com uma criança.
why-image-shared-child-image-removal = Este serviço ajuda jovens a tirar do ar imagens íntimas deles mesmos. Você não vai ter problemas.
why-image-shared-child-image-removal-global = O Take It Down funciona no mundo todo. Sua imagem fica no seu aparelho; só uma impressão digital dela é compartilhada.
why-image-shared-child-child-helpline = Você pode conversar com alguém sobre o que aconteceu, de graça. Eles vão ajudar você.
why-image-shared-child-csam-hotline = Se a imagem estiver em um site, você pode denunciar aqui o endereço da página para que ela possa ser removida.
why-child-abuse-adult-abuse-helpline = Você pode conversar sobre sua preocupação com orientadores treinados. Eles podem dizer o que fazer e repassar o caso para quem protege as crianças.
why-child-abuse-adult-police = Você pode denunciar sua preocupação à polícia.
why-child-abuse-child-child-helpline = Você pode conversar com alguém que vai escutar e ajudar, de graça. Não é culpa sua.
why-child-abuse-child-abuse-helpline = Este serviço ajuda a proteger crianças e também vai escutar você.
why-child-abuse-child-police = Você também pode contar para a polícia. Proteger crianças faz parte do trabalho dela, e você não vai ter problemas.
why-adult-behaviour-adult-prevention = Você pode conversar em sigilo sobre o comportamento de outra pessoa com crianças e decidir o que fazer.
why-adult-behaviour-adult-abuse-helpline = Este canal de ajuda orienta adultos preocupados com uma criança.
why-adult-behaviour-adult-police = Se você acha que uma criança está sendo machucada, pode avisar a polícia.
why-adult-behaviour-child-child-helpline = Você pode conversar com alguém sobre o adulto que preocupa você, de graça. Você não vai ter problemas.
why-adult-behaviour-child-grooming-report = Se esse adulto está entrando em contato com você ou com outra criança pela internet, você pode denunciar aqui.
why-own-thoughts-adult-prevention = Este serviço sigiloso ajuda pessoas preocupadas com seus próprios pensamentos ou comportamentos sexuais em relação a crianças.
why-own-thoughts-adult-prevention-global = Autoajuda on-line gratuita e anônima, que funciona em qualquer lugar, em vários idiomas.
why-own-thoughts-child-child-helpline = Você pode conversar em sigilo com alguém sobre pensamentos que preocupam você, de graça.
why-own-thoughts-child-prevention = Este serviço sigiloso ajuda pessoas, inclusive jovens, preocupadas com seus próprios pensamentos sexuais.
why-not-sure-adult-abuse-helpline = Você pode conversar sobre sua preocupação com orientadores treinados, mesmo sem ter certeza do que está acontecendo.
why-not-sure-child-child-helpline = Você pode conversar com alguém sobre qualquer coisa que preocupe você, de graça.
