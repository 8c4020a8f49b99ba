//! The bad-input corpus: hundreds of broken or hostile requests, table by table, against every
//! endpoint over real HTTP. Each case must get its documented status and a clear message, carry
//! the headers every response carries (`assert_private_and_safe`), never echo what was sent
//! (neither in the body nor in a header), and leave the server healthy (`/healthz` is checked
//! after every table).
//!
//! The documented answers:
//!
//! - `POST /api/v1/route` (JSON): 200 plan; 400 malformed JSON, unknown fields, wrong types
//!   (`application/problem+json`); 413 over 16 KiB; 415 any content type but
//!   `application/json`; 422 invalid or missing answers (each field named), image data, binary.
//! - `POST /questions` (form): 200 plan page; 422 the questions again with an error summary;
//!   400 page for unknown fields or undecodable bodies; 413 and 415 pages; 422 page for image
//!   data or binary.
//! - Unknown paths: 404 (a page, or `application/problem+json` under `/api/`); a method a route
//!   does not take: 405. `POST /tell` is 404 while mail is off (the default in `spawn_app`).
//! - Request heads over 64 KiB: 431, or the connection is closed.
//!
//! Each table runs in a loop and reports every failing case at once, each with its label.
//! At the end of this file, one test per gap once found, each asserting the documented
//! behaviour: two gaps are closed and their tests run; the one still open (hyper's own 431)
//! is marked `#[ignore]`, saying why.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::header::HeaderValue;
use reqwest::{Method, ResponseBuilderExt as _};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use signpost::web::routes::Endpoint;

use crate::helpers::{TestApp, assert_private_and_safe, spawn_app};

const JSON: &str = "application/json";
const FORM: &str = "application/x-www-form-urlencoded";
/// The body limit, as `src/web/body.rs` sets it.
const LIMIT: usize = 16 * 1024;
/// The request head limit, as `src/app.rs` sets it.
const HEAD_LIMIT: usize = 64 * 1024;

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa";
const JPEG: &[u8] = b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xff\xdb\0C\0\x08";
const GIF: &[u8] = b"GIF89a\x10\0\x10\0\x80\0\0\xff\xff\xff\0\0\0!\xf9\x04\x01\0\0\0";

/// A marker inside every script payload: if it comes back in any form, something was echoed.
const MARK: &str = "xss7731";
/// Script injection payloads, each carrying [`MARK`].
const SCRIPTS: [&str; 3] = [
    "<script>alert(\"xss7731\")</script>",
    "\"><img src=x onerror=alert(\"xss7731\")>",
    "javascript:alert(\"xss7731\")",
];
/// What must never appear in an answer to a path-traversal attempt: the first lines of
/// `Cargo.toml`, `/etc/passwd`, `.git/config` and `src/main.rs`.
const FILE_CONTENTS: [&str; 5] = [
    "[package]",
    "root:x:",
    "[core]",
    "fn main",
    "repositoryformatversion",
];

/// The methods a route of the public address answers (`None` for the admin address), by the
/// route table: the match has no catch-all, so a new route cannot be left out of these tables.
fn methods(endpoint: Endpoint) -> Option<&'static [&'static str]> {
    Some(match endpoint {
        Endpoint::Start | Endpoint::StayingSafe | Endpoint::Health | Endpoint::Ready => &["GET"],
        Endpoint::ApiCountries | Endpoint::ApiConcerns | Endpoint::ApiPlatforms | Endpoint::ApiOpenApi => {
            &["GET"]
        }
        Endpoint::Stylesheet | Endpoint::Script | Endpoint::Favicon | Endpoint::FaviconIco => &["GET"],
        Endpoint::Questions => &["GET", "POST"],
        Endpoint::Tell | Endpoint::ApiRoute => &["POST"],
        Endpoint::Metrics => return None,
    })
}

/// Every route of the public address and the methods it answers.
fn routes() -> impl Iterator<Item = (&'static str, &'static [&'static str])> {
    Endpoint::ALL
        .iter()
        .filter_map(|endpoint| Some((endpoint.path(), methods(*endpoint)?)))
}

const API_FIELDS: [&str; 3] = ["country", "reporter", "concern"];
const FORM_FIELDS: [&str; 4] = ["country", "danger", "reporter", "concern"];

/// What a case must get back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Want {
    /// 200 and the plan (for the API, for this country when given).
    Plan(Option<&'static str>),
    /// 200 and the GET endpoint's usual answer.
    Served,
    /// 400: not the JSON or form expected.
    Malformed,
    /// 422 naming exactly these fields.
    Invalid(&'static [&'static str]),
    /// 422 from the image guard, pointing to the hotline.
    Image,
    /// 422 from the image guard: not text.
    Binary,
    /// 413.
    TooLarge,
    /// 415, pointing to the hotline.
    Unsupported,
    /// 404.
    NotFound,
    /// 405, with an `Allow` header.
    NotAllowed,
    /// 431, or the connection closed.
    HeadTooLarge,
}

impl Want {
    fn status(self) -> u16 {
        match self {
            Want::Plan(_) | Want::Served => 200,
            Want::Malformed => 400,
            Want::Invalid(_) | Want::Image | Want::Binary => 422,
            Want::TooLarge => 413,
            Want::Unsupported => 415,
            Want::NotFound => 404,
            Want::NotAllowed => 405,
            Want::HeadTooLarge => 431,
        }
    }

    /// The title of the problem document or error page (`src/web/error.rs`).
    fn title(self, api: bool) -> &'static str {
        match self {
            Want::Malformed if api => "Malformed request",
            Want::Malformed => "Your answers could not be read",
            Want::Invalid(_) => "Invalid answers",
            Want::Image => "Signpost cannot accept pictures",
            Want::Binary => "Signpost could not read that",
            Want::TooLarge => "That was too long",
            Want::Unsupported => "Signpost cannot accept that",
            Want::NotFound => "Page not found",
            _ => "",
        }
    }
}

/// How a case goes over the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wire {
    /// With reqwest (which normalises the path).
    Client,
    /// Written on a socket byte for byte, the path as given.
    Raw,
    /// Raw, with the body sent chunked (no `Content-Length`).
    Chunked,
}

/// One request and what it must get back.
#[derive(Clone, Debug)]
struct Case {
    kind: &'static str,
    label: String,
    method: Method,
    path: String,
    content_type: Option<String>,
    headers: Vec<(String, Vec<u8>)>,
    body: Option<Vec<u8>>,
    wire: Wire,
    want: Want,
    never: Vec<String>,
}

impl Case {
    fn new(kind: &'static str, label: impl Into<String>, method: Method, path: &str, want: Want) -> Case {
        Case {
            kind,
            label: label.into(),
            method,
            path: path.to_owned(),
            content_type: None,
            headers: Vec::new(),
            body: None,
            wire: Wire::Client,
            want,
            never: Vec::new(),
        }
    }

    fn get(kind: &'static str, label: impl Into<String>, path: &str, want: Want) -> Case {
        Case::new(kind, label, Method::GET, path, want)
    }

    /// A body with this content type (`None`: no `Content-Type` header at all).
    fn body(mut self, content_type: Option<&str>, body: impl Into<Vec<u8>>) -> Case {
        self.content_type = content_type.map(str::to_owned);
        self.body = Some(body.into());
        self
    }

    fn header(mut self, name: &str, value: impl Into<Vec<u8>>) -> Case {
        self.headers.push((name.to_owned(), value.into()));
        self
    }

    fn wire(mut self, wire: Wire) -> Case {
        self.wire = wire;
        self
    }

    /// Text that must appear nowhere in the answer.
    fn never(mut self, text: impl Into<String>) -> Case {
        self.never.push(text.into());
        self
    }

    fn never_all<'a>(self, texts: impl IntoIterator<Item = &'a str>) -> Case {
        texts.into_iter().fold(self, Case::never)
    }
}

/// `POST /api/v1/route` with this body as `application/json`.
fn api(kind: &'static str, label: impl Into<String>, body: impl Into<Vec<u8>>, want: Want) -> Case {
    Case::new(kind, label, Method::POST, "/api/v1/route", want).body(Some(JSON), body)
}

/// `POST /questions` with this body as a form.
fn page(kind: &'static str, label: impl Into<String>, body: impl Into<Vec<u8>>, want: Want) -> Case {
    Case::new(kind, label, Method::POST, "/questions", want).body(Some(FORM), body)
}

