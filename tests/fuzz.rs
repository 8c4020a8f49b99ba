//! Fuzzing on stable Rust: proptest generators for every parser Signpost has (the form body,
//! the JSON body, the configuration files, the image guard) and for `route`. Each target must
//! never panic, and each answer must be one of the documented ones (never a 5xx).
//!
//! `cargo test` runs a short run of each (256 inputs). The long run, ≥ 1,000,000 inputs per
//! target, is (see SECURITY.md for the last results):
//!
//! ```sh
//! SIGNPOST_FUZZ_CASES=1000000 cargo test --release --test fuzz -- --nocapture --test-threads=1
//! ```
//!
//! The HTTP targets go through the whole axum router in process (the envelope, the limits, the
//! body reader, the guard, the parsers, the renderers), without TCP, so a million requests take
//! seconds rather than hours.

use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use signpost::config::{self, ConfigSource, Settings};
use signpost::mail::{MailSettings, Recipient, Security, SmtpRelay};
use signpost::routing::Router;
use signpost::routing::directory::Role;
use signpost::web::answers::Answers;
use signpost::web::{AppState, guard, routes};
use tower::ServiceExt as _;

#[path = "support/config_copy.rs"]
mod config_copy;

use config_copy::copy_dir;

/// Inputs per target: `SIGNPOST_FUZZ_CASES`, or a short run.
fn cases() -> u32 {
    std::env::var("SIGNPOST_FUZZ_CASES")
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(256)
}

/// Runs `test` on `cases()` inputs from `strategy`, and prints how many and how long.
fn fuzz<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let cases = cases();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..Config::default()
    });
    let started = Instant::now();
    let result = runner.run(&strategy, test);
    let elapsed = started.elapsed();
    eprintln!(
        "fuzz {name}: {cases} inputs in {:.1} s ({:.0} inputs/s)",
        elapsed.as_secs_f64(),
        f64::from(cases) / elapsed.as_secs_f64().max(1e-9)
    );
    if let Err(failure) = result {
        panic!("fuzz {name}: {failure}");
    }
}

fn router() -> Arc<Router> {
    static ROUTER: OnceLock<Arc<Router>> = OnceLock::new();
    ROUTER
        .get_or_init(|| {
            Arc::new(
                config::load(&ConfigSource::Bundled, std::iter::empty())
                    .expect("the bundled configuration loads")
                    .router,
            )
        })
        .clone()
}

/// The app with mail on (to a port where nothing listens, so a send fails fast and honestly)
/// and limits too high to reach, so every input reaches the parsers.
fn app() -> axum::Router {
    let mut settings = Settings::for_tests();
    settings.server.rate_limits.form_posts_per_minute = 1_000_000_000;
    settings.server.rate_limits.api_posts_per_minute = 1_000_000_000;
    settings.server.rate_limits.sends_per_15_minutes = 1;
    settings.mail = Some(MailSettings {
        relay: SmtpRelay {
            host: "127.0.0.1".into(),
            port: 9,
            security: Security::PlainLoopback,
        },
        from: "Signpost <signpost@example.org>".parse().unwrap(),
        organisation: "Hillside School".into(),
        recipients: vec![Recipient {
            name: "Safeguarding lead".into(),
            address: "dsl@example.org".parse().unwrap(),
            key: None,
        }],
        key_expiry_warning: std::time::Duration::from_secs(30 * 86_400),
        credentials: None,
        extra_root_certificate: None,
        deadline: std::time::Duration::from_millis(200),
    });
    routes(AppState::new(settings, router()))
}

/// Posts `body` with `content_type` to `path` in process and returns the status and body.
fn post(
    runtime: &tokio::runtime::Runtime,
    app: &axum::Router,
    path: &str,
    content_type: &str,
    body: Vec<u8>,
) -> (StatusCode, Vec<u8>) {
    runtime.block_on(async {
        let request = Request::post(path)
            .header("content-type", content_type)
            .body(Body::from(body))
            .expect("BUG: a valid request");
        let response = app.clone().oneshot(request).await.expect("infallible");
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .expect("an answer body is readable");
        (status, bytes.to_vec())
    })
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Values that break parsers: control characters, bidi overrides, homoglyphs, markup, CRLF,
/// huge numbers, NUL, picture signatures, and plain arbitrary text.
fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z]{0,3}",
        "(GB|gb|US|ZZ|XK|ＧＢ|GΒ|G\u{0392}| GB |G\u{202e}B)",
        "(child|adult|grooming|abuse-imagery|sextortion|not-sure|yes|no|not-sure|true|1)",
        "<script>[a-z]{0,8}</script>|\r\nBcc: x@example.org|\\{\\{ [a-z]+ \\}\\}|%00|\u{0}",
        "data:image/png;base64,iVBORw0KGgo[A-Za-z0-9+/=]{0,80}",
        "[0-9]{1,40}(\\.[0-9]{1,5})?(e[0-9]{1,4})?",
        proptest::collection::vec(any::<char>(), 0..400).prop_map(|c| c.into_iter().collect()),
    ]
}

