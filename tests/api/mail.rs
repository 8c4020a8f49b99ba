//! "Also tell {organisation}": real mail to a real SMTP server over TCP, and the truth told
//! to the person whatever the server does.

use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use signpost::config::Settings;
use signpost::mail::{MailSettings, Recipient, Security, SmtpRelay};

use crate::helpers::{TestApp, assert_private_and_safe, spawn_app_with, tell_fields};
use crate::smtp::{Behaviour, Received, SmtpServer};

const TEXT: &str = "My neighbour's son (12) is messaging an adult he met in a game. Ünïcödé stays intact.";

/// Settings that forward to `server`, with a short deadline so fault tests stay quick.
pub(crate) fn mail_settings(server: &SmtpServer, security: Security) -> MailSettings {
    MailSettings {
        relay: SmtpRelay {
            host: if security == Security::PlainLoopback {
                "127.0.0.1".into()
            } else {
                "localhost".into()
            },
            port: server.address.port(),
            security,
        },
        from: "Signpost <signpost@school.example>".parse().unwrap(),
        organisation: "Hillside School".into(),
        recipients: vec![Recipient {
            name: "Safeguarding lead".into(),
            address: "dsl@school.example".parse().unwrap(),
            key: None,
        }],
        key_expiry_warning: Duration::from_secs(30 * 86_400),
        credentials: None,
        extra_root_certificate: Some(server.ca_certificate_pem()),
        deadline: Duration::from_secs(3),
    }
}

pub(crate) async fn app_for(mail: MailSettings) -> TestApp {
    let mut settings = Settings::for_tests();
    settings.mail = Some(mail);
    spawn_app_with(settings).await
}

/// Splits a received message into its header block and body.
pub(crate) fn headers_and_body(message: &Received) -> (String, String) {
    let text = message.data_text().replace("\r\n", "\n");
    let (headers, body) = text.split_once("\n\n").expect("a header block");
    (headers.to_owned(), body.to_owned())
}

fn header_names(headers: &str) -> Vec<String> {
    headers
        .lines()
        .filter(|l| !l.starts_with([' ', '\t']))
        .filter_map(|l| l.split_once(':').map(|(name, _)| name.to_ascii_lowercase()))
        .collect()
}

/// Decodes the (possibly base64 or quoted-printable) plain-text body.
pub(crate) fn plain_body(message: &Received) -> String {
    let (headers, body) = headers_and_body(message);
    let lower = headers.to_ascii_lowercase();
    if lower.contains("content-transfer-encoding: base64") {
        let digits: String = body.split_whitespace().collect();
        String::from_utf8(STANDARD.decode(digits).expect("the body is base64")).unwrap()
    } else if lower.contains("content-transfer-encoding: quoted-printable") {
        quoted_printable_decode(&body)
    } else {
        body
    }
}

fn quoted_printable_decode(text: &str) -> String {
    let mut bytes = Vec::new();
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let (line, soft) = match line.strip_suffix('=') {
            Some(rest) => (rest, true),
            None => (line, false),
        };
        let raw = line.as_bytes();
        let mut i = 0;
        while i < raw.len() {
            if raw[i] == b'='
                && i + 3 <= raw.len()
                && let Ok(byte) = u8::from_str_radix(&line[i + 1..i + 3], 16)
            {
                bytes.push(byte);
                i += 3;
                continue;
            }
            bytes.push(raw[i]);
            i += 1;
        }
        if !soft && lines.peek().is_some() {
            bytes.push(b'\n');
        }
    }
    String::from_utf8(bytes).unwrap()
}

/// The person's text as it appears, escaped, inside the page.
fn escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// Asserts the page tells the truth about a message that did not go, and hands the text back.
async fn assert_not_sent_and_text_kept(response: reqwest::Response, text: &str) -> String {
    assert!(!response.status().is_success(), "a failure is not a 2xx");
    assert_private_and_safe(&response);
    let page = response.text().await.unwrap();
    assert!(
        !page.contains("Sent to Hillside School"),
        "never 'sent' for a message not accepted"
    );
    assert!(
        page.contains(&escaped(text)),
        "the person's text is handed back verbatim"
    );
    assert!(
        page.contains("Please still use these steps"),
        "the hotline steps are still shown"
    );
    assert!(page.contains("ceop.police.uk"), "the plan is still there");
    page
}

