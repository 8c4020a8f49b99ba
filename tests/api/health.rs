use crate::helpers::{assert_private_and_safe, spawn_app};

#[tokio::test]
async fn health_check_answers_ok_and_is_not_stored() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    assert_private_and_safe(&response);
    assert_eq!(response.text().await.unwrap(), "ok\n");
}

#[tokio::test]
async fn an_unknown_page_is_a_calm_404_that_still_shows_where_to_get_help() {
    let app = spawn_app().await;
    let response = app.get("/nowhere").await;
    assert_eq!(response.status(), 404);
    assert_private_and_safe(&response);
    let page = response.text().await.unwrap();
    assert!(page.contains("Page not found"));
    assert!(page.contains("inhope.org"), "the international hotline is shown");
    assert!(page.contains("emergency number"));
}

#[tokio::test]
async fn an_unknown_api_path_is_a_problem_document() {
    let app = spawn_app().await;
    let response = app.get("/api/v1/nothing").await;
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn hsts_is_sent_only_when_configured_as_served_over_https() {
    let app = spawn_app().await;
    assert!(
        app.get("/")
            .await
            .headers()
            .get("strict-transport-security")
            .is_none()
    );
    let mut settings = signpost::config::Settings::for_tests();
    settings.server.https = true;
    let app = crate::helpers::spawn_app_with(settings).await;
    assert!(
        app.get("/").await.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_cut_off() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app().await;
    let mut stream = tokio::net::TcpStream::connect(app.address).await.unwrap();
    stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    // The server closes the connection once the header-read timeout passes.
    let mut buffer = Vec::new();
    let read = tokio::time::timeout(
        signpost::app::HEADER_READ_TIMEOUT + std::time::Duration::from_secs(5),
        stream.read_to_end(&mut buffer),
    )
    .await;
    assert!(
        read.is_ok(),
        "the connection was still open after the header-read timeout"
    );
    // And it keeps serving everyone else.
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn oversized_request_headers_are_refused_and_the_server_keeps_serving() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/"))
        .header("x-padding", "a".repeat(100 * 1024))
        .send()
        .await;
    match response {
        Ok(response) => assert_eq!(response.status(), 431, "headers over the limit"),
        Err(error) => assert!(
            error.is_request() || error.is_connect() || error.is_body(),
            "{error}"
        ),
    }
    assert_eq!(app.get("/healthz").await.status(), 200);
}
