use serde_json::{Value, json};

use crate::helpers::spawn_app;

#[tokio::test]
async fn a_valid_request_gets_the_plan_in_the_documented_shape() {
    let app = spawn_app().await;
    let response = app
        .post_route(&json!({"country": "GB", "reporter": "adult", "concern": "abuse-imagery", "immediate_danger": false}))
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let plan: Value = response.json().await.unwrap();
    assert_eq!(plan["country"], "GB");
    assert_eq!(plan["reporter"], "adult");
    assert_eq!(plan["concern"], "abuse-imagery");
    assert_eq!(plan["immediate_danger"], false);
    assert_eq!(plan["coverage"], "national");
    let step = &plan["steps"][0];
    assert_eq!(step["role"], "csam-hotline");
    assert!(step["rule"].as_str().is_some_and(|r| !r.is_empty()));
    assert!(step["why"].as_str().is_some_and(|r| !r.is_empty()));
    let service = &step["service"];
    for key in [
        "id",
        "name",
        "organisation",
        "kind",
        "url",
        "phone",
        "e164",
        "anonymous",
        "verified",
        "source",
        "confidence",
    ] {
        assert!(service.get(key).is_some(), "service lacks {key}: {service}");
    }
    assert_eq!(service["kind"], "csam-hotline");
    assert!(service["url"].as_str().unwrap().contains("iwf.org.uk"));
    assert!(plan["advice"].as_array().is_some_and(|a| !a.is_empty()));
}

#[tokio::test]
async fn danger_puts_the_emergency_number_first() {
    let app = spawn_app().await;
    let plan: Value = app
        .post_route(
            &json!({"country": "us", "reporter": "child", "concern": "grooming", "immediate_danger": true}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(plan["steps"][0]["role"], "emergency");
    assert_eq!(plan["steps"][0]["service"]["phone"], "911");
}

#[tokio::test]
async fn a_country_without_a_file_still_gets_a_plan_with_international_coverage() {
    let app = spawn_app().await;
    let plan: Value = app
        .post_route(&json!({"country": "AQ", "reporter": "adult", "concern": "abuse-imagery", "immediate_danger": true}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(plan["coverage"], "international");
    assert_eq!(plan["steps"][0]["role"], "emergency");
    assert!(plan["steps"][0]["service"].is_null());
    assert!(
        plan["steps"][0]["instruction"]
            .as_str()
            .is_some_and(|s| s.contains("emergency number"))
    );
    assert_eq!(plan["steps"][1]["role"], "csam-hotline");
}

#[tokio::test]
async fn bad_answers_are_refused_with_each_field_named() {
    let app = spawn_app().await;
    let response = app
        .post_route(&json!({"country": "UK", "reporter": "parent", "concern": "csam"}))
        .await;
    assert_eq!(response.status(), 422);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    assert_eq!(response.headers()["cache-control"], "no-store");
    let problem: Value = response.json().await.unwrap();
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["country", "reporter", "concern"]);
    let text = problem.to_string();
    assert!(
        text.contains("GB") && text.contains("abuse-imagery") && text.contains("adult"),
        "{text}"
    );
}

#[tokio::test]
async fn missing_answers_are_named() {
    let app = spawn_app().await;
    let response = app.post_route(&json!({})).await;
    assert_eq!(response.status(), 422);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["errors"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn a_body_that_is_not_json_is_refused() {
    let app = spawn_app().await;
    let response = app.post_route_raw("text/plain", "country=GB").await;
    assert_eq!(response.status(), 415);
    let response = app
        .post_route_raw("multipart/form-data; boundary=x", "--x--")
        .await;
    assert_eq!(response.status(), 415);
    let response = app.post_route_raw("application/json", "{\"country\": ").await;
    assert_eq!(response.status(), 400);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn errors_never_echo_what_was_sent() {
    let app = spawn_app().await;
    let canary = "<script>canary-7f3a</script>";
    let response = app
        .post_route(&json!({"country": "GB", "reporter": "adult", "concern": canary}))
        .await;
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(!body.contains("<script>"), "{body}");
    let response = app
        .post_route(&json!({"country": "GB", "reporter": "adult", "concern": "grooming", canary: 1}))
        .await;
    let body = response.text().await.unwrap();
    assert!(!body.contains("canary-7f3a"), "{body}");
}

#[tokio::test]
async fn the_route_is_post_only() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/api/v1/route?country=GB"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
}