/// A JSON string literal.
fn js(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

/// The valid JSON answers with `field` set to the raw JSON `value` (added when not there).
fn json_with(field: &str, value: &str) -> String {
    let mut fields = vec![
        ("country", "\"GB\"".to_owned()),
        ("reporter", "\"adult\"".to_owned()),
        ("concern", "\"grooming\"".to_owned()),
        ("immediate_danger", "false".to_owned()),
    ];
    match fields.iter_mut().find(|(name, _)| *name == field) {
        Some(slot) => slot.1 = value.to_owned(),
        None => fields.push((field, value.to_owned())),
    }
    let inner: Vec<String> = fields.iter().map(|(k, v)| format!("{}:{v}", js(k))).collect();
    format!("{{{}}}", inner.join(","))
}

/// The valid JSON answers without `field`.
fn json_without(field: &str) -> String {
    let mut value: Value = serde_json::from_str(&json_with("country", "\"GB\"")).unwrap();
    value.as_object_mut().unwrap().remove(field);
    value.to_string()
}

fn valid_json() -> String {
    json_with("country", "\"GB\"")
}

/// Percent-encodes text as a form value.
fn enc(text: &str) -> String {
    utf8_percent_encode(text, NON_ALPHANUMERIC).to_string()
}

/// The valid form answers with `field` set to the already-encoded `value` (added when not
/// there).
fn form_with(field: &str, value: &str) -> String {
    let mut fields = vec![
        ("country", "GB".to_owned()),
        ("danger", "no".to_owned()),
        ("reporter", "adult".to_owned()),
        ("concern", "grooming".to_owned()),
    ];
    match fields.iter_mut().find(|(name, _)| *name == field) {
        Some(slot) => slot.1 = value.to_owned(),
        None => fields.push((field, value.to_owned())),
    }
    let pairs: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
    pairs.join("&")
}

/// The valid form answers without `field`.
fn form_without(field: &str) -> String {
    let prefix = format!("{field}=");
    let pairs: Vec<String> = valid_form()
        .split('&')
        .filter(|pair| !pair.starts_with(&prefix))
        .map(str::to_owned)
        .collect();
    pairs.join("&")
}

fn valid_form() -> String {
    form_with("country", "GB")
}

/// The field list for one field.
fn only(field: &str) -> &'static [&'static str] {
    match field {
        "country" => &["country"],
        "danger" => &["danger"],
        "reporter" => &["reporter"],
        "concern" => &["concern"],
        _ => unreachable!("{field}"),
    }
}

/// The anchor the error summary links to for each field (`src/web/pages.rs`).
fn anchor(field: &str) -> &'static str {
    match field {
        "country" => "href=\"#country\"",
        "danger" => "href=\"#danger-yes\"",
        "reporter" => "href=\"#reporter-child\"",
        _ => "href=\"#concern-abuse-imagery\"",
    }
}

// ---------------------------------------------------------------------------------------------
// Sending and checking.

async fn send(app: &TestApp, case: &Case) -> Result<reqwest::Response, String> {
    if case.wire != Wire::Client {
        return send_raw(app, case).await;
    }
    let mut request = app.client.request(case.method.clone(), app.url(&case.path));
    if let Some(content_type) = &case.content_type {
        request = request.header("content-type", content_type.as_str());
    }
    for (name, value) in &case.headers {
        let value = HeaderValue::from_bytes(value).map_err(|e| e.to_string())?;
        request = request.header(name.as_str(), value);
    }
    if let Some(body) = &case.body {
        request = request.body(body.clone());
    }
    request
        .timeout(Duration::from_secs(10))
        .send()
        .await
        .map_err(|e| format!("{e:?}"))
}

/// Writes the request byte for byte (the path exactly as given) and reads the answer until the
/// server closes the connection.
async fn send_raw(app: &TestApp, case: &Case) -> Result<reqwest::Response, String> {
    let mut request = format!(
        "{} {} HTTP/1.1\r\nhost: {}\r\nconnection: close\r\n",
        case.method, case.path, app.address
    )
    .into_bytes();
    if let Some(content_type) = &case.content_type {
        request.extend_from_slice(format!("content-type: {content_type}\r\n").as_bytes());
    }
    for (name, value) in &case.headers {
        request.extend_from_slice(format!("{name}: ").as_bytes());
        request.extend_from_slice(value);
        request.extend_from_slice(b"\r\n");
    }
    let body = case.body.clone().unwrap_or_default();
    if case.wire == Wire::Chunked {
        request.extend_from_slice(b"transfer-encoding: chunked\r\n\r\n");
        for chunk in body.chunks(1024) {
            request.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
            request.extend_from_slice(chunk);
            request.extend_from_slice(b"\r\n");
        }
        request.extend_from_slice(b"0\r\n\r\n");
    } else {
        if case.body.is_some() {
            request.extend_from_slice(format!("content-length: {}\r\n", body.len()).as_bytes());
        }
        request.extend_from_slice(b"\r\n");
        request.extend_from_slice(&body);
    }
    let mut stream = tokio::net::TcpStream::connect(app.address)
        .await
        .map_err(|e| e.to_string())?;
    // The server may answer (413) and stop reading before the whole body is written.
    let _ = stream.write_all(&request).await;
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer)).await;
    if read.is_err() {
        return Err("no answer within 10 s".to_owned());
    }
    if answer.is_empty() {
        return Err("connection closed without an answer".to_owned());
    }
    parse_response(&answer, reqwest::Url::parse(&app.url("/")).unwrap())
}

/// Parses an HTTP/1.1 response into a `reqwest::Response`, so that every answer is checked with
/// the same `assert_private_and_safe`.
fn parse_response(bytes: &[u8], url: reqwest::Url) -> Result<reqwest::Response, String> {
    let end = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("no end of head")?;
    let head = std::str::from_utf8(&bytes[..end]).map_err(|e| e.to_string())?;
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| format!("bad status line in {head:?}"))?;
    let mut builder = axum::http::Response::builder().status(status).url(url);
    let mut chunked = false;
    for line in lines {
        let (name, value) = line.split_once(':').ok_or("bad header line")?;
        if name.eq_ignore_ascii_case("transfer-encoding") {
            chunked = value.trim().eq_ignore_ascii_case("chunked");
            continue;
        }
        builder = builder.header(name.trim(), value.trim());
    }
    let mut body = bytes[end + 4..].to_vec();
    if chunked {
        body = dechunk(&body)?;
    }
    Ok(reqwest::Response::from(
        builder.body(body).map_err(|e| e.to_string())?,
    ))
}

fn dechunk(mut bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    loop {
        let line_end = bytes.windows(2).position(|w| w == b"\r\n").ok_or("bad chunk")?;
        let size = std::str::from_utf8(&bytes[..line_end]).map_err(|e| e.to_string())?;
        let size =
            usize::from_str_radix(size.split(';').next().unwrap().trim(), 16).map_err(|e| e.to_string())?;
        if size == 0 {
            return Ok(body);
        }
        let start = line_end + 2;
        body.extend_from_slice(bytes.get(start..start + size).ok_or("short chunk")?);
        bytes = bytes.get(start + size + 2..).ok_or("short chunk")?;
    }
}

