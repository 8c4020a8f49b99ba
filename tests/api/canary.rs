//! The canary test: the release flow (pages, API, forwarding through a real SMTP server, a
//! refused send, refused pictures, errors) with unique canary strings in every field, in the
//! headers and in the client's address (the TCP peer and `X-Forwarded-For`), run at
//! `RUST_LOG=trace` in a fresh working folder. No canary may appear in the logs at any level,
//! in any file the process created, or in any answer, except where the person's own words are
//! shown back to them (the check step, and after a failed send).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::process::Running;
use crate::smtp::{Behaviour, SmtpServer};

/// The canaries: each unique enough never to occur by chance.
const TEXT: &str = "kanaritext5c1e9";
const NAME: &str = "Kanariname7f2a";
const EMAIL: &str = "kanarimail3b8d@example.org";
/// Digits only, so it passes the phone check.
const PHONE: &str = "07700 918 273 645";
const PHONE_DIGITS: &str = "918273645";
const FIELD: &str = "kanarifield9d04";
const AGENT: &str = "kanariagent1e6b";
const QUERY: &str = "kanariquery4a7c";
/// The TCP peer: one of the 127/8 loopback addresses, so it is unmistakable in a log.
const PEER: &str = "127.83.91.7";
/// The address a trusted proxy (the peer above) forwards.
const FORWARDED: &str = "198.51.100.173";

fn canaries() -> [&'static str; 10] {
    [
        TEXT,
        NAME,
        EMAIL,
        PHONE_DIGITS,
        FIELD,
        AGENT,
        QUERY,
        PEER,
        FORWARDED,
        "kanari",
    ]
}

/// A running `signpost serve` in its own fresh folder.
struct Served {
    running: Running,
    workdir: tempfile::TempDir,
}

impl Served {
    async fn start(smtp: &SmtpServer) -> Served {
        let workdir = tempfile::tempdir().unwrap();
        let home = workdir.path().join("home");
        let tmp = workdir.path().join("tmp");
        std::fs::create_dir_all(&home).unwrap();
        std::fs::create_dir_all(&tmp).unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_signpost"));
        command
            .args(["serve", "--listen", "127.0.0.1:0"])
            .current_dir(workdir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", &home)
            .env("TMPDIR", &tmp)
            .env("RUST_LOG", "trace")
            .env("SIGNPOST_MAIL__ENABLED", "true")
            .env(
                "SIGNPOST_MAIL__SMTP_URL",
                format!("smtp://127.0.0.1:{}", smtp.address.port()),
            )
            .env("SIGNPOST_MAIL__ORGANISATION", "Hillside School")
            .env("SIGNPOST_SERVER__TRUSTED_PROXIES", format!("[\"{PEER}\"]"))
            .stdin(Stdio::null());
        // Waiting for the first line blocks; the SMTP server shares this runtime.
        let running = tokio::task::spawn_blocking(move || Running::serve(command))
            .await
            .expect("signpost starts");
        Served { running, workdir }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.running.base)
    }

    /// Stops the process and returns everything it logged.
    fn stop(self) -> (String, tempfile::TempDir) {
        (self.running.stop().join("\n"), self.workdir)
    }
}

/// A client whose connections come from [`PEER`] and that claims every canary it can in its
/// headers.
fn client() -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-forwarded-for", FORWARDED.parse().unwrap());
    headers.insert("accept-language", format!("en-GB,{FIELD};q=0.5").parse().unwrap());
    headers.insert(
        "referer",
        format!("https://{FIELD}.example/{QUERY}").parse().unwrap(),
    );
    headers.insert("cookie", format!("{FIELD}={QUERY}").parse().unwrap());
    headers.insert("x-canary", FIELD.parse().unwrap());
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .local_address(PEER.parse::<std::net::IpAddr>().unwrap())
        .user_agent(AGENT)
        .default_headers(headers)
        .build()
        .unwrap()
}

/// One answer and whether it may show the person's own words.
struct Seen {
    what: String,
    status: u16,
    body: String,
    headers: String,
    may_show_their_words: bool,
}

async fn post_form(client: &reqwest::Client, url: String, body: String) -> (u16, String, String) {
    let response = client
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "null")
        .body(body)
        .send()
        .await
        .expect("request sent");
    let status = response.status().as_u16();
    let headers = format!("{:?}", response.headers());
    (status, headers, response.text().await.unwrap())
}

fn tell_fields(action: &str, text: &str) -> String {
    serde_urlencoded::to_string([
        ("country", "GB"),
        ("danger", "no"),
        ("reporter", "adult"),
        ("concern", "grooming"),
        ("text", text),
        ("contact", "share"),
        ("name", NAME),
        ("email", EMAIL),
        ("phone", PHONE),
        ("consent", "yes"),
        ("leave_empty", ""),
        ("action", action),
    ])
    .unwrap()
}

