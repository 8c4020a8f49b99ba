//! Pages and JSON answers rendered once and served again, byte for byte. Every key is made
//! of enumerated answers only (the language; a country, a concern, a reporter, a danger
//! answer; for the start and questions pages the browser's region), so nothing a person typed can reach this
//! memory, and one person's answer can never appear in another's. Error pages and everything
//! under `/tell` are rendered per request and never kept here. Browsers are still told
//! `no-store`: this is the server's memory, not theirs.
//!
//! Memory is bounded: one start page per language and region (251 regions at most, ~2 KB
//! each), one questions page and one staying-safe page per language, and two [`Bounded`] tables (plan pages and JSON plans) that
//! never hold more than their byte budgets.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU16, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError, RwLock};
use std::task::{Context, Poll};

use axum::body::{Body, Bytes};
use hyper::body::{Frame, SizeHint};

use crate::i18n::Locale;
use crate::routing::{Concern, ConcernKind, CountryCode, Reporter, Urgency};

/// Most bytes of plan pages kept: about 170 pages of ~6 KB, every plan of five countries.
/// Others are rendered per request, and kept in place of those asked for least.
pub const PLAN_PAGE_BUDGET: usize = 1024 * 1024;

/// Most bytes of JSON plans kept: about 220 answers of ~2.3 KB.
pub const PLAN_JSON_BUDGET: usize = 512 * 1024;

/// Most renderings each [`Bounded`] table keeps, however small they are.
pub const KEPT_PER_TABLE: usize = 512;

/// Every rendered answer Signpost keeps.
#[derive(Debug)]
pub struct Rendered {
    /// `GET /`, by language and the browser's region (see [`Rendered::start_slot`]).
    pub start: PerRegion,
    /// `GET /questions`, by language: one page, with where each country's option is
    /// selected (`None` when the page could not be split so; then it is rendered per request).
    pub questions: Box<[OnceLock<Option<Spliced>>]>,
    /// `GET /staying-safe`, by language.
    pub staying_safe: Box<[OnceLock<Bytes>]>,
    /// `POST /questions` answered with a plan, by language and concern.
    pub plan_pages: Bounded,
    /// `POST /api/v1/route` answered with a plan, by language and concern.
    pub plan_json: Bounded,
    locales: usize,
}

impl Default for Rendered {
    fn default() -> Self {
        Self::new(1)
    }
}

impl Rendered {
    /// Empty tables for this many languages; they fill as answers are asked for.
    pub fn new(locales: usize) -> Self {
        let locales = locales.max(1);
        let countries = CountryCode::COUNT;
        let concerns = countries * ConcernKind::ALL.len() * Reporter::ALL.len() * 2 * locales;
        Rendered {
            start: PerRegion::new((countries + 1) * locales),
            questions: (0..locales).map(|_| OnceLock::new()).collect(),
            staying_safe: (0..locales).map(|_| OnceLock::new()).collect(),
            plan_pages: Bounded::new(concerns, KEPT_PER_TABLE, PLAN_PAGE_BUDGET),
            plan_json: Bounded::new(concerns, KEPT_PER_TABLE, PLAN_JSON_BUDGET),
            locales,
        }
    }

    /// The slot of a language and region in [`Rendered::start`].
    pub fn start_slot(&self, locale: Locale, country: Option<CountryCode>) -> usize {
        locale.index() * (CountryCode::COUNT + 1) + self.region_slot(country)
    }

    /// The slot of a region in [`PerRegion`] and [`Spliced`]: 0 for none, else the
    /// country's place among all accepted codes, plus one.
    pub fn region_slot(&self, country: Option<CountryCode>) -> usize {
        country.map_or(0, |c| c.index() + 1)
    }

    /// The slot of a concern in a [`Bounded`] table: one per country × concern ×
    /// reporter × danger × language.
    pub fn concern_slot(&self, locale: Locale, concern: &Concern) -> usize {
        let danger = match concern.urgency {
            Urgency::ImmediateDanger => 0,
            Urgency::NotImmediate => 1,
        };
        (((concern.country.index() * ConcernKind::ALL.len() + concern.kind.index()) * Reporter::ALL.len()
            + concern.reporter.index())
            * 2
            + danger)
            * self.locales
            + locale.index().min(self.locales - 1)
    }
}