const FORM_KEYS: &[&str] = &[
    "country",
    "danger",
    "reporter",
    "concern",
    "text",
    "contact",
    "name",
    "email",
    "phone",
    "consent",
    "leave_empty",
    "action",
    "unknown",
    "country[]",
    "",
];

/// A form body: fields Signpost knows (or not) with nasty values, url-encoded or raw.
fn form_body() -> impl Strategy<Value = Vec<u8>> {
    let fields = proptest::collection::vec((proptest::sample::select(FORM_KEYS), nasty_text()), 0..14);
    prop_oneof![
        4 => fields.prop_map(|fields| serde_urlencoded::to_string(fields).unwrap().into_bytes()),
        1 => proptest::collection::vec(any::<u8>(), 0..2048),
        1 => "([a-z_]{0,8}=[^&]{0,40}&?){0,12}".prop_map(String::into_bytes),
    ]
}

/// Any JSON value, nested up to a few levels.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        nasty_text().prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map(nasty_text(), inner, 0..8)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A JSON body: the answers object with nasty values, any JSON, raw bytes, or a valid body
/// cut short or with bytes changed.
fn json_body() -> impl Strategy<Value = Vec<u8>> {
    let answers = (
        proptest::option::of(json_value()),
        proptest::option::of(json_value()),
        proptest::option::of(json_value()),
        proptest::option::of(json_value()),
        proptest::option::of((nasty_text(), json_value())),
    )
        .prop_map(|(country, reporter, concern, danger, extra)| {
            let mut object = serde_json::Map::new();
            for (key, value) in [
                ("country", country),
                ("reporter", reporter),
                ("concern", concern),
                ("immediate_danger", danger),
            ] {
                if let Some(value) = value {
                    object.insert(key.to_owned(), value);
                }
            }
            if let Some((key, value)) = extra {
                object.insert(key, value);
            }
            serde_json::to_vec(&object).unwrap()
        });
    let valid = br#"{"country":"GB","reporter":"adult","concern":"grooming","immediate_danger":false}"#;
    prop_oneof![
        4 => answers,
        2 => json_value().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        1 => proptest::collection::vec(any::<u8>(), 0..2048),
        2 => mutations(valid.len()).prop_map(|m| mutate(valid, &m)),
    ]
}

