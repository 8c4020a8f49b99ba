//! "Also tell {organisation}": the text-only form on the plan page, the check-your-message
//! step, and the send. Everything travels in POST bodies to `/tell`; nothing is kept. The send
//! is refused when `Origin`/`Sec-Fetch-Site` show another site, when the honeypot is filled, or
//! past the per-client rate limit — and every answer, sent or not, still shows the plan, and
//! a person whose message was not sent gets their words back.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Extension, FromRequest, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::i18n::{Locale, Words};
use crate::mail::message::compose;
use crate::mail::{Contact, FailureClass, Forward, MailSettings, Outcome, relay};
use crate::routing::Plan;
use crate::view::PlanView;
use crate::web::answers::{Answers, DangerAnswer};
use crate::web::envelope::with_language;
use crate::web::error::{RetryAfter, WebError};
use crate::web::error_page::error_page;
use crate::web::extract::GuardedForm;
use crate::web::frame::{Frame, Switch, frame};
use crate::web::language::locale_for;
use crate::web::limit::{Decision, PeerAddr, client_ip};
use crate::web::state::AppState;
pub use crate::web::tell_form::TellFormView;
use crate::web::tell_form::{TellFields, check_fields};

/// The tell form alone, with errors or to change the message.
#[derive(Template, WebTemplate)]
#[template(path = "tell.html", config = "config/askama.toml")]
struct TellTemplate<'a> {
    frame: Frame<'a>,
    t: Words<'a>,
    form: TellFormView<'a>,
}

/// Check your message before sending.
#[derive(Template, WebTemplate)]
#[template(path = "tell_check.html", config = "config/askama.toml")]
struct TellCheckTemplate<'a> {
    frame: Frame<'a>,
    t: Words<'a>,
    form: TellFormView<'a>,
}

/// Sent, not sent, or not confirmed: always with the plan.
#[derive(Template, WebTemplate)]
#[template(path = "tell_result.html", config = "config/askama.toml")]
struct TellResultTemplate<'a> {
    frame: Frame<'a>,
    t: Words<'a>,
    organisation: &'a str,
    sent: bool,
    heading: String,
    message: String,
    retry: Option<TellFormView<'a>>,
    can_retry: bool,
    plan: PlanView<'a>,
}

/// `POST /tell`: check, change, or send the message.
pub async fn submit_tell(
    State(state): State<AppState>,
    peer: Option<Extension<PeerAddr>>,
    request: Request,
) -> Response {
    // Off, or nobody to send to when the configuration was loaded: as if mail were off.
    let Some(mail) = state.settings.mail.as_ref().filter(|_| state.tell_open) else {
        let locale = locale_for(&state, None, request.headers());
        return error_page(&state, locale, WebError::NotFound);
    };
    let GuardedForm {
        form: fields,
        headers,
    } = match GuardedForm::<TellFields>::from_request(request, &state).await {
        Ok(guarded) => guarded,
        Err(rejection) => return rejection.into_response(),
    };
    let locale = locale_for(&state, fields.lang.as_deref(), &headers);
    let answers = Answers {
        country: fields.country.clone(),
        reporter: fields.reporter.clone(),
        concern: fields.concern.clone(),
        danger: fields.danger.clone().map(DangerAnswer::Text),
        platform: fields.platform.clone(),
    };
    let Ok(concern) = answers.parse(state.router.platforms()) else {
        return error_page(&state, locale, WebError::BadForm);
    };
    let peer = peer.map(|Extension(peer)| peer);
    let telling = Telling {
        state: &state,
        locale,
        t: state.catalogs().words(locale),
        mail,
        plan: state.router.route(&concern),
    };
    let t = telling.t;
    let names = state.tell_offer.as_deref().unwrap_or_default();
    let mut form = TellFormView::filled(mail, names, &concern, state.router.platforms(), &fields);
    let client = client_ip(peer, &headers, &state.settings.server.trusted_proxies);
    if let Decision::Refuse { retry_after } = state.form_limiter.check(client) {
        return with_language(t, telling.rate_limited(form, retry_after));
    }
    form.errors = check_fields(t, &fields);
    let response = match fields.action.as_deref() {
        Some("edit") => {
            let form = TellFormView {
                errors: Vec::new(),
                ..form
            };
            let frame = telling.frame(&form);
            (StatusCode::OK, TellTemplate { frame, t, form }).into_response()
        }
        _ if !form.errors.is_empty() => {
            let frame = telling.frame(&form);
            (StatusCode::UNPROCESSABLE_ENTITY, TellTemplate { frame, t, form }).into_response()
        }
        Some("check") => {
            let frame = telling.frame(&form);
            TellCheckTemplate { frame, t, form }.into_response()
        }
        Some("send") => telling.send(peer, &headers, &fields, form).await,
        _ => return error_page(&state, locale, WebError::BadForm),
    };
    with_language(t, response)
}

