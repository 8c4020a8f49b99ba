//! What Signpost did, counted for Prometheus — never who asked. Every label comes from a
//! closed set fixed in this file or in the routing core (route templates, status codes,
//! concern ids, country codes, outcome classes), so nothing a person typed, no address and no
//! user agent can become a label, and the number of series is bounded.
//!
//! One process, one set of counters: they live in a static, survive configuration reloads,
//! and are read by `GET /metrics` on the admin address (see [`crate::admin`]). Counting is
//! lock-free and allocation-free: relaxed atomic additions into fixed tables. While metrics
//! are off (the default) the per-request counters are not touched at all.
//!
//! Plans served are the one count that could say something about people: "one plan about
//! sextortion for a child in a small country, just now". So they are not a running counter.
//! They are a gauge over the last *complete* fixed window of [`PLAN_WINDOW`] (aligned to the
//! Unix epoch), reported per concern × country only where that cell holds at least
//! [`PLAN_REPORT_FLOOR`] plans; smaller cells are added into the concern's `country="other"`.
//! The gauge changes once per window, so scraping more often reveals nothing more.

use std::fmt;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering::Relaxed};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeMetric};
use prometheus_client::metrics::MetricType;
use prometheus_client::metrics::counter::ConstCounter;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::registry::Registry;

use crate::mail::Outcome;
use crate::routing::Concern;
use crate::web::routes::Endpoint;

mod plans;
use plans::PlanWindows;

/// The `Content-Type` of `GET /metrics`: the Prometheus text format, version 0.0.4.
pub const CONTENT_TYPE: &str = prometheus_client::encoding::prometheus_text::CONTENT_TYPE;

/// The length of the window plans served are reported over.
pub const PLAN_WINDOW: Duration = Duration::from_secs(60 * 60);

/// Fewest plans a concern × country cell must hold in a window to be reported under its
/// country; smaller cells are reported as `country="other"`.
pub const PLAN_REPORT_FLOOR: u32 = 10;

/// The route labels: every endpoint of the route table, by its template, then `(no route)`
/// for a request no route matched and `(other)` for a template the table does not name (there
/// should be none: the router is built from the table).
const ROUTE_LABELS: usize = Endpoint::ALL.len() + 2;

/// The label of a route slot.
fn route_label(slot: usize) -> &'static str {
    match Endpoint::ALL.get(slot) {
        Some(endpoint) => endpoint.path(),
        None if slot == Endpoint::ALL.len() => "(no route)",
        None => "(other)",
    }
}

/// Upper bounds of the latency buckets, in seconds (`+Inf` is added).
const LATENCY_BUCKETS: [f64; 12] = [
    0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0,
];

/// Status codes 100..=599, one slot each.
const STATUSES: usize = 500;

/// Country slots: one per pair of letters A–Z.
const COUNTRY_SLOTS: usize = 26 * 26;

static ON: AtomicBool = AtomicBool::new(false);

static COUNTS: LazyLock<Counts> = LazyLock::new(Counts::new);

/// Turns on the per-request counters (when `[metrics] enabled`). There is no off: metrics
/// are on for the life of the process once any App in it serves them.
pub fn switch_on() {
    ON.store(true, Relaxed);
}

/// Whether the per-request counters are on.
pub fn is_on() -> bool {
    ON.load(Relaxed)
}

struct Counts {
    /// Route × status.
    requests: Box<[AtomicU64]>,
    /// Route × latency bucket (the last is `+Inf`), not cumulative.
    latency: Box<[AtomicU64]>,
    /// Route: the sum of latencies, in microseconds.
    latency_sum_micros: Box<[AtomicU64]>,
    plans: PlanWindows,
    /// Per outcome, in the order of [`Outcome::ALL`].
    mail: [AtomicU64; Outcome::ALL.len()],
    /// The last outcome's slot plus one; 0 before any.
    last_mail: AtomicU8,
    /// When the last outcome was, in seconds since the Unix epoch.
    last_mail_at: AtomicU64,
    rate_limited: AtomicU64,
    reloads_applied: AtomicU64,
    reloads_refused: AtomicU64,
}

