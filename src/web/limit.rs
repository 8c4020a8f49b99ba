//! Who a request comes from, and the per-client limits on every POST ([`crate::web::limiter`]
//! keeps the counts). `X-Forwarded-For` is believed only from configured proxies, and then
//! only its rightmost hop that is not itself a trusted proxy.
//!
//! Past a limit the API answers a problem document and the questions page answers a calm page
//! that still lists where to get help (both from the extractors, [`crate::web::extract`], which
//! check the limit before reading a body); `/tell` checks its own limits (in
//! [`crate::web::tell`]) so that a refused message is handed back to the person. All carry
//! `Retry-After`.

use std::net::{IpAddr, SocketAddr};

use axum::extract::Request;
use axum::http::{Extensions, HeaderMap};

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

/// Counts one POST against `limiter` for the client of a request (its peer, from the
/// extensions the server loop fills, and its headers) and says whether it may go ahead.
/// The extractors of the limited routes ([`crate::web::extract`]) call it before reading the body.
pub fn check_post(
    state: &AppState,
    limiter: &ClientLimiter,
    extensions: &Extensions,
    headers: &HeaderMap,
) -> Decision {
    limiter.check(client_ip(
        extensions.get::<PeerAddr>().copied(),
        headers,
        &state.settings.server.trusted_proxies,
    ))
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
