//! What every page shares: its language and direction, the language list (links where the
//! page carries no answers, buttons re-sending them where it does), the notice on pages in a
//! language not yet reviewed, where "Leave this site" goes, and the error summary's entries.

use crate::i18n::{Locale, Words};
use crate::routing::CountryCode;
use crate::web::state::AppState;

/// What every page shares: its language and direction, the language list, the notice on
/// pages in a language not yet reviewed, and where "Leave this site" goes.
#[derive(Debug)]
pub struct Frame<'a> {
    pub(crate) t: Words<'a>,
    pub(crate) dir: &'static str,
    pub(crate) exit_url: &'a str,
    pub(crate) languages: Vec<LanguageView<'a>>,
    /// How many of `languages`, at its start, are the chosen country's own: shown first, as
    /// their own group, so one click gives the page in them.
    pub(crate) own_count: usize,
    pub(crate) switch: Switch<'a>,
    /// The notice in the page's language, and in English when that is not English.
    pub(crate) unreviewed: Option<(String, Option<String>)>,
}

impl Frame<'_> {
    /// An address on this site, carrying the page's language (`/questions?lang=fr`).
    pub(crate) fn link(&self, path: &str) -> String {
        format!("{path}?lang={}", self.t.tag())
    }
}

/// One language in the language list, named in itself.
#[derive(Debug)]
pub struct LanguageView<'a> {
    pub(crate) tag: &'a str,
    pub(crate) name: &'a str,
    pub(crate) current: bool,
}

/// How the language list changes language.
#[derive(Debug)]
pub enum Switch<'a> {
    /// Links to this address with `?lang=`: for pages that carry no answers.
    Links(&'a str),
    /// Buttons that send these fields again, with `lang`, in a POST to `action`: the answers
    /// stay in the body, never in an address.
    Form {
        /// Where the form goes.
        action: &'static str,
        /// The answers to send again.
        hidden: Vec<(&'static str, String)>,
    },
}

/// The frame of a page in `locale`.
pub fn frame<'a>(state: &'a AppState, locale: Locale, switch: Switch<'a>) -> Frame<'a> {
    frame_for(state, locale, switch, None)
}

/// The frame of a page in `locale` for a person who has chosen `country`: its people's
/// languages (from CLDR, `languages-by-country.toml`) lead the language list.
pub fn frame_for<'a>(
    state: &'a AppState,
    locale: Locale,
    switch: Switch<'a>,
    country: Option<CountryCode>,
) -> Frame<'a> {
    let catalogs = state.catalogs();
    let own: Vec<Locale> = country
        .map(|c| catalogs.for_country(c).collect())
        .unwrap_or_default();
    let order: Vec<Locale> = own
        .iter()
        .copied()
        .chain(catalogs.offered().iter().copied().filter(|l| !own.contains(l)))
        .collect();
    let t = catalogs.words(locale);
    let unreviewed = (!t.catalog().reviewed()).then(|| {
        let english =
            (locale != Locale::SOURCE).then(|| catalogs.words(Locale::SOURCE).get("notice-unreviewed"));
        (t.get("notice-unreviewed"), english)
    });
    Frame {
        t,
        dir: t.catalog().direction().as_str(),
        exit_url: state.exit_url(),
        own_count: if own.len() < order.len() { own.len() } else { 0 },
        languages: order
            .iter()
            .map(|offered| {
                let catalog = catalogs.catalog(*offered);
                LanguageView {
                    tag: catalog.tag(),
                    name: catalog.name(),
                    current: *offered == locale,
                }
            })
            .collect(),
        switch,
        unreviewed,
    }
}

/// One entry of the error summary.
#[derive(Debug)]
pub struct ErrorView {
    pub(crate) field: &'static str,
    pub(crate) anchor: String,
    pub(crate) message: String,
}
