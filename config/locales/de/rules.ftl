### The texts of config/rules.toml: what each concern, each kind of service and each step
### says, and the safety advice. config/rules.toml names these messages by id; the ids of
### concerns (concern-<concern>-label/-description) and roles (role-<role>-heading/-about/
### -need/-next) are derived from their ids in the code.
### Plain, calm, non-blaming words: many readers are upset, some are children. Never
### translate a phone number or an address.

## When a child is in danger right now

danger-why = Ein Kind ist gerade jetzt in Gefahr. Der Notruf kann sofort handeln. Zuerst dort anrufen, dann die anderen Schritte gehen.
danger-no-number-known = Jetzt sofort die örtliche Notrufnummer anrufen. Wenn die Nummer nicht bekannt ist: zur nächsten Polizeiwache gehen oder jemanden in der Nähe bitten, Hilfe zu rufen.
police-door-why-police = Für dieses Anliegen ist uns in diesem Land keine Fachstelle bekannt. Die Polizei nimmt die Meldung entgegen.
police-door-why-emergency-number = Für dieses Anliegen ist uns in diesem Land keine Fachstelle und keine eigene Polizeinummer bekannt. Die Polizei ist unter dieser Nummer erreichbar.
police-door-about-emergency-number = Das ist auch die Notrufnummer. Über sie kann man der Polizei mitteilen, was man weiß, auch wenn gerade nichts passiert.

## The concerns, in plain words

concern-abuse-imagery-label = Sexuelle Bilder oder Videos eines Kindes im Internet
concern-abuse-imagery-description = Sie haben im Internet Bilder oder Videos gesehen, die ein Kind auf sexuelle Weise zeigen.
concern-grooming-label = Jemand spricht im Internet sexuell mit einem Kind
concern-grooming-description = Jemand chattet mit einem Kind über Sex, fragt nach Bildern oder versucht, sich mit ihm zu treffen.
concern-sextortion-label = Jemand droht, sexuelle Bilder zu verbreiten
concern-sextortion-description = Jemand droht, sexuelle Bilder eines jungen Menschen zu verbreiten, wenn er nicht zahlt oder weitere Bilder schickt.
concern-image-shared-label = Ein Nacktbild von jemandem unter 18 wurde geteilt
concern-image-shared-description = Ein Nacktbild oder sexuelles Bild von jemandem unter 18 (das können auch Sie selbst sein) wurde geteilt oder könnte geteilt werden.
concern-child-abuse-label = Ein Kind wird vielleicht sexuell missbraucht
concern-child-abuse-description = Sie machen sich Sorgen, dass ein Kind sexuell missbraucht wird, nicht nur im Internet.
concern-adult-behaviour-label = Das Verhalten eines Erwachsenen gegenüber Kindern
concern-adult-behaviour-description = Sie machen sich Sorgen darüber, wie sich ein Erwachsener Kindern gegenüber verhält oder was er sich im Internet ansieht.
concern-own-thoughts-label = Meine eigenen Gedanken oder mein eigenes Verhalten
concern-own-thoughts-description = Sie machen sich Sorgen über Ihre eigenen sexuellen Gedanken oder Ihr Verhalten gegenüber Kindern.
concern-not-sure-label = Ich bin nicht sicher
concern-not-sure-description = Etwas macht Ihnen Sorgen, aber es passt zu keinem dieser Punkte.

## What each kind of service is for: heading (the step's heading), about (what the service
## does), need (what to have ready), next (what happens after)

role-emergency-heading = Jetzt den Notruf anrufen
role-emergency-about = Der Notruf: Polizei, Rettungsdienst und Feuerwehr.
role-emergency-need = Sagen, wo man ist und was passiert. In der Leitung bleiben.
role-emergency-next = Die Leitstelle sagt, was zu tun ist, und schickt Hilfe.

role-police-heading = Die Polizei informieren
role-police-about = Die Polizei, für alles, was nicht gerade jetzt passiert.
role-police-need = Alles, was bekannt ist: Namen, Orte, Daten und was gesehen oder erzählt wurde.
role-police-next = Die Polizei nimmt die Angaben auf und entscheidet, was zu tun ist, um Kinder zu schützen.

