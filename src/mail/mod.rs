//! The mail relay: forwards a person's text-only concern, with their answers and the plan
//! they were shown, to the deploying organisation's safeguarding inbox, encrypted to each
//! recipient's OpenPGP key where there is one. Nothing is queued or written anywhere: the
//! send happens inside the request and the text is dropped (and zeroised) when it ends.
//!
//! `message` composes (no I/O); `relay` talks SMTP; `pgp` encrypts. The web layer decides
//! what the person sees for each `Outcome`.

pub mod keys;
pub mod message;
pub mod pgp;
pub mod relay;

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

pub use message::{Contact, Forward};
pub use relay::{FailureClass, Outcome};

/// Typed `[mail]` settings; present only when mail is enabled.
#[derive(Clone)]
pub struct MailSettings {
    /// Where to hand the message over.
    pub relay: SmtpRelay,
    /// The envelope and header sender.
    pub from: lettre::message::Mailbox,
    /// The organisation's name, as the public sees it ("Also tell {organisation}").
    pub organisation: String,
    /// Who receives it, as configured: a recipient whose key cannot be encrypted to is kept
    /// here but never sent to (see [`keys`]).
    pub recipients: Vec<Recipient>,
    /// How long before a recipient's key expires to start warning (`[mail]
    /// key_expiry_warning_days`).
    pub key_expiry_warning: Duration,
    /// SMTP login, from the environment only.
    pub credentials: Option<SmtpCredentials>,
    /// An extra certificate authority to trust (PEM), for test relays; not settable in the file.
    pub extra_root_certificate: Option<String>,
    /// The whole send, retries included, must finish within this: shorter than the HTTP
    /// request timeout, so the person always gets an honest answer and their text back.
    pub deadline: Duration,
}

impl fmt::Debug for MailSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MailSettings")
            .field("relay", &self.relay)
            .field("from", &self.from.to_string())
            .field("organisation", &self.organisation)
            .field("recipients", &self.recipients)
            .field("key_expiry_warning", &self.key_expiry_warning)
            .field("credentials", &self.credentials)
            .field("deadline", &self.deadline)
            .finish_non_exhaustive()
    }
}

/// One safeguarding inbox.
#[derive(Clone)]
pub struct Recipient {
    /// The person or team's name.
    pub name: String,
    /// Their address.
    pub address: lettre::Address,
    /// Their OpenPGP key: when set, the body is encrypted to it, and nothing at all is sent
    /// while it cannot be encrypted to (expired, revoked, unusable).
    pub key: Option<Arc<pgp::RecipientKey>>,
}

impl fmt::Debug for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Recipient")
            .field("name", &self.name)
            .field("address", &self.address.to_string())
            .field("key", &self.key.as_ref().map(|k| k.fingerprint()))
            .finish()
    }
}

/// The SMTP login. `Debug` never prints the password (nor the user name).
#[derive(Clone)]
pub struct SmtpCredentials {
    user: String,
    password: zeroize::Zeroizing<String>,
}

impl SmtpCredentials {
    /// From `SIGNPOST_SMTP_USER` and `SIGNPOST_SMTP_PASSWORD`.
    pub fn new(user: String, password: String) -> Self {
        SmtpCredentials {
            user,
            password: zeroize::Zeroizing::new(password),
        }
    }

    pub(crate) fn to_lettre(&self) -> lettre::transport::smtp::authentication::Credentials {
        lettre::transport::smtp::authentication::Credentials::new(
            self.user.clone(),
            self.password.to_string(),
        )
    }
}

impl fmt::Debug for SmtpCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SmtpCredentials { user: <set>, password: <redacted> }")
    }
}

/// How the connection to the relay is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Security {
    /// Plain text: allowed only to a relay on this machine (loopback).
    PlainLoopback,
    /// STARTTLS, required: the send fails rather than fall back to plain text.
    StartTlsRequired,
    /// TLS from the first byte (`smtps://`).
    ImplicitTls,
}

/// A relay address from `smtp_url`, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmtpRelay {
    /// Host name or IP address.
    pub host: String,
    /// Port.
    pub port: u16,
    /// TLS mode.
    pub security: Security,
}

