//! `platforms.toml`: the platforms a person can say it happened on, each with its own page
//! for reporting child sexual exploitation and the words of a source that state it. The file
//! is generated from `reference/platforms.csv` by `scripts/import-reference.py`. Its raw
//! types are read here and handed to [`Platforms::build`]; every fault names the key it is in.
//! A folder without the file has no platforms (the question then offers only the fixed answers).

use serde::Deserialize;

use crate::routing::directory::Excerpt;
use crate::routing::phone::WebAddress;
use crate::routing::platform::{PassesTo, Platform, PlatformCategory, Platforms};

use super::evidence::states_host;
use super::issue::Issue;
use super::source::{ConfigSource, ReadError};

const FILE: &str = "platforms.toml";

/// Longest evidence excerpt for a platform, in characters: a platform's help pages say where
/// to report in longer sentences than a hotline states its number.
pub const MAX_PLATFORM_EXCERPT_CHARS: usize = 600;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlatformsFile {
    #[serde(default)]
    platform: Vec<RawPlatform>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlatform {
    id: String,
    name: String,
    category: String,
    report_url: String,
    in_app: Option<String>,
    passes_to: Option<String>,
    needs_account: Option<bool>,
    #[serde(default)]
    languages: Vec<String>,
    source: String,
    verified: toml::value::Datetime,
    confidence: String,
    excerpt: String,
}

/// Reads `platforms.toml` and builds the [`Platforms`]; `None` after any fault.
pub(super) fn load_platforms(source: &ConfigSource, errors: &mut Vec<Issue>) -> Option<Platforms> {
    let text = match source.read_text(FILE) {
        Ok(text) => text,
        Err(ReadError::NotBundled) => return Some(Platforms::default()),
        Err(ReadError::Unreadable { error, .. }) if error.kind() == std::io::ErrorKind::NotFound => {
            return Some(Platforms::default());
        }
        Err(e) => {
            errors.push(Issue::new(FILE, "", e.to_string()));
            return None;
        }
    };
    let raw: PlatformsFile = toml::from_str(&text)
        .map_err(|e| errors.push(Issue::toml(FILE, &text, &e)))
        .ok()?;
    let before = errors.len();
    let platforms: Vec<Platform> = raw
        .platform
        .into_iter()
        .enumerate()
        .filter_map(|(n, raw)| platform(n, raw, errors))
        .collect();
    if errors.len() > before {
        return None;
    }
    Platforms::build(platforms)
        .map_err(|found| {
            errors.extend(
                found
                    .into_iter()
                    .map(|e| Issue::new(FILE, "platform.id", e.to_string())),
            )
        })
        .ok()
}

/// One `[[platform]]`; `None` after any fault in it (each is recorded).
fn platform(n: usize, raw: RawPlatform, errors: &mut Vec<Issue>) -> Option<Platform> {
    let at = format!("platform[{n}] ({})", raw.id);
    let before = errors.len();
    let mut fault =
        |key: &str, message: String| errors.push(Issue::new(FILE, &format!("{at}.{key}"), message));
    let category = raw
        .category
        .parse::<PlatformCategory>()
        .map_err(|e| fault("category", e.to_string()))
        .ok();
    let report_url = WebAddress::parse(&raw.report_url)
        .map_err(|e| fault("report_url", e.to_string()))
        .ok();
    if report_url.as_ref().is_some_and(|url| !url.is_https()) {
        fault("report_url", "a platform's report page must be https".to_owned());
    }
    let passes_to = match raw.passes_to.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => text
            .parse::<PassesTo>()
            .map_err(|e| fault("passes_to", e.to_string()))
            .ok(),
    };
    let excerpt = raw.excerpt.trim();
    if excerpt.is_empty() || excerpt.chars().count() > MAX_PLATFORM_EXCERPT_CHARS {
        fault(
            "excerpt",
            format!("must be the source's own words, 1 to {MAX_PLATFORM_EXCERPT_CHARS} characters"),
        );
    }
    if WebAddress::parse(&raw.source).is_err() {
        fault(
            "source",
            "must be the web address the excerpt was read at".to_owned(),
        );
    }
    if let Some(url) = &report_url
        && !states_host(excerpt, &raw.source, url)
    {
        fault(
            "excerpt",
            "neither the excerpt nor its source address names the report page's host".to_owned(),
        );
    }
    let verified = match (raw.verified.date, raw.verified.time) {
        (Some(d), None) => time::Month::try_from(d.month)
            .ok()
            .and_then(|month| time::Date::from_calendar_date(i32::from(d.year), month, d.day).ok()),
        _ => None,
    };
    if verified.is_none() {
        fault(
            "verified",
            format!("{} must be a plain date such as 2026-12-04", raw.verified),
        );
    }
    if raw.name.trim().is_empty() {
        fault("name", "must not be empty".to_owned());
    }
    if errors.len() > before {
        return None;
    }
    Some(Platform {
        id: raw.id,
        name: raw.name,
        category: category?,
        report_url: report_url?,
        in_app: raw.in_app.filter(|text| !text.trim().is_empty()),
        passes_to,
        needs_account: raw.needs_account,
        languages: raw.languages,
        evidence: Excerpt {
            text: excerpt.to_owned(),
            source: raw.source,
            read: verified?,
        },
        confidence: raw.confidence,
    })
}
