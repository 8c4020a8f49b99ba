//! The `evidence` of a directory entry: for each fact it gives (its phone number, its web
//! address), the words of a source that state it, where they were read and when; or
//! `evidence = "missing"` for rows carried over from the seed tables without an excerpt.
//!
//! The check is mechanical, so a reviewer can trust it: a phone number's digits must appear
//! in its excerpt (or its E.164 form's digits), and a web address's host must appear in its
//! excerpt or in the address it was read at. An excerpt is at most 300 characters.
//!
//! A service with more than one role (a police portal that takes several kinds of report)
//! may back each extra role with `fact = "role"` and `role = "<role>"`: the words of a source
//! saying it takes that kind of report. The role must be one the service lists in `also`.

use serde::Deserialize;

use crate::routing::directory::{Evidence, Excerpt, FactEvidence, Role};
use crate::routing::phone::{E164, PhoneNumber, WebAddress};

/// Longest excerpt, in characters: enough to state a fact, short enough to be a quotation.
pub const MAX_EXCERPT_CHARS: usize = 300;

/// `evidence` as written: `"missing"`, or one table per fact.
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawEvidence {
    /// `evidence = "missing"`.
    Marker(String),
    /// `[[service.evidence]]` tables.
    Facts(Vec<RawFact>),
}

/// One `[[service.evidence]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFact {
    fact: String,
    role: Option<String>,
    #[serde(default)]
    missing: bool,
    excerpt: Option<String>,
    source: Option<String>,
    read: Option<toml::value::Datetime>,
}

/// What a service gives that evidence must back.
pub(super) struct Facts<'a> {
    pub(super) phone: Option<&'a PhoneNumber>,
    pub(super) e164: Option<&'a E164>,
    pub(super) url: Option<&'a WebAddress>,
    /// The roles it takes beyond its kind (`also`).
    pub(super) also: &'a [Role],
}

/// Checks a service's evidence against its facts; every fault is returned as (key, message).
pub(super) fn check(raw: Option<RawEvidence>, facts: &Facts<'_>) -> Result<Evidence, Vec<(String, String)>> {
    let mut faults = Vec::new();
    let mut fault = |key: &str, message: String| faults.push((key.to_owned(), message));
    let mut evidence = Evidence::default();
    match raw {
        None => fault(
            "evidence",
            "missing: add [[service.evidence]] for the phone number and web address (a verbatim \
             excerpt, its source and the date read), or evidence = \"missing\" for a row carried \
             over without one"
                .to_owned(),
        ),
        Some(RawEvidence::Marker(marker)) if marker == "missing" => {
            evidence.phone = facts.phone.map(|_| FactEvidence::Missing);
            evidence.url = facts.url.map(|_| FactEvidence::Missing);
        }
        Some(RawEvidence::Marker(other)) => fault(
            "evidence",
            format!("{other:?} is not evidence: use [[service.evidence]] tables, or \"missing\""),
        ),
        Some(RawEvidence::Facts(list)) => {
            for (n, raw) in list.into_iter().enumerate() {
                let key = format!("evidence[{n}]");
                if raw.fact == "role" {
                    match role_fact(raw, facts.also) {
                        Ok((role, _)) if evidence.roles.iter().any(|(r, _)| *r == role) => {
                            fault(&key, format!("role {role} has evidence twice: keep one"));
                        }
                        Ok(found) => evidence.roles.push(found),
                        Err(message) => fault(&key, message),
                    }
                    continue;
                }
                match fact(raw, facts) {
                    Ok(("phone", found)) if evidence.phone.is_none() => evidence.phone = Some(found),
                    Ok(("url", found)) if evidence.url.is_none() => evidence.url = Some(found),
                    Ok((name, _)) => fault(&key, format!("{name} has evidence twice: keep one")),
                    Err(message) => fault(&key, message),
                }
            }
            for (name, given, backed) in [
                ("phone", facts.phone.is_some(), evidence.phone.is_some()),
                ("url", facts.url.is_some(), evidence.url.is_some()),
            ] {
                if given && !backed {
                    fault(
                        "evidence",
                        format!(
                            "the {name} has no evidence: add it, or a table with fact = \"{name}\" and missing = true"
                        ),
                    );
                }
            }
        }
    }
    if faults.is_empty() {
        Ok(evidence)
    } else {
        Err(faults)
    }
}

/// One fact's evidence, checked against what the service gives.
fn fact(raw: RawFact, facts: &Facts<'_>) -> Result<(&'static str, FactEvidence), String> {
    let name = match raw.fact.as_str() {
        "phone" if facts.phone.is_some() => "phone",
        "url" if facts.url.is_some() => "url",
        "phone" | "url" => return Err(format!("the service gives no {}: remove this evidence", raw.fact)),
        other => return Err(format!("fact = {other:?}: use \"phone\", \"url\" or \"role\"")),
    };
    if raw.role.is_some() {
        return Err("role belongs only to fact = \"role\": remove it".to_owned());
    }
    if raw.missing {
        return match (raw.excerpt, raw.source, raw.read) {
            (None, None, None) => Ok((name, FactEvidence::Missing)),
            _ => Err("missing = true and an excerpt together: keep one".to_owned()),
        };
    }
    let (text, source, read) = quotation(raw.excerpt, raw.source, raw.read)?;
    let states_it = match name {
        "phone" => states_phone(&text, facts.phone, facts.e164),
        _ => facts.url.is_some_and(|url| states_host(&text, &source, url)),
    };
    if !states_it {
        return Err(match name {
            "phone" => {
                "the excerpt does not contain the phone number's digits: quote the words that state it"
                    .to_owned()
            }
            _ => "neither the excerpt nor its source address names the web address's host".to_owned(),
        });
    }
    Ok((name, FactEvidence::Excerpt(Excerpt { text, source, read })))
}