role-csam-hotline-heading = Die Webadresse melden
role-csam-hotline-about = Fachleute, die Meldungen über sexuelle Bilder oder Videos von Kindern im Internet prüfen und dafür sorgen, dass sie entfernt werden.
role-csam-hotline-need = Die Webadresse (der Link) der Seite. Sonst nichts: keine Bilder, keine Screenshots.
role-csam-hotline-next = Eine Fachkraft prüft die Seite. Wenn sie illegal ist, sorgt die Meldestelle dafür, dass sie entfernt wird, und informiert die Polizei.

role-grooming-report-heading = Die Person melden
role-grooming-report-about = Polizei und Fachleute für Kinderschutz, die sich um Menschen kümmern, die versuchen, Kinder im Internet zu missbrauchen.
role-grooming-report-need = Benutzernamen, Links zu Profilen, Webadressen, Daten und Uhrzeiten. Screenshots des Chats können mitgeschickt werden, aber niemals Screenshots von sexuellen Bildern eines Kindes.
role-grooming-report-next = Eine Fachkraft für Kinderschutz liest die Meldung und entscheidet, was zu tun ist, um das Kind zu schützen.

role-image-removal-heading = Das Bild entfernen lassen
role-image-removal-about = Hilfe, damit ein Nacktbild oder Nacktvideo eines jungen Menschen entfernt und nicht weiter geteilt wird.
role-image-removal-need = Das Gerät, auf dem das Bild ist, oder die Webadresse, wo es geteilt wurde. Das Bild bitte an niemanden schicken.
role-image-removal-next = Das Angebot erstellt einen digitalen Fingerabdruck des Bildes, damit Websites Kopien finden und entfernen können.

role-child-helpline-heading = Mit jemandem reden
role-child-helpline-about = Ein kostenloses Hilfetelefon für Kinder und Jugendliche, für alles, was sie beschäftigt.
role-child-helpline-need = Nichts. Du kannst einfach anrufen oder schreiben und reden.
role-child-helpline-next = Eine ausgebildete Beraterin oder ein ausgebildeter Berater hört dir zu und hilft dir zu überlegen, was du tun kannst. Du entscheidest, was passiert.

role-abuse-helpline-heading = Rat zu einem Kind bekommen
role-abuse-helpline-about = Beratung für Erwachsene, die sich Sorgen um ein Kind machen.
role-abuse-helpline-need = Was gesehen oder erzählt wurde, und wann. Beweise sind nicht nötig.
role-abuse-helpline-next = Eine Beraterin oder ein Berater bespricht die Situation gemeinsam und kann Sorgen an die Stellen weitergeben, die Kinder schützen.

role-prevention-heading = Vertrauliche Hilfe bekommen
role-prevention-about = Vertrauliche Hilfe für Menschen, die sich Sorgen über sexuelle Gedanken oder ihr Verhalten gegenüber Kindern machen.
role-prevention-need = Nichts. Anonym bleiben ist möglich.
role-prevention-next = Eine ausgebildete Beraterin oder ein ausgebildeter Berater hört zu, ohne zu urteilen, und hilft, einen Plan zu machen, damit alle sicher bleiben.

## Safety advice for each concern, for adults and for children (children: "you are not in trouble")

