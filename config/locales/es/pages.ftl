### The words of the public pages: the frame every page shares, the start page, the
### questions, the plan, "staying safe" and the error page.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number, an address or the name "Signpost".

## The frame of every page

# The browser tab's title: the page's own title, then the site's name.
page-title = { $title } – Signpost
# Before the title of a page that lists problems with the answers.
page-title-error = Error: { $title }
skip-to-main = Saltar al contenido principal
# The button at the top of every page that leaves at once for a weather website.
exit-link = Salir de este sitio
# Added after exit-link on wide screens ("Leave this site quickly"). If your language cannot
# simply add a word at the end, write { "" } here.
exit-link-hint = rápidamente
# The browser tab's title while the page is being left: it should look harmless.
exit-disguise-title = Pronóstico del tiempo
footer-staying-safe = Su seguridad al usar este sitio
footer-nothing-kept = Signpost no guarda nada de lo que usted le cuenta. No es un servicio de emergencias.
# The label of the list of languages on every page (read by screen readers).
language-list-label = Idioma
language-own-label = Los idiomas del país que eligió:
# Read by screen readers after a link that opens in a new tab.
opens-in-new-tab = (se abre en una pestaña nueva)
# Before an error message under a question (read by screen readers).
error-prefix = Error:
error-summary-title = Hay un problema

## The emergency box (start and error pages)

emergency-heading = Si un menor está en peligro ahora mismo
# $number is the emergency number, shown as a link; $country is the country's name.
emergency-call-number = Llame ahora al { $number } ({ $country }).
emergency-call-local = Llame ahora al número de emergencias de su zona.

## The start page

start-title = Encuentre el lugar adecuado para pedir ayuda
start-heading = ¿Le preocupa la seguridad de un menor en internet?
start-lead = Responda cuatro preguntas breves y Signpost le dirá dónde denunciarlo o con quién hablar en su país. No guarda nada de lo que usted le cuenta.
start-button = Empezar
start-before-heading = Antes de empezar
start-before-no-images = No descargue, no haga capturas de pantalla ni comparta ninguna imagen sexual de un menor, ni siquiera para denunciarla. En su lugar, copie la dirección web.
# $exit is the name of the button at the top of the page (exit-link).
start-before-exit = Puede usar este sitio en el teléfono o la computadora de otra persona. Pulse «{ $exit }» en cualquier momento.

## The questions

questions-title = Cuéntenos qué está pasando
questions-intro = Sus respuestas solo se usan para encontrar el lugar adecuado para usted. No se guarda nada.
questions-country-label = ¿Dónde se encuentra?
questions-country-hint = Elija el país en el que se encuentra ahora.
questions-country-choose = Elija un país
questions-danger-legend = ¿Hay un menor en peligro ahora mismo?
questions-danger-hint = Por ejemplo, alguien le está haciendo daño o está a punto de encontrarse con él o ella.
questions-danger-yes = Sí
questions-danger-no = No
questions-danger-not-sure = No lo sé
questions-reporter-legend = ¿Tiene menos de 18 años?
questions-reporter-child = Sí, tengo menos de 18 años
questions-reporter-adult = No, tengo 18 años o más
questions-concern-legend = ¿Qué le preocupa?
questions-continue = Continuar
questions-error-country = Elija el país en el que se encuentra
questions-error-danger = Indique si hay un menor en peligro ahora mismo
questions-error-reporter = Indique si tiene menos de 18 años
questions-error-concern = Elija qué le preocupa

## The plan