/// One rendering per region, kept for good: the key space is the 250 countries and none.
#[derive(Debug)]
pub struct PerRegion {
    slots: Box<[OnceLock<Bytes>]>,
}

impl PerRegion {
    fn new(slots: usize) -> Self {
        PerRegion {
            slots: (0..slots).map(|_| OnceLock::new()).collect(),
        }
    }

    /// The kept rendering, or `render`'s, which is kept if it succeeds.
    pub fn get_or_try_insert<E>(
        &self,
        slot: usize,
        render: impl FnOnce() -> Result<Bytes, E>,
    ) -> Result<Bytes, E> {
        let cell = &self.slots[slot];
        if let Some(bytes) = cell.get() {
            return Ok(bytes.clone());
        }
        let bytes = render()?;
        Ok(cell.get_or_init(|| bytes).clone())
    }
}

/// A table of renderings, one per key, that never holds more than `capacity` renderings or
/// `budget` bytes. When a new one does not fit, older ones go, least recently asked for
/// first (the CLOCK approximation: a hit marks an entry; the hand spares a marked entry once,
/// unmarking it, and evicts an unmarked one).
///
/// Memory: two bytes per key (which entry holds it) plus one small entry per rendering kept,
/// allocated on the first insertion, plus the renderings. Hits take one read lock, on their
/// own entry; insertions are serialised.
#[derive(Debug)]
pub struct Bounded {
    /// Per key: the number of the entry holding it, plus one; 0 for none. May be stale: an
    /// entry says which key it holds, and a lookup checks.
    index: OnceLock<Box<[AtomicU16]>>,
    entries: OnceLock<Box<[Entry]>>,
    keys: usize,
    capacity: usize,
    budget: usize,
    clock: Mutex<Clock>,
}

#[derive(Debug, Default)]
struct Entry {
    kept: RwLock<Option<(usize, Bytes)>>,
    asked: AtomicBool,
}

#[derive(Debug, Default)]
struct Clock {
    hand: usize,
    stored: usize,
}

impl Bounded {
    /// A table for keys `0..keys`, keeping at most `capacity` renderings and `budget`
    /// bytes (`capacity` is at most 65,535).
    pub fn new(keys: usize, capacity: usize, budget: usize) -> Self {
        assert!(
            (1..=usize::from(u16::MAX)).contains(&capacity),
            "BUG: a Bounded capacity is 1 to 65,535"
        );
        Bounded {
            index: OnceLock::new(),
            entries: OnceLock::new(),
            keys,
            capacity,
            budget,
            clock: Mutex::new(Clock::default()),
        }
    }

    /// The kept rendering, or `render`'s, which is kept (within the bounds) if it succeeds.
    pub fn get_or_try_insert<E>(
        &self,
        key: usize,
        render: impl FnOnce() -> Result<Bytes, E>,
    ) -> Result<Bytes, E> {
        if let Some(bytes) = self.get(key) {
            return Ok(bytes);
        }
        let bytes = render()?;
        self.insert(key, bytes.clone());
        Ok(bytes)
    }

    /// The kept rendering, marking it as asked for.
    pub fn get(&self, key: usize) -> Option<Bytes> {
        let at = usize::from(self.index.get()?[key].load(Ordering::Acquire));
        let entry = self.entries.get()?.get(at.checked_sub(1)?)?;
        let bytes = match &*entry.kept.read().unwrap_or_else(PoisonError::into_inner) {
            Some((held, bytes)) if *held == key => bytes.clone(),
            _ => return None,
        };
        if !entry.asked.load(Ordering::Relaxed) {
            entry.asked.store(true, Ordering::Relaxed);
        }
        Some(bytes)
    }