/// One person's way through `/tell`: what every answer to them needs.
struct Telling<'a> {
    state: &'a AppState,
    locale: Locale,
    t: Words<'a>,
    mail: &'a MailSettings,
    /// The plan the person was shown, routed once for every answer to them.
    plan: Plan<'a>,
}

impl<'a> Telling<'a> {
    /// The frame of a page that carries the form: the language list re-sends every field.
    fn frame(&self, form: &TellFormView<'_>) -> Frame<'a> {
        frame(
            self.state,
            self.locale,
            Switch::Form {
                action: "/tell",
                hidden: form.resend_fields(),
            },
        )
    }

    /// The answer after a send was tried or refused: always with the plan, and with the
    /// person's words to send again where it was not sent.
    fn result(&self, form: TellFormView<'a>, outcome: ResultWords) -> Response {
        let switch = if outcome.sent {
            Switch::Links("/")
        } else {
            Switch::Form {
                action: "/tell",
                hidden: form.resend_fields(),
            }
        };
        let page = TellResultTemplate {
            frame: frame(self.state, self.locale, switch),
            t: self.t,
            organisation: &self.mail.organisation,
            sent: outcome.sent,
            heading: outcome.heading,
            message: outcome.message,
            can_retry: outcome.can_retry,
            retry: (!outcome.sent).then_some(form),
            plan: PlanView::new(self.t, &self.plan),
        };
        (outcome.status, page).into_response()
    }

    /// The 429 answer: not sent, the person's words handed back, the plan still shown (a
    /// limit may pause forwarding but never hides where to get help), and `Retry-After`.
    fn rate_limited(&self, form: TellFormView<'a>, retry_after: RetryAfter) -> Response {
        let t = self.t;
        let mut response = self.result(
            form,
            ResultWords {
                status: StatusCode::TOO_MANY_REQUESTS,
                sent: false,
                heading: t.get("tell-not-sent-heading"),
                message: t.args(
                    "tell-not-sent-too-many",
                    [
                        ("minutes", retry_after.minutes().into()),
                        ("organisation", self.mail.organisation.as_str().into()),
                    ],
                ),
                can_retry: false,
            },
        );
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, retry_after.header());
        response
    }

