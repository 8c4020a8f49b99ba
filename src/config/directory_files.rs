//! `directory/*.toml`: one file per country plus `global.toml`, each service citing its source
//! and the date checked. The raw types are read and checked here, every fault keyed by file
//! and service, then handed to [`Directory::build`], which proves the whole directory.

use serde::Deserialize;

use crate::routing::country::CountryCode;
use crate::routing::directory::{
    Audience, Confidence, CountryServices, Directory, DirectoryError, EmergencyGap, Listing, Provenance,
    Role, Service, ServiceId,
};
use crate::routing::phone::{E164, PhoneNumber, WebAddress};

use super::evidence::{self, Facts, RawEvidence};
use super::issue::Issue;
use super::source::ConfigSource;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryFile {
    country: Option<String>,
    #[serde(default)]
    service: Vec<RawService>,
    emergency_gap: Option<RawGap>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: String,
    kind: String,
    #[serde(default)]
    also: Vec<String>,
    name: String,
    organisation: String,
    url: Option<String>,
    phone: Option<String>,
    phone_display: Option<String>,
    e164: Option<String>,
    #[serde(default)]
    sms_only: bool,
    audience: String,
    min_age: Option<u8>,
    max_age: Option<u8>,
    #[serde(default)]
    adult_images_only: bool,
    #[serde(default)]
    from_abroad: bool,
    #[serde(default)]
    bystanders: bool,
    anonymous: Option<bool>,
    hours: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    to_confirm: Option<String>,
    notes: Option<String>,
    source: Option<String>,
    verified: Option<toml::value::Datetime>,
    confidence: Option<String>,
    confidence_note: Option<String>,
    evidence: Option<RawEvidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGap {
    instruction: String,
    source: Option<String>,
    verified: Option<toml::value::Datetime>,
    confidence: Option<String>,
    confidence_note: Option<String>,
}

/// Reads and checks every file under `directory/` and builds the [`Directory`]; `None` after
/// any fault. Warnings (things to confirm) never stop start-up.
pub(super) fn load_directory(
    source: &ConfigSource,
    errors: &mut Vec<Issue>,
    warnings: &mut Vec<Issue>,
) -> Option<Directory> {
    let files = source
        .files("directory", ".toml")
        .map_err(|e| errors.push(e))
        .ok()?;
    let before = errors.len();
    let mut countries = Vec::new();
    let mut global = None;
    for (name, text) in files {
        let mut check = FileCheck {
            file: format!("directory/{name}"),
            errors,
            warnings,
        };
        let Some((listing, services, gap)) = check.country_file(name.trim_end_matches(".toml"), &text) else {
            continue;
        };
        match listing {
            Listing::Global => {
                if gap.is_some() {
                    check.error("emergency_gap", "belongs to a country file, not global.toml");
                }
                global = Some(services);
            }
            Listing::Country(country) => countries.push(CountryServices {
                country,
                services,
                emergency_gap: gap,
            }),
        }
    }
    let Some(global) = global else {
        errors.push(Issue::new(
            "directory/global.toml",
            "",
            "missing: the services usable from anywhere fill every role a country lacks",
        ));
        return None;
    };
    if errors.len() > before {
        return None;
    }
    Directory::build(countries, global)
        .map_err(|found| errors.extend(found.into_iter().map(|e| directory_issue(&e))))
        .ok()
}

/// A whole-directory fault, reported against the file of the listing it is about.
fn directory_issue(error: &DirectoryError) -> Issue {
    let listing = match error {
        DirectoryError::DuplicateId { listing, .. }
        | DirectoryError::IdPrefix { listing, .. }
        | DirectoryError::Unreachable { listing, .. } => *listing,
        DirectoryError::GlobalEmergency { .. } => Listing::Global,
        DirectoryError::DuplicateCountry(c) | DirectoryError::GapBesideNumbers(c) => Listing::Country(*c),
    };
    Issue::new(&format!("directory/{listing}.toml"), "service", error.to_string())
}

/// Collects faults for one file, keyed by service.
struct FileCheck<'a> {
    file: String,
    errors: &'a mut Vec<Issue>,
    warnings: &'a mut Vec<Issue>,
}

