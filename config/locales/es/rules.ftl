### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = Hay un menor en peligro ahora mismo. Los servicios de emergencia pueden actuar de inmediato. Llámelos primero y después siga los demás pasos.
danger-no-number-known = Llame ahora al número de emergencias de su zona. Si no lo conoce, vaya a la comisaría de policía más cercana o pida a alguien que esté cerca que llame para pedir ayuda.
police-door-why-police = No conocemos ningún servicio especializado para esto en este país. La policía puede recibir su denuncia.
police-door-why-emergency-number = No conocemos ningún servicio especializado para esto en este país, ni una línea aparte de la policía. Puede contactar con la policía en este número.
police-door-about-emergency-number = Este es también el número de emergencias. Puede usarlo para contar a la policía lo que sabe, aunque no esté pasando nada en este momento.

## The concerns, in plain words

concern-abuse-imagery-label = Imágenes o videos sexuales de un menor en internet
concern-abuse-imagery-description = Ha visto en internet imágenes o videos que muestran a un menor de forma sexual.
concern-grooming-label = Alguien en internet habla de forma sexual con un menor
concern-grooming-description = Alguien habla de sexo con un menor, le pide fotos o intenta verse con él o ella en persona.
concern-sextortion-label = Alguien amenaza con compartir imágenes sexuales
concern-sextortion-description = Alguien dice que compartirá imágenes sexuales de una persona joven si no le paga o no le envía más.
concern-image-shared-label = Se ha compartido una imagen de desnudo de alguien menor de 18 años
concern-image-shared-description = Se ha compartido, o podría compartirse, una imagen de desnudo o sexual de alguien menor de 18 años (puede ser usted).
concern-child-abuse-label = Puede que un menor esté sufriendo abusos sexuales
concern-child-abuse-description = Le preocupa que un menor esté sufriendo abusos sexuales, no solo en internet.
concern-adult-behaviour-label = El comportamiento de un adulto con los menores
concern-adult-behaviour-description = Le preocupa cómo se comporta un adulto con los menores, o lo que mira en internet.
concern-own-thoughts-label = Mis propios pensamientos o comportamiento
concern-own-thoughts-description = Le preocupan sus propios pensamientos o comportamientos sexuales hacia menores.
concern-not-sure-label = No lo sé
concern-not-sure-description = Algo le preocupa, pero no encaja en ninguna de estas opciones.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Llame ahora al número de emergencias
role-emergency-about = Los servicios de emergencia: policía, ambulancia y bomberos.
role-emergency-need = Diga dónde está y qué está pasando. No cuelgue.
role-emergency-next = La persona que atiende la llamada le dirá qué hacer y enviará ayuda.

role-police-heading = Informe a la policía
role-police-about = La policía, para situaciones que no están ocurriendo en este momento.
role-police-need = Todo lo que sepa: nombres, lugares, fechas y lo que vio o le contaron.
role-police-next = La policía registra lo que usted le cuenta y decide qué hacer para proteger a los menores.

role-csam-hotline-heading = Denuncie la dirección web
role-csam-hotline-about = Especialistas que revisan las denuncias de imágenes o videos sexuales de menores en internet y consiguen que se eliminen.
role-csam-hotline-need = La dirección web (el enlace) de la página. Nada más: ni imágenes ni capturas de pantalla.
role-csam-hotline-next = Un analista revisa la página. Si es ilegal, trabaja para que se elimine y avisa a la policía.

role-grooming-report-heading = Denuncie a la persona
role-grooming-report-about = Policía y especialistas en protección infantil que se ocupan de las personas que intentan abusar de menores por internet.
role-grooming-report-need = Nombres de usuario, enlaces a perfiles, direcciones web, fechas y horas. Puede incluir capturas de pantalla del chat, pero nunca de imágenes sexuales de un menor.
role-grooming-report-next = Un especialista en protección infantil lee su denuncia y decide qué hacer para proteger al menor.

role-image-removal-heading = Consiga que se retire la imagen
role-image-removal-about = Ayuda para conseguir que se retire una foto o un video de una persona joven desnuda, y evitar que se vuelva a compartir.
role-image-removal-need = El dispositivo en el que está la foto, o la dirección web donde se compartió. No envíe la foto a nadie.
role-image-removal-next = El servicio crea una huella digital de la foto para que los sitios web puedan encontrar y eliminar las copias.

role-child-helpline-heading = Habla con alguien
role-child-helpline-about = Una línea de ayuda gratuita para niños, niñas y jóvenes, sobre cualquier cosa que les preocupe.
role-child-helpline-need = Nada. Solo tienes que llamar o escribir y hablar.
role-child-helpline-next = Una persona con formación te escucha y te ayuda a pensar qué hacer. Tú decides lo que pasa.