/// The headers every response carries, as `assert_private_and_safe` checks them, but reported
/// with the case's label instead of panicking without it.
fn private_and_safe(response: &reqwest::Response) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| assert_private_and_safe(response))).map_err(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_else(|| "assert_private_and_safe failed".to_owned())
    })
}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(300).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// Sends one case and checks everything about its answer.
async fn check(app: &TestApp, case: &Case) -> Result<(), String> {
    let response = match send(app, case).await {
        Ok(response) => response,
        // A head over the limit may be answered by closing the connection.
        Err(_) if case.want == Want::HeadTooLarge => return Ok(()),
        Err(error) => return Err(format!("no answer: {error}")),
    };
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let safe = private_and_safe(&response);
    let body = response
        .bytes()
        .await
        .map_err(|e| format!("body unreadable: {e}"))?;
    let text = String::from_utf8_lossy(&body).into_owned();
    if status != case.want.status() {
        return Err(format!(
            "status {status}, want {} ({:?}); body: {}",
            case.want.status(),
            case.want,
            shorten(&text)
        ));
    }
    // hyper answers a head over the limit itself, before Signpost's layers add any header: see
    // `a_431_carries_the_headers_every_response_carries` (ignored, reported).
    if case.want != Want::HeadTooLarge {
        safe?;
    }
    for never in &case.never {
        if text.contains(never.as_str()) {
            return Err(format!("the answer echoes {never:?}: {}", shorten(&text)));
        }
        for (name, value) in &headers {
            if String::from_utf8_lossy(value.as_bytes()).contains(never.as_str()) {
                return Err(format!("header {name} echoes {never:?}"));
            }
        }
    }
    let content_type = headers
        .get("content-type")
        .map(|v| v.to_str().unwrap_or("").to_owned())
        .unwrap_or_default();
    let path = case.path.split('?').next().unwrap_or_default();
    let api = path.starts_with("/api/");
    let want = case.want;
    match want {
        Want::HeadTooLarge => {}
        Want::NotAllowed => {
            let allow = headers
                .get("allow")
                .ok_or("a 405 without an Allow header")?
                .to_str()
                .unwrap_or_default();
            if allow.split(',').any(|m| m.trim() == case.method.as_str()) {
                return Err(format!("405 but Allow: {allow} lists {}", case.method));
            }
        }
        Want::Served => check_served(path, &content_type, &text)?,
        Want::Plan(country) if api => {
            if !content_type.starts_with("application/json") {
                return Err(format!("a plan as {content_type}"));
            }
            let plan: Value = serde_json::from_slice(&body).map_err(|e| format!("plan is not JSON: {e}"))?;
            if plan["steps"].as_array().is_none_or(Vec::is_empty) {
                return Err(format!("a plan without steps: {}", shorten(&text)));
            }
            if let Some(country) = country
                && plan["country"] != country
            {
                return Err(format!("plan for {}, want {country}", plan["country"]));
            }
        }
        Want::Plan(_) => {
            if !content_type.starts_with("text/html") || !text.contains("class=\"advice\"") {
                return Err(format!("not a plan page ({content_type}): {}", shorten(&text)));
            }
        }
        Want::Invalid(fields) if !api => {
            if !text.contains("There is a problem") {
                return Err(format!("no error summary: {}", shorten(&text)));
            }
            for field in FORM_FIELDS {
                let named = text.contains(anchor(field));
                if named != fields.contains(&field) {
                    return Err(format!(
                        "the summary names {field}: {named}; want fields {fields:?}"
                    ));
                }
            }
        }
        _ if api => {
            if content_type != "application/problem+json" {
                return Err(format!("an API error as {content_type:?}"));
            }
            let problem: Value =
                serde_json::from_slice(&body).map_err(|e| format!("problem is not JSON: {e}"))?;
            if problem["status"] != status || problem["type"] != "about:blank" {
                return Err(format!("problem document: {problem}"));
            }
            if problem["title"] != want.title(true) {
                return Err(format!("title {}, want {:?}", problem["title"], want.title(true)));
            }
            let detail = problem["detail"].as_str().unwrap_or_default();
            if detail.is_empty() {
                return Err("a problem without detail".to_owned());
            }
            match want {
                Want::Malformed if !detail.starts_with("the body") => {
                    return Err(format!("400 detail says nothing useful: {detail}"));
                }
                Want::Image | Want::Unsupported if !detail.contains("national hotline") => {
                    return Err(format!("detail does not point to the hotline: {detail}"));
                }
                Want::Invalid(fields) => {
                    let named: Vec<&str> = problem["errors"]
                        .as_array()
                        .map(|errors| errors.iter().filter_map(|e| e["field"].as_str()).collect())
                        .unwrap_or_default();
                    if named != fields {
                        return Err(format!("errors name {named:?}, want {fields:?}"));
                    }
                }
                _ => {}
            }
        }
        _ => {
            let title = format!("<h1>{}</h1>", want.title(false));
            if !content_type.starts_with("text/html") || !text.contains(&title) {
                return Err(format!("want an error page with {title}: {}", shorten(&text)));
            }
            if !text.contains("inhope.org") {
                return Err("the error page does not show where to get help".to_owned());
            }
            if matches!(want, Want::Image | Want::Unsupported) && !text.contains("national hotline") {
                return Err("the page does not point to the hotline".to_owned());
            }
        }
    }
    Ok(())
}

fn check_served(path: &str, content_type: &str, text: &str) -> Result<(), String> {
    let (want_type, ok) = match path {
        "/healthz" => ("text/plain", text == "ok\n"),
        "/assets/signpost.css" => ("text/css", !text.is_empty()),
        "/assets/signpost.js" => ("text/javascript", !text.is_empty()),
        "/favicon.svg" | "/favicon.ico" => ("image/svg+xml", text.starts_with("<svg")),
        p if p.starts_with("/api/") || p == "/readyz" => {
            ("application/json", serde_json::from_str::<Value>(text).is_ok())
        }
        _ => ("text/html", text.starts_with("<!DOCTYPE html>")),
    };
    if content_type.starts_with(want_type) && ok {
        Ok(())
    } else {
        Err(format!(
            "not the usual answer ({content_type}): {}",
            shorten(text)
        ))
    }
}

