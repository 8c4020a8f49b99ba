//! What `signpost check` and `signpost --version` print, and the plan as text for
//! `signpost route`: plain reports for operators, built from the checked configuration.

use std::fmt::Write as _;

use crate::config::{self, ConfigSource, Issue};
use crate::routing::directory::{Confidence, Listing, Role};
use crate::routing::{Concern, ConcernKind, CountryCode, Coverage, Reporter, Router, Urgency};
use crate::view::PlanView;

/// What `signpost --version` prints: the version, and how fresh the bundled directory is.
pub fn version_text() -> String {
    let mut out = format!("signpost {}\n", env!("CARGO_PKG_VERSION"));
    if let Ok(loaded) = config::load(&ConfigSource::Bundled, std::iter::empty()) {
        let dates: Vec<time::Date> = loaded
            .router
            .directory()
            .services()
            .map(|(_, s)| s.provenance.verified)
            .collect();
        if let (Some(newest), Some(oldest)) = (dates.iter().max(), dates.iter().min()) {
            let _ = writeln!(
                out,
                "directory data date {newest} (the newest verified date of its {} entries; the oldest is {oldest})",
                dates.len()
            );
        }
    }
    out
}

/// The plan as plain text, for the terminal.
pub fn plan_as_text(view: &PlanView<'_>) -> String {
    let concern = view.concern;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Plan for a{} {} in {} ({}) worried about: {}{}",
        if concern.reporter == Reporter::Adult {
            "n"
        } else {
            ""
        },
        concern.reporter,
        view.country_name,
        concern.country,
        view.concern_label,
        if view.danger {
            " — a child is in danger right now"
        } else {
            ""
        },
    );
    let _ = writeln!(out, "Coverage: {} (rule {})\n", view.coverage.as_str(), view.rule);
    for step in &view.steps {
        let _ = writeln!(out, "{}. [{}] {}", step.number, step.role, step.why);
        if let Some(instruction) = &step.instruction {
            let _ = writeln!(out, "   {instruction}");
        }
        if let Some(platform) = &step.platform {
            let _ = writeln!(out, "   {}", step.heading);
            let _ = writeln!(out, "      report: {}", platform.report_url);
            if let Some(in_app) = platform.in_app {
                let _ = writeln!(out, "      in the app: {in_app}");
            }
            for line in platform
                .passes_to
                .iter()
                .chain(&platform.account)
                .chain(&platform.advice)
            {
                let _ = writeln!(out, "      - {line}");
            }
            let _ = writeln!(
                out,
                "      read {} ({})",
                platform.platform.evidence.read, platform.platform.confidence
            );
        }
        for (i, service) in step.services.iter().enumerate() {
            let lead = if i == 0 { "   " } else { "   or: " };
            let _ = writeln!(out, "{lead}{} — {}", service.name, service.organisation);
            if let Some(phone) = service.phone_as_shown {
                let _ = writeln!(out, "      phone: {phone}");
            }
            if let Some(url) = service.url {
                let _ = writeln!(out, "      web:   {url}");
            }
            let provenance = &service.service.provenance;
            let _ = writeln!(
                out,
                "      verified {} ({})",
                provenance.verified,
                provenance.confidence.as_str()
            );
        }
        let _ = writeln!(
            out,
            "   chosen by rule {} ({})\n",
            step.rule,
            step.coverage.as_str()
        );
    }
    let _ = writeln!(out, "What to do and not do:");
    for line in &view.advice {
        let _ = writeln!(out, " - {line}");
    }
    out
}

/// How old a fact may be before it should be confirmed again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StaleWindow {
    days: i64,
}

/// Why `--stale` was refused; each holds the text given.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StaleWindowError {
    /// The part before the unit is not a whole number.
    #[error("{0:?}: write a number and a unit, such as 6m, 1y, 90d or 2w")]
    NoNumber(String),
    /// The last letter is not d, w, m or y.
    #[error("{0:?}: the unit must be d, w, m or y")]
    UnknownUnit(String),
    /// Zero or negative.
    #[error("{0:?}: the window must be longer than zero")]
    NotPositive(String),
}