role-abuse-helpline-heading = Pida consejo sobre un menor
role-abuse-helpline-about = Asesoramiento para adultos preocupados por un menor.
role-abuse-helpline-need = Lo que vio o le contaron, y cuándo. No necesita pruebas.
role-abuse-helpline-next = Un asesor lo habla con usted y puede trasladar la preocupación a quienes protegen a los menores.

role-prevention-heading = Pida ayuda confidencial
role-prevention-about = Ayuda confidencial para personas preocupadas por pensamientos o comportamientos sexuales hacia menores.
role-prevention-need = Nada. Puede mantener el anonimato.
role-prevention-next = Un asesor con formación le escucha sin juzgar y le ayuda a preparar un plan para mantenerse a salvo.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Copie la dirección web (el enlace) de la página. Es todo lo que necesita la línea de denuncia.
advice-abuse-imagery-adult-2 = No descargue, no haga capturas de pantalla, no guarde, no comparta ni reenvíe las imágenes, ni siquiera como prueba. Hacerlo contribuye a difundirlas y es un delito en muchos países.
advice-abuse-imagery-adult-3 = No busque más. No necesita demostrar que algo es ilegal.
advice-abuse-imagery-adult-4 = Denúncielo una sola vez, a la línea de denuncia de su país. Normalmente puede mantener el anonimato.
advice-abuse-imagery-child-1 = No vas a tener problemas. Haber visto esto no es culpa tuya.
advice-abuse-imagery-child-2 = Copia la dirección web (el enlace) de la página y después ciérrala.
advice-abuse-imagery-child-3 = No guardes las imágenes, no les hagas capturas de pantalla ni se las envíes a nadie, ni siquiera para enseñar lo que viste.
advice-abuse-imagery-child-4 = Habla con un adulto de confianza o con la línea de ayuda infantil. No tienes por qué pasar por esto sin ayuda.

advice-grooming-adult-1 = Conserve los mensajes. Anote los nombres de usuario, los enlaces a perfiles, las direcciones web, las fechas y las horas.
advice-grooming-adult-2 = Puede hacer capturas de pantalla de la conversación, pero nunca de ninguna imagen sexual de un menor: no guarde, no haga capturas de pantalla ni comparta esas imágenes.
advice-grooming-adult-3 = No se enfrente a esa persona ni se haga pasar por el menor. Puede poner al menor en mayor riesgo y perjudicar una investigación.
advice-grooming-adult-4 = Denuncie antes de bloquear, para que no se pierdan las pruebas.
advice-grooming-child-1 = No vas a tener problemas. No es culpa tuya, aunque hayas enviado algo o hayas aceptado algo.
advice-grooming-child-2 = No tienes que responder. Deja de chatear, pero guarda los mensajes para poder enseñarlos.
advice-grooming-child-3 = No aceptes verte con esa persona.
advice-grooming-child-4 = Cuéntaselo a un adulto de confianza o habla con la línea de ayuda infantil. Te ayudarán.

advice-sextortion-adult-1 = No pague y no envíe nada más. Pagar rara vez detiene las amenazas.
advice-sextortion-adult-2 = Corte el contacto, pero conserve como prueba los mensajes, los nombres de usuario y los datos del pago. Denuncie antes de bloquear.
advice-sextortion-adult-3 = No guarde, no haga capturas de pantalla ni comparta las propias imágenes sexuales.
advice-sextortion-adult-4 = Una persona joven que está siendo amenazada necesita oír que no es culpa suya y que no va a tener problemas.
advice-sextortion-child-1 = No vas a tener problemas. Quien te amenaza es quien está haciendo algo malo.
advice-sextortion-child-2 = No pagues y no envíes nada más.
advice-sextortion-child-3 = Deja de responder, pero guarda los mensajes para poder enseñarlos.
advice-sextortion-child-4 = Cuéntaselo a un adulto de confianza o habla con la línea de ayuda infantil. Hay formas de conseguir que se retiren las imágenes.

advice-image-shared-adult-1 = No descargue, no guarde, no haga capturas de pantalla ni reenvíe la imagen, ni siquiera para denunciarla. Eso contribuye a difundirla y es un delito en muchos países.
advice-image-shared-adult-2 = Take It Down funciona desde el dispositivo con el que se tomó la imagen: la imagen se queda allí y solo se comparte una huella digital.
advice-image-shared-adult-3 = Si la imagen está en un sitio web, copie la dirección web y denúnciela a la línea de denuncia.
advice-image-shared-adult-4 = Tranquilice a la persona joven: no es culpa suya y no va a tener problemas.
advice-image-shared-child-1 = No vas a tener problemas. A muchos jóvenes les ha pasado esto, y tiene solución.
advice-image-shared-child-2 = No envíes la imagen a nadie, ni siquiera para denunciarla.
advice-image-shared-child-3 = Hay servicios que ayudan a conseguir que se retiren las imágenes sin que tengas que volver a compartirlas.
advice-image-shared-child-4 = Habla con la línea de ayuda infantil o con un adulto de confianza. No tienes por qué pasar por esto sin ayuda.

