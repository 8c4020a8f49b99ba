//! Per-client rate limits, in memory only. A client is known by a keyed hash of its address
//! (IPv6 grouped by /64); the key is random, never logged, and replaced with the whole table
//! every window, so no address outlives its window. `X-Forwarded-For` is believed only from
//! configured proxies, and then only its rightmost hop that is not itself a trusted proxy.
//!
//! Every POST is limited. Past a limit the API answers a problem document and the questions
//! page answers a calm page that still lists where to get help; `/tell` checks its own limits
//! (in `forward`) so that a refused message is handed back to the person. All carry
//! `Retry-After`.

use std::hash::{BuildHasher, RandomState};
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use std::num::NonZeroU32;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::Quota;

use crate::web::AppState;
use crate::web::error::{RetryAfter, WebError};
use crate::web::error_page::error_page;
use crate::web::language::locale_for;

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

/// What a rate limit says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Go ahead.
    Allow,
    /// Too many: try again after this long.
    Refuse {
        /// When the client may try again.
        retry_after: RetryAfter,
    },
}

struct Window {
    started: Instant,
    key: RandomState,
    limiter: governor::DefaultKeyedRateLimiter<u64>,
}

/// At most `limit` events per client in a burst, refilled over `window` (governor's GCRA).
pub struct ClientLimiter {
    quota: Quota,
    window: Duration,
    state: Mutex<Window>,
}

impl std::fmt::Debug for ClientLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientLimiter")
            .field("quota", &self.quota)
            .field("window", &self.window)
            .finish_non_exhaustive()
    }
}

impl ClientLimiter {
    /// A limiter allowing a burst of `limit` events per client, refilled evenly over `window`.
    pub fn new(limit: u32, window: Duration) -> Self {
        let limit = NonZeroU32::new(limit.max(1)).expect("BUG: max(1) is never zero");
        let quota = Quota::with_period(window / limit.get())
            .expect("BUG: a rate-limit window is longer than zero")
            .allow_burst(limit);
        ClientLimiter {
            quota,
            window,
            state: Mutex::new(Self::fresh(quota)),
        }
    }

    fn fresh(quota: Quota) -> Window {
        Window {
            started: Instant::now(),
            key: RandomState::new(),
            limiter: governor::RateLimiter::hashmap(quota),
        }
    }

    /// Counts one event for `client` and says whether it may go ahead. A request whose client
    /// cannot be told is counted under one shared key.
    pub fn check(&self, client: Option<IpAddr>) -> Decision {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if state.started.elapsed() >= self.window {
            // A new window: forget every client and change the key.
            *state = Self::fresh(self.quota);
        }
        let hashed = state.key.hash_one(client.map(group));
        match state.limiter.check_key(&hashed) {
            Ok(()) => Decision::Allow,
            Err(not_until) => {
                crate::metrics::rate_limited();
                let wait = not_until.wait_time_from(governor::clock::Clock::now(state.limiter.clock()));
                Decision::Refuse {
                    retry_after: RetryAfter(wait.max(Duration::from_secs(1))),
                }
            }
        }
    }
}

/// IPv6 clients are grouped by their /64 (one household or phone usually has a whole /64).
fn group(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => {
            let segments = v6.segments();
            IpAddr::V6(std::net::Ipv6Addr::new(
                segments[0],
                segments[1],
                segments[2],
                segments[3],
                0,
                0,
                0,
                0,
            ))
        }
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

    #[test]
    fn a_client_past_its_limit_is_refused_with_a_retry_time() {
        let limiter = ClientLimiter::new(2, Duration::from_secs(60));
        let one = Some("192.0.2.1".parse().unwrap());
        let other = Some("192.0.2.2".parse().unwrap());
        assert_eq!(limiter.check(one), Decision::Allow);
        assert_eq!(limiter.check(one), Decision::Allow);
        assert!(
            matches!(limiter.check(one), Decision::Refuse { retry_after } if retry_after.0 <= Duration::from_secs(60))
        );
        assert_eq!(limiter.check(other), Decision::Allow, "others are not affected");
    }

    #[test]
    fn ipv6_clients_share_their_64() {
        let limiter = ClientLimiter::new(1, Duration::from_secs(60));
        assert_eq!(
            limiter.check(Some("2001:db8:1:2::1".parse().unwrap())),
            Decision::Allow
        );
        assert!(matches!(
            limiter.check(Some("2001:db8:1:2::ffff".parse().unwrap())),
            Decision::Refuse { .. }
        ));
        assert_eq!(
            limiter.check(Some("2001:db8:1:3::1".parse().unwrap())),
            Decision::Allow
        );
    }
}