/// Runs a table, then checks the server is still healthy; fails listing every failing case.
async fn run(app: &TestApp, table: &str, cases: Vec<Case>) {
    let mut failures = Vec::new();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for case in &cases {
        *kinds.entry(case.kind).or_default() += 1;
        if let Err(error) = check(app, case).await {
            failures.push(format!(
                "  [{}] {} {} {}: {error}",
                case.kind,
                case.method,
                shorten(&case.path),
                case.label
            ));
        }
    }
    eprintln!("{table}: {} cases {kinds:?}", cases.len());
    let health = app.get("/healthz").await;
    assert_eq!(health.status(), 200, "{table}: unhealthy after the table");
    assert_private_and_safe(&health);
    assert_eq!(health.text().await.unwrap(), "ok\n", "{table}");
    assert!(
        failures.is_empty(),
        "{table}: {} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// POST /api/v1/route: JSON that is not the expected shape.

fn api_shape_cases() -> Vec<Case> {
    let valid = valid_json();
    let mut cases = Vec::new();

    // Truncated and otherwise broken JSON: 400, "the body is not valid JSON".
    let truncated = [
        ("empty body", String::new()),
        ("only whitespace", "   \n\t ".to_owned()),
        ("an open brace", "{".to_owned()),
        ("a key without a colon", "{\"country\"".to_owned()),
        ("a key without a value", "{\"country\":".to_owned()),
        ("an unterminated string", "{\"country\":\"GB".to_owned()),
        ("no closing brace", "{\"country\":\"GB\"".to_owned()),
        ("a trailing comma, unclosed", "{\"country\":\"GB\",".to_owned()),
        (
            "the valid body less its last byte",
            valid[..valid.len() - 1].to_owned(),
        ),
        ("an open bracket", "[".to_owned()),
        ("a lone quote", "\"".to_owned()),
        ("a truncated literal", "{\"immediate_danger\":tr}".to_owned()),
        ("a truncated false", json_with("immediate_danger", "fals")),
        ("single quotes", "{'country':'GB'}".to_owned()),
        ("an unquoted key", "{country:\"GB\"}".to_owned()),
        ("a trailing brace", format!("{valid}}}")),
        ("two objects", format!("{valid}{valid}")),
        ("a trailing comma", "{\"country\":\"GB\",}".to_owned()),
        ("a missing colon", "{\"country\" \"GB\"}".to_owned()),
        ("a comment", format!("/* c */{valid}")),
        ("a bad escape", json_with("country", "\"G\\xB\"")),
        ("a truncated unicode escape", json_with("country", "\"\\u12\"")),
        ("NaN", json_with("immediate_danger", "NaN")),
        ("Infinity", json_with("immediate_danger", "Infinity")),
        ("a lone surrogate escape", json_with("country", "\"\\ud800\"")),
        ("a UTF-8 byte order mark", format!("\u{feff}{valid}")),
        (
            "form encoding sent as JSON",
            "country=GB&reporter=adult".to_owned(),
        ),
    ];
    for (label, body) in truncated {
        cases.push(api("truncated JSON", label, body, Want::Malformed));
    }

    // Deep nesting, all within the 16 KiB limit: 400, and the server does not overflow its
    // stack (serde_json stops at 128 levels).
    let nested = [
        ("10,000 levels of [", "[".repeat(10_000)),
        ("3,000 levels of {\"a\":", "{\"a\":".repeat(3_000)),
        (
            "8,000 closed levels of []",
            format!("{}{}", "[".repeat(8_000), "]".repeat(8_000)),
        ),
        (
            "5,000 levels in the country field",
            json_with("country", &format!("{}{}", "[".repeat(5_000), "]".repeat(5_000))),
        ),
        (
            "2,000 levels of objects in an unknown field",
            json_with(
                "extra",
                &format!("{}1{}", "{\"a\":".repeat(2_000), "}".repeat(2_000)),
            ),
        ),
        (
            "129 closed levels, one past the limit",
            format!("{}{}", "[".repeat(129), "]".repeat(129)),
        ),
    ];
    for (label, body) in nested {
        cases.push(api("deep nesting", label, body, Want::Malformed));
    }

    // Wrong JSON types for each field: 400 ("not the expected object").
    for field in API_FIELDS {
        for (what, value) in [
            ("a number", "1"),
            ("a negative number", "-1"),
            ("a float", "1.5"),
            ("an array", "[\"GB\",\"adult\",\"grooming\"]"),
            ("an object", "{\"code\":\"GB\"}"),
            ("true", "true"),
            ("false", "false"),
        ] {
            cases.push(api(
                "wrong JSON type",
                format!("{field} as {what}"),
                json_with(field, value),
                Want::Malformed,
            ));
        }
        // null is "not given" for an optional answer: 422 naming it.
        cases.push(api(
            "wrong JSON type",
            format!("{field} as null"),
            json_with(field, "null"),
            Want::Invalid(only(field)),
        ));
    }
    for (what, value) in [
        ("the string \"true\"", "\"true\""),
        ("the string \"false\"", "\"false\""),
        ("the string \"yes\"", "\"yes\""),
        ("1", "1"),
        ("0", "0"),
        ("null", "null"),
        ("an array", "[]"),
        ("an object", "{}"),
        ("an array of true", "[true]"),
    ] {
        cases.push(api(
            "wrong JSON type",
            format!("immediate_danger as {what}"),
            json_with("immediate_danger", value),
            Want::Malformed,
        ));
    }
    for (what, body) in [
        ("an empty array", "[]"),
        ("a string", "\"GB\""),
        ("a number", "42"),
        ("null", "null"),
        ("true", "true"),
    ] {
        cases.push(api(
            "wrong JSON type",
            format!("the body as {what}"),
            body,
            Want::Malformed,
        ));
    }

    // Huge numbers: 400, never a panic or a 500.
    for (label, body) in [
        ("immediate_danger 1e400", json_with("immediate_danger", "1e400")),
        ("immediate_danger -1e400", json_with("immediate_danger", "-1e400")),
        (
            "immediate_danger 2^64",
            json_with("immediate_danger", "18446744073709551616"),
        ),
        (
            "immediate_danger -2^63-1",
            json_with("immediate_danger", "-9223372036854775809"),
        ),
        (
            "immediate_danger with 5,000 digits",
            json_with("immediate_danger", &"9".repeat(5_000)),
        ),
        ("immediate_danger 1e-400", json_with("immediate_danger", "1e-400")),
        ("country 1e400", json_with("country", "1e400")),
        (
            "concern with 10,000 digits",
            json_with("concern", &format!("1{}", "0".repeat(10_000))),
        ),
    ] {
        cases.push(api("huge number", label, body, Want::Malformed));
    }

    // Duplicate keys. serde_json's own `Value` would keep the last value, but `RouteRequest` is
    // a derived struct and serde's derive refuses a repeated field ("duplicate field
    // `country`"), so the API answers 400, whichever value comes last. Observed and asserted.
    for (label, body) in [
        (
            "country twice, different values",
            r#"{"country":"GB","country":"FR","reporter":"adult","concern":"grooming"}"#.to_owned(),
        ),
        (
            "country twice, the same value",
            r#"{"country":"GB","country":"GB","reporter":"adult","concern":"grooming"}"#.to_owned(),
        ),
        (
            "immediate_danger twice",
            r#"{"country":"GB","reporter":"adult","concern":"grooming","immediate_danger":true,"immediate_danger":false}"#.to_owned(),
        ),
        (
            "reporter twice, the first not valid",
            r#"{"country":"GB","reporter":"parent","reporter":"adult","concern":"grooming"}"#.to_owned(),
        ),
        (
            "concern twice, the last not valid",
            r#"{"country":"GB","reporter":"adult","concern":"grooming","concern":"csam"}"#.to_owned(),
        ),
    ] {
        cases.push(api("duplicate key", label, body, Want::Malformed));
    }

    // Unknown fields: 400 (deny_unknown_fields), the name never echoed.
    for (label, field) in [
        ("an extra field", "extra"),
        ("a capitalised name", "Country"),
        ("a name with a trailing space", "country "),
        ("a hyphenated name", "immediate-danger"),
        ("the form's field name", "danger"),
        ("__proto__", "__proto__"),
        ("constructor", "constructor"),
        ("an empty name", ""),
        ("a name with CRLF", "country\r\nX-Injected: 1"),
    ] {
        cases.push(
            api("unknown field", label, json_with(field, "\"x\""), Want::Malformed).never("X-Injected"),
        );
    }
    cases.push(api(
        "unknown field",
        "only a capitalised Country",
        r#"{"Country":"GB","reporter":"adult","concern":"grooming"}"#,
        Want::Malformed,
    ));

    // Nothing answered: 422 naming each missing field.
    cases.push(api(
        "empty body",
        "an empty object",
        "{}",
        Want::Invalid(&API_FIELDS),
    ));
    cases.push(api(
        "empty body",
        "only immediate_danger",
        "{\"immediate_danger\":true}",
        Want::Invalid(&API_FIELDS),
    ));
    for field in API_FIELDS {
        cases.push(api(
            "empty body",
            format!("{field} left out"),
            json_without(field),
            Want::Invalid(only(field)),
        ));
        cases.push(api(
            "empty body",
            format!("{field} empty"),
            json_with(field, "\"\""),
            Want::Invalid(only(field)),
        ));
    }

    // Invalid UTF-8: 422 from the image guard (not text).
    let invalid_utf8: [(&str, &[u8]); 8] = [
        ("0xFF in a string", b"{\"country\":\"\xff\"}"),
        ("a truncated sequence", b"{\"country\":\"G\xc3\"}"),
        ("an overlong slash", b"{\"concern\":\"\xc0\xaf\"}"),
        ("an encoded surrogate", b"{\"reporter\":\"\xed\xa0\x80\"}"),
        ("a lone continuation byte", b"{\"country\":\"\x80GB\"}"),
        ("0xFF before the object", b"\xff{\"country\":\"GB\"}"),
        ("UTF-16LE", b"\xff\xfe{\0\"\0c\0\"\0:\0\"\0G\0B\0\"\0}\0"),
        (
            "Latin-1 text",
            b"{\"country\":\"GB\",\"reporter\":\"adult\",\"concern\":\"Fran\xe7a\"}",
        ),
    ];
    for (label, body) in invalid_utf8 {
        cases.push(api("invalid UTF-8", label, body.to_vec(), Want::Binary));
    }
    cases
}

// ---------------------------------------------------------------------------------------------
// POST /api/v1/route: well-formed JSON carrying hostile values.

fn api_value_cases() -> Vec<Case> {
    let mut cases = Vec::new();

    // Control characters and NUL, escaped or raw: 422 from the image guard.
    for field in API_FIELDS {
        cases.push(api(
            "control character",
            format!("an escaped NUL in {field}"),
            json_with(field, "\"G\\u0000B\""),
            Want::Binary,
        ));
        cases.push(api(
            "control character",
            format!("a raw NUL in {field}"),
            json_with(field, "\"G\0B\""),
            Want::Binary,
        ));
    }
    for (label, value) in [
        ("BEL", "\"grooming\\u0007\""),
        ("an ANSI escape", "\"\\u001b[31mgrooming\""),
        ("DEL", "\"grooming\\u007f\""),
        ("NEL (C1)", "\"grooming\\u0085\""),
        ("a replacement character", "\"grooming\\ufffd\""),
        ("a raw backspace", "\"groom\u{8}ing\""),
    ] {
        cases.push(api(
            "control character",
            format!("{label} in concern"),
            json_with("concern", value),
            Want::Binary,
        ));
    }
    cases.push(api(
        "control character",
        "a NUL in an unknown key (the guard reads keys first)",
        json_with("coun\u{0}try", "\"GB\""),
        Want::Binary,
    ));

    // Bidi overrides and invisible characters: the value is not valid (422 naming it), and the
    // character is never sent back.
    for field in API_FIELDS {
        let value = match field {
            "country" => "\u{202e}BG",
            "reporter" => "\u{202e}tluda",
            _ => "grooming\u{202e}",
        };
        cases.push(
            api(
                "bidi override",
                format!("U+202E in {field}"),
                json_with(field, &js(value)),
                Want::Invalid(only(field)),
            )
            .never("\u{202e}"),
        );
    }
    for (label, value) in [
        ("LRO around GB", "\u{202d}GB\u{202c}"),
        ("isolates around GB", "\u{2066}GB\u{2069}"),
        ("a zero-width space inside GB", "G\u{200b}B"),
        ("a byte order mark before GB", "\u{feff}GB"),
    ] {
        cases.push(
            api(
                "bidi override",
                label,
                json_with("country", &js(value)),
                Want::Invalid(&["country"]),
            )
            .never(value),
        );
    }
    cases.push(
        api(
            "bidi override",
            "U+202E in an unknown key",
            json_with("\u{202e}yrtnuoc", "\"GB\""),
            Want::Malformed,
        )
        .never("\u{202e}"),
    );

    // Country codes that look right but are not: 422 naming country.
    for (label, value) in [
        ("Cyrillic ԌВ", "ԌВ"),
        ("Latin G, Cyrillic В", "GВ"),
        ("full-width ＧＢ", "ＧＢ"),
        ("Cherokee Ꮐ", "ᏀB"),
        ("small capitals", "ɢʙ"),
        ("a space inside", "G B"),
        ("a tab inside", "G\tB"),
        ("a line break inside", "G\nB"),
        ("alpha-3", "GBR"),
        ("numeric", "826"),
        ("UK", "UK"),
        ("EL", "EL"),
        ("unassigned XX", "XX"),
        ("one letter", "G"),
        ("only spaces", "   "),
        ("a dotted code", "G.B."),
    ] {
        cases.push(api(
            "homoglyph country",
            label,
            json_with("country", &js(value)),
            Want::Invalid(&["country"]),
        ));
    }

    // Lower-case and padded valid answers are accepted: country codes in any case, every
    // answer with surrounding white space (line breaks and NBSP included) trimmed.
    for (label, value, code) in [
        ("lower case", "gb", "GB"),
        ("mixed case", "Gb", "GB"),
        ("mixed case, other way", "gB", "GB"),
        ("spaces around", " GB ", "GB"),
        ("tabs around", "\tgb\t", "GB"),
        ("a trailing line break", "gb\n", "GB"),
        ("CRLF around", "\r\nGB\r\n", "GB"),
        ("no-break spaces around", "\u{a0}GB\u{a0}", "GB"),
        ("Kosovo, lower case", "xk", "XK"),
    ] {
        cases.push(api(
            "lowercase or padded code",
            label,
            json_with("country", &js(value)),
            Want::Plan(Some(code)),
        ));
    }
    cases.push(api(
        "lowercase or padded code",
        "reporter with spaces around",
        json_with("reporter", "\" adult \""),
        Want::Plan(Some("GB")),
    ));
    cases.push(api(
        "lowercase or padded code",
        "concern with a tab and a line break around",
        json_with("concern", "\"\\tgrooming\\n\""),
        Want::Plan(Some("GB")),
    ));
    cases.push(
        api(
            "lowercase or padded code",
            "application/json; charset=utf-8 and a lower-case code",
            json_with("country", "\"fr\""),
            Want::Plan(Some("FR")),
        )
        .body(
            Some("application/json; charset=utf-8"),
            json_with("country", "\"fr\""),
        ),
    );
    // The ids of reporters and concerns are exact (the OpenAPI enum), unlike country codes.
    for (field, value) in [
        ("reporter", "Adult"),
        ("reporter", "ADULT"),
        ("concern", "Grooming"),
        ("concern", "GROOMING"),
    ] {
        cases.push(api(
            "lowercase or padded code",
            format!("{field} {value}"),
            json_with(field, &js(value)),
            Want::Invalid(only(field)),
        ));
    }

    // Script injection in every field that could be echoed: 422 (400 for a key), never echoed.
    for field in API_FIELDS {
        for script in SCRIPTS {
            cases.push(
                api(
                    "script injection",
                    format!("{script} in {field}"),
                    json_with(field, &js(script)),
                    Want::Invalid(only(field)),
                )
                .never_all([script, MARK]),
            );
        }
    }
    for script in SCRIPTS {
        cases.push(
            api(
                "script injection",
                format!("{script} as a key"),
                json_with(script, "1"),
                Want::Malformed,
            )
            .never_all([script, MARK]),
        );
    }
    cases.push(
        api(
            "script injection",
            "a script as immediate_danger",
            json_with("immediate_danger", &js(SCRIPTS[0])),
            Want::Malformed,
        )
        .never_all([SCRIPTS[0], MARK]),
    );

    // CRLF in every field: no header is added, nothing echoed; a value that is only padding
    // around a valid answer is trimmed and accepted.
    for (field, value) in [
        ("country", "GB\r\nSet-Cookie: sp=1"),
        ("reporter", "adult\r\nX-Injected: 1"),
        ("concern", "grooming\r\nLocation: https://evil.example/"),
    ] {
        cases.push(
            api(
                "CRLF",
                format!("a header in {field}"),
                json_with(field, &js(value)),
                Want::Invalid(only(field)),
            )
            .never_all(["sp=1", "X-Injected", "evil.example"]),
        );
    }
    for field in API_FIELDS {
        cases.push(api(
            "CRLF",
            format!("only CRLF in {field}"),
            json_with(field, "\"\\r\\n\""),
            Want::Invalid(only(field)),
        ));
    }
    cases.push(api(
        "CRLF",
        "CRLF around each answer",
        r#"{"country":"GB\r\n","reporter":"\r\nadult","concern":"grooming\r\n"}"#,
        Want::Plan(Some("GB")),
    ));
    cases.push(api(
        "CRLF",
        "percent-encoded CRLF is not decoded in JSON",
        json_with("country", "\"GB%0d%0a\""),
        Want::Invalid(&["country"]),
    ));

    // Base64 images in any JSON field: 422 pointing to the hotline, the data never echoed.
    let png = STANDARD.encode(PNG);
    let jpeg_url_safe = URL_SAFE.encode(JPEG);
    let gif = STANDARD.encode(GIF);
    let wrapped: String = png
        .as_bytes()
        .chunks(16)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n");
    for field in API_FIELDS {
        cases.push(
            api(
                "base64 image",
                format!("a PNG in {field}"),
                json_with(field, &js(&png)),
                Want::Image,
            )
            .never(&png[..24]),
        );
    }
    for (label, body) in [
        (
            "a data: URI in concern",
            json_with("concern", &js(&format!("data:image/png;base64,{png}"))),
        ),
        (
            "URL-safe JPEG in concern",
            json_with("concern", &js(&jpeg_url_safe)),
        ),
        ("line-wrapped PNG in concern", json_with("concern", &js(&wrapped))),
        (
            "a GIF inside words in concern",
            json_with("concern", &js(&format!("see this: {gif} please"))),
        ),
        (
            "SVG markup in concern",
            json_with("concern", &js("<svg onload=alert(1)>")),
        ),
        ("a PNG in an unknown field", json_with("photo", &js(&png))),
        (
            "a PNG nested in an array",
            json_with("evidence", &format!("[{{\"x\":[{}]}}]", js(&png))),
        ),
        ("a PNG as a key", json_with(&png, "1")),
        (
            "a data: URI in immediate_danger",
            json_with("immediate_danger", &js(&format!("data:image/png;base64,{png}"))),
        ),
    ] {
        cases.push(api("base64 image", label, body, Want::Image).never(&png[..24]));
    }
    cases
}

// ---------------------------------------------------------------------------------------------
// POST /api/v1/route: sizes and content types.

fn api_transport_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    let valid = valid_json();

    // Overlong strings within the limit: 422 (400 for an unknown field), never echoed.
    for field in API_FIELDS {
        let long = "x".repeat(10 * 1024);
        cases.push(
            api(
                "overlong",
                format!("10 KiB in {field}"),
                json_with(field, &js(&long)),
                Want::Invalid(only(field)),
            )
            .never("x".repeat(64)),
        );
    }
    let scripts = SCRIPTS[0].repeat(10 * 1024 / SCRIPTS[0].len());
    cases.push(
        api(
            "overlong",
            "10 KiB of script in concern",
            json_with("concern", &js(&scripts)),
            Want::Invalid(&["concern"]),
        )
        .never_all([SCRIPTS[0], MARK]),
    );
    cases.push(api(
        "overlong",
        "10 KiB in an unknown field",
        json_with("notes", &js(&"x".repeat(10 * 1024))),
        Want::Malformed,
    ));
    cases.push(api(
        "overlong",
        "10 KiB of white space around a valid body",
        format!("{}{valid}{}", " ".repeat(5 * 1024), "\n".repeat(5 * 1024)),
        Want::Plan(Some("GB")),
    ));
    let exactly = format!("{valid}{}", " ".repeat(LIMIT - valid.len()));
    cases.push(api(
        "overlong",
        "exactly 16 KiB",
        exactly.clone(),
        Want::Plan(Some("GB")),
    ));
    cases.push(api(
        "overlong",
        "16 KiB and one byte",
        format!("{exactly} "),
        Want::TooLarge,
    ));
    cases.push(api(
        "overlong",
        "17 KiB in a field",
        json_with("concern", &js(&"x".repeat(17 * 1024))),
        Want::TooLarge,
    ));
    cases.push(api(
        "overlong",
        "64 KiB of anything",
        vec![b'a'; 64 * 1024],
        Want::TooLarge,
    ));
    cases.push(
        api(
            "overlong",
            "17 KiB sent chunked, no Content-Length",
            format!("{exactly}{}", " ".repeat(1024)),
            Want::TooLarge,
        )
        .wire(Wire::Chunked),
    );
    cases.push(
        api(
            "overlong",
            "a small body sent chunked",
            valid.clone(),
            Want::Plan(Some("GB")),
        )
        .wire(Wire::Chunked),
    );

    // Content types: only application/json (any case, any parameters) is read.
    let route = |label: &str, content_type: Option<&str>, body: &[u8], want: Want| {
        Case::new("content type", label, Method::POST, "/api/v1/route", want)
            .body(content_type, body.to_vec())
    };
    let multipart = multipart_png();
    for (label, content_type, body) in [
        ("no content type", None, valid.as_bytes()),
        ("an empty content type", Some(""), valid.as_bytes()),
        ("text/plain", Some("text/plain"), valid.as_bytes()),
        (
            "text/plain; charset=utf-8",
            Some("text/plain; charset=utf-8"),
            valid.as_bytes(),
        ),
        (
            "multipart/form-data with a file",
            Some("multipart/form-data; boundary=x"),
            multipart.as_slice(),
        ),
        (
            "application/xml",
            Some("application/xml"),
            b"<answers><country>GB</country></answers>".as_slice(),
        ),
        ("text/xml", Some("text/xml"), b"<answers/>".as_slice()),
        ("image/png with a PNG", Some("image/png"), PNG),
        (
            "image/svg+xml",
            Some("image/svg+xml"),
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".as_slice(),
        ),
        ("application/octet-stream", Some("application/octet-stream"), PNG),
        (
            "the form type",
            Some(FORM),
            b"country=GB&reporter=adult&concern=grooming".as_slice(),
        ),
        ("application/jsonx", Some("application/jsonx"), valid.as_bytes()),
        (
            "application/json-patch+json",
            Some("application/json-patch+json"),
            valid.as_bytes(),
        ),
        (
            "application/problem+json",
            Some("application/problem+json"),
            valid.as_bytes(),
        ),
        ("text/json", Some("text/json"), valid.as_bytes()),
        (
            "application/vnd.api+json",
            Some("application/vnd.api+json"),
            valid.as_bytes(),
        ),
        (
            "a list of types",
            Some("application/json, text/plain"),
            valid.as_bytes(),
        ),
        ("json without its type", Some("json"), valid.as_bytes()),
    ] {
        cases.push(route(label, content_type, body, Want::Unsupported));
    }
    for content_type in [
        "application/json; charset=utf-8",
        "application/json;charset=UTF-8",
        "APPLICATION/JSON",
        "Application/Json; Charset=\"utf-8\"",
        "application/json ; charset=utf-8",
    ] {
        cases.push(route(
            content_type,
            Some(content_type),
            valid.as_bytes(),
            Want::Plan(Some("GB")),
        ));
    }
    cases.push(route("no content type, empty body", None, b"", Want::Unsupported));
    cases
}

/// A multipart body with a PNG file part: what an upload would send.
fn multipart_png() -> Vec<u8> {
    let mut body = b"--x\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.png\"\r\n\
                     Content-Type: image/png\r\n\r\n"
        .to_vec();
    body.extend_from_slice(PNG);
    body.extend_from_slice(b"\r\n--x--\r\n");
    body
}

// ---------------------------------------------------------------------------------------------
// POST /questions: form bodies.

fn form_cases() -> Vec<Case> {
    let mut cases = Vec::new();

    // Answers that are accepted as they are.
    for (label, body) in [
        ("the valid answers", valid_form()),
        ("a lower-case country", form_with("country", "gb")),
        ("a country padded with +", form_with("country", "+GB+")),
        ("a country padded with %20", form_with("country", "%20GB%20")),
        ("a percent-encoded letter", form_with("country", "G%42")),
        ("a country with CRLF after it", form_with("country", "GB%0D%0A")),
        ("danger not sure", form_with("danger", "not-sure")),
        (
            "fields in another order",
            "concern=grooming&reporter=adult&danger=no&country=GB".to_owned(),
        ),
        ("reporter padded", form_with("reporter", "%20adult%20")),
    ] {
        cases.push(page("accepted form", label, body, Want::Plan(None)));
    }

    // Missing answers: the questions again, each missing one named in the summary.
    cases.push(page(
        "empty body",
        "an empty body",
        "",
        Want::Invalid(&FORM_FIELDS),
    ));
    cases.push(page(
        "empty body",
        "only separators",
        "&&&",
        Want::Invalid(&FORM_FIELDS),
    ));
    for field in FORM_FIELDS {
        cases.push(page(
            "empty body",
            format!("{field} left out"),
            form_without(field),
            Want::Invalid(only(field)),
        ));
        cases.push(page(
            "empty body",
            format!("{field} empty"),
            form_with(field, ""),
            Want::Invalid(only(field)),
        ));
    }
    cases.push(page(
        "empty body",
        "country named without =",
        "country&danger=no&reporter=adult&concern=grooming",
        Want::Invalid(&["country"]),
    ));

    // Values that are not valid: named in the summary.
    for (field, value) in [
        ("country", "UK"),
        ("country", "XX"),
        ("country", enc("ԌВ").as_str()),
        ("country", enc("ＧＢ").as_str()),
        ("country", "G+B"),
        ("country", "GB%0AGB"),
        ("danger", "maybe"),
        ("danger", "YES"),
        ("danger", "true"),
        ("reporter", "parent"),
        ("reporter", "Adult"),
        ("concern", "csam"),
        ("concern", "Grooming"),
    ] {
        cases.push(page(
            "invalid answer",
            format!("{field}={value}"),
            form_with(field, value),
            Want::Invalid(only(field)),
        ));
    }
    // Danger is a radio answer read exactly; the other answers are trimmed (see the API table).
    cases.push(page(
        "invalid answer",
        "danger padded with spaces",
        form_with("danger", "+no+"),
        Want::Invalid(&["danger"]),
    ));

    // Bidi overrides in every field.
    for field in FORM_FIELDS {
        let value = match field {
            "country" => "%E2%80%AEBG",
            "danger" => "%E2%80%AEon",
            "reporter" => "%E2%80%AEtluda",
            _ => "grooming%E2%80%AE",
        };
        cases.push(
            page(
                "bidi override",
                format!("U+202E in {field}"),
                form_with(field, value),
                Want::Invalid(only(field)),
            )
            .never("\u{202e}"),
        );
    }

    // Script injection in every field: the questions again, nothing echoed.
    for field in FORM_FIELDS {
        for script in SCRIPTS {
            cases.push(
                page(
                    "script injection",
                    format!("{script} in {field}"),
                    form_with(field, &enc(script)),
                    Want::Invalid(only(field)),
                )
                .never_all([script, MARK]),
            );
        }
    }
    cases.push(
        page(
            "script injection",
            "a script as a field name",
            form_with(&enc(SCRIPTS[0]), "1"),
            Want::Malformed,
        )
        .never_all([SCRIPTS[0], MARK]),
    );

    // CRLF in every field: no header added, nothing echoed.
    for field in FORM_FIELDS {
        cases.push(
            page(
                "CRLF",
                format!("a header in {field}"),
                form_with(field, "x%0D%0ASet-Cookie:%20sp%3D1%0D%0AX-Injected:%201"),
                Want::Invalid(only(field)),
            )
            .never_all(["sp=1", "X-Injected"]),
        );
    }
    cases.push(page(
        "CRLF",
        "danger with CRLF after it",
        form_with("danger", "no%0D%0A"),
        Want::Invalid(&["danger"]),
    ));

    // Control characters and NUL: 422 from the image guard.
    for field in FORM_FIELDS {
        cases.push(page(
            "control character",
            format!("NUL in {field}"),
            form_with(field, "G%00B"),
            Want::Binary,
        ));
    }
    for (label, body) in [
        ("BEL", form_with("concern", "grooming%07")),
        ("ESC", form_with("concern", "%1B%5B31mgrooming")),
        ("DEL", form_with("concern", "grooming%7F")),
        ("a raw NUL byte", form_with("concern", "groo\0ming")),
        ("NUL in a field name", form_with("coun%00try", "GB")),
    ] {
        cases.push(page("control character", label, body, Want::Binary));
    }

    // Invalid UTF-8, percent-encoded or raw: 422 from the image guard.
    let raw_ff = {
        let mut body = form_with("country", "").into_bytes();
        body.extend_from_slice(b"&x=\xff");
        body
    };
    for (label, body) in [
        ("%FF", form_with("country", "%FF%FE").into_bytes()),
        ("a truncated sequence", form_with("country", "G%C3").into_bytes()),
        ("an overlong slash", form_with("concern", "%C0%AF").into_bytes()),
        (
            "an encoded surrogate",
            form_with("reporter", "%ED%A0%80").into_bytes(),
        ),
        (
            "a lone continuation byte",
            form_with("danger", "%80").into_bytes(),
        ),
        ("a raw 0xFF byte", raw_ff),
    ] {
        cases.push(page("invalid UTF-8", label, body, Want::Binary));
    }

    // Percent-encoding errors. application/x-www-form-urlencoded (WHATWG) keeps a `%` that
    // does not start a valid escape as a literal `%`, and so do the guard and serde_urlencoded:
    // the body decodes, the answer is simply not valid, and the questions come back (422).
    for (field, value) in [
        ("country", "%ZZ"),
        ("country", "%"),
        ("country", "%4"),
        ("country", "GB%"),
        ("country", "%%"),
        ("concern", "grooming%2"),
    ] {
        cases.push(page(
            "percent-encoding error",
            format!("{field}={value}"),
            form_with(field, value),
            Want::Invalid(only(field)),
        ));
    }
    cases.push(page(
        "percent-encoding error",
        "a field name %ZZ (an unknown field)",
        form_with("%ZZ", "1"),
        Want::Malformed,
    ));

    // Unknown fields: 400 page.
    for (label, field) in [
        ("an extra field", "extra"),
        ("a capitalised name", "Country"),
        ("a name with a trailing space", "country%20"),
        ("an empty name", ""),
        ("the tell form's text", "text"),
        ("the honeypot", "leave_empty"),
        ("an array-style name", "country%5B%5D"),
    ] {
        cases.push(page(
            "unknown field",
            label,
            form_with(field, "1"),
            Want::Malformed,
        ));
    }

    // Repeated fields. serde_urlencoded hands the pairs to serde's derive, which refuses a
    // repeated field ("duplicate field"), so the page answers 400 whatever the values.
    // Observed and asserted.
    for (label, body) in [
        (
            "country twice, different values",
            format!("{}&country=FR", valid_form()),
        ),
        (
            "country twice, the same value",
            format!("{}&country=GB", valid_form()),
        ),
        ("danger twice", format!("{}&danger=yes", valid_form())),
        (
            "concern twice, the last a script",
            format!("{}&concern={}", valid_form(), enc(SCRIPTS[0])),
        ),
    ] {
        cases.push(page("repeated field", label, body, Want::Malformed).never(MARK));
    }

    // Overlong values within the limit, and bodies over it.
    for field in FORM_FIELDS {
        cases.push(
            page(
                "overlong",
                format!("10 KiB in {field}"),
                form_with(field, &"x".repeat(10 * 1024)),
                Want::Invalid(only(field)),
            )
            .never("x".repeat(64)),
        );
    }
    cases.push(page(
        "overlong",
        "10 KiB in an unknown field",
        form_with("notes", &"x".repeat(10 * 1024)),
        Want::Malformed,
    ));
    cases.push(page(
        "overlong",
        "17 KiB",
        form_with("concern", &"x".repeat(17 * 1024)),
        Want::TooLarge,
    ));
    cases.push(
        page(
            "overlong",
            "17 KiB sent chunked",
            form_with("concern", &"x".repeat(17 * 1024)),
            Want::TooLarge,
        )
        .wire(Wire::Chunked),
    );

    // Content types: only the form type is read.
    let questions = |label: &str, content_type: Option<&str>, body: Vec<u8>, want: Want| {
        Case::new("content type", label, Method::POST, "/questions", want).body(content_type, body)
    };
    let form = valid_form().into_bytes();
    for (label, content_type, body) in [
        ("no content type", None, form.clone()),
        ("text/plain", Some("text/plain"), form.clone()),
        (
            "multipart/form-data with a file",
            Some("multipart/form-data; boundary=x"),
            multipart_png(),
        ),
        ("application/json", Some(JSON), valid_json().into_bytes()),
        ("application/xml", Some("application/xml"), b"<answers/>".to_vec()),
        ("image/png with a PNG", Some("image/png"), PNG.to_vec()),
        (
            "a near miss",
            Some("application/x-www-form-urlencodedx"),
            form.clone(),
        ),
    ] {
        cases.push(questions(label, content_type, body, Want::Unsupported));
    }
    for content_type in [
        "application/x-www-form-urlencoded; charset=UTF-8",
        "APPLICATION/X-WWW-FORM-URLENCODED",
    ] {
        cases.push(questions(
            content_type,
            Some(content_type),
            form.clone(),
            Want::Plan(None),
        ));
    }

    // Base64 images in any field or name: 422 page pointing to the hotline.
    let png = STANDARD.encode(PNG);
    for field in FORM_FIELDS {
        cases.push(
            page(
                "base64 image",
                format!("a PNG in {field}"),
                form_with(field, &enc(&png)),
                Want::Image,
            )
            .never(&png[..24]),
        );
    }
    let wrapped: String = png
        .as_bytes()
        .chunks(16)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n");
    for (label, body) in [
        (
            "a data: URI",
            form_with("concern", &enc(&format!("data:image/png;base64,{png}"))),
        ),
        (
            "URL-safe JPEG",
            form_with("concern", &enc(&URL_SAFE.encode(JPEG))),
        ),
        ("line-wrapped PNG", form_with("concern", &enc(&wrapped))),
        ("SVG markup", form_with("concern", &enc("<svg onload=alert(1)>"))),
        ("a PNG in an unknown field", form_with("photo", &enc(&png))),
        ("a PNG as a field name", form_with(&enc(&png), "1")),
        ("a PNG unencoded, + and / as sent", form_with("concern", &png)),
    ] {
        cases.push(page("base64 image", label, body, Want::Image).never(&png[..24]));
    }
    cases
}

// ---------------------------------------------------------------------------------------------
// POST /tell while mail is off, and unknown paths.

fn tell_cases() -> Vec<Case> {
    let tell = |label: &str, content_type: Option<&str>, body: Vec<u8>| {
        Case::new(
            "tell while mail is off",
            label,
            Method::POST,
            "/tell",
            Want::NotFound,
        )
        .body(content_type, body)
    };
    let png = STANDARD.encode(PNG);
    vec![
        tell(
            "a complete message",
            Some(FORM),
            format!(
                "{}&text=hello&contact=anonymous&consent=yes&action=send",
                valid_form()
            )
            .into_bytes(),
        ),
        tell("JSON", Some(JSON), valid_json().into_bytes()),
        tell(
            "a PNG in the text",
            Some(FORM),
            form_with("text", &enc(&png)).into_bytes(),
        ),
        tell("no content type, no body", None, Vec::new()),
        tell(
            "multipart with a file",
            Some("multipart/form-data; boundary=x"),
            multipart_png(),
        ),
        tell(
            "a script in the text",
            Some(FORM),
            form_with("text", &enc(SCRIPTS[0])).into_bytes(),
        )
        .never_all([SCRIPTS[0], MARK]),
        tell(
            "17 KiB",
            Some(FORM),
            form_with("text", &"x".repeat(17 * 1024)).into_bytes(),
        ),
    ]
}

fn path_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    // Sent raw, so that the path reaches the server exactly as written.
    for path in [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/",
        "/..%2f..%2fetc%2fpasswd",
        "/..%252f..%252fetc%252fpasswd",
        "/%c0%ae%c0%ae/etc/passwd",
        "/assets/../Cargo.toml",
        "/assets/%2e%2e/Cargo.toml",
        "/assets/..%2fCargo.toml",
        "/assets/..%2FCargo.toml",
        "/assets/..%5c..%5cCargo.toml",
        "/assets%2fsignpost.css",
        "/assets/signpost.css/../../../Cargo.toml",
        "/assets/signpost.css%00.png",
        "/assets/",
        "/assets",
        "/assets/signpost.css.map",
        "/assets/SIGNPOST.CSS",
        "/ASSETS/signpost.css",
        "/assets/../src/main.rs",
        "/static/../../src/main.rs",
        "/.git/config",
        "/.env",
        "/config/signpost.toml",
        "/Cargo.toml",
        "//etc/passwd",
        "/healthz/",
        "/questions/",
        "/index.html",
        "/nowhere?file=../../etc/passwd",
        "/%3Cscript%3Ealert(%22xss7731%22)%3C/script%3E",
    ] {
        cases.push(
            Case::get("path traversal", path, path, Want::NotFound)
                .wire(Wire::Raw)
                .never_all(FILE_CONTENTS)
                .never(MARK),
        );
    }
    for path in [
        "/api/v1/../../Cargo.toml",
        "/api/v1/%2e%2e/%2e%2e/etc/passwd",
        "/api/v1/route/../../../Cargo.toml",
        "/api/v2/route",
        "/api/v1/route/extra",
        "/api/v1/",
        "/api/v1/openapi.yaml",
        "/api/v1/countries/GB",
    ] {
        cases.push(
            Case::get("unknown API path", path, path, Want::NotFound)
                .wire(Wire::Raw)
                .never_all(FILE_CONTENTS),
        );
    }
    cases.push(
        Case::new(
            "unknown API path",
            "POST to an unknown API path",
            Method::POST,
            "/api/v1/routes",
            Want::NotFound,
        )
        .body(Some(JSON), valid_json()),
    );
    cases.push(Case::new(
        "path traversal",
        "DELETE an unknown page",
        Method::DELETE,
        "/nowhere",
        Want::NotFound,
    ));
    cases
}

