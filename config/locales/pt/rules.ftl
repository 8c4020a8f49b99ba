### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = Há uma criança em perigo neste momento. Os serviços de emergência podem agir de imediato. Ligue primeiro para o número de emergência e depois siga os outros passos.
danger-no-number-known = Ligue agora para o número de emergência local. Se não o souber, dirija-se ao posto de polícia mais próximo ou peça a alguém que esteja por perto que ligue a pedir ajuda.
police-door-why-police = Não conhecemos nenhum serviço especializado para isto neste país. A polícia pode receber a sua denúncia.
police-door-why-emergency-number = Não conhecemos nenhum serviço especializado para isto neste país, nem uma linha separada da polícia. Pode contactar a polícia por este número.
police-door-about-emergency-number = Este é também o número de emergência. Pode usá-lo para contar à polícia o que sabe, mesmo que nada esteja a acontecer neste momento.

## The concerns, in plain words

concern-abuse-imagery-label = Imagens ou vídeos sexuais de uma criança na internet
concern-abuse-imagery-description = Viu na internet imagens ou vídeos que mostram uma criança de forma sexual.
concern-grooming-label = Alguém na internet fala com uma criança de forma sexual
concern-grooming-description = Alguém fala de sexo com uma criança, pede-lhe fotografias ou tenta encontrar-se com ela.
concern-sextortion-label = Alguém ameaça partilhar imagens sexuais
concern-sextortion-description = Alguém diz que vai partilhar imagens sexuais de um jovem se não lhe pagarem ou não enviarem mais.
concern-image-shared-label = Foi partilhada uma imagem de nudez de alguém com menos de 18 anos
concern-image-shared-description = Foi partilhada, ou pode vir a ser, uma imagem de nudez ou sexual de alguém com menos de 18 anos (pode ser o seu caso).
concern-child-abuse-label = Uma criança pode ser vítima de abuso sexual
concern-child-abuse-description = Teme que uma criança seja vítima de abuso sexual, não apenas na internet.
concern-adult-behaviour-label = O comportamento de um adulto com crianças
concern-adult-behaviour-description = Preocupa-se com a forma como um adulto se comporta com crianças, ou com o que vê na internet.
concern-own-thoughts-label = Os meus próprios pensamentos ou comportamentos
concern-own-thoughts-description = Preocupa-se com os seus próprios pensamentos ou comportamentos sexuais em relação a crianças.
concern-not-sure-label = Não sei
concern-not-sure-description = Algo lhe causa preocupação, mas não se enquadra em nenhuma destas opções.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Ligue já para o número de emergência
role-emergency-about = Os serviços de emergência: polícia, ambulância e bombeiros.
role-emergency-need = Diga onde está e o que se passa. Não desligue.
role-emergency-next = A pessoa que atende a chamada diz-lhe o que fazer e envia ajuda.

role-police-heading = Informe a polícia
role-police-about = A polícia, para situações que não estão a acontecer neste momento.
role-police-need = Tudo o que souber: nomes, locais, datas e o que viu ou lhe contaram.
role-police-next = A polícia regista o que lhe disser e decide o que fazer para proteger as crianças.

role-csam-hotline-heading = Denuncie o endereço web
role-csam-hotline-about = Especialistas que analisam denúncias de imagens ou vídeos sexuais de crianças na internet e conseguem que sejam removidos.
role-csam-hotline-need = O endereço web (o link) da página. Mais nada: nem imagens, nem capturas de ecrã.
role-csam-hotline-next = Um analista verifica a página. Se for ilegal, trabalha para que seja removida e informa a polícia.

role-grooming-report-heading = Denuncie a pessoa
role-grooming-report-about = Polícia e especialistas em proteção de crianças que lidam com pessoas que tentam abusar de crianças através da internet.
role-grooming-report-need = Nomes de utilizador, links de perfis, endereços web, datas e horas. Pode incluir capturas de ecrã da conversa, mas nunca de imagens sexuais de uma criança.
role-grooming-report-next = Um técnico de proteção de crianças lê a sua denúncia e decide o que fazer para proteger a criança.

