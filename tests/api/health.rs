use crate::helpers::spawn_app;

#[tokio::test]
async fn health_check_answers_ok_and_is_not_stored() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert!(response.headers().get("set-cookie").is_none());
    assert_eq!(response.text().await.unwrap(), "ok\n");
}

#[tokio::test]
async fn an_unknown_path_is_404_and_not_stored() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/nowhere")).send().await.unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["cache-control"], "no-store");
}