    /// Keeps a rendering, evicting others until it fits. One larger than the whole budget
    /// is not kept.
    pub fn insert(&self, key: usize, bytes: Bytes) {
        if bytes.len() > self.budget || key >= self.keys {
            return;
        }
        let index = self
            .index
            .get_or_init(|| (0..self.keys).map(|_| AtomicU16::new(0)).collect());
        let entries = self
            .entries
            .get_or_init(|| (0..self.capacity).map(|_| Entry::default()).collect());
        let mut clock = self.clock.lock().unwrap_or_else(PoisonError::into_inner);
        if self.get(key).is_some() {
            return;
        }
        // Terminates: each sweep unmarks every entry, so the next evicts until it fits.
        let at = loop {
            let at = clock.hand;
            clock.hand = (clock.hand + 1) % entries.len();
            let entry = &entries[at];
            let mut kept = entry.kept.write().unwrap_or_else(PoisonError::into_inner);
            if kept.is_some() {
                if entry.asked.swap(false, Ordering::Relaxed) {
                    continue;
                }
                if let Some((held, old)) = kept.take() {
                    index[held].store(0, Ordering::Release);
                    clock.stored -= old.len();
                }
            }
            if clock.stored + bytes.len() <= self.budget {
                clock.stored += bytes.len();
                entry.asked.store(false, Ordering::Relaxed);
                *kept = Some((key, bytes));
                break at;
            }
        };
        let at = u16::try_from(at + 1).expect("BUG: the capacity is at most 65,535");
        index[key].store(at, Ordering::Release);
    }

    /// Bytes held now; never more than the budget.
    pub fn stored(&self) -> usize {
        self.clock.lock().unwrap_or_else(PoisonError::into_inner).stored
    }

    /// Renderings held now; never more than the capacity.
    pub fn count(&self) -> usize {
        self.entries.get().map_or(0, |entries| {
            entries
                .iter()
                .filter(|e| e.kept.read().unwrap_or_else(PoisonError::into_inner).is_some())
                .count()
        })
    }
}

/// A page rendered once, with for each slot the place where `insert` turns it into that
/// slot's variant (the questions page with one country selected), so one copy serves all.
#[derive(Debug)]
pub struct Spliced {
    page: Bytes,
    insert: &'static [u8],
    at: Box<[Option<usize>]>,
}

impl Spliced {
    /// `page` with `insert` going at `at[slot]` for each slot that has a place.
    pub fn new(page: Bytes, insert: &'static [u8], at: Box<[Option<usize>]>) -> Self {
        Spliced { page, insert, at }
    }

    /// The page for `slot` as a body of at most three shared pieces.
    pub fn body(&self, slot: usize) -> Body {
        match self.at.get(slot).copied().flatten() {
            None => Body::from(self.page.clone()),
            Some(at) => Body::new(Pieces {
                pieces: [
                    self.page.slice(..at),
                    Bytes::from_static(self.insert),
                    self.page.slice(at..),
                ],
                next: 0,
            }),
        }
    }

    /// The page for `slot` in one piece (for tests and benchmarks).
    pub fn to_vec(&self, slot: usize) -> Vec<u8> {
        match self.at.get(slot).copied().flatten() {
            None => self.page.to_vec(),
            Some(at) => [&self.page[..at], self.insert, &self.page[at..]].concat(),
        }
    }
}

/// A body sent as a few shared pieces, with its exact length known up front.
struct Pieces {
    pieces: [Bytes; 3],
    next: usize,
}

