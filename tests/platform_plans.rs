//! The platform step (issue 14) over the bundled configuration: where it stands in every plan,
//! when it is left out, how it is worded for children and for sexual images, and that skipping
//! "Where did it happen?" (or answering it without naming a platform) gives exactly the plan the
//! other answers give, to the byte in the JSON.

use std::sync::OnceLock;

use proptest::prelude::*;
use signpost::config::{self, ConfigSource, Loaded};
use signpost::i18n::Locale;
use signpost::routing::directory::Role;
use signpost::routing::{
    Concern, ConcernKind, CountryCode, OtherPlace, Place, Platform, Reporter, Router, Target, Urgency,
};
use signpost::view::PlanView;
use signpost::view::json::PlanResponse;

fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        config::load(&ConfigSource::Bundled, std::iter::empty()).expect("the bundled configuration loads")
    })
}

fn router() -> &'static Router {
    &loaded().router
}

/// The concerns the issue names: where reporting on the platform too can help.
const WITH_STEP: [ConcernKind; 6] = [
    ConcernKind::AbuseImagery,
    ConcernKind::Grooming,
    ConcernKind::Sextortion,
    ConcernKind::ImageShared,
    ConcernKind::AdultBehaviour,
    ConcernKind::NotSure,
];

/// Roles the platform step must never come before.
const BEFORE_PLATFORM: [Role; 5] = [
    Role::Emergency,
    Role::Police,
    Role::CsamHotline,
    Role::GroomingReport,
    Role::ImageRemoval,
];

fn concern(
    country: &str,
    kind: ConcernKind,
    reporter: Reporter,
    urgency: Urgency,
    platform: Option<Place>,
) -> Concern {
    Concern {
        country: CountryCode::parse(country).unwrap(),
        reporter,
        kind,
        urgency,
        platform,
    }
}

fn platform(id: &str) -> Place {
    router()
        .platforms()
        .parse(id)
        .expect("the platform is in config/platforms.toml")
}

fn json(concern: &Concern) -> String {
    let words = loaded().settings.pages.catalogs.words(Locale::SOURCE);
    let plan = router().route(concern);
    serde_json::to_string(&PlanResponse::new(PlanView::new(words, &plan))).unwrap()
}

fn every_place() -> Vec<Place> {
    let platforms = router().platforms();
    platforms
        .all()
        .map(|(id, _)| Place::Platform(id))
        .chain(OtherPlace::ALL.iter().map(|other| Place::Other(*other)))
        .collect()
}

fn places() -> impl Strategy<Value = Place> {
    proptest::sample::select(every_place())
}

fn concerns() -> impl Strategy<Value = Concern> {
    (
        proptest::sample::select(CountryCode::all()),
        proptest::sample::select(ConcernKind::ALL),
        proptest::sample::select(Reporter::ALL),
        any::<bool>(),
        places(),
    )
        .prop_map(|(country, kind, reporter, danger, place)| Concern {
            country,
            reporter,
            kind,
            urgency: Urgency::from_danger(danger),
            platform: Some(place),
        })
}

#[test]
fn there_are_at_least_25_platforms_each_with_a_report_page_and_evidence() {
    let platforms = router().platforms();
    assert!(platforms.len() >= 25, "only {} platforms", platforms.len());
    for (_, platform) in platforms.all() {
        assert!(platform.report_url.is_https(), "{}", platform.id);
        assert!(
            !platform.evidence.text.is_empty(),
            "{} has no excerpt",
            platform.id
        );
        assert!(
            !platform.evidence.source.is_empty(),
            "{} has no source",
            platform.id
        );
    }
}

