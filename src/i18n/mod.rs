//! The words people read, in their language: Fluent catalogs (`locales/<locale>/*.ftl` in the
//! configuration), British English (`en-GB`) the source every other catalog follows.
//!
//! Catalogs are checked once, when the configuration loads: every file must parse, and a
//! catalog may hold no message the source lacks. The checked text is kept, and a catalog's
//! Fluent bundle is built from it the first time a page, answer or email in its language needs
//! it: a bundle takes about seven times its text in memory, and most servers answer in a few of
//! their languages, not all 21. A message a catalog has not translated yet
//! falls back to the source, so a page is never left with a raw id; `signpost check` reports
//! how complete each catalog is, and the tests insist every shipped catalog is complete.
//!
//! Which language a person gets: their explicit choice (the language list on every page,
//! carried in the POST body like their other answers), else their browser's `Accept-Language`,
//! else `en-GB`. No I/O here: the configuration layer reads the files.

mod parse;
mod words;

use parse::{Checked, build_bundle, check_catalog};
pub use words::Words;

use std::borrow::Cow;
use std::fmt;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// The source locale: every message exists here first.
pub const SOURCE_LOCALE: &str = "en-GB";

/// One catalog among the loaded ones: a small copyable handle, used in cache keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(u8);

impl Locale {
    /// The source locale, `en-GB` (always the first catalog).
    pub const SOURCE: Locale = Locale(0);

    /// Its position among the loaded catalogs (`0` is `en-GB`).
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, …).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One language's messages: its checked text, and the bundle built from it on first use.
pub struct Catalog {
    tag: String,
    langid: unic_langid::LanguageIdentifier,
    texts: Vec<Cow<'static, str>>,
    bundle: OnceLock<FluentBundle<FluentResource>>,
    ids: MessageIds,
    name: String,
    direction: Direction,
    reviewed: bool,
}

/// The message ids a catalog holds. Every catalog holds only ids the source holds, so each
/// keeps one bit per source message rather than its own copy of the ids.
#[derive(Debug)]
pub struct MessageIds {
    /// The source catalog's ids, sorted; shared by every catalog.
    source: Arc<[Box<str>]>,
    /// Bit `n` is set when the catalog holds `source[n]`.
    held: Box<[u64]>,
}

impl MessageIds {
    /// The bits for `held`, sorted ids the source holds too, found in one pass over both.
    fn new<'i>(source: Arc<[Box<str>]>, held: impl IntoIterator<Item = &'i str>) -> Self {
        let mut bits = vec![0u64; source.len().div_ceil(64)].into_boxed_slice();
        let mut held = held.into_iter().peekable();
        for (at, id) in source.iter().enumerate() {
            while held.next_if(|h| *h < &**id).is_some() {}
            if held.next_if(|h| *h == &**id).is_some() {
                bits[at / 64] |= 1 << (at % 64);
            }
        }
        MessageIds { source, held: bits }
    }

    fn holds_at(&self, at: usize) -> bool {
        self.held[at / 64] & (1 << (at % 64)) != 0
    }

    /// Whether the catalog holds this message.
    pub fn contains(&self, id: &str) -> bool {
        self.source
            .binary_search_by(|held| (**held).cmp(id))
            .is_ok_and(|at| self.holds_at(at))
    }

    /// The ids it holds, sorted.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.source
            .iter()
            .enumerate()
            .filter(|(at, _)| self.holds_at(*at))
            .map(|(_, id)| &**id)
    }

    /// The source's ids it lacks, sorted.
    pub fn missing(&self) -> impl Iterator<Item = &str> {
        self.source
            .iter()
            .enumerate()
            .filter(|(at, _)| !self.holds_at(*at))
            .map(|(_, id)| &**id)
    }

    /// How many it holds.
    pub fn len(&self) -> usize {
        self.held.iter().map(|word| word.count_ones() as usize).sum()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog")
            .field("tag", &self.tag)
            .field("messages", &self.ids.len())
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// The BCP 47 tag, as its folder is named (`en-GB`, `fr`, `ar`).
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The language's own name for itself (`meta-language-name`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Which way it is written (`meta-direction`).
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// Whether a native speaker has reviewed it (`meta-review-status`).
    pub fn reviewed(&self) -> bool {
        self.reviewed
    }

    /// Every message id it holds.
    pub fn ids(&self) -> &MessageIds {
        &self.ids
    }

    /// Whether its bundle has been built (it is, the first time its words are needed).
    pub fn is_built(&self) -> bool {
        self.bundle.get().is_some()
    }

    fn bundle(&self) -> &FluentBundle<FluentResource> {
        self.bundle
            .get_or_init(|| build_bundle(&self.tag, &self.langid, &self.texts))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let bundle = self.bundle();
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(locale = %self.tag, id, ?errors, "a message did not format cleanly");
        }
        Some(text.into_owned())
    }
}

