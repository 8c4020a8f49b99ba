//! The "Also tell" form: its fields as a person sent them (zeroised when dropped), the form
//! as every `/tell` page shows it, filled in as far as they got, and the check of what they
//! filled in, in page order. What the form does with them is [`crate::web::tell`]'s.

use serde::Deserialize;

use crate::web::extract::FormShape;
use crate::web::limit::ClientLimiter;
use crate::web::state::AppState;
use zeroize::{Zeroize, Zeroizing};

use crate::i18n::Words;
use crate::mail::MailSettings;
use crate::mail::message::MAX_TEXT_CHARS;
use crate::routing::{Concern, Platforms};
use crate::web::frame::ErrorView;

/// The form fields of `/tell`, as sent. Zeroised when dropped. No `Debug`: it holds what a
/// person typed, which must never reach a log or a panic message.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TellFields {
    pub(crate) country: Option<String>,
    pub(crate) danger: Option<String>,
    pub(crate) reporter: Option<String>,
    pub(crate) concern: Option<String>,
    pub(crate) platform: Option<String>,
    pub(crate) text: Option<String>,
    pub(crate) contact: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) phone: Option<String>,
    pub(crate) consent: Option<String>,
    pub(crate) leave_empty: Option<String>,
    pub(crate) action: Option<String>,
    pub(crate) lang: Option<String>,
}

/// `/tell` checks its limits itself, after reading the form, so that a refused message is
/// handed back to the person.
impl FormShape for TellFields {
    fn from_form(body: &[u8]) -> Option<Self> {
        serde_urlencoded::from_bytes(body).ok()
    }

    fn limiter(_: &AppState) -> Option<&ClientLimiter> {
        None
    }
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
    /// Where it happened, as sent; empty when the question was skipped (no field is written).
    pub(crate) platform: String,
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
    /// A blank form for a plan, going to the recipients named (see
    /// [`crate::web::state::Shared::tell_offer`]; empty: the organisation is named instead).
    pub fn blank(
        mail: &'a MailSettings,
        recipient_names: &str,
        concern: &Concern,
        platforms: &Platforms,
    ) -> Self {
        TellFormView {
            organisation: &mail.organisation,
            recipient_names: recipient_names.to_owned(),
            country: concern.country.to_string(),
            danger: concern.urgency.answer().as_str(),
            reporter: concern.reporter.as_str(),
            concern: concern.kind.as_str(),
            platform: concern
                .platform
                .map(|place| platforms.id_of(place).to_owned())
                .unwrap_or_default(),
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

    pub(crate) fn filled(
        mail: &'a MailSettings,
        names: &str,
        concern: &Concern,
        platforms: &Platforms,
        fields: &TellFields,
    ) -> Self {
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
            ..Self::blank(mail, names, concern, platforms)
        }
    }

    pub(crate) fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    /// Every field, to send again with another language (`action=edit` shows the form).
    pub(crate) fn resend_fields(&self) -> Vec<(&'static str, String)> {
        let mut fields = vec![
            ("country", self.country.clone()),
            ("danger", self.danger.to_owned()),
            ("reporter", self.reporter.to_owned()),
            ("concern", self.concern.to_owned()),
            ("text", self.text.to_string()),
            ("contact", self.contact.clone()),
            ("name", self.name.to_string()),
            ("email", self.email.to_string()),
            ("phone", self.phone.to_string()),
            ("leave_empty", String::new()),
            ("action", "edit".to_owned()),
        ];
        if self.consent {
            fields.push(("consent", "yes".to_owned()));
        }
        if !self.platform.is_empty() {
            fields.insert(4, ("platform", self.platform.clone()));
        }
        fields
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

    pub(crate) fn count_message(&self, t: &Words<'_>) -> String {
        let used = self.text.chars().count();
        if used > MAX_TEXT_CHARS {
            t.count("tell-count-over", "count", used - MAX_TEXT_CHARS)
        } else {
            t.count("tell-count-remaining", "count", MAX_TEXT_CHARS - used)
        }
    }
}

/// Longest name a person may give, in characters.
const MAX_NAME_CHARS: usize = 100;

/// Checks the fields a person fills in, in page order.
pub(crate) fn check_fields(t: Words<'_>, fields: &TellFields) -> Vec<ErrorView> {
    let mut errors = Vec::new();
    let mut error = |field: &'static str, message: String| {
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
        error("text", t.get("tell-error-text-empty"));
    } else if text.chars().count() > MAX_TEXT_CHARS {
        error("text", t.count("tell-error-text-too-long", "max", MAX_TEXT_CHARS));
    }
    match fields.contact.as_deref() {
        Some("anonymous") => {}
        Some("share") => {
            let email = fields.email.as_deref().map(str::trim).unwrap_or_default();
            let phone = fields.phone.as_deref().map(str::trim).unwrap_or_default();
            if email.is_empty() && phone.is_empty() {
                error("email", t.get("tell-error-contact-none"));
            }
            if !email.is_empty() && !plausible_email(email) {
                error("email", t.get("tell-error-email"));
            }
            if !phone.is_empty() && !plausible_phone(phone) {
                error("phone", t.get("tell-error-phone"));
            }
            if fields
                .name
                .as_deref()
                .is_some_and(|n| n.chars().count() > MAX_NAME_CHARS)
            {
                error("name", t.count("tell-error-name-too-long", "max", MAX_NAME_CHARS));
            }
        }
        _ => error("contact", t.get("tell-error-contact")),
    }
    if fields.consent.as_deref() != Some("yes") {
        error("consent", t.get("tell-error-consent"));
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