role-image-removal-heading = Peça a remoção da imagem
role-image-removal-about = Ajuda para remover uma fotografia ou um vídeo de nudez de um jovem e impedir que volte a ser partilhado.
role-image-removal-need = O dispositivo onde está a fotografia, ou o endereço web onde foi partilhada. Não envie a fotografia a ninguém.
role-image-removal-next = O serviço cria uma impressão digital (um código único) da fotografia para que os sites possam encontrar e remover as cópias.

role-child-helpline-heading = Fala com alguém
role-child-helpline-about = Uma linha de apoio gratuita para crianças e jovens, sobre qualquer coisa que os preocupe.
role-child-helpline-need = Nada. Basta ligares ou enviares uma mensagem e falar.
role-child-helpline-next = Uma pessoa com formação ouve-te e ajuda-te a pensar no que fazer. Tu decides o que acontece.

role-abuse-helpline-heading = Peça aconselhamento sobre uma criança
role-abuse-helpline-about = Aconselhamento para adultos preocupados com uma criança.
role-abuse-helpline-need = O que viu ou lhe contaram, e quando. Não precisa de provas.
role-abuse-helpline-next = Um conselheiro analisa a situação em conjunto e pode transmitir as preocupações a quem protege as crianças.

role-prevention-heading = Peça ajuda confidencial
role-prevention-about = Ajuda confidencial para pessoas preocupadas com pensamentos ou comportamentos sexuais em relação a crianças.
role-prevention-need = Nada. Pode manter o anonimato.
role-prevention-next = Um técnico com formação ouve sem julgar e ajuda a fazer um plano para manter a segurança.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Copie o endereço web (o link) da página. É tudo o que a linha de denúncia precisa.
advice-abuse-imagery-adult-2 = Não descarregue, não faça capturas de ecrã, não guarde, não partilhe nem reencaminhe as imagens, nem mesmo como prova. Fazê-lo contribui para as espalhar e é crime em muitos países.
advice-abuse-imagery-adult-3 = Não procure mais. Não precisa de provar que algo é ilegal.
advice-abuse-imagery-adult-4 = Denuncie uma só vez, à linha de denúncia do seu país. Normalmente pode manter o anonimato.
advice-abuse-imagery-child-1 = Não vais ter problemas. Teres visto isto não é culpa tua.
advice-abuse-imagery-child-2 = Copia o endereço web (o link) da página e depois fecha-a.
advice-abuse-imagery-child-3 = Não guardes as imagens, não lhes faças capturas de ecrã nem as envies a ninguém, nem mesmo para mostrar o que viste.
advice-abuse-imagery-child-4 = Fala com um adulto em quem confies ou com a linha de apoio para crianças. Não tens de passar por isto sem ajuda.

advice-grooming-adult-1 = Guarde as mensagens. Anote nomes de utilizador, links de perfis, endereços web, datas e horas.
advice-grooming-adult-2 = Pode fazer capturas de ecrã da conversa, mas nunca de imagens sexuais de uma criança: não guarde, não faça capturas de ecrã nem partilhe essas imagens.
advice-grooming-adult-3 = Não confronte a pessoa nem finja ser a criança. Isso pode pôr a criança em maior risco e prejudicar uma investigação.
advice-grooming-adult-4 = Denuncie antes de bloquear, para não perder as provas.
advice-grooming-child-1 = Não vais ter problemas. A culpa não é tua, mesmo que tenhas enviado ou aceitado alguma coisa.
advice-grooming-child-2 = Não tens de responder. Para de conversar, mas guarda as mensagens para as poderes mostrar.
advice-grooming-child-3 = Não aceites encontrar-te com essa pessoa.
advice-grooming-child-4 = Conta a um adulto em quem confies ou fala com a linha de apoio para crianças. Vão ajudar-te.