advice-abuse-imagery-adult-1 = Kopieren Sie die Webadresse (den Link) der Seite. Mehr braucht die Meldestelle nicht.
advice-abuse-imagery-adult-2 = Laden Sie die Bilder nicht herunter und machen Sie keine Screenshots davon. Speichern, teilen und leiten Sie sie nicht weiter, auch nicht als Beweis. Damit würden Sie sie weiterverbreiten, und das ist in vielen Ländern eine Straftat.
advice-abuse-imagery-adult-3 = Suchen Sie nicht nach weiteren Bildern. Sie müssen nicht beweisen, dass etwas illegal ist.
advice-abuse-imagery-adult-4 = Melden Sie es einmal, bei der nationalen Meldestelle Ihres Landes. Meistens können Sie anonym bleiben.
advice-abuse-imagery-child-1 = Du bekommst keinen Ärger. Dass du das gesehen hast, ist nicht deine Schuld.
advice-abuse-imagery-child-2 = Kopiere die Webadresse (den Link) der Seite und schließe die Seite dann.
advice-abuse-imagery-child-3 = Speichere die Bilder nicht, mach keine Screenshots davon und schick sie an niemanden, auch nicht, um zu zeigen, was du gesehen hast.
advice-abuse-imagery-child-4 = Sprich mit einem Erwachsenen, dem du vertraust, oder mit dem Kinder- und Jugendtelefon. Damit musst du nicht allein klarkommen.

advice-grooming-adult-1 = Behalten Sie die Nachrichten. Notieren Sie Benutzernamen, Links zu Profilen, Webadressen, Daten und Uhrzeiten.
advice-grooming-adult-2 = Sie können Screenshots vom Gespräch machen, aber niemals von einem sexuellen Bild eines Kindes: Solche Bilder nicht speichern, keine Screenshots davon machen und sie nicht teilen.
advice-grooming-adult-3 = Stellen Sie die Person nicht zur Rede und geben Sie sich nicht als das Kind aus. Das kann das Kind noch mehr gefährden und Ermittlungen schaden.
advice-grooming-adult-4 = Melden Sie die Person, bevor Sie sie blockieren, damit keine Beweise verloren gehen.
advice-grooming-child-1 = Du bekommst keinen Ärger. Es ist nicht deine Schuld, auch wenn du etwas geschickt oder zu etwas Ja gesagt hast.
advice-grooming-child-2 = Du musst nicht antworten. Hör auf zu chatten, aber behalte die Nachrichten, damit du sie zeigen kannst.
advice-grooming-child-3 = Sag nicht zu, dich mit der Person zu treffen.
advice-grooming-child-4 = Erzähl es einem Erwachsenen, dem du vertraust, oder sprich mit dem Kinder- und Jugendtelefon. Sie helfen dir.

advice-sextortion-adult-1 = Zahlen Sie nicht und schicken Sie nichts mehr. Zahlen beendet die Drohungen nur selten.
advice-sextortion-adult-2 = Brechen Sie den Kontakt ab, aber behalten Sie die Nachrichten, Benutzernamen und Zahlungsdaten als Beweis. Melden Sie die Person, bevor Sie sie blockieren.
advice-sextortion-adult-3 = Speichern Sie die sexuellen Bilder selbst nicht, machen Sie keine Screenshots davon und teilen Sie sie nicht.
advice-sextortion-adult-4 = Ein junger Mensch, der erpresst wird, muss hören, dass es nicht seine Schuld ist und dass er keinen Ärger bekommt.
advice-sextortion-child-1 = Du bekommst keinen Ärger. Falsch handelt die Person, die dir droht.
advice-sextortion-child-2 = Zahl nichts und schick nichts mehr.
advice-sextortion-child-3 = Antworte nicht mehr, aber behalte die Nachrichten, damit du sie zeigen kannst.
advice-sextortion-child-4 = Erzähl es einem Erwachsenen, dem du vertraust, oder sprich mit dem Kinder- und Jugendtelefon. Es gibt Wege, Bilder entfernen zu lassen.

