//! `signpost.toml` and the `SIGNPOST_SECTION__KEY` environment variables over it: the
//! listener and its limits, the pages, metrics and logs, typed once here (raw numbers become
//! `Duration`s and bounded counts). The `[mail]` section is read by `mail.rs`.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;

use crate::i18n::Catalogs;
use crate::mail::MailSettings;
use crate::routing::phone::WebAddress;

use super::catalogs::load_catalogs;
use super::issue::Issue;
use super::mail::{RawMail, load_mail, smtp_credentials};
use super::source::ConfigSource;

const FILE: &str = "signpost.toml";

/// Prefix of environment variables that override `signpost.toml`: `SIGNPOST_SERVER__LISTEN`.
pub const ENV_PREFIX: &str = "SIGNPOST_";

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

/// Why `--log-format` was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LogFormatError {
    /// Neither `text` nor `json` (the text given).
    #[error("{0:?}: use text or json")]
    Unknown(String),
}

impl std::str::FromStr for LogFormat {
    type Err = LogFormatError;

    fn from_str(text: &str) -> Result<Self, LogFormatError> {
        match text {
            "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            _ => Err(LogFormatError::Unknown(text.to_owned())),
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
    pub request_timeout: Duration,
    /// Proxies whose `X-Forwarded-For` is believed (for per-client rate limits).
    pub trusted_proxies: Vec<IpAddr>,
    /// Most connections served at once; more wait in the listen queue until one closes.
    pub max_connections: usize,
    /// Longest a client may take to send a request's headers, and longest a kept-alive
    /// connection may sit idle before its next request.
    pub header_timeout: Duration,
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
pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(5);

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
                request_timeout: Duration::from_secs(10),
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

/// The SMTP login, which comes only from the environment, never from the file.
#[derive(Default)]
struct SmtpSecrets {
    user: Option<String>,
    password: Option<String>,
}

/// `signpost.toml` with the environment applied, checked; `None` after any fault.
pub(super) fn load_settings(
    source: &ConfigSource,
    env: impl IntoIterator<Item = (String, String)>,
    errors: &mut Vec<Issue>,
) -> Option<Settings> {
    let (table, secrets) = read_with_env(source, env, errors)?;
    let raw = RawSettings::deserialize(table)
        .map_err(|e| errors.push(Issue::new(FILE, "", e.message().to_owned())))
        .ok()?;
    let before = errors.len();
    let server = server_settings(raw.server, errors);
    let exit_url = raw.pages.exit_url.as_deref().unwrap_or(DEFAULT_EXIT_URL);
    let exit_url = WebAddress::parse(exit_url)
        .map_err(|e| errors.push(Issue::new(FILE, "pages.exit_url", e.to_string())))
        .ok();
    let credentials = smtp_credentials(secrets.user, secrets.password, errors);
    let mail = load_mail(source, raw.mail, credentials, server.request_timeout, errors);
    let metrics = metrics_settings(raw.metrics, server.listen, errors);
    let catalogs = offered_catalogs(source, raw.pages.languages.as_deref(), errors);
    if errors.len() > before {
        return None;
    }
    Some(Settings {
        server,
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

/// The file as a TOML table with `SIGNPOST_SECTION__KEY` variables applied over it, and the
/// SMTP login taken aside.
fn read_with_env(
    source: &ConfigSource,
    env: impl IntoIterator<Item = (String, String)>,
    errors: &mut Vec<Issue>,
) -> Option<(toml::Table, SmtpSecrets)> {
    let text = source.read(FILE).map_err(|e| errors.push(e)).ok()?;
    let mut table: toml::Table = toml::from_str(&text)
        .map_err(|e| errors.push(Issue::toml(FILE, &text, &e)))
        .ok()?;
    let mut secrets = SmtpSecrets::default();
    for (name, value) in env {
        match name.as_str() {
            "SIGNPOST_SMTP_USER" => secrets.user = Some(value),
            "SIGNPOST_SMTP_PASSWORD" => secrets.password = Some(value),
            _ => {
                if let Err(issue) = apply_env_override(&mut table, &name, value) {
                    errors.push(issue);
                }
            }
        }
    }
    Some((table, secrets))
}

/// Applies `SIGNPOST_SECTION__KEY=value` over the file. The value is read as TOML where it
/// parses (numbers, booleans, arrays such as the recipients), else as a string.
fn apply_env_override(table: &mut toml::Table, name: &str, value: String) -> Result<(), Issue> {
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

/// `[server]`, each number checked against its range. Out of range is a fault; the value is
/// clamped only so the rest can still be checked.
fn server_settings(raw: RawServer, errors: &mut Vec<Issue>) -> ServerSettings {
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
    let request_timeout = within(
        "request_timeout_secs",
        raw.request_timeout_secs,
        1..=300,
        "seconds",
    );
    let max_connections = within("max_connections", raw.max_connections, 1..=100_000, "connections");
    let header_timeout = within("header_timeout_secs", raw.header_timeout_secs, 1..=60, "seconds");
    // Up to more than one instance can answer, so a load test can lift it out of the way.
    let form_posts = within(
        "form_posts_per_minute",
        raw.form_posts_per_minute,
        10..=10_000_000,
        "requests",
    );
    let api_posts = within(
        "api_posts_per_minute",
        raw.api_posts_per_minute,
        10..=10_000_000,
        "requests",
    );
    let sends = within(
        "sends_per_15_minutes",
        raw.sends_per_15_minutes,
        1..=1_000,
        "messages",
    );
    ServerSettings {
        listen: raw.listen,
        https: raw.https,
        request_timeout: Duration::from_secs(request_timeout),
        trusted_proxies: raw.trusted_proxies,
        max_connections: usize::try_from(max_connections).expect("BUG: clamped to 100,000"),
        header_timeout: Duration::from_secs(header_timeout),
        rate_limits: RateLimits {
            form_posts_per_minute: u32::try_from(form_posts).expect("BUG: clamped to 10,000,000"),
            api_posts_per_minute: u32::try_from(api_posts).expect("BUG: clamped to 10,000,000"),
            sends_per_15_minutes: u32::try_from(sends).expect("BUG: clamped to 1,000"),
        },
    }
}

/// `[metrics]`: served on an address of its own, never the public listener's.
fn metrics_settings(raw: RawMetrics, public: SocketAddr, errors: &mut Vec<Issue>) -> MetricsSettings {
    let metrics = MetricsSettings {
        enabled: raw.enabled,
        listen: raw.listen.unwrap_or_else(|| {
            DEFAULT_METRICS_LISTEN
                .parse()
                .expect("BUG: the default metrics address parses")
        }),
    };
    if metrics.enabled && metrics.listen == public && metrics.listen.port() != 0 {
        errors.push(Issue::new(
            FILE,
            "metrics.listen",
            "must differ from server.listen: metrics are served on a separate admin address, never the public one",
        ));
    }
    metrics
}

/// The catalogs, restricted to `[pages] languages` when it is given.
fn offered_catalogs(
    source: &ConfigSource,
    languages: Option<&[String]>,
    errors: &mut Vec<Issue>,
) -> Option<Arc<Catalogs>> {
    let mut catalogs = load_catalogs(source, errors)?;
    if let Some(languages) = languages {
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
    Some(Arc::new(catalogs))
}
