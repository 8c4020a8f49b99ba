### About this catalog. Review status: not yet reviewed by a native speaker.
### `meta-review-status` is `reviewed` once a native speaker has checked the whole catalog,
### otherwise `not-yet-reviewed`: then every page carries `notice-unreviewed`, in this
### language and in English. Keep both words exactly as they are (they are not shown).

# The language's own name for itself, shown in the language list on every page.
meta-language-name = Русский
# The writing direction: `ltr` (left to right) or `rtl` (right to left). Not shown.
meta-direction = ltr
# `reviewed` or `not-yet-reviewed`. Not shown.
meta-review-status = not-yet-reviewed
# Shown on every page while this catalog is not yet reviewed.
notice-unreviewed = Этот перевод ещё не проверен носителем языка.
