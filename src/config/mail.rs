//! The `[mail]` section of `signpost.toml` and the SMTP login from the environment: the relay,
//! sender, organisation and recipients, each recipient's OpenPGP key file read from the
//! configuration folder and checked once here. A key file that is not a public key (missing,
//! garbled, a secret key, several keys) is a mistake in the configuration and stops start-up;
//! a well-formed key that cannot be encrypted to (expired, revoked, unusable) is not: that
//! recipient is disabled while the rest of Signpost serves (see [`crate::mail::keys`]), and
//! `signpost check` fails on it.

use std::path::{Component, Path};
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;

use crate::mail::keys::DEFAULT_WARNING_DAYS;
use crate::mail::pgp::{PgpError, RecipientKey};
use crate::mail::{MailSettings, Recipient, SmtpCredentials, SmtpRelay};

use super::issue::Issue;
use super::source::{ConfigSource, ReadError};

const FILE: &str = "signpost.toml";

/// `[mail]` as written.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMail {
    #[serde(default)]
    enabled: bool,
    smtp_url: Option<String>,
    from: Option<String>,
    organisation: Option<String>,
    #[serde(default)]
    recipients: Vec<RawRecipient>,
    /// Days before a key expires to start warning.
    key_expiry_warning_days: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecipient {
    name: String,
    address: String,
    pgp_key: Option<String>,
}

/// The SMTP login from `SIGNPOST_SMTP_USER` and `SIGNPOST_SMTP_PASSWORD`: both or neither.
pub(super) fn smtp_credentials(
    user: Option<String>,
    password: Option<String>,
    errors: &mut Vec<Issue>,
) -> Option<SmtpCredentials> {
    match (user, password) {
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
    }
}

/// The `[mail]` section, checked: `None` when it is off.
pub(super) fn load_mail(
    source: &ConfigSource,
    raw: RawMail,
    credentials: Option<SmtpCredentials>,
    request_timeout: Duration,
    errors: &mut Vec<Issue>,
) -> Option<MailSettings> {
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
    let recipients = recipients(source, raw.recipients, errors);
    let warning_days = raw.key_expiry_warning_days.unwrap_or(DEFAULT_WARNING_DAYS);
    if warning_days > 366 {
        errors.push(Issue::new(
            FILE,
            "mail.key_expiry_warning_days",
            "must be at most 366 (a year)",
        ));
    }
    Some(MailSettings {
        key_expiry_warning: Duration::from_secs(u64::from(warning_days) * 86_400),
        relay: relay?,
        from: from?,
        organisation: organisation?,
        recipients,
        credentials,
        extra_root_certificate: None,
        deadline: request_timeout
            .saturating_sub(Duration::from_secs(2))
            .max(Duration::from_secs(1)),
    })
}

/// `[[mail.recipients]]`, each address parsed and each key read; at least one is required.
fn recipients(source: &ConfigSource, raw: Vec<RawRecipient>, errors: &mut Vec<Issue>) -> Vec<Recipient> {
    if raw.is_empty() {
        errors.push(Issue::new(
            FILE,
            "mail.recipients",
            "name at least one recipient: [[mail.recipients]] with name and address",
        ));
    }
    let mut recipients = Vec::new();
    for (n, recipient) in raw.into_iter().enumerate() {
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
                .map_err(|e| errors.push(Issue::new(FILE, &format!("{at}.pgp_key"), e.to_string())))
                .ok(),
        };
        if let Some(address) = address {
            recipients.push(Recipient {
                name: recipient.name,
                address,
                key: key.map(Arc::new),
            });
        }
    }
    recipients
}

/// Why a recipient's `pgp_key` file cannot be used.
#[derive(Debug, thiserror::Error)]
enum KeyFileError {
    /// The path is absolute or climbs out with `..`: keys live beside the configuration.
    #[error("{path:?} must be a path inside the configuration folder, such as keys/safeguarding.asc")]
    OutsideFolder {
        /// The path as written.
        path: String,
    },
    /// The file is missing or unreadable.
    #[error(transparent)]
    Unreadable(#[from] ReadError),
    /// The file holds no usable public key.
    #[error("{path}: {error}")]
    NotAKey {
        /// The path as written.
        path: String,
        /// What is wrong with the key.
        error: PgpError,
    },
}

/// Reads and parses a recipient's key file, relative to the configuration folder.
fn load_key(source: &ConfigSource, path: &str) -> Result<RecipientKey, KeyFileError> {
    let relative = Path::new(path);
    if relative.is_absolute() || relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Err(KeyFileError::OutsideFolder {
            path: path.to_owned(),
        });
    }
    let text = source.read_text(path)?;
    RecipientKey::from_armored(&text)
        .map(|key| key.read_from(path))
        .map_err(|error| KeyFileError::NotAKey {
            path: path.to_owned(),
            error,
        })
}
