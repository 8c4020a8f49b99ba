//! Configuration: `signpost.toml` (server settings), `rules.toml`, `directory/*.toml` and the
//! Fluent catalogs in `locales/<locale>/*.ftl`, read from the folder given with `--config` or
//! from the copy compiled into the binary.
//!
//! This is the edge where text becomes domain types. Every fault is collected with the file
//! and key it is in, so `signpost check` can list them all at once; start-up stops on any.

use std::collections::BTreeMap;
use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{Dir, include_dir};
use serde::Deserialize;

use crate::i18n::{self, Catalogs, LocaleFiles};
use crate::mail::pgp::RecipientKey;
use crate::mail::{MailSettings, Recipient, SmtpCredentials, SmtpRelay};
use crate::routing::concern::{ConcernKind, Reporter};
use crate::routing::country::CountryCode;
use crate::routing::directory::{
    Audience, Confidence, CountryServices, Directory, EmergencyGap, Listing, Provenance, Role, Service,
    ServiceId,
};
use crate::routing::phone::{E164, PhoneNumber, WebAddress};
use crate::routing::rules::{Advice, DangerRule, Reach, Rule, Rules, StepRule};
use crate::routing::{Router, rules};

/// The bundled configuration, compiled in so the binary runs anywhere.
static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/config");

/// Prefix of environment variables that override `signpost.toml`: `SIGNPOST_SERVER__LISTEN`.
pub const ENV_PREFIX: &str = "SIGNPOST_";

/// Where configuration is read from.
#[derive(Clone, Debug)]
pub enum ConfigSource {
    /// The copy compiled into the binary.
    Bundled,
    /// A folder on disk laid out like `config/`.
    Folder(PathBuf),
}

impl fmt::Display for ConfigSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigSource::Bundled => f.write_str("the bundled configuration"),
            ConfigSource::Folder(path) => write!(f, "{}", path.display()),
        }
    }
}

impl ConfigSource {
    /// `Bundled` without a folder, else that folder.
    pub fn from_option(folder: Option<PathBuf>) -> Self {
        folder.map_or(ConfigSource::Bundled, ConfigSource::Folder)
    }

    fn read(&self, relative: &str) -> Result<String, Issue> {
        match self {
            ConfigSource::Bundled => BUNDLED
                .get_file(relative)
                .and_then(|f| f.contents_utf8())
                .map(str::to_owned)
                .ok_or_else(|| {
                    Issue::new(relative, "", "the file is missing from the bundled configuration")
                }),
            ConfigSource::Folder(root) => std::fs::read_to_string(root.join(relative)).map_err(|e| {
                Issue::new(
                    relative,
                    "",
                    format!("cannot read {}: {e}", root.join(relative).display()),
                )
            }),
        }
    }

    /// The `*.toml` files under `directory/`, by name, sorted.
    fn directory_files(&self) -> Result<Vec<(String, String)>, Issue> {
        let mut files = Vec::new();
        match self {
            ConfigSource::Bundled => {
                let dir = BUNDLED.get_dir("directory").ok_or_else(|| {
                    Issue::new(
                        "directory/",
                        "",
                        "the bundled configuration has no directory/ folder",
                    )
                })?;
                for file in dir.files() {
                    let name = file
                        .path()
                        .file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or_default()
                        .to_owned();
                    if name.ends_with(".toml") {
                        let text = file
                            .contents_utf8()
                            .ok_or_else(|| Issue::new(&format!("directory/{name}"), "", "not UTF-8"))?;
                        files.push((name, text.to_owned()));
                    }
                }
            }
            ConfigSource::Folder(root) => {
                let folder = root.join("directory");
                let entries = std::fs::read_dir(&folder).map_err(|e| {
                    Issue::new("directory/", "", format!("cannot list {}: {e}", folder.display()))
                })?;
                for entry in entries {
                    let entry = entry.map_err(|e| Issue::new("directory/", "", e.to_string()))?;
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if name.ends_with(".toml") {
                        files.push((name.clone(), self.read(&format!("directory/{name}"))?));
                    }
                }
            }
        }
        files.sort();
        Ok(files)
    }
}