/// A fault in a catalog: the file and what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct CatalogError {
    /// The file, relative to the configuration folder.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

/// How complete a catalog is against the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    /// The locale's tag.
    pub tag: String,
    /// Messages the source has that it has too.
    pub translated: usize,
    /// Messages in the source.
    pub total: usize,
    /// The source's ids it lacks, in order.
    pub missing: Vec<String>,
    /// Whether a native speaker has reviewed it.
    pub reviewed: bool,
}

/// Every loaded catalog; the first is always `en-GB`.
#[derive(Debug)]
pub struct Catalogs {
    catalogs: Vec<Catalog>,
    offered: Vec<Locale>,
    /// Per country, the catalogs in the languages its people read, most read first
    /// (`languages-by-country.toml`, from CLDR).
    by_country: std::collections::HashMap<crate::routing::CountryCode, Vec<Locale>>,
}

/// The files of one locale's folder: (locale tag, [(file name, text)]). The text is a
/// `String`, or a `&'static str` (the bundled configuration's own bytes, kept without a copy).
pub type LocaleFiles<T = String> = (String, Vec<(String, T)>);

impl Catalogs {
    /// Checks catalogs, given as (locale tag, [(file name, text)]). `en-GB` must be among
    /// them; every other catalog may hold only ids `en-GB` has. Returns every fault. The
    /// bundles are built later, each when first used.
    pub fn parse<T: Into<Cow<'static, str>>>(
        locales: Vec<LocaleFiles<T>>,
    ) -> Result<Catalogs, Vec<CatalogError>> {
        let mut errors = Vec::new();
        let mut parsed: Vec<Checked> = Vec::new();
        let source_given = locales.iter().any(|(tag, _)| tag == SOURCE_LOCALE);
        for (tag, files) in locales {
            let files = files
                .into_iter()
                .map(|(name, text)| (name, text.into()))
                .collect();
            match check_catalog(&tag, files) {
                Ok(catalog) => parsed.push(catalog),
                Err(mut found) => errors.append(&mut found),
            }
        }
        let Some(source_at) = parsed.iter().position(|c| c.tag == SOURCE_LOCALE) else {
            if !source_given {
                errors.push(CatalogError {
                    file: format!("locales/{SOURCE_LOCALE}/"),
                    message: "the source catalog (British English) is missing".to_owned(),
                });
            }
            return Err(errors);
        };
        let source = parsed.remove(source_at);
        parsed.sort_by(|a, b| a.tag.cmp(&b.tag));
        for catalog in &parsed {
            for extra in catalog.ids.difference(&source.ids) {
                errors.push(CatalogError {
                    file: format!("locales/{}/", catalog.tag),
                    message: format!(
                        "message {extra} is not in the en-GB catalog; remove it or add it to en-GB first"
                    ),
                });
            }
        }
        if parsed.len() >= usize::from(u8::MAX) {
            errors.push(CatalogError {
                file: "locales/".to_owned(),
                message: "too many locales".to_owned(),
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let source_ids: Arc<[Box<str>]> = source.ids.iter().map(|id| id.as_str().into()).collect();
        let catalogs: Vec<Catalog> = std::iter::once(source)
            .chain(parsed)
            .map(|checked| Catalog {
                ids: MessageIds::new(source_ids.clone(), checked.ids.iter().map(String::as_str)),
                tag: checked.tag,
                langid: checked.langid,
                texts: checked.texts,
                bundle: OnceLock::new(),
                name: checked.name,
                direction: checked.direction,
                reviewed: checked.reviewed,
            })
            .collect();
        let offered = (0..catalogs.len()).map(|at| Locale(at as u8)).collect();
        Ok(Catalogs {
            catalogs,
            offered,
            by_country: std::collections::HashMap::new(),
        })
    }

    /// Keeps only these locales in the language list and in negotiation (`[pages] languages`).
    /// `en-GB` is always kept, as the fallback. Returns the tags that match no catalog.
    pub fn restrict(&mut self, tags: &[String]) -> Vec<String> {
        let mut unknown = Vec::new();
        let mut offered = vec![Locale::SOURCE];
        for tag in tags {
            match self.find(tag) {
                Some(locale) if !offered.contains(&locale) => offered.push(locale),
                Some(_) => {}
                None => unknown.push(tag.clone()),
            }
        }
        offered.sort();
        self.offered = offered;
        unknown
    }

    /// The locales offered to people, `en-GB` first.
    pub fn offered(&self) -> &[Locale] {
        &self.offered
    }

    /// Learns which languages each country's people read: `tags` per country (language and
    /// script, most read first, e.g. `IN = ["hi-Deva", "en-Latn", "bn-Beng"]`), matched to the
    /// catalogs: the catalog for that language in that country (`pt-BR` for Brazil), else the
    /// language alone (`pt`), else that language anywhere (`en-GB` for `en`). A catalog in
    /// another script of the language (`zh-Hans` for `zh-Hant`) never matches.
    pub fn set_country_languages<'t>(
        &mut self,
        table: impl IntoIterator<Item = (crate::routing::CountryCode, &'t [String])>,
    ) {
        for (country, tags) in table {
            let mut found: Vec<Locale> = Vec::new();
            for tag in tags {
                if let Some(locale) = self.for_language_in(tag, country)
                    && !found.contains(&locale)
                {
                    found.push(locale);
                }
            }
            if !found.is_empty() {
                self.by_country.insert(country, found);
            }
        }
    }

    /// The best catalog for one `language-Script` tag in `country`, if any.
    fn for_language_in(&self, tag: &str, country: crate::routing::CountryCode) -> Option<Locale> {
        let mut parts = tag.split('-');
        let language = parts.next()?;
        let script = parts.next().filter(|s| s.len() == 4);
        let region = country.to_string();
        let mut best: Option<(u8, Locale)> = None;
        for (at, catalog) in self.catalogs.iter().enumerate() {
            let mut subtags = catalog.tag.split('-');
            if !subtags.next().is_some_and(|l| l.eq_ignore_ascii_case(language)) {
                continue;
            }
            let rest: Vec<&str> = subtags.collect();
            let catalog_script = rest.iter().find(|s| s.len() == 4);
            let catalog_region = rest.iter().find(|s| s.len() == 2);
            if let (Some(theirs), Some(ours)) = (catalog_script, script)
                && !theirs.eq_ignore_ascii_case(ours)
            {
                continue;
            }
            let score = match catalog_region {
                Some(r) if r.eq_ignore_ascii_case(&region) => 3,
                None => 2,
                Some(_) => 1,
            };
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, Locale(at as u8)));
            }
        }
        best.map(|(_, locale)| locale)
    }

    /// The offered catalogs in the languages `country`'s people read, most read first.
    pub fn for_country(&self, country: crate::routing::CountryCode) -> impl Iterator<Item = Locale> + '_ {
        self.by_country
            .get(&country)
            .into_iter()
            .flatten()
            .copied()
            .filter(|locale| self.offered.contains(locale))
    }

    /// Every loaded catalog, `en-GB` first.
    pub fn all(&self) -> &[Catalog] {
        &self.catalogs
    }

    /// The catalog for a locale.
    pub fn catalog(&self, locale: Locale) -> &Catalog {
        &self.catalogs[locale.index()]
    }

    /// The words of a locale, falling back to `en-GB` for a message it lacks.
    pub fn words(&self, locale: Locale) -> Words<'_> {
        Words {
            catalog: self.catalog(locale),
            source: &self.catalogs[0],
        }
    }

    /// The offered locale with exactly this tag (case-insensitive), if any.
    pub fn find(&self, tag: &str) -> Option<Locale> {
        self.catalogs
            .iter()
            .position(|c| c.tag.eq_ignore_ascii_case(tag.trim()))
            .map(|at| Locale(at as u8))
    }

    /// The offered locale for an explicit choice (exact tag), if it is one.
    pub fn chosen(&self, tag: &str) -> Option<Locale> {
        self.find(tag).filter(|locale| self.offered.contains(locale))
    }

    /// The locale to answer in: an explicit, offered choice; else the best offered match for
    /// `Accept-Language`; else `en-GB`.
    pub fn negotiate(&self, explicit: Option<&str>, accept_language: Option<&str>) -> Locale {
        explicit
            .and_then(|tag| self.chosen(tag))
            .or_else(|| accept_language.and_then(|header| self.from_accept_language(header)))
            .unwrap_or(Locale::SOURCE)
    }

    /// The best offered locale for an `Accept-Language` header: by quality (of equals, the
    /// first); an exact tag first, then the same language (`fr-CA` gets `fr`, `en-US` gets
    /// `en-GB`). Reads at most 20 tags.
    pub fn from_accept_language(&self, header: &str) -> Option<Locale> {
        most_preferred(header, |tag| self.matching(tag))
    }

    /// The offered locale for one language tag: the exact tag, else one with the same
    /// language subtag (the language alone preferred).
    pub fn matching(&self, tag: &str) -> Option<Locale> {
        if let Some(locale) = self.chosen(tag) {
            return Some(locale);
        }
        let language = tag.split(['-', '_']).next()?;
        let same_language = |c: &&Locale| {
            let other = &self.catalog(**c).tag;
            other
                .split('-')
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case(language))
        };
        let candidates: Vec<&Locale> = self.offered.iter().filter(same_language).collect();
        candidates
            .iter()
            .find(|c| !self.catalog(***c).tag.contains('-'))
            .or(candidates.first())
            .map(|c| **c)
    }

    /// How complete each catalog is against `en-GB`, `en-GB` first.
    pub fn completeness(&self) -> Vec<Completeness> {
        let total = self.catalogs[0].ids.len();
        self.catalogs
            .iter()
            .map(|catalog| {
                let missing: Vec<String> = catalog.ids.missing().map(str::to_owned).collect();
                Completeness {
                    tag: catalog.tag.clone(),
                    translated: total - missing.len(),
                    total,
                    missing,
                    reviewed: catalog.reviewed,
                }
            })
            .collect()
    }
}

