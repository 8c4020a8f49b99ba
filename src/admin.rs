//! The admin address: `GET /metrics` and nothing else, on a listener of its own so that it can
//! stay on loopback or a private network while the public address faces the proxy. Only
//! bound when `[metrics] enabled = true`.
//!
//! Like the public listener it sets a header-read timeout, and it serves a few connections
//! at a time: it is for a scraper, not for the public.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router as HttpRouter;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::mail::keys::KeyHealth;
use crate::metrics::{self, BuildInfo};
use crate::reload::Live;
use crate::web::routes::Endpoint;

/// Most scrapes served at once.
const MAX_CONNECTIONS: usize = 8;

/// The admin routes.
pub fn routes(live: Arc<Live>) -> HttpRouter {
    HttpRouter::new()
        .route(Endpoint::Metrics.path(), get(show_metrics))
        .with_state(live)
}

/// `GET /metrics`: the Prometheus text format.
async fn show_metrics(State(live): State<Arc<Live>>) -> Response {
    let state = live.current().state.clone();
    let mail = state.settings.mail.as_ref();
    let build = BuildInfo {
        version: env!("CARGO_PKG_VERSION"),
        directory_date: metrics::directory_date(&state.router),
        keys: mail.map(|m| KeyHealth::of(Some(m), std::time::SystemTime::now())),
    };
    (
        [
            (header::CONTENT_TYPE, metrics::CONTENT_TYPE),
            (header::CACHE_CONTROL, "no-store"),
        ],
        metrics::render(&build),
    )
        .into_response()
}

/// Serves the admin routes on `listener` until the task is dropped.
pub async fn serve(listener: TcpListener, live: Arc<Live>) {
    let app = routes(live);
    // HTTP/1.1 only, as on the public address.
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(5));
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok((stream, _peer)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let Ok(slot) = Arc::clone(&slots).try_acquire_owned() else {
            continue;
        };
        let connection =
            builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
}

/// Binds the admin address.
pub async fn bind(address: SocketAddr) -> std::io::Result<TcpListener> {
    TcpListener::bind(address).await
}