/// Why `smtp_url` was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SmtpUrlError {
    /// Not a URL at all.
    #[error(
        "{0}: write it as smtp://host:587?tls=required, smtps://host:465, or smtp://127.0.0.1:25 for a relay on this machine"
    )]
    NotAUrl(String),
    /// A scheme other than smtp/smtps.
    #[error("the scheme must be smtp:// or smtps://")]
    Scheme,
    /// Plain text to a host that is not this machine.
    #[error(
        "a plain smtp:// relay is allowed only on this machine (127.0.0.1, ::1 or localhost); \
         for {0} use smtp://{0}:587?tls=required or smtps://{0}:465"
    )]
    PlainNotLoopback(String),
    /// `tls=opportunistic`, which falls back to plain text.
    #[error("tls=opportunistic falls back to plain text when a server hides STARTTLS; use tls=required")]
    Opportunistic,
    /// Another tls value.
    #[error("tls must be \"required\" (or leave it out only for a relay on this machine)")]
    TlsValue,
    /// A user or password in the URL.
    #[error(
        "do not put a user or password in smtp_url: set SIGNPOST_SMTP_USER and SIGNPOST_SMTP_PASSWORD instead"
    )]
    CredentialsInUrl,
}

impl SmtpRelay {
    /// Parses lettre's URL form: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://host:465`.
    pub fn parse(text: &str) -> Result<SmtpRelay, SmtpUrlError> {
        let url = url::Url::parse(text.trim()).map_err(|e| SmtpUrlError::NotAUrl(e.to_string()))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(SmtpUrlError::CredentialsInUrl);
        }
        let host = match url.host() {
            Some(url::Host::Domain(domain)) => domain.to_owned(),
            Some(url::Host::Ipv4(ip)) => ip.to_string(),
            Some(url::Host::Ipv6(ip)) => ip.to_string(),
            None => return Err(SmtpUrlError::NotAUrl("no host".to_owned())),
        };
        let tls = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let (security, default_port) = match (url.scheme(), tls.as_deref()) {
            ("smtps", None | Some("required") | Some("wrapper")) => (Security::ImplicitTls, 465),
            ("smtp", Some("required")) => (Security::StartTlsRequired, 587),
            ("smtp", Some("opportunistic")) | ("smtps", Some("opportunistic")) => {
                return Err(SmtpUrlError::Opportunistic);
            }
            ("smtp", None) => {
                let loopback = host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
                if !loopback {
                    return Err(SmtpUrlError::PlainNotLoopback(host));
                }
                (Security::PlainLoopback, 25)
            }
            ("smtp" | "smtps", Some(_)) => return Err(SmtpUrlError::TlsValue),
            _ => return Err(SmtpUrlError::Scheme),
        };
        Ok(SmtpRelay {
            port: url.port().unwrap_or(default_port),
            host,
            security,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relay_urls_follow_lettres_forms_and_refuse_plain_text_off_this_machine() {
        for (url, security, port, why) in [
            (
                "smtp://127.0.0.1:2525",
                Security::PlainLoopback,
                2525,
                "a local relay",
            ),
            (
                "smtp://localhost",
                Security::PlainLoopback,
                25,
                "the default port",
            ),
            ("smtp://[::1]:25", Security::PlainLoopback, 25, "IPv6 loopback"),
            (
                "smtp://mail.example.org:587?tls=required",
                Security::StartTlsRequired,
                587,
                "submission",
            ),
            (
                "smtp://mail.example.org?tls=required",
                Security::StartTlsRequired,
                587,
                "submission by default",
            ),
            (
                "smtps://mail.example.org",
                Security::ImplicitTls,
                465,
                "implicit TLS",
            ),
        ] {
            let relay = SmtpRelay::parse(url).unwrap_or_else(|e| panic!("{url}: {e}"));
            assert_eq!((relay.security, relay.port), (security, port), "{why}");
        }
        for (url, why) in [
            ("smtp://mail.example.org:25", "plain text over the network"),
            ("smtp://10.0.0.5", "a private address is still the network"),
            (
                "smtp://mail.example.org?tls=opportunistic",
                "falls back to plain text",
            ),
            (
                "smtp://user:secret@127.0.0.1",
                "credentials belong in the environment",
            ),
            ("http://mail.example.org", "not SMTP"),
            ("mail.example.org", "not a URL"),
            ("smtp://mail.example.org?tls=yes", "unknown tls value"),
        ] {
            assert!(SmtpRelay::parse(url).is_err(), "{url}: {why}");
        }
    }

    #[test]
    fn credentials_never_show_in_debug_output() {
        let credentials = SmtpCredentials::new("mailer".into(), "hunter2-secret".into());
        let shown = format!("{credentials:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("mailer"), "{shown}");
    }
}