advice-image-shared-adult-1 = Laden Sie das Bild nicht herunter, speichern Sie es nicht, machen Sie keinen Screenshot und leiten Sie es nicht weiter, auch nicht, um es zu melden. Damit würden Sie es weiterverbreiten, und das ist in vielen Ländern eine Straftat.
advice-image-shared-adult-2 = Take It Down funktioniert von dem Gerät aus, mit dem das Bild aufgenommen wurde: Das Bild bleibt dort, und nur ein digitaler Fingerabdruck wird weitergegeben.
advice-image-shared-adult-3 = Wenn das Bild auf einer Website ist, kopieren Sie die Webadresse und melden Sie sie bei der Meldestelle.
advice-image-shared-adult-4 = Beruhigen Sie den jungen Menschen: Es ist nicht seine Schuld, und er bekommt keinen Ärger.
advice-image-shared-child-1 = Du bekommst keinen Ärger. Viele junge Menschen haben das schon erlebt, und man kann etwas dagegen tun.
advice-image-shared-child-2 = Schick das Bild an niemanden, auch nicht, um es zu melden.
advice-image-shared-child-3 = Es gibt Angebote, die helfen, Bilder entfernen zu lassen, ohne dass du sie noch einmal verschicken musst.
advice-image-shared-child-4 = Sprich mit dem Kinder- und Jugendtelefon oder mit einem Erwachsenen, dem du vertraust. Damit musst du nicht allein klarkommen.

advice-child-abuse-adult-1 = Sie brauchen keine Beweise, um sich beraten zu lassen oder eine Sorge zu melden.
advice-child-abuse-adult-2 = Stellen Sie die Person, um die Sie sich Sorgen machen, nicht zur Rede. Das kann das Kind noch mehr gefährden.
advice-child-abuse-adult-3 = Wenn ein Kind Ihnen von Missbrauch erzählt: Hören Sie zu, bleiben Sie ruhig, sagen Sie ihm, dass es nicht seine Schuld ist, und versprechen Sie nicht, es geheim zu halten.
advice-child-abuse-adult-4 = Schreiben Sie auf, was Sie gesehen haben oder was Ihnen erzählt wurde, mit Datum und in den Worten, die benutzt wurden.
advice-child-abuse-adult-5 = Hilfetelefone lassen Sie oft Ihren Namen für sich behalten, geben aber alles weiter, was zeigt, dass ein Kind in Gefahr ist.
advice-child-abuse-child-1 = Es ist nicht deine Schuld, und du bekommst keinen Ärger.
advice-child-abuse-child-2 = Du kannst mit jemandem reden, der dir zuhört und dir hilft. Du kannst so viel oder so wenig erzählen, wie du möchtest.
advice-child-abuse-child-3 = Wenn du gerade nicht sicher reden kannst, kannst du auch später anrufen oder schreiben.
advice-child-abuse-child-4 = Wenn du gerade jetzt in Gefahr bist, ruf den Notruf an.

advice-adult-behaviour-adult-1 = Sie können die Situation vertraulich besprechen, bevor Sie entscheiden, was Sie tun.
advice-adult-behaviour-adult-2 = Stellen Sie die Person nicht selbst zur Rede. Das kann Kinder noch mehr gefährden.
advice-adult-behaviour-adult-3 = Sehen Sie sich keine Bilder an, laden Sie keine herunter und teilen Sie keine, um etwas zu überprüfen. Notieren Sie stattdessen Webadressen, Namen und Daten.
advice-adult-behaviour-adult-4 = Wenn Sie glauben, dass einem Kind geschadet wird, informieren Sie die Polizei oder eine Kinderschutzstelle.
advice-adult-behaviour-child-1 = Du bekommst keinen Ärger, weil du es jemandem erzählst.
advice-adult-behaviour-child-2 = Sprich mit einem Erwachsenen, dem du vertraust, oder mit dem Kinder- und Jugendtelefon. Sie können dir helfen zu entscheiden, was du tun kannst.
advice-adult-behaviour-child-3 = Halte dich möglichst von der Person fern und triff sie nicht allein.

advice-own-thoughts-adult-1 = Sich Hilfe zu holen ist richtig. Sie können vertrauliche Hilfe bekommen, damit Sie selbst und Kinder sicher bleiben.
advice-own-thoughts-adult-2 = Wenn Sie sich sexuelle Bilder von Kindern angesehen haben, hören Sie jetzt damit auf. Präventionsangebote können Ihnen helfen aufzuhören, und viele sind anonym.
advice-own-thoughts-adult-3 = Wenn Sie glauben, dass Sie bald einem Kind schaden könnten, holen Sie sich sofort Hilfe.
advice-own-thoughts-child-1 = Du bist nicht allein, und es ist gut, dass du darüber reden möchtest.
advice-own-thoughts-child-2 = Junge Menschen können vertrauliche Hilfe bekommen, um ihre Gedanken zu verstehen und sicher zu bleiben.
advice-own-thoughts-child-3 = Sprich mit dem Kinder- und Jugendtelefon oder mit einem Erwachsenen, dem du vertraust.