// ---------------------------------------------------------------------------------------------
// Methods and the GET endpoints.

fn method_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for (path, allowed) in routes() {
        for method in [Method::PUT, Method::DELETE, Method::PATCH] {
            let case = Case::new(
                "wrong method",
                format!("{method} {path}"),
                method,
                path,
                Want::NotAllowed,
            );
            cases.push(case.body(Some(JSON), valid_json()));
        }
        if allowed == ["POST"] {
            cases.push(Case::get(
                "wrong method",
                format!("GET {path}"),
                path,
                Want::NotAllowed,
            ));
        } else if !allowed.contains(&"POST") {
            let case = Case::new(
                "wrong method",
                format!("POST {path}"),
                Method::POST,
                path,
                Want::NotAllowed,
            );
            cases.push(case.body(Some(FORM), valid_form()));
        }
    }
    cases.push(Case::new(
        "wrong method",
        "TRACE /",
        Method::TRACE,
        "/",
        Want::NotAllowed,
    ));
    cases.push(Case::new(
        "wrong method",
        "OPTIONS /questions",
        Method::OPTIONS,
        "/questions",
        Want::NotAllowed,
    ));
    cases.push(Case::new(
        "wrong method",
        "HEAD /api/v1/route",
        Method::HEAD,
        "/api/v1/route",
        Want::NotAllowed,
    ));
    cases.push(Case::new(
        "wrong method",
        "HEAD /tell",
        Method::HEAD,
        "/tell",
        Want::NotAllowed,
    ));
    cases.push(Case::new(
        "wrong method",
        "a made-up method on /questions",
        Method::from_bytes(b"BREW").unwrap(),
        "/questions",
        Want::NotAllowed,
    ));
    cases.push(Case::get(
        "wrong method",
        "GET /api/v1/route with the answers in the query",
        "/api/v1/route?country=GB&reporter=adult&concern=grooming",
        Want::NotAllowed,
    ));
    cases
}

