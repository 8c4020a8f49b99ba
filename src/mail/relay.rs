//! Hands messages to the SMTP relay, inside the request, with one total deadline.
//!
//! Uses lettre's `AsyncSmtpConnection` step by step rather than its pooled transport, because
//! only then is it known whether a failure came before the message was handed over (it was
//! not sent) or after the last byte of it (it may have been: the outcome is unknown). Either
//! way the person is told exactly that. Temporary (4xx) refusals are retried a bounded number
//! of times within the deadline. Logs record only the outcome class.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use lettre::transport::smtp::authentication::Mechanism;
use lettre::transport::smtp::client::{AsyncSmtpConnection, Certificate, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::ClientId;

use crate::mail::message::OutgoingMessage;
use crate::mail::{MailSettings, Security};

/// Most attempts for one message when the relay answers "try again later" (4xx).
pub const MAX_ATTEMPTS: usize = 3;

/// Why a message was not sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureClass {
    /// The relay could not be reached.
    Unreachable,
    /// The relay said try later (4xx), every time.
    Temporary,
    /// The relay refused it (5xx).
    Permanent,
    /// The relay did not answer in time, before the message was handed over.
    Timeout,
    /// TLS could not be set up (not offered, or the certificate was not trusted).
    Tls,
    /// The message could not be put together (encryption failed).
    Compose,
    /// No recipient can be sent to: every one is disabled, its key expired, revoked or
    /// unusable (checked just before sending).
    NoRecipient,
}

/// What happened to a forwarded concern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The relay accepted every message.
    Sent,
    /// Nothing was handed over.
    NotSent(FailureClass),
    /// The connection broke after (part of) the message was handed over: it may or may not
    /// have been received.
    Unconfirmed,
}

impl Outcome {
    /// Every outcome, in the order the metrics count them.
    pub const ALL: [Outcome; 9] = [
        Outcome::Sent,
        Outcome::Unconfirmed,
        Outcome::NotSent(FailureClass::Unreachable),
        Outcome::NotSent(FailureClass::Temporary),
        Outcome::NotSent(FailureClass::Permanent),
        Outcome::NotSent(FailureClass::Timeout),
        Outcome::NotSent(FailureClass::Tls),
        Outcome::NotSent(FailureClass::Compose),
        Outcome::NotSent(FailureClass::NoRecipient),
    ];

    /// The outcome's place in [`Outcome::ALL`].
    pub const fn index(self) -> usize {
        match self {
            Outcome::Sent => 0,
            Outcome::Unconfirmed => 1,
            Outcome::NotSent(FailureClass::Unreachable) => 2,
            Outcome::NotSent(FailureClass::Temporary) => 3,
            Outcome::NotSent(FailureClass::Permanent) => 4,
            Outcome::NotSent(FailureClass::Timeout) => 5,
            Outcome::NotSent(FailureClass::Tls) => 6,
            Outcome::NotSent(FailureClass::Compose) => 7,
            Outcome::NotSent(FailureClass::NoRecipient) => 8,
        }
    }

    /// The class logged, counted and reported: never anything else about the send.
    pub fn class(self) -> &'static str {
        match self {
            Outcome::Sent => "sent",
            Outcome::NotSent(FailureClass::Temporary) => "temporary failure",
            Outcome::NotSent(FailureClass::Timeout) => "timeout",
            Outcome::NotSent(FailureClass::Unreachable) => "unreachable",
            Outcome::NotSent(FailureClass::Tls) => "tls failure",
            Outcome::NotSent(FailureClass::Permanent) => "permanent failure",
            Outcome::NotSent(FailureClass::Compose) => "could not compose",
            Outcome::NotSent(FailureClass::NoRecipient) => "no recipient",
            Outcome::Unconfirmed => "unconfirmed",
        }
    }

    /// Several messages' outcomes as one: sent only if all were; not sent only if none was.
    pub fn combine(outcomes: &[Outcome]) -> Outcome {
        if outcomes.iter().all(|o| *o == Outcome::Sent) {
            Outcome::Sent
        } else if let Some(Outcome::NotSent(class)) =
            outcomes.iter().find(|o| matches!(o, Outcome::NotSent(_)))
            && outcomes.iter().all(|o| matches!(o, Outcome::NotSent(_)))
        {
            Outcome::NotSent(*class)
        } else {
            Outcome::Unconfirmed
        }
    }
}

/// Sends each message; the whole call finishes within `settings.deadline`.
pub async fn deliver(settings: &MailSettings, messages: &[OutgoingMessage]) -> Outcome {
    let deadline = tokio::time::Instant::now() + settings.deadline;
    let mut outcomes = Vec::with_capacity(messages.len());
    for message in messages {
        outcomes.push(deliver_one(settings, message, deadline).await);
    }
    let outcome = Outcome::combine(&outcomes);
    tracing::info!(outcome = outcome.class(), "forwarded concern");
    outcome
}

