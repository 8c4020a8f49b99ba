### What Signpost says when a request fails: the heading and the message of the error page.
### Calm and plain: the person may already be upset. Say what happened and what to do.

error-unsupported-title = Signpost ne peut pas accepter cela
error-unsupported-form = Signpost accepte uniquement les réponses à ses questions. Il n’accepte jamais de fichiers ni d’images : n’envoyez d’images nulle part. Signalez-les plutôt à la plateforme de signalement nationale.
error-unsupported-json = Envoyez les réponses au format JSON avec Content-Type: application/json. Signpost n’accepte jamais de fichiers ni d’images : signalez plutôt les images à la plateforme de signalement nationale.
error-too-large-title = C’était trop long
# $kib is the largest size Signpost accepts, in kibibytes.
error-too-large = Signpost accepte au maximum { $kib } Kio. Il n’accepte jamais de fichiers ni d’images.
error-body-unreadable-title = Vos réponses ne sont pas arrivées
error-body-unreadable = La connexion a été interrompue. Veuillez réessayer.
error-bad-json-title = Requête mal formée
error-bad-form-title = Vos réponses n’ont pas pu être lues
error-bad-form = Veuillez revenir aux questions et y répondre à nouveau.
error-invalid-title = Réponses non valides
error-invalid = Certaines réponses manquent ou ne sont pas valides ; chacune est indiquée dans errors.
error-not-found-title = Page introuvable
error-not-found = Il n’y a pas de page à cette adresse.
error-image-title = Signpost ne peut pas accepter d’images
error-image = Une partie de ce que vous avez envoyé ressemble à une image. Signpost n’accepte jamais d’images, et rien n’a été envoyé. N’envoyez pas d’images à qui que ce soit, même pour les signaler : les partager contribue à leur diffusion et constitue une infraction dans de nombreux pays. Si vous avez vu en ligne des images sexuelles d’un enfant, copiez l’adresse web et signalez-la à la plateforme de signalement nationale.
error-binary-title = Signpost n’a pas pu lire cela
error-binary = Une partie de ce que vous avez envoyé n’est pas du texte. Signpost accepte uniquement des mots tapés au clavier, jamais de fichiers ni d’images.
error-rate-limited-title = Merci de patienter un instant
error-rate-limited = Signpost a reçu beaucoup de demandes depuis votre connexion en peu de temps. Il a donc suspendu ses réponses, et l’envoi de messages, pendant { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    }. Vous pouvez dès maintenant obtenir de l’aide auprès des services ci-dessous.
