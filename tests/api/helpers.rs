//! Starts a real Signpost on 127.0.0.1:0 for each test and talks to it over HTTP.

use std::net::SocketAddr;
use std::sync::Arc;

use signpost::app::App;
use signpost::config::{self, ConfigSource, ServerSettings, Settings};

/// A running Signpost and a client for it.
pub struct TestApp {
    /// Where it listens.
    pub address: SocketAddr,
    /// A client that does not follow redirects.
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
    let loaded =
        config::load(&ConfigSource::Bundled, std::iter::empty()).expect("bundled configuration loads");
    let settings = Settings {
        server: ServerSettings {
            listen: "127.0.0.1:0".parse().unwrap(),
        },
    };
    let app = App::build(&settings, Arc::new(loaded.router))
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

    /// `POST /api/v1/route` with a JSON body.
    pub async fn post_route(&self, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/route"))
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    /// `POST /api/v1/route` with a raw body and content type.
    pub async fn post_route_raw(&self, content_type: &str, body: &'static str) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/route"))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request sent")
    }
}
