//! What every handler can read: the router, the settings, the per-client limits and the
//! kept answers, behind one `Arc`, swapped whole on reload.

use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use axum::http::{HeaderMap, HeaderValue, header};

use crate::config::Settings;
use crate::i18n::Catalogs;
use crate::routing::Router;
use crate::web::envelope::security_headers;
use crate::web::{api, cache, limit};

/// What every handler can read, behind one `Arc` so that handing it to a handler costs one
/// reference count.
#[derive(Clone, Debug)]
pub struct AppState(Arc<Shared>);

/// The contents of [`AppState`]. Immutable after start-up, except [`Shared::cache`], which only
/// ever holds what the immutable parts render.
#[derive(Debug)]
pub struct Shared {
    /// The checked directory and rules.
    pub router: Arc<Router>,
    /// Settings, typed.
    pub settings: Arc<Settings>,
    /// The OpenAPI document, built once.
    pub openapi: axum::body::Bytes,
    /// Per-client limit on forwarded messages.
    pub send_limiter: Arc<limit::ClientLimiter>,
    /// Per-client limit on `POST /questions` and `POST /tell`.
    pub form_limiter: Arc<limit::ClientLimiter>,
    /// Per-client limit on `POST /api/v1/route`.
    pub api_limiter: Arc<limit::ClientLimiter>,
    /// Pages and JSON answers rendered once, served again.
    pub cache: cache::Rendered,
    /// The headers of a kept page: its content type and the envelope's headers, so a kept
    /// answer starts with a copy instead of building them (see [`crate::web::envelope::kept_answer`]).
    pub html_headers: HeaderMap,
    /// The headers of a kept JSON answer: its content type only, with room for the rest, since
    /// CORS adds its headers before the envelope does and the order is kept as it always was.
    pub json_headers: HeaderMap,
}

impl Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl AppState {
    /// State for these settings and this router.
    pub fn new(settings: Settings, router: Arc<Router>) -> Self {
        let https = settings.server.https;
        let limits = settings.server.rate_limits;
        let locales = settings.pages.catalogs.all().len();
        let catalogs = &settings.pages.catalogs;
        let languages: Vec<&str> = catalogs
            .offered()
            .iter()
            .map(|l| catalogs.catalog(*l).tag())
            .collect();
        let openapi = api::openapi_json(&languages).into();
        let typed = |content_type: &'static str| {
            let mut headers = HeaderMap::with_capacity(16);
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            headers
        };
        let mut html_headers = typed("text/html; charset=utf-8");
        security_headers(&mut html_headers, https);
        AppState(Arc::new(Shared {
            html_headers,
            json_headers: typed("application/json"),
            router,
            settings: Arc::new(settings),
            openapi,
            send_limiter: Arc::new(limit::ClientLimiter::new(
                limits.sends_per_15_minutes,
                SEND_WINDOW,
            )),
            form_limiter: Arc::new(limit::ClientLimiter::new(
                limits.form_posts_per_minute,
                POST_WINDOW,
            )),
            api_limiter: Arc::new(limit::ClientLimiter::new(
                limits.api_posts_per_minute,
                POST_WINDOW,
            )),
            cache: cache::Rendered::new(locales),
        }))
    }

    /// State for a reloaded configuration: built as [`AppState::new`] builds it, keeping each
    /// per-client limit whose quota is unchanged, so a reload never hands a flood or a spammer
    /// a fresh allowance. A changed quota starts afresh.
    pub fn reloaded(&self, settings: Settings, router: Arc<Router>) -> Self {
        let (before, after) = (self.settings.server.rate_limits, settings.server.rate_limits);
        let mut next = Self::new(settings, router);
        let shared = Arc::get_mut(&mut next.0).expect("BUG: state just built is not shared yet");
        if before.sends_per_15_minutes == after.sends_per_15_minutes {
            shared.send_limiter = Arc::clone(&self.send_limiter);
        }
        if before.form_posts_per_minute == after.form_posts_per_minute {
            shared.form_limiter = Arc::clone(&self.form_limiter);
        }
        if before.api_posts_per_minute == after.api_posts_per_minute {
            shared.api_limiter = Arc::clone(&self.api_limiter);
        }
        next
    }

    /// Where "Leave this site" goes.
    pub fn exit_url(&self) -> &str {
        self.settings.pages.exit_url.as_str()
    }

    /// The catalogs the pages and answers speak from.
    pub fn catalogs(&self) -> &Catalogs {
        &self.settings.pages.catalogs
    }
}

/// Messages one client may forward per `SEND_WINDOW` unless configured: enough for a person,
/// too few for a spammer.
pub const SENDS_PER_WINDOW: u32 = crate::config::RateLimits::DEFAULT.sends_per_15_minutes;

/// The window of the forwarding limit.
pub const SEND_WINDOW: Duration = Duration::from_secs(15 * 60);

/// The window of the limits on form and API posts.
pub const POST_WINDOW: Duration = Duration::from_secs(60);