#[tokio::test]
async fn the_plan_offers_to_tell_the_organisation_only_when_mail_is_on() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let page = app.plan_page("GB", "adult", "grooming", "no").await;
    assert!(page.contains("Also tell Hillside School"));
    assert!(page.contains("action=\"/tell\""));
    assert!(page.contains("name=\"text\""));
    assert!(
        page.contains("I&#39;d rather stay anonymous"),
        "apostrophes are escaped in HTML"
    );
    assert!(
        page.contains("police or children&#39;s services"),
        "the consent says what they may do"
    );
    assert!(page.contains("Signpost does not keep a copy"));
    assert!(!page.contains("type=\"file\""));

    let app = crate::helpers::spawn_app().await;
    let page = app.plan_page("GB", "adult", "grooming", "no").await;
    assert!(!page.contains("Also tell"));
    assert_eq!(app.post_tell(&tell_fields("grooming", TEXT)).await.status(), 404);
}

#[tokio::test]
async fn a_message_is_checked_before_it_is_sent() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let mut check = tell_fields("grooming", "Is this <b>okay</b> & \"safe\"?");
    check.retain(|(k, _)| *k != "action");
    check.push(("action", "check"));
    let response = app.post_tell(&check).await;
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("Check your message before sending"), "{page}");
    assert!(page.contains("Send to Hillside School"));
    assert!(
        page.contains(&escaped("Is this <b>okay</b> & \"safe\"?")),
        "escaped, never raw: {page}"
    );
    assert!(!page.contains("<b>okay"));
    assert!(server.received().is_empty(), "nothing is sent at the check step");
}

#[tokio::test]
async fn missing_or_wrong_fields_are_named_and_the_text_kept() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let response = app
        .post_tell(&[
            ("country", "GB"),
            ("danger", "no"),
            ("reporter", "adult"),
            ("concern", "grooming"),
            ("text", TEXT),
            ("action", "check"),
        ])
        .await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("There is a problem"));
    assert!(page.contains("href=\"#contact-share\""));
    assert!(page.contains("href=\"#consent\""));
    assert!(page.contains(&escaped(TEXT)), "the text is kept");

    let long = "a".repeat(5001);
    let mut too_long = tell_fields("grooming", &long);
    too_long.retain(|(k, _)| *k != "action");
    too_long.push(("action", "check"));
    let page = app.post_tell(&too_long).await.text().await.unwrap();
    assert!(page.contains("5000 characters or fewer"));
    assert!(page.contains("1 characters too many") || page.contains("too many"));

    let mut share = tell_fields("grooming", TEXT);
    share.retain(|(k, _)| !["contact", "email", "action"].contains(k));
    share.extend([
        ("contact", "share"),
        ("email", "not-an-address"),
        ("action", "send"),
    ]);
    let response = app.post_tell(&share).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("Enter an email address"));
    assert!(server.received().is_empty(), "an invalid message is never sent");
}

#[tokio::test]
async fn a_sent_message_is_plain_text_with_the_answers_the_words_and_the_plan() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let text = "He sent a link: https://chat.example.com/room?id=7 and www.other.example/x. Call me.";
    let mut send = tell_fields("grooming", text);
    send.retain(|(k, _)| !["contact", "name", "email", "phone"].contains(k));
    send.extend([
        ("contact", "share"),
        ("name", "Sam Parent"),
        ("email", "sam@home.example"),
        ("phone", "07700 900 982"),
    ]);
    let response = app.post_tell(&send).await;
    assert_eq!(response.status(), 200);
    assert_private_and_safe(&response);
    let page = response.text().await.unwrap();
    assert!(page.contains("Sent to Hillside School"));
    assert!(
        !page.contains("chat.example"),
        "the text is not echoed after a send"
    );
    assert!(page.contains("Please still use these steps") && page.contains("ceop.police.uk"));

    let messages = server.wait_for_messages(1, Duration::from_secs(5)).await;
    assert_eq!(messages.len(), 1, "exactly one copy");
    let message = &messages[0];
    assert_eq!(message.mail_from, "signpost@school.example");
    assert_eq!(message.rcpt_to, ["dsl@school.example"]);
    let (headers, _) = headers_and_body(message);
    assert!(
        headers.contains("Subject: Safeguarding concern via Signpost: grooming (GB)"),
        "{headers}"
    );
    assert!(
        headers
            .to_ascii_lowercase()
            .contains("content-type: text/plain; charset=utf-8"),
        "{headers}"
    );
    assert!(
        !headers.to_ascii_lowercase().contains("multipart"),
        "no attachments, no HTML"
    );
    let body = plain_body(message);
    assert!(body.contains("United Kingdom"), "{body}");
    assert!(body.contains("(grooming)"));
    assert!(body.contains("hxxps://chat[.]example[.]com/room?id=7"), "{body}");
    assert!(body.contains("www[.]other[.]example/x"), "{body}");
    assert!(
        !body.contains("https://chat.example.com"),
        "no clickable address from the person"
    );
    assert!(
        body.contains("Name: Sam Parent")
            && body.contains("Email: sam@home.example")
            && body.contains("Phone: 07700 900 982")
    );
    assert!(body.contains("CEOP"), "the plan they were shown");
    assert!(!body.contains("<html") && !body.contains("<p>"));
}