impl FileCheck<'_> {
    fn error(&mut self, key: &str, message: impl Into<String>) {
        self.errors.push(Issue::new(&self.file, key, message));
    }

    fn warn(&mut self, key: &str, message: impl Into<String>) {
        self.warnings.push(Issue::new(&self.file, key, message));
    }

    /// One file, named `stem.toml`: its listing, services and emergency gap. `None` when the
    /// file cannot be read as TOML or is not named for a country.
    fn country_file(
        &mut self,
        stem: &str,
        text: &str,
    ) -> Option<(Listing, Vec<Service>, Option<EmergencyGap>)> {
        let raw: CountryFile = toml::from_str(text)
            .map_err(|e| self.errors.push(Issue::toml(&self.file, text, &e)))
            .ok()?;
        let listing = self.listing(stem, raw.country.as_deref())?;
        let services = raw
            .service
            .into_iter()
            .enumerate()
            .filter_map(|(n, s)| self.service(n, s))
            .collect();
        let gap = raw.emergency_gap.and_then(|g| {
            let provenance = self.provenance(
                "emergency_gap",
                g.source,
                g.verified,
                g.confidence,
                g.confidence_note,
            )?;
            Some(EmergencyGap {
                instruction: g.instruction,
                provenance,
            })
        });
        Some((listing, services, gap))
    }

    /// What the file lists, from its name; its `country` key must agree. `None` when the name
    /// is neither `global` nor a lower-case country code.
    fn listing(&mut self, stem: &str, declared: Option<&str>) -> Option<Listing> {
        if stem == "global" {
            if declared.is_some() {
                self.error(
                    "country",
                    "global.toml lists services usable from anywhere and has no country key",
                );
            }
            return Some(Listing::Global);
        }
        let code = match CountryCode::parse(stem) {
            Err(e) => {
                self.error(
                    "",
                    format!("the file name must be a country code in lower case or \"global\": {e}"),
                );
                return None;
            }
            Ok(code) => code,
        };
        let lower = code.as_str().to_ascii_lowercase();
        if stem != lower {
            self.error("", format!("the file name must be lower case: {lower}.toml"));
            return None;
        }
        match declared.map(CountryCode::parse) {
            Some(Ok(declared)) if declared == code => {}
            Some(Ok(declared)) => self.error(
                "country",
                format!("says {declared} but the file is named for {code}"),
            ),
            Some(Err(e)) => self.error("country", e.to_string()),
            None => self.error("country", format!("missing: add country = \"{code}\"")),
        }
        Some(Listing::Country(code))
    }

    /// Where, when and how surely a fact was read: all three are required.
    fn provenance(
        &mut self,
        at: &str,
        source: Option<String>,
        verified: Option<toml::value::Datetime>,
        confidence: Option<String>,
        note: Option<String>,
    ) -> Option<Provenance> {
        let source = match source {
            Some(s) if !s.trim().is_empty() => Some(s),
            _ => {
                self.error(
                    &format!("{at}.source"),
                    "missing: every fact must name the page it was read on",
                );
                None
            }
        };
        let verified = self.verified(at, verified);
        let confidence = self.confidence(at, confidence.as_deref(), note);
        Some(Provenance {
            source: source?,
            verified: verified?,
            confidence: confidence?,
        })
    }

    /// `verified`, a plain calendar date.
    fn verified(&mut self, at: &str, verified: Option<toml::value::Datetime>) -> Option<time::Date> {
        let key = format!("{at}.verified");
        let Some(date) = verified else {
            self.error(
                &key,
                "missing: the date the fact was taken from the reference, as YYYY-MM-DD",
            );
            return None;
        };
        let (Some(d), None) = (date.date, date.time) else {
            self.error(&key, format!("{date} must be a plain date such as 2026-11-28"));
            return None;
        };
        time::Month::try_from(d.month)
            .ok()
            .and_then(|month| time::Date::from_calendar_date(i32::from(d.year), month, d.day).ok())
            .or_else(|| {
                self.error(&key, format!("{date} is not a calendar date"));
                None
            })
    }

    /// `confidence`, with the note a conflict needs.
    fn confidence(&mut self, at: &str, confidence: Option<&str>, note: Option<String>) -> Option<Confidence> {
        match (confidence, note) {
            (Some("own-site"), _) => Some(Confidence::OwnSite),
            (Some("third-party"), _) => Some(Confidence::ThirdParty),
            (Some("conflict"), Some(note)) if !note.trim().is_empty() => Some(Confidence::Conflict { note }),
            (Some("conflict"), _) => {
                self.error(
                    &format!("{at}.confidence_note"),
                    "required with confidence = \"conflict\": say what the sources disagree about",
                );
                None
            }
            (Some(other), _) => {
                self.error(
                    &format!("{at}.confidence"),
                    format!("{other:?} is not one of own-site, third-party, conflict"),
                );
                None
            }
            (None, _) => {
                self.error(
                    &format!("{at}.confidence"),
                    "missing: own-site, third-party or conflict, as the reference gives it",
                );
                None
            }
        }
    }

    /// One `[[service]]`: every field checked, so all its faults are reported together.
    fn service(&mut self, n: usize, raw: RawService) -> Option<Service> {
        let at = format!("service[{n}] ({})", raw.id);
        let id = ServiceId::parse(&raw.id)
            .map_err(|e| self.error(&format!("{at}.id"), e.to_string()))
            .ok();
        let kind = self.role(&format!("{at}.kind"), &raw.kind);
        let also: Vec<Role> = raw
            .also
            .iter()
            .filter_map(|r| self.role(&format!("{at}.also"), r))
            .collect();
        let url = raw.url.as_deref().and_then(|u| self.url(&at, u));
        let (phone, e164) = self.phones(&at, raw.phone.as_deref(), raw.e164.as_deref());
        let audience = raw
            .audience
            .parse::<Audience>()
            .map_err(|e| self.error(&format!("{at}.audience"), e.to_string()))
            .ok();
        self.descriptions(&at, &raw);
        let evidence = evidence::check(
            raw.evidence,
            &Facts {
                phone: phone.as_ref(),
                e164: e164.as_ref(),
                url: url.as_ref(),
                also: &also,
            },
        )
        .map_err(|faults| {
            for (key, message) in faults {
                self.error(&format!("{at}.{key}"), message);
            }
        })
        .ok();
        let provenance = self.provenance(&at, raw.source, raw.verified, raw.confidence, raw.confidence_note);
        Some(Service {
            id: id?,
            kind: kind?,
            also,
            name: raw.name,
            organisation: raw.organisation,
            url,
            phone,
            phone_display: raw.phone_display,
            e164,
            sms_only: raw.sms_only,
            audience: audience?,
            min_age: raw.min_age,
            max_age: raw.max_age,
            adult_images_only: raw.adult_images_only,
            from_abroad: raw.from_abroad,
            bystanders: raw.bystanders,
            anonymous: raw.anonymous,
            hours: raw.hours,
            languages: raw.languages,
            notes: raw.notes,
            provenance: provenance?,
            evidence: evidence?,
        })
    }

    fn role(&mut self, key: &str, text: &str) -> Option<Role> {
        match text.parse::<Role>() {
            Ok(Role::Platform) => {
                self.error(
                    key,
                    "\"platform\" is filled from platforms.toml, never by a directory service".to_owned(),
                );
                None
            }
            Ok(role) => Some(role),
            Err(e) => {
                self.error(key, e.to_string());
                None
            }
        }
    }

    /// `url`; an http:// address is kept, with a warning to confirm it.
    fn url(&mut self, at: &str, text: &str) -> Option<WebAddress> {
        match WebAddress::parse(text) {
            Ok(url) => {
                if !url.is_https() {
                    self.warn(&format!("{at}.url"), format!("{url} is not https; the reference has only this address, so confirm it on the live site"));
                }
                Some(url)
            }
            Err(e) => {
                self.error(&format!("{at}.url"), e.to_string());
                None
            }
        }
    }

    /// `phone` and `e164`, with a warning when they look like different numbers.
    fn phones(
        &mut self,
        at: &str,
        phone: Option<&str>,
        e164: Option<&str>,
    ) -> (Option<PhoneNumber>, Option<E164>) {
        let phone = phone.and_then(|p| {
            PhoneNumber::parse(p)
                .map_err(|e| self.error(&format!("{at}.phone"), e.to_string()))
                .ok()
        });
        let e164 = e164.and_then(|p| {
            E164::parse(p)
                .map_err(|e| self.error(&format!("{at}.e164"), e.to_string()))
                .ok()
        });
        if let (Some(phone), Some(e164)) = (&phone, &e164) {
            let national = phone.dialled().trim_start_matches('+').trim_start_matches('0');
            if !e164.as_str().ends_with(national) {
                self.warn(
                    &format!("{at}.e164"),
                    format!(
                        "{e164} does not end with the digits of phone {phone}; check they are the same number"
                    ),
                );
            }
        }
        (phone, e164)
    }

    /// The ages, names and languages a person reads, and the note of what is still to confirm.
    fn descriptions(&mut self, at: &str, raw: &RawService) {
        if let (Some(min), Some(max)) = (raw.min_age, raw.max_age)
            && min > max
        {
            self.error(
                &format!("{at}.min_age"),
                format!("min_age {min} is above max_age {max}"),
            );
        }
        for (key, value) in [("name", &raw.name), ("organisation", &raw.organisation)] {
            if value.trim().is_empty() {
                self.error(&format!("{at}.{key}"), "must not be empty");
            }
        }
        for language in &raw.languages {
            if language.len() != 2 || !language.bytes().all(|b| b.is_ascii_lowercase()) {
                self.error(
                    &format!("{at}.languages"),
                    format!("{language:?} is not a two-letter ISO 639-1 code"),
                );
            }
        }
        if let Some(what) = &raw.to_confirm {
            self.warn(&format!("{at}.to_confirm"), what.clone());
        }
    }
}
