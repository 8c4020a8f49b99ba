//! "Also tell {organisation}": the text-only form on the plan page, the check-your-message
//! step, and the send. Everything travels in POST bodies to `/tell`; nothing is kept. The send
//! is refused when `Origin`/`Sec-Fetch-Site` show another site, when the honeypot is filled, or
//! past the per-client rate limit — and every answer, sent or not, still shows the plan, and
//! a person whose message was not sent gets their words back.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Body;
use axum::extract::{Extension, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use zeroize::{Zeroize, Zeroizing};

use crate::mail::message::{MAX_TEXT_CHARS, compose};
use crate::mail::{Contact, FailureClass, Forward, MailSettings, Outcome, relay};
use crate::routing::{Concern, Urgency};
use crate::web::AppState;
use crate::web::answers::Answers;
use crate::web::body::{Accepts, read_body};
use crate::web::error::WebError;
use crate::web::limit::{Decision, PeerAddr, client_ip};
use crate::web::pages::{ErrorView, StepView, error_page, step_views};

/// The form fields of `/tell`, as sent. Zeroised when dropped. No `Debug`: it holds what a
/// person typed, which must never reach a log or a panic message.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TellFields {
    country: Option<String>,
    danger: Option<String>,
    reporter: Option<String>,
    concern: Option<String>,
    text: Option<String>,
    contact: Option<String>,
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    consent: Option<String>,
    leave_empty: Option<String>,
    action: Option<String>,
}

impl Drop for TellFields {
    fn drop(&mut self) {
        for field in [&mut self.text, &mut self.name, &mut self.email, &mut self.phone] {
            field.zeroize();
        }
    }
}

/// The tell form, filled in as far as the person got. Rendered by every `/tell` page. No
/// `Debug`, for the same reason as `TellFields`.
pub struct TellFormView<'a> {
    pub(crate) organisation: &'a str,
    pub(crate) recipient_names: String,
    pub(crate) country: String,
    pub(crate) danger: &'static str,
    pub(crate) reporter: &'static str,
    pub(crate) concern: &'static str,
    pub(crate) text: Zeroizing<String>,
    pub(crate) contact: String,
    pub(crate) name: Zeroizing<String>,
    pub(crate) email: Zeroizing<String>,
    pub(crate) phone: Zeroizing<String>,
    pub(crate) consent: bool,
    pub(crate) max_chars: usize,
    pub(crate) errors: Vec<ErrorView>,
}

impl<'a> TellFormView<'a> {
    /// A blank form for a plan.
    pub fn blank(mail: &'a MailSettings, concern: &Concern) -> Self {
        TellFormView {
            organisation: &mail.organisation,
            recipient_names: mail
                .recipients
                .iter()
                .map(|r| r.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            country: concern.country.to_string(),
            danger: if concern.urgency.is_immediate() {
                "yes"
            } else {
                "no"
            },
            reporter: concern.reporter.as_str(),
            concern: concern.kind.as_str(),
            text: Zeroizing::new(String::new()),
            contact: String::new(),
            name: Zeroizing::new(String::new()),
            email: Zeroizing::new(String::new()),
            phone: Zeroizing::new(String::new()),
            consent: false,
            max_chars: MAX_TEXT_CHARS,
            errors: Vec::new(),
        }
    }

    fn filled(mail: &'a MailSettings, concern: &Concern, fields: &TellFields) -> Self {
        let keep = |value: &Option<String>| Zeroizing::new(value.clone().unwrap_or_default());
        TellFormView {
            text: keep(&fields.text),
            contact: match fields.contact.as_deref() {
                Some("share") => "share".to_owned(),
                Some("anonymous") => "anonymous".to_owned(),
                _ => String::new(),
            },
            name: keep(&fields.name),
            email: keep(&fields.email),
            phone: keep(&fields.phone),
            consent: fields.consent.as_deref() == Some("yes"),
            ..Self::blank(mail, concern)
        }
    }

    pub(crate) fn error_for(&self, field: &str) -> Option<&'static str> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.message)
    }

    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    pub(crate) fn email(&self) -> &str {
        &self.email
    }

    pub(crate) fn phone(&self) -> &str {
        &self.phone
    }

    pub(crate) fn count_message(&self) -> String {
        let used = self.text.chars().count();
        if used > MAX_TEXT_CHARS {
            format!("You have {} characters too many", used - MAX_TEXT_CHARS)
        } else {
            format!("You have {} characters remaining", MAX_TEXT_CHARS - used)
        }
    }
}

/// The tell form alone, with errors or to change the message.
#[derive(Template, WebTemplate)]
#[template(path = "tell.html", config = "config/askama.toml")]
struct TellTemplate<'a> {
    exit_url: &'a str,
    form: TellFormView<'a>,
}

/// Check your message before sending.
#[derive(Template, WebTemplate)]
#[template(path = "tell_check.html", config = "config/askama.toml")]
struct TellCheckTemplate<'a> {
    exit_url: &'a str,
    form: TellFormView<'a>,
}

