//! Composes the forwarded message: plain-text UTF-8, never HTML, never an attachment. Every
//! header comes from typed, validated values (the subject from the concern id and country
//! code), so nothing a person typed can reach a header. Web addresses in their text are
//! defanged so no mail client links or previews them, or removed entirely for concerns about
//! abuse images. No I/O here.

use std::fmt::Write as _;

use lettre::message::header::{ContentDisposition, ContentType};
use lettre::message::{Mailbox, Mailboxes, MultiPart, SinglePart};
use zeroize::Zeroizing;

use crate::i18n::Words;
use crate::mail::pgp::{self, PgpError};
use crate::mail::{MailSettings, Recipient};
use crate::routing::{ConcernKind, Plan};
use crate::view::PlanView;

/// Longest text a person may send, in characters.
pub const MAX_TEXT_CHARS: usize = 5000;

/// How the person can be reached, or not.
#[derive(Clone, PartialEq, Eq)]
pub enum Contact {
    /// They chose to stay anonymous.
    Anonymous,
    /// What they chose to give (at least one of these is set).
    Details {
        /// Their name.
        name: Option<String>,
        /// Their email address.
        email: Option<String>,
        /// Their phone number.
        phone: Option<String>,
    },
}

impl std::fmt::Debug for Contact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print contact details, even in a panic message.
        match self {
            Contact::Anonymous => f.write_str("Contact::Anonymous"),
            Contact::Details { .. } => f.write_str("Contact::Details { .. }"),
        }
    }
}

/// Everything one forwarded concern carries.
pub struct Forward<'a> {
    /// The plan the person was shown (it holds their answers).
    pub plan: &'a Plan<'a>,
    /// What they wrote, already checked (not empty, at most `MAX_TEXT_CHARS`).
    pub text: &'a str,
    /// How to reach them.
    pub contact: &'a Contact,
    /// The words of the language the person used.
    pub words: Words<'a>,
    /// The same in British English, for the copy every member of the team can read.
    pub english: Words<'a>,
}

/// One message ready for SMTP.
pub struct OutgoingMessage {
    /// Envelope sender.
    pub from: lettre::Address,
    /// Envelope recipients.
    pub to: Vec<lettre::Address>,
    /// The whole message, headers and body, as sent. Zeroised when dropped.
    pub bytes: Zeroizing<Vec<u8>>,
}

/// Why a message could not be put together.
#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    /// Encryption to a recipient's key failed.
    #[error("could not encrypt to a recipient's OpenPGP key: {0}")]
    Encrypt(#[from] PgpError),
    /// lettre refused to build the message.
    #[error("could not build the message: {0}")]
    Build(#[from] lettre::error::Error),
}

/// The subject for recipients who read plain text: typed values only, always in English so
/// an inbox can sort by it whatever language the person used.
pub fn subject(forward: &Forward<'_>) -> String {
    let concern = forward.plan.concern();
    forward.english.with2(
        "mail-subject",
        "concern",
        concern.kind.as_str(),
        "country",
        concern.country.as_str(),
    )
}

/// The subject for encrypted messages: says nothing about the concern.
pub const ENCRYPTED_SUBJECT: &str = "Safeguarding concern via Signpost";

/// Builds one plain-text message for the recipients without a key, and one encrypted message
/// for those with keys (encrypted to all of their keys).
pub fn compose(settings: &MailSettings, forward: &Forward<'_>) -> Result<Vec<OutgoingMessage>, ComposeError> {
    let body = body(settings, forward);
    let (keyed, plain): (Vec<&Recipient>, Vec<&Recipient>) =
        settings.recipients.iter().partition(|r| r.key.is_some());
    let mut messages = Vec::new();
    if !plain.is_empty() {
        let message = headers(settings, &plain, &subject(forward))
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_string())?;
        messages.push(outgoing(settings, &plain, &message));
    }
    if !keyed.is_empty() {
        let inner = Zeroizing::new(SinglePart::plain(body.to_string()).formatted());
        let keys: Vec<&pgp::RecipientKey> = keyed.iter().filter_map(|r| r.key.as_deref()).collect();
        let armored = pgp::encrypt(&inner, &keys)?;
        let encrypted = MultiPart::encrypted("application/pgp-encrypted".to_owned())
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::parse("application/pgp-encrypted").expect("BUG: a valid media type"))
                    .header(ContentDisposition::inline())
                    .body("Version: 1\r\n".to_owned()),
            )
            .singlepart(
                SinglePart::builder()
                    .header(
                        ContentType::parse("application/octet-stream; name=\"encrypted.asc\"")
                            .expect("BUG: a valid media type"),
                    )
                    .header(ContentDisposition::inline_with_name("encrypted.asc"))
                    .body(armored),
            );
        let message = headers(settings, &keyed, ENCRYPTED_SUBJECT).multipart(encrypted)?;
        messages.push(outgoing(settings, &keyed, &message));
    }
    Ok(messages)
}

