//! The words of one locale: message ids in, text out, with British English behind anything a
//! catalog has not translated, and the arguments, plurals, dates and country names Signpost
//! passes.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};

use super::Catalog;

/// The words of one locale, with `en-GB` behind it for anything not yet translated. Templates
/// call its methods with message ids.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub(super) catalog: &'a Catalog,
    pub(super) source: &'a Catalog,
}

impl fmt::Debug for Words<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Words({})", self.catalog.tag)
    }
}

impl<'a> Words<'a> {
    /// The catalog these words come from.
    pub fn catalog(&self) -> &'a Catalog {
        self.catalog
    }

    /// The locale's tag, for `lang` attributes and `Content-Language`.
    pub fn tag(&self) -> &'a str {
        &self.catalog.tag
    }

    /// The message with these arguments; in `en-GB` if this locale lacks it; the id itself
    /// (and a logged warning) if even `en-GB` lacks it, which the configuration check prevents.
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.catalog
            .format(id, args)
            .or_else(|| self.source.format(id, args))
            .unwrap_or_else(|| {
                tracing::warn!(id, "BUG: a message id is in no catalog");
                id.to_owned()
            })
    }

    /// A message without arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with one text argument.
    pub fn with(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, value);
        self.format(id, Some(&args))
    }

    /// A message with two text arguments.
    pub fn with2(&self, id: &str, name: &str, value: &str, name2: &str, value2: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, value);
        args.set(name2, value2);
        self.format(id, Some(&args))
    }

    /// A message with one number argument (plurals select on it).
    pub fn count(&self, id: &str, name: &str, value: impl std::borrow::Borrow<usize>) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(*value.borrow()));
        self.format(id, Some(&args))
    }

    /// A message with arguments built by the caller.
    pub fn args<'v>(&self, id: &str, args: impl IntoIterator<Item = (&'v str, FluentValue<'v>)>) -> String {
        let args: FluentArgs<'v> = args.into_iter().collect();
        self.format(id, Some(&args))
    }

    /// A message with its one argument cut out, for text around a link: (before, after).
    /// The argument is replaced by a private-use character no catalog contains.
    pub fn around(&self, id: &str, name: &str) -> (String, String) {
        const MARK: &str = "\u{E000}";
        let text = self.with(id, name, MARK);
        match text.split_once(MARK) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text, String::new()),
        }
    }

    /// A country's name (`country-XX`).
    pub fn country(&self, code: impl fmt::Display) -> String {
        self.get(&format!("country-{code}"))
    }

    /// A date as `date-long` writes it.
    pub fn date(&self, date: time::Date) -> String {
        self.args(
            "date-long",
            [
                ("day", FluentValue::from(date.day())),
                ("month", FluentValue::from(u8::from(date.month()))),
                ("year", FluentValue::from(date.year())),
            ],
        )
    }
}
