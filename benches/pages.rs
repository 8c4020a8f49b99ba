//! Criterion benchmarks of what the web layer does per request: rendering the start,
//! questions and plan pages, encoding a plan as JSON, and serving each from the cache instead.
//! Run with `cargo bench --bench pages`; `BENCHMARKS.md` records the numbers.

use askama::Template;
use axum::body::Bytes;
use criterion::{Criterion, criterion_group, criterion_main};
use signpost::config::{self, ConfigSource, Settings};
use signpost::i18n::Locale;
use signpost::routing::{Concern, ConcernKind, CountryCode, Reporter, Urgency};
use signpost::web::AppState;
use signpost::web::answers::Answers;
use signpost::web::{api, language, pages, questions};
use std::convert::Infallible;
use std::hint::black_box;
use std::sync::Arc;

fn state() -> AppState {
    let loaded =
        config::load(&ConfigSource::Bundled, std::iter::empty()).expect("the bundled configuration loads");
    AppState::new(Settings::for_tests(), Arc::new(loaded.router))
}

/// The answers the load benchmark posts: an adult in the UK worried about grooming.
fn grooming_in_gb() -> Concern {
    Concern {
        country: CountryCode::parse("GB").unwrap(),
        reporter: Reporter::Adult,
        kind: ConcernKind::Grooming,
        urgency: Urgency::NotImmediate,
        platform: None,
    }
}

fn rendering(c: &mut Criterion) {
    let state = state();
    let gb = CountryCode::parse("GB").ok();
    let concern = grooming_in_gb();
    let mut group = c.benchmark_group("render");
    group.bench_function("start page (GB)", |b| {
        b.iter(|| {
            pages::start_page(&state, Locale::SOURCE, black_box(gb))
                .render()
                .unwrap()
                .len()
        })
    });
    group.bench_function("questions page (blank)", |b| {
        b.iter(|| {
            questions::questions_page(&state, Locale::SOURCE, black_box(&Answers::default()), Vec::new())
                .render()
                .unwrap()
                .len()
        })
    });
    group.bench_function("plan page (GB adult grooming, route + render)", |b| {
        b.iter(|| {
            let plan = state.router.route(black_box(&concern));
            pages::plan_page(&state, Locale::SOURCE, &plan)
                .render()
                .unwrap()
                .len()
        })
    });
    group.bench_function("plan JSON (GB adult grooming, route + encode)", |b| {
        b.iter(|| {
            api::plan_json(
                state.catalogs().words(Locale::SOURCE),
                &state.router,
                black_box(&concern),
            )
            .len()
        })
    });
    group.finish();
}

fn kept(c: &mut Criterion) {
    let state = state();
    let concern = grooming_in_gb();
    let slot = state.cache.concern_slot(Locale::SOURCE, &concern);
    let plan = state.router.route(&concern);
    let page = Bytes::from(pages::plan_page(&state, Locale::SOURCE, &plan).render().unwrap());
    state.cache.plan_pages.insert(slot, page);
    state.cache.plan_json.insert(
        slot,
        api::plan_json(state.catalogs().words(Locale::SOURCE), &state.router, &concern),
    );
    let mut group = c.benchmark_group("kept");
    group.bench_function("region from Accept-Language", |b| {
        b.iter(|| language::region_from_accept_language(black_box("en-GB,en;q=0.9")))
    });
    group.bench_function("plan page (slot + lookup)", |b| {
        b.iter(|| {
            let slot = state.cache.concern_slot(Locale::SOURCE, black_box(&concern));
            state
                .cache
                .plan_pages
                .get_or_try_insert(slot, || Ok::<_, Infallible>(Bytes::new()))
                .unwrap()
                .len()
        })
    });
    group.bench_function("plan JSON (slot + lookup)", |b| {
        b.iter(|| {
            let slot = state.cache.concern_slot(Locale::SOURCE, black_box(&concern));
            state.cache.plan_json.get(slot).map(|json| json.len())
        })
    });
    group.finish();
}

mod group {
    #![allow(missing_docs)]
    use super::*;
    criterion_group!(benches, rendering, kept);
}

criterion_main!(group::benches);
