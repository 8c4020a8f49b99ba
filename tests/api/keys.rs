//! Recipients' keys over time, with real keys, real mail to a real SMTP server and real HTTP:
//! a key expiring soon is warned about and still used; an expired, revoked or unusable one
//! disables its recipient while the help stays up; a key that expires while Signpost runs is
//! never sent clear text, and the person is told. In every case, nothing a keyed recipient
//! receives is clear text.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use signpost::config::Settings;
use signpost::mail::pgp::RecipientKey;
use signpost::mail::pgp::test_support::{TestSecretKey, generate_key_pair_expiring};
use signpost::mail::{MailSettings, Recipient, Security};

use crate::helpers::{TestApp, spawn_app_with, tell_fields};
use crate::mail::{headers_and_body, mail_settings, plain_body};
use crate::smtp::{Behaviour, Received, SmtpServer};

const TEXT: &str = "The coach keeps asking my daughter for photos. Ünïcödé stays intact.";
const KEYED: &str = "dsl@school.example";

/// A key pair whose encryption key expires `from_now` from now (negative: already expired).
fn key_expiring(seconds_from_now: i64) -> (RecipientKey, TestSecretKey) {
    let now = SystemTime::now();
    let at = if seconds_from_now >= 0 {
        now + Duration::from_secs(seconds_from_now.unsigned_abs())
    } else {
        now - Duration::from_secs(seconds_from_now.unsigned_abs())
    };
    let (public, secret) = generate_key_pair_expiring("DSL <dsl@school.example>", at);
    (
        RecipientKey::from_armored(&public).expect("a well-formed key is read"),
        secret,
    )
}

/// Mail to `server` for the keyed safeguarding lead only.
fn keyed_mail(server: &SmtpServer, key: RecipientKey) -> MailSettings {
    let mut mail = mail_settings(server, Security::PlainLoopback);
    mail.recipients[0].key = Some(Arc::new(key));
    mail
}

async fn app_for(mail: MailSettings) -> TestApp {
    let mut settings = Settings::for_tests();
    settings.mail = Some(mail);
    spawn_app_with(settings).await
}

async fn readiness(app: &TestApp) -> serde_json::Value {
    app.get("/readyz").await.json().await.unwrap()
}

/// Asserts no message to the keyed address holds anything of the text in the clear.
fn assert_no_clear_text_to_the_keyed_recipient(received: &[Received]) {
    for message in received.iter().filter(|m| m.rcpt_to.iter().any(|r| r == KEYED)) {
        let raw = message.data_text();
        assert!(!raw.contains("coach"), "clear text to a keyed recipient:\n{raw}");
        assert!(raw.contains("-----BEGIN PGP MESSAGE-----"), "{raw}");
    }
}

/// The body of the armoured OpenPGP message in a received mail, decrypted and decoded.
fn decrypted(message: &Received, secret: &TestSecretKey) -> String {
    let raw = message.data_text();
    let start = raw.find("-----BEGIN PGP MESSAGE-----").expect("armour");
    let end = raw.find("-----END PGP MESSAGE-----").expect("its end") + 25;
    let plain = secret
        .decrypt(&raw[start..end].replace("\r\n", "\n"))
        .expect("the recipient's secret key decrypts it");
    plain_body(&Received {
        mail_from: String::new(),
        rcpt_to: vec![],
        data: plain,
        auth_user: None,
        over_tls: false,
    })
}

#[tokio::test]
async fn a_key_expiring_soon_is_reported_and_still_used() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let (key, secret) = key_expiring(5 * 86_400);
    let app = app_for(keyed_mail(&server, key)).await;

    let report = readiness(&app).await;
    assert_eq!(report["mail"]["state"], "degraded", "{report}");
    assert_eq!(
        report["mail"]["key_problems"],
        serde_json::json!(["expiring soon"])
    );
    assert_eq!(report["mail"]["also_tell_offered"], true);
    assert!(!report.to_string().contains("school.example"), "{report}");

    let page = app.plan_page("GB", "adult", "grooming", "no").await;
    assert!(page.contains("Also tell Hillside School"));
    let response = app.post_tell(&tell_fields("grooming", TEXT)).await;
    assert_eq!(response.status(), 200);
    let messages = server.wait_for_messages(1, Duration::from_secs(5)).await;
    assert_no_clear_text_to_the_keyed_recipient(&messages);
    assert!(decrypted(&messages[0], &secret).contains("Ünïcödé stays intact"));
}