fn get_endpoint_cases() -> Vec<Case> {
    let png = STANDARD.encode(PNG);
    let mut cases = Vec::new();
    for (path, allowed) in routes() {
        if !allowed.contains(&"GET") {
            continue;
        }
        let query = format!("{path}?country={}&q={}", enc(SCRIPTS[0]), enc(SCRIPTS[1]));
        cases.push(
            Case::get(
                "GET with junk",
                format!("scripts in the query of {path}"),
                &query,
                Want::Served,
            )
            .never_all([SCRIPTS[0], SCRIPTS[1], MARK]),
        );
        let broken = format!("{path}?%ZZ&&==&%&country=%FF%00");
        cases.push(Case::get(
            "GET with junk",
            format!("a broken query on {path}"),
            &broken,
            Want::Served,
        ));
        cases.push(
            Case::get(
                "GET with junk",
                format!("a script in Accept-Language on {path}"),
                path,
                Want::Served,
            )
            .header("accept-language", format!("en-GB;q=0.9,{}", SCRIPTS[0]))
            .never_all([SCRIPTS[0], MARK]),
        );
        cases.push(
            Case::get(
                "GET with junk",
                format!("8 KiB of Accept-Language on {path}"),
                path,
                Want::Served,
            )
            .header("accept-language", "zz-ԌВ;q=1,".repeat(8 * 1024 / 12)),
        );
        cases.push(
            Case::get(
                "GET with junk",
                format!("a PNG in the body of GET {path}"),
                path,
                Want::Served,
            )
            .body(Some(JSON), json_with("photo", &js(&png))),
        );
    }
    cases
}