advice-not-sure-adult-1 = Sie müssen sich nicht sicher sein, um sich beraten zu lassen. Ein Hilfetelefon kann die Situation mit Ihnen besprechen.
advice-not-sure-adult-2 = Suchen, speichern oder teilen Sie keine Bilder, um zu prüfen, was sie zeigen.
advice-not-sure-adult-3 = Wenn ein Kind gerade jetzt in Gefahr ist, rufen Sie den Notruf an.
advice-not-sure-child-1 = Du bekommst keinen Ärger, weil du fragst.
advice-not-sure-child-2 = Du kannst mit dem Kinder- und Jugendtelefon über alles reden, was dir Sorgen macht.
advice-not-sure-child-3 = Wenn du oder ein anderes Kind gerade jetzt in Gefahr seid, ruf den Notruf an.

## Why each step is in a plan (one message per step of each rule in config/rules.toml)

why-abuse-imagery-adult-csam-hotline = Hier melden Sie sexuelle Bilder von Kindern, die Sie im Internet gesehen haben. Fachleute prüfen die Seite und lassen sie entfernen; Sie müssen nur die Webadresse angeben.
why-abuse-imagery-child-csam-hotline = Hier kannst du sexuelle Bilder oder Videos von Kindern im Internet melden. Du musst nur die Webadresse angeben, und du musst deinen Namen nicht nennen.
why-abuse-imagery-child-child-helpline = So etwas zu sehen, kann einen sehr belasten. Du kannst kostenlos mit jemandem darüber reden.
why-grooming-adult-grooming-report = Hier melden Sie, wenn jemand im Internet sexuell mit einem Kind spricht, nach Bildern fragt oder versucht, sich mit ihm zu treffen.
why-grooming-adult-abuse-helpline = Wenn Sie die Situation erst einmal besprechen möchten: Dieses Hilfetelefon berät Erwachsene, die sich Sorgen um ein Kind machen.
why-grooming-child-grooming-report = Hier kannst du die Person melden. Menschen, die dafür ausgebildet sind, Kinder zu schützen, lesen deine Meldung.
why-grooming-child-child-helpline = Du kannst kostenlos mit jemandem darüber reden, was passiert ist. Niemand wird dich verurteilen.
why-sextortion-adult-grooming-report = Hier melden Sie, wenn jemand droht, sexuelle Bilder eines jungen Menschen zu verbreiten.
why-sextortion-adult-image-removal = Dieses Angebot hilft zu verhindern, dass die Bilder im Internet geteilt werden.
why-sextortion-adult-image-removal-global = Take It Down funktioniert überall auf der Welt: Es hilft zu verhindern, dass Bilder eines jungen Menschen geteilt werden, ohne dass jemand die Bilder sieht.
why-sextortion-adult-abuse-helpline = Dieses Hilfetelefon berät Erwachsene, die sich Sorgen um ein Kind machen.
why-sextortion-child-grooming-report = Hier kannst du die Person melden, die dir droht. Du bekommst keinen Ärger.
why-sextortion-child-image-removal = Dieses Angebot kann dir helfen, deine Bilder entfernen zu lassen und zu verhindern, dass sie geteilt werden.
why-sextortion-child-image-removal-global = Take It Down funktioniert überall auf der Welt. Deine Bilder bleiben auf deinem Gerät; nur ein digitaler Fingerabdruck wird weitergegeben.
why-sextortion-child-child-helpline = Du kannst kostenlos mit jemandem darüber reden, was gerade passiert. Dort hilft man dir.
why-image-shared-adult-image-removal = Dieses Angebot hilft, ein Nacktbild eines jungen Menschen entfernen zu lassen und zu verhindern, dass es geteilt wird.
why-image-shared-adult-image-removal-global = Take It Down funktioniert überall auf der Welt, für Bilder, die aufgenommen wurden, als die Person unter 18 war. Das Bild bleibt auf dem Gerät; nur ein digitaler Fingerabdruck wird weitergegeben.
why-image-shared-adult-csam-hotline = Wenn das Bild auf einer Website ist, melden Sie hier die Webadresse, damit es entfernt werden kann.
why-image-shared-adult-abuse-helpline = Dieses Hilfetelefon berät Erwachsene, die sich Sorgen um ein Kind machen.
why-image-shared-child-image-removal = Dieses Angebot hilft jungen Menschen, Nacktbilder von sich entfernen zu lassen. Du bekommst keinen Ärger.
why-image-shared-child-image-removal-global = Take It Down funktioniert überall auf der Welt. Dein Bild bleibt auf deinem Gerät; nur ein digitaler Fingerabdruck wird weitergegeben.
why-image-shared-child-child-helpline = Du kannst kostenlos mit jemandem darüber reden, was passiert ist. Dort hilft man dir.
why-image-shared-child-csam-hotline = Wenn das Bild auf einer Website ist, kannst du hier die Webadresse melden, damit es entfernt werden kann.
why-child-abuse-adult-abuse-helpline = Sie können mit ausgebildeten Beraterinnen und Beratern über Ihre Sorge sprechen. Sie sagen Ihnen, was Sie tun können, und können die Sorge an die Stellen weitergeben, die Kinder schützen.
why-child-abuse-adult-police = Sie können Ihre Sorge bei der Polizei melden.
why-child-abuse-child-child-helpline = Du kannst kostenlos mit jemandem reden, der dir zuhört und dir hilft. Es ist nicht deine Schuld.
why-child-abuse-child-abuse-helpline = Dieses Angebot hilft, Kinder zu schützen, und hört auch dir zu.
why-child-abuse-child-police = Du kannst es auch der Polizei sagen. Kinder zu schützen gehört zu ihren Aufgaben, und du bekommst keinen Ärger.
why-adult-behaviour-adult-prevention = Sie können vertraulich über das Verhalten einer anderen Person gegenüber Kindern sprechen und entscheiden, was Sie tun.
why-adult-behaviour-adult-abuse-helpline = Dieses Hilfetelefon berät Erwachsene, die sich Sorgen um ein Kind machen.
why-adult-behaviour-adult-police = Wenn Sie glauben, dass einem Kind geschadet wird, können Sie die Polizei informieren.
why-adult-behaviour-child-child-helpline = Du kannst kostenlos mit jemandem über den Erwachsenen reden, der dir Sorgen macht. Du bekommst keinen Ärger.
why-adult-behaviour-child-grooming-report = Wenn der Erwachsene dich oder ein anderes Kind im Internet kontaktiert, kannst du es hier melden.
why-own-thoughts-adult-prevention = Dieses vertrauliche Angebot hilft Menschen, die sich Sorgen über ihre eigenen sexuellen Gedanken oder ihr Verhalten gegenüber Kindern machen.
why-own-thoughts-adult-prevention-global = Kostenlose, anonyme Online-Selbsthilfe, die überall funktioniert, in mehreren Sprachen.
why-own-thoughts-child-child-helpline = Du kannst vertraulich und kostenlos mit jemandem über Gedanken reden, die dir Sorgen machen.
why-own-thoughts-child-prevention = Dieses vertrauliche Angebot hilft Menschen, auch jungen Menschen, die sich Sorgen über ihre eigenen sexuellen Gedanken machen.
why-not-sure-adult-abuse-helpline = Sie können Ihre Sorge mit ausgebildeten Beraterinnen und Beratern besprechen, auch wenn Sie nicht sicher sind, was passiert.
why-not-sure-child-child-helpline = Du kannst kostenlos mit jemandem über alles reden, was dir Sorgen macht.
