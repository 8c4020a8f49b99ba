### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Erro: { $title }
skip-to-main = Ir para o conteúdo principal
# The button at the top of every page that leaves at once for a weather website.
exit-link = Sair deste site
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = rapidamente
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Previsão do tempo
footer-staying-safe = A sua segurança ao usar este site
footer-nothing-kept = O Signpost não guarda nada do que lhe diz. Não é um serviço de emergência.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Idioma
language-own-label = As línguas do país que escolheu:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (abre num novo separador)
# Before an error message under a question (read by screen readers).
error-prefix = Erro:
error-summary-title = Existe um problema

## The emergency box (start and error pages)

emergency-heading = Se uma criança está em perigo neste momento
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Ligue agora para o { $number } ({ $country }).
emergency-call-local = Ligue agora para o número de emergência local.

## The start page

start-title = Encontre o lugar certo para pedir ajuda
start-heading = Tem receio pela segurança de uma criança na internet?
start-lead = Responda a quatro perguntas curtas e o Signpost indica-lhe onde denunciar ou com quem falar no seu país. Não guarda nada do que lhe diz.
start-button = Começar
start-before-heading = Antes de começar
start-before-no-images = Não descarregue, não faça capturas de ecrã nem partilhe imagens sexuais de uma criança, nem mesmo para as denunciar. Em vez disso, copie o endereço web.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Pode usar este site no telefone ou no computador de outra pessoa. Use o botão «{ $exit }» a qualquer momento.

## The questions

questions-title = Conte-nos o que se passa
questions-intro = As suas respostas só servem para encontrar o serviço certo. Nada é guardado.
questions-country-label = Onde se encontra?
questions-country-hint = Escolha o país onde está agora.
questions-country-choose = Escolha um país
questions-danger-legend = Há uma criança em perigo neste momento?
questions-danger-hint = Por exemplo, alguém lhe faz mal neste momento, ou vai encontrar-se com ela em breve.
questions-danger-yes = Sim
questions-danger-no = Não
questions-danger-not-sure = Não sei
questions-reporter-legend = Tem menos de 18 anos?
questions-reporter-child = Sim, tenho menos de 18 anos
questions-reporter-adult = Não, tenho 18 anos ou mais
questions-concern-legend = Qual é a sua preocupação?
questions-continue = Continuar
questions-error-country = Escolha o país onde se encontra
questions-error-danger = Indique se há uma criança em perigo neste momento
questions-error-reporter = Indique se tem menos de 18 anos
questions-error-concern = Escolha qual é a sua preocupação

## The plan

plan-title = Onde pedir ajuda
plan-heading-child = Não vais ter problemas. Estas pessoas podem ajudar-te.
plan-lead-child = Fizeste bem em procurar ajuda. Segue estes passos por ordem. Podes parar a qualquer momento.
plan-heading-adult = Onde denunciar e pedir ajuda
plan-lead-adult = Siga estes passos por ordem. Informação para { $country }.
plan-international = Alguns destes serviços são internacionais, porque não conhecemos nenhum em { $country } para esta situação. Aceitam denúncias de qualquer lugar.
plan-advice-heading-child = Coisas que te podem ajudar
plan-advice-heading-adult = O que fazer e o que não fazer
plan-why-summary = Porquê estes passos?
plan-why-told-us = Segundo as respostas:
plan-why-country = País: { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Preocupação: { $concern }.
plan-why-child = Menos de 18 anos.
plan-why-adult = 18 anos ou mais.
plan-why-danger = Pode haver uma criança em perigo neste momento.
plan-why-no-danger = Nenhuma criança está em perigo neste momento.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = O Signpost usou a regra { $rule }. Segue o que cada serviço diz que faz. Cada passo acima explica porque está ali.
plan-start-again = Recomeçar com outras respostas

## The steps of a plan

plan-step-number = Passo { $number }
step-other-places = Outros serviços que podem ajudar nesta situação
# $number is the number exactly as the service writes it.
step-call = Ligar para o { $number }
step-text = Enviar SMS para o { $number }
step-more-about-number = Mais informações sobre este número
step-website = Ir para o site
step-fact-name = Nome
step-fact-when = Quando
step-fact-who-for = Para quem
step-anonymous = É possível denunciar sem dar o nome.
step-not-anonymous = São pedidos o nome e os dados de contacto.
step-ages-between = Dos { $min } aos { $max } anos
step-ages-up-to = Até { $max } anos de idade
step-ages-from = A partir dos { $min } anos
# $date is the date the details were last checked (date-long).
step-last-checked = Última verificação: { $date }.
step-checked-own-site = Verificado no site do próprio serviço.
step-checked-third-party = Encontrado noutro site: convém verificar também a página do próprio serviço.
step-checked-conflict = As fontes não coincidem em alguns detalhes: convém verificar a página do próprio serviço.
step-details-summary = O que é preciso e o que acontece a seguir
step-details-about = O que é:
step-details-need = O que é preciso:
step-details-next = O que acontece a seguir:

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

staying-safe-title = A sua segurança ao usar este site
staying-safe-lead = Se alguém puder verificar o seu telefone ou computador, estas informações podem ajudar.
staying-safe-does-heading = O que o Signpost faz
staying-safe-no-keeping = O Signpost não guarda as suas respostas. Não usa cookies e não guarda nada no seu dispositivo.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = As suas respostas não ficam no endereço web, por isso as páginas no seu histórico chamam-se apenas «Signpost», «{ $questions }» e «{ $plan }».
# $exit is the name of the button (exit-link).
staying-safe-exit = O botão «{ $exit }», no topo de cada página, leva diretamente para um site de meteorologia. Se o seu navegador executar JavaScript, premir três vezes a tecla Shift faz o mesmo, e o botão para retroceder do navegador não volta a esta página.
staying-safe-cannot-heading = O que o Signpost não consegue esconder
staying-safe-history-shows = O histórico do seu navegador continua a mostrar que visitou este site. Pode apagá-lo nas definições do navegador ou usar uma janela privada ou anónima.
staying-safe-phone-bill = As chamadas que fizer para uma linha de apoio podem aparecer na fatura do telefone, a não ser que a linha indique o contrário. Muitas linhas de apoio para crianças não aparecem nas faturas.
staying-safe-screen = Quem conseguir ver o seu ecrã, ou tiver instalado software de vigilância no seu dispositivo, pode ver o que faz. Se achar que isso está a acontecer, use um dispositivo a que essa pessoa não tenha acesso, como um computador da escola, de uma biblioteca ou de um amigo.
staying-safe-back = Voltar ao início

## The error page

error-still-help = Ainda pode denunciar ou pedir ajuda
error-try-again = Tentar novamente