impl StaleWindow {
    /// Parses `6m`, `1y`, `90d` or `2w` (months count as 30 days, years as 365).
    pub fn parse(text: &str) -> Result<StaleWindow, StaleWindowError> {
        let text = text.trim();
        let (number, unit) = text.split_at(text.len().saturating_sub(1));
        let count: i64 = number
            .parse()
            .map_err(|_| StaleWindowError::NoNumber(text.to_owned()))?;
        let days = match unit {
            "d" => count,
            "w" => count * 7,
            "m" => count * 30,
            "y" => count * 365,
            _ => return Err(StaleWindowError::UnknownUnit(text.to_owned())),
        };
        if days <= 0 {
            return Err(StaleWindowError::NotPositive(text.to_owned()));
        }
        Ok(StaleWindow { days })
    }
}

/// The entries to confirm: verified before `today - window`, or not confirmed on the
/// service's own site, one line each.
pub fn stale_report(router: &Router, window: StaleWindow, today: time::Date) -> String {
    let cutoff = today - time::Duration::days(window.days);
    let mut out = String::new();
    let (mut old, mut unconfirmed, mut unevidenced) = (0, 0, 0);
    for (listing, service) in router.directory().services() {
        let provenance = &service.provenance;
        let too_old = provenance.verified < cutoff;
        let not_own_site = provenance.confidence != Confidence::OwnSite;
        let missing: Vec<&str> = service.evidence.missing().collect();
        if !too_old && !not_own_site && missing.is_empty() {
            continue;
        }
        old += usize::from(too_old);
        unconfirmed += usize::from(not_own_site);
        unevidenced += usize::from(!missing.is_empty());
        let mut reasons = Vec::new();
        if too_old {
            reasons.push(format!("verified {}", provenance.verified));
        }
        if not_own_site {
            reasons.push(provenance.confidence.as_str().to_owned());
        }
        if !missing.is_empty() {
            reasons.push(format!("no excerpt for its {}", missing.join(" and ")));
        }
        let _ = writeln!(
            out,
            "  {listing}/{} ({}): {}",
            service.id,
            service.name,
            reasons.join(", ")
        );
    }
    let platforms: Vec<String> = router
        .platforms()
        .all()
        .filter(|(_, p)| p.evidence.read < cutoff)
        .map(|(_, p)| format!("  platforms/{} ({}): read {}\n", p.id, p.name, p.evidence.read))
        .collect();
    format!(
        "to confirm: {old} not verified since {cutoff}, {unconfirmed} not confirmed on the service's own site, {unevidenced} without a source's words for a number or address (evidence = \"missing\")\n{out}\
         platforms to confirm: {} of {} not read since {cutoff}\n{}",
        platforms.len(),
        router.platforms().len(),
        platforms.concat()
    )
}

/// How complete each language's catalog is, and whether it is offered and reviewed: one line
/// per locale, then the ids each incomplete one lacks (at most ten each).
pub fn catalog_report(catalogs: &crate::i18n::Catalogs) -> String {
    let mut out = String::from("languages:\n");
    for (at, completeness) in catalogs.completeness().iter().enumerate() {
        let catalog = &catalogs.all()[at];
        let offered = catalogs
            .offered()
            .iter()
            .any(|l| catalogs.catalog(*l).tag() == catalog.tag());
        let percent = completeness.translated * 100 / completeness.total.max(1);
        let _ = writeln!(
            out,
            "  {:<8} {:<20} {}/{} messages ({percent}%), {}, {}",
            completeness.tag,
            catalog.name(),
            completeness.translated,
            completeness.total,
            if completeness.reviewed {
                "reviewed"
            } else {
                "not yet reviewed by a native speaker"
            },
            if offered { "offered" } else { "not offered" },
        );
        for id in completeness.missing.iter().take(10) {
            let _ = writeln!(out, "         missing: {id} (en-GB is shown instead)");
        }
        if completeness.missing.len() > 10 {
            let _ = writeln!(out, "         … and {} more", completeness.missing.len() - 10);
        }
    }
    out
}

