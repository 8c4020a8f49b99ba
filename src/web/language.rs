//! Which language a person gets and which country their browser suggests: an explicit choice
//! (`lang` in a POST body, or `?lang=` on a page that carries no answers), else
//! `Accept-Language`, else `en-GB`. The region is read from `Accept-Language` only, never from
//! the address a request came from. Both read the header through one parser
//! ([`crate::i18n::most_preferred`]).

use axum::http::{HeaderMap, header};

use crate::i18n::{Locale, MostPreferred, most_preferred, preferences};
use crate::routing::CountryCode;
use crate::web::state::AppState;

/// The language for a request: `explicit` (from `lang`) if offered, else `Accept-Language`,
/// else `en-GB`.
pub fn locale_for(state: &AppState, explicit: Option<&str>, headers: &HeaderMap) -> Locale {
    state.catalogs().negotiate(explicit, accept_language(headers))
}

/// The `Accept-Language` header, where it is text.
pub fn accept_language(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok())
}

/// The language and the region for a page that carries no answers, reading `Accept-Language`
/// once for both: the language as [`locale_for`] chooses it, the region as
/// [`preferred_country`] does.
pub fn locale_and_region(
    state: &AppState,
    explicit: Option<&str>,
    headers: &HeaderMap,
) -> (Locale, Option<CountryCode>) {
    let catalogs = state.catalogs();
    let chosen = explicit.and_then(|tag| catalogs.chosen(tag));
    let Some(header) = accept_language(headers) else {
        return (chosen.unwrap_or(Locale::SOURCE), None);
    };
    let (mut locale, mut region) = (MostPreferred::default(), MostPreferred::default());
    for (tag, quality) in preferences(header) {
        if chosen.is_none() {
            locale.offer(quality, || catalogs.matching(tag));
        }
        region.offer(quality, || region_of(tag));
    }
    (
        chosen.or(locale.found()).unwrap_or(Locale::SOURCE),
        region.found(),
    )
}

/// `lang` from a query string, if there is one (nothing else is read from it).
pub fn lang_in_query(query: Option<&str>) -> Option<&str> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .filter(|tag| tag.len() <= 16)
}

/// The country from the `Accept-Language` region, if any (never from the IP address).
pub fn preferred_country(headers: &HeaderMap) -> Option<CountryCode> {
    region_from_accept_language(accept_language(headers)?)
}

/// The region of the most preferred tag in `Accept-Language` that has one naming a country
/// (its first two-letter region subtag).
pub fn region_from_accept_language(header: &str) -> Option<CountryCode> {
    most_preferred(header, region_of)
}

/// The country a language tag's first two-letter region subtag names, if any.
fn region_of(tag: &str) -> Option<CountryCode> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|subtag| subtag.len() == 2 && subtag.bytes().all(|b| b.is_ascii_alphabetic()))
        .and_then(CountryCode::from_letters)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{self, ConfigSource, Settings};
    use std::sync::{Arc, LazyLock};

    fn state() -> AppState {
        static STATE: LazyLock<AppState> = LazyLock::new(|| {
            let loaded = config::load(&ConfigSource::Bundled, std::iter::empty()).unwrap();
            AppState::new(Settings::for_tests(), Arc::new(loaded.router))
        });
        STATE.clone()
    }

    /// The region as a sort by quality finds it: the specification the one-pass parser keeps.
    fn region_by_sorting(header: &str) -> Option<CountryCode> {
        let mut tags: Vec<(f32, &str)> = header
            .split(',')
            .take(20)
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let quality = match pieces.find_map(|p| p.trim().strip_prefix("q=")) {
                    Some(q) => q.trim().parse::<f32>().ok()?,
                    None => 1.0,
                };
                Some((quality, tag))
            })
            .collect();
        tags.sort_by(|a, b| b.0.total_cmp(&a.0));
        tags.into_iter().filter(|(q, _)| *q > 0.0).find_map(|(_, tag)| {
            tag.split(['-', '_'])
                .skip(1)
                .find(|subtag| subtag.len() == 2 && subtag.bytes().all(|b| b.is_ascii_alphabetic()))
                .and_then(|region| CountryCode::parse(region).ok())
        })
    }

    proptest::proptest! {
        #[test]
        fn one_reading_for_both_gives_what_two_readings_give(
            header in "(([a-zA-Z]{1,3}([-_][a-zA-Z0-9]{1,4}){0,2}|\\*)( ?; ?q=(0|1|0\\.[0-9]{1,3}|1\\.0|nan|x))?, ?){0,6}",
            explicit in proptest::option::of("fr|ar|en-GB|xx|de-CH"),
        ) {
            let state = state();
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_LANGUAGE, header.parse().unwrap());
            proptest::prop_assert_eq!(
                locale_and_region(&state, explicit.as_deref(), &headers),
                (locale_for(&state, explicit.as_deref(), &headers), preferred_country(&headers))
            );
        }

        #[test]
        fn the_one_pass_parser_agrees_with_sorting_by_quality(
            header in "(([a-zA-Z]{1,3}([-_][a-zA-Z0-9]{1,4}){0,2}|\\*)( ?; ?q=(0|1|0\\.[0-9]{1,3}|1\\.0|nan|inf|-1|x| ))?, ?){0,25}"
        ) {
            proptest::prop_assert_eq!(region_from_accept_language(&header), region_by_sorting(&header));
        }
    }

    #[test]
    fn the_region_comes_from_the_most_preferred_tag_that_has_one() {
        for (header, expected, why) in [
            ("en-GB,en;q=0.9", Some("GB"), "the usual British browser"),
            ("fr;q=0.9, de-AT", Some("AT"), "quality order, not header order"),
            ("en", None, "a language alone says nothing about where"),
            ("es-419,es;q=0.9", None, "a numeric region is not a country"),
            ("zh-Hant-TW", Some("TW"), "script subtags are skipped"),
            ("en-UK", None, "UK is not a country code"),
            ("en-GB;q=0", None, "q=0 means not acceptable"),
            ("", None, "empty"),
            ("de-DE;q=0.5, en-GB;q=0.5", Some("DE"), "of equals, the first"),
            (
                "en;q=0.9, fr-FR;q=0.8",
                Some("FR"),
                "a lower tag with a region beats a higher one without",
            ),
            (
                "en-UK;q=1, de-CH;q=0.1",
                Some("CH"),
                "an invalid region is skipped, not fatal",
            ),
            (
                "xx-GB;q=nan, fr-FR;q=0.2",
                Some("FR"),
                "a quality that is not a number is never acceptable",
            ),
            (
                "xx-GB;q=abc, fr-FR;q=0.2",
                Some("FR"),
                "an unreadable quality drops that tag only",
            ),
        ] {
            assert_eq!(
                region_from_accept_language(header)
                    .map(|c| c.to_string())
                    .as_deref(),
                expected,
                "{why}"
            );
        }
    }
}