/// The evidence that a service takes a kind of report beyond its own kind.
fn role_fact(raw: RawFact, also: &[Role]) -> Result<(Role, Excerpt), String> {
    let Some(name) = raw.role else {
        return Err("fact = \"role\" needs role = the role the excerpt backs".to_owned());
    };
    let role: Role = name.parse().map_err(|e| format!("role: {e}"))?;
    if !also.contains(&role) {
        return Err(format!(
            "role {role} is not among the service's roles: add it to also, or remove this evidence"
        ));
    }
    if raw.missing {
        return Err("a role needs the words that back it: missing = true is for phone and url".to_owned());
    }
    let (text, source, read) = quotation(raw.excerpt, raw.source, raw.read)?;
    Ok((role, Excerpt { text, source, read }))
}

/// An excerpt, its source and the plain date it was read, all required.
fn quotation(
    excerpt: Option<String>,
    source: Option<String>,
    read: Option<toml::value::Datetime>,
) -> Result<(String, String, time::Date), String> {
    let (Some(text), Some(source), Some(read)) = (excerpt, source, read) else {
        return Err("excerpt, source and read (YYYY-MM-DD) are all required".to_owned());
    };
    let read = match (read.date, read.time, read.offset) {
        (Some(d), None, None) => time::Date::from_calendar_date(
            i32::from(d.year),
            time::Month::try_from(d.month).map_err(|e| e.to_string())?,
            d.day,
        )
        .map_err(|e| e.to_string())?,
        _ => return Err("read must be a plain date, YYYY-MM-DD".to_owned()),
    };
    if text.trim().is_empty() || text.chars().count() > MAX_EXCERPT_CHARS {
        return Err(format!(
            "the excerpt must be 1 to {MAX_EXCERPT_CHARS} characters of the source, verbatim"
        ));
    }
    Ok((text, source, read))
}

/// Whether the excerpt's digits contain the number's, as written or in E.164 form.
fn states_phone(text: &str, phone: Option<&PhoneNumber>, e164: Option<&E164>) -> bool {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let quoted = digits(text);
    [
        phone.map(|p| digits(p.as_written())),
        e164.map(|e| digits(e.as_str())),
    ]
    .into_iter()
    .flatten()
    .any(|number| !number.is_empty() && quoted.contains(&number))
}

/// Whether the excerpt or its source names the address's host (a leading `www.` aside).
pub(super) fn states_host(text: &str, source: &str, url: &WebAddress) -> bool {
    let Some(host) = url::Url::parse(url.as_str())
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
    else {
        return false;
    };
    let host = host.strip_prefix("www.").unwrap_or(&host).to_owned();
    [text, source]
        .iter()
        .any(|s| s.to_ascii_lowercase().contains(&host))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn excerpt(fact: &str, text: &str, source: &str) -> RawFact {
        RawFact {
            fact: fact.to_owned(),
            role: None,
            missing: false,
            excerpt: Some(text.to_owned()),
            source: Some(source.to_owned()),
            read: Some("2026-12-03".parse().unwrap()),
        }
    }

    #[test]
    fn a_number_is_backed_only_by_words_that_contain_its_digits() {
        let phone = PhoneNumber::parse("0808 800 5000").unwrap();
        let e164 = E164::parse("+448088005000").unwrap();
        let facts = Facts {
            phone: Some(&phone),
            e164: Some(&e164),
            url: None,
            also: &[],
        };
        for (text, ok, why) in [
            ("Call our helpline on 0808 800 5000.", true, "as written"),
            ("from abroad: +44 808 800 5000", true, "its E.164 form"),
            ("Call 0808 800 5001.", false, "another number"),
            ("Call our helpline.", false, "no number at all"),
        ] {
            let result = check(
                Some(RawEvidence::Facts(vec![excerpt(
                    "phone",
                    text,
                    "https://www.nspcc.org.uk/",
                )])),
                &facts,
            );
            assert_eq!(result.is_ok(), ok, "{why}: {result:?}");
        }
    }

    #[test]
    fn an_address_is_backed_by_its_host_in_the_words_or_the_source() {
        let url = WebAddress::parse("https://www.iwf.org.uk/report").unwrap();
        let facts = Facts {
            phone: None,
            e164: None,
            url: Some(&url),
            also: &[],
        };
        for (text, source, ok) in [
            ("Report it at iwf.org.uk/report", "https://example.org/", true),
            ("Report images anonymously.", "https://www.iwf.org.uk/faqs/", true),
            ("Report images anonymously.", "https://example.org/", false),
        ] {
            let result = check(
                Some(RawEvidence::Facts(vec![excerpt("url", text, source)])),
                &facts,
            );
            assert_eq!(result.is_ok(), ok, "{text} / {source}");
        }
        assert!(check(Some(RawEvidence::Marker("missing".to_owned())), &facts).is_ok());
        assert!(
            check(None, &facts).is_err(),
            "evidence must be given or marked missing"
        );
        assert!(
            check(Some(RawEvidence::Facts(Vec::new())), &facts).is_err(),
            "the url is unbacked"
        );
    }
}