#[tokio::test]
async fn a_key_expired_at_start_up_disables_its_recipient_and_the_help_stays_up() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let (key, _) = key_expiring(-3600);
    let app = app_for(keyed_mail(&server, key)).await;

    assert_eq!(app.get("/").await.status(), 200);
    let page = app.plan_page("GB", "adult", "grooming", "no").await;
    assert!(page.contains("ceop.police.uk"), "the plan is served");
    assert!(!page.contains("Also tell"), "nobody to tell: not offered");
    assert!(!page.contains("action=\"/tell\""));
    let response = app.post_tell(&tell_fields("grooming", TEXT)).await;
    assert_eq!(response.status(), 404, "answered as when mail is off");

    let report = readiness(&app).await;
    assert_eq!(report["status"], "ready");
    assert_eq!(report["mail"]["state"], "degraded", "{report}");
    assert_eq!(report["mail"]["key_problems"], serde_json::json!(["expired"]));
    assert_eq!(report["mail"]["also_tell_offered"], false);
    assert!(server.received().is_empty(), "nothing at all was sent");
}

#[tokio::test]
async fn with_one_key_expired_the_others_are_still_told_and_it_gets_nothing() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let (key, _) = key_expiring(-3600);
    let mut mail = keyed_mail(&server, key);
    mail.recipients.push(Recipient {
        name: "Office".into(),
        address: "office@school.example".parse().unwrap(),
        key: None,
    });
    let app = app_for(mail).await;

    let page = app.plan_page("GB", "adult", "grooming", "no").await;
    assert!(page.contains("Also tell Hillside School"));
    assert!(page.contains("Office"), "the form names who reads it");
    assert!(!page.contains("Safeguarding lead"), "not the disabled recipient");
    assert_eq!(app.post_tell(&tell_fields("grooming", TEXT)).await.status(), 200);
    let messages = server.wait_for_messages(1, Duration::from_secs(5)).await;
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].rcpt_to, ["office@school.example"]);
    let (headers, _) = headers_and_body(&messages[0]);
    assert!(
        !headers.contains(KEYED),
        "the disabled recipient is not even named: {headers}"
    );
}