/// A handful of byte edits at positions within `len` (scaled to the text when applied).
#[derive(Clone, Debug)]
enum Edit {
    Replace(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Truncate(usize),
}

fn mutations(len: usize) -> impl Strategy<Value = Vec<Edit>> {
    let len = len.max(1);
    let edit = prop_oneof![
        (0..len, any::<u8>()).prop_map(|(at, byte)| Edit::Replace(at, byte)),
        (
            0..len,
            prop_oneof![
                proptest::collection::vec(any::<u8>(), 1..8),
                "(\\[|\\]|\\{|\\}|=|\"|'|\\n|#|\\.|,|\\\\|[a-z_]{1,8}|[0-9]{1,20}|'''|\"\"\"|\\[\\[)"
                    .prop_map(String::into_bytes),
            ]
        )
            .prop_map(|(at, bytes)| Edit::Insert(at, bytes)),
        (0..len, 1..64usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        (0..len, 1..200usize).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        (0..len).prop_map(Edit::Truncate),
    ];
    proptest::collection::vec(edit, 1..6)
}

fn mutate(original: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for edit in edits {
        let at = |i: usize| i.min(bytes.len());
        match edit {
            Edit::Replace(i, byte) => {
                if let Some(b) = bytes.get_mut(*i) {
                    *b = *byte;
                }
            }
            Edit::Insert(i, new) => {
                let i = at(*i);
                bytes.splice(i..i, new.iter().copied());
            }
            Edit::Delete(i, n) => {
                let i = at(*i);
                let end = (i + n).min(bytes.len());
                bytes.drain(i..end);
            }
            Edit::Duplicate(i, n) => {
                let i = at(*i);
                let end = (i + n).min(bytes.len());
                let copy = bytes[i..end].to_vec();
                bytes.splice(end..end, copy);
            }
            Edit::Truncate(i) => bytes.truncate(at(*i)),
        }
    }
    bytes
}

/// The statuses a POST may answer; anything else (a 5xx above all) is a finding. 502 and 503
/// are the honest "not sent"/"not confirmed" answers of `/tell`, whose relay here is down.
fn documented(path: &str, status: StatusCode) -> bool {
    match path {
        "/tell" => [200, 400, 403, 413, 415, 422, 429, 502, 503].contains(&status.as_u16()),
        _ => [200, 400, 413, 415, 422, 429].contains(&status.as_u16()),
    }
}

#[test]
fn fuzz_form_bodies() {
    let runtime = runtime();
    let app = app();
    let content_types = prop_oneof![
        8 => Just("application/x-www-form-urlencoded".to_owned()),
        1 => Just("application/x-www-form-urlencoded; charset=utf-8".to_owned()),
        1 => "[ -~]{0,40}",
    ];
    fuzz(
        "form body (POST /questions, POST /tell)",
        (form_body(), content_types, any::<bool>()),
        |(body, content_type, to_tell)| {
            let path = if to_tell { "/tell" } else { "/questions" };
            let (status, page) = post(&runtime, &app, path, &content_type, body);
            prop_assert!(documented(path, status), "{path} answered {status}");
            let page = String::from_utf8(page).expect("pages are UTF-8");
            if status != StatusCode::OK || path == "/questions" {
                prop_assert!(
                    page.contains("emergency") || page.contains("999") || page.contains("112"),
                    "{path} {status}: a page without a way to get help"
                );
            }
            Ok(())
        },
    );
}

#[test]
fn fuzz_json_bodies() {
    let runtime = runtime();
    let app = app();
    fuzz("JSON body (POST /api/v1/route)", json_body(), |body| {
        let (status, answer) = post(&runtime, &app, "/api/v1/route", "application/json", body);
        prop_assert!(documented("/api/v1/route", status), "answered {status}");
        let value: serde_json::Value =
            serde_json::from_slice(&answer).map_err(|e| TestCaseError::fail(format!("not JSON: {e}")))?;
        if status == StatusCode::OK {
            prop_assert!(
                !value["steps"].as_array().is_none_or(Vec::is_empty),
                "an empty plan"
            );
        } else {
            prop_assert_eq!(value["status"].as_u64(), Some(u64::from(status.as_u16())));
        }
        Ok(())
    });
}

#[test]
fn fuzz_the_image_guard() {
    let png = b"\x89PNG\r\n\x1a\n";
    let pictures = prop_oneof![
        Just(png.to_vec()),
        Just(b"\xff\xd8\xff\xe0".to_vec()),
        Just(b"GIF89a".to_vec()),
        Just(b"RIFF\0\0\0\0WEBP".to_vec()),
        Just(b"<svg xmlns=\"http://www.w3.org/2000/svg\">".to_vec()),
    ];
    let input = prop_oneof![
        3 => proptest::collection::vec(any::<u8>(), 0..4096),
        2 => nasty_text().prop_map(String::into_bytes),
        2 => (pictures, proptest::collection::vec(any::<u8>(), 0..256), any::<bool>(), any::<bool>())
            .prop_map(|(mut head, tail, url_safe, wrapped)| {
                use base64::Engine as _;
                head.extend(tail);
                let mut text = if url_safe {
                    base64::engine::general_purpose::URL_SAFE.encode(&head)
                } else {
                    base64::engine::general_purpose::STANDARD.encode(&head)
                };
                if wrapped {
                    text = text.as_bytes().chunks(76).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("\r\n");
                }
                text.into_bytes()
            }),
    ];
    fuzz("image guard (form, JSON, text)", input, |bytes| {
        let _ = guard::check_form(&bytes);
        let _ = guard::check_json(&bytes);
        let _ = guard::is_image(&bytes);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = guard::check_text(text);
        }
        Ok(())
    });
}

#[test]
fn fuzz_answers_into_route() {
    let router = router();
    let input = (
        proptest::option::of(nasty_text()),
        proptest::option::of(nasty_text()),
        proptest::option::of(nasty_text()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(nasty_text()),
    );
    let every_code = signpost::routing::CountryCode::all();
    let places: Vec<String> = router.platforms().valid_ids().map(str::to_owned).collect();
    let valid = (
        proptest::sample::select(every_code),
        proptest::sample::select(signpost::routing::ConcernKind::ALL),
        proptest::sample::select(signpost::routing::Reporter::ALL),
        any::<bool>(),
        "[ \t]{0,2}",
        any::<bool>(),
        proptest::option::of(proptest::sample::select(places)),
    )
        .prop_map(|(country, kind, reporter, danger, pad, lower, place)| {
            let code = if lower {
                country.as_str().to_ascii_lowercase()
            } else {
                country.as_str().to_owned()
            };
            (
                Some(format!("{pad}{code}{pad}")),
                Some(reporter.as_str().to_owned()),
                Some(kind.as_str().to_owned()),
                Some(danger),
                place,
            )
        });
    fuzz(
        "answers -> route",
        prop_oneof![input, valid],
        |(country, reporter, concern, danger, platform)| {
            let answers = Answers {
                country,
                reporter,
                concern,
                danger: danger.map(|danger| {
                    signpost::web::answers::DangerAnswer::Known(signpost::routing::Urgency::from_danger(
                        danger,
                    ))
                }),
                platform,
            };
            if let Ok(concern) = answers.parse(router.platforms()) {
                let plan = router.route(&concern);
                prop_assert!(!plan.steps().is_empty(), "an empty plan");
                if concern.urgency.is_immediate() {
                    prop_assert_eq!(plan.steps()[0].role(), Role::Emergency);
                }
                prop_assert!(
                    plan.steps()[0].role() != Role::Platform,
                    "the platform step first"
                );
            }
            Ok(())
        },
    );
}

/// One configuration file to break, and the text it starts from.
fn config_files() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("config");
    [
        "signpost.toml",
        "rules.toml",
        "directory/gb.toml",
        "directory/global.toml",
        "locales/en-GB/errors.ftl",
    ]
    .iter()
    .map(|file| ((*file).to_owned(), std::fs::read(root.join(file)).unwrap()))
    .collect()
}

/// A small but complete configuration folder: settings, rules, the international services and
/// one country. `config::load` on all 225 country files takes milliseconds per input, too slow
/// for a million; the parsers are the same for every file.
fn small_config_folder() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("config");
    let folder = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(folder.path().join("directory")).unwrap();
    for file in [
        "signpost.toml",
        "rules.toml",
        "directory/gb.toml",
        "directory/global.toml",
    ] {
        std::fs::copy(root.join(file), folder.path().join(file)).unwrap();
    }
    // The source language's catalogs, which every configuration needs.
    copy_dir(&root.join("locales/en-GB"), &folder.path().join("locales/en-GB"));
    folder
}