impl Counts {
    fn new() -> Counts {
        let table = |n: usize| (0..n).map(|_| AtomicU64::new(0)).collect();
        Counts {
            requests: table(ROUTE_LABELS * STATUSES),
            latency: table(ROUTE_LABELS * (LATENCY_BUCKETS.len() + 1)),
            latency_sum_micros: table(ROUTE_LABELS),
            plans: PlanWindows::new(),
            mail: Default::default(),
            last_mail: AtomicU8::new(0),
            last_mail_at: AtomicU64::new(0),
            rate_limited: AtomicU64::new(0),
            reloads_applied: AtomicU64::new(0),
            reloads_refused: AtomicU64::new(0),
        }
    }
}

fn route_slot(route: Option<&str>) -> usize {
    match route {
        None => Endpoint::ALL.len(),
        Some(route) => Endpoint::from_path(route).map_or(ROUTE_LABELS - 1, Endpoint::index),
    }
}

/// Counts one answered request: its route template (`None` when no route matched), status and
/// how long it took to answer. Nothing else about the request is looked at.
pub fn record_request(route: Option<&str>, status: u16, elapsed: Duration) {
    if !is_on() {
        return;
    }
    let counts = &*COUNTS;
    let route = route_slot(route);
    let status = usize::from(status.clamp(100, 599) - 100);
    counts.requests[route * STATUSES + status].fetch_add(1, Relaxed);
    let seconds = elapsed.as_secs_f64();
    let bucket = LATENCY_BUCKETS
        .iter()
        .position(|upper| seconds <= *upper)
        .unwrap_or(LATENCY_BUCKETS.len());
    counts.latency[route * (LATENCY_BUCKETS.len() + 1) + bucket].fetch_add(1, Relaxed);
    let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
    counts.latency_sum_micros[route].fetch_add(micros, Relaxed);
}

/// Counts one plan served, by concern and country only (not the reporter, not the danger
/// answer).
pub fn plan_served(concern: &Concern) {
    if !is_on() {
        return;
    }
    COUNTS.plans.count(concern.kind, concern.country, unix_now());
}

/// Counts a forwarded concern's outcome by class, and remembers it for `GET /readyz`.
pub fn mail_outcome(outcome: Outcome) {
    let slot = outcome.index();
    COUNTS.mail[slot].fetch_add(1, Relaxed);
    COUNTS.last_mail_at.store(unix_now(), Relaxed);
    COUNTS
        .last_mail
        .store(u8::try_from(slot + 1).unwrap_or(0), Relaxed);
}

/// The last forwarded concern's outcome class and when it was (Unix seconds), if any was
/// sent since start-up.
pub fn last_mail_outcome() -> Option<(Outcome, u64)> {
    let slot = usize::from(COUNTS.last_mail.load(Relaxed)).checked_sub(1)?;
    Some((Outcome::ALL[slot], COUNTS.last_mail_at.load(Relaxed)))
}

/// Counts a request refused by a per-client rate limit (any POST route).
pub fn rate_limited() {
    COUNTS.rate_limited.fetch_add(1, Relaxed);
}

/// Counts a reload: applied, or refused because the new configuration was not valid.
pub fn reload(applied: bool) {
    if applied {
        COUNTS.reloads_applied.fetch_add(1, Relaxed);
    } else {
        COUNTS.reloads_refused.fetch_add(1, Relaxed);
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The newest `verified` date in a directory: the date its data was last brought up to date.
pub fn directory_date(router: &crate::routing::Router) -> String {
    router
        .directory()
        .services()
        .map(|(_, s)| s.provenance.verified)
        .max()
        .map(|d| d.to_string())
        .unwrap_or_default()
}

/// What `signpost_build_info` says: the version and the bundled directory's data date; and
/// the state of the configuration being served that a scrape reports with it.
#[derive(Clone, Debug)]
pub struct BuildInfo {
    /// The crate version.
    pub version: &'static str,
    /// The newest `verified` date in the directory being served.
    pub directory_date: String,
    /// The recipients' keys now (`None`: mail is off).
    pub keys: Option<crate::mail::keys::KeyHealth>,
}

/// Everything above in the Prometheus text format.
pub fn render(build: &BuildInfo) -> String {
    let mut registry = Registry::default();
    registry.register_collector(Box::new(Snapshot {
        build: build.clone(),
        now: unix_now(),
    }));
    let mut out = String::with_capacity(16 * 1024);
    prometheus_client::encoding::prometheus_text::encode(&mut out, &registry)
        .expect("BUG: writing to a String does not fail");
    out
}

/// One scrape's view of [`COUNTS`].
#[derive(Debug)]
struct Snapshot {
    build: BuildInfo,
    now: u64,
}

impl fmt::Debug for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Counts")
    }
}

