//! The image guard over HTTP: no route takes a picture, in any disguise.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::json;

use crate::helpers::{assert_private_and_safe, spawn_app};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa";

#[tokio::test]
async fn a_picture_in_a_form_field_is_refused_with_a_pointer_to_the_hotline() {
    let app = spawn_app().await;
    let encoded = STANDARD.encode(PNG);
    for value in [
        format!("data:image/png;base64,{encoded}"),
        encoded.clone(),
        format!("see {encoded}"),
    ] {
        let response = app.post_answers("GB", "adult", &value, "no").await;
        assert_eq!(response.status(), 422, "{value}");
        assert_private_and_safe(&response);
        let page = response.text().await.unwrap();
        assert!(page.contains("Signpost never accepts pictures"), "{page}");
        assert!(page.contains("report it to your national hotline"));
        assert!(page.contains("inhope.org"));
        assert!(!page.contains(&encoded), "the picture is not echoed");
    }
}

#[tokio::test]
async fn a_picture_in_any_json_string_is_refused() {
    let app = spawn_app().await;
    let encoded = STANDARD.encode(PNG);
    for body in [
        json!({"country": "GB", "reporter": "adult", "concern": format!("data:image/png;base64,{encoded}")}),
        json!({"country": "GB", "reporter": "adult", "concern": "grooming", "photo": {"data": encoded}}),
    ] {
        let response = app.post_route(&body).await;
        assert_eq!(response.status(), 422);
        assert_eq!(response.headers()["content-type"], "application/problem+json");
        let problem: serde_json::Value = response.json().await.unwrap();
        assert!(
            problem["detail"].as_str().unwrap().contains("national hotline"),
            "{problem}"
        );
    }
}

#[tokio::test]
async fn binary_and_invalid_text_are_refused() {
    let app = spawn_app().await;
    let response = app
        .post_raw(
            "/questions",
            "application/x-www-form-urlencoded",
            "country=GB&concern=%00%01%02",
        )
        .await;
    assert_eq!(response.status(), 422);
    let response = app
        .post_raw(
            "/questions",
            "application/x-www-form-urlencoded",
            "country=%FF%FE",
        )
        .await;
    assert_eq!(response.status(), 422);
    let response = app
        .post_raw(
            "/api/v1/route",
            "application/json",
            b"{\"country\":\"\xff\"}".to_vec(),
        )
        .await;
    assert_eq!(response.status(), 422);
    assert_eq!(app.get("/healthz").await.status(), 200, "still healthy");
}