async fn deliver_one(
    settings: &MailSettings,
    message: &OutgoingMessage,
    deadline: tokio::time::Instant,
) -> Outcome {
    let mut last = Outcome::NotSent(FailureClass::Temporary);
    for attempt in 0..MAX_ATTEMPTS {
        if attempt > 0 {
            let pause = Duration::from_millis(250 * (1 << attempt));
            if tokio::time::Instant::now() + pause >= deadline {
                break;
            }
            tokio::time::sleep(pause).await;
        }
        let handed_over = Arc::new(AtomicBool::new(false));
        let result = tokio::time::timeout_at(deadline, attempt_once(settings, message, &handed_over)).await;
        last = match result {
            Ok(Ok(())) => return Outcome::Sent,
            Ok(Err(outcome)) => outcome,
            Err(_elapsed) if handed_over.load(Ordering::SeqCst) => Outcome::Unconfirmed,
            Err(_elapsed) => Outcome::NotSent(FailureClass::Timeout),
        };
        if last != Outcome::NotSent(FailureClass::Temporary) {
            return last;
        }
    }
    last
}

/// One connection, one message. `handed_over` turns true once the message content starts to
/// go out: from then on a broken connection means the outcome is unknown.
async fn attempt_once(
    settings: &MailSettings,
    message: &OutgoingMessage,
    handed_over: &AtomicBool,
) -> Result<(), Outcome> {
    let relay = &settings.relay;
    let tls = || -> Result<TlsParameters, Outcome> {
        let mut builder = TlsParameters::builder(relay.host.clone());
        if let Some(pem) = &settings.extra_root_certificate {
            let certificate =
                Certificate::from_pem(pem.as_bytes()).map_err(|_| Outcome::NotSent(FailureClass::Tls))?;
            builder = builder.add_root_certificate(certificate);
        }
        builder
            .build_rustls()
            .map_err(|_| Outcome::NotSent(FailureClass::Tls))
    };
    let hello = ClientId::default();
    let implicit = match relay.security {
        Security::ImplicitTls => Some(tls()?),
        _ => None,
    };
    let mut connection =
        AsyncSmtpConnection::connect_tokio1((relay.host.as_str(), relay.port), None, &hello, implicit, None)
            .await
            .map_err(|e| before_handover(&e, FailureClass::Unreachable))?;
    if relay.security == Security::StartTlsRequired {
        if !connection.can_starttls() {
            connection.abort().await;
            return Err(Outcome::NotSent(FailureClass::Tls));
        }
        connection
            .starttls(tls()?, &hello)
            .await
            .map_err(|e| before_handover(&e, FailureClass::Tls))?;
    }
    if let Some(credentials) = &settings.credentials {
        connection
            .auth(&[Mechanism::Plain, Mechanism::Login], &credentials.to_lettre())
            .await
            .map_err(|e| before_handover(&e, FailureClass::Permanent))?;
    }
    let step = async {
        connection
            .command(Mail::new(Some(message.from.clone()), vec![]))
            .await?;
        for to in &message.to {
            connection.command(Rcpt::new(to.clone(), vec![])).await?;
        }
        connection.command(Data).await
    };
    if let Err(error) = step.await {
        connection.abort().await;
        return Err(before_handover(&error, FailureClass::Unreachable));
    }
    handed_over.store(true, Ordering::SeqCst);
    match connection.message(&message.bytes).await {
        Ok(_) => {
            let _ = connection.quit().await;
            Ok(())
        }
        // The relay read the whole message and answered: a refusal is a clear "not sent".
        Err(error) if error.is_permanent() => Err(Outcome::NotSent(FailureClass::Permanent)),
        Err(error) if error.is_transient() => Err(Outcome::NotSent(FailureClass::Temporary)),
        // No answer after the message went out: it may have been delivered.
        Err(_) => Err(Outcome::Unconfirmed),
    }
}

/// Classifies an error that happened before any of the message was handed over.
fn before_handover(error: &lettre::transport::smtp::Error, otherwise: FailureClass) -> Outcome {
    Outcome::NotSent(if error.is_permanent() {
        FailureClass::Permanent
    } else if error.is_transient() {
        FailureClass::Temporary
    } else if error.is_tls() {
        FailureClass::Tls
    } else if error.is_timeout() {
        FailureClass::Timeout
    } else {
        otherwise
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_outcome_has_its_own_place_and_class() {
        for (n, outcome) in Outcome::ALL.iter().enumerate() {
            assert_eq!(outcome.index(), n);
        }
        let classes: std::collections::HashSet<_> = Outcome::ALL.iter().map(|o| o.class()).collect();
        assert_eq!(classes.len(), Outcome::ALL.len());
    }

    #[test]
    fn outcomes_combine_honestly() {
        use FailureClass::*;
        use Outcome::*;
        assert_eq!(Outcome::combine(&[Sent, Sent]), Sent);
        assert_eq!(
            Outcome::combine(&[NotSent(Permanent), NotSent(Timeout)]),
            NotSent(Permanent)
        );
        assert_eq!(
            Outcome::combine(&[Sent, NotSent(Permanent)]),
            Unconfirmed,
            "partly sent is not sent"
        );
        assert_eq!(Outcome::combine(&[Unconfirmed]), Unconfirmed);
    }
}
