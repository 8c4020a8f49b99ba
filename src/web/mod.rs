//! The HTTP layer: routes, shared state and the headers every response carries. It parses
//! requests into domain types, calls the routing core, and renders the answer; it keeps
//! nothing.

pub mod answers;
pub mod api;
pub mod assets;
pub mod body;
pub mod error;
pub mod forward;
pub mod guard;
pub mod limit;
pub mod pages;

use std::sync::Arc;
use std::time::Duration;

use axum::Router as HttpRouter;
use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderName, HeaderValue, Method, header};
use axum::response::Response;
use axum::routing::{get, post};
use tower_http::cors::{Any, CorsLayer};
use tower_http::trace::TraceLayer;

use crate::config::Settings;
use crate::routing::Router;

/// What every handler can read. Immutable after start-up.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The checked directory and rules.
    pub router: Arc<Router>,
    /// Settings, typed.
    pub settings: Arc<Settings>,
    /// The OpenAPI document, built once.
    pub openapi: axum::body::Bytes,
    /// Per-client limit on forwarded messages.
    pub send_limiter: Arc<limit::ClientLimiter>,
}

impl AppState {
    /// State for these settings and this router.
    pub fn new(settings: Settings, router: Arc<Router>) -> Self {
        AppState {
            router,
            settings: Arc::new(settings),
            openapi: api::openapi_json().into(),
            send_limiter: Arc::new(limit::ClientLimiter::new(SENDS_PER_WINDOW, SEND_WINDOW)),
        }
    }

    /// Where "Leave this site" goes.
    pub fn exit_url(&self) -> &str {
        self.settings.pages.exit_url.as_str()
    }
}

/// Messages one client may forward per `SEND_WINDOW`: enough for a person, too few for a spammer.
pub const SENDS_PER_WINDOW: u32 = 5;

/// The window of the forwarding limit.
pub const SEND_WINDOW: Duration = Duration::from_secs(15 * 60);

/// The Content-Security-Policy of every response: nothing from another origin, no inline
/// script or style, no framing, forms post only to Signpost.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// All routes, with the headers every response must carry.
pub fn routes(state: AppState) -> HttpRouter {
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::CONTENT_TYPE])
        .max_age(Duration::from_secs(600));
    let api = HttpRouter::new()
        .route("/api/v1/route", post(api::create_route))
        .route("/api/v1/countries", get(api::list_countries))
        .route("/api/v1/concerns", get(api::list_concerns))
        .route("/api/v1/openapi.json", get(api::show_openapi))
        .layer(cors);
    let https = state.settings.server.https;
    HttpRouter::new()
        .route("/", get(pages::show_start))
        .route(
            "/questions",
            get(pages::show_questions).post(pages::submit_questions),
        )
        .route("/staying-safe", get(pages::show_staying_safe))
        .route("/tell", post(forward::submit_tell))
        .route("/assets/signpost.css", get(assets::stylesheet))
        .route("/assets/signpost.js", get(assets::script))
        .route("/healthz", get(api::health))
        .merge(api)
        .fallback(pages::not_found)
        .layer(axum::middleware::map_response(move |response| {
            security_headers(response, https)
        }))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_request(())
                .on_response(|response: &Response, latency: Duration, _span: &tracing::Span| {
                    tracing::info!(
                        status = response.status().as_u16(),
                        latency_ms = latency.as_millis() as u64,
                        "answered"
                    );
                })
                .on_failure(()),
        )
        .with_state(state)
}

/// The request span: method and route template only. Never the path as sent, the query
/// string, a header, the body, or the client's address.
fn request_span(request: &Request) -> tracing::Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("(no route)", |p| p.as_str());
    tracing::info_span!("request", method = %request.method(), route)
}

/// Headers on every response: nothing stored, nothing framed, nothing from elsewhere.
async fn security_headers(mut response: Response, https: bool) -> Response {
    let headers = response.headers_mut();
    let mut set = |name: HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(header::CACHE_CONTROL, "no-store");
    set(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "no-referrer");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(
        HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    );
    set(
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    if https {
        set(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        );
    }
    headers.remove(header::SET_COOKIE);
    response
}
