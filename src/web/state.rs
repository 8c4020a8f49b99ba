//! What every handler can read: the router, the settings, the per-client limits, the kept
//! answers and who "Also tell" reaches, behind one `Arc`, swapped whole on reload and when a
//! recipient's key changes state.

use std::ops::Deref;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::sync::Notify;

use axum::http::{HeaderMap, HeaderValue, header};

use crate::config::Settings;
use crate::i18n::Catalogs;
use crate::routing::Router;
use crate::web::cache;
use crate::web::cors;
use crate::web::envelope::security_headers;
use crate::web::limiter::ClientLimiter;

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
    /// The OpenAPI document, built on first request (by [`crate::web::api::show_openapi`]).
    pub openapi: std::sync::OnceLock<axum::body::Bytes>,
    /// Per-client limit on forwarded messages.
    pub send_limiter: Arc<ClientLimiter>,
    /// Per-client limit on `POST /questions` and `POST /tell`.
    pub form_limiter: Arc<ClientLimiter>,
    /// Per-client limit on `POST /api/v1/route`.
    pub api_limiter: Arc<ClientLimiter>,
    /// Pages and JSON answers rendered once, served again.
    pub cache: cache::Rendered,
    /// The headers of a kept page, by language: its content type, the envelope's headers and
    /// `Content-Language`, so a kept answer starts with a copy instead of building them (see
    /// [`crate::web::envelope::kept_answer`]).
    pub html_headers: Box<[HeaderMap]>,
    /// The headers of a kept JSON answer, by language: its content type, `Content-Language`, the
    /// CORS headers and the security headers, in the order they have always gone out.
    pub json_headers: Box<[HeaderMap]>,
    /// Who "Also tell" reaches, as this state was built: the names of the recipients a message
    /// went to then, joined. `None` when mail is off or every recipient is disabled: the plan
    /// page then says nothing of telling anyone. Kept pages are rendered from this, so a
    /// change of it swaps in a fresh state (see [`crate::reload::Live::refresh_keys`]).
    pub tell_offer: Option<String>,
    /// Whether `POST /tell` is answered at all: decided when the configuration was loaded or
    /// reloaded (someone could be sent to then), and kept when a key changes state while
    /// running, so a person who already has the form is told plainly what happened to their
    /// message and keeps their words.
    pub tell_open: bool,
    /// Woken when a send finds the recipients changed since [`Shared::tell_offer`], so the key
    /// watch looks again at once. The same one across reloads.
    pub key_change: Arc<Notify>,
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
        Self::build(Arc::new(settings), router, Arc::new(Notify::new()))
    }

    /// Who "Also tell" reaches at `now` under `settings` (see [`Shared::tell_offer`]).
    pub fn offer_at(settings: &Settings, now: SystemTime) -> Option<String> {
        let names = settings.mail.as_ref()?.enabled_names(now);
        (!names.is_empty()).then(|| names.join(", "))
    }

    fn build(settings: Arc<Settings>, router: Arc<Router>, key_change: Arc<Notify>) -> Self {
        let https = settings.server.https;
        let limits = settings.server.rate_limits;
        let locales = settings.pages.catalogs.all().len();
        // In the order the headers have always gone out: a page's security headers before its
        // language; a JSON answer's language, then CORS, then the security headers.
        let kept = |content_type: &'static str, api: bool| -> Box<[HeaderMap]> {
            let catalogs = settings.pages.catalogs.all();
            let tags = catalogs.iter().map(|catalog| catalog.tag());
            tags.map(|tag| {
                let mut headers = HeaderMap::with_capacity(16);
                headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
                if !api {
                    security_headers(&mut headers, https);
                }
                if let Ok(language) = HeaderValue::from_str(tag) {
                    headers.insert(header::CONTENT_LANGUAGE, language);
                }
                if api {
                    cors::answer_headers(&mut headers);
                    security_headers(&mut headers, https);
                }
                headers
            })
            .collect()
        };
        let html_headers = kept("text/html; charset=utf-8", false);
        let tell_offer = Self::offer_at(&settings, SystemTime::now());
        AppState(Arc::new(Shared {
            tell_open: tell_offer.is_some(),
            tell_offer,
            key_change,
            html_headers,
            json_headers: kept("application/json", true),
            router,
            settings,
            openapi: std::sync::OnceLock::new(),
            send_limiter: Arc::new(ClientLimiter::new(limits.sends_per_15_minutes, SEND_WINDOW)),
            form_limiter: Arc::new(ClientLimiter::new(limits.form_posts_per_minute, POST_WINDOW)),
            api_limiter: Arc::new(ClientLimiter::new(limits.api_posts_per_minute, POST_WINDOW)),
            cache: cache::Rendered::new(locales),
        }))
    }

    /// State for a reloaded configuration: built as [`AppState::new`] builds it, keeping each
    /// per-client limit whose quota is unchanged, so a reload never hands a flood or a spammer
    /// a fresh allowance. A changed quota starts afresh.
    pub fn reloaded(&self, settings: Settings, router: Arc<Router>) -> Self {
        self.rebuilt(Arc::new(settings), router)
    }

    /// The same configuration, built again now that a recipient's key changed state: the kept
    /// pages start afresh (so the plan page offers "Also tell" to whoever can be sent to now),
    /// the limits are kept, and `POST /tell` stays answered as it was.
    pub fn keys_changed(&self) -> Self {
        let mut next = self.rebuilt(Arc::clone(&self.settings), Arc::clone(&self.router));
        let shared = Arc::get_mut(&mut next.0).expect("BUG: state just built is not shared yet");
        shared.tell_open = self.tell_open;
        next
    }

    fn rebuilt(&self, settings: Arc<Settings>, router: Arc<Router>) -> Self {
        let (before, after) = (self.settings.server.rate_limits, settings.server.rate_limits);
        let mut next = Self::build(settings, router, Arc::clone(&self.key_change));
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
