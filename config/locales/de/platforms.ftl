### "Where did it happen?" and the step "Report it on { $platform } too" (config/rules.toml,
### [platform-step]). $platform is a platform's name as the platform writes it (from
### config/platforms.toml): never translate it. The platform report is always an addition to
### the hotline or police, never instead of it; for sexual images of a child, say so plainly.

## The question

questions-platform-label = Wo ist es passiert? (freiwillig)
questions-platform-hint = Wenn es in einer App, einem Spiel oder auf einer Website aus dieser Liste passiert ist, wählen Sie sie aus: Ihr Plan sagt dann auch, wie Sie es dort melden. Sie können diese Frage überspringen: Ihr Plan bleibt derselbe.
questions-platform-skip = Diese Frage überspringen
questions-platform-group-platforms = Apps, Spiele und Websites
questions-platform-group-other = Etwas anderes
questions-error-platform = Wählen Sie aus der Liste, wo es passiert ist, oder überspringen Sie diese Frage

## The fixed answers (a platform's own name is shown for the others)

place-website = Eine Website
place-elsewhere-online = Woanders im Internet
place-not-online = Nicht im Internet
place-rather-not-say = Das möchte ich lieber nicht sagen

## The step

role-platform-heading = Auch auf der Plattform melden
role-platform-about = Das Sicherheitsteam der App, des Spiels oder der Website, das Inhalte entfernen und Konten schließen kann, die gegen seine Regeln verstoßen.
role-platform-need = Den Namen des Kontos und wo Sie es auf der Plattform gesehen haben. Niemals die Bilder selbst.
role-platform-next = Das Sicherheitsteam der Plattform prüft die Meldung und kann den Inhalt entfernen oder das Konto schließen.
platform-step-heading = Auch bei { $platform } melden
platform-why-adult = Wenn Sie es auch der Plattform melden, kann sie gegen das Konto vorgehen. Tun Sie das nach den Schritten oben, nicht an ihrer Stelle.
platform-why-adult-images = Melden Sie die Bilder zuerst der Meldestelle: Diese Meldung sorgt dafür, dass sie entfernt und an die Polizei weitergegeben werden. Das Konto zusätzlich auf der Plattform zu melden, ist eine Ergänzung, niemals ein Ersatz.
platform-why-child = Du kannst es auch der App, dem Spiel oder der Website sagen. Das ist zusätzlich zu den Schritten oben, nicht an ihrer Stelle.
platform-why-child-images = Melde es zuerst der Meldestelle, im Schritt oben. Es auch der App oder Website zu sagen, ist zusätzlich: Sie können das Konto schließen.
platform-report-link = Bei { $platform } melden
platform-in-app = In der App:
platform-passes-to-ncmec = { $platform } gibt nach eigenen Angaben Meldungen an NCMEC weiter, das US-amerikanische Nationale Zentrum für vermisste und ausgebeutete Kinder.
platform-passes-to-police = { $platform } gibt nach eigenen Angaben Meldungen an die Polizei weiter.
platform-passes-to-ncmec-police = { $platform } gibt nach eigenen Angaben Meldungen an NCMEC (das US-amerikanische Nationale Zentrum für vermisste und ausgebeutete Kinder) und an die Polizei weiter.
platform-account-needed = Um dort etwas zu melden, brauchen Sie ein Konto bei { $platform }.
platform-account-not-needed = Um dort etwas zu melden, brauchen Sie kein Konto bei { $platform }.
platform-advice-heading = Wenn Sie es dort melden
platform-advice-adult-block = Blockieren Sie das Konto, sobald Sie es gemeldet haben.
platform-advice-adult-keep = Löschen Sie weder das Gespräch noch die Nachrichten oder das Profil: Die Polizei braucht sie vielleicht.
platform-advice-adult-images = Sexuelle Bilder eines Kindes niemals senden, weiterleiten, speichern oder als Screenshot aufnehmen, auch nicht, um sie zu melden.
platform-advice-child-block = Wenn du das Konto gemeldet hast, blockiere es, damit es dich nicht mehr erreichen kann.
platform-advice-child-keep = Lösch den Chat und die Nachrichten nicht, auch wenn du das gern möchtest. Sie können der Polizei helfen.
platform-advice-child-images = Schick oder speichere die Bilder niemals, auch nicht, um sie zu melden. Du bekommst keinen Ärger.

## The plan's answers, and the email

plan-why-platform = Es ist hier passiert: { $platform }.
mail-answer-platform = Wo es passiert ist
