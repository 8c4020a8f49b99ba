### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost no puede aceptar esto
error-unsupported-form = Signpost solo acepta las respuestas a sus preguntas. Nunca acepta archivos ni imágenes: no envíe imágenes a ningún sitio. En su lugar, denúncielas a la línea de denuncia de su país.
error-unsupported-json = Envíe las respuestas como JSON con Content-Type: application/json. Signpost nunca acepta archivos ni imágenes: en su lugar, denuncie las imágenes a la línea de denuncia de su país.
error-too-large-title = Era demasiado largo
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost acepta como máximo { $kib } KiB. Nunca acepta archivos ni imágenes.
error-body-unreadable-title = Sus respuestas no llegaron
error-body-unreadable = Se interrumpió la conexión. Vuelva a intentarlo.
error-bad-json-title = Solicitud mal formada
error-bad-form-title = No se pudieron leer sus respuestas
error-bad-form = Vuelva a las preguntas y respóndalas de nuevo.
error-invalid-title = Respuestas no válidas
error-invalid = Faltan algunas respuestas o no son válidas; todas se indican en errors.
error-not-found-title = Página no encontrada
error-not-found = No hay ninguna página en esta dirección.
error-image-title = Signpost no puede aceptar imágenes
error-image = Algo de lo que envió parece una imagen. Signpost nunca acepta imágenes, y no se ha enviado nada. No envíe imágenes a nadie, ni siquiera para denunciarlas: compartirlas contribuye a difundirlas y es un delito en muchos países. Si ha visto en internet imágenes sexuales de un menor, copie la dirección web y denúnciela a la línea de denuncia de su país.
error-binary-title = Signpost no pudo leer esto
error-binary = Algo de lo que envió no es texto. Signpost solo acepta palabras escritas, nunca archivos ni imágenes.
error-rate-limited-title = Espere un momento, por favor
error-rate-limited = Signpost ha recibido muchas solicitudes desde su conexión en poco tiempo, así que ha dejado de responderlas, y de reenviar mensajes, durante { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }. Ya puede pedir ayuda a los servicios que aparecen abajo.