/// One line on forwarding: off, or where it goes and how it is protected. No secrets.
pub fn mail_summary(mail: Option<&crate::mail::MailSettings>) -> String {
    let Some(mail) = mail else {
        return "mail: off (people are not offered to tell an organisation)".to_owned();
    };
    let security = match mail.relay.security {
        crate::mail::Security::PlainLoopback => "plain text on this machine",
        crate::mail::Security::StartTlsRequired => "STARTTLS required",
        crate::mail::Security::ImplicitTls => "TLS",
    };
    let keys: Vec<String> = mail
        .recipients
        .iter()
        .filter_map(|r| {
            r.key
                .as_ref()
                .map(|k| format!("{} ({})", r.name, k.fingerprint()))
        })
        .collect();
    format!(
        "mail: on for {:?}, relay {}:{} ({security}), {} recipient(s), {} with an OpenPGP key{}{}, login {}",
        mail.organisation,
        mail.relay.host,
        mail.relay.port,
        mail.recipients.len(),
        keys.len(),
        if keys.is_empty() { "" } else { ": " },
        keys.join(", "),
        if mail.credentials.is_some() {
            "from the environment"
        } else {
            "none"
        },
    )
}

/// What `signpost check` prints on success: warnings, then coverage.
pub fn coverage_report(router: &Router, warnings: &[Issue], today: time::Date) -> String {
    let mut out = String::new();
    for warning in warnings {
        let _ = writeln!(out, "warning: {warning}");
    }
    let directory = router.directory();
    let countries: Vec<CountryCode> = directory.countries().collect();
    let services: Vec<_> = directory.services().collect();
    let global = services.iter().filter(|(l, _)| *l == Listing::Global).count();
    let _ = writeln!(
        out,
        "configuration OK: {} services in {} country files and global.toml ({global} global)",
        services.len(),
        countries.len()
    );
    role_coverage(&mut out, router, &countries);
    plan_coverage(&mut out, router);
    provenance(&mut out, &services, today);
    out
}

/// For every concern × reporter without danger, over every ISO country: how many countries'
/// plans have a step of their own country's (a service, the police, or the police door), and
/// which countries have none in any plan. The number that says where the directory is thin.
fn plan_coverage(out: &mut String, router: &Router) {
    let countries = CountryCode::all();
    let mut never_national: Vec<CountryCode> = Vec::new();
    let mut national_by_plan: Vec<(ConcernKind, Reporter, Vec<CountryCode>)> = ConcernKind::ALL
        .iter()
        .flat_map(|kind| {
            Reporter::ALL
                .iter()
                .map(move |reporter| (*kind, *reporter, Vec::new()))
        })
        .collect();
    let mut international_only = 0usize;
    let mut plans_outside_own_thoughts = 0usize;
    for country in &countries {
        let mut any_national = false;
        for (kind, reporter, without) in &mut national_by_plan {
            let plan = router.route(&Concern {
                country: *country,
                kind: *kind,
                reporter: *reporter,
                urgency: Urgency::NotImmediate,
                platform: None,
            });
            let national = plan.steps().iter().any(|s| s.coverage() == Coverage::National);
            any_national |= national;
            if !national {
                without.push(*country);
            }
            if *kind != ConcernKind::OwnThoughts {
                plans_outside_own_thoughts += 1;
                international_only += usize::from(!national);
            }
        }
        if !any_national {
            never_national.push(*country);
        }
    }
    let _ = writeln!(
        out,
        "plans with a step of the country's own, per concern and reporter (no danger, {} countries):",
        countries.len()
    );
    for (kind, reporter, without) in &national_by_plan {
        let _ = writeln!(
            out,
            "  {:<32} {:>3}",
            format!("{kind}/{reporter}"),
            countries.len() - without.len()
        );
    }
    let _ = writeln!(
        out,
        "  plans with only international steps, own thoughts aside: {international_only} of {plans_outside_own_thoughts}"
    );
    let names: Vec<String> = never_national.iter().map(ToString::to_string).collect();
    let _ = writeln!(
        out,
        "  countries with no step of their own in any plan: {}{}{}",
        never_national.len(),
        if names.is_empty() { "" } else { ": " },
        names.join(" ")
    );
}