advice-child-abuse-adult-1 = No necesita pruebas para pedir consejo o para comunicar una preocupación.
advice-child-abuse-adult-2 = No se enfrente a la persona que le preocupa. Puede poner al menor en mayor riesgo.
advice-child-abuse-adult-3 = Si un menor le cuenta que sufre abusos, escúchele, mantenga la calma, dígale que no es culpa suya y no le prometa guardar el secreto.
advice-child-abuse-adult-4 = Anote lo que vio o le contaron, con fechas y con las mismas palabras que se usaron.
advice-child-abuse-adult-5 = Las líneas de ayuda pueden permitirle no dar su nombre, pero comunicarán cualquier cosa que indique que un menor está en riesgo.
advice-child-abuse-child-1 = No es culpa tuya, y no vas a tener problemas.
advice-child-abuse-child-2 = Puedes hablar con alguien que te escuchará y te ayudará. Puedes contarle tanto o tan poco como quieras.
advice-child-abuse-child-3 = Si ahora no es seguro hablar, puedes llamar o escribir más tarde.
advice-child-abuse-child-4 = Si estás en peligro ahora mismo, llama al número de emergencias.

advice-adult-behaviour-adult-1 = Puede hablarlo de forma confidencial antes de decidir qué hacer.
advice-adult-behaviour-adult-2 = No se enfrente personalmente a esa persona. Puede poner a los menores en mayor riesgo.
advice-adult-behaviour-adult-3 = No mire, descargue ni comparta ninguna imagen para comprobarlo. En su lugar, anote direcciones web, nombres y fechas.
advice-adult-behaviour-adult-4 = Si cree que se está haciendo daño a un menor, avise a la policía o a un servicio de protección infantil.
advice-adult-behaviour-child-1 = No vas a tener problemas por contárselo a alguien.
advice-adult-behaviour-child-2 = Habla con un adulto de confianza o con la línea de ayuda infantil. Pueden ayudarte a decidir qué hacer.
advice-adult-behaviour-child-3 = Si puedes, mantente lejos de esa persona y no te veas a solas con ella.

advice-own-thoughts-adult-1 = Pedir ayuda es lo correcto. Puede recibir ayuda confidencial para mantenerse a salvo y mantener a salvo a los menores.
advice-own-thoughts-adult-2 = Si ha mirado imágenes sexuales de menores, deje de hacerlo ahora. Los servicios de prevención pueden ayudarle a dejarlo, y muchos son anónimos.
advice-own-thoughts-adult-3 = Si cree que podría hacer daño a un menor pronto, pida ayuda de inmediato.
advice-own-thoughts-child-1 = No eres la única persona a la que le pasa esto, y está bien que quieras hablar de ello.
advice-own-thoughts-child-2 = Los jóvenes pueden recibir ayuda confidencial para entender sus pensamientos y mantenerse a salvo.
advice-own-thoughts-child-3 = Habla con la línea de ayuda infantil o con un adulto de confianza.

