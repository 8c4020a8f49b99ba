//! `GET /metrics`: off by default, on a separate admin address when on, and never holding
//! anything a person sent, their address or their browser.

use std::collections::BTreeSet;

use signpost::mail::Outcome;
use signpost::web::routes::{Endpoint, Listener};

use crate::process::Running;

const METRICS_ON: [(&str, &str); 2] = [
    ("SIGNPOST_METRICS__ENABLED", "true"),
    ("SIGNPOST_METRICS__LISTEN", "127.0.0.1:0"),
];

#[tokio::test]
async fn metrics_are_off_by_default_and_never_on_the_public_address() {
    let running = Running::start(None, &[], &[]);
    assert_eq!(running.admin, None, "no admin address is bound");
    let response = reqwest::get(format!("{}/metrics", running.base)).await.unwrap();
    assert_eq!(response.status(), 404);

    let on = Running::start(None, &[], &METRICS_ON);
    let response = reqwest::get(format!("{}/metrics", on.base)).await.unwrap();
    assert_eq!(response.status(), 404, "the public address never serves metrics");
}

/// Every label value in a scrape, by label name.
fn labels(scrape: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for line in scrape.lines().filter(|l| !l.starts_with('#')) {
        let Some((_, rest)) = line.split_once('{') else {
            continue;
        };
        let Some((inside, _)) = rest.rsplit_once('}') else {
            continue;
        };
        for pair in inside.split("\",") {
            let (name, value) = pair.split_once("=\"").expect(line);
            found.push((name.to_owned(), value.trim_end_matches('"').to_owned()));
        }
    }
    found
}

#[tokio::test]
async fn nothing_typed_no_address_and_no_user_agent_becomes_a_label() {
    let running = Running::start(None, &[], &METRICS_ON);
    let admin = running.admin.clone().expect("the admin address is bound");
    let base = &running.base;
    let canary = "canary5f3a";
    let client = reqwest::Client::new();
    let agent = format!("agent-{canary}");
    let sends = [
        client.get(format!("{base}/?{canary}=1")),
        client.get(format!("{base}/{canary}/page")),
        client.get(format!("{base}/api/v1/{canary}")),
        client
            .post(format!("{base}/questions"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("country=GB&danger=no&reporter=adult&concern={canary}")),
        client
            .post(format!("{base}/questions"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("country=GB&danger=no&reporter=adult&concern=grooming"),
        client
            .post(format!("{base}/api/v1/route"))
            .json(&serde_json::json!({"country": canary, "reporter": "adult", "concern": "grooming"})),
        client
            .post(format!("{base}/api/v1/route"))
            .json(&serde_json::json!({"country": "FR", "reporter": "child", "concern": "sextortion", "immediate_danger": true})),
        client.get(format!("{base}/healthz")),
        client.get(format!("{base}/readyz")),
    ];
    for send in sends {
        let response = send
            .header("user-agent", &agent)
            .header("x-forwarded-for", "203.0.113.9")
            .send()
            .await
            .unwrap();
        let _ = response.bytes().await;
    }

    let response = reqwest::get(format!("{admin}/metrics")).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    let scrape = response.text().await.unwrap();
    for secret in [canary, "203.0.113", "127.0.0.1", "agent"] {
        assert!(!scrape.contains(secret), "{secret} is in the metrics:\n{scrape}");
    }
    for expected in [
        r#"signpost_http_requests_total{route="/questions",status="200"} 1"#,
        r#"signpost_http_requests_total{route="/questions",status="422"} 1"#,
        r#"signpost_http_requests_total{route="(no route)",status="404"} 2"#,
        r#"signpost_http_request_duration_seconds_bucket{route="/healthz",le="+Inf"} 1"#,
        r#"signpost_reloads_total{outcome="refused"} 0"#,
        r#"signpost_mail_outcomes_total{class="sent"} 0"#,
        "signpost_rate_limited_total 0",
        "signpost_plans_window_seconds 3600",
        "signpost_build_info{version=",
    ] {
        assert!(scrape.contains(expected), "{expected} is missing:\n{scrape}");
    }

    // Every label value comes from a closed set.
    let routes: BTreeSet<&str> = Endpoint::ALL
        .iter()
        .map(|endpoint| endpoint.path())
        .chain(["(no route)", "(other)"])
        .collect();
    let classes: Vec<&str> = Outcome::ALL.iter().map(|outcome| outcome.class()).collect();
    for (name, value) in labels(&scrape) {
        let closed = match name.as_str() {
            "route" => routes.contains(value.as_str()),
            "status" => value.parse::<u16>().is_ok_and(|s| (100..600).contains(&s)),
            "le" => value == "+Inf" || value.parse::<f64>().is_ok(),
            "class" => classes.contains(&value.as_str()),
            "outcome" => ["applied", "refused"].contains(&value.as_str()),
            "concern" => value.parse::<signpost::routing::ConcernKind>().is_ok(),
            "country" => value == "other" || signpost::routing::CountryCode::parse(&value).is_ok(),
            "version" => value == env!("CARGO_PKG_VERSION"),
            "directory_date" => value.len() == 10,
            _ => false,
        };
        assert!(closed, "label {name}={value:?} is not from a closed set");
    }
}

#[tokio::test]
async fn every_route_of_the_route_table_is_counted_under_its_own_label() {
    let running = Running::start(None, &[], &METRICS_ON);
    let admin = running.admin.clone().expect("the admin address is bound");
    let public: Vec<Endpoint> = Endpoint::ALL
        .iter()
        .copied()
        .filter(|endpoint| endpoint.listener() != Listener::Admin)
        .collect();
    for endpoint in &public {
        // A GET reaches every route (a POST-only one answers 405): the label comes from the
        // route the router matched, whatever the answer.
        let response = reqwest::get(format!("{}{}", running.base, endpoint.path()))
            .await
            .unwrap();
        let _ = response.bytes().await;
    }
    let scrape = reqwest::get(format!("{admin}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for endpoint in &public {
        let label = format!("signpost_http_requests_total{{route=\"{}\",", endpoint.path());
        assert!(
            scrape.contains(&label),
            "{endpoint} has no label of its own:\n{scrape}"
        );
    }
    assert!(
        !scrape.contains("route=\"(other)\""),
        "a route the table does not name was served:\n{scrape}"
    );
}
