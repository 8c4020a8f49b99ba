//! The public pages over real HTTP: the whole flow for every concern, the error path, and
//! the promises (no cookies, no-store, no upload, answers never in an address).

use signpost::routing::ConcernKind;

use crate::helpers::{answers, assert_private_and_safe, spawn_app};

/// Every `href`/`action`/`src` value in a page.
fn addresses(page: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in ["href=\"", "action=\"", "src=\""] {
        for piece in page.split(attribute).skip(1) {
            if let Some(end) = piece.find('"') {
                found.push(piece[..end].to_owned());
            }
        }
    }
    found
}

/// Whether the input with this id is ticked.
fn is_checked(page: &str, id: &str) -> bool {
    let start = page
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no input {id}"));
    let tag_start = page[..start].rfind('<').unwrap();
    let tag_end = start + page[start..].find('>').unwrap();
    page[tag_start..tag_end].contains(" checked")
}

/// Checks a page keeps the promises that hold for every page.
fn assert_page_promises(page: &str) {
    assert!(!page.contains("type=\"file\""), "a file input");
    assert!(!page.contains("enctype=\"multipart"), "a multipart form");
    assert!(page.contains("id=\"quick-exit\""), "no quick exit");
    for address in addresses(page) {
        if address.starts_with('/') {
            // The one thing an address on this site may carry is the language (no answers).
            let path = match address.split_once("?lang=") {
                Some((path, tag)) if tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') => path,
                _ => address.as_str(),
            };
            assert!(
                !path.contains('?') && !path.contains('#') || path.starts_with("/#") || path == "#main",
                "{address}"
            );
        } else if !address.starts_with('#') {
            assert!(
                address.starts_with("https://")
                    || address.starts_with("http://")
                    || address.starts_with("tel:")
                    || address.starts_with("sms:"),
                "{address}"
            );
        }
    }
    // Every link to another site is opened without telling it where the person came from.
    for piece in page.split("<a ").skip(1) {
        let tag = &piece[..piece.find('>').unwrap_or(piece.len())];
        if tag.contains("href=\"http") {
            assert!(tag.contains("rel=\"noreferrer noopener\""), "{tag}");
        }
    }
    // Scripts and styles come only from Signpost itself.
    for piece in page.split("<script").skip(1).chain(page.split("<link").skip(1)) {
        let tag = &piece[..piece.find('>').unwrap_or(piece.len())];
        assert!(!tag.contains("http"), "{tag}");
    }
}

#[tokio::test]
async fn the_start_page_shows_the_emergency_number_for_the_browser_region() {
    let app = spawn_app().await;
    let response = app.get_with_language("/", "en-GB,en;q=0.9").await;
    assert_eq!(response.status(), 200);
    assert_private_and_safe(&response);
    let page = response.text().await.unwrap();
    assert_page_promises(&page);
    assert!(page.contains("href=\"tel:999\""), "{page}");
    assert!(page.contains("href=\"/questions?lang=en-GB\""));

    let page = app.get("/").await.text().await.unwrap();
    assert!(
        page.contains("Call your local emergency number now"),
        "no region, no guess"
    );
}

#[tokio::test]
async fn the_questions_start_blank_with_the_country_from_the_browser_region() {
    let app = spawn_app().await;
    let response = app.get_with_language("/questions", "fr-FR").await;
    assert_private_and_safe(&response);
    let page = response.text().await.unwrap();
    assert_page_promises(&page);
    assert!(
        page.contains("<option value=\"FR\" selected>"),
        "preselected from Accept-Language"
    );
    assert!(!page.contains(" checked"), "radios are never preselected");
    assert!(page.contains("method=\"post\" action=\"/questions\""));
    for kind in ConcernKind::ALL {
        assert!(page.contains(&format!("value=\"{kind}\"")), "{kind} is offered");
    }
    assert!(page.contains("value=\"not-sure\""));
}

#[tokio::test]
async fn every_concern_reporter_and_danger_answer_gets_its_plan() {
    let app = spawn_app().await;
    for kind in ConcernKind::ALL {
        for reporter in ["adult", "child"] {
            for danger in ["yes", "no", "not-sure"] {
                let response = app.post_answers("GB", reporter, kind.as_str(), danger).await;
                assert_eq!(response.status(), 200, "{kind} {reporter} {danger}");
                assert_private_and_safe(&response);
                let page = response.text().await.unwrap();
                assert_page_promises(&page);
                let first_role = page
                    .split("data-role=\"")
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                    .unwrap();
                if danger == "no" {
                    assert_ne!(first_role, "emergency", "{kind} {reporter}");
                } else {
                    assert_eq!(first_role, "emergency", "{kind} {reporter} {danger}");
                    assert!(page.contains("href=\"tel:999\""));
                }
                assert!(page.contains("class=\"advice\""));
                assert!(
                    page.contains(&format!("{kind}/{reporter}")),
                    "why this route names the rule"
                );
                if reporter == "child" {
                    assert!(page.contains("You are not in trouble"), "{kind}");
                    assert!(
                        page.contains("childline.org.uk"),
                        "a child always sees the child helpline ({kind})"
                    );
                }
            }
        }
    }
}

#[tokio::test]
async fn a_plan_shows_what_each_service_is_for_and_when_it_was_checked() {
    let app = spawn_app().await;
    let page = app.plan_page("GB", "adult", "grooming", "no").await;
    assert!(page.contains("CEOP"));
    assert!(
        page.contains("You will be asked for your name and contact details."),
        "CEOP cannot take anonymous reports"
    );
    assert!(page.contains("What you will need"));
    assert!(page.contains("What happens next"));
    assert!(page.contains("Last checked 28 November 2026"));
    assert!(
        page.contains("href=\"tel:08088005000\""),
        "the NSPCC helpline can be called"
    );
}