advice-not-sure-adult-1 = No hace falta tener la certeza para pedir consejo. Una línea de ayuda puede hablarlo con usted.
advice-not-sure-adult-2 = No busque, guarde ni comparta ninguna imagen para comprobar qué es.
advice-not-sure-adult-3 = Si un menor está en peligro ahora mismo, llame al número de emergencias.
advice-not-sure-child-1 = No vas a tener problemas por preguntar.
advice-not-sure-child-2 = Puedes hablar con la línea de ayuda infantil de cualquier cosa que te preocupe.
advice-not-sure-child-3 = Si estás en peligro ahora mismo, o lo está otro niño, niña o joven, llama al número de emergencias.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = Aquí es donde se denuncian las imágenes sexuales de menores vistas en internet. Los analistas revisan la página y consiguen que se elimine; solo tiene que dar la dirección web.
why-abuse-imagery-child-csam-hotline = Aquí puedes denunciar imágenes o videos sexuales de menores en internet. Solo tienes que dar la dirección web, y no hace falta que digas tu nombre.
why-abuse-imagery-child-child-helpline = Ver esto puede afectarte mucho. Puedes hablar de ello con alguien, gratis.
why-grooming-adult-grooming-report = Aquí es donde se denuncia a alguien que habla de forma sexual con un menor por internet, le pide fotos o intenta verse con él o ella.
why-grooming-adult-abuse-helpline = Si prefiere hablarlo antes, esta línea de ayuda asesora a adultos preocupados por un menor.
why-grooming-child-grooming-report = Aquí puedes denunciar a esa persona. Lo leerán personas formadas para proteger a niños, niñas y jóvenes.
why-grooming-child-child-helpline = Puedes hablar con alguien sobre lo que pasó, gratis. Nadie te va a juzgar.
why-sextortion-adult-grooming-report = Aquí es donde se denuncia a alguien que amenaza con compartir imágenes sexuales de una persona joven.
why-sextortion-adult-image-removal = Este servicio ayuda a evitar que las imágenes se compartan en internet.
why-sextortion-adult-image-removal-global = Take It Down funciona en todo el mundo: ayuda a evitar que se compartan las imágenes de una persona joven, sin que nadie las vea.
why-sextortion-adult-abuse-helpline = Esta línea de ayuda asesora a adultos preocupados por un menor.
why-sextortion-child-grooming-report = Aquí puedes denunciar a la persona que te amenaza. No vas a tener problemas.
why-sextortion-child-image-removal = Este servicio puede ayudarte a conseguir que se retiren tus imágenes y a evitar que se compartan.
why-sextortion-child-image-removal-global = Take It Down funciona en todo el mundo. Tus imágenes se quedan en tu dispositivo; solo se comparte una huella digital.
why-sextortion-child-child-helpline = Puedes hablar con alguien sobre lo que está pasando, gratis. Te ayudarán.
why-image-shared-adult-image-removal = Este servicio ayuda a conseguir que se retire una imagen de desnudo de una persona joven y a evitar que se comparta.
why-image-shared-adult-image-removal-global = Take It Down funciona en todo el mundo, para imágenes tomadas cuando la persona tenía menos de 18 años. La imagen se queda en el dispositivo; solo se comparte una huella digital.
why-image-shared-adult-csam-hotline = Si la imagen está en un sitio web, denuncie aquí la dirección web para que se pueda eliminar.
why-image-shared-adult-abuse-helpline = Esta línea de ayuda asesora a adultos preocupados por un menor.
why-image-shared-child-image-removal = Este servicio ayuda a los jóvenes a conseguir que se retiren imágenes en las que aparecen desnudos. No vas a tener problemas.
why-image-shared-child-image-removal-global = Take It Down funciona en todo el mundo. Tu imagen se queda en tu dispositivo; solo se comparte una huella digital.
why-image-shared-child-child-helpline = Puedes hablar con alguien sobre lo que pasó, gratis. Te ayudarán.
why-image-shared-child-csam-hotline = Si la imagen está en un sitio web, puedes denunciar aquí la dirección web para que se pueda eliminar.
why-child-abuse-adult-abuse-helpline = Puede hablar de su preocupación con asesores formados. Pueden decirle qué hacer y trasladarla a quienes protegen a los menores.
why-child-abuse-adult-police = Puede comunicar su preocupación a la policía.
why-child-abuse-child-child-helpline = Puedes hablar con alguien que te escuchará y te ayudará, gratis. No es culpa tuya.
why-child-abuse-child-abuse-helpline = Este servicio ayuda a proteger a niños, niñas y jóvenes, y también te escuchará a ti.
why-child-abuse-child-police = También puedes contárselo a la policía. Proteger a los menores es parte de su trabajo, y no vas a tener problemas.
why-adult-behaviour-adult-prevention = Puede hablar de forma confidencial sobre el comportamiento de otra persona hacia los menores y decidir qué hacer.
why-adult-behaviour-adult-abuse-helpline = Esta línea de ayuda asesora a adultos preocupados por un menor.
why-adult-behaviour-adult-police = Si cree que se está haciendo daño a un menor, puede avisar a la policía.
why-adult-behaviour-child-child-helpline = Puedes hablar con alguien, gratis, sobre el adulto que te preocupa. No vas a tener problemas.
why-adult-behaviour-child-grooming-report = Si ese adulto se está poniendo en contacto contigo o con otro menor por internet, puedes denunciarlo aquí.
why-own-thoughts-adult-prevention = Este servicio confidencial ayuda a personas preocupadas por sus propios pensamientos o comportamientos sexuales hacia menores.
why-own-thoughts-adult-prevention-global = Autoayuda en línea gratuita y anónima que funciona en cualquier lugar, en varios idiomas.
why-own-thoughts-child-child-helpline = Puedes hablar con alguien de forma confidencial, y gratis, sobre los pensamientos que te preocupan.
why-own-thoughts-child-prevention = Este servicio confidencial ayuda a personas, también a jóvenes, preocupadas por sus propios pensamientos sexuales.
why-not-sure-adult-abuse-helpline = Puede hablar de su preocupación con asesores formados, aunque no tenga claro qué está pasando.
why-not-sure-child-child-helpline = Puedes hablar con alguien de cualquier cosa que te preocupe, gratis.