/// The acceptable tags of an `Accept-Language` header, in the order written, each with its
/// quality: among the first 20, those that are not empty or `*` and whose quality parses and is
/// above zero. One pass, no allocation. The language and the region are both read through it,
/// so the two always read a header the same way.
pub fn preferences(header: &str) -> impl Iterator<Item = (&str, f32)> {
    header.split(',').take(20).filter_map(|part| {
        let mut pieces = part.trim().split(';');
        let tag = pieces
            .next()
            .map(str::trim)
            .filter(|t| !t.is_empty() && *t != "*")?;
        let quality = match pieces.find_map(|p| p.trim().strip_prefix("q=")) {
            Some(q) => parse_quality(q.trim())?,
            None => 1.0,
        };
        // NaN and zero are never acceptable.
        (quality > 0.0).then_some((tag, quality))
    })
}

/// Keeps the most preferred of what is offered: a later tag must be strictly preferred to
/// win, so of equals the first stays.
#[derive(Debug)]
pub struct MostPreferred<T>(Option<(f32, T)>);

impl<T> Default for MostPreferred<T> {
    fn default() -> Self {
        MostPreferred(None)
    }
}

impl<T> MostPreferred<T> {
    /// Offers a tag of this quality: `pick` is asked what it gives only if it would win.
    pub fn offer(&mut self, quality: f32, pick: impl FnOnce() -> Option<T>) {
        if self.0.as_ref().is_none_or(|(best, _)| quality > *best)
            && let Some(found) = pick()
        {
            self.0 = Some((quality, found));
        }
    }