fn header_cases() -> Vec<Case> {
    let big = "a".repeat(HEAD_LIMIT + 4 * 1024);
    let mut cases = vec![
        Case::get("long header", "a 68 KiB header on GET /", "/", Want::HeadTooLarge)
            .header("x-padding", big.clone()),
        api(
            "long header",
            "a 68 KiB header on the API",
            valid_json(),
            Want::HeadTooLarge,
        )
        .header("x-padding", big.clone()),
        page(
            "long header",
            "a 68 KiB cookie on the form",
            valid_form(),
            Want::HeadTooLarge,
        )
        .header("cookie", big.clone()),
        Case::get(
            "long header",
            "a 68 KiB Accept-Language",
            "/questions",
            Want::HeadTooLarge,
        )
        .header("accept-language", big.clone()),
        Case::get(
            "long header",
            "a 100 KiB query string",
            &format!("/?q={}", "a".repeat(100 * 1024)),
            Want::HeadTooLarge,
        ),
    ];
    let mut many = Case::get(
        "long header",
        "40 headers of 2 KiB",
        "/healthz",
        Want::HeadTooLarge,
    );
    for n in 0..40 {
        many = many.header(&format!("x-padding-{n}"), "b".repeat(2 * 1024));
    }
    cases.push(many);
    cases.push(
        Case::get(
            "long header",
            "a 68 KiB header, sent raw",
            "/healthz",
            Want::HeadTooLarge,
        )
        .header("x-padding", big)
        .wire(Wire::Raw),
    );
    cases.push(
        Case::get(
            "long header",
            "a 16 KiB header is still served",
            "/healthz",
            Want::Served,
        )
        .header("x-padding", "c".repeat(16 * 1024)),
    );
    cases
}

