### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = ¿Dónde ocurrió? (opcional)
questions-platform-hint = Si ocurrió en una aplicación, un juego o un sitio de esta lista, elíjalo y su plan también dirá cómo denunciarlo allí. Puede saltarse esta pregunta: su plan seguirá siendo el mismo.
questions-platform-skip = Saltar esta pregunta
questions-platform-group-platforms = Aplicaciones, juegos y sitios
questions-platform-group-other = Otra cosa
questions-error-platform = Elija de la lista dónde ocurrió, o sáltese esta pregunta

## The fixed answers (a platform's own name is shown for the others)

place-website = Un sitio web
place-elsewhere-online = En otro lugar de internet
place-not-online = No fue en internet
place-rather-not-say = Prefiero no decirlo

## The step

role-platform-heading = Denúncielo también en la plataforma
role-platform-about = El equipo de seguridad de la aplicación, el juego o el sitio, que puede retirar contenidos y cerrar las cuentas que incumplen sus normas.
role-platform-need = El nombre de la cuenta y dónde la vio en la plataforma. Nunca las imágenes en sí.
role-platform-next = El equipo de seguridad de la plataforma revisa la denuncia y puede retirar el contenido o cerrar la cuenta.
platform-step-heading = Denúncielo también en { $platform }
platform-why-adult = Denunciarlo también a la plataforma le permite actuar sobre la cuenta. Hágalo después de los pasos anteriores, no en su lugar.
platform-why-adult-images = Denuncie primero las imágenes a la línea de denuncia: esa denuncia es la que consigue que se retiren y se pasen a la policía. Denunciar también la cuenta en la plataforma es un añadido, nunca un sustituto.
platform-why-child = También puedes avisar a la aplicación, el juego o el sitio. Esto es además de los pasos anteriores, no en su lugar.
platform-why-child-images = Denuncia primero a la línea de denuncia, en el paso anterior. Avisar también a la aplicación o al sitio es algo extra: pueden cerrar la cuenta.
platform-report-link = Denunciarlo a { $platform }
platform-in-app = En la aplicación:
platform-passes-to-ncmec = { $platform } dice que pasa las denuncias al NCMEC, el Centro Nacional para Niños Desaparecidos y Explotados de Estados Unidos.
platform-passes-to-police = { $platform } dice que pasa las denuncias a la policía.
platform-passes-to-ncmec-police = { $platform } dice que pasa las denuncias al NCMEC (el Centro Nacional para Niños Desaparecidos y Explotados de Estados Unidos) y a la policía.
platform-account-needed = Necesita una cuenta de { $platform } para denunciarlo allí.
platform-account-not-needed = No necesita una cuenta de { $platform } para denunciarlo allí.
platform-advice-heading = Cuando lo denuncie allí
platform-advice-adult-block = Bloquee la cuenta una vez que la haya denunciado.
platform-advice-adult-keep = No borre la conversación, los mensajes ni el perfil: la policía puede necesitarlos.
platform-advice-adult-images = Nunca envíe, reenvíe, guarde ni haga capturas de pantalla de imágenes sexuales de un menor, ni siquiera para denunciarlas.
platform-advice-child-block = Después de denunciar la cuenta, bloquéala para que no pueda contactarte.
platform-advice-child-keep = No borres el chat ni los mensajes, aunque quieras hacerlo. Pueden ayudar a la policía.
platform-advice-child-images = Nunca envíes ni guardes las imágenes, ni siquiera para denunciarlas. No vas a tener problemas.

## The plan's answers, and the email

plan-why-platform = Ocurrió en: { $platform }.
mail-answer-platform = Dónde ocurrió
