//! Per-client counts, in memory only. A client is known by a keyed hash of its address (IPv6
//! grouped by /64); the key is random, never logged, and replaced with the whole table every
//! window, so no address outlives its window.
//!
//! The counts are split into [`SHARDS`] tables, each behind its own lock, so requests from
//! different clients seldom wait for each other: a client always lands in the same shard
//! (chosen by its address, not stored anywhere), and each shard keeps its own window, key and
//! table. Each table holds, per client, when its next event is due, as governor's GCRA keeps
//! it ([`Gcra::decide`], property-tested against governor itself).

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

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

/// How many tables the counts are split into: more than the cores of the small machines
/// Signpost runs on, so two requests rarely want the same lock.
pub const SHARDS: usize = 16;

/// The generic cell rate algorithm, with governor's numbers: one event every `t`
/// nanoseconds, and a burst of `limit` (a tolerance `tau` of `t × (limit − 1)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Gcra {
    t: u64,
    tau: u64,
}

impl Gcra {
    fn new(limit: u32, window: Duration) -> Gcra {
        let limit = limit.max(1);
        let t = u64::try_from((window / limit).as_nanos())
            .unwrap_or(u64::MAX)
            .max(1);
        Gcra {
            t,
            tau: t.saturating_mul(u64::from(limit - 1)),
        }
    }

    /// For an event at `now` (nanoseconds into the window) from a client whose next event was
    /// due at `due` (`None`: not seen this window): `Ok` with when its next one is due, or
    /// `Err` with how long it must wait.
    fn decide(self, due: Option<u64>, now: u64) -> Result<u64, u64> {
        let due = due.unwrap_or(now);
        let earliest = due.saturating_sub(self.tau);
        if now < earliest {
            Err(earliest - now)
        } else {
            Ok(due.max(now).saturating_add(self.t))
        }
    }
}

/// A table's keys are already keyed hashes: the table uses them as they are.
#[derive(Default)]
struct AlreadyHashed(u64);

impl Hasher for AlreadyHashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*byte);
        }
    }

    fn write_u64(&mut self, hashed: u64) {
        self.0 = hashed;
    }
}

/// One shard's window: when it started, its key, and when each client's next event is due
/// (nanoseconds since `started`).
struct Window {
    started: Instant,
    key: RandomState,
    due: HashMap<u64, u64, BuildHasherDefault<AlreadyHashed>>,
}

impl Window {
    fn fresh(now: Instant) -> Window {
        Window {
            started: now,
            key: RandomState::new(),
            due: HashMap::default(),
        }
    }
}

/// At most `limit` events per client in a burst, refilled over `window` (GCRA, as governor).
pub struct ClientLimiter {
    gcra: Gcra,
    window: Duration,
    shards: Box<[Mutex<Window>]>,
}

impl std::fmt::Debug for ClientLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientLimiter")
            .field("gcra", &self.gcra)
            .field("window", &self.window)
            .finish_non_exhaustive()
    }
}

impl ClientLimiter {
    /// A limiter allowing a burst of `limit` events per client, refilled evenly over `window`.
    pub fn new(limit: u32, window: Duration) -> Self {
        let now = Instant::now();
        ClientLimiter {
            gcra: Gcra::new(limit, window),
            window,
            shards: (0..SHARDS).map(|_| Mutex::new(Window::fresh(now))).collect(),
        }
    }

    /// Counts one event for `client` and says whether it may go ahead. A request whose client
    /// cannot be told is counted under one shared key.
    pub fn check(&self, client: Option<IpAddr>) -> Decision {
        let client = client.map(group);
        let mut window = self.shards[shard_of(client)]
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let now = Instant::now();
        if now.duration_since(window.started) >= self.window {
            // A new window: forget every client of this shard and change its key.
            *window = Window::fresh(now);
        }
        let since_start = u64::try_from(now.duration_since(window.started).as_nanos()).unwrap_or(u64::MAX);
        let hashed = window.key.hash_one(client);
        let due = window.due.get(&hashed).copied();
        match self.gcra.decide(due, since_start) {
            Ok(next) => {
                window.due.insert(hashed, next);
                Decision::Allow
            }
            Err(wait) => {
                drop(window);
                crate::metrics::rate_limited();
                Decision::Refuse {
                    retry_after: RetryAfter(Duration::from_nanos(wait).max(Duration::from_secs(1))),
                }
            }
        }
    }
}

/// The shard a (grouped) client's counts live in: a mix of its address's bits, the same for
/// every request of that client.
fn shard_of(client: Option<IpAddr>) -> usize {
    let bits = match client {
        None => 0,
        Some(IpAddr::V4(v4)) => u64::from(v4.to_bits()),
        Some(IpAddr::V6(v6)) => {
            let bits = v6.to_bits();
            (bits >> 64) as u64 ^ bits as u64
        }
    };
    (bits.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 60) as usize % SHARDS
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
    fn clients_in_every_shard_are_counted_apart() {
        let limiter = ClientLimiter::new(1, Duration::from_secs(60));
        let clients: Vec<Option<IpAddr>> = (0..64u8)
            .map(|last| Some(IpAddr::from([192, 0, 2, last])))
            .collect();
        let shards: std::collections::HashSet<usize> = clients.iter().map(|c| shard_of(*c)).collect();
        assert!(shards.len() > SHARDS / 2, "addresses spread over the shards");
        for client in &clients {
            assert_eq!(limiter.check(*client), Decision::Allow);
        }
        for client in &clients {
            assert!(matches!(limiter.check(*client), Decision::Refuse { .. }));
        }
        assert_eq!(
            limiter.check(None),
            Decision::Allow,
            "the unknown client is one more"
        );
    }

    #[test]
    fn a_new_window_forgets_every_client() {
        let limiter = ClientLimiter::new(1, Duration::from_millis(30));
        let one = Some("192.0.2.1".parse().unwrap());
        assert_eq!(limiter.check(one), Decision::Allow);
        assert!(matches!(limiter.check(one), Decision::Refuse { .. }));
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(limiter.check(one), Decision::Allow);
    }

    proptest::proptest! {
        /// The same decisions, and the same waits, as governor's keyed limiter (which
        /// Signpost used before) for any quota and any spacing of events.
        #[test]
        fn decisions_are_governors(
            limit in 1u32..6,
            window_ms in 1u64..20_000,
            gaps_ms in proptest::collection::vec(0u64..5_000, 1..40),
        ) {
            use governor::clock::FakeRelativeClock;
            let window = Duration::from_millis(window_ms);
            let quota = governor::Quota::with_period(window / limit)
                .unwrap()
                .allow_burst(std::num::NonZeroU32::new(limit).unwrap());
            let clock = FakeRelativeClock::default();
            let theirs = governor::RateLimiter::direct_with_clock(quota, clock.clone());
            let ours = Gcra::new(limit, window);
            let (mut due, mut now) = (None, 0u64);
            for gap in gaps_ms {
                clock.advance(Duration::from_millis(gap));
                now += gap * 1_000_000;
                let expected = theirs.check().map_err(|not_until| {
                    not_until.wait_time_from(governor::clock::Clock::now(&clock))
                });
                let decided = ours.decide(due, now);
                if let Ok(next) = decided {
                    due = Some(next);
                }
                proptest::prop_assert_eq!(decided.map(|_| ()).map_err(Duration::from_nanos), expected);
            }
        }
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
