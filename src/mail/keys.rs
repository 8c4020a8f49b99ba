//! Recipients' keys over time: at any moment each recipient is enabled (no key, or a key that
//! can be encrypted to, perhaps expiring soon) or disabled (its key expired, was revoked, or
//! cannot be encrypted to). A disabled recipient is never sent anything, least of all clear
//! text; the others still are. This module decides and reports; it sends nothing, and it
//! keeps no state except what it has already logged ([`KeyLog`]), so that each change is
//! logged once.
//!
//! What is reported outside the process (`/readyz`, `/metrics`) is [`KeyHealth`]: counts per
//! reason class, never a name, an address or anything of a key.

use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use crate::mail::pgp::KeyState;
use crate::mail::{MailSettings, Recipient};

/// Days before a key's expiry that `signpost check`, the log, `/readyz` and `/metrics` start
/// to warn, unless `[mail] key_expiry_warning_days` says otherwise.
pub const DEFAULT_WARNING_DAYS: u32 = 30;

/// Longest Signpost goes without looking at the keys again (it also looks at the moment a
/// key expires or enters the warning window, on reload, and before each send).
pub const KEY_CHECK_INTERVAL: Duration = Duration::from_secs(60 * 60);

/// Why a recipient is disabled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// Every encryption component of the key has expired.
    Expired,
    /// The key's owner revoked it.
    Revoked,
    /// The key has no encryption component this build can encrypt to.
    Unusable,
}

/// Where one recipient stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecipientState {
    /// No key configured: sent clear text, as the configuration asks.
    NoKey,
    /// Its key can be encrypted to, beyond the warning window.
    KeyUsable,
    /// Its key can be encrypted to, but expires within the warning window.
    ExpiringSoon {
        /// When it stops being usable.
        expires: SystemTime,
    },
    /// Not sent to at all.
    Disabled(KeyProblem),
}

/// The reason classes, in the order `/readyz` and `/metrics` report them.
pub const REASON_CLASSES: [&str; 4] = ["expiring soon", "expired", "revoked", "unusable"];

impl RecipientState {
    /// Where `recipient` stands at `now`, warning `warning` before its key expires.
    pub fn of(recipient: &Recipient, now: SystemTime, warning: Duration) -> RecipientState {
        let Some(key) = &recipient.key else {
            return RecipientState::NoKey;
        };
        match key.state_at(now) {
            KeyState::Usable { expires: None } => RecipientState::KeyUsable,
            KeyState::Usable { expires: Some(end) } if end > now + warning => RecipientState::KeyUsable,
            KeyState::Usable { expires: Some(end) } => RecipientState::ExpiringSoon { expires: end },
            KeyState::Expired => RecipientState::Disabled(KeyProblem::Expired),
            KeyState::Revoked => RecipientState::Disabled(KeyProblem::Revoked),
            KeyState::Unusable => RecipientState::Disabled(KeyProblem::Unusable),
        }
    }

    /// Whether messages go to this recipient.
    pub fn enabled(self) -> bool {
        !matches!(self, RecipientState::Disabled(_))
    }

    /// The reason class reported, one of [`REASON_CLASSES`]; `None` when all is well.
    pub fn class(self) -> Option<&'static str> {
        match self {
            RecipientState::NoKey | RecipientState::KeyUsable => None,
            RecipientState::ExpiringSoon { .. } => Some("expiring soon"),
            RecipientState::Disabled(KeyProblem::Expired) => Some("expired"),
            RecipientState::Disabled(KeyProblem::Revoked) => Some("revoked"),
            RecipientState::Disabled(KeyProblem::Unusable) => Some("unusable"),
        }
    }
}

impl MailSettings {
    /// Every recipient's state at `now`, in configuration order.
    pub fn recipient_states(&self, now: SystemTime) -> Vec<RecipientState> {
        self.recipients
            .iter()
            .map(|r| RecipientState::of(r, now, self.key_expiry_warning))
            .collect()
    }

    /// The recipients a message goes to at `now`, by name, in configuration order.
    pub fn enabled_names(&self, now: SystemTime) -> Vec<&str> {
        self.recipients
            .iter()
            .zip(self.recipient_states(now))
            .filter(|(_, state)| state.enabled())
            .map(|(r, _)| r.name.as_str())
            .collect()
    }

    /// These settings with only the recipients enabled at `now`, to compose and send with;
    /// `None` when no one is left to send to.
    pub fn sendable(&self, now: SystemTime) -> Option<MailSettings> {
        let recipients: Vec<Recipient> = self
            .recipients
            .iter()
            .zip(self.recipient_states(now))
            .filter(|(_, state)| state.enabled())
            .map(|(r, _)| r.clone())
            .collect();
        (!recipients.is_empty()).then(|| MailSettings {
            recipients,
            ..self.clone()
        })
    }

    /// The next moment after `now` a recipient's state changes by the clock alone: a key
    /// entering its warning window, or expiring.
    pub fn next_key_change(&self, now: SystemTime) -> Option<SystemTime> {
        self.recipients
            .iter()
            .filter_map(|r| match r.key.as_ref()?.state_at(now) {
                KeyState::Usable { expires: Some(end) } => Some(end),
                _ => None,
            })
            .flat_map(|end| [end.checked_sub(self.key_expiry_warning), Some(end)])
            .flatten()
            .filter(|at| *at > now)
            .min()
    }
}

/// How the keys stand, as reported outside the process: recipients per reason class.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyHealth {
    /// Recipients per class of [`REASON_CLASSES`], in that order.
    pub counts: [usize; REASON_CLASSES.len()],
    /// Recipients a message goes to now.
    pub enabled: usize,
}

