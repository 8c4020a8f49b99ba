//! "Where did it happen?" over HTTP: the optional `platform` of `POST /api/v1/route` and of the
//! questions form, `GET /api/v1/platforms`, the OpenAPI document, and the forwarded email.

use serde_json::{Value, json};

use crate::helpers::{answers, spawn_app};

#[tokio::test]
async fn naming_a_platform_adds_the_platform_step_after_the_hotline() {
    let app = spawn_app().await;
    let response = app
        .post_route(
            &json!({"country": "GB", "reporter": "adult", "concern": "abuse-imagery", "platform": "discord"}),
        )
        .await;
    assert_eq!(response.status(), 200);
    let plan: Value = response.json().await.unwrap();
    assert_eq!(plan["platform"], "discord");
    let roles: Vec<&str> = plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["role"].as_str().unwrap())
        .collect();
    assert_eq!(
        roles,
        ["csam-hotline", "platform"],
        "the hotline first, the platform as an addition"
    );
    let step = &plan["steps"][1];
    assert_eq!(step["rule"], "platform-step");
    assert!(step["why"].as_str().unwrap().contains("hotline first"), "{step}");
    assert_eq!(step["service"], Value::Null);
    let platform = &step["platform"];
    assert_eq!(platform["id"], "discord");
    assert_eq!(platform["name"], "Discord");
    assert!(
        platform["report_url"]
            .as_str()
            .unwrap()
            .starts_with("https://support.discord.com/"),
        "{platform}"
    );
    assert_eq!(platform["advice"].as_array().unwrap().len(), 3);
    for key in [
        "in_app",
        "passes_to",
        "needs_account",
        "languages",
        "verified",
        "source",
        "confidence",
    ] {
        assert!(platform.get(key).is_some(), "platform lacks {key}: {platform}");
    }
}

#[tokio::test]
async fn skipping_the_platform_or_answering_not_online_gives_the_same_answer_to_the_byte() {
    let app = spawn_app().await;
    let skipped = app
        .post_route(
            &json!({"country": "US", "reporter": "child", "concern": "sextortion", "immediate_danger": true}),
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !skipped.contains("\"platform\""),
        "no platform field when skipped: {skipped}"
    );
    let null = app
        .post_route(&json!({"country": "US", "reporter": "child", "concern": "sextortion", "immediate_danger": true, "platform": null}))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(null, skipped, "null is skipped");
    for other in ["not-online", "rather-not-say"] {
        let answered: Value = app
            .post_route(&json!({"country": "US", "reporter": "child", "concern": "sextortion", "immediate_danger": true, "platform": other}))
            .await
            .json()
            .await
            .unwrap();
        let mut expected: Value = serde_json::from_str(&skipped).unwrap();
        expected["platform"] = json!(other);
        assert_eq!(
            answered, expected,
            "{other}: the same plan, with the answer echoed"
        );
    }
}

#[tokio::test]
async fn an_unknown_platform_is_a_422_naming_the_valid_ids() {
    let app = spawn_app().await;
    let response = app
        .post_route(
            &json!({"country": "GB", "reporter": "adult", "concern": "grooming", "platform": "myspace"}),
        )
        .await;
    assert_eq!(response.status(), 422);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "platform");
    let text = problem.to_string();
    for id in ["discord", "tiktok", "website", "not-online", "rather-not-say"] {
        assert!(text.contains(id), "names {id}: {text}");
    }
    assert!(!text.contains("myspace"), "never echoes what was sent: {text}");
}

#[tokio::test]
async fn the_platform_list_has_the_platforms_then_the_four_fixed_answers_in_the_asked_language() {
    let app = spawn_app().await;
    let response = app.get_with_language("/api/v1/platforms", "fr").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-language"], "fr");
    let list: Vec<Value> = response.json().await.unwrap();
    let platforms: Vec<&Value> = list.iter().filter(|p| p["kind"] == "platform").collect();
    assert!(platforms.len() >= 25, "{}", platforms.len());
    assert!(
        platforms
            .iter()
            .any(|p| p["id"] == "tiktok" && p["name"] == "TikTok"),
        "names are not translated"
    );
    let fixed: Vec<(&str, &str)> = list
        .iter()
        .filter(|p| p["kind"] == "other")
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    assert_eq!(
        fixed,
        [
            ("website", "Un site web"),
            ("elsewhere-online", "Ailleurs en ligne"),
            ("not-online", "Pas en ligne"),
            ("rather-not-say", "Je préfère ne pas le dire"),
        ]
    );
}

