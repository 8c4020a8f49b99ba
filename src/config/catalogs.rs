//! The Fluent catalogs in `locales/<locale>/*.ftl`: read from the source and parsed into
//! [`Catalogs`], and the cross-check that every message id the rules, concerns, roles and
//! countries need is in the en-GB catalog, so no page ever shows a raw id.

use crate::i18n::{self, Catalogs, LocaleFiles};
use crate::routing::concern::{ConcernKind, Reporter};
use crate::routing::country::CountryCode;
use crate::routing::directory::Role;
use crate::routing::rules::Rules;

use super::issue::Issue;
use super::source::ConfigSource;

/// Reads and checks every catalog under `locales/`.
pub(super) fn load_catalogs(source: &ConfigSource, errors: &mut Vec<Issue>) -> Option<Catalogs> {
    let files = locale_files(source).map_err(|e| errors.push(e)).ok()?;
    let mut catalogs = Catalogs::parse(files)
        .map_err(|found| errors.extend(found.into_iter().map(|e| Issue::new(&e.file, "", e.message))))
        .ok()?;
    let table = country_languages(source).map_err(|e| errors.push(e)).ok()?;
    catalogs.set_country_languages(
        table
            .iter()
            .filter_map(|(code, tags)| Some((CountryCode::parse(code).ok()?, tags.as_slice()))),
    );
    Some(catalogs)
}

/// `languages-by-country.toml`: per country, the languages its people read (from CLDR, by
/// scripts/import-territory-languages.py). Codes that are not ISO countries (CLDR also lists
/// places such as Ascension Island, AC) are passed over. A `--config` folder without the file
/// (one made before it existed) keeps the language list in its usual order.
fn country_languages(
    source: &ConfigSource,
) -> Result<std::collections::BTreeMap<String, Vec<String>>, Issue> {
    const FILE: &str = "languages-by-country.toml";
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Table {
        countries: std::collections::BTreeMap<String, Vec<String>>,
    }
    if let ConfigSource::Folder(root) = source
        && !root.join(FILE).exists()
    {
        return Ok(std::collections::BTreeMap::new());
    }
    let text = source.read(FILE)?;
    toml::from_str::<Table>(&text)
        .map(|table| table.countries)
        .map_err(|e| Issue::new(FILE, "", e.to_string()))
}

/// The files of every `locales/<locale>/` folder: (locale, [(file name, text)]), sorted.
fn locale_files(source: &ConfigSource) -> Result<Vec<LocaleFiles<std::borrow::Cow<'static, str>>>, Issue> {
    let mut locales = Vec::new();
    for entry in source.list("locales")? {
        if entry.is_folder {
            let files = source.files(&format!("locales/{}", entry.name), ".ftl")?;
            locales.push((entry.name, files));
        }
    }
    locales.sort();
    Ok(locales)
}

/// Every message id the rules name (and those derived from concern, role and country ids)
/// must be in the en-GB catalog, so no page ever shows a raw id.
pub(super) fn check_message_ids(rules: &Rules, catalogs: &Catalogs) -> Vec<Issue> {
    const FILE: &str = "rules.toml";
    let source = catalogs.catalog(i18n::Locale::SOURCE).ids();
    needed_message_ids(rules)
        .into_iter()
        .filter(|(_, id)| !source.contains(id))
        .map(|(key, id)| {
            Issue::new(
                FILE,
                &key,
                format!("message {id} is not in locales/en-GB/*.ftl; add it there"),
            )
        })
        .collect()
}

/// (where it is needed, message id), in the order `signpost check` reports them.
fn needed_message_ids(rules: &Rules) -> Vec<(String, String)> {
    let mut needed: Vec<(String, String)> = Vec::new();
    let danger = rules.danger();
    needed.push(("immediate-danger.why".to_owned(), danger.why.clone()));
    needed.push((
        "immediate-danger.no_number_known".to_owned(),
        danger.no_number_known.clone(),
    ));
    let door = rules.police_door();
    for (key, id) in [
        ("why_police", &door.why_police),
        ("why_emergency_number", &door.why_emergency_number),
        ("about_emergency_number", &door.about_emergency_number),
    ] {
        needed.push((format!("police-door.{key}"), id.clone()));
    }
    let platform = rules.platform_step();
    for id in [
        &platform.why_adult,
        &platform.why_adult_images,
        &platform.why_child,
        &platform.why_child_images,
    ]
    .into_iter()
    .chain(&platform.advice_adult)
    .chain(&platform.advice_child)
    {
        needed.push(("platform-step".to_owned(), id.clone()));
    }
    for place in crate::routing::platform::OtherPlace::ALL {
        needed.push((format!("places ({place})"), i18n::place_label(*place)));
    }
    for rule in rules.rules() {
        for (n, step) in rule.steps.iter().enumerate() {
            needed.push((format!("rule {}, step {}", rule.id, n + 1), step.why.clone()));
        }
    }
    for kind in ConcernKind::ALL {
        for reporter in Reporter::ALL {
            for id in rules.advice_for(*kind, *reporter) {
                needed.push((format!("advice.{kind}.{reporter}"), id.clone()));
            }
        }
        needed.push((format!("concerns ({kind})"), i18n::concern_label(*kind)));
        needed.push((format!("concerns ({kind})"), i18n::concern_description(*kind)));
    }
    for role in Role::ALL {
        for part in ["heading", "about", "need", "next"] {
            needed.push((format!("roles ({role})"), i18n::role_text(*role, part)));
        }
    }
    for country in CountryCode::all() {
        needed.push((format!("countries ({country})"), format!("country-{country}")));
    }
    needed
}