// ---------------------------------------------------------------------------------------------
// The tables.

#[tokio::test]
async fn json_that_is_not_the_expected_shape_is_refused_clearly() {
    let app = spawn_app().await;
    run(&app, "API shape", api_shape_cases()).await;
}

#[tokio::test]
async fn hostile_values_in_json_are_refused_and_never_echoed() {
    let app = spawn_app().await;
    run(&app, "API values", api_value_cases()).await;
}

#[tokio::test]
async fn json_bodies_of_the_wrong_size_or_type_are_refused() {
    let app = spawn_app().await;
    run(&app, "API sizes and types", api_transport_cases()).await;
}

#[tokio::test]
async fn bad_form_posts_get_the_documented_page() {
    let app = spawn_app().await;
    run(&app, "form", form_cases()).await;
}

#[tokio::test]
async fn unknown_paths_and_traversal_are_404_and_never_a_file() {
    let app = spawn_app().await;
    run(&app, "paths", path_cases()).await;
    run(&app, "tell while mail is off", tell_cases()).await;
}

#[tokio::test]
async fn every_route_refuses_the_methods_it_does_not_take() {
    let app = spawn_app().await;
    run(&app, "methods", method_cases()).await;
}

#[tokio::test]
async fn get_endpoints_ignore_junk_queries_headers_and_bodies() {
    let app = spawn_app().await;
    run(&app, "GET endpoints", get_endpoint_cases()).await;
}

#[tokio::test]
async fn request_heads_over_64_kib_are_refused_and_the_server_keeps_serving() {
    let app = spawn_app().await;
    run(&app, "long headers", header_cases()).await;
}

// ---------------------------------------------------------------------------------------------
// Gaps once found between the documentation and the code. Each test asserts what is documented.
// A closed gap's test runs with the rest; an open one is ignored so that the suite stays green
// until it is fixed: `cargo test --test api bad_input -- --ignored` shows it.

/// Open gap: a request head over 64 KiB is answered by hyper's automatic `431` (from
/// `max_buf_size` where the app builds its connections), written before the request reaches
/// any of Signpost's layers, so it carries none of the headers SECURITY.md promises on every
/// response (`Cache-Control: no-store`, the CSP, `Referrer-Policy`, `X-Content-Type-Options`,
/// `Permissions-Policy`). Its body is empty, so nothing leaks, but the promise does not hold.
#[tokio::test]
#[ignore = "known gap: hyper writes this 431 itself, before Signpost's layers run (empty body, nothing to store); see SECURITY.md"]
async fn a_431_carries_the_headers_every_response_carries() {
    let app = spawn_app().await;
    let case = Case::get(
        "long header",
        "a 68 KiB header, sent raw",
        "/healthz",
        Want::HeadTooLarge,
    )
    .header("x-padding", "a".repeat(HEAD_LIMIT + 4 * 1024))
    .wire(Wire::Raw);
    let response = send(&app, &case)
        .await
        .expect("an answer before the connection closes");
    assert_eq!(response.status(), 431);
    assert_private_and_safe(&response);
}

/// Closed gap: serde's derive for `RouteRequest` would also accept a JSON array of the fields
/// in declaration order (`["GB","adult","grooming",false]`, or the same without the last), and
/// such a body once got `200` and a plan. The API documents an object (the OpenAPI
/// `RouteRequest` schema), and now refuses any body that is not one with `400`, as JSON of
/// the wrong type is documented.
#[tokio::test]
async fn an_array_instead_of_the_answers_object_is_refused() {
    let app = spawn_app().await;
    let cases = vec![
        api(
            "wrong JSON type",
            "the answers as an array, in field order",
            r#"["GB","adult","grooming",false]"#,
            Want::Malformed,
        ),
        api(
            "wrong JSON type",
            "the answers as an array, immediate_danger left out",
            r#"["GB","adult","grooming"]"#,
            Want::Malformed,
        ),
    ];
    run(&app, "positional array", cases).await;
}

/// Closed gap: image data in the first of two duplicate keys once slipped past the image
/// guard, because a parsed `serde_json::Value` keeps only the last value of a repeated key; the
/// person got `400 Malformed request` instead of the documented `422`. The guard now also reads
/// the raw text, so the picture in the first key is found and the person gets the `422` telling
/// them never to send pictures and where to report. (The form reads every pair, so it never had
/// this gap.)
#[tokio::test]
async fn image_data_in_a_repeated_json_key_is_refused_as_a_picture() {
    let app = spawn_app().await;
    let png = js(&STANDARD.encode(PNG));
    let rest = &valid_json()[1..];
    let cases = vec![
        api(
            "base64 image",
            "a PNG in country, then a valid country",
            format!("{{\"country\":{png},{rest}"),
            Want::Image,
        ),
        api(
            "base64 image",
            "a PNG in an unknown field, then the same field again",
            format!("{{\"photo\":{png},\"photo\":\"x\",{rest}"),
            Want::Image,
        ),
    ];
    run(&app, "image in a repeated key", cases).await;
}
