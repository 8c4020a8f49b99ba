//! The `signpost` command line: `serve` (the default), `check` and `route`.

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::config::{self, ConfigSource, Issue, Loaded, LogFormat};
use crate::routing::directory::{Confidence, Listing, Role};
use crate::routing::{Concern, ConcernKind, CountryCode, Reporter, Router, Urgency};
use crate::view::PlanView;
use crate::view::json::PlanResponse;

/// Sends a person worried about a child's safety online to the right official hotline.
#[derive(Debug, Parser)]
#[command(name = "signpost", about)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Print the version and the date of the bundled directory's data.
    #[arg(short = 'V', long)]
    version: bool,
    /// How `serve` writes its log lines: text or json (overrides [logs] format).
    #[arg(long, global = true, value_parser = |s: &str| s.parse::<LogFormat>())]
    log_format: Option<LogFormat>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the pages and the JSON API (the default).
    Serve {
        /// Address to listen on, overriding signpost.toml (e.g. 127.0.0.1:8080).
        #[arg(long)]
        listen: Option<SocketAddr>,
        /// Configuration folder laid out like config/; without it, the bundled one.
        #[arg(long, value_parser = parse_folder)]
        config: Option<PathBuf>,
    },
    /// Check the whole configuration and print its coverage.
    Check {
        /// Configuration folder laid out like config/; without it, the bundled one.
        #[arg(long, value_parser = parse_folder)]
        config: Option<PathBuf>,
        /// Also list the entries to confirm: not verified within this window (e.g. 6m, 1y,
        /// 90d, 2w) or not confirmed on the service's own site.
        #[arg(long, value_parser = StaleWindow::parse)]
        stale: Option<StaleWindow>,
    },
    /// Print the plan for one set of answers.
    Route {
        /// Where the person is: ISO 3166-1 alpha-2 code, e.g. GB.
        #[arg(long, value_parser = |s: &str| CountryCode::parse(s))]
        country: CountryCode,
        /// "child" (under 18) or "adult".
        #[arg(long, value_parser = |s: &str| s.parse::<Reporter>())]
        reporter: Reporter,
        /// What worries them.
        #[arg(long, value_parser = |s: &str| s.parse::<ConcernKind>())]
        concern: ConcernKind,
        /// A child is in danger right now.
        #[arg(long)]
        danger: bool,
        /// Print JSON, as the API returns it.
        #[arg(long)]
        json: bool,
        /// Configuration folder laid out like config/; without it, the bundled one.
        #[arg(long, value_parser = parse_folder)]
        config: Option<PathBuf>,
    },
}

fn parse_folder(text: &str) -> Result<PathBuf, config::ConfigFolderError> {
    config::config_folder(std::path::Path::new(text))
}

/// Runs the command line. Exit codes: 0 success, 1 configuration errors, 2 bad arguments.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if cli.version {
        print!("{}", version_text());
        return ExitCode::SUCCESS;
    }
    match cli.command.unwrap_or(Command::Serve {
        listen: None,
        config: None,
    }) {
        Command::Serve { listen, config } => serve(listen, ConfigSource::from_option(config), cli.log_format),
        Command::Check { config, stale } => check(&ConfigSource::from_option(config), stale),
        Command::Route {
            country,
            reporter,
            concern,
            danger,
            json,
            config,
        } => {
            let Some(loaded) = load_or_report(&ConfigSource::from_option(config)) else {
                return ExitCode::from(1);
            };
            let concern = Concern {
                country,
                reporter,
                kind: concern,
                urgency: Urgency::from_danger(danger),
            };
            let plan = loaded.router.route(&concern);
            let words = loaded.settings.pages.catalogs.words(crate::i18n::Locale::SOURCE);
            let view = PlanView::new(words, &plan);
            if json {
                let response = PlanResponse::new(view);
                println!(
                    "{}",
                    serde_json::to_string_pretty(&response).expect("BUG: a plan always serialises")
                );
            } else {
                print!("{}", plan_as_text(&view));
            }
            ExitCode::SUCCESS
        }
    }
}

fn load_or_report(source: &ConfigSource) -> Option<Loaded> {
    match config::load(source, std::env::vars()) {
        Ok(loaded) => Some(loaded),
        Err(e) => {
            eprintln!("{e}");
            None
        }
    }
}

