//! Criterion benchmarks of the routing core: one decision, and a sweep over every country ×
//! concern × reporter × danger. Run with `cargo bench --bench routing`.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use signpost::config::{self, ConfigSource};
use signpost::routing::{Concern, ConcernKind, CountryCode, Reporter, Urgency};
use signpost::view::PlanView;
use signpost::view::json::PlanResponse;
use std::hint::black_box;

fn routing(c: &mut Criterion) {
    let loaded =
        config::load(&ConfigSource::Bundled, std::iter::empty()).expect("the bundled configuration loads");
    let router = loaded.router;
    let words = loaded
        .settings
        .pages
        .catalogs
        .words(signpost::i18n::Locale::SOURCE);
    let mut group = c.benchmark_group("route");
    for (name, concern) in [
        (
            "gb-adult-abuse-imagery",
            Concern {
                country: CountryCode::parse("GB").unwrap(),
                reporter: Reporter::Adult,
                kind: ConcernKind::AbuseImagery,
                urgency: Urgency::NotImmediate,
                platform: None,
            },
        ),
        (
            "us-child-sextortion-danger",
            Concern {
                country: CountryCode::parse("US").unwrap(),
                reporter: Reporter::Child,
                kind: ConcernKind::Sextortion,
                urgency: Urgency::ImmediateDanger,
                platform: None,
            },
        ),
        (
            "aq-adult-child-abuse-fallback",
            Concern {
                country: CountryCode::parse("AQ").unwrap(),
                reporter: Reporter::Adult,
                kind: ConcernKind::ChildAbuse,
                urgency: Urgency::NotImmediate,
                platform: None,
            },
        ),
    ] {
        group.bench_with_input(BenchmarkId::new("one decision", name), &concern, |b, concern| {
            b.iter(|| black_box(router.route(black_box(concern))).steps().len())
        });
    }
    group.finish();

    let every: Vec<Concern> = CountryCode::all()
        .into_iter()
        .flat_map(|country| {
            ConcernKind::ALL.iter().flat_map(move |kind| {
                Reporter::ALL.iter().flat_map(move |reporter| {
                    [Urgency::ImmediateDanger, Urgency::NotImmediate]
                        .into_iter()
                        .map(move |urgency| Concern {
                            country,
                            reporter: *reporter,
                            kind: *kind,
                            urgency,
                            platform: None,
                        })
                })
            })
        })
        .collect();
    c.bench_function("route every input (8000 decisions)", |b| {
        b.iter(|| {
            every
                .iter()
                .map(|concern| router.route(concern).steps().len())
                .sum::<usize>()
        })
    });

    let plan = router.route(&every[0]);
    c.bench_function("plan to JSON", |b| {
        b.iter(|| {
            serde_json::to_vec(&PlanResponse::new(PlanView::new(words, black_box(&plan)))).map(|v| v.len())
        })
    });
}

mod group {
    #![allow(missing_docs)]
    use super::*;
    criterion_group!(benches, routing);
}

criterion_main!(group::benches);