/// Polls until `done` says yes, for at most ten seconds.
async fn eventually<F, Fut>(what: &str, mut done: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done().await {
        assert!(Instant::now() < deadline, "never: {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_key_that_expires_while_running_gets_no_clear_text_and_the_person_is_told() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let (key, _) = key_expiring(2);
    let app = app_for(keyed_mail(&server, key)).await;
    let page = app.plan_page("GB", "adult", "grooming", "no").await;
    assert!(
        page.contains("Also tell Hillside School"),
        "offered while the key is valid"
    );

    eventually("readyz reports the key expired", || async {
        readiness(&app).await["mail"]["key_problems"] == serde_json::json!(["expired"])
    })
    .await;
    // The person who already had the form is told plainly, and keeps their words.
    let response = app.post_tell(&tell_fields("grooming", TEXT)).await;
    assert_eq!(response.status(), 503);
    let page = response.text().await.unwrap();
    assert!(page.contains("cannot forward messages to anyone"), "{page}");
    assert!(page.contains("Your message has not gone to Hillside School"));
    assert!(
        page.contains("Please still use these steps"),
        "the plan is still shown"
    );
    assert!(
        page.contains("Ünïcödé stays intact"),
        "their words are handed back"
    );
    assert!(!page.contains("Try sending again"), "trying again cannot help");
    assert!(
        server.received().is_empty(),
        "nothing was sent, least of all clear text"
    );

    eventually("the plan page stops offering to tell", || async {
        !app.plan_page("GB", "adult", "grooming", "no")
            .await
            .contains("Also tell")
    })
    .await;
    assert!(server.received().is_empty());
}

/// `POST /tell` to a running binary, as the check page sends it.
async fn send_to(base: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{base}/tell"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string(tell_fields("grooming", TEXT)).unwrap())
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reloading_a_key_file_takes_effect_whether_the_key_is_expired_valid_or_revoked() {
    use crate::process::Running;
    use signpost::mail::pgp::test_support::{generate_key_pair, revoked};

    let server = SmtpServer::start(Behaviour::Accept).await;
    let config = crate::config_copy::config_copy();
    let keys = config.path().join("keys");
    std::fs::create_dir_all(&keys).unwrap();
    let key_file = keys.join("dsl.asc");
    let expired = generate_key_pair_expiring(
        "DSL <x@example.org>",
        SystemTime::now() - Duration::from_secs(3600),
    );
    std::fs::write(&key_file, &expired.0).unwrap();
    let toml = config.path().join("signpost.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let at = "address = \"safeguarding@example.org\"";
    assert!(text.contains(at));
    std::fs::write(
        &toml,
        text.replace(at, &format!("{at}\npgp_key = \"keys/dsl.asc\"")),
    )
    .unwrap();
    let relay = format!("smtp://{}", server.address);
    let env = [
        ("SIGNPOST_MAIL__ENABLED", "true"),
        ("SIGNPOST_MAIL__SMTP_URL", relay.as_str()),
    ];

    // Expired at start-up: Signpost serves, the recipient is disabled, and the log says so.
    let mut running = tokio::task::block_in_place(|| Running::start(Some(config.path()), &[], &env));
    let base = running.base.clone();
    let said = running.seen.join("\n");
    assert!(
        said.contains("recipient disabled") && said.contains("Safeguarding lead") && said.contains("expired"),
        "{said}"
    );
    let ready = |base: String| async move {
        reqwest::get(format!("{base}/readyz"))
            .await
            .unwrap()
            .json::<serde_json::Value>()
            .await
            .unwrap()
    };
    assert_eq!(
        ready(base.clone()).await["mail"]["key_problems"],
        serde_json::json!(["expired"])
    );
    assert_eq!(
        send_to(&base).await.status(),
        404,
        "nobody to tell: as if mail were off"
    );

    // A new valid key, reloaded: the recipient is enabled and gets it encrypted.
    let (valid, secret) = generate_key_pair("DSL <dsl@example.org>");
    std::fs::write(&key_file, &valid).unwrap();
    tokio::task::block_in_place(|| {
        running.hang_up();
        let line = running.wait_for("recipient enabled");
        assert!(line.contains("Safeguarding lead"), "{line}");
        running.wait_for("configuration reloaded");
    });
    assert_eq!(ready(base.clone()).await["mail"]["state"], "ok");
    assert_eq!(send_to(&base).await.status(), 200);
    let messages = server.wait_for_messages(1, Duration::from_secs(5)).await;
    assert!(decrypted(&messages[0], &secret).contains("Ünïcödé stays intact"));

    // The same key, revoked, reloaded: disabled at once; nothing more is sent.
    std::fs::write(&key_file, revoked(&valid, &secret)).unwrap();
    tokio::task::block_in_place(|| {
        running.hang_up();
        let line = running.wait_for("recipient disabled");
        assert!(
            line.contains("Safeguarding lead") && line.contains("revoked"),
            "{line}"
        );
        running.wait_for("configuration reloaded");
    });
    assert_eq!(
        ready(base.clone()).await["mail"]["key_problems"],
        serde_json::json!(["revoked"])
    );
    let page = reqwest::Client::new()
        .post(format!("{base}/questions"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("country=GB&danger=no&reporter=adult&concern=grooming")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("ceop.police.uk") && !page.contains("Also tell"));
    assert_eq!(send_to(&base).await.status(), 404);
    assert_eq!(server.received().len(), 1, "nothing after the revocation");
    assert!(
        server
            .received()
            .iter()
            .all(|m| m.rcpt_to == ["safeguarding@example.org"] && !m.data_text().contains("coach")),
        "never clear text to the keyed recipient"
    );
}