impl Collector for Snapshot {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), fmt::Error> {
        self.build_info(&mut encoder)?;
        self.http_requests(&mut encoder)?;
        self.http_latency(&mut encoder)?;
        self.plans_served(&mut encoder)?;
        self.plans_window(&mut encoder)?;
        self.mail_outcomes(&mut encoder)?;
        self.mail_key_problems(&mut encoder)?;
        self.rate_limited(&mut encoder)?;
        self.reloads(&mut encoder)?;
        Ok(())
    }
}

/// One function per metric family, in the order a scrape lists them.
impl Snapshot {
    fn build_info(&self, encoder: &mut DescriptorEncoder) -> Result<(), fmt::Error> {
        let mut metric = encoder.encode_descriptor(
            "signpost_build",
            "The running version and the newest verified date in its directory.",
            None,
            MetricType::Info,
        )?;
        metric.encode_info(&[
            ("version", self.build.version),
            ("directory_date", self.build.directory_date.as_str()),
        ])?;
        Ok(())
    }

    fn http_requests(&self, encoder: &mut DescriptorEncoder) -> Result<(), fmt::Error> {
        let counts = &*COUNTS;
        let mut metric = encoder.encode_descriptor(
            "signpost_http_requests",
            "Requests answered, by route template and status.",
            None,
            MetricType::Counter,
        )?;
        for (r, route) in (0..ROUTE_LABELS).map(|r| (r, route_label(r))) {
            for status in 0..STATUSES {
                let value = counts.requests[r * STATUSES + status].load(Relaxed);
                if value > 0 {
                    let code = (status + 100).to_string();
                    let labels = [("route", route), ("status", code.as_str())];
                    ConstCounter::new(value).encode(metric.encode_family(&labels)?)?;
                }
            }
        }
        Ok(())
    }

    fn http_latency(&self, encoder: &mut DescriptorEncoder) -> Result<(), fmt::Error> {
        let counts = &*COUNTS;
        let mut metric = encoder.encode_descriptor(
            "signpost_http_request_duration_seconds",
            "Time from a request's headers to its answer's headers, by route template.",
            None,
            MetricType::Histogram,
        )?;
        let width = LATENCY_BUCKETS.len() + 1;
        for (r, route) in (0..ROUTE_LABELS).map(|r| (r, route_label(r))) {
            let cells = &counts.latency[r * width..(r + 1) * width];
            let count: u64 = cells.iter().map(|c| c.load(Relaxed)).sum();
            if count == 0 {
                continue;
            }
            let buckets: Vec<(f64, u64)> = LATENCY_BUCKETS
                .iter()
                .copied()
                .chain([f64::INFINITY])
                .zip(cells.iter().map(|c| c.load(Relaxed)))
                .collect();
            let sum = counts.latency_sum_micros[r].load(Relaxed) as f64 / 1e6;
            let labels = [("route", route)];
            metric
                .encode_family(&labels)?
                .encode_histogram::<prometheus_client::encoding::NoLabelSet>(sum, count, &buckets, None)?;
        }
        Ok(())
    }

    fn plans_served(&self, encoder: &mut DescriptorEncoder) -> Result<(), fmt::Error> {
        let counts = &*COUNTS;
        let mut metric = encoder.encode_descriptor(
            "signpost_plans_served_last_window",
            "Plans served in the last complete window (see signpost_plans_window_seconds), by concern and country; cells under 10 plans are added into country=\"other\".",
            None,
            MetricType::Gauge,
        )?;
        for (kind, country, plans) in counts.plans.last_complete(self.now) {
            let country = country.map_or_else(|| "other".to_owned(), |c| c.to_string());
            let labels = [("concern", kind.as_str()), ("country", country.as_str())];
            ConstGauge::new(i64::from(plans)).encode(metric.encode_family(&labels)?)?;
        }
        Ok(())
    }