    /// What the most preferred tag gave.
    pub fn found(self) -> Option<T> {
        self.0.map(|(_, found)| found)
    }
}

/// What the most preferred tag of an `Accept-Language` header gives, of the tags `pick` gives
/// something for.
pub fn most_preferred<T>(header: &str, mut pick: impl FnMut(&str) -> Option<T>) -> Option<T> {
    let mut best = MostPreferred::default();
    for (tag, quality) in preferences(header) {
        best.offer(quality, || pick(tag));
    }
    best.found()
}

/// A quality value as `f32::from_str` reads it. The forms browsers send (`1`, `0.9`, `0.125`:
/// a digit and up to three decimals) are read directly, as whole thousandths divided by 1000,
/// which IEEE division rounds exactly as the general parser does; anything else goes to it.
fn parse_quality(text: &str) -> Option<f32> {
    match *text.as_bytes() {
        [whole @ b'0'..=b'9'] => Some(f32::from(whole - b'0')),
        [whole @ b'0'..=b'9', b'.', ref decimals @ ..]
            if (1..=3).contains(&decimals.len()) && decimals.iter().all(u8::is_ascii_digit) =>
        {
            let thousandths = decimals
                .iter()
                .chain(std::iter::repeat(&b'0'))
                .take(3)
                .fold(u32::from(whole - b'0'), |n, d| n * 10 + u32::from(d - b'0'));
            Some(thousandths as f32 / 1000.0)
        }
        _ => text.parse().ok(),
    }
}

/// The message id of a concern's label.
pub fn concern_label(kind: crate::routing::ConcernKind) -> String {
    format!("concern-{kind}-label")
}

/// The message id of a fixed answer to "Where did it happen?" (a platform's name is never
/// translated, so platforms have none).
pub fn place_label(place: crate::routing::platform::OtherPlace) -> String {
    format!("place-{place}")
}

/// The message id of a concern's one-line description.
pub fn concern_description(kind: crate::routing::ConcernKind) -> String {
    format!("concern-{kind}-description")
}

/// The message id of one of a role's texts: `heading`, `about`, `need` or `next`.
pub fn role_text(role: crate::routing::directory::Role, part: &str) -> String {
    format!("role-{role}-{part}")
}

#[cfg(test)]
mod tests;
