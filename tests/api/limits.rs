//! Limits at the connection and request layers, over real TCP on loopback: the connection
//! cap, the header and idle deadlines (slow-loris), and the per-client limits on every POST.
//! Each test bounds its waits; none asserts a speed.

use std::net::IpAddr;
use std::time::Duration;

use signpost::config::Settings;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{TestApp, answers, assert_private_and_safe, route_request, spawn_app_with};

/// Longest any single wait in these tests may take before the test fails.
const PATIENCE: Duration = Duration::from_secs(15);

const HEALTH: &[u8] = b"GET /healthz HTTP/1.1\r\nHost: signpost\r\n\r\n";

/// Reads one `/healthz` answer (it ends with the body "ok\n") from a kept-alive connection.
async fn read_health(stream: &mut TcpStream) -> String {
    let mut answer = Vec::new();
    let mut buffer = [0u8; 1024];
    while !answer.ends_with(b"ok\n") {
        let read = tokio::time::timeout(PATIENCE, stream.read(&mut buffer))
            .await
            .expect("an answer within the test's patience")
            .expect("the connection stays readable");
        assert!(read > 0, "the connection closed before the answer");
        answer.extend_from_slice(&buffer[..read]);
    }
    String::from_utf8(answer).unwrap()
}

/// Waits for the server to close `stream` (EOF or reset), failing after `PATIENCE`.
async fn assert_closed_by_server(stream: &mut TcpStream, what: &str) {
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(PATIENCE, stream.read_to_end(&mut rest)).await;
    assert!(closed.is_ok(), "{what}: the connection was still open");
}

fn with_short_deadlines(max_connections: usize) -> Settings {
    let mut settings = Settings::for_tests();
    settings.server.max_connections = max_connections;
    settings.server.header_timeout = Duration::from_secs(1);
    settings
}