#[tokio::test]
async fn missing_answers_are_listed_and_earlier_answers_kept() {
    let app = spawn_app().await;
    let response = app.submit_questions(&[]).await;
    assert_eq!(response.status(), 422);
    assert_private_and_safe(&response);
    let page = response.text().await.unwrap();
    assert!(page.contains("There is a problem"));
    for anchor in [
        "#country",
        "#danger-yes",
        "#reporter-child",
        "#concern-abuse-imagery",
    ] {
        assert!(page.contains(&format!("href=\"{anchor}\"")), "{anchor}");
    }
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<title>Error: "));

    let page = app
        .submit_questions(&[
            ("country", "NZ"),
            ("danger", "not-sure"),
            ("concern", "sextortion"),
        ])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("<option value=\"NZ\" selected>"));
    assert!(is_checked(&page, "danger-not-sure"));
    assert!(is_checked(&page, "concern-sextortion"));
    assert!(!is_checked(&page, "concern-grooming"));
    assert!(page.contains("href=\"#reporter-child\""));
    assert!(!page.contains("href=\"#country\""));
}

#[tokio::test]
async fn answers_typed_into_the_form_are_never_echoed_unescaped() {
    let app = spawn_app().await;
    let page = app
        .plan_page(
            "<script>alert(1)</script>",
            "adult",
            "<b>grooming</b>",
            "\"><img src=x>",
        )
        .await;
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<img src=x>"));
    assert!(!page.contains("<b>grooming"));
}

#[tokio::test]
async fn the_form_accepts_only_form_posts_and_no_files() {
    let app = spawn_app().await;
    let multipart = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u{89}PNG\r\n--x--\r\n";
    let response = app
        .post_raw("/questions", "multipart/form-data; boundary=x", multipart)
        .await;
    assert_eq!(response.status(), 415);
    assert_private_and_safe(&response);
    let page = response.text().await.unwrap();
    assert!(page.contains("never accepts files or pictures"), "{page}");
    assert!(page.contains("inhope.org"), "points to where images are reported");
    for content_type in [
        "application/json",
        "text/plain",
        "image/png",
        "application/octet-stream",
    ] {
        assert_eq!(
            app.post_raw("/questions", content_type, "x").await.status(),
            415,
            "{content_type}"
        );
    }
}

#[tokio::test]
async fn a_body_over_16_kib_is_refused() {
    let app = spawn_app().await;
    let big = format!("country=GB&concern={}", "a".repeat(20 * 1024));
    let response = app
        .post_raw("/questions", "application/x-www-form-urlencoded", big)
        .await;
    assert_eq!(response.status(), 413);
    let big = format!("{{\"country\":\"{}\"}}", "a".repeat(20 * 1024));
    let response = app.post_raw("/api/v1/route", "application/json", big).await;
    assert_eq!(response.status(), 413);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn a_form_with_fields_signpost_never_sends_is_refused() {
    let app = spawn_app().await;
    let mut fields = answers("GB", "adult", "grooming", "no");
    fields.push(("nickname", "sam"));
    let response = app.submit_questions(&fields).await;
    assert_eq!(response.status(), 400);
    assert_private_and_safe(&response);
    // A field carrying a picture is refused by the image guard before anything else.
    let response = app
        .submit_questions(&[("country", "GB"), ("photo", "data:image/png;base64,iVBORw0KGgo=")])
        .await;
    assert_eq!(response.status(), 422);
}

#[tokio::test]
async fn every_page_and_asset_carries_the_privacy_and_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/questions",
        "/staying-safe",
        "/assets/signpost.css",
        "/assets/signpost.js",
        "/favicon.svg",
        "/favicon.ico",
        "/healthz",
        "/api/v1/countries",
        "/api/v1/concerns",
        "/api/v1/openapi.json",
        "/missing",
    ] {
        let response = app.get(path).await;
        assert_private_and_safe(&response);
    }
}

#[tokio::test]
async fn the_icon_browsers_ask_for_is_served_from_signposts_own_assets() {
    let app = spawn_app().await;
    let page = app.get("/").await.text().await.unwrap();
    assert!(page.contains(r#"<link rel="icon" href="/favicon.svg" type="image/svg+xml">"#));
    for path in ["/favicon.svg", "/favicon.ico"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["content-type"], "image/svg+xml", "{path}");
        let icon = response.text().await.unwrap();
        assert!(
            icon.starts_with("<svg") && !icon.contains("href"),
            "{path}: one self-contained icon"
        );
    }
}

#[tokio::test]
async fn the_staying_safe_page_says_what_is_and_is_not_hidden() {
    let app = spawn_app().await;
    let page = app.get("/staying-safe").await.text().await.unwrap();
    assert_page_promises(&page);
    assert!(page.contains("What Signpost cannot hide"));
    assert!(page.contains("three times"));
}

#[tokio::test]
async fn the_quick_exit_goes_to_the_configured_neutral_page() {
    let mut settings = signpost::config::Settings::for_tests();
    settings.pages.exit_url =
        signpost::routing::phone::WebAddress::parse("https://www.example.org/weather").unwrap();
    let app = crate::helpers::spawn_app_with(settings).await;
    for path in ["/", "/questions", "/staying-safe", "/missing"] {
        let page = app.get(path).await.text().await.unwrap();
        assert!(
            page.contains("id=\"quick-exit\" class=\"quick-exit\" href=\"https://www.example.org/weather\""),
            "{path}"
        );
    }
    let script = app.get("/assets/signpost.js").await.text().await.unwrap();
    assert!(script.contains("location.replace"));
}