/// How many countries with a file have a service of their own for each role.
fn role_coverage(out: &mut String, router: &Router, countries: &[CountryCode]) {
    let directory = router.directory();
    let with = |role: Role| {
        countries
            .iter()
            .filter(|c| !directory.national(**c, role).is_empty())
            .count()
    };
    let emergency = countries
        .iter()
        .filter(|c| {
            !matches!(
                directory.emergency(**c),
                crate::routing::directory::EmergencyContact::Unknown
            )
        })
        .count();
    let _ = writeln!(out, "coverage of {} countries with a file:", countries.len());
    let _ = writeln!(
        out,
        "  national CSAM hotline or reporting portal: {}",
        with(Role::CsamHotline)
    );
    let _ = writeln!(out, "  emergency number (or what to do instead):  {emergency}");
    let _ = writeln!(
        out,
        "  child helpline:                            {}",
        with(Role::ChildHelpline)
    );
    let _ = writeln!(
        out,
        "  grooming report line:                      {}",
        with(Role::GroomingReport)
    );
    let _ = writeln!(
        out,
        "  helpline for worried adults:               {}",
        with(Role::AbuseHelpline)
    );
    let _ = writeln!(
        out,
        "  prevention service:                        {}",
        with(Role::Prevention)
    );
    let _ = writeln!(
        out,
        "  police line or reporting portal:           {}",
        with(Role::Police)
    );
    let _ = writeln!(
        out,
        "  countries without a file use the global services and say to call the local emergency number"
    );
}

/// How sure the directory's facts are, and which were verified more than a year ago.
fn provenance(out: &mut String, services: &[(Listing, &crate::routing::Service)], today: time::Date) {
    let conflicts = services
        .iter()
        .filter(|(_, s)| matches!(s.provenance.confidence, Confidence::Conflict { .. }))
        .count();
    let third_party = services
        .iter()
        .filter(|(_, s)| s.provenance.confidence == Confidence::ThirdParty)
        .count();
    let a_year_ago = today.replace_year(today.year() - 1).unwrap_or(today);
    let stale: Vec<String> = services
        .iter()
        .filter(|(_, s)| s.provenance.verified < a_year_ago)
        .map(|(listing, s)| format!("{listing}/{}", s.id))
        .collect();
    let _ = writeln!(
        out,
        "confidence: {} own-site, {third_party} third-party, {conflicts} conflict (confirm these on the live sites)",
        services.len() - third_party - conflicts
    );
    let facts: usize = services
        .iter()
        .map(|(_, s)| usize::from(s.evidence.phone.is_some()) + usize::from(s.evidence.url.is_some()))
        .sum();
    let missing: usize = services.iter().map(|(_, s)| s.evidence.missing().count()).sum();
    let _ = writeln!(
        out,
        "evidence: {} of {facts} phone numbers and addresses carry a source's words; {missing} marked missing (--stale lists them)",
        facts - missing
    );
    let several: Vec<_> = services.iter().filter(|(_, s)| !s.also.is_empty()).collect();
    let backed: usize = several.iter().map(|(_, s)| s.evidence.roles.len()).sum();
    let extra: usize = several.iter().map(|(_, s)| s.also.len()).sum();
    let _ = writeln!(
        out,
        "services with more than one role: {}; {backed} of their {extra} further roles backed by a source's words (the others come from a second table row of the same service)",
        several.len()
    );
    if stale.is_empty() {
        let _ = writeln!(out, "entries verified more than 12 months ago: none");
    } else {
        let _ = writeln!(
            out,
            "entries verified more than 12 months ago ({}): {}",
            stale.len(),
            stale.join(", ")
        );
    }
}
