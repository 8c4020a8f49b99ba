//! Starts a real Signpost on 127.0.0.1:0 for each test and talks to it over HTTP.

use std::net::SocketAddr;
use std::sync::Arc;

use signpost::app::App;
use signpost::config::{self, ConfigSource, Settings};

/// A running Signpost and a client for it.
pub struct TestApp {
    /// Where it listens.
    pub address: SocketAddr,
    /// A client that does not follow redirects and keeps no cookies.
    pub client: reqwest::Client,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Starts Signpost on the bundled configuration and a free loopback port.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(Settings::for_tests()).await
}

/// Starts Signpost with these settings (the listen address is forced to a free loopback port).
pub async fn spawn_app_with(mut settings: Settings) -> TestApp {
    let loaded =
        config::load(&ConfigSource::Bundled, std::iter::empty()).expect("bundled configuration loads");
    settings.server.listen = "127.0.0.1:0".parse().unwrap();
    let app = App::build(settings, Arc::new(loaded.router))
        .await
        .expect("binds a loopback port");
    let address = app.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(app.run_until(async {
        let _ = stopped.await;
    }));
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        address,
        client,
        stop: Some(stop),
    }
}

impl TestApp {
    /// The full URL of a path.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// `GET` a path.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request sent")
    }

    /// `GET` a path with an `Accept-Language` header.
    pub async fn get_with_language(&self, path: &str, accept_language: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .header("accept-language", accept_language)
            .send()
            .await
            .expect("request sent")
    }

    /// `POST /api/v1/route` with a JSON body.
    pub async fn post_route(&self, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/route"))
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    /// `POST` a raw body with a content type.
    pub async fn post_raw(
        &self,
        path: &str,
        content_type: &str,
        body: impl Into<reqwest::Body>,
    ) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request sent")
    }

    /// `POST /api/v1/route` with a raw body and content type.
    pub async fn post_route_raw(&self, content_type: &str, body: &'static str) -> reqwest::Response {
        self.post_raw("/api/v1/route", content_type, body).await
    }

    /// `POST /questions` with form fields, as a browser sends them.
    pub async fn submit_questions(&self, fields: &[(&str, &str)]) -> reqwest::Response {
        let body = serde_urlencoded::to_string(fields).unwrap();
        self.post_raw("/questions", "application/x-www-form-urlencoded", body)
            .await
    }

    /// `POST /questions` with the four answers and nothing else.
    pub async fn post_answers(
        &self,
        country: &str,
        reporter: &str,
        concern: &str,
        danger: &str,
    ) -> reqwest::Response {
        self.submit_questions(&answers(country, reporter, concern, danger))
            .await
    }

    /// The page `POST /questions` answers the four answers with (the plan, when they are valid).
    pub async fn plan_page(&self, country: &str, reporter: &str, concern: &str, danger: &str) -> String {
        self.post_answers(country, reporter, concern, danger)
            .await
            .text()
            .await
            .unwrap()
    }

    /// `POST /api/v1/route` with the four answers.
    pub async fn route_json(
        &self,
        country: &str,
        reporter: &str,
        concern: &str,
        immediate_danger: bool,
    ) -> reqwest::Response {
        self.post_route(&route_request(country, reporter, concern, immediate_danger))
            .await
    }

    /// The JSON body `POST /api/v1/route` answers the four answers with.
    pub async fn route_plan(
        &self,
        country: &str,
        reporter: &str,
        concern: &str,
        immediate_danger: bool,
    ) -> serde_json::Value {
        self.route_json(country, reporter, concern, immediate_danger)
            .await
            .json()
            .await
            .unwrap()
    }

    /// `POST /tell` with form fields, as the plan page and the check page send them.
    pub async fn post_tell(&self, fields: &[(&str, &str)]) -> reqwest::Response {
        let body = serde_urlencoded::to_string(fields).unwrap();
        self.post_raw("/tell", "application/x-www-form-urlencoded", body)
            .await
    }
}

/// The four answers as the questions form sends them, in its order.
pub fn answers<'a>(
    country: &'a str,
    reporter: &'a str,
    concern: &'a str,
    danger: &'a str,
) -> Vec<(&'static str, &'a str)> {
    vec![
        ("country", country),
        ("danger", danger),
        ("reporter", reporter),
        ("concern", concern),
    ]
}

/// The four answers as `POST /api/v1/route` takes them.
pub fn route_request(
    country: &str,
    reporter: &str,
    concern: &str,
    immediate_danger: bool,
) -> serde_json::Value {
    serde_json::json!({
        "country": country,
        "reporter": reporter,
        "concern": concern,
        "immediate_danger": immediate_danger,
    })
}

/// The fields of a complete message to the organisation, as the check page posts them to send
/// it (the person's answers, their words, anonymous, consent given).
pub fn tell_fields<'a>(concern: &'a str, text: &'a str) -> Vec<(&'static str, &'a str)> {
    let mut fields = answers("GB", "adult", concern, "no");
    fields.extend([
        ("text", text),
        ("contact", "anonymous"),
        ("name", ""),
        ("email", ""),
        ("phone", ""),
        ("consent", "yes"),
        ("leave_empty", ""),
        ("action", "send"),
    ]);
    fields
}

/// Asserts the headers every response must carry.
pub fn assert_private_and_safe(response: &reqwest::Response) {
    let headers = response.headers();
    let at = response.url().path();
    assert_eq!(headers["cache-control"], "no-store", "{at}");
    assert!(headers.get("set-cookie").is_none(), "{at} sets a cookie");
    let csp = headers["content-security-policy"].to_str().unwrap();
    for directive in [
        "default-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ] {
        assert!(csp.contains(directive), "{at}: CSP lacks {directive}");
    }
    assert_eq!(headers["referrer-policy"], "no-referrer", "{at}");
    assert_eq!(headers["x-content-type-options"], "nosniff", "{at}");
    assert!(
        headers["permissions-policy"]
            .to_str()
            .unwrap()
            .contains("camera=()"),
        "{at}"
    );
}
