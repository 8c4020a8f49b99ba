//! Signpost's own stylesheet, script and icon, compiled in: no third-party resources, ever.

use axum::http::header;
use axum::response::{IntoResponse, Response};

const STYLESHEET: &str = include_str!("assets/signpost.css");
const SCRIPT: &str = include_str!("assets/signpost.js");
const FAVICON: &str = include_str!("assets/favicon.svg");

/// `GET /assets/signpost.css`.
pub async fn stylesheet() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLESHEET).into_response()
}

/// `GET /assets/signpost.js`.
pub async fn script() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], SCRIPT).into_response()
}

/// `GET /favicon.svg` and `GET /favicon.ico`: one SVG icon for both, so the request every
/// browser makes for `/favicon.ico` is answered from Signpost's own assets and never a 404.
pub async fn favicon() -> Response {
    ([(header::CONTENT_TYPE, "image/svg+xml")], FAVICON).into_response()
}
