//! The running binary's logs: request lines carry method, route template, status and
//! latency, and never a body, a query string, an address, a user agent or a header.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::Duration;

#[tokio::test]
async fn request_logs_never_hold_what_the_person_sent() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_signpost"))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("RUST_LOG", "trace")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("signpost starts");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let address = first
        .split("address=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect(&first)
        .to_owned();

    let canary = "canary7e1d";
    let client = reqwest::Client::new();
    let base = format!("http://{address}");
    let _ = client
        .get(format!("{base}/?{canary}=q"))
        .header("user-agent", format!("agent-{canary}"))
        .send()
        .await;
    let _ = client
        .get(format!("{base}/questions?where={canary}"))
        .header("x-forwarded-for", "203.0.113.77")
        .send()
        .await;
    let _ = client
        .post(format!("{base}/questions"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("country=GB&danger=no&reporter=adult&concern={canary}"))
        .send()
        .await;
    let _ = client
        .post(format!("{base}/api/v1/route"))
        .header("content-type", "application/json")
        .body(format!("{{\"country\":\"{canary}\"}}"))
        .send()
        .await;
    let _ = client
        .post(format!("{base}/api/v1/route"))
        .header("content-type", "application/json")
        .body(format!("{{\"{canary}\":"))
        .send()
        .await;
    let _ = client.get(format!("{base}/{canary}/missing")).send().await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    child.kill().unwrap();
    let _ = child.wait();
    let mut logs = first;
    stdout.read_to_string(&mut logs).unwrap();
    let mut errors = String::new();
    child.stderr.take().unwrap().read_to_string(&mut errors).unwrap();
    logs.push_str(&errors);

    assert!(
        logs.contains("route=\"/questions\""),
        "requests are logged by route template:\n{logs}"
    );
    assert!(
        logs.contains("status=422") || logs.contains("status=200"),
        "{logs}"
    );
    for secret in [canary, "203.0.113.77", "127.0.0.1:", "agent-"] {
        let leaked: Vec<&str> = logs.lines().skip(1).filter(|l| l.contains(secret)).collect();
        assert!(leaked.is_empty(), "{secret} leaked into the logs: {leaked:#?}");
    }
}