advice-sextortion-adult-1 = Não pague nem envie mais nada. Pagar raramente faz parar as ameaças.
advice-sextortion-adult-2 = Corte o contacto, mas guarde como prova as mensagens, os nomes de utilizador e os dados de pagamento. Denuncie antes de bloquear.
advice-sextortion-adult-3 = Não guarde, não faça capturas de ecrã nem partilhe as próprias imagens sexuais.
advice-sextortion-adult-4 = Um jovem que está a ser ameaçado precisa de ouvir que a culpa não é dele e que não vai ter problemas.
advice-sextortion-child-1 = Não vais ter problemas. Quem te ameaça é que está a fazer algo errado.
advice-sextortion-child-2 = Não pagues nem envies mais nada.
advice-sextortion-child-3 = Deixa de responder, mas guarda as mensagens para as poderes mostrar.
advice-sextortion-child-4 = Conta a um adulto em quem confies ou fala com a linha de apoio para crianças. Há formas de conseguir que as imagens sejam removidas.

advice-image-shared-adult-1 = Não descarregue, não guarde, não faça capturas de ecrã nem reencaminhe a imagem, nem mesmo para a denunciar. Isso contribui para a espalhar e é crime em muitos países.
advice-image-shared-adult-2 = O Take It Down funciona a partir do dispositivo onde a imagem foi tirada: a imagem fica lá e só é partilhada uma impressão digital (um código único).
advice-image-shared-adult-3 = Se a imagem estiver num site, copie o endereço web e denuncie-o à linha de denúncia.
advice-image-shared-adult-4 = Tranquilize o jovem: a culpa não é dele e não vai ter problemas.
advice-image-shared-child-1 = Não vais ter problemas. Muitos jovens já passaram por isto, e tem solução.
advice-image-shared-child-2 = Não envies a imagem a ninguém, nem mesmo para a denunciar.
advice-image-shared-child-3 = Há serviços que ajudam a remover imagens sem que tenhas de as partilhar outra vez.
advice-image-shared-child-4 = Fala com a linha de apoio para crianças ou com um adulto em quem confies. Não tens de passar por isto sem ajuda.

advice-child-abuse-adult-1 = Não precisa de provas para pedir aconselhamento ou comunicar uma preocupação.
advice-child-abuse-adult-2 = Não confronte a pessoa de quem suspeita. Isso pode pôr a criança em maior risco.
advice-child-abuse-adult-3 = Se uma criança lhe contar que sofre abusos, ouça-a, mantenha a calma, diga-lhe que a culpa não é dela e não prometa guardar segredo.
advice-child-abuse-adult-4 = Anote o que viu ou lhe contaram, com datas e com as mesmas palavras que foram usadas.
advice-child-abuse-adult-5 = As linhas de apoio podem permitir que não dê o seu nome, mas vão transmitir tudo o que indique que uma criança está em risco.
advice-child-abuse-child-1 = A culpa não é tua, e não vais ter problemas.
advice-child-abuse-child-2 = Podes falar com alguém que te vai ouvir e ajudar. Podes contar tanto ou tão pouco quanto quiseres.
advice-child-abuse-child-3 = Se agora não for seguro falar, podes ligar ou enviar uma mensagem mais tarde.
advice-child-abuse-child-4 = Se estiveres em perigo neste momento, liga para o número de emergência.