    /// Sends the message, unless it came from another site or past the per-client limit, and
    /// says plainly what happened.
    async fn send(
        &self,
        peer: Option<PeerAddr>,
        headers: &HeaderMap,
        fields: &TellFields,
        form: TellFormView<'a>,
    ) -> Response {
        let (t, organisation) = (self.t, &self.mail.organisation);
        let foreign =
            from_another_site(headers) || fields.leave_empty.as_deref().is_some_and(|v| !v.is_empty());
        if foreign {
            return self.result(
                form,
                ResultWords {
                    status: StatusCode::FORBIDDEN,
                    sent: false,
                    heading: t.get("tell-not-sent-heading"),
                    message: t.with("tell-not-sent-other-site", "organisation", organisation),
                    can_retry: false,
                },
            );
        }
        let client = client_ip(peer, headers, &self.state.settings.server.trusted_proxies);
        if let Decision::Refuse { retry_after } = self.state.send_limiter.check(client) {
            return self.rate_limited(form, retry_after);
        }
        let words = match self.deliver(fields).await {
            Outcome::Sent => ResultWords {
                status: StatusCode::OK,
                sent: true,
                heading: t.with("tell-sent-heading", "organisation", organisation),
                message: t.with("tell-sent", "organisation", organisation),
                can_retry: false,
            },
            Outcome::Unconfirmed => ResultWords {
                status: StatusCode::BAD_GATEWAY,
                sent: false,
                heading: t.get("tell-unconfirmed-heading"),
                message: t.with("tell-unconfirmed", "organisation", organisation),
                can_retry: false,
            },
            Outcome::NotSent(class) => ResultWords {
                status: StatusCode::SERVICE_UNAVAILABLE,
                sent: false,
                heading: t.get("tell-not-sent-heading"),
                message: t.with2(
                    "tell-not-sent-failed",
                    "reason",
                    &t.get(failure_words(class)),
                    "organisation",
                    organisation,
                ),
                // Sending again cannot help until the operator configures a usable key.
                can_retry: class != FailureClass::NoRecipient,
            },
        };
        self.result(form, words)
    }

    /// Composes the message from the plan and hands it to the recipients that can be sent to
    /// now (a key may have expired since the page was shown): never to a disabled one.
    async fn deliver(&self, fields: &TellFields) -> Outcome {
        let now = std::time::SystemTime::now();
        if AppState::offer_at(&self.state.settings, now) != self.state.tell_offer {
            self.state.key_change.notify_one();
        }
        let Some(mail) = self.mail.sendable(now) else {
            let outcome = Outcome::NotSent(FailureClass::NoRecipient);
            tracing::warn!(outcome = outcome.class(), "forwarded concern");
            crate::metrics::mail_outcome(outcome);
            return outcome;
        };
        let contact = if fields.contact.as_deref() == Some("share") {
            let keep = |value: &Option<String>| {
                value
                    .as_deref()
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(str::to_owned)
            };
            Contact::Details {
                name: keep(&fields.name),
                email: keep(&fields.email),
                phone: keep(&fields.phone),
            }
        } else {
            Contact::Anonymous
        };
        let forward = Forward {
            plan: &self.plan,
            text: fields.text.as_deref().unwrap_or_default(),
            contact: &contact,
            words: self.t,
            english: self.state.catalogs().words(Locale::SOURCE),
        };
        let outcome = match compose(&mail, &forward) {
            Ok(messages) => relay::deliver(&mail, &messages).await,
            Err(error) => {
                tracing::error!(error = %error, "could not compose a forwarded concern");
                Outcome::NotSent(FailureClass::Compose)
            }
        };
        crate::metrics::mail_outcome(outcome);
        outcome
    }
}

/// What the result page says, and with which status.
struct ResultWords {
    status: StatusCode,
    sent: bool,
    heading: String,
    message: String,
    can_retry: bool,
}

/// Whether the browser says the form came from another site. `Sec-Fetch-Site` decides where
/// the browser sends it (every current one does). Otherwise `Origin` must name this host;
/// `Origin: null` is what browsers send for Signpost's own pages, whose referrer policy is
/// `no-referrer`, so it proves nothing either way. Clients that send neither are let through:
/// the honeypot and the rate limit still apply.
fn from_another_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site != "same-origin";
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None | Some("null") => false,
        Some(origin) => origin.split_once("://").map(|(_, rest)| rest) != host,
    }
}

/// The message id saying what went wrong.
fn failure_words(class: FailureClass) -> &'static str {
    match class {
        FailureClass::Unreachable => "tell-failure-unreachable",
        FailureClass::Temporary => "tell-failure-temporary",
        FailureClass::Permanent => "tell-failure-permanent",
        FailureClass::Timeout => "tell-failure-timeout",
        FailureClass::Tls => "tell-failure-tls",
        FailureClass::Compose => "tell-failure-compose",
        FailureClass::NoRecipient => "tell-failure-no-recipient",
    }
}