#[tokio::test]
async fn addresses_are_removed_from_messages_about_sexual_images() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    for concern in ["abuse-imagery", "image-shared", "sextortion"] {
        let response = app
            .post_tell(&tell_fields(
                concern,
                "It is on https://bad.example/pics and bad2.example/p",
            ))
            .await;
        assert_eq!(response.status(), 200, "{concern}");
    }
    let messages = server.wait_for_messages(3, Duration::from_secs(5)).await;
    for message in &messages {
        let body = plain_body(message);
        assert!(
            !body.contains("bad.example") && !body.contains("bad[.]example") && !body.contains("bad2"),
            "{body}"
        );
        assert!(body.contains("web address removed"), "{body}");
    }
}

#[tokio::test]
async fn line_breaks_in_any_field_change_no_header() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let injection = "x\r\nBcc: victim@evil.example\r\nSubject: injected\r\n\r\nbody";
    let mut send = tell_fields("grooming", injection);
    send.retain(|(k, _)| !["contact", "name", "email", "phone"].contains(k));
    send.extend([
        ("contact", "share"),
        ("name", injection),
        ("email", "sam@home.example"),
        ("phone", "07700 900 982"),
    ]);
    assert_eq!(app.post_tell(&send).await.status(), 200);
    // Injection in a field that must be an email address or phone is refused outright.
    let mut bad = tell_fields("grooming", TEXT);
    bad.retain(|(k, _)| !["contact", "email", "phone"].contains(k));
    bad.extend([
        ("contact", "share"),
        ("email", "a@b.example\r\nBcc: x@evil.example"),
        ("phone", "1\r\nBcc: y@evil.example"),
    ]);
    assert_eq!(app.post_tell(&bad).await.status(), 422);
    // And in the answers, which must be ids.
    for field in ["country", "danger", "reporter", "concern"] {
        let mut answers = tell_fields("grooming", TEXT);
        let value = "GB\r\nBcc: z@evil.example";
        answers.retain(|(k, _)| *k != field);
        answers.push((field, value));
        assert_eq!(app.post_tell(&answers).await.status(), 400, "{field}");
    }
    let messages = server.wait_for_messages(1, Duration::from_secs(5)).await;
    assert_eq!(messages.len(), 1);
    let message = &messages[0];
    assert_eq!(message.rcpt_to, ["dsl@school.example"], "no extra recipient");
    let (headers, _) = headers_and_body(message);
    let names = header_names(&headers);
    assert!(!names.contains(&"bcc".to_owned()), "{headers}");
    assert_eq!(names.iter().filter(|n| *n == "subject").count(), 1);
    assert!(headers.contains("Subject: Safeguarding concern via Signpost: grooming (GB)"));
    assert!(!headers.contains("evil"), "{headers}");
}

#[tokio::test]
async fn a_relay_that_is_not_listening_means_not_sent_and_the_text_back() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let server = SmtpServer::start(Behaviour::Accept).await;
    let mut mail = mail_settings(&server, Security::PlainLoopback);
    mail.relay.port = port;
    let app = app_for(mail).await;
    let page = assert_not_sent_and_text_kept(app.post_tell(&tell_fields("grooming", TEXT)).await, TEXT).await;
    assert!(page.contains("could not reach the email server"));
    assert!(page.contains("Try sending again"));
}

#[tokio::test]
async fn refusals_at_mail_rcpt_and_data_mean_not_sent() {
    for behaviour in [
        Behaviour::RefuseMailFrom(550),
        Behaviour::RefuseRcpt(550),
        Behaviour::RefuseData(554),
    ] {
        let server = SmtpServer::start(behaviour.clone()).await;
        let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
        let page =
            assert_not_sent_and_text_kept(app.post_tell(&tell_fields("grooming", TEXT)).await, TEXT).await;
        assert!(page.contains("refused the message"), "{behaviour:?}");
        assert!(server.received().is_empty(), "{behaviour:?}");
    }
}