    fn plans_window(&self, encoder: &mut DescriptorEncoder) -> Result<(), fmt::Error> {
        let metric = encoder.encode_descriptor(
            "signpost_plans_window_seconds",
            "The length of the fixed window plans served are reported over.",
            None,
            MetricType::Gauge,
        )?;
        ConstGauge::new(PLAN_WINDOW.as_secs() as i64).encode(metric)?;
        Ok(())
    }

    fn mail_outcomes(&self, encoder: &mut DescriptorEncoder) -> Result<(), fmt::Error> {
        let counts = &*COUNTS;
        let mut metric = encoder.encode_descriptor(
            "signpost_mail_outcomes",
            "Forwarded concerns, by outcome class.",
            None,
            MetricType::Counter,
        )?;
        for (slot, outcome) in Outcome::ALL.iter().enumerate() {
            let labels = [("class", outcome.class())];
            ConstCounter::new(counts.mail[slot].load(Relaxed)).encode(metric.encode_family(&labels)?)?;
        }
        Ok(())
    }

    fn mail_key_problems(&self, encoder: &mut DescriptorEncoder) -> Result<(), fmt::Error> {
        if let Some(keys) = &self.build.keys {
            let mut metric = encoder.encode_descriptor(
            "signpost_mail_key_problems",
            "Mail recipients whose OpenPGP key expires soon (still sent to) or is expired, revoked or unusable (disabled: sent nothing), by reason. Any non-zero value means mail is degraded.",
            None,
            MetricType::Gauge,
        )?;
            for (reason, count) in crate::mail::keys::REASON_CLASSES.iter().zip(keys.counts) {
                let labels = [("reason", *reason)];
                ConstGauge::new(count as i64).encode(metric.encode_family(&labels)?)?;
            }
        }
        Ok(())
    }

    fn rate_limited(&self, encoder: &mut DescriptorEncoder) -> Result<(), fmt::Error> {
        let counts = &*COUNTS;
        let metric = encoder.encode_descriptor(
            "signpost_rate_limited",
            "Requests (any POST) refused by a per-client rate limit of this instance.",
            None,
            MetricType::Counter,
        )?;
        ConstCounter::new(counts.rate_limited.load(Relaxed)).encode(metric)?;
        Ok(())
    }

    fn reloads(&self, encoder: &mut DescriptorEncoder) -> Result<(), fmt::Error> {
        let counts = &*COUNTS;
        let mut metric = encoder.encode_descriptor(
            "signpost_reloads",
            "Configuration reloads (SIGHUP), by outcome: applied, or refused and the old configuration kept.",
            None,
            MetricType::Counter,
        )?;
        for (outcome, value) in [
            ("applied", &counts.reloads_applied),
            ("refused", &counts.reloads_refused),
        ] {
            let labels = [("outcome", outcome)];
            ConstCounter::new(value.load(Relaxed)).encode(metric.encode_family(&labels)?)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_problems_are_reported_by_reason_only_when_mail_is_on() {
        let keys = crate::mail::keys::KeyHealth {
            counts: [0, 1, 0, 0],
            enabled: 0,
        };
        let build = |keys| BuildInfo {
            version: "0",
            directory_date: String::new(),
            keys,
        };
        let text = render(&build(Some(keys)));
        assert!(
            text.contains("signpost_mail_key_problems{reason=\"expired\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("signpost_mail_key_problems{reason=\"expiring soon\"} 0"),
            "{text}"
        );
        assert!(!render(&build(None)).contains("signpost_mail_key_problems"));
    }

    #[test]
    fn every_endpoint_of_the_route_table_has_its_own_label() {
        let labels: Vec<&str> = (0..ROUTE_LABELS).map(route_label).collect();
        for endpoint in Endpoint::ALL {
            let slot = route_slot(Some(endpoint.path()));
            assert_eq!(route_label(slot), endpoint.path());
            assert_eq!(labels.iter().filter(|l| **l == endpoint.path()).count(), 1);
        }
        assert_eq!(route_label(route_slot(None)), "(no route)");
        assert_eq!(route_label(route_slot(Some("/typed-by-someone"))), "(other)");
    }
}
