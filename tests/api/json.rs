use serde_json::{Value, json};

use crate::helpers::spawn_app;

#[tokio::test]
async fn a_valid_request_gets_the_plan_in_the_documented_shape() {
    let app = spawn_app().await;
    let response = app.route_json("GB", "adult", "abuse-imagery", false).await;
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
    let plan = app.route_plan("us", "child", "grooming", true).await;
    assert_eq!(plan["steps"][0]["role"], "emergency");
    assert_eq!(plan["steps"][0]["service"]["phone"], "911");
}

#[tokio::test]
async fn a_country_without_a_file_still_gets_a_plan_with_international_coverage() {
    let app = spawn_app().await;
    let plan = app.route_plan("AQ", "adult", "abuse-imagery", true).await;
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

#[tokio::test]
async fn the_countries_list_names_every_accepted_code() {
    let app = spawn_app().await;
    let countries: Value = app.get("/api/v1/countries").await.json().await.unwrap();
    let countries = countries.as_array().unwrap();
    assert_eq!(countries.len(), 250);
    let gb = countries.iter().find(|c| c["code"] == "GB").unwrap();
    assert_eq!(gb["listed"], true);
    assert!(gb["name"].as_str().unwrap().starts_with("United Kingdom"));
    assert!(
        countries
            .iter()
            .any(|c| c["code"] == "AQ" && c["listed"] == false)
    );
}

#[tokio::test]
async fn the_concerns_list_has_the_eight_ids_with_plain_words() {
    let app = spawn_app().await;
    let concerns: Value = app.get("/api/v1/concerns").await.json().await.unwrap();
    let ids: Vec<&str> = concerns
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "abuse-imagery",
            "grooming",
            "sextortion",
            "image-shared",
            "child-abuse",
            "adult-behaviour",
            "own-thoughts",
            "not-sure"
        ]
    );
    assert!(concerns[0]["label"].as_str().is_some_and(|l| !l.is_empty()));
    assert!(concerns[0]["description"].as_str().is_some_and(|l| !l.is_empty()));
}

#[tokio::test]
async fn the_openapi_document_is_3_1_and_describes_every_endpoint() {
    let app = spawn_app().await;
    let document: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/route",
        "/api/v1/countries",
        "/api/v1/concerns",
        "/healthz",
    ] {
        assert!(document["paths"].get(path).is_some(), "{path}");
    }
    let concern_values = &document["components"]["schemas"]["RouteRequest"]["properties"]["concern"]["enum"];
    assert_eq!(concern_values.as_array().map(Vec::len), Some(8), "{document}");
}

#[tokio::test]
async fn the_api_answers_any_origin_without_credentials() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/api/v1/route"))
        .header("origin", "https://platform.example")
        .json(&json!({"country": "GB", "reporter": "adult", "concern": "grooming"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    assert!(
        response
            .headers()
            .get("access-control-allow-credentials")
            .is_none()
    );
    let preflight = app
        .client
        .request(reqwest::Method::OPTIONS, app.url("/api/v1/route"))
        .header("origin", "https://platform.example")
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type")
        .send()
        .await
        .unwrap();
    assert!(preflight.status().is_success());
    assert_eq!(preflight.headers()["access-control-allow-origin"], "*");
}

#[tokio::test]
async fn the_api_gives_the_same_plan_as_the_command_line() {
    let app = spawn_app().await;
    let from_api = app.route_plan("IE", "child", "sextortion", true).await;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_signpost"))
        .args([
            "route",
            "--country",
            "IE",
            "--reporter",
            "child",
            "--concern",
            "sextortion",
            "--danger",
            "--json",
        ])
        .output()
        .unwrap();
    let from_cli: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(from_api, from_cli);
}

/// `dial` is what a phone's call link dials, and the page's call link dials the same: the
/// number as dialled in the person's country (free and short numbers often have no working
/// international form), else E.164.
#[tokio::test]
async fn dial_is_the_number_the_plan_page_links_to() {
    let app = spawn_app().await;
    let plan = app.route_plan("AU", "child", "grooming", true).await;
    let kids_helpline = plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|step| std::iter::once(&step["service"]).chain(step["alternatives"].as_array().unwrap()))
        .find(|service| service["phone"] == "1800 55 1800")
        .expect("Kids Helpline is in an Australian child's plan");
    assert_eq!(
        kids_helpline["dial"], "1800551800",
        "the national form, not +611800551800"
    );
    assert_eq!(kids_helpline["e164"], "+611800551800");

    for (country, reporter, concern) in [
        ("AU", "child", "grooming"),
        ("GB", "adult", "child-abuse"),
        ("US", "child", "sextortion"),
    ] {
        let plan = app.route_plan(country, reporter, concern, true).await;
        let page = app.plan_page(country, reporter, concern, "yes").await;
        for step in plan["steps"].as_array().unwrap() {
            let services = std::iter::once(&step["service"]).chain(step["alternatives"].as_array().unwrap());
            for service in services.filter(|s| !s["dial"].is_null()) {
                let dial = service["dial"].as_str().unwrap();
                let scheme = if service["sms_only"] == true { "sms" } else { "tel" };
                assert!(
                    page.contains(&format!("href=\"{scheme}:{dial}\"")),
                    "{country}: the page has no {scheme}:{dial} link for {}",
                    service["name"]
                );
            }
        }
    }
}

#[tokio::test]
async fn the_openapi_document_lists_exactly_the_countries_and_languages_the_server_accepts() {
    let app = spawn_app().await;
    let document: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let request = &document["components"]["schemas"]["RouteRequest"]["properties"];
    let countries: Value = app.get("/api/v1/countries").await.json().await.unwrap();
    let codes: Vec<&str> = countries
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    let documented: Vec<&str> = request["country"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(documented, codes);
    let languages = request["language"]["enum"].as_array().unwrap();
    assert!(
        languages.contains(&Value::Null),
        "language may be left out or null"
    );
    for tag in languages.iter().filter_map(Value::as_str) {
        let body =
            serde_json::json!({"country": "GB", "reporter": "adult", "concern": "grooming", "language": tag});
        let response = app.post_route(&body).await;
        assert_eq!(response.status(), 200, "{tag}");
    }
    assert!(languages.iter().any(|l| l == "ar") && languages.iter().any(|l| l == "en-GB"));
}