impl hyper::body::Body for Pieces {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let this = self.get_mut();
        while let Some(piece) = this.pieces.get_mut(this.next) {
            this.next += 1;
            if !piece.is_empty() {
                return Poll::Ready(Some(Ok(Frame::data(std::mem::take(piece)))));
            }
        }
        Poll::Ready(None)
    }

    fn is_end_stream(&self) -> bool {
        self.pieces[self.next.min(3)..].iter().all(Bytes::is_empty)
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.pieces.iter().map(|p| p.len() as u64).sum())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bounded_table_never_holds_more_than_its_budget() {
        let table = Bounded::new(100, 50, 1000);
        for slot in 0..100 {
            let bytes = Bytes::from(vec![b'x'; 90 + slot]);
            let got = table
                .get_or_try_insert(slot, || Ok::<_, Infallible>(bytes.clone()))
                .unwrap();
            assert_eq!(got, bytes, "the rendering is served even when not kept");
            assert!(table.stored() <= 1000, "{} bytes kept", table.stored());
        }
        assert!(table.get(99).is_some(), "the newest is kept");
        assert!(table.get(0).is_none(), "the oldest went");
        table.insert(5, Bytes::from(vec![b'y'; 1001]));
        assert!(table.get(5).is_none(), "larger than the budget: never kept");
    }

    #[test]
    fn a_bounded_table_never_holds_more_than_its_capacity() {
        let table = Bounded::new(100, 8, 1_000_000);
        for key in 0..100 {
            table.insert(key, Bytes::from(vec![b'x'; 10]));
            assert!(table.count() <= 8, "{} kept", table.count());
            assert_eq!(table.get(key).map(|b| b.len()), Some(10), "the newest is kept");
        }
        let kept: Vec<usize> = (0..100).filter(|key| table.get(*key).is_some()).collect();
        assert_eq!(kept.len(), 8, "{kept:?}");
    }

    #[test]
    fn threads_asking_at_once_always_get_their_own_key() {
        let table = Bounded::new(64, 16, 4000);
        std::thread::scope(|scope| {
            for thread in 0..4 {
                let table = &table;
                scope.spawn(move || {
                    for n in 0..2000 {
                        let key = (n * 7 + thread * 13) % 64;
                        let page = table
                            .get_or_try_insert(key, || {
                                Ok::<_, Infallible>(Bytes::from(vec![key as u8; 100 + key * 4]))
                            })
                            .unwrap();
                        assert_eq!(page.len(), 100 + key * 4);
                        assert!(page.iter().all(|b| usize::from(*b) == key));
                    }
                });
            }
        });
        assert!(table.stored() <= 4000 && table.count() <= 16);
    }

    #[test]
    fn what_is_asked_for_again_outlives_what_is_not() {
        let table = Bounded::new(10, 10, 300);
        for slot in 0..3 {
            table.insert(slot, Bytes::from(vec![b'x'; 100]));
        }
        assert!(table.get(0).is_some());
        table.insert(3, Bytes::from(vec![b'x'; 100]));
        assert!(table.get(0).is_some(), "asked for again: spared");
        assert!(table.get(1).is_none(), "not asked for again: evicted first");
    }

    #[test]
    fn a_failed_rendering_is_not_kept() {
        let table = Bounded::new(2, 2, 100);
        assert!(table.get_or_try_insert(0, || Err::<Bytes, _>("no")).is_err());
        assert!(table.get(0).is_none());
        let regions = PerRegion::new(2);
        assert!(regions.get_or_try_insert(1, || Err::<Bytes, _>("no")).is_err());
        let kept = regions.get_or_try_insert(1, || Ok::<_, ()>(Bytes::from_static(b"page")));
        assert_eq!(kept.unwrap(), Bytes::from_static(b"page"));
    }

    #[test]
    fn every_concern_has_its_own_slot() {
        let rendered = Rendered::new(1);
        let mut seen = std::collections::HashSet::new();
        for country in CountryCode::all() {
            assert!(seen.insert(rendered.region_slot(Some(country))), "{country}");
            for kind in ConcernKind::ALL {
                for reporter in Reporter::ALL {
                    for urgency in [Urgency::ImmediateDanger, Urgency::NotImmediate] {
                        let concern = Concern {
                            country,
                            reporter: *reporter,
                            kind: *kind,
                            urgency,
                            platform: None,
                        };
                        let slot = rendered.concern_slot(crate::i18n::Locale::SOURCE, &concern);
                        assert!(slot < rendered.plan_pages.keys, "{concern:?}");
                        assert!(seen.insert(100_000 + slot), "{concern:?}");
                    }
                }
            }
        }
        assert!(seen.insert(rendered.region_slot(None)));
    }

    #[tokio::test]
    async fn a_spliced_page_is_sent_whole_in_pieces() {
        let spliced = Spliced::new(
            Bytes::from_static(b"<a><b>"),
            b" selected",
            vec![None, Some(2), Some(0), Some(6)].into_boxed_slice(),
        );
        for (slot, expected) in [
            (0, "<a><b>"),
            (1, "<a selected><b>"),
            (2, " selected<a><b>"),
            (3, "<a><b> selected"),
        ] {
            assert_eq!(spliced.to_vec(slot), expected.as_bytes());
            let body = axum::body::to_bytes(spliced.body(slot), usize::MAX)
                .await
                .unwrap();
            assert_eq!(body, expected.as_bytes());
        }
    }
}