plan-title = Dónde pedir ayuda
plan-heading-child = No vas a tener problemas. Estas personas pueden ayudarte.
plan-lead-child = Has hecho bien en buscar ayuda. Sigue estos pasos en orden. Puedes parar cuando quieras.
plan-heading-adult = Dónde denunciarlo y pedir ayuda
plan-lead-adult = Siga estos pasos en orden. Información para { $country }.
plan-international = Algunos de estos servicios son internacionales, porque no conocemos ninguno en { $country } para este caso. Aceptan denuncias desde cualquier lugar.
plan-advice-heading-child = Cosas que pueden ayudarte
plan-advice-heading-adult = Qué hacer y qué no hacer
plan-why-summary = ¿Por qué estos pasos?
plan-why-told-us = Según las respuestas:
plan-why-country = País: { $country }.
# $concern is the label of the concern they chose, as written on the questions page.
plan-why-concern = Lo que preocupa: { $concern }.
plan-why-child = Menor de 18 años.
plan-why-adult = 18 años o más.
plan-why-danger = Puede haber un menor en peligro ahora mismo.
plan-why-no-danger = No hay ningún menor en peligro ahora mismo.
# $rule is the rule's id, such as grooming/adult; keep it as it is.
plan-why-rule = Signpost usó la regla { $rule }. Se basa en lo que cada servicio dice que hace. Cada paso indica por qué está ahí.
plan-start-again = Empezar de nuevo con otras respuestas

## The steps of a plan

plan-step-number = Paso { $number }
step-other-places = Otros lugares que pueden ayudar con esto
# $number is the number exactly as the service writes it.
step-call = Llamar al { $number }
step-text = Enviar un SMS al { $number }
step-more-about-number = Más información sobre este número
step-website = Ir a su sitio web
step-fact-name = Nombre
step-fact-when = Cuándo
step-fact-who-for = Para quién
step-anonymous = Se puede denunciar sin dar el nombre.
step-not-anonymous = Se piden el nombre y los datos de contacto.
step-ages-between = De { $min } a { $max } años
step-ages-up-to = Hasta los { $max } años
step-ages-from = Desde los { $min } años
# $date is the date the details were last checked (date-long).
step-last-checked = Última comprobación: { $date }.
step-checked-own-site = Comprobado en el sitio web del propio servicio.
step-checked-third-party = Encontrado en otro sitio web: conviene comprobar también la página del propio servicio.
step-checked-conflict = Las fuentes no coinciden en algunos datos: conviene comprobar la página del propio servicio.
step-details-summary = Qué se necesita y qué pasa después
step-details-about = Qué es:
step-details-need = Qué se necesita:
step-details-next = Qué pasa después:

# A date such as "28 November 2026": $day and $year are numbers, $month is 1 to 12.
date-long = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

## Staying safe while you use this site

staying-safe-title = Su seguridad al usar este sitio
staying-safe-lead = Si alguien pudiera revisar su teléfono o su computadora, estas medidas pueden ayudarle.
staying-safe-does-heading = Lo que hace Signpost
staying-safe-no-keeping = Signpost no guarda sus respuestas. No usa cookies ni guarda nada en su dispositivo.
# $questions and $plan are the titles of those pages (questions-title, plan-title).
staying-safe-history = Sus respuestas no aparecen en la dirección web, así que las páginas de su historial solo se llaman «Signpost», «{ $questions }» y «{ $plan }».
# $exit is the name of the button (exit-link).
staying-safe-exit = El botón «{ $exit }», arriba en cada página, lleva directamente a un sitio web del tiempo. Si su navegador ejecuta JavaScript, pulsar tres veces la tecla Mayúsculas hace lo mismo, y el botón Atrás del navegador no volverá a esta página.
staying-safe-cannot-heading = Lo que Signpost no puede ocultar
staying-safe-history-shows = El historial de su navegador sigue mostrando que visitó este sitio. Puede borrarlo en la configuración del navegador o usar una ventana privada o de incógnito.
staying-safe-phone-bill = Las llamadas que haga a una línea de ayuda pueden aparecer en la factura del teléfono, salvo que la línea indique lo contrario. Muchas líneas de ayuda para niños, niñas y adolescentes no aparecen en las facturas.
staying-safe-screen = Alguien que pueda ver su pantalla, o que haya instalado un programa de rastreo en su dispositivo, podría ver lo que hace. Si cree que está pasando esto, use un dispositivo al que esa persona no tenga acceso, como una computadora de la escuela, de una biblioteca o de un amigo.
staying-safe-back = Volver al inicio

## The error page

error-still-help = Aún puede denunciar o pedir ayuda
error-try-again = Volver a intentarlo