impl ConfigSource {
    /// The files of every `locales/<locale>/` folder: (locale, [(file name, text)]), sorted.
    fn locale_files(&self) -> Result<Vec<LocaleFiles>, Issue> {
        let mut locales = Vec::new();
        match self {
            ConfigSource::Bundled => {
                let dir = BUNDLED.get_dir("locales").ok_or_else(|| {
                    Issue::new("locales/", "", "the bundled configuration has no locales/ folder")
                })?;
                for locale in dir.dirs() {
                    let tag = locale
                        .path()
                        .file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or_default();
                    let mut files = Vec::new();
                    for file in locale.files() {
                        let name = file
                            .path()
                            .file_name()
                            .and_then(|n| n.to_str())
                            .unwrap_or_default();
                        if name.ends_with(".ftl") {
                            let text = file.contents_utf8().ok_or_else(|| {
                                Issue::new(&format!("locales/{tag}/{name}"), "", "not UTF-8")
                            })?;
                            files.push((name.to_owned(), text.to_owned()));
                        }
                    }
                    files.sort();
                    locales.push((tag.to_owned(), files));
                }
            }
            ConfigSource::Folder(root) => {
                let folder = root.join("locales");
                let listing = |path: &Path| {
                    std::fs::read_dir(path).map_err(|e| {
                        Issue::new("locales/", "", format!("cannot list {}: {e}", path.display()))
                    })
                };
                for entry in listing(&folder)? {
                    let entry = entry.map_err(|e| Issue::new("locales/", "", e.to_string()))?;
                    if !entry.path().is_dir() {
                        continue;
                    }
                    let tag = entry.file_name().to_string_lossy().into_owned();
                    let mut files = Vec::new();
                    for file in listing(&entry.path())? {
                        let file = file.map_err(|e| Issue::new("locales/", "", e.to_string()))?;
                        let name = file.file_name().to_string_lossy().into_owned();
                        if name.ends_with(".ftl") {
                            files.push((name.clone(), self.read(&format!("locales/{tag}/{name}"))?));
                        }
                    }
                    files.sort();
                    locales.push((tag, files));
                }
            }
        }
        locales.sort();
        Ok(locales)
    }
}

/// Reads and checks every catalog under `locales/`.
fn load_catalogs(source: &ConfigSource, errors: &mut Vec<Issue>) -> Option<Catalogs> {
    let files = source.locale_files().map_err(|e| errors.push(e)).ok()?;
    Catalogs::parse(files)
        .map_err(|found| errors.extend(found.into_iter().map(|e| Issue::new(&e.file, "", e.message))))
        .ok()
}

/// Every message id the rules name (and those derived from concern, role and country ids)
/// must be in the en-GB catalog, so no page ever shows a raw id.
fn check_message_ids(rules: &Rules, catalogs: &Catalogs) -> Vec<Issue> {
    const FILE: &str = "rules.toml";
    let source = catalogs.catalog(i18n::Locale::SOURCE).ids();
    let mut needed: Vec<(String, String)> = Vec::new();
    let danger = rules.danger();
    needed.push(("immediate-danger.why".to_owned(), danger.why.clone()));
    needed.push((
        "immediate-danger.no_number_known".to_owned(),
        danger.no_number_known.clone(),
    ));
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

/// One fault or warning, with the file and key it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// The file, relative to the configuration folder.
    pub file: String,
    /// The key (or service id and key) within it; empty for the whole file.
    pub key: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl Issue {
    fn new(file: &str, key: &str, message: impl Into<String>) -> Self {
        Issue {
            file: file.to_owned(),
            key: key.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.key.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.key, self.message)
        }
    }
}

/// Every fault found while loading, so they can be fixed in one go.
#[derive(Debug, thiserror::Error)]
#[error("the configuration in {source_name} has {} error(s):\n{}", .errors.len(), list(.errors))]
pub struct ConfigError {
    /// Where it was read from.
    pub source_name: String,
    /// The faults.
    pub errors: Vec<Issue>,
}

fn list(issues: &[Issue]) -> String {
    issues
        .iter()
        .map(|i| format!("  - {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Settings from `signpost.toml`, typed once here.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The HTTP listener and its limits.
    pub server: ServerSettings,
    /// What the public pages link to.
    pub pages: PageSettings,
    /// Forwarding to the organisation's safeguarding inbox; `None` when `[mail]` is off.
    pub mail: Option<MailSettings>,
    /// `GET /metrics` on a separate admin address, off by default.
    pub metrics: MetricsSettings,
    /// How log lines are written.
    pub logs: LogSettings,
}

/// `[metrics]` in `signpost.toml`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetricsSettings {
    /// Whether Signpost counts requests and serves `GET /metrics`.
    pub enabled: bool,
    /// The admin address `GET /metrics` is served on, never the public one. Loopback by
    /// default; port 0 picks a free one.
    pub listen: SocketAddr,
}

/// Where `GET /metrics` is served unless configured.
pub const DEFAULT_METRICS_LISTEN: &str = "127.0.0.1:9090";

/// `[logs]` in `signpost.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct LogSettings {
    /// Plain text lines or one JSON object per line.
    pub format: LogFormat,
}

