//! Property tests of the routing core over the bundled configuration: every ISO country ×
//! concern × reporter × danger gets a non-empty, deterministic plan that keeps the promises.

use std::sync::OnceLock;

use proptest::prelude::*;
use signpost::config::{self, ConfigSource};
use signpost::routing::directory::{EmergencyContact, Role};
use signpost::routing::{
    Concern, ConcernKind, CountryCode, Coverage, PoliceDoor, Reporter, Router, Target, Urgency,
};

fn router() -> &'static Router {
    static ROUTER: OnceLock<Router> = OnceLock::new();
    ROUTER.get_or_init(|| {
        config::load(&ConfigSource::Bundled, std::iter::empty())
            .expect("the bundled configuration loads")
            .router
    })
}

fn every_concern() -> impl Iterator<Item = Concern> {
    CountryCode::all().into_iter().flat_map(|country| {
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
}

fn concerns() -> impl Strategy<Value = Concern> {
    let countries = CountryCode::all();
    (
        proptest::sample::select(countries),
        proptest::sample::select(ConcernKind::ALL),
        proptest::sample::select(Reporter::ALL),
        any::<bool>(),
    )
        .prop_map(|(country, kind, reporter, danger)| Concern {
            country,
            reporter,
            kind,
            urgency: Urgency::from_danger(danger),
            platform: None,
        })
}

/// Checks every promise for one concern, with a message naming the concern on failure.
fn check_plan(concern: &Concern) -> Result<(), String> {
    let router = router();
    let plan = router.route(concern);
    let at = format!(
        "{} {} {} {:?}",
        concern.country, concern.kind, concern.reporter, concern.urgency
    );
    if plan.steps().is_empty() {
        return Err(format!("{at}: empty plan"));
    }
    if plan
        .steps()
        .iter()
        .any(|s| s.rule().is_empty() || s.why().is_empty())
    {
        return Err(format!("{at}: a step names no rule or reason"));
    }
    if plan.advice().len() == 0 {
        return Err(format!("{at}: no advice"));
    }
    let first = &plan.steps()[0];
    if concern.urgency == Urgency::ImmediateDanger {
        if first.role() != Role::Emergency {
            return Err(format!("{at}: danger but the first step is {}", first.role()));
        }
        let has_number = matches!(
            router.directory().emergency(concern.country),
            EmergencyContact::Numbers(_)
        );
        match (first.target(), has_number) {
            (Target::Services { first, .. }, true) if first.phone.is_some() || first.e164.is_some() => {}
            (Target::Instruction(text), false) if !text.is_empty() => {}
            (Target::Message(id), false) if !id.is_empty() => {}
            _ => {
                return Err(format!(
                    "{at}: the emergency step shows neither the country's number nor what to do"
                ));
            }
        }
    } else if plan.steps().iter().any(|s| s.role() == Role::Emergency) {
        return Err(format!("{at}: an emergency step without danger"));
    }
    let mut seen = std::collections::HashSet::new();
    for step in plan.steps() {
        for service in step.services() {
            if !seen.insert(service.id.as_str()) {
                return Err(format!("{at}: {} appears twice", service.id));
            }
            let door_number = matches!(step.police_door(), Some(PoliceDoor::EmergencyNumber { .. }));
            let role = if door_number { Role::Emergency } else { step.role() };
            if !service.fills(role) {
                return Err(format!("{at}: {} does not fill {role}", service.id));
            }
            if !service.suits(concern.reporter) {
                return Err(format!(
                    "{at}: {} does not suit a {}",
                    service.id, concern.reporter
                ));
            }
            let national = router
                .directory()
                .national(concern.country, role)
                .iter()
                .any(|at| router.directory().service(*at).id == service.id);
            let global = router
                .directory()
                .global(role)
                .iter()
                .any(|at| router.directory().service(*at).id == service.id);
            if !(national || global) {
                return Err(format!(
                    "{at}: {} serves neither {} nor everywhere",
                    service.id, concern.country
                ));
            }
            if global && !national && step.coverage() != Coverage::International {
                return Err(format!(
                    "{at}: {} is international but the step says national",
                    service.id
                ));
            }
        }
    }
    // The police door: never for a person's own thoughts, always before the international
    // services that stood in for the country's own.
    if let Some(door_at) = plan.steps().iter().position(|s| s.police_door().is_some()) {
        if concern.kind == ConcernKind::OwnThoughts {
            return Err(format!("{at}: a police step for a person's own thoughts"));
        }
        if plan.steps()[..door_at].iter().any(|s| {
            s.reach() == Some(signpost::routing::rules::Reach::NationalOrGlobal)
                && s.coverage() == Coverage::International
        }) {
            return Err(format!("{at}: the police door comes after an international step"));
        }
    }
    // A child always sees a child helpline where the country has one that suits them.
    if concern.reporter == Reporter::Child {
        let country_has_one = router
            .directory()
            .national(concern.country, Role::ChildHelpline)
            .iter()
            .any(|at| router.directory().service(*at).suits(Reporter::Child));
        let shown = plan
            .steps()
            .iter()
            .flat_map(|s| s.services())
            .any(|s| s.fills(Role::ChildHelpline));
        if !shown {
            return Err(format!(
                "{at}: a child sees no child helpline (country has one: {country_has_one})"
            ));
        }
        if country_has_one {
            let national_shown = plan.steps().iter().flat_map(|s| s.services()).any(|s| {
                s.fills(Role::ChildHelpline)
                    && router
                        .directory()
                        .national(concern.country, Role::ChildHelpline)
                        .iter()
                        .any(|at| router.directory().service(*at).id == s.id)
            });
            if !national_shown {
                return Err(format!("{at}: the country's own child helpline is not shown"));
            }
        }
    }
    // Same input, same plan.
    if router.route(concern) != plan {
        return Err(format!("{at}: routing twice gave different plans"));
    }
    Ok(())
}

#[test]
fn every_country_concern_reporter_and_danger_gets_a_plan_that_keeps_the_promises() {
    let failures: Vec<String> = every_concern().filter_map(|c| check_plan(&c).err()).collect();
    assert!(
        failures.is_empty(),
        "{} failures, first ones:\n{}",
        failures.len(),
        failures.iter().take(20).cloned().collect::<Vec<_>>().join("\n")
    );
    assert_eq!(every_concern().count(), 250 * 8 * 2 * 2);
}

#[test]
fn a_country_without_a_national_service_is_told_its_coverage_is_international() {
    let router = router();
    for concern in every_concern() {
        let plan = router.route(&concern);
        let fell_back = plan.steps().iter().any(|s| {
            s.reach() == Some(signpost::routing::rules::Reach::NationalOrGlobal)
                && s.coverage() == Coverage::International
        });
        assert_eq!(
            plan.coverage() == Coverage::International,
            fell_back,
            "{concern:?}"
        );
    }
}

proptest! {
    #[test]
    fn immediate_danger_always_goes_to_emergency_services_first(concern in concerns()) {
        let concern = Concern { urgency: Urgency::ImmediateDanger, ..concern };
        let plan = router().route(&concern);
        prop_assert_eq!(plan.steps()[0].role(), Role::Emergency);
    }

    #[test]
    fn danger_only_adds_the_emergency_step_in_front(concern in concerns()) {
        // ...and drops the police door that gave the same emergency number further down.
        let calm = router().route(&Concern { urgency: Urgency::NotImmediate, ..concern });
        let danger = router().route(&Concern { urgency: Urgency::ImmediateDanger, ..concern });
        let calm_ids: Vec<_> = calm
            .steps()
            .iter()
            .filter(|s| !matches!(s.police_door(), Some(PoliceDoor::EmergencyNumber { .. })))
            .map(|s| s.role())
            .collect();
        let danger_ids: Vec<_> = danger.steps()[1..].iter().map(|s| s.role()).collect();
        prop_assert_eq!(calm_ids, danger_ids);
    }

    #[test]
    fn routing_never_panics_and_never_returns_an_empty_plan(concern in concerns()) {
        prop_assert!(!router().route(&concern).steps().is_empty());
    }

    #[test]
    fn country_codes_round_trip(index in 0usize..250) {
        let code = CountryCode::all()[index];
        prop_assert_eq!(CountryCode::parse(&code.to_string()), Ok(code));
        prop_assert_eq!(CountryCode::parse(&code.to_string().to_lowercase()), Ok(code));
    }

    #[test]
    fn concern_ids_round_trip(kind in proptest::sample::select(ConcernKind::ALL)) {
        prop_assert_eq!(kind.to_string().parse::<ConcernKind>(), Ok(kind));
    }
}
