//! The running binary's logs: request lines carry method, route template, status and
//! latency, and never a body, a query string, an address, a user agent or a header.

#[path = "support/process.rs"]
mod process;

use process::Running;

#[tokio::test]
async fn request_logs_never_hold_what_the_person_sent() {
    let mut running = Running::start(None, &[], &[("RUST_LOG", "trace")]);
    let canary = "canary7e1d";
    let client = reqwest::Client::new();
    let base = running.base.clone();
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
    // Six requests, six request lines; then everything the process wrote.
    for _ in 0..6 {
        running.wait_for(" answered ");
    }
    let lines = running.stop();
    let serving = lines
        .iter()
        .position(|l| l.contains("Signpost is serving"))
        .expect("the line saying where it serves");
    let logs = lines.join("\n");

    assert!(
        logs.contains("route=\"/questions\""),
        "requests are logged by route template:\n{logs}"
    );
    assert!(
        logs.contains("status=422") || logs.contains("status=200"),
        "{logs}"
    );
    for secret in [canary, "203.0.113.77", "127.0.0.1:", "agent-"] {
        // The line saying where it serves names the listening address, on purpose.
        let leaked: Vec<&String> = lines
            .iter()
            .enumerate()
            .filter(|(n, l)| *n != serving && l.contains(secret))
            .map(|(_, l)| l)
            .collect();
        assert!(leaked.is_empty(), "{secret} leaked into the logs: {leaked:#?}");
    }
}
