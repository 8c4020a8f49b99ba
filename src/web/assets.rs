//! Signpost's own stylesheet and script, compiled in: no third-party resources, ever.

use axum::http::header;
use axum::response::{IntoResponse, Response};

const STYLESHEET: &str = include_str!("assets/signpost.css");
const SCRIPT: &str = include_str!("assets/signpost.js");

/// `GET /assets/signpost.css`.
pub async fn stylesheet() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLESHEET).into_response()
}

/// `GET /assets/signpost.js`.
pub async fn script() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], SCRIPT).into_response()
}