#[tokio::test]
async fn the_openapi_document_has_the_platform_field_and_endpoint() {
    let app = spawn_app().await;
    let document: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(document["paths"]["/api/v1/platforms"]["get"].is_object());
    let field = &document["components"]["schemas"]["RouteRequest"]["properties"]["platform"];
    let values = field["enum"].as_array().unwrap();
    assert!(
        values.contains(&json!("tiktok"))
            && values.contains(&json!("not-online"))
            && values.contains(&Value::Null)
    );
    let required = document["components"]["schemas"]["RouteRequest"]["required"].to_string();
    assert!(!required.contains("platform"), "optional: {required}");
}

#[tokio::test]
async fn the_questions_page_asks_where_and_the_plan_names_the_platform() {
    let app = spawn_app().await;
    let page = app.get("/questions").await.text().await.unwrap();
    assert!(
        page.contains("<select class=\"select\" id=\"platform\" name=\"platform\""),
        "{page}"
    );
    assert!(page.contains("Where did it happen? (optional)"));
    assert!(page.contains("<option value=\"\">Skip this question</option>"));
    assert!(page.contains("<option value=\"not-online\">Not online</option>"));
    let mut fields = answers("GB", "child", "grooming", "no");
    fields.push(("platform", "roblox"));
    fields.push(("lang", "en-GB"));
    let response = app.submit_questions(&fields).await;
    assert_eq!(response.status(), 200);
    let plan = response.text().await.unwrap();
    assert!(plan.contains("Report it on Roblox too"), "{plan}");
    assert!(plan.contains("data-role=\"platform\""));
    assert!(plan.contains("It happened on: Roblox."));
    assert!(
        plan.contains("<input type=\"hidden\" name=\"platform\" value=\"roblox\">"),
        "the language switch keeps it"
    );
    assert!(
        plan.contains("After you report the account, block it"),
        "worded for a child"
    );
}

#[tokio::test]
async fn an_empty_platform_is_skipped_and_an_unknown_one_is_asked_again() {
    let app = spawn_app().await;
    let skipped = app.plan_page("GB", "adult", "grooming", "no").await;
    let mut fields = answers("GB", "adult", "grooming", "no");
    fields.push(("platform", ""));
    let empty = app.submit_questions(&fields).await.text().await.unwrap();
    assert_eq!(empty, skipped, "an empty answer is the same page as none");
    let mut fields = answers("GB", "adult", "grooming", "no");
    fields.push(("platform", "myspace"));
    let response = app.submit_questions(&fields).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("Choose where it happened from the list, or skip this question"),
        "{page}"
    );
    assert!(page.contains("href=\"#platform\""));
}

#[tokio::test]
async fn the_forwarded_email_says_where_it_happened_and_carries_the_platform_step() {
    use std::time::Duration;

    use signpost::mail::Security;

    use crate::helpers::tell_fields;
    use crate::mail::{app_for, mail_settings, plain_body};
    use crate::smtp::{Behaviour, SmtpServer};

    let server = SmtpServer::start(Behaviour::Accept).await;
    let app = app_for(mail_settings(&server, Security::PlainLoopback)).await;
    let mut plan_fields = answers("GB", "adult", "grooming", "no");
    plan_fields.push(("platform", "roblox"));
    let plan = app.submit_questions(&plan_fields).await.text().await.unwrap();
    assert!(
        plan.contains("<input type=\"hidden\" name=\"platform\" value=\"roblox\">"),
        "the Also tell form carries the answer"
    );
    let mut send = tell_fields("grooming", "He talks to my son in a game.");
    send.insert(4, ("platform", "roblox"));
    let response = app.post_tell(&send).await;
    assert_eq!(response.status(), 200);
    let messages = server.wait_for_messages(1, Duration::from_secs(5)).await;
    let body = plain_body(&messages[0]);
    assert!(
        body.contains("Where it happened:") && body.contains("Roblox (roblox)"),
        "{body}"
    );
    assert!(body.contains("Report it on Roblox too"), "{body}");
    assert!(body.contains("https://en.help.roblox.com/"), "{body}");
}
