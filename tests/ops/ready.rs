//! `GET /readyz`: ready when the configuration is loaded; says how mail is doing, and nothing
//! secret.

use crate::process::Running;

#[tokio::test]
async fn readiness_reports_the_configuration_and_mail_without_secrets() {
    let running = Running::start(
        None,
        &[],
        &[
            ("SIGNPOST_MAIL__ENABLED", "true"),
            ("SIGNPOST_MAIL__SMTP_URL", "smtp://127.0.0.1:2525"),
            ("SIGNPOST_SMTP_USER", "relay-user-secret"),
            ("SIGNPOST_SMTP_PASSWORD", "relay-password-secret"),
        ],
    );
    let response = reqwest::get(format!("{}/readyz", running.base)).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let text = response.text().await.unwrap();
    for secret in ["secret", "2525", "safeguarding@", "example.org"] {
        assert!(!text.contains(secret), "{secret} is in /readyz: {text}");
    }
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(report["status"], "ready");
    assert_eq!(report["mail"]["state"], "ok", "{report}");
    assert!(report["mail"]["last_outcome"].is_null());
    assert!(report["configuration"]["services"].as_u64().unwrap() > 100);
    assert_eq!(
        report["configuration"]["directory_date"].as_str().unwrap().len(),
        10
    );
}

#[tokio::test]
async fn readiness_says_when_mail_is_off() {
    let running = Running::start(None, &[], &[]);
    let report: serde_json::Value = reqwest::get(format!("{}/readyz", running.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(report["mail"]["state"], "off");
}