#[test]
fn fuzz_configuration_files() {
    let originals = config_files();
    let folder = small_config_folder();
    let source = ConfigSource::Folder(folder.path().to_path_buf());
    if let Err(error) = config::load(&source, std::iter::empty()) {
        panic!("the small configuration folder must load before it is broken: {error}");
    }
    let longest = originals.iter().map(|(_, text)| text.len()).max().unwrap();
    let input = (0..originals.len(), mutations(longest));
    fuzz("configuration files (config::load)", input, |(which, edits)| {
        let (file, original) = &originals[which];
        // Scale positions to this file so that every edit lands inside it.
        let edits: Vec<Edit> = edits
            .into_iter()
            .map(|edit| scale(edit, longest, original.len()))
            .collect();
        let broken = mutate(original, &edits);
        let path = folder.path().join(file);
        std::fs::write(&path, &broken).unwrap();
        let loaded = config::load(&source, std::iter::empty());
        std::fs::write(&path, original).unwrap();
        if let Err(error) = loaded {
            prop_assert!(!error.errors.is_empty(), "refused without saying why");
            for issue in &error.errors {
                prop_assert!(!issue.to_string().trim().is_empty(), "an empty error");
            }
        }
        Ok(())
    });
}

fn scale(edit: Edit, from: usize, to: usize) -> Edit {
    let s = |i: usize| i * to.max(1) / from.max(1);
    match edit {
        Edit::Replace(i, b) => Edit::Replace(s(i), b),
        Edit::Insert(i, bytes) => Edit::Insert(s(i), bytes),
        Edit::Delete(i, n) => Edit::Delete(s(i), n),
        Edit::Duplicate(i, n) => Edit::Duplicate(s(i), n),
        Edit::Truncate(i) => Edit::Truncate(s(i)),
    }
}
