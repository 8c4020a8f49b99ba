//! Plans served per concern × country, counted in fixed windows and reported only once a
//! window is complete, with small cells folded into "other", so a scrape can never tell one
//! person's plan from another's.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering::Relaxed};
use std::sync::{Mutex, PoisonError};

use super::{COUNTRY_SLOTS, PLAN_REPORT_FLOOR, PLAN_WINDOW};
use crate::routing::{ConcernKind, CountryCode};

/// Plans counted per concern × country in fixed windows: the current one fills while the
/// previous one, complete, is what is reported. Two tables used in turn, by window parity.
pub(super) struct PlanWindows {
    /// The window being filled, as `unix seconds / window length`.
    current: AtomicU64,
    tables: [Box<[AtomicU32]>; 2],
    /// Held while a new window starts (once per window) and while reading.
    turning: Mutex<()>,
}

impl PlanWindows {
    pub(super) fn new() -> PlanWindows {
        let table = || {
            (0..ConcernKind::ALL.len() * COUNTRY_SLOTS)
                .map(|_| AtomicU32::new(0))
                .collect()
        };
        PlanWindows {
            current: AtomicU64::new(0),
            tables: [table(), table()],
            turning: Mutex::new(()),
        }
    }

    fn window_of(unix_seconds: u64) -> u64 {
        unix_seconds / PLAN_WINDOW.as_secs()
    }

    fn cell(kind: ConcernKind, country: CountryCode) -> usize {
        let [a, b] = country.as_str().as_bytes() else {
            unreachable!("BUG: a CountryCode is two letters")
        };
        let country = usize::from(a - b'A') * 26 + usize::from(b - b'A');
        kind.index() * COUNTRY_SLOTS + country
    }

    pub(super) fn count(&self, kind: ConcernKind, country: CountryCode, unix_seconds: u64) {
        let window = Self::window_of(unix_seconds);
        if self.current.load(std::sync::atomic::Ordering::Acquire) != window {
            self.turn_to(window);
        }
        self.tables[(window % 2) as usize][Self::cell(kind, country)].fetch_add(1, Relaxed);
    }

    /// Starts `window`: its table is emptied (it held the window before last), and the
    /// previous table too if the previous window was skipped (no plan in it).
    fn turn_to(&self, window: u64) {
        let _turning = self.turning.lock().unwrap_or_else(PoisonError::into_inner);
        let current = self.current.load(std::sync::atomic::Ordering::Acquire);
        if current >= window {
            return;
        }
        let empty = |table: &[AtomicU32]| table.iter().for_each(|c| c.store(0, Relaxed));
        empty(&self.tables[(window % 2) as usize]);
        if current + 1 != window {
            empty(&self.tables[((window + 1) % 2) as usize]);
        }
        self.current.store(window, std::sync::atomic::Ordering::Release);
    }

    /// The last complete window's cells as (concern, country or `None` for "other", plans),
    /// with the floor applied; empty cells are left out.
    pub(super) fn last_complete(&self, unix_seconds: u64) -> Vec<(ConcernKind, Option<CountryCode>, u32)> {
        let now = Self::window_of(unix_seconds);
        let _turning = self.turning.lock().unwrap_or_else(PoisonError::into_inner);
        let current = self.current.load(std::sync::atomic::Ordering::Acquire);
        let mut cells = Vec::new();
        // The table of window `now - 1` holds it only if that window is the one being filled
        // (it has just ended) or the one before the one being filled.
        if now == 0 || !(current == now || current + 1 == now) {
            return cells;
        }
        let table = &self.tables[((now - 1) % 2) as usize];
        for kind in ConcernKind::ALL {
            let mut other = 0;
            for country in CountryCode::all() {
                let plans = table[Self::cell(*kind, country)].load(Relaxed);
                if plans >= PLAN_REPORT_FLOOR {
                    cells.push((*kind, Some(country), plans));
                } else {
                    other += plans;
                }
            }
            if other > 0 {
                cells.push((*kind, None, other));
            }
        }
        cells
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routing::{Concern, Reporter, Urgency};

    fn concern(kind: ConcernKind, country: &str) -> Concern {
        Concern {
            country: CountryCode::parse(country).unwrap(),
            reporter: Reporter::Adult,
            kind,
            urgency: Urgency::NotImmediate,
            platform: None,
        }
    }

    #[test]
    fn small_cells_are_reported_as_other_and_only_once_their_window_is_complete() {
        let windows = PlanWindows::new();
        let hour = PLAN_WINDOW.as_secs();
        let start = 1000 * hour;
        let gb = concern(ConcernKind::ALL[0], "GB");
        let is = concern(ConcernKind::ALL[0], "IS");
        for _ in 0..12 {
            windows.count(gb.kind, gb.country, start + 5);
        }
        for _ in 0..3 {
            windows.count(is.kind, is.country, start + 7);
        }
        assert!(
            windows.last_complete(start + 10).is_empty(),
            "the window being filled is never reported"
        );
        let reported = windows.last_complete(start + hour + 1);
        assert_eq!(
            reported,
            vec![(gb.kind, Some(gb.country), 12), (is.kind, None, 3)],
            "GB has 10 or more: its own label; IS has fewer: other"
        );
        windows.count(gb.kind, gb.country, start + hour + 2);
        assert_eq!(
            windows.last_complete(start + hour + 3),
            reported,
            "a new window filling does not change the report"
        );
        assert!(
            windows.last_complete(start + 3 * hour).is_empty(),
            "a window with no plans reports none"
        );
        windows.count(gb.kind, gb.country, start + 3 * hour);
        assert!(
            windows
                .last_complete(start + 4 * hour)
                .iter()
                .all(|(_, c, _)| c.is_none())
        );
    }
}