advice-adult-behaviour-adult-1 = Pode falar sobre o assunto de forma confidencial antes de decidir o que fazer.
advice-adult-behaviour-adult-2 = Não confronte pessoalmente essa pessoa. Isso pode pôr as crianças em maior risco.
advice-adult-behaviour-adult-3 = Não veja, descarregue nem partilhe imagens para confirmar. Em vez disso, anote endereços web, nomes e datas.
advice-adult-behaviour-adult-4 = Se achar que alguém está a fazer mal a uma criança, informe a polícia ou um serviço de proteção de crianças.
advice-adult-behaviour-child-1 = Não vais ter problemas por contares a alguém.
advice-adult-behaviour-child-2 = Fala com um adulto em quem confies ou com a linha de apoio para crianças. Podem ajudar-te a decidir o que fazer.
advice-adult-behaviour-child-3 = Se puderes, afasta-te dessa pessoa e não te encontres com ela a sós.

advice-own-thoughts-adult-1 = Pedir ajuda é a atitude certa. Pode receber ajuda confidencial para manter a segurança, a sua e a das crianças.
advice-own-thoughts-adult-2 = Se viu imagens sexuais de crianças, pare agora. Os serviços de prevenção podem ajudar a parar, e muitos são anónimos.
advice-own-thoughts-adult-3 = Se acha que pode vir a fazer mal a uma criança em breve, peça ajuda imediatamente.
advice-own-thoughts-child-1 = Não és a única pessoa a passar por isto, e é bom que queiras falar sobre o assunto.
advice-own-thoughts-child-2 = Os jovens podem receber ajuda confidencial para compreender os seus pensamentos e manter-se em segurança.
advice-own-thoughts-child-3 = Fala com a linha de apoio para crianças ou com um adulto em quem confies.