fn serve(listen: Option<SocketAddr>, source: ConfigSource, log_format: Option<LogFormat>) -> ExitCode {
    let Some(mut loaded) = load_or_report(&source) else {
        return ExitCode::from(1);
    };
    start_logs(log_format.unwrap_or(loaded.settings.logs.format));
    if let Some(listen) = listen {
        loaded.settings.server.listen = listen;
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let result = runtime.block_on(async move {
        let app = crate::app::App::build(loaded.settings, Arc::new(loaded.router)).await?;
        let from = crate::reload::ReloadSource {
            source: source.clone(),
            listen,
        };
        tokio::spawn(crate::reload::on_hangup(app.live(), from));
        let admin = app.admin_addr().map(|a| a.to_string()).unwrap_or_else(|| "off".to_owned());
        tracing::info!(address = %app.local_addr()?, metrics = admin, config = %source, "Signpost is serving");
        app.run_until(crate::app::shutdown_signal()).await
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Signpost stopped: {e}");
            ExitCode::from(1)
        }
    }
}

/// Starts the log subscriber. Both formats carry the same fields; `RUST_LOG` picks the level.
fn start_logs(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info".into())
        // axum logs extractor rejections with serde's message, which can echo input.
        .add_directive("axum::rejection=off".parse().expect("BUG: a valid directive"));
    match format {
        LogFormat::Text => tracing_subscriber::fmt()
            .with_ansi(false)
            .event_format(crate::logline::LogLine)
            .with_env_filter(filter)
            .init(),
        LogFormat::Json => tracing_subscriber::fmt()
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .with_env_filter(filter)
            .init(),
    }
}

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
    let mut old = 0;
    let mut unconfirmed = 0;
    for (listing, service) in router.directory().services() {
        let provenance = &service.provenance;
        let too_old = provenance.verified < cutoff;
        let not_own_site = provenance.confidence != Confidence::OwnSite;
        if !too_old && !not_own_site {
            continue;
        }
        old += usize::from(too_old);
        unconfirmed += usize::from(not_own_site);
        let mut reasons = Vec::new();
        if too_old {
            reasons.push(format!("verified {}", provenance.verified));
        }
        if not_own_site {
            reasons.push(provenance.confidence.as_str().to_owned());
        }
        let _ = writeln!(
            out,
            "  {listing}/{} ({}): {}",
            service.id,
            service.name,
            reasons.join(", ")
        );
    }
    format!(
        "to confirm: {old} not verified since {cutoff}, {unconfirmed} not confirmed on the service's own site\n{out}"
    )
}

fn check(source: &ConfigSource, stale: Option<StaleWindow>) -> ExitCode {
    match config::load(source, std::env::vars()) {
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
        Ok(loaded) => {
            let today = time::OffsetDateTime::now_utc().date();
            print!("{}", coverage_report(&loaded.router, &loaded.warnings, today));
            print!("{}", catalog_report(&loaded.settings.pages.catalogs));
            println!("{}", mail_summary(loaded.settings.mail.as_ref()));
            if let Some(window) = stale {
                print!("{}", stale_report(&loaded.router, window, today));
            }
            let keys = loaded
                .settings
                .mail
                .as_ref()
                .map(|mail| crate::mail::keys::KeyFindings::of(mail, std::time::SystemTime::now()))
                .unwrap_or_default();
            for warning in &keys.warnings {
                println!("warning: {warning}");
            }
            for error in &keys.errors {
                eprintln!("error: {error}");
            }
            if keys.errors.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
    }
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
            "  {:<6} {:<12} {}/{} messages ({percent}%), {}, {}",
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
    let services: Vec<_> = directory.services().collect();
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
    let global = services.iter().filter(|(l, _)| *l == Listing::Global).count();
    let _ = writeln!(
        out,
        "configuration OK: {} services in {} country files and global.toml ({global} global)",
        services.len(),
        countries.len()
    );
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
        "  countries without a file use the global services and say to call the local emergency number"
    );
    let _ = writeln!(
        out,
        "confidence: {} own-site, {third_party} third-party, {conflicts} conflict (confirm these on the live sites)",
        services.len() - third_party - conflicts
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
    out
}
