//! What every answer goes out in: the headers every response carries (nothing stored,
//! nothing framed, nothing from elsewhere, `Content-Language`), the CORS headers of the API
//! ([`crate::web::cors`], preflights answered here), and one log line per request with the
//! method, route template, status and latency. Never the path as sent, the query
//! string, a header, the body, or the client's address.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, header};
use axum::response::Response;
use tower::{Layer, Service};

use crate::i18n::Words;
use crate::web::cors;
use crate::web::routes::Endpoint;

/// The Content-Security-Policy of every response: nothing from another origin, no inline
/// script or style, no framing, forms post only to Signpost.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The one route whose handler logs (the mail relay's outcome), and so the one that runs
/// inside a request span.
const TELL: &str = Endpoint::Tell.path();

/// What every answer goes out in: for the API, the CORS headers (a preflight is answered here,
/// without calling the route); then the [`security_headers`], unless the answer was prepared
/// with them ([`kept_answer`]); then one log line with the method, route template, status
/// and latency. Never the path as sent, the query string, a
/// header, the body, or the client's address.
///
/// Requests to [`TELL`] run inside a `request` span carrying the method and route, so what the
/// mail relay logs says which request it belongs to. The other handlers log nothing, so their
/// line carries the method and route itself: a span per request would cost more than
/// answering from the cache. One layer, not two, because axum clones each layer of a route
/// for every request.
#[derive(Clone, Copy, Debug)]
pub struct EnvelopeLayer {
    /// Whether people reach Signpost over https (then browsers are told to keep to it).
    pub https: bool,
}

impl<S> Layer<S> for EnvelopeLayer {
    type Service = Envelope<S>;

    fn layer(&self, inner: S) -> Envelope<S> {
        Envelope {
            inner,
            https: self.https,
        }
    }
}

/// A route wrapped by [`EnvelopeLayer`].
#[derive(Clone, Debug)]
pub struct Envelope<S> {
    inner: S,
    https: bool,
}

impl<S> Service<Request> for Envelope<S>
where
    S: Service<Request, Response = Response>,
    S::Future: Unpin,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Enveloped<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Enveloped<S::Future> {
        let started = Instant::now();
        let method = request.method().clone();
        let route = request.extensions().get::<MatchedPath>().cloned();
        let api = route.as_ref().is_some_and(|route| cors::covers(route.as_str()));
        if api && method == Method::OPTIONS {
            return Enveloped {
                inner: None,
                https: self.https,
                api,
                started,
                method,
                route,
                span: None,
            };
        }
        let span = match &route {
            Some(route) if route.as_str() == TELL => Some(tracing::info_span!(
                "request",
                method = %method,
                route = route.as_str()
            )),
            _ => None,
        };
        let inner = match &span {
            Some(span) => span.in_scope(|| self.inner.call(request)),
            None => self.inner.call(request),
        };
        Enveloped {
            inner: Some(inner),
            https: self.https,
            api,
            started,
            method,
            route,
            span,
        }
    }
}

/// A request being answered; enveloped and logged when it is.
#[derive(Debug)]
pub struct Enveloped<F> {
    /// The route's answer; `None` for a preflight, answered here.
    inner: Option<F>,
    https: bool,
    /// Whether the route is part of the API (CORS).
    api: bool,
    started: Instant,
    method: Method,
    route: Option<MatchedPath>,
    span: Option<tracing::Span>,
}

impl<F, E> Future for Enveloped<F>
where
    F: Future<Output = Result<Response, E>> + Unpin,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.get_mut();
        let _entered = this.span.as_ref().map(tracing::Span::enter);
        let mut result = match &mut this.inner {
            Some(inner) => ready!(Pin::new(inner).poll(cx)),
            None => {
                let mut preflight = Response::new(axum::body::Body::empty());
                *preflight.headers_mut() = cors::preflight_headers();
                Ok(preflight)
            }
        };
        if let Ok(response) = &mut result
            && !prepared(response.headers())
        {
            // A preflight carries its own CORS headers.
            if this.api && this.inner.is_some() {
                cors::answer_headers(response.headers_mut());
            }
            security_headers(response.headers_mut(), this.https);
        }
        if let Ok(response) = &result {
            let status = response.status().as_u16();
            let elapsed = this.started.elapsed();
            crate::metrics::record_request(this.route.as_ref().map(MatchedPath::as_str), status, elapsed);
            let latency_ms = elapsed.as_millis() as u64;
            if this.span.is_some() {
                tracing::info!(status, latency_ms, "answered");
            } else {
                let route = this.route.as_ref().map_or("(no route)", |r| r.as_str());
                let method = &this.method;
                tracing::info!(%method, route, status, latency_ms, "answered");
            }
        }
        Poll::Ready(result)
    }
}

/// The headers every response carries, checked at compile time.
const SECURITY_HEADERS: [(HeaderName, HeaderValue); 7] = [
    (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    (
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    ),
    (
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    ),
    (header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")),
    (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
    (
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    ),
    (
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    ),
];

/// A `200` answer of kept bytes with a copy of prepared headers ([`crate::web::state::Shared::html_headers`] or
/// [`crate::web::state::Shared::json_headers`]), which carry every header the envelope would
/// add, in its order: the envelope sees that ([`prepared`]) and adds none.
pub fn kept_answer(body: axum::body::Body, headers: &HeaderMap) -> Response {
    let mut response = Response::new(body);
    *response.headers_mut() = headers.clone();
    response
}

/// Whether these headers were prepared with the envelope's own ([`kept_answer`]): the last of
/// the [`SECURITY_HEADERS`] is there. [`security_headers`] sets all of them or none, and no
/// handler sets one itself.
fn prepared(headers: &HeaderMap) -> bool {
    headers.contains_key(&SECURITY_HEADERS[SECURITY_HEADERS.len() - 1].0)
}

/// Headers on every response: nothing stored, nothing framed, nothing from elsewhere.
pub fn security_headers(headers: &mut HeaderMap, https: bool) {
    headers.reserve(SECURITY_HEADERS.len() + 1);
    for (name, value) in SECURITY_HEADERS {
        headers.insert(name, value);
    }
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    headers.remove(header::SET_COOKIE);
}

/// Sets `Content-Language` to the language of these words.
pub fn with_language(t: Words<'_>, mut response: Response) -> Response {
    if let Ok(value) = HeaderValue::from_str(t.tag()) {
        response.headers_mut().insert(header::CONTENT_LANGUAGE, value);
    }
    response
}