#[test]
fn skipping_the_question_gives_exactly_the_plan_without_it_for_every_country_concern_and_reporter() {
    // "Today's plan" is the plan of the four answers; the JSON of a skipped question has no
    // platform field anywhere.
    for country in CountryCode::all() {
        for kind in ConcernKind::ALL {
            for reporter in Reporter::ALL {
                for urgency in [Urgency::ImmediateDanger, Urgency::NotImmediate] {
                    let skipped = concern(country.as_str(), *kind, *reporter, urgency, None);
                    let text = json(&skipped);
                    assert!(!text.contains("\"platform\""), "{skipped:?}: {text}");
                    let plan = router().route(&skipped);
                    assert!(
                        plan.steps().iter().all(|s| s.role() != Role::Platform),
                        "{skipped:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn not_online_rather_not_say_a_website_and_elsewhere_give_the_plan_without_the_step() {
    for kind in ConcernKind::ALL {
        for reporter in Reporter::ALL {
            for urgency in [Urgency::ImmediateDanger, Urgency::NotImmediate] {
                let skipped = router().route(&concern("GB", *kind, *reporter, urgency, None));
                for other in OtherPlace::ALL {
                    let answered = concern("GB", *kind, *reporter, urgency, Some(Place::Other(*other)));
                    assert_eq!(
                        router().route(&answered).steps(),
                        skipped.steps(),
                        "{kind} {reporter} {urgency:?} {other}: the same steps as skipping"
                    );
                }
            }
        }
    }
}

#[test]
fn naming_a_platform_adds_exactly_one_step_after_the_emergency_number_the_hotline_and_the_police() {
    let tiktok = platform("tiktok");
    for country in ["GB", "US", "FR", "DE", "IN", "BR", "GN", "AQ"] {
        for kind in ConcernKind::ALL {
            for reporter in Reporter::ALL {
                for urgency in [Urgency::ImmediateDanger, Urgency::NotImmediate] {
                    let at = format!("{country} {kind} {reporter} {urgency:?}");
                    let without = router().route(&concern(country, *kind, *reporter, urgency, None));
                    let with = router().route(&concern(country, *kind, *reporter, urgency, Some(tiktok)));
                    let position: Vec<usize> = with
                        .steps()
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| s.role() == Role::Platform)
                        .map(|(n, _)| n)
                        .collect();
                    if !WITH_STEP.contains(kind) {
                        assert!(position.is_empty(), "{at}: no platform step for this concern");
                        assert_eq!(with.steps(), without.steps(), "{at}");
                        continue;
                    }
                    let [at_step] = position[..] else {
                        panic!("{at}: exactly one platform step, got {position:?}");
                    };
                    assert!(at_step > 0, "{at}: never first");
                    let last_before = with
                        .steps()
                        .iter()
                        .rposition(|s| BEFORE_PLATFORM.contains(&s.role()))
                        .unwrap_or(0);
                    assert!(
                        at_step > last_before,
                        "{at}: after the emergency number, the police and the hotline"
                    );
                    let mut rest = with.steps().to_vec();
                    rest.remove(at_step);
                    assert_eq!(
                        rest,
                        without.steps(),
                        "{at}: an addition, never instead of a step"
                    );
                    if urgency == Urgency::ImmediateDanger {
                        assert_eq!(
                            with.steps()[0].role(),
                            Role::Emergency,
                            "{at}: the emergency number first"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_step_names_the_platform_and_its_own_report_page() {
    let place = platform("tiktok");
    let plan = router().route(&concern(
        "GB",
        ConcernKind::Grooming,
        Reporter::Adult,
        Urgency::NotImmediate,
        Some(place),
    ));
    let step = plan.steps().iter().find(|s| s.role() == Role::Platform).unwrap();
    let Target::Platform { platform, advice } = step.target() else {
        panic!("the platform step points to the platform");
    };
    let platform: &Platform = platform;
    assert_eq!(platform.id, "tiktok");
    assert!(
        platform.report_url.as_str().contains("tiktok.com"),
        "{}",
        platform.report_url
    );
    assert_eq!(step.rule(), "platform-step");
    assert_eq!(advice.len(), 3, "block, keep the conversation, never the images");
}

#[test]
fn for_sexual_images_the_hotline_comes_first_and_the_wording_says_so_for_adults_and_children() {
    let place = platform("snapchat");
    for kind in WITH_STEP {
        for reporter in Reporter::ALL {
            let plan = router().route(&concern(
                "GB",
                kind,
                *reporter,
                Urgency::NotImmediate,
                Some(place),
            ));
            let step = plan.steps().iter().find(|s| s.role() == Role::Platform).unwrap();
            let expected = match (*reporter, kind.is_about_sexual_images()) {
                (Reporter::Adult, false) => "platform-why-adult",
                (Reporter::Adult, true) => "platform-why-adult-images",
                (Reporter::Child, false) => "platform-why-child",
                (Reporter::Child, true) => "platform-why-child-images",
            };
            assert_eq!(step.why().as_str(), expected, "{kind} {reporter}");
            if kind.is_about_sexual_images() {
                let hotline = plan
                    .steps()
                    .iter()
                    .position(|s| {
                        matches!(
                            s.role(),
                            Role::CsamHotline | Role::ImageRemoval | Role::Police | Role::GroomingReport
                        )
                    })
                    .expect("a plan about sexual images has a hotline, removal or police step");
                let platform_at = plan
                    .steps()
                    .iter()
                    .position(|s| s.role() == Role::Platform)
                    .unwrap();
                assert!(
                    hotline < platform_at,
                    "{kind} {reporter}: the hotline report comes first"
                );
            }
            let words = loaded().settings.pages.catalogs.words(Locale::SOURCE);
            let view = PlanView::new(words, &plan);
            let step_view = view.steps.iter().find(|s| s.role == Role::Platform).unwrap();
            assert_eq!(step_view.heading, "Report it on Snapchat too");
            let platform_view = step_view.platform.as_ref().unwrap();
            let advice = platform_view.advice.join(" ");
            if *reporter == Reporter::Child {
                assert!(advice.contains("You are not in trouble"), "{advice}");
            } else {
                assert!(
                    advice.contains("Never send, forward, save or screenshot"),
                    "{advice}"
                );
            }
            if kind.is_about_sexual_images() {
                assert!(step_view.why.contains("hotline first"), "{}", step_view.why);
            }
        }
    }
}

#[test]
fn a_persons_own_thoughts_and_abuse_offline_never_get_the_platform_step() {
    let place = platform("discord");
    for kind in [ConcernKind::OwnThoughts, ConcernKind::ChildAbuse] {
        for reporter in Reporter::ALL {
            let plan = router().route(&concern(
                "GB",
                kind,
                *reporter,
                Urgency::NotImmediate,
                Some(place),
            ));
            assert!(
                plan.steps().iter().all(|s| s.role() != Role::Platform),
                "{kind} {reporter}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_answer_about_where_only_ever_adds_the_platform_step(concern in concerns()) {
        let skipped = router().route(&Concern { platform: None, ..concern });
        let answered = router().route(&concern);
        let without: Vec<_> = answered.steps().iter().filter(|s| s.role() != Role::Platform).cloned().collect();
        prop_assert_eq!(&without[..], skipped.steps());
        prop_assert!(answered.steps().len() <= skipped.steps().len() + 1);
        if concern.urgency == Urgency::ImmediateDanger {
            prop_assert_eq!(answered.steps()[0].role(), Role::Emergency);
        }
        prop_assert!(answered.steps()[0].role() != Role::Platform);
    }
}