advice-not-sure-adult-1 = Não precisa de ter certezas para pedir aconselhamento. Uma linha de apoio pode analisar a situação em conjunto.
advice-not-sure-adult-2 = Não procure, guarde nem partilhe imagens para confirmar o que são.
advice-not-sure-adult-3 = Se uma criança está em perigo neste momento, ligue para o número de emergência.
advice-not-sure-child-1 = Não vais ter problemas por perguntares.
advice-not-sure-child-2 = Podes falar com a linha de apoio para crianças sobre qualquer coisa que te preocupe.
advice-not-sure-child-3 = Se tu ou outra criança estiverem em perigo neste momento, liga para o número de emergência.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = É aqui que se denunciam imagens sexuais de crianças vistas na internet. Os analistas verificam a página e conseguem que seja removida; só precisa de indicar o endereço web.
why-abuse-imagery-child-csam-hotline = Aqui podes denunciar imagens ou vídeos sexuais de crianças na internet. Só precisas de indicar o endereço web, e não tens de dizer o teu nome.
why-abuse-imagery-child-child-helpline = Ver isto pode ser perturbador. Podes falar sobre isso com alguém, gratuitamente.
why-grooming-adult-grooming-report = É aqui que se denuncia alguém que fala com uma criança de forma sexual na internet, lhe pede fotografias ou tenta encontrar-se com ela.
why-grooming-adult-abuse-helpline = Se preferir falar primeiro sobre o assunto, esta linha de apoio aconselha adultos preocupados com uma criança.
why-grooming-child-grooming-report = Podes denunciar essa pessoa aqui. A denúncia vai ser lida por pessoas com formação para proteger crianças.
why-grooming-child-child-helpline = Podes falar com alguém sobre o que aconteceu, gratuitamente. Ninguém te vai julgar.
why-sextortion-adult-grooming-report = É aqui que se denuncia alguém que ameaça partilhar imagens sexuais de um jovem.
why-sextortion-adult-image-removal = Este serviço ajuda a impedir que as imagens sejam partilhadas na internet.
why-sextortion-adult-image-removal-global = O Take It Down funciona em qualquer parte do mundo: ajuda a impedir que as imagens de um jovem sejam partilhadas, sem que ninguém as veja.
why-sextortion-adult-abuse-helpline = Esta linha de apoio aconselha adultos preocupados com uma criança.
why-sextortion-child-grooming-report = Podes denunciar aqui a pessoa que te ameaça. Não vais ter problemas.
why-sextortion-child-image-removal = Este serviço pode ajudar-te a remover as tuas imagens e a impedir que sejam partilhadas.
why-sextortion-child-image-removal-global = O Take It Down funciona em qualquer parte do mundo. As tuas imagens ficam no teu dispositivo; só é partilhada uma impressão digital (um código único).
why-sextortion-child-child-helpline = Podes falar com alguém sobre o que está a acontecer, gratuitamente. Vão ajudar-te.
why-image-shared-adult-image-removal = Este serviço ajuda a remover uma imagem de nudez de um jovem e a impedir que seja partilhada.
why-image-shared-adult-image-removal-global = O Take It Down funciona em qualquer parte do mundo, para imagens tiradas quando a pessoa tinha menos de 18 anos. A imagem fica no dispositivo; só é partilhada uma impressão digital (um código único).
why-image-shared-adult-csam-hotline = Se a imagem estiver num site, denuncie aqui o endereço web para que possa ser removida.
why-image-shared-adult-abuse-helpline = Esta linha de apoio aconselha adultos preocupados com uma criança.
why-image-shared-child-image-removal = Este serviço ajuda os jovens a remover imagens em que aparecem nus. Não vais ter problemas.
why-image-shared-child-image-removal-global = O Take It Down funciona em qualquer parte do mundo. A tua imagem fica no teu dispositivo; só é partilhada uma impressão digital (um código único).
why-image-shared-child-child-helpline = Podes falar com alguém sobre o que aconteceu, gratuitamente. Vão ajudar-te.
why-image-shared-child-csam-hotline = Se a imagem estiver num site, podes denunciar aqui o endereço web para que possa ser removida.
why-child-abuse-adult-abuse-helpline = Pode falar sobre a sua preocupação com conselheiros com formação. Podem dizer-lhe o que fazer e transmiti-la a quem protege as crianças.
why-child-abuse-adult-police = Pode comunicar a sua preocupação à polícia.
why-child-abuse-child-child-helpline = Podes falar com alguém que te vai ouvir e ajudar, gratuitamente. A culpa não é tua.
why-child-abuse-child-abuse-helpline = Este serviço ajuda a proteger crianças e também te vai ouvir.
why-child-abuse-child-police = Também podes contar à polícia. Proteger crianças faz parte do trabalho da polícia, e não vais ter problemas.
why-adult-behaviour-adult-prevention = Pode falar de forma confidencial sobre o comportamento de outra pessoa em relação a crianças e decidir o que fazer.
why-adult-behaviour-adult-abuse-helpline = Esta linha de apoio aconselha adultos preocupados com uma criança.
why-adult-behaviour-adult-police = Se achar que alguém está a fazer mal a uma criança, pode informar a polícia.
why-adult-behaviour-child-child-helpline = Podes falar com alguém, gratuitamente, sobre o adulto que te preocupa. Não vais ter problemas.
why-adult-behaviour-child-grooming-report = Se esse adulto te está a contactar a ti ou a outra criança pela internet, podes denunciá-lo aqui.
why-own-thoughts-adult-prevention = Este serviço confidencial ajuda pessoas preocupadas com os seus próprios pensamentos ou comportamentos sexuais em relação a crianças.
why-own-thoughts-adult-prevention-global = Autoajuda online gratuita e anónima, que funciona em qualquer lugar, em várias línguas.
why-own-thoughts-child-child-helpline = Podes falar com alguém de forma confidencial, e gratuita, sobre pensamentos que te preocupam.
why-own-thoughts-child-prevention = Este serviço confidencial ajuda pessoas, incluindo jovens, preocupadas com os seus próprios pensamentos sexuais.
why-not-sure-adult-abuse-helpline = Pode falar sobre a sua preocupação com conselheiros com formação, mesmo sem saber ao certo o que se passa.
why-not-sure-child-child-helpline = Podes falar com alguém sobre qualquer coisa que te preocupe, gratuitamente.
