//! Every kind of message Signpost sends, read byte by byte as a strict reader would: plain
//! text in English, plain text in Arabic (base64), and the encrypted multipart; each with
//! `MIME-Version: 1.0`, a `Message-ID` in the sender's domain (never the host name), and every
//! header line, the folded `To` included, within 78 columns (RFC 5322 §2.1.1).

use std::time::Duration;

use signpost::mail::{Recipient, Security};

use crate::mail::{app_for, mail_settings};
use crate::smtp::{Behaviour, Received, SmtpServer};

/// The header fields of a message, unfolded, after checking the raw bytes line by line.
fn strict_headers(raw: &[u8]) -> Vec<(String, String)> {
    let text = std::str::from_utf8(raw).expect("a message Signpost sends is ASCII");
    assert!(raw.is_ascii(), "8-bit bytes in a message");
    let (head, body) = text
        .split_once("\r\n\r\n")
        .expect("a blank line ends the headers");
    for (what, block, limit) in [("header", head, 78), ("body", body, 998)] {
        for line in block.split("\r\n") {
            assert!(
                !line.contains(['\r', '\n']),
                "a bare CR or LF in the {what}: {line:?}"
            );
            assert!(
                line.len() <= limit,
                "a {what} line of {} characters: {line:?}",
                line.len()
            );
        }
    }
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in head.split("\r\n") {
        if line.starts_with([' ', '\t']) {
            let (_, value) = fields.last_mut().expect("a continuation line follows a field");
            value.push_str(line);
            continue;
        }
        let (name, value) = line.split_once(':').expect("a header line is name: value");
        assert!(
            !name.is_empty() && name.bytes().all(|b| (33..=126).contains(&b) && b != b':'),
            "not a field name: {name:?}"
        );
        fields.push((name.to_ascii_lowercase(), value.trim().to_owned()));
    }
    fields
}

/// The one value of a header field that must appear exactly once.
fn one<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    let values: Vec<&str> = fields
        .iter()
        .filter(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(values.len(), 1, "{name}: {values:?}");
    values[0]
}

/// Checks what every message must carry, and returns its fields.
fn assert_standard(message: &Received) -> Vec<(String, String)> {
    let fields = strict_headers(&message.data);
    for name in ["date", "from", "to", "subject", "content-type"] {
        one(&fields, name);
    }
    assert_eq!(one(&fields, "mime-version"), "1.0");
    let id = one(&fields, "message-id");
    let (left, right) = id
        .strip_prefix('<')
        .and_then(|id| id.strip_suffix('>'))
        .and_then(|id| id.split_once('@'))
        .unwrap_or_else(|| panic!("not <left@right>: {id}"));
    assert_eq!(right, "school.example", "the sender's domain, not the host name");
    assert!(
        left.len() >= 32 && left.bytes().all(|b| b.is_ascii_alphanumeric()),
        "{left}"
    );
    let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
    let host = host.trim();
    assert!(
        host.is_empty() || !id.contains(host),
        "{id} names the host {host}"
    );
    fields
}

#[tokio::test]
async fn plain_messages_in_english_and_arabic_pass_a_strict_reading() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let mut arabic = crate::helpers::tell_fields("grooming", "رسائل من شخص بالغ إلى ابن أخي.");
    arabic.push(("lang", "ar"));
    for fields in [crate::helpers::tell_fields("grooming", "Plain words."), arabic] {
        assert_eq!(app.post_tell(&fields).await.status(), 200);
    }
    let messages = server.wait_for_messages(2, Duration::from_secs(5)).await;
    let mut ids = Vec::new();
    for message in &messages {
        let fields = assert_standard(message);
        assert!(one(&fields, "content-type").starts_with("text/plain; charset=utf-8"));
        ids.push(one(&fields, "message-id").to_owned());
    }
    assert!(
        messages[1]
            .data_text()
            .to_ascii_lowercase()
            .contains("content-transfer-encoding: base64"),
        "Arabic goes as base64"
    );
    assert_ne!(ids[0], ids[1], "each message has its own id");
}

#[tokio::test]
async fn many_long_recipient_names_are_folded_within_78_columns() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let mut mail = mail_settings(&server, Security::PlainLoopback);
    for n in 0..8 {
        mail.recipients.push(Recipient {
            name: format!("Deputy Designated Safeguarding Lead number {n} for the Hillside Trust"),
            address: format!("deputy-safeguarding-lead-{n}@school.example")
                .parse()
                .unwrap(),
            key: None,
        });
    }
    mail.recipients.push(Recipient {
        name: "Élodie Rahmani-Østergaard, Responsable de la protection de l'enfance".into(),
        address: "elodie@school.example".parse().unwrap(),
        key: None,
    });
    let app = app_for(mail).await;
    let fields = crate::helpers::tell_fields("grooming", "Plain words.");
    assert_eq!(app.post_tell(&fields).await.status(), 200);
    let messages = server.wait_for_messages(1, Duration::from_secs(5)).await;
    let fields = assert_standard(&messages[0]);
    let to = one(&fields, "to");
    assert_eq!(to.matches("@school.example").count(), 10, "{to}");
}

#[tokio::test]
async fn encrypted_messages_pass_a_strict_reading() {
    use signpost::mail::pgp::{RecipientKey, test_support::generate_key_pair};
    let (public, _) = generate_key_pair("DSL <dsl@school.example>");
    let server = SmtpServer::start(Behaviour::Accept).await;
    let mut mail = mail_settings(&server, Security::PlainLoopback);
    mail.recipients[0].key = Some(std::sync::Arc::new(RecipientKey::from_armored(&public).unwrap()));
    let app = app_for(mail).await;
    let fields = crate::helpers::tell_fields("grooming", "Plain words.");
    assert_eq!(app.post_tell(&fields).await.status(), 200);
    let messages = server.wait_for_messages(1, Duration::from_secs(5)).await;
    let fields = assert_standard(&messages[0]);
    assert!(one(&fields, "content-type").starts_with("multipart/encrypted;"));
}