/// The headers every message carries: all from configuration and typed values, with
/// `MIME-Version: 1.0` (RFC 2045 §4) on plain messages too, so strict readers decode the
/// quoted-printable or base64 body.
fn headers(settings: &MailSettings, to: &[&Recipient], subject: &str) -> lettre::message::MessageBuilder {
    let to: Mailboxes = to
        .iter()
        .map(|r| Mailbox::new(Some(r.name.clone()), r.address.clone()))
        .collect();
    lettre::Message::builder()
        .from(settings.from.clone())
        .raw_header(folded("To", to.to_string()))
        .subject(subject)
        .message_id(Some(message_id(&settings.from.email)))
        .header(lettre::message::header::MIME_VERSION_1_0)
}

/// Longest header line, in characters (RFC 5322 §2.1.1 asks for at most 78).
const HEADER_LINE: usize = 78;

/// A header as lettre encodes it (RFC 2047 for words that are not ASCII), folded again so that
/// no line is longer than [`HEADER_LINE`]: lettre folds long `To` headers at 80 to 100
/// characters. Lines are folded only at spaces, which RFC 5322 allows between the words of an
/// address list and inside a quoted display name; an encoded word has no space in it, so it is
/// never split.
fn folded(name: &'static str, raw: String) -> lettre::message::header::HeaderValue {
    use lettre::message::header::{HeaderName, HeaderValue, Headers};
    let name = HeaderName::new_from_ascii_str(name);
    let mut one = Headers::new();
    one.insert_raw(HeaderValue::new(name.clone(), raw.clone()));
    let line = one.to_string();
    let encoded = line
        .trim_end_matches("\r\n")
        .split_once(": ")
        .map_or("", |(_, value)| value)
        .replace("\r\n ", " ");
    let mut out = String::with_capacity(encoded.len() + 16);
    let mut width = name.len() + 2;
    for (n, word) in encoded.split(' ').enumerate() {
        if n > 0 {
            if width + 1 + word.len() > HEADER_LINE {
                out.push_str("\r\n");
                width = 0;
            }
            out.push(' ');
            width += 1;
        }
        out.push_str(word);
        width += word.len();
    }
    HeaderValue::dangerous_new_pre_encoded(name, raw, out)
}

/// A `Message-ID` unique to this message whose right-hand side is the sender's own domain,
/// never this machine's name (which lettre would use, and which recipients, and anyone the
/// message is forwarded to, have no business knowing).
fn message_id(from: &lettre::Address) -> String {
    let random: [u8; 16] = rand::random();
    let left: String = random.iter().map(|b| format!("{b:02x}")).collect();
    format!("<{left}@{}>", from.domain())
}

fn outgoing(settings: &MailSettings, to: &[&Recipient], message: &lettre::Message) -> OutgoingMessage {
    OutgoingMessage {
        from: settings.from.email.clone(),
        to: to.iter().map(|r| r.address.clone()).collect(),
        bytes: Zeroizing::new(message.formatted()),
    }
}

/// The plain-text body: the answers, the person's words, how to reach them, and the plan, in
/// the language the person used; then, when that is not English, the same again in English
/// (without their words, which are above), so any member of the team can act on it.
pub fn body(settings: &MailSettings, forward: &Forward<'_>) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(forward.text.len() * 2 + 4096));
    let t = forward.words;
    section(&mut out, settings, forward, t, true);
    if t.tag() != forward.english.tag() {
        let english = forward.english;
        let _ = writeln!(
            out,
            "\n----------------------------------------------------------------"
        );
        let _ = writeln!(out, "{}\n", english.get("mail-english-follows"));
        section(&mut out, settings, forward, english, false);
    }
    let _ = writeln!(out, "\n{}", t.get("mail-automatic"));
    if t.tag() != forward.english.tag() {
        let _ = writeln!(out, "{}", forward.english.get("mail-automatic"));
    }
    out
}

/// One language's account of the concern; `with_text` includes what the person wrote.
fn section(out: &mut String, settings: &MailSettings, forward: &Forward<'_>, t: Words<'_>, with_text: bool) {
    let view = PlanView::new(t, forward.plan);
    let _ = writeln!(
        out,
        "{}",
        t.with("mail-intro", "organisation", &settings.organisation)
    );
    let _ = writeln!(out, "{}", t.get("mail-no-copy"));
    let _ = writeln!(
        out,
        "{}\n",
        t.with("mail-language", "language", forward.words.catalog().name())
    );
    write_answers(out, &view);
    if with_text {
        let _ = writeln!(out, "{}", t.get("mail-wrote-heading"));
        let removed = t.get("mail-removed-address");
        for line in clean_text_replacing(forward.text, view.concern.kind, &removed).lines() {
            let _ = writeln!(out, "  {line}");
        }
        let _ = writeln!(out);
    }
    write_contact(out, t, forward.contact);
    write_plan(out, &view);
}