impl KeyHealth {
    /// The keys of `mail` at `now` (all zero when mail is off).
    pub fn of(mail: Option<&MailSettings>, now: SystemTime) -> KeyHealth {
        let mut health = KeyHealth::default();
        for state in mail.map(|m| m.recipient_states(now)).unwrap_or_default() {
            health.enabled += usize::from(state.enabled());
            if let Some(at) = state
                .class()
                .and_then(|c| REASON_CLASSES.iter().position(|k| *k == c))
            {
                health.counts[at] += 1;
            }
        }
        health
    }

    /// The reason classes present, in [`REASON_CLASSES`] order: empty when all is well.
    pub fn reasons(&self) -> Vec<&'static str> {
        REASON_CLASSES
            .iter()
            .zip(self.counts)
            .filter(|(_, n)| *n > 0)
            .map(|(class, _)| *class)
            .collect()
    }
}

/// What `signpost check` says about the recipients' keys: warnings (keys expiring within the
/// warning window: still sent to) and errors (disabled recipients: `check` fails).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct KeyFindings {
    /// One line per key expiring soon.
    pub warnings: Vec<String>,
    /// One line per disabled recipient.
    pub errors: Vec<String>,
}

impl KeyFindings {
    /// The findings for `mail` at `now`, naming each recipient by its configured name and
    /// its key file.
    pub fn of(mail: &MailSettings, now: SystemTime) -> KeyFindings {
        let mut findings = KeyFindings::default();
        let days = mail.key_expiry_warning.as_secs() / 86_400;
        for (recipient, state) in mail.recipients.iter().zip(mail.recipient_states(now)) {
            let file = recipient
                .key
                .as_ref()
                .and_then(|k| k.file())
                .unwrap_or("(set in code)");
            let who = format!("recipient {:?} (key file {file})", recipient.name);
            match state {
                RecipientState::NoKey | RecipientState::KeyUsable => {}
                RecipientState::ExpiringSoon { expires } => findings.warnings.push(format!(
                    "{who}: the OpenPGP key expires at {}, within {days} days ([mail] key_expiry_warning_days); \
                     put a renewed or new key in the file and reload before then",
                    date(expires)
                )),
                RecipientState::Disabled(problem) => findings.errors.push(format!(
                    "{who}: {}; Signpost disables this recipient (sends it nothing) until a usable key is in the file",
                    match problem {
                        KeyProblem::Expired => "the OpenPGP key has expired",
                        KeyProblem::Revoked => "the OpenPGP key has been revoked by its owner",
                        KeyProblem::Unusable => "the OpenPGP key cannot be encrypted to (no encryption key this build can use)",
                    }
                )),
            }
        }
        findings
    }
}

/// What was last logged about each recipient, so that a change is logged once, not on every
/// look. Lives as long as the process serves (across reloads).
#[derive(Debug, Default)]
pub struct KeyLog {
    seen: Mutex<Vec<Seen>>,
}

/// One recipient as last logged: who, which key, and in what state.
#[derive(Debug, PartialEq, Eq)]
struct Seen {
    name: String,
    address: String,
    fingerprint: Option<String>,
    class: Option<&'static str>,
}

impl KeyLog {
    /// Looks at every recipient of `mail` at `now` and logs each one whose state changed
    /// since the last look: by its configured name, the key file, and why. A recipient first
    /// seen in good order is not logged.
    pub fn observe(&self, mail: Option<&MailSettings>, now: SystemTime) {
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(mail) = mail else {
            seen.clear();
            return;
        };
        let mut next = Vec::with_capacity(mail.recipients.len());
        for (recipient, state) in mail.recipients.iter().zip(mail.recipient_states(now)) {
            let fingerprint = recipient.key.as_ref().map(|k| k.fingerprint());
            let before = seen
                .iter()
                .find(|s| s.name == recipient.name && s.address == recipient.address.to_string());
            let now_seen = Seen {
                name: recipient.name.clone(),
                address: recipient.address.to_string(),
                fingerprint,
                class: state.class(),
            };
            if before != Some(&now_seen) && (before.is_some() || state.class().is_some()) {
                log_state(recipient, state, before.is_some_and(|b| b.class.is_some()));
            }
            next.push(now_seen);
        }
        *seen = next;
    }
}

/// One log line on a recipient's new state.
fn log_state(recipient: &Recipient, state: RecipientState, was_troubled: bool) {
    let name = recipient.name.as_str();
    let key_file = recipient
        .key
        .as_ref()
        .and_then(|k| k.file())
        .unwrap_or("(set in code)");
    match state {
        RecipientState::ExpiringSoon { expires } => tracing::warn!(
            recipient = name,
            key_file,
            expires = %date(expires),
            "this recipient's OpenPGP key expires soon: put a renewed or new key in its file and reload (SIGHUP) before then, or the recipient is disabled"
        ),
        RecipientState::Disabled(_) => tracing::error!(
            recipient = name,
            key_file,
            reason = state.class().unwrap_or_default(),
            "recipient disabled: nothing is sent to it, in clear text or otherwise, until a usable key is in its file and Signpost is reloaded (SIGHUP)"
        ),
        RecipientState::KeyUsable | RecipientState::NoKey if was_troubled => tracing::info!(
            recipient = name,
            key_file,
            "recipient enabled: its key can be encrypted to"
        ),
        RecipientState::KeyUsable | RecipientState::NoKey => {}
    }
}

/// A moment as an RFC 3339 time in UTC, to the second, for operators.
pub fn date(at: SystemTime) -> String {
    let at = time::OffsetDateTime::from(at)
        .replace_nanosecond(0)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    at.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
