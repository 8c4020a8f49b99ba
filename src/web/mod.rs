//! The HTTP layer: routes, shared state and the headers every response carries. It parses
//! requests into domain types, calls the routing core, and renders the answer; it keeps nothing.

pub mod api;
pub mod error;

use std::sync::Arc;

use axum::Router as HttpRouter;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use axum::routing::{get, post};

use crate::routing::Router;

/// What every handler can read. Immutable after start-up.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The checked directory and rules.
    pub router: Arc<Router>,
}

/// All routes, with the headers every response must carry.
pub fn routes(state: AppState) -> HttpRouter {
    HttpRouter::new()
        .route("/healthz", get(health))
        .route("/api/v1/route", post(api::create_route))
        .layer(axum::middleware::map_response(privacy_headers))
        .with_state(state)
}

/// `GET /healthz`: the process is up and its configuration loaded.
async fn health() -> &'static str {
    "ok\n"
}

/// Nothing Signpost sends may be stored by a browser or proxy.
async fn privacy_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}
