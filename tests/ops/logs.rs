//! `--log-format json`: one JSON object per line, with the same fields as the text lines and
//! never a body, a query string, an address or a user agent.

use crate::process::Running;

#[tokio::test]
async fn json_logs_carry_the_same_fields_and_nothing_a_person_sent() {
    let mut running = Running::start(None, &["--log-format", "json"], &[]);
    let canary = "canary90bd";
    let client = reqwest::Client::new();
    let base = running.base.clone();
    let _ = client
        .get(format!("{base}/questions?where={canary}"))
        .header("user-agent", format!("agent-{canary}"))
        .header("x-forwarded-for", "203.0.113.77")
        .send()
        .await
        .unwrap();
    let _ = client
        .post(format!("{base}/api/v1/route"))
        .json(&serde_json::json!({"country": canary}))
        .send()
        .await
        .unwrap();
    for _ in 0..2 {
        running.wait_for("\"message\":\"answered\"");
    }
    let lines = running.stop();
    let mut answered = 0;
    for line in &lines {
        let object: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|_| panic!("not JSON: {line}"));
        for secret in [canary, "203.0.113.77", "agent-"] {
            assert!(!line.contains(secret), "{secret} leaked: {line}");
        }
        if object["message"] == "answered" {
            answered += 1;
            for field in ["method", "route", "status", "latency_ms", "level", "timestamp"] {
                assert!(!object[field].is_null(), "{field} missing: {line}");
            }
            assert!(!line.contains("127.0.0.1:"), "no client address: {line}");
        }
    }
    assert_eq!(answered, 2, "{lines:#?}");
    assert!(
        lines[0].contains("\"message\":\"Signpost is serving\""),
        "{}",
        lines[0]
    );
}

#[tokio::test]
async fn the_log_format_can_be_set_in_the_configuration() {
    let running = Running::start(None, &[], &[("SIGNPOST_LOGS__FORMAT", "json")]);
    let first = running.seen[0].clone();
    assert!(
        serde_json::from_str::<serde_json::Value>(&first).is_ok(),
        "{first}"
    );
}