/// The person's four answers, labels aligned.
fn write_answers(out: &mut String, view: &PlanView<'_>) {
    let (t, concern) = (view.t, view.concern);
    let yes_no = |b: bool| t.get(if b { "mail-yes" } else { "mail-no" });
    let _ = writeln!(out, "{}", t.get("mail-answers-heading"));
    let mut answers = vec![
        (
            t.get("mail-answer-where"),
            format!("{} ({})", view.country_name, concern.country),
        ),
        (
            t.get("mail-answer-worry"),
            format!("{} ({})", view.concern_label, concern.kind),
        ),
        (t.get("mail-answer-danger"), yes_no(view.danger)),
        (t.get("mail-answer-under-18"), yes_no(view.child)),
    ];
    if let (Some(place), Some(id)) = (&view.place, view.place_id) {
        answers.push((t.get("mail-answer-platform"), format!("{place} ({id})")));
    }
    let width = answers
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    for (label, value) in &answers {
        let label = format!("{label}:");
        let _ = writeln!(out, "  {label:<width$}    {value}", width = width);
    }
    let _ = writeln!(out);
}

/// How to reach the person, or that they chose not to say.
fn write_contact(out: &mut String, t: Words<'_>, contact: &Contact) {
    let _ = writeln!(out, "{}", t.get("mail-reach-heading"));
    match contact {
        Contact::Anonymous => {
            let _ = writeln!(out, "  {}", t.get("mail-reach-anonymous"));
        }
        Contact::Details { name, email, phone } => {
            for (label, value) in [
                ("mail-reach-name", name),
                ("mail-reach-email", email),
                ("mail-reach-phone", phone),
            ] {
                if let Some(value) = value {
                    let _ = writeln!(out, "  {}: {}", t.get(label), one_line(value));
                }
            }
        }
    }
    let _ = writeln!(out);
}

/// The plan the person was shown, step by step.
fn write_plan(out: &mut String, view: &PlanView<'_>) {
    let t = view.t;
    let _ = writeln!(
        out,
        "{}",
        t.with2(
            "mail-plan-heading",
            "rule",
            view.rule,
            "coverage",
            view.coverage.as_str()
        )
    );
    for step in &view.steps {
        let _ = writeln!(out, "  {}. {}: {}", step.number, step.heading, step.why);
        if let Some(instruction) = &step.instruction {
            let _ = writeln!(out, "     {instruction}");
        }
        if let Some(platform) = &step.platform {
            let _ = writeln!(out, "     - {}, {}", platform.name, platform.report_url);
        }
        for service in &step.services {
            let _ = write!(out, "     - {} ({})", service.name, service.organisation);
            if let Some(phone) = service.phone_as_shown {
                let _ = write!(out, ", {}", t.with("mail-plan-phone", "phone", phone));
            }
            if let Some(url) = service.url {
                let _ = write!(out, ", {url}");
            }
            let _ = writeln!(out);
        }
    }
}

/// Contact details on one line, control characters removed.
fn one_line(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Unicode characters that reorder text (used to disguise what text says).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// What replaces a web address in a message about sexual images (in English; the message
/// itself uses `mail-removed-address` in the person's language).
pub const REMOVED_ADDRESS: &str =
    "[web address removed: Signpost sent the person to the hotline to report it]";

/// The person's text made safe to mail: line endings normalised, control and reordering
/// characters removed, web addresses defanged (`hxxps://example[.]com/…`) or, for concerns
/// about sexual images, removed.
pub fn clean_text(text: &str, kind: ConcernKind) -> String {
    clean_text_replacing(text, kind, REMOVED_ADDRESS)
}

/// [`clean_text`], with `removed` in place of each removed address.
pub fn clean_text_replacing(text: &str, kind: ConcernKind, removed: &str) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(normalised.len());
    for (n, line) in normalised.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let line: String = line
            .chars()
            .filter(|c| (!c.is_control() || *c == '\t') && !is_bidi_control(*c))
            .collect();
        let mut first = true;
        for word in line.split(' ') {
            if !first {
                out.push(' ');
            }
            first = false;
            out.push_str(&clean_word(word, kind, removed));
        }
    }
    out
}

fn clean_word(word: &str, kind: ConcernKind, removed: &str) -> String {
    let start = word.find(|c: char| !is_wrapping(c)).unwrap_or(word.len());
    let end = word
        .rfind(|c: char| !is_wrapping(c))
        .map_or(start, |i| i + word[i..].chars().next().map_or(1, char::len_utf8));
    let (lead, core, trail) = (
        &word[..start],
        &word[start..end.max(start)],
        &word[end.max(start)..],
    );
    if !looks_like_address(core) {
        return word.to_owned();
    }
    let replaced = if kind.is_about_sexual_images() {
        removed.to_owned()
    } else {
        defang(core)
    };
    format!("{lead}{replaced}{trail}")
}

