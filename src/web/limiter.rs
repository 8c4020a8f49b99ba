//! Per-client counts, in memory only. A client is known by a keyed hash of its address (IPv6
//! grouped by /64); the key is random, never logged, and replaced with the whole table every
//! window, so no address outlives its window.

use std::hash::{BuildHasher, RandomState};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::Quota;

use crate::web::error::RetryAfter;

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