/// How each log line is written. The fields are the same either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// `key=value` text, for people reading a terminal or the journal.
    #[default]
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

impl std::str::FromStr for LogFormat {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            _ => Err(format!("{text:?}: use text or json")),
        }
    }
}

/// `[server]` in `signpost.toml`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerSettings {
    /// Address and port to listen on; port 0 picks a free one.
    pub listen: SocketAddr,
    /// Whether people reach Signpost over https (through a proxy): then browsers are told to
    /// use https only (HSTS).
    pub https: bool,
    /// Longest a request may take, headers included, before it is cut off.
    pub request_timeout: std::time::Duration,
    /// Proxies whose `X-Forwarded-For` is believed (for per-client rate limits).
    pub trusted_proxies: Vec<IpAddr>,
    /// Most connections served at once; more wait in the listen queue until one closes.
    pub max_connections: usize,
    /// Longest a client may take to send a request's headers, and longest a kept-alive
    /// connection may sit idle before its next request.
    pub header_timeout: std::time::Duration,
    /// Per-client limits on POSTs.
    pub rate_limits: RateLimits,
}

/// Per-client limits on POSTs: generous enough that a person never meets them, low enough
/// that one client cannot flood the service or the safeguarding inbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimits {
    /// `POST /questions` and `POST /tell` (every step) per client per minute.
    pub form_posts_per_minute: u32,
    /// `POST /api/v1/route` per client per minute.
    pub api_posts_per_minute: u32,
    /// Messages actually forwarded by `POST /tell` per client per 15 minutes.
    pub sends_per_15_minutes: u32,
}

impl RateLimits {
    /// The limits `config/signpost.toml` ships with.
    pub const DEFAULT: RateLimits = RateLimits {
        form_posts_per_minute: 120,
        api_posts_per_minute: 600,
        sends_per_15_minutes: 5,
    };
}

/// Connections served at once unless configured.
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;

/// The header-read (and keep-alive idle) deadline unless configured.
pub const DEFAULT_HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// `[pages]` in `signpost.toml`.
#[derive(Clone, Debug)]
pub struct PageSettings {
    /// Where "Leave this site" goes: a neutral page.
    pub exit_url: WebAddress,
    /// The words of every page, in every language, restricted to those `languages` offers.
    pub catalogs: Arc<Catalogs>,
}

impl Settings {
    /// Settings for tests and embedding: loopback, a free port, the default exit page.
    pub fn for_tests() -> Settings {
        Settings {
            server: ServerSettings {
                listen: SocketAddr::from(([127, 0, 0, 1], 0)),
                https: false,
                request_timeout: std::time::Duration::from_secs(10),
                trusted_proxies: Vec::new(),
                max_connections: DEFAULT_MAX_CONNECTIONS,
                header_timeout: DEFAULT_HEADER_TIMEOUT,
                rate_limits: RateLimits::DEFAULT,
            },
            pages: PageSettings {
                exit_url: WebAddress::parse(DEFAULT_EXIT_URL).expect("BUG: the default exit URL is valid"),
                catalogs: Arc::new(
                    load_catalogs(&ConfigSource::Bundled, &mut Vec::new())
                        .expect("BUG: the bundled catalogs are valid"),
                ),
            },
            mail: None,
            metrics: MetricsSettings {
                enabled: false,
                listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            },
            logs: LogSettings::default(),
        }
    }
}