fn is_wrapping(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '<'
            | '>'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | '\''
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | '«'
            | '»'
            | '“'
            | '”'
    )
}

/// A web address, with or without a scheme, or a bare domain or email address that a mail
/// client would turn into a link.
fn looks_like_address(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if ["http://", "https://", "ftp://", "www.", "hxxp"]
        .iter()
        .any(|p| lower.starts_with(p))
        || lower.contains("://")
    {
        return true;
    }
    let host = lower.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// `https://example.com/a.b` → `hxxps://example[.]com/a.b`: the scheme broken and every dot
/// of the host bracketed, so no client links it.
fn defang(address: &str) -> String {
    let (scheme, rest) = match address.find("://") {
        Some(at) => (&address[..at], &address[at + 3..]),
        None => ("", address),
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, path) = rest.split_at(host_end);
    let mut out = String::with_capacity(address.len() + 8);
    if !scheme.is_empty() {
        let lower = scheme.to_ascii_lowercase();
        out.push_str(&if lower.starts_with("http") {
            format!("hxxp{}", &scheme[4..])
        } else {
            format!("{scheme}[:]")
        });
        out.push_str("://");
    }
    out.push_str(&host.replace('.', "[.]"));
    out.push_str(path);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_to_header_is_folded_within_78_columns_and_never_inside_an_encoded_word() {
        let to: Mailboxes = [
            "\"Designated Safeguarding Lead for the whole federation of schools\" <dsl@school.example>",
            "\"مسؤول الحماية في المدرسة الابتدائية والثانوية\" <ar@school.example>",
            "\"Deputy Designated Safeguarding Lead, evenings and weekends\" <deputy@school.example>",
        ]
        .iter()
        .map(|m| m.parse::<Mailbox>().unwrap())
        .collect();
        let mut headers = lettre::message::header::Headers::new();
        headers.insert_raw(folded("To", to.to_string()));
        let text = headers.to_string();
        for line in text.trim_end().split("\r\n") {
            assert!(line.len() <= HEADER_LINE, "{line:?} in\n{text}");
            for word in line
                .split(' ')
                .filter(|w| w.trim_start_matches('"').starts_with("=?"))
            {
                let word = word.trim_end_matches([',', '"']);
                assert!(word.ends_with("?="), "an encoded word split: {word} in {line}");
            }
        }
        let unfolded = text.replace("\r\n ", " ");
        for address in ["dsl@school.example", "ar@school.example", "deputy@school.example"] {
            assert!(unfolded.contains(address), "{unfolded}");
        }
    }

    #[test]
    fn web_addresses_are_defanged_in_ordinary_concerns() {
        for (text, expected, why) in [
            (
                "see https://example.com/a?b=1",
                "see hxxps://example[.]com/a?b=1",
                "a full address",
            ),
            (
                "at http://sub.example.org.",
                "at hxxp://sub[.]example[.]org.",
                "sentence punctuation stays outside",
            ),
            (
                "(www.example.com/x)",
                "(www[.]example[.]com/x)",
                "brackets stay outside",
            ),
            ("example.co.uk/path", "example[.]co[.]uk/path", "a bare domain"),
            (
                "mail me at a@b.example",
                "mail me at a@b[.]example",
                "an email address",
            ),
            ("HTTPS://EXAMPLE.COM", "hxxpS://EXAMPLE[.]COM", "upper case"),
            (
                "e.g. version 3.5 ends here.",
                "e.g. version 3.5 ends here.",
                "not addresses",
            ),
        ] {
            assert_eq!(clean_text(text, ConcernKind::Grooming), expected, "{why}");
        }
    }

    #[test]
    fn web_addresses_are_removed_in_concerns_about_sexual_images() {
        for kind in [
            ConcernKind::AbuseImagery,
            ConcernKind::ImageShared,
            ConcernKind::Sextortion,
        ] {
            let cleaned = clean_text("it is at https://bad.example/x and www.bad.example", kind);
            assert!(!cleaned.contains("bad"), "{kind}: {cleaned}");
            assert_eq!(cleaned.matches(REMOVED_ADDRESS).count(), 2);
        }
    }

    #[test]
    fn control_and_reordering_characters_are_removed_and_lines_normalised() {
        let cleaned = clean_text("one\r\ntwo\rthree\u{0}\u{202e}four\u{7}", ConcernKind::NotSure);
        assert_eq!(cleaned, "one\ntwo\nthreefour");
    }
}