/// Sent, not sent, or not confirmed: always with the plan.
#[derive(Template, WebTemplate)]
#[template(path = "tell_result.html", config = "config/askama.toml")]
struct TellResultTemplate<'a> {
    exit_url: &'a str,
    organisation: &'a str,
    sent: bool,
    heading: String,
    message: String,
    retry: Option<TellFormView<'a>>,
    can_retry: bool,
    steps: Vec<StepView<'a>>,
}

/// `POST /tell`: check, change, or send the message.
pub async fn submit_tell(
    State(state): State<AppState>,
    peer: Option<Extension<PeerAddr>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let Some(mail) = state.settings.mail.as_ref() else {
        return error_page(&state, WebError::NotFound);
    };
    let body = match read_body(&headers, body, Accepts::Form).await {
        Ok(body) => body,
        Err(error) => return error_page(&state, error),
    };
    let parsed = serde_urlencoded::from_bytes::<TellFields>(&body);
    if let Ok(mut buffer) = body.try_into_mut() {
        buffer.as_mut().zeroize();
    }
    let Ok(fields) = parsed else {
        return error_page(&state, WebError::BadForm);
    };
    let urgency = match fields.danger.as_deref() {
        Some("yes") => Some(Urgency::ImmediateDanger),
        Some("no") => Some(Urgency::NotImmediate),
        _ => None,
    };
    let answers = Answers {
        country: fields.country.clone(),
        reporter: fields.reporter.clone(),
        concern: fields.concern.clone(),
        urgency,
    };
    let Ok(concern) = answers.parse() else {
        return error_page(&state, WebError::BadForm);
    };
    let exit_url = state.exit_url();
    let mut form = TellFormView::filled(mail, &concern, &fields);
    let peer = peer.map(|Extension(peer)| peer);
    let client = client_ip(peer, &headers, &state.settings.server.trusted_proxies);
    if let Decision::Refuse { retry_after } = state.form_limiter.check(client) {
        return rate_limited(&state, mail, &concern, form, retry_after);
    }
    form.errors = check_fields(&fields);
    match fields.action.as_deref() {
        Some("edit") => (
            StatusCode::OK,
            TellTemplate {
                exit_url,
                form: TellFormView {
                    errors: Vec::new(),
                    ..form
                },
            },
        )
            .into_response(),
        _ if !form.errors.is_empty() => {
            (StatusCode::UNPROCESSABLE_ENTITY, TellTemplate { exit_url, form }).into_response()
        }
        Some("check") => TellCheckTemplate { exit_url, form }.into_response(),
        Some("send") => send(&state, mail, peer, &headers, &concern, &fields, form).await,
        _ => error_page(&state, WebError::BadForm),
    }
}

/// Checks the fields a person fills in, in page order.
fn check_fields(fields: &TellFields) -> Vec<ErrorView> {
    let mut errors = Vec::new();
    let mut error = |field: &'static str, message: &'static str| {
        errors.push(ErrorView {
            field,
            anchor: if field == "contact" {
                "contact-share".to_owned()
            } else {
                field.to_owned()
            },
            message,
        });
    };
    let text = fields.text.as_deref().unwrap_or_default();
    if text.trim().is_empty() {
        error("text", "Write what you want them to know");
    } else if text.chars().count() > MAX_TEXT_CHARS {
        error(
            "text",
            "Your message is too long: make it 5,000 characters or fewer",
        );
    }
    match fields.contact.as_deref() {
        Some("anonymous") => {}
        Some("share") => {
            let email = fields.email.as_deref().map(str::trim).unwrap_or_default();
            let phone = fields.phone.as_deref().map(str::trim).unwrap_or_default();
            if email.is_empty() && phone.is_empty() {
                error(
                    "email",
                    "Give an email address or a phone number, or choose to stay anonymous",
                );
            }
            if !email.is_empty() && !plausible_email(email) {
                error("email", "Enter an email address like name@example.com");
            }
            if !phone.is_empty() && !plausible_phone(phone) {
                error("phone", "Enter a phone number using digits, like 07700 900 982");
            }
            if fields.name.as_deref().is_some_and(|n| n.chars().count() > 100) {
                error("name", "Your name must be 100 characters or fewer");
            }
        }
        _ => error("contact", "Choose whether they can contact you"),
    }
    if fields.consent.as_deref() != Some("yes") {
        error("consent", "Tick the box to say you understand who will read this");
    }
    errors
}

fn plausible_email(email: &str) -> bool {
    email.len() <= 254
        && email.parse::<lettre::Address>().is_ok()
        && email
            .rsplit('@')
            .next()
            .is_some_and(|domain| domain.contains('.'))
}

fn plausible_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (6..=20).contains(&digits)
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'))
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

/// How a `/tell` answer that shows the plan turned out.
struct Answer {
    status: StatusCode,
    sent: bool,
    heading: String,
    message: String,
    can_retry: bool,
}