/// Where "Leave this site" goes unless configured: a neutral, widely used page.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    server: RawServer,
    #[serde(default)]
    pages: RawPages,
    #[serde(default)]
    mail: RawMail,
    #[serde(default)]
    metrics: RawMetrics,
    #[serde(default)]
    logs: RawLogs,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawMetrics {
    #[serde(default)]
    enabled: bool,
    listen: Option<SocketAddr>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLogs {
    #[serde(default)]
    format: LogFormat,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawMail {
    #[serde(default)]
    enabled: bool,
    smtp_url: Option<String>,
    from: Option<String>,
    organisation: Option<String>,
    #[serde(default)]
    recipients: Vec<RawRecipient>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecipient {
    name: String,
    address: String,
    pgp_key: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServer {
    listen: SocketAddr,
    #[serde(default)]
    https: bool,
    #[serde(default = "default_timeout")]
    request_timeout_secs: u64,
    #[serde(default)]
    trusted_proxies: Vec<IpAddr>,
    #[serde(default = "default_max_connections")]
    max_connections: u64,
    #[serde(default = "default_header_timeout")]
    header_timeout_secs: u64,
    #[serde(default = "default_form_posts")]
    form_posts_per_minute: u64,
    #[serde(default = "default_api_posts")]
    api_posts_per_minute: u64,
    #[serde(default = "default_sends")]
    sends_per_15_minutes: u64,
}

fn default_timeout() -> u64 {
    10
}

fn default_max_connections() -> u64 {
    DEFAULT_MAX_CONNECTIONS as u64
}

fn default_header_timeout() -> u64 {
    DEFAULT_HEADER_TIMEOUT.as_secs()
}

fn default_form_posts() -> u64 {
    RateLimits::DEFAULT.form_posts_per_minute.into()
}

fn default_api_posts() -> u64 {
    RateLimits::DEFAULT.api_posts_per_minute.into()
}

fn default_sends() -> u64 {
    RateLimits::DEFAULT.sends_per_15_minutes.into()
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawPages {
    exit_url: Option<String>,
    languages: Option<Vec<String>>,
}

/// Everything Signpost runs on, loaded and checked.
#[derive(Debug)]
pub struct Loaded {
    /// Server settings.
    pub settings: Settings,
    /// The directory and rules, proven complete.
    pub router: Router,
    /// Things to confirm that do not stop start-up (http:// addresses, conflicts).
    pub warnings: Vec<Issue>,
}

/// Loads and checks everything, with `SIGNPOST_SECTION__KEY` variables from `env` applied
/// over `signpost.toml`.
pub fn load(
    source: &ConfigSource,
    env: impl IntoIterator<Item = (String, String)>,
) -> Result<Loaded, ConfigError> {
    let fail = |errors| ConfigError {
        source_name: source.to_string(),
        errors,
    };
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let settings = load_settings(source, env, &mut errors);
    let rules = load_rules(source, &mut errors);
    let directory = load_directory(source, &mut errors, &mut warnings);
    let (Some(settings), Some(rules), Some(directory)) = (settings, rules, directory) else {
        return Err(fail(errors));
    };
    if !errors.is_empty() {
        return Err(fail(errors));
    }
    let missing_words = check_message_ids(&rules, &settings.pages.catalogs);
    if !missing_words.is_empty() {
        return Err(fail(missing_words));
    }
    let router = Router::new(directory, rules).map_err(|coverage| {
        fail(
            coverage
                .into_iter()
                .map(|e| Issue::new("rules.toml", &format!("rule {}", e.rule), e.to_string()))
                .collect(),
        )
    })?;
    Ok(Loaded {
        settings,
        router,
        warnings,
    })
}

fn load_settings(
    source: &ConfigSource,
    env: impl IntoIterator<Item = (String, String)>,
    errors: &mut Vec<Issue>,
) -> Option<Settings> {
    const FILE: &str = "signpost.toml";
    let text = source.read(FILE).map_err(|e| errors.push(e)).ok()?;
    let mut table: toml::Table = toml::from_str(&text)
        .map_err(|e| errors.push(toml_issue(FILE, &text, &e)))
        .ok()?;
    let mut smtp_user = None;
    let mut smtp_password = None;
    for (name, value) in env {
        match name.as_str() {
            "SIGNPOST_SMTP_USER" => smtp_user = Some(value),
            "SIGNPOST_SMTP_PASSWORD" => smtp_password = Some(value),
            _ => {
                if let Err(issue) = apply_env_override(&mut table, &name, value) {
                    errors.push(issue);
                }
            }
        }
    }
    let raw = RawSettings::deserialize(table)
        .map_err(|e| errors.push(Issue::new(FILE, "", e.message().to_owned())))
        .ok()?;
    let before = errors.len();
    if !(1..=300).contains(&raw.server.request_timeout_secs) {
        errors.push(Issue::new(
            FILE,
            "server.request_timeout_secs",
            "must be between 1 and 300 seconds",
        ));
    }
    let request_timeout = std::time::Duration::from_secs(raw.server.request_timeout_secs);
    let mut within = |key: &str, value: u64, range: std::ops::RangeInclusive<u64>, unit: &str| {
        if !range.contains(&value) {
            errors.push(Issue::new(
                FILE,
                &format!("server.{key}"),
                format!("must be between {} and {} {unit}", range.start(), range.end()),
            ));
        }
        value.clamp(*range.start(), *range.end())
    };
    let max_connections = within(
        "max_connections",
        raw.server.max_connections,
        1..=100_000,
        "connections",
    );
    let header_timeout = within(
        "header_timeout_secs",
        raw.server.header_timeout_secs,
        1..=60,
        "seconds",
    );
    let form_posts = within(
        "form_posts_per_minute",
        raw.server.form_posts_per_minute,
        // Up to more than one instance can answer, so a load test can lift it out of the way.
        10..=10_000_000,
        "requests",
    );
    let api_posts = within(
        "api_posts_per_minute",
        raw.server.api_posts_per_minute,
        10..=10_000_000,
        "requests",
    );
    let sends = within(
        "sends_per_15_minutes",
        raw.server.sends_per_15_minutes,
        1..=1_000,
        "messages",
    );
    let exit_url = raw.pages.exit_url.as_deref().unwrap_or(DEFAULT_EXIT_URL);
    let exit_url = WebAddress::parse(exit_url)
        .map_err(|e| errors.push(Issue::new(FILE, "pages.exit_url", e.to_string())))
        .ok();
    let credentials = match (smtp_user, smtp_password) {
        (Some(user), Some(password)) => Some(SmtpCredentials::new(user, password)),
        (None, None) => None,
        _ => {
            errors.push(Issue::new(
                FILE,
                "mail",
                "set both SIGNPOST_SMTP_USER and SIGNPOST_SMTP_PASSWORD, or neither",
            ));
            None
        }
    };
    let mail = load_mail(source, raw.mail, credentials, request_timeout, errors);
    let metrics = MetricsSettings {
        enabled: raw.metrics.enabled,
        listen: raw.metrics.listen.unwrap_or_else(|| {
            DEFAULT_METRICS_LISTEN
                .parse()
                .expect("BUG: the default metrics address parses")
        }),
    };
    if metrics.enabled && metrics.listen == raw.server.listen && metrics.listen.port() != 0 {
        errors.push(Issue::new(
            FILE,
            "metrics.listen",
            "must differ from server.listen: metrics are served on a separate admin address, never the public one",
        ));
    }
    let catalogs = load_catalogs(source, errors).map(|mut catalogs| {
        if let Some(languages) = &raw.pages.languages {
            let unknown = catalogs.restrict(languages);
            if !unknown.is_empty() {
                let known: Vec<&str> = catalogs.all().iter().map(|c| c.tag()).collect();
                errors.push(Issue::new(
                    FILE,
                    "pages.languages",
                    format!(
                        "no catalog for {}; the locales are {} (en-GB is always offered)",
                        unknown.join(", "),
                        known.join(", ")
                    ),
                ));
            }
        }
        Arc::new(catalogs)
    });
    if errors.len() > before {
        return None;
    }
    Some(Settings {
        server: ServerSettings {
            listen: raw.server.listen,
            https: raw.server.https,
            request_timeout,
            trusted_proxies: raw.server.trusted_proxies,
            max_connections: usize::try_from(max_connections).expect("BUG: clamped to 100,000"),
            header_timeout: std::time::Duration::from_secs(header_timeout),
            rate_limits: RateLimits {
                form_posts_per_minute: u32::try_from(form_posts).expect("BUG: clamped to 10,000,000"),
                api_posts_per_minute: u32::try_from(api_posts).expect("BUG: clamped to 10,000,000"),
                sends_per_15_minutes: u32::try_from(sends).expect("BUG: clamped to 1,000"),
            },
        },
        pages: PageSettings {
            exit_url: exit_url?,
            catalogs: catalogs?,
        },
        mail,
        metrics,
        logs: LogSettings {
            format: raw.logs.format,
        },
    })
}

/// Applies `SIGNPOST_SECTION__KEY=value` over the file. The value is read as TOML where it
/// parses (numbers, booleans, arrays such as the recipients), else as a string.
fn apply_env_override(table: &mut toml::Table, name: &str, value: String) -> Result<(), Issue> {
    const FILE: &str = "signpost.toml";
    let Some(path) = name.strip_prefix(ENV_PREFIX) else {
        return Ok(());
    };
    let Some((section, key)) = path.split_once("__") else {
        return Ok(());
    };
    let (section, key) = (section.to_ascii_lowercase(), key.to_ascii_lowercase());
    let section_table = table
        .entry(section.clone())
        .or_insert_with(|| toml::Value::Table(Default::default()))
        .as_table_mut()
        .ok_or_else(|| {
            Issue::new(
                FILE,
                &section,
                "is not a table, so the environment cannot set keys in it",
            )
        })?;
    let typed = toml::from_str::<toml::Table>(&format!("value = {value}"))
        .ok()
        .and_then(|mut t| t.remove("value"))
        .unwrap_or(toml::Value::String(value));
    section_table.insert(key, typed);
    Ok(())
}

/// The `[mail]` section, checked: `None` when it is off.
fn load_mail(
    source: &ConfigSource,
    raw: RawMail,
    credentials: Option<SmtpCredentials>,
    request_timeout: std::time::Duration,
    errors: &mut Vec<Issue>,
) -> Option<MailSettings> {
    const FILE: &str = "signpost.toml";
    if !raw.enabled {
        return None;
    }
    let mut required = |key: &str, value: Option<String>| {
        let value = value.filter(|v| !v.trim().is_empty());
        if value.is_none() {
            errors.push(Issue::new(
                FILE,
                &format!("mail.{key}"),
                "required when mail is enabled",
            ));
        }
        value
    };
    let smtp_url = required("smtp_url", raw.smtp_url);
    let from = required("from", raw.from);
    let organisation = required("organisation", raw.organisation);
    let relay = smtp_url.and_then(|url| {
        SmtpRelay::parse(&url)
            .map_err(|e| errors.push(Issue::new(FILE, "mail.smtp_url", e.to_string())))
            .ok()
    });
    let from = from.and_then(|from| {
        from.parse::<lettre::message::Mailbox>()
            .map_err(|e| {
                errors.push(Issue::new(
                    FILE,
                    "mail.from",
                    format!("{from:?} is not an email address: {e}"),
                ))
            })
            .ok()
    });
    if let Some(name) = &organisation
        && (name.chars().count() > 80 || name.chars().any(char::is_control))
    {
        errors.push(Issue::new(
            FILE,
            "mail.organisation",
            "must be one line of at most 80 characters",
        ));
    }
    if raw.recipients.is_empty() {
        errors.push(Issue::new(
            FILE,
            "mail.recipients",
            "name at least one recipient: [[mail.recipients]] with name and address",
        ));
    }
    let mut recipients = Vec::new();
    for (n, recipient) in raw.recipients.into_iter().enumerate() {
        let at = format!("mail.recipients[{n}]");
        let address = recipient
            .address
            .parse::<lettre::Address>()
            .map_err(|e| {
                errors.push(Issue::new(
                    FILE,
                    &format!("{at}.address"),
                    format!("{:?} is not an email address: {e}", recipient.address),
                ))
            })
            .ok();
        let key = match recipient.pgp_key.as_deref() {
            None => None,
            Some(path) => load_key(source, path)
                .map_err(|message| errors.push(Issue::new(FILE, &format!("{at}.pgp_key"), message)))
                .ok(),
        };
        if let Some(address) = address {
            recipients.push(Recipient {
                name: recipient.name,
                address,
                key: key.map(std::sync::Arc::new),
            });
        }
    }
    Some(MailSettings {
        relay: relay?,
        from: from?,
        organisation: organisation?,
        recipients,
        credentials,
        extra_root_certificate: None,
        deadline: request_timeout
            .saturating_sub(std::time::Duration::from_secs(2))
            .max(std::time::Duration::from_secs(1)),
    })
}

/// Reads and parses a recipient's key file, relative to the configuration folder.
fn load_key(source: &ConfigSource, path: &str) -> Result<RecipientKey, String> {
    let relative = Path::new(path);
    if relative.is_absolute()
        || relative
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
    {
        return Err(format!(
            "{path:?} must be a path inside the configuration folder, such as keys/safeguarding.asc"
        ));
    }
    let text = source.read(path).map_err(|issue| issue.message)?;
    RecipientKey::from_armored(&text).map_err(|e| format!("{path}: {e}"))
}

// ----- rules.toml -------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RulesFile {
    immediate_danger: RawDanger,
    advice: BTreeMap<String, Advice>,
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDanger {
    id: String,
    why: String,
    no_number_known: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    concern: String,
    reporters: Vec<String>,
    step: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    roles: Vec<String>,
    #[serde(default)]
    reach: Option<String>,
    #[serde(default)]
    bystanders_only: bool,
    why: String,
}

fn load_rules(source: &ConfigSource, errors: &mut Vec<Issue>) -> Option<Rules> {
    const FILE: &str = "rules.toml";
    let text = source.read(FILE).map_err(|e| errors.push(e)).ok()?;
    let raw: RulesFile = toml::from_str(&text)
        .map_err(|e| errors.push(toml_issue(FILE, &text, &e)))
        .ok()?;
    let before = errors.len();
    let advice = by_id(
        FILE,
        "advice",
        raw.advice,
        ConcernKind::ALL.len(),
        |id| id.parse::<ConcernKind>().map(ConcernKind::index),
        errors,
    );
    let mut rules = Vec::new();
    for (n, raw_rule) in raw.rule.into_iter().enumerate() {
        let at = format!("rule[{n}] ({})", raw_rule.id);
        let concern = raw_rule
            .concern
            .parse::<ConcernKind>()
            .map_err(|e| errors.push(Issue::new(FILE, &format!("{at}.concern"), e.to_string())));
        let reporters: Vec<Reporter> = raw_rule
            .reporters
            .iter()
            .filter_map(|r| {
                r.parse()
                    .map_err(|e: crate::routing::concern::ReporterError| {
                        errors.push(Issue::new(FILE, &format!("{at}.reporters"), e.to_string()))
                    })
                    .ok()
            })
            .collect();
        let mut steps = Vec::new();
        for (s, raw_step) in raw_rule.step.into_iter().enumerate() {
            let key = format!("{at}.step[{s}]");
            let roles = raw_step
                .roles
                .iter()
                .filter_map(|r| {
                    r.parse::<Role>()
                        .map_err(|e| errors.push(Issue::new(FILE, &format!("{key}.roles"), e.to_string())))
                        .ok()
                })
                .collect();
            let reach = match raw_step.reach.as_deref() {
                None => Reach::NationalOrGlobal,
                Some(text) => match text.parse::<Reach>() {
                    Ok(reach) => reach,
                    Err(e) => {
                        errors.push(Issue::new(FILE, &format!("{key}.reach"), e.to_string()));
                        continue;
                    }
                },
            };
            steps.push(StepRule {
                roles,
                reach,
                bystanders_only: raw_step.bystanders_only,
                why: raw_step.why,
            });
        }
        if let Ok(concern) = concern {
            rules.push(Rule {
                id: raw_rule.id,
                concern,
                reporters,
                steps,
            });
        }
    }
    let danger = DangerRule {
        id: raw.immediate_danger.id,
        why: raw.immediate_danger.why,
        no_number_known: raw.immediate_danger.no_number_known,
    };
    if errors.len() > before {
        return None;
    }
    Rules::build(rules, danger, advice)
        .map_err(|found| {
            errors.extend(
                found
                    .into_iter()
                    .map(|e| Issue::new(FILE, rules_key(&e), e.to_string())),
            )
        })
        .ok()
}

/// Places the entries of a `[section.id]` table by the index of their id.
fn by_id<T, E: std::fmt::Display>(
    file: &str,
    section: &str,
    entries: BTreeMap<String, T>,
    count: usize,
    index: impl Fn(&str) -> Result<usize, E>,
    errors: &mut Vec<Issue>,
) -> Vec<Option<T>> {
    let mut placed: Vec<Option<T>> = std::iter::repeat_with(|| None).take(count).collect();
    for (id, entry) in entries {
        match index(&id) {
            Ok(at) => placed[at] = Some(entry),
            Err(e) => errors.push(Issue::new(file, &format!("{section}.{id}"), e.to_string())),
        }
    }
    placed
}

fn rules_key(error: &rules::RulesError) -> &'static str {
    use rules::RulesError::*;
    match error {
        Missing { .. } | Overlap { .. } => "rule.reporters",
        DuplicateId(_) => "rule.id",
        NoSteps(_) | FirstStepOptional(_) | ChildWithoutHelpline(_) => "rule.step",
        NoRoles { .. } | EmergencyInRule { .. } => "rule.step.roles",
        MissingAdvice { .. } => "advice",
    }
}

// ----- directory/*.toml ---------------------------------------------------------------------

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
        let verified = match verified {
            None => {
                self.error(
                    &format!("{at}.verified"),
                    "missing: the date the fact was taken from the reference, as YYYY-MM-DD",
                );
                None
            }
            Some(date) => match (date.date, date.time) {
                (Some(d), None) => time::Month::try_from(d.month)
                    .ok()
                    .and_then(|month| time::Date::from_calendar_date(i32::from(d.year), month, d.day).ok())
                    .or_else(|| {
                        self.error(
                            &format!("{at}.verified"),
                            format!("{date} is not a calendar date"),
                        );
                        None
                    }),
                _ => {
                    self.error(
                        &format!("{at}.verified"),
                        format!("{date} must be a plain date such as 2026-11-28"),
                    );
                    None
                }
            },
        };
        let confidence = match (confidence.as_deref(), note) {
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
        };
        Some(Provenance {
            source: source?,
            verified: verified?,
            confidence: confidence?,
        })
    }

    fn service(&mut self, n: usize, raw: RawService) -> Option<Service> {
        let at = format!("service[{n}] ({})", raw.id);
        let id = ServiceId::parse(&raw.id)
            .map_err(|e| self.error(&format!("{at}.id"), e.to_string()))
            .ok();
        let kind = raw
            .kind
            .parse::<Role>()
            .map_err(|e| self.error(&format!("{at}.kind"), e.to_string()))
            .ok();
        let also: Vec<Role> = raw
            .also
            .iter()
            .filter_map(|r| {
                r.parse::<Role>()
                    .map_err(|e| self.error(&format!("{at}.also"), e.to_string()))
                    .ok()
            })
            .collect();
        let url = raw.url.as_deref().and_then(|u| match WebAddress::parse(u) {
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
        });
        let phone = raw.phone.as_deref().and_then(|p| {
            PhoneNumber::parse(p)
                .map_err(|e| self.error(&format!("{at}.phone"), e.to_string()))
                .ok()
        });
        let e164 = raw.e164.as_deref().and_then(|p| {
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
        let audience = raw
            .audience
            .parse::<Audience>()
            .map_err(|e| self.error(&format!("{at}.audience"), e.to_string()))
            .ok();
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
        })
    }
}

fn toml_issue(file: &str, text: &str, error: &toml::de::Error) -> Issue {
    let line = error
        .span()
        .map(|span| text[..span.start.min(text.len())].lines().count().max(1));
    let key = line.map(|l| format!("line {l}")).unwrap_or_default();
    Issue::new(file, &key, error.message().to_owned())
}

fn load_directory(
    source: &ConfigSource,
    errors: &mut Vec<Issue>,
    warnings: &mut Vec<Issue>,
) -> Option<Directory> {
    let files = source.directory_files().map_err(|e| errors.push(e)).ok()?;
    let before = errors.len();
    let mut countries = Vec::new();
    let mut global = None;
    for (name, text) in files {
        let file = format!("directory/{name}");
        let raw: CountryFile = match toml::from_str(&text) {
            Ok(raw) => raw,
            Err(e) => {
                errors.push(toml_issue(&file, &text, &e));
                continue;
            }
        };
        let stem = name.trim_end_matches(".toml");
        let mut check = FileCheck {
            file: file.clone(),
            errors,
            warnings,
        };
        let listing = if stem == "global" {
            if raw.country.is_some() {
                check.error(
                    "country",
                    "global.toml lists services usable from anywhere and has no country key",
                );
            }
            Listing::Global
        } else {
            match CountryCode::parse(stem) {
                Err(e) => {
                    check.error(
                        "",
                        format!("the file name must be a country code in lower case or \"global\": {e}"),
                    );
                    continue;
                }
                Ok(code) if stem != code.as_str().to_ascii_lowercase() => {
                    check.error(
                        "",
                        format!(
                            "the file name must be lower case: {}.toml",
                            code.as_str().to_ascii_lowercase()
                        ),
                    );
                    continue;
                }
                Ok(code) => {
                    match raw.country.as_deref().map(CountryCode::parse) {
                        Some(Ok(declared)) if declared == code => {}
                        Some(Ok(declared)) => check.error(
                            "country",
                            format!("says {declared} but the file is named for {code}"),
                        ),
                        Some(Err(e)) => check.error("country", e.to_string()),
                        None => check.error("country", format!("missing: add country = \"{code}\"")),
                    }
                    Listing::Country(code)
                }
            }
        };
        let services: Vec<Service> = raw
            .service
            .into_iter()
            .enumerate()
            .filter_map(|(n, s)| check.service(n, s))
            .collect();
        let gap = raw.emergency_gap.and_then(|g| {
            let provenance = check.provenance(
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
        .map_err(|found| {
            errors.extend(found.into_iter().map(|e| {
                let listing = match &e {
                    crate::routing::directory::DirectoryError::DuplicateId { listing, .. }
                    | crate::routing::directory::DirectoryError::IdPrefix { listing, .. }
                    | crate::routing::directory::DirectoryError::Unreachable { listing, .. } => *listing,
                    crate::routing::directory::DirectoryError::GlobalEmergency { .. } => Listing::Global,
                    crate::routing::directory::DirectoryError::DuplicateCountry(c)
                    | crate::routing::directory::DirectoryError::GapBesideNumbers(c) => Listing::Country(*c),
                };
                Issue::new(&format!("directory/{listing}.toml"), "service", e.to_string())
            }))
        })
        .ok()
}

/// A folder path for `--config`, refused when it does not exist or is not a folder.
pub fn config_folder(path: &Path) -> Result<PathBuf, String> {
    if path.is_dir() {
        Ok(path.to_path_buf())
    } else {
        Err(format!(
            "{} is not a folder; --config takes a folder laid out like config/",
            path.display()
        ))
    }
}
