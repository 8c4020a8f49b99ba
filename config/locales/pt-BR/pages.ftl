### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Erro: { $title }
skip-to-main = Pular para o conteúdo principal
# The button at the top of every page that leaves at once for a weather website.
exit-link = Sair deste site
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = rapidamente
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Previsão do tempo
footer-staying-safe = Como se proteger ao usar este site
footer-nothing-kept = O Signpost não guarda nada do que você conta. Ele não é um serviço de emergência.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Idioma
language-own-label = Os idiomas do país que você escolheu:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (abre em uma nova aba)
# Before an error message under a question (read by screen readers).
error-prefix = Erro:
error-summary-title = Há um problema

## The emergency box (start and error pages)

emergency-heading = Se uma criança está em perigo agora
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Ligue agora para { $number } ({ $country }).
emergency-call-local = Ligue agora para o número de emergência local.

## The start page

start-title = Encontre o lugar certo para pedir ajuda
start-heading = Você se preocupa com a segurança de uma criança na internet?
start-lead = Responda a quatro perguntas curtas e o Signpost vai dizer onde denunciar ou com quem falar no seu país. Ele não guarda nada do que você conta.
start-button = Começar agora
start-before-heading = Antes de começar
start-before-no-images = Não baixe, não tire print nem compartilhe imagens sexuais de uma criança, nem mesmo para denunciar. Em vez disso, copie o endereço da página.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Você pode usar este site no celular ou no computador de outra pessoa. Aperte “{ $exit }” a qualquer momento.

## The questions

questions-title = Conte o que está acontecendo
questions-intro = Suas respostas só servem para encontrar o lugar certo para você. Nada é salvo.
questions-country-label = Onde você está?
questions-country-hint = Escolha o país onde você está agora.
questions-country-choose = Escolha um país
questions-danger-legend = Há uma criança em perigo agora?
questions-danger-hint = Por exemplo, alguém está machucando a criança ou está prestes a se encontrar com ela.
questions-danger-yes = Sim
questions-danger-no = Não
questions-danger-not-sure = Não tenho certeza
questions-reporter-legend = Você tem menos de 18 anos?
questions-reporter-child = Sim, tenho menos de 18 anos
questions-reporter-adult = Não, tenho 18 anos ou mais
questions-concern-legend = O que preocupa você?
questions-continue = Continuar
questions-error-country = Escolha o país onde você está
questions-error-danger = Escolha se há uma criança em perigo agora
questions-error-reporter = Escolha se você tem menos de 18 anos
questions-error-concern = Escolha o que preocupa você

## The plan

plan-title = Onde pedir ajuda
plan-heading-child = Você não vai ter problemas. Veja quem pode ajudar.
plan-lead-child = Você fez a coisa certa ao procurar ajuda. Siga estes passos na ordem. Você pode parar a qualquer momento.
plan-heading-adult = Onde denunciar e pedir ajuda
plan-lead-adult = Siga estes passos na ordem. Para { $country }.
plan-international = Alguns destes serviços são internacionais, porque não conhecemos um serviço para isso em { $country }. Eles aceitam denúncias de qualquer lugar.
plan-advice-heading-child = Coisas que podem ajudar
plan-advice-heading-adult = O que fazer e o que não fazer
plan-why-summary = Por que estes passos?
plan-why-told-us = Você nos contou:
plan-why-country = Você está em { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = O que preocupa você: { $concern }.
plan-why-child = Você tem menos de 18 anos.
plan-why-adult = Você tem 18 anos ou mais.
plan-why-danger = Uma criança pode estar em perigo agora.
plan-why-no-danger = Nenhuma criança está em perigo agora.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = O Signpost usou a regra { $rule }. Ela segue o que cada serviço diz que faz. Cada passo acima explica por que está ali.
plan-start-again = Recomeçar com outras respostas

## The steps of a plan

plan-step-number = Passo { $number }
step-other-places = Outros lugares que podem ajudar com isso
# $number is the number exactly as the service writes it.
step-call = Ligue para { $number }
step-text = Mande SMS para { $number }
step-more-about-number = Mais sobre este número
step-website = Acesse o site
step-fact-name = Seu nome
step-fact-when = Quando
step-fact-who-for = Para quem
step-anonymous = Você pode denunciar sem dar seu nome.
step-not-anonymous = Vão pedir seu nome e seus dados de contato.
step-ages-between = De { $min } a { $max } anos
step-ages-up-to = Até { $max } anos
step-ages-from = A partir de { $min } anos
# $date is the date the details were last checked (date-long).
step-last-checked = Verificado pela última vez em { $date }.
step-checked-own-site = Verificado no site do próprio serviço.
step-checked-third-party = Encontrado em outro site: confira também a página do próprio serviço.
step-checked-conflict = As fontes não concordam em alguns detalhes: confira a página do próprio serviço.
step-details-summary = O que você vai precisar e o que acontece depois
step-details-about = O que é:
step-details-need = O que você vai precisar:
step-details-next = O que acontece depois:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }

## Staying safe while you use this site

staying-safe-title = Como se proteger ao usar este site
staying-safe-lead = Se alguém puder olhar seu celular ou computador, estas dicas podem ajudar.
staying-safe-does-heading = O que o Signpost faz
staying-safe-no-keeping = O Signpost não guarda suas respostas. Ele não usa cookies e não salva nada no seu aparelho.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Suas respostas não aparecem no endereço da página, então as páginas no seu histórico se chamam apenas “Signpost”, “{ $questions }” e “{ $plan }”.
# $exit is the name of the button (exit-link).
staying-safe-exit = O botão “{ $exit }”, no alto de cada página, leva você direto para um site de previsão do tempo. Se o seu navegador roda JavaScript, apertar a tecla Shift três vezes faz o mesmo, e o botão de voltar não traz você de volta para cá.
staying-safe-cannot-heading = O que o Signpost não consegue esconder
staying-safe-history-shows = O histórico do navegador ainda mostra que você visitou este site. Você pode apagá-lo nas configurações do navegador ou usar uma janela anônima ou privada.
staying-safe-phone-bill = Ligações para um serviço de ajuda podem aparecer na conta de telefone, a menos que o serviço diga que não aparecem. Muitos serviços de ajuda para crianças não aparecem na conta.
staying-safe-screen = Alguém que consegue ver sua tela, ou que instalou um programa de monitoramento no seu aparelho, ainda pode ver o que você faz. Se você acha que isso está acontecendo, use um aparelho que essa pessoa não consiga acessar, como um computador da escola, da biblioteca ou de um amigo.
staying-safe-back = Voltar ao início

## The error page

error-still-help = Você ainda pode denunciar ou pedir ajuda
error-try-again = Tentar de novo
