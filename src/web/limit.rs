//! Who a request comes from, and the per-client limits on every POST ([`crate::web::limiter`]
//! keeps the counts). `X-Forwarded-For` is believed only from configured proxies, and then
//! only its rightmost hop that is not itself a trusted proxy.
//!
//! Past a limit the API answers a problem document and the questions page answers a calm page
//! that still lists where to get help; `/tell` checks its own limits (in [`crate::web::tell`])
//! so that a refused message is handed back to the person. All carry `Retry-After`.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::web::error::WebError;
use crate::web::error_page::error_page;
use crate::web::language::locale_for;
pub use crate::web::limiter::{ClientLimiter, Decision};
use crate::web::state::AppState;

/// The TCP peer of a connection, put in each request's extensions by the server loop.
#[derive(Clone, Copy, Debug)]
pub struct PeerAddr(pub SocketAddr);

/// The client a request comes from: the peer, or the forwarded address from a trusted proxy.
pub fn client_ip(peer: Option<PeerAddr>, headers: &HeaderMap, trusted_proxies: &[IpAddr]) -> Option<IpAddr> {
    let peer = peer?.0.ip();
    if !trusted_proxies.contains(&peer) {
        return Some(peer);
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|hop| hop.trim().parse::<IpAddr>().ok())
        .collect();
    Some(
        forwarded
            .into_iter()
            .rev()
            .find(|hop| !trusted_proxies.contains(hop))
            .unwrap_or(peer),
    )
}

/// The client of a request, as [`client_ip`] sees it under the configured proxies.
pub fn request_client(state: &AppState, request: &Request) -> Option<IpAddr> {
    client_ip(
        request.extensions().get::<PeerAddr>().copied(),
        request.headers(),
        &state.settings.server.trusted_proxies,
    )
}

/// Middleware for `POST /questions`: past the per-client limit, a 429 page that says
/// answering and forwarding are paused and still lists the international hotline and child
/// helpline. Other methods pass untouched.
pub async fn limit_form_posts(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    match state.form_limiter.check(request_client(&state, &request)) {
        Decision::Allow => next.run(request).await,
        Decision::Refuse { retry_after } => {
            // The body (and any language chosen in it) is not read past a limit: the browser's
            // languages decide.
            let locale = locale_for(&state, None, request.headers());
            error_page(&state, locale, WebError::RateLimited(retry_after))
        }
    }
}

/// Middleware for `POST /api/v1/route`: past the per-client limit, a 429 problem document
/// with `Retry-After`.
pub async fn limit_api_posts(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    match state.api_limiter.check(request_client(&state, &request)) {
        Decision::Allow => next.run(request).await,
        Decision::Refuse { retry_after } => WebError::RateLimited(retry_after).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(forwarded: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", forwarded.parse().unwrap());
        headers
    }

    #[test]
    fn forwarded_addresses_are_believed_only_from_trusted_proxies() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let client: IpAddr = "198.51.100.7".parse().unwrap();
        let from_proxy = Some(PeerAddr(SocketAddr::new(proxy, 1)));
        let direct = Some(PeerAddr(SocketAddr::new(client, 1)));
        let spoofed = headers("203.0.113.9, 198.51.100.7");
        assert_eq!(
            client_ip(from_proxy, &spoofed, &[proxy]),
            Some(client),
            "rightmost untrusted hop"
        );
        assert_eq!(
            client_ip(direct, &headers("203.0.113.9"), &[proxy]),
            Some(client),
            "a direct client cannot claim another address"
        );
        assert_eq!(
            client_ip(from_proxy, &headers("198.51.100.7"), &[]),
            Some(proxy),
            "no trusted proxies, no forwarding"
        );
    }
}