#[tokio::test]
async fn a_kept_alive_connection_that_sits_idle_is_closed() {
    let app = spawn_app_with(with_short_deadlines(16)).await;
    let mut stream = TcpStream::connect(app.address).await.unwrap();
    stream.write_all(HEALTH).await.unwrap();
    assert!(read_health(&mut stream).await.starts_with("HTTP/1.1 200"));
    assert_closed_by_server(&mut stream, "idle after one request").await;
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn slow_loris_clients_are_cut_off_and_everyone_else_is_served() {
    let app = spawn_app_with(with_short_deadlines(64)).await;
    // Ten clients trickle their headers one byte at a time, never finishing.
    let mut trickling = Vec::new();
    for _ in 0..10 {
        let address = app.address;
        trickling.push(tokio::spawn(async move {
            let mut stream = TcpStream::connect(address).await.unwrap();
            let head = b"GET / HTTP/1.1\r\nHost: signpost\r\nX-Slow: ";
            stream.write_all(head).await.unwrap();
            let started = tokio::time::Instant::now();
            let mut buffer = [0u8; 256];
            while started.elapsed() < PATIENCE {
                if stream.write_all(b"a").await.is_err() {
                    return true;
                }
                match tokio::time::timeout(Duration::from_millis(100), stream.read(&mut buffer)).await {
                    Ok(Ok(0)) | Ok(Err(_)) => return true,
                    Ok(Ok(_)) | Err(_) => {}
                }
            }
            false
        }));
    }
    // Meanwhile a person is served, again and again.
    for _ in 0..5 {
        let response = app.get("/healthz").await;
        assert_eq!(response.status(), 200);
        assert_private_and_safe(&response);
    }
    for client in trickling {
        assert!(client.await.unwrap(), "a trickling client was never cut off");
    }
    // A new connection: the kept-alive one above has by now sat idle past the deadline, and the
    // server may be closing it just as a pooled client reuses it.
    let fresh = reqwest::Client::new();
    assert_eq!(fresh.get(app.url("/healthz")).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn connections_past_the_cap_wait_their_turn_without_harming_those_being_served() {
    let app = spawn_app_with(with_short_deadlines(2)).await;
    // One served connection, kept alive.
    let mut served = TcpStream::connect(app.address).await.unwrap();
    served.write_all(HEALTH).await.unwrap();
    read_health(&mut served).await;
    // One slow-loris client takes the second slot.
    let mut slow = TcpStream::connect(app.address).await.unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: signpost\r\n")
        .await
        .unwrap();
    // A third connects and asks: it waits in the listen queue.
    let mut waiting = TcpStream::connect(app.address).await.unwrap();
    waiting.write_all(HEALTH).await.unwrap();
    // The served connection keeps being served meanwhile.
    served.write_all(HEALTH).await.unwrap();
    assert!(read_health(&mut served).await.starts_with("HTTP/1.1 200"));
    let mut peek = [0u8; 1];
    assert!(
        matches!(waiting.try_read(&mut peek), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock),
        "a connection over the cap was answered while both slots were taken"
    );
    // Once the slow client is cut off (and the idle one closed), the waiting one is answered.
    assert_closed_by_server(&mut slow, "slow-loris past the header deadline").await;
    assert!(read_health(&mut waiting).await.starts_with("HTTP/1.1 200"));
    assert_eq!(app.get("/healthz").await.status(), 200);
}

/// A client whose connections come from `local`, one of the 127/8 loopback addresses, so
/// tests can play several people.
fn client_from(local: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .local_address(local.parse::<IpAddr>().unwrap())
        .build()
        .unwrap()
}

fn with_limits(form: u32, api: u32) -> Settings {
    let mut settings = Settings::for_tests();
    settings.server.rate_limits.form_posts_per_minute = form;
    settings.server.rate_limits.api_posts_per_minute = api;
    settings
}

async fn post_route_from(
    app: &TestApp,
    client: &reqwest::Client,
    forwarded: Option<&str>,
) -> reqwest::Response {
    let mut request =
        client
            .post(app.url("/api/v1/route"))
            .json(&route_request("GB", "adult", "abuse-imagery", false));
    if let Some(forwarded) = forwarded {
        request = request.header("x-forwarded-for", forwarded);
    }
    request.send().await.expect("request sent")
}

fn retry_after_seconds(response: &reqwest::Response) -> u64 {
    response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .expect("Retry-After is whole seconds")
}

#[tokio::test]
async fn the_api_past_its_limit_answers_429_with_retry_after_and_others_are_unaffected() {
    let app = spawn_app_with(with_limits(10, 10)).await;
    let one = client_from("127.0.0.11");
    for _ in 0..10 {
        assert_eq!(post_route_from(&app, &one, None).await.status(), 200);
    }
    let refused = post_route_from(&app, &one, None).await;
    assert_eq!(refused.status(), 429);
    assert_private_and_safe(&refused);
    assert!((1..=60).contains(&retry_after_seconds(&refused)));
    assert_eq!(refused.headers()["content-type"], "application/problem+json");
    let problem: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(problem["status"], 429);
    assert!(problem["detail"].as_str().unwrap().contains("paused"));
    // Another person is served; reading is never limited.
    let other = client_from("127.0.0.12");
    assert_eq!(post_route_from(&app, &other, None).await.status(), 200);
    assert_eq!(app.get("/api/v1/countries").await.status(), 200);
}

#[tokio::test]
async fn a_client_cannot_escape_its_limit_by_claiming_another_address() {
    let app = spawn_app_with(with_limits(10, 10)).await;
    let one = client_from("127.0.0.21");
    for n in 0..10 {
        let claimed = format!("203.0.113.{n}");
        assert_eq!(post_route_from(&app, &one, Some(&claimed)).await.status(), 200);
    }
    assert_eq!(
        post_route_from(&app, &one, Some("198.51.100.99")).await.status(),
        429,
        "X-Forwarded-For from a peer that is not a trusted proxy is ignored"
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit() {
    let mut settings = with_limits(10, 10);
    settings.server.trusted_proxies = vec!["127.0.0.31".parse().unwrap()];
    let app = spawn_app_with(settings).await;
    let proxy = client_from("127.0.0.31");
    for _ in 0..10 {
        assert_eq!(
            post_route_from(&app, &proxy, Some("198.51.100.1")).await.status(),
            200
        );
    }
    assert_eq!(
        post_route_from(&app, &proxy, Some("198.51.100.1")).await.status(),
        429
    );
    // A spoofed left-most hop does not help: the proxy appends the real client on the right.
    assert_eq!(
        post_route_from(&app, &proxy, Some("203.0.113.5, 198.51.100.1"))
            .await
            .status(),
        429
    );
    assert_eq!(
        post_route_from(&app, &proxy, Some("198.51.100.2")).await.status(),
        200,
        "another person behind the same proxy"
    );
}

#[tokio::test]
async fn the_questions_form_past_its_limit_still_shows_where_to_get_help() {
    let app = spawn_app_with(with_limits(10, 10)).await;
    let one = client_from("127.0.0.41");
    let answers = serde_urlencoded::to_string(answers("GB", "adult", "abuse-imagery", "no")).unwrap();
    let post = || {
        one.post(app.url("/questions"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(answers.clone())
            .send()
    };
    for _ in 0..10 {
        assert_eq!(post().await.unwrap().status(), 200);
    }
    let refused = post().await.unwrap();
    assert_eq!(refused.status(), 429);
    assert_private_and_safe(&refused);
    assert!((1..=60).contains(&retry_after_seconds(&refused)));
    let page = refused.text().await.unwrap();
    assert!(page.contains("paused"), "says plainly that it has paused");
    assert!(
        page.contains("forwarding messages"),
        "says forwarding is paused too"
    );
    assert!(
        page.contains("inhope.org"),
        "the international hotline is still shown"
    );
    assert!(
        page.contains("childhelplineinternational.org"),
        "the child helpline is still shown"
    );
    assert!(page.contains("emergency number"));
    // Reading the questions is never limited.
    assert_eq!(one.get(app.url("/questions")).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn every_post_route_is_limited() {
    let app = spawn_app_with(with_limits(10, 10)).await;
    let one = client_from("127.0.0.51");
    for path in ["/questions", "/api/v1/route"] {
        let mut last = 0;
        for _ in 0..11 {
            last = one
                .post(app.url(path))
                .header("content-type", "text/plain")
                .body("junk")
                .send()
                .await
                .unwrap()
                .status()
                .as_u16();
        }
        assert_eq!(last, 429, "{path}: refused requests count too");
    }
}

#[tokio::test]
async fn every_step_of_tell_is_limited_and_a_refused_message_is_handed_back_with_the_plan() {
    use crate::mail::mail_settings;
    use crate::smtp::{Behaviour, SmtpServer};
    let server = SmtpServer::start(Behaviour::Accept).await;
    let mut settings = with_limits(10, 10);
    settings.mail = Some(mail_settings(&server, signpost::mail::Security::PlainLoopback));
    let app = spawn_app_with(settings).await;
    let one = client_from("127.0.0.61");
    let text = "An adult keeps messaging my nephew on a game";
    let body = |action: &str| {
        serde_urlencoded::to_string([
            ("country", "GB"),
            ("danger", "no"),
            ("reporter", "adult"),
            ("concern", "grooming"),
            ("text", text),
            ("contact", "anonymous"),
            ("consent", "yes"),
            ("leave_empty", ""),
            ("action", action),
        ])
        .unwrap()
    };
    let post = |action: &str| {
        one.post(app.url("/tell"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body(action))
            .send()
    };
    for _ in 0..10 {
        assert_eq!(post("check").await.unwrap().status(), 200);
    }
    let refused = post("send").await.unwrap();
    assert_eq!(refused.status(), 429);
    assert_private_and_safe(&refused);
    assert!(retry_after_seconds(&refused) >= 1);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Please try again in"), "says so plainly, and when");
    assert!(page.contains(text), "the words are handed back");
    assert!(page.contains("Please still use these steps"), "the plan is shown");
    assert!(server.received().is_empty(), "nothing was sent");
}