#[tokio::test]
async fn temporary_refusals_are_retried_and_then_sent_once() {
    for code in [421, 451] {
        let server = SmtpServer::start(Behaviour::TemporaryFailuresThenAccept { code, times: 1 }).await;
        let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
        let response = app.post_tell(&tell_fields("grooming", TEXT)).await;
        assert_eq!(response.status(), 200, "{code}");
        assert!(response.text().await.unwrap().contains("Sent to Hillside School"));
        let messages = server.wait_for_messages(1, Duration::from_secs(5)).await;
        assert_eq!(messages.len(), 1, "exactly one delivered copy after a {code}");
    }
}

#[tokio::test]
async fn a_relay_that_keeps_saying_try_later_means_not_sent() {
    let server = SmtpServer::start(Behaviour::TemporaryFailuresThenAccept {
        code: 451,
        times: 100,
    })
    .await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let page = assert_not_sent_and_text_kept(app.post_tell(&tell_fields("grooming", TEXT)).await, TEXT).await;
    assert!(page.contains("busy"));
}

#[tokio::test]
async fn a_connection_lost_during_the_message_is_never_called_sent() {
    let server = SmtpServer::start(Behaviour::CloseDuringData).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let page = assert_not_sent_and_text_kept(app.post_tell(&tell_fields("grooming", TEXT)).await, TEXT).await;
    assert!(
        page.contains("could not confirm") || page.contains("was not sent"),
        "{page}"
    );
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn a_connection_lost_after_the_final_dot_is_reported_as_unconfirmed() {
    let server = SmtpServer::start(Behaviour::CloseAfterDot).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let page = assert_not_sent_and_text_kept(app.post_tell(&tell_fields("grooming", TEXT)).await, TEXT).await;
    assert!(
        page.contains("We could not confirm your message was sent"),
        "{page}"
    );
    assert!(
        !page.contains("Try sending again"),
        "no retry that could send it twice"
    );
    assert_eq!(server.unconfirmed().len(), 1);
}

#[tokio::test]
async fn a_relay_that_never_answers_times_out_within_the_deadline() {
    let server = SmtpServer::start(Behaviour::NeverAnswer).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let started = std::time::Instant::now();
    let page = assert_not_sent_and_text_kept(app.post_tell(&tell_fields("grooming", TEXT)).await, TEXT).await;
    assert!(page.contains("did not answer in time"), "{page}");
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "the deadline holds: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn starttls_is_used_when_required() {
    let server = SmtpServer::start(Behaviour::RequireStartTls).await;
    let app = app_for(mail_settings(&server, Security::StartTlsRequired)).await;
    let response = app.post_tell(&tell_fields("grooming", TEXT)).await;
    assert_eq!(response.status(), 200);
    let messages = server.wait_for_messages(1, Duration::from_secs(5)).await;
    assert!(messages[0].over_tls);
}

#[tokio::test]
async fn starttls_required_but_not_offered_means_not_sent() {
    let server = SmtpServer::start(Behaviour::NoStartTls).await;
    let app = app_for(mail_settings(&server, Security::StartTlsRequired)).await;
    let page = assert_not_sent_and_text_kept(app.post_tell(&tell_fields("grooming", TEXT)).await, TEXT).await;
    assert!(page.contains("secure connection"), "{page}");
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn an_untrusted_certificate_means_not_sent() {
    let server = SmtpServer::start_with_untrusted_certificate().await;
    let mut mail = mail_settings(&server, Security::StartTlsRequired);
    mail.extra_root_certificate = None;
    let app = app_for(mail).await;
    let page = assert_not_sent_and_text_kept(app.post_tell(&tell_fields("grooming", TEXT)).await, TEXT).await;
    assert!(page.contains("secure connection"), "{page}");
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn a_form_posted_from_another_site_or_by_a_bot_is_not_sent() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let body = serde_urlencoded::to_string(tell_fields("grooming", TEXT)).unwrap();
    for (header, value) in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-site", "same-site"),
    ] {
        let response = app
            .client
            .post(app.url("/tell"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header(header, value)
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "{header}: {value}");
        assert_not_sent_and_text_kept(response, TEXT).await;
    }
    let same_site = app
        .client
        .post(app.url("/tell"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", format!("http://{}", app.address))
        .header("sec-fetch-site", "same-origin")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(same_site.status(), 200, "the page's own form is accepted");
    // What Chrome sends for Signpost's own form, given its no-referrer policy.
    let own_page = app
        .client
        .post(app.url("/tell"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "null")
        .header("sec-fetch-site", "same-origin")
        .body(serde_urlencoded::to_string(tell_fields("grooming", TEXT)).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(
        own_page.status(),
        200,
        "Origin: null from the page itself is accepted"
    );

    let mut bot = tell_fields("grooming", TEXT);
    bot.retain(|(k, _)| *k != "leave_empty");
    bot.push(("leave_empty", "http://spam.example"));
    assert_eq!(app.post_tell(&bot).await.status(), 403);
    assert_eq!(
        server.wait_for_messages(2, Duration::from_secs(5)).await.len(),
        2,
        "only the two from the page itself"
    );
}

#[tokio::test]
async fn sending_too_often_is_refused_with_retry_after_and_the_plan_still_shown() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    for _ in 0..signpost::web::SENDS_PER_WINDOW {
        assert_eq!(app.post_tell(&tell_fields("grooming", TEXT)).await.status(), 200);
    }
    let response = app.post_tell(&tell_fields("grooming", TEXT)).await;
    assert_eq!(response.status(), 429);
    assert!(
        response.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse::<u64>()
            .unwrap()
            >= 1
    );
    let page = assert_not_sent_and_text_kept(response, TEXT).await;
    assert!(page.contains("Too many messages"));
    assert_eq!(server.received().len(), signpost::web::SENDS_PER_WINDOW as usize);
}

#[tokio::test]
async fn a_recipient_with_a_key_gets_the_body_encrypted_and_a_content_free_subject() {
    use signpost::mail::pgp::{RecipientKey, test_support::generate_key_pair};
    let (public, secret) = generate_key_pair("DSL <dsl@school.example>");
    let server = SmtpServer::start(Behaviour::Accept).await;
    let mut mail = mail_settings(&server, Security::PlainLoopback);
    mail.recipients[0].key = Some(std::sync::Arc::new(RecipientKey::from_armored(&public).unwrap()));
    mail.recipients.push(Recipient {
        name: "Office".into(),
        address: "office@school.example".parse().unwrap(),
        key: None,
    });
    let app = app_for(mail).await;
    assert_eq!(app.post_tell(&tell_fields("grooming", TEXT)).await.status(), 200);
    let messages = server.wait_for_messages(2, Duration::from_secs(5)).await;
    let encrypted = messages
        .iter()
        .find(|m| m.rcpt_to == ["dsl@school.example"])
        .expect("the keyed recipient's copy");
    let plain = messages
        .iter()
        .find(|m| m.rcpt_to == ["office@school.example"])
        .expect("the other recipient's copy");
    assert!(
        plain_body(plain).contains("Ünïcödé stays intact"),
        "the unkeyed recipient reads plain text"
    );

    let raw = encrypted.data_text();
    let (headers, _) = headers_and_body(encrypted);
    assert!(
        headers.contains("Subject: Safeguarding concern via Signpost\n"),
        "{headers}"
    );
    assert!(
        !headers.contains("grooming") && !headers.contains("(GB)"),
        "the subject says nothing: {headers}"
    );
    let lower = raw.to_ascii_lowercase();
    assert!(
        lower.contains("multipart/encrypted") && lower.contains("protocol=\"application/pgp-encrypted\""),
        "{raw}"
    );
    assert!(lower.contains("version: 1"));
    assert!(!raw.contains("neighbour"), "nothing of the text in the clear");
    let start = raw
        .find("-----BEGIN PGP MESSAGE-----")
        .expect("an armoured message");
    let end = raw.find("-----END PGP MESSAGE-----").expect("its end") + "-----END PGP MESSAGE-----".len();
    let armored = raw[start..end].replace("\r\n", "\n");
    let decrypted = String::from_utf8(secret.decrypt(&armored).expect("the test key decrypts it")).unwrap();
    let inner = Received {
        mail_from: String::new(),
        rcpt_to: vec![],
        data: decrypted.into_bytes(),
        auth_user: None,
        over_tls: false,
    };
    let body = plain_body(&inner);
    assert!(body.contains("Ünïcödé stays intact"), "{body}");
    assert!(body.contains("CEOP"), "the plan is inside the encrypted part");
}
