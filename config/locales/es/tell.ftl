### "Also tell" an organisation: the message form, the check before sending, and what
### happened after. $organisation is the organisation's name as it writes it: never
### translate it. Calm and plain: say what happened and what to do.

## On the plan page

tell-section-heading = Avisar también a { $organisation }
tell-section-intro = Si esto afecta a un menor vinculado a { $organisation }, también puede enviar un mensaje a su equipo de protección infantil. Esto no sustituye a los pasos anteriores: denúncielo también allí.

## The form

tell-title = Avisar a { $organisation }
# A hidden box that only automatic form-fillers see; people are asked to leave it empty.
tell-leave-empty = Deje esta casilla vacía
tell-text-label = ¿Qué quiere que sepa { $organisation }?
# $max is the largest number of characters allowed.
tell-text-hint = Escriba qué pasó, quién está involucrado y cuándo. No pegue ni describa ninguna imagen sexual, y no incluya sus direcciones web: Signpost las elimina. Puede escribir hasta { $max } caracteres.
# Under the message box, updated as the person types. The browser fills in the number, so
# use no plural variants in these two messages.
tell-count-remaining = Caracteres restantes: { $count }
tell-count-over = Caracteres de más: { $count }
tell-contact-legend = ¿Puede { $organisation } ponerse en contacto con usted?
tell-contact-share = Sí, estos son mis datos
tell-contact-name = Su nombre (opcional)
tell-contact-email = Correo electrónico
tell-contact-phone = Número de teléfono
tell-contact-anonymous = No, prefiero mantener el anonimato
tell-who-reads-heading = Quién leerá esto
tell-who-reads-to = Su mensaje se enviará por correo electrónico al equipo de protección infantil de { $organisation }.
# $recipients lists the people or teams who receive it, as the organisation names them.
tell-who-reads-to-named = Su mensaje se enviará por correo electrónico al equipo de protección infantil de { $organisation } ({ $recipients }).
tell-who-reads-after = Es posible que se pongan en contacto con usted si deja sus datos. Para proteger a un menor, pueden transmitir lo que escriba a la policía o a los servicios de protección de la infancia. Signpost no guarda ninguna copia.
tell-consent = Entiendo quién leerá esto y qué puede hacer con ello
tell-continue = Continuar

## Problems with what was typed

tell-error-text-empty = Escriba lo que quiere que sepan
tell-error-text-too-long = Su mensaje es demasiado largo: redúzcalo a { $max } caracteres o menos
tell-error-contact-none = Indique un correo electrónico o un número de teléfono, o elija mantener el anonimato
tell-error-email = Escriba un correo electrónico como name@example.com
tell-error-phone = Escriba un número de teléfono con cifras, como 07700 900 982
tell-error-name-too-long = Su nombre debe tener { $max } caracteres o menos
tell-error-contact = Indique si pueden ponerse en contacto con usted
tell-error-consent = Marque la casilla para indicar que entiende quién leerá esto

## Check before sending

tell-check-title = Revise su mensaje antes de enviarlo
tell-check-sent-to = Destinatario
tell-check-sent-to-value = El equipo de protección infantil de { $organisation }
tell-check-you-wrote = Lo que escribió
tell-check-contact = Sus datos de contacto
tell-check-anonymous = Ha elegido mantener el anonimato
tell-check-note = Antes del envío, las direcciones web se eliminan o se desactivan para que no se pueda hacer clic en ellas. { $organisation } también verá sus respuestas a las preguntas y los lugares que le sugirió Signpost. Signpost no guarda ninguna copia.
tell-check-send = Enviar a { $organisation }
tell-check-change = Modificar su mensaje

## After sending (or trying to)

tell-sent-heading = Enviado a { $organisation }
tell-sent = Su mensaje se ha enviado al equipo de protección infantil de { $organisation }. Signpost no ha guardado ninguna copia.
tell-not-sent-heading = Su mensaje no se ha enviado
tell-not-sent-other-site = Este formulario solo se puede enviar desde la propia página de Signpost. Su mensaje no ha llegado a { $organisation }.
# $minutes is how long to wait before trying again.
tell-not-sent-too-many = Se han enviado demasiados mensajes desde aquí en poco tiempo. Vuelva a intentarlo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Su mensaje no ha llegado a { $organisation }.
tell-unconfirmed-heading = No pudimos confirmar que su mensaje se haya enviado
tell-unconfirmed = La conexión con el servidor de correo de { $organisation } se cortó mientras se entregaba su mensaje, así que puede que haya llegado o no. Su mensaje aparece abajo. Para comprobarlo, puede ponerse en contacto con { $organisation } por otra vía, en lugar de enviarlo dos veces.
# $reason is one of the tell-failure-… sentences below.
tell-not-sent-failed = { $reason } Su mensaje no ha llegado a { $organisation }. Aparece abajo para que pueda copiarlo o volver a intentarlo.
tell-failure-unreachable = Signpost no pudo conectar con el servidor de correo.
tell-failure-temporary = El servidor de correo está ocupado y pidió que se vuelva a intentar más tarde.
tell-failure-permanent = El servidor de correo rechazó el mensaje.
tell-failure-timeout = El servidor de correo no respondió a tiempo.
tell-failure-tls = Signpost no pudo establecer una conexión segura con el servidor de correo.
tell-failure-compose = Signpost no pudo preparar el mensaje.
tell-failure-no-recipient = Signpost no puede reenviar mensajes a nadie en este momento.
tell-result-your-message = Su mensaje
tell-result-copy = Esto es lo que escribió, para que pueda copiarlo o volver a intentarlo.
tell-result-you-wrote = Lo que escribió
tell-result-try-again = Intentar enviarlo de nuevo
tell-result-change = Modificar su mensaje
tell-result-still-heading = Aun así, siga estos pasos
tell-result-still = Avisar a { $organisation } no sustituye a denunciarlo en el lugar adecuado.