/// The whole flow against one running Signpost; `send_fails` says whether its relay refuses.
async fn run_flow(served: &Served, send_fails: bool) -> Vec<Seen> {
    let client = client();
    let mut seen = Vec::new();
    let mut note = |what: &str, (status, headers, body): (u16, String, String), may: bool| {
        seen.push(Seen {
            what: what.to_owned(),
            status,
            body,
            headers,
            may_show_their_words: may,
        });
    };
    for path in [
        format!("/?{QUERY}={FIELD}"),
        format!("/questions?country={QUERY}"),
        format!("/{FIELD}/../../etc/passwd"),
        format!("/api/v1/{FIELD}?{QUERY}"),
        format!("/staying-safe#{FIELD}"),
    ] {
        let response = client.get(served.url(&path)).send().await.unwrap();
        let status = response.status().as_u16();
        let headers = format!("{:?}", response.headers());
        note(
            &format!("GET {path}"),
            (status, headers, response.text().await.unwrap()),
            false,
        );
    }
    // The questions: valid, invalid in every field, an unknown field, and picture data.
    for body in [
        "country=GB&danger=no&reporter=adult&concern=grooming".to_owned(),
        format!("country={QUERY}&danger={FIELD}&reporter={NAME}&concern={TEXT}"),
        format!("country=GB&danger=no&reporter=adult&concern=grooming&{FIELD}={TEXT}"),
        format!("country=GB&danger=no&reporter=adult&concern=data:image/png;base64,iVBORw0KGgo{TEXT}"),
    ] {
        let answer = post_form(&client, served.url("/questions"), body).await;
        note("POST /questions", answer, false);
    }
    // The API: valid, every field a canary, unknown fields, broken JSON, picture data.
    for body in [
        r#"{"country":"GB","reporter":"adult","concern":"grooming","immediate_danger":false}"#.to_owned(),
        format!(
            r#"{{"country":"{QUERY}","reporter":"{NAME}","concern":"{TEXT}","immediate_danger":"{FIELD}"}}"#
        ),
        format!(
            r#"{{"country":"GB","reporter":"adult","concern":"grooming","immediate_danger":false,"{FIELD}":"{TEXT}"}}"#
        ),
        format!(r#"{{"{FIELD}": [[[[{TEXT}"#),
        format!(
            r#"{{"country":"GB","reporter":"adult","concern":"grooming","immediate_danger":false,"note":"data:image/png;base64,iVBORw0KGgo{TEXT}"}}"#
        ),
    ] {
        let response = client
            .post(served.url("/api/v1/route"))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let headers = format!("{:?}", response.headers());
        note(
            "POST /api/v1/route",
            (status, headers, response.text().await.unwrap()),
            false,
        );
    }
    let wrong_type = client
        .post(served.url("/api/v1/route"))
        .header("content-type", format!("multipart/form-data; boundary={FIELD}"))
        .body(format!("--{FIELD}\r\n{TEXT}\r\n--{FIELD}--\r\n"))
        .send()
        .await
        .unwrap();
    let status = wrong_type.status().as_u16();
    let headers = format!("{:?}", wrong_type.headers());
    note(
        "POST multipart",
        (status, headers, wrong_type.text().await.unwrap()),
        false,
    );
    // Tell: the check step shows their words back; a picture is refused; then the send.
    let text = format!("{TEXT} an adult keeps messaging my nephew");
    let answer = post_form(&client, served.url("/tell"), tell_fields("check", &text)).await;
    note("POST /tell check", answer, true);
    let picture =
        format!("{TEXT} data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk");
    let answer = post_form(&client, served.url("/tell"), tell_fields("check", &picture)).await;
    note("POST /tell picture", answer, false);
    let answer = post_form(&client, served.url("/tell"), tell_fields("send", &text)).await;
    assert_eq!(answer.0, if send_fails { 503 } else { 200 }, "{}", answer.2);
    note("POST /tell send", answer, send_fails);
    seen
}

/// Every file under `root`, recursively.
fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else {
                found.push(entry.path());
            }
        }
    }
    found
}

fn assert_no_canary(logs: &str, workdir: &Path, seen: &[Seen]) {
    for canary in canaries() {
        let leaked: Vec<&str> = logs.lines().filter(|l| l.contains(canary)).collect();
        assert!(leaked.is_empty(), "{canary} leaked into the logs: {leaked:#?}");
    }
    let created = files_under(workdir);
    for file in &created {
        let bytes = std::fs::read(file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for canary in canaries() {
            assert!(
                !text.contains(canary),
                "{canary} was written to {}",
                file.display()
            );
        }
    }
    assert!(created.is_empty(), "the process created files: {created:?}");
    for answer in seen {
        for canary in canaries() {
            assert!(
                !answer.headers.contains(canary),
                "{canary} in the headers of {} ({})",
                answer.what,
                answer.status
            );
            if !answer.may_show_their_words {
                assert!(
                    !answer.body.contains(canary),
                    "{canary} echoed by {} ({}):\n{}",
                    answer.what,
                    answer.status,
                    answer.body
                );
            }
        }
    }
}

#[tokio::test]
async fn no_canary_reaches_a_log_a_file_or_an_answer_when_forwarding_succeeds() {
    let smtp = SmtpServer::start(Behaviour::Accept).await;
    let served = Served::start(&smtp).await;
    let seen = run_flow(&served, false).await;
    let (logs, workdir) = served.stop();
    assert!(
        logs.contains("answered"),
        "the requests were logged at all:\n{logs}"
    );
    assert_no_canary(&logs, workdir.path(), &seen);
    let mail = smtp.wait_for_messages(1, Duration::from_secs(10)).await;
    assert!(
        mail[0].data_text().contains(TEXT),
        "the message itself did reach the organisation"
    );
}

#[tokio::test]
async fn no_canary_reaches_a_log_a_file_or_an_answer_when_forwarding_fails() {
    let smtp = SmtpServer::start(Behaviour::RefuseRcpt(550)).await;
    let served = Served::start(&smtp).await;
    let seen = run_flow(&served, true).await;
    let (logs, workdir) = served.stop();
    assert!(logs.contains("answered"), "{logs}");
    assert_no_canary(&logs, workdir.path(), &seen);
    let failed = seen.last().unwrap();
    assert!(
        failed.body.contains(TEXT),
        "their words are handed back after a failed send"
    );
    assert!(smtp.received().is_empty());
}
