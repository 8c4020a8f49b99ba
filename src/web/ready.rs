//! `GET /readyz`: whether this instance is ready to take people, for a load balancer or a
//! Kubernetes readiness probe. It is on the public address because probes reach a pod there,
//! and so it says nothing secret: no relay address, no login, no recipient — only whether
//! the configuration is loaded, how big the directory is, how the last forwarded
//! concern went, and which classes of trouble the recipients' keys are in (never whose).
//!
//! Mail trouble is reported but does not make the instance unready: a plan is still the
//! answer people need, every replica shares the one relay, and taking them all out of the
//! load balancer because the relay is down would hide the hotlines from everyone.

use axum::Json;
use axum::extract::State;
use serde::Serialize;

use crate::mail::Outcome;
use crate::mail::keys::KeyHealth;
use crate::web::state::AppState;

/// The readiness report.
#[derive(Debug, Serialize)]
pub struct ReadinessResponse {
    /// Always `"ready"` when answered: the configuration is loaded and checked.
    pub status: &'static str,
    /// The configuration being served.
    pub configuration: ConfigurationReport,
    /// Forwarding by mail.
    pub mail: MailReport,
}

/// What is being served, without its contents.
#[derive(Debug, Serialize)]
pub struct ConfigurationReport {
    /// Services in the directory.
    pub services: usize,
    /// Countries with a directory file of their own.
    pub countries: usize,
    /// The newest `verified` date in the directory.
    pub directory_date: String,
}

/// How forwarding is doing, without where it goes.
#[derive(Debug, Serialize)]
pub struct MailReport {
    /// `"off"`, `"ok"` (on; the last send went through, or none yet), `"degraded"` (on; a
    /// recipient's key expires soon, or a recipient is disabled because its key expired, was
    /// revoked or is unusable: see `key_problems`), or `"failing"` (on; the last send did not
    /// go through — people still get their plan and are told).
    pub state: &'static str,
    /// The reason classes of the recipients' keys, each once: `"expiring soon"`,
    /// `"expired"`, `"revoked"`, `"unusable"`. Empty when all is well.
    pub key_problems: Vec<&'static str>,
    /// Whether the plan page offers "Also tell": someone can be sent to.
    pub also_tell_offered: bool,
    /// The last forwarded concern's outcome class since start-up, if any.
    pub last_outcome: Option<&'static str>,
    /// How long ago that was, in seconds.
    pub last_outcome_age_secs: Option<u64>,
}

/// `GET /readyz`.
pub async fn show_readiness(State(state): State<AppState>) -> Json<ReadinessResponse> {
    let directory = state.router.directory();
    let last = crate::metrics::last_mail_outcome();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let keys = KeyHealth::of(state.settings.mail.as_ref(), std::time::SystemTime::now());
    let key_problems = keys.reasons();
    let mail_state = match (&state.settings.mail, last) {
        (None, _) => "off",
        (Some(_), Some((outcome, _))) if outcome != Outcome::Sent => "failing",
        (Some(_), _) if !key_problems.is_empty() => "degraded",
        (Some(_), _) => "ok",
    };
    Json(ReadinessResponse {
        status: "ready",
        configuration: ConfigurationReport {
            services: directory.services().count(),
            countries: directory.countries().count(),
            directory_date: crate::metrics::directory_date(&state.router),
        },
        mail: MailReport {
            state: mail_state,
            key_problems,
            also_tell_offered: keys.enabled > 0,
            last_outcome: last.map(|(outcome, _)| outcome.class()),
            last_outcome_age_secs: last.map(|(_, at)| now.saturating_sub(at)),
        },
    })
}