/// The result page: the outcome, the person's words when not sent, and always the plan.
fn result_page<'a>(
    state: &'a AppState,
    mail: &'a MailSettings,
    concern: &Concern,
    form: TellFormView<'a>,
    answer: Answer,
) -> Response {
    let plan = state.router.route(concern);
    let page = TellResultTemplate {
        exit_url: state.exit_url(),
        organisation: &mail.organisation,
        sent: answer.sent,
        heading: answer.heading,
        message: answer.message,
        can_retry: answer.can_retry,
        retry: (!answer.sent).then_some(form),
        steps: step_views(&state.router, &plan),
    };
    (answer.status, page).into_response()
}

/// The 429 answer: not sent, the words handed back, the plan shown, and `Retry-After`.
fn rate_limited<'a>(
    state: &'a AppState,
    mail: &'a MailSettings,
    concern: &Concern,
    form: TellFormView<'a>,
    retry_after: std::time::Duration,
) -> Response {
    let minutes = retry_after.as_secs().div_ceil(60).max(1);
    let organisation = &mail.organisation;
    let mut response = result_page(
        state,
        mail,
        concern,
        form,
        Answer {
            status: StatusCode::TOO_MANY_REQUESTS,
            sent: false,
            heading: "Your message was not sent".to_owned(),
            message: format!(
                "Too many messages have been sent from here in a short time, so forwarding is paused. Please try again in {minutes} minute{}. Your message has not gone to {organisation}.",
                if minutes == 1 { "" } else { "s" }
            ),
            can_retry: false,
        },
    );
    if let Ok(value) = HeaderValue::from_str(&retry_after.as_secs().max(1).to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

async fn send<'a>(
    state: &'a AppState,
    mail: &'a MailSettings,
    peer: Option<PeerAddr>,
    headers: &HeaderMap,
    concern: &Concern,
    fields: &TellFields,
    form: TellFormView<'a>,
) -> Response {
    let router = &state.router;
    let plan = router.route(concern);
    let foreign = from_another_site(headers) || fields.leave_empty.as_deref().is_some_and(|v| !v.is_empty());
    if !foreign {
        let client = client_ip(peer, headers, &state.settings.server.trusted_proxies);
        if let Decision::Refuse { retry_after } = state.send_limiter.check(client) {
            return rate_limited(state, mail, concern, form, retry_after);
        }
    }
    let result = |status: StatusCode, sent: bool, heading: String, message: String, retry: bool| {
        result_page(
            state,
            mail,
            concern,
            form,
            Answer {
                status,
                sent,
                heading,
                message,
                can_retry: retry,
            },
        )
    };
    let organisation = &mail.organisation;
    if foreign {
        return result(
            StatusCode::FORBIDDEN,
            false,
            "Your message was not sent".to_owned(),
            format!(
                "This form can only be sent from the Signpost page itself. Your message has not gone to {organisation}."
            ),
            false,
        );
    }
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
    let text = fields.text.as_deref().unwrap_or_default();
    let forward = Forward {
        plan: &plan,
        router,
        text,
        contact: &contact,
    };
    let outcome = match compose(mail, &forward) {
        Ok(messages) => relay::deliver(mail, &messages).await,
        Err(error) => {
            tracing::error!(error = %error, "could not compose a forwarded concern");
            Outcome::NotSent(FailureClass::Compose)
        }
    };
    crate::metrics::mail_outcome(outcome);
    match outcome {
        Outcome::Sent => result(
            StatusCode::OK,
            true,
            format!("Sent to {organisation}"),
            format!(
                "Your message has been sent to the safeguarding team at {organisation}. Signpost has not kept a copy."
            ),
            false,
        ),
        Outcome::Unconfirmed => result(
            StatusCode::BAD_GATEWAY,
            false,
            "We could not confirm your message was sent".to_owned(),
            format!(
                "The connection to {organisation}'s email server broke as your message was being handed over, so it may or may not have arrived. Your message is below. You could contact {organisation} another way to check, rather than send it twice."
            ),
            false,
        ),
        Outcome::NotSent(class) => result(
            StatusCode::SERVICE_UNAVAILABLE,
            false,
            "Your message was not sent".to_owned(),
            format!(
                "{} Your message has not gone to {organisation}. It is below, so you can copy it or try again.",
                failure_words(class)
            ),
            true,
        ),
    }
}

fn failure_words(class: FailureClass) -> &'static str {
    match class {
        FailureClass::Unreachable => "Signpost could not reach the email server.",
        FailureClass::Temporary => "The email server is busy and asked to try later.",
        FailureClass::Permanent => "The email server refused the message.",
        FailureClass::Timeout => "The email server did not answer in time.",
        FailureClass::Tls => "Signpost could not set up a secure connection to the email server.",
        FailureClass::Compose => "Signpost could not prepare the message.",
    }
}
