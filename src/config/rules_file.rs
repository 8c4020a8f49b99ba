//! `rules.toml`: which roles each concern and reporter are sent to, in order, with the advice
//! for each concern. Its raw types are read here and handed to [`Rules::build`], which proves
//! them whole; every fault names the rule and key it is in.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::routing::concern::{ConcernKind, Reporter, ReporterError};
use crate::routing::directory::Role;
use crate::routing::rules::{
    self, Advice, DangerRule, PlatformStepRule, PoliceDoorRule, Reach, Rule, Rules, StepRule,
};

use super::issue::Issue;
use super::source::ConfigSource;

const FILE: &str = "rules.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RulesFile {
    immediate_danger: RawDanger,
    police_door: RawPoliceDoor,
    platform_step: RawPlatformStep,
    advice: BTreeMap<String, Advice>,
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDanger {
    id: String,
    why: String,
    no_number_known: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoliceDoor {
    id: String,
    why_police: String,
    why_emergency_number: String,
    about_emergency_number: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlatformStep {
    id: String,
    concerns: Vec<String>,
    after: Vec<String>,
    why_adult: String,
    why_adult_images: String,
    why_child: String,
    why_child_images: String,
    advice_adult: Vec<String>,
    advice_child: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    concern: String,
    reporters: Vec<String>,
    step: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    roles: Vec<String>,
    #[serde(default)]
    reach: Option<String>,
    #[serde(default)]
    bystanders_only: bool,
    #[serde(default)]
    police_door: bool,
    why: String,
}

/// Reads `rules.toml` and builds the [`Rules`]; `None` after any fault.
pub(super) fn load_rules(source: &ConfigSource, errors: &mut Vec<Issue>) -> Option<Rules> {
    let text = source.read(FILE).map_err(|e| errors.push(e)).ok()?;
    let raw: RulesFile = toml::from_str(&text)
        .map_err(|e| errors.push(Issue::toml(FILE, &text, &e)))
        .ok()?;
    let before = errors.len();
    let advice = by_id(
        "advice",
        raw.advice,
        ConcernKind::ALL.len(),
        |id| id.parse::<ConcernKind>().map(ConcernKind::index),
        errors,
    );
    let rules: Vec<Rule> = raw
        .rule
        .into_iter()
        .enumerate()
        .filter_map(|(n, raw_rule)| rule(n, raw_rule, errors))
        .collect();
    let danger = DangerRule {
        id: raw.immediate_danger.id,
        why: raw.immediate_danger.why,
        no_number_known: raw.immediate_danger.no_number_known,
    };
    let police_door = PoliceDoorRule {
        id: raw.police_door.id,
        why_police: raw.police_door.why_police,
        why_emergency_number: raw.police_door.why_emergency_number,
        about_emergency_number: raw.police_door.about_emergency_number,
    };
    let raw_step = raw.platform_step;
    let concerns = raw_step
        .concerns
        .iter()
        .filter_map(|c| {
            c.parse::<ConcernKind>()
                .map_err(|e| errors.push(Issue::new(FILE, "platform-step.concerns", e.to_string())))
                .ok()
        })
        .collect();
    let after = raw_step
        .after
        .iter()
        .filter_map(|r| {
            r.parse::<Role>()
                .map_err(|e| errors.push(Issue::new(FILE, "platform-step.after", e.to_string())))
                .ok()
        })
        .collect();
    let platform_step = PlatformStepRule {
        id: raw_step.id,
        concerns,
        after,
        why_adult: raw_step.why_adult,
        why_adult_images: raw_step.why_adult_images,
        why_child: raw_step.why_child,
        why_child_images: raw_step.why_child_images,
        advice_adult: raw_step.advice_adult,
        advice_child: raw_step.advice_child,
    };
    if errors.len() > before {
        return None;
    }
    Rules::build(rules, danger, police_door, platform_step, advice)
        .map_err(|found| {
            errors.extend(
                found
                    .into_iter()
                    .map(|e| Issue::new(FILE, rules_key(&e), e.to_string())),
            )
        })
        .ok()
}

/// One `[[rule]]`; `None` when its concern is unknown (other faults are recorded, and the
/// rule is kept so the rest can still be checked).
fn rule(n: usize, raw: RawRule, errors: &mut Vec<Issue>) -> Option<Rule> {
    let at = format!("rule[{n}] ({})", raw.id);
    let concern = raw
        .concern
        .parse::<ConcernKind>()
        .map_err(|e| errors.push(Issue::new(FILE, &format!("{at}.concern"), e.to_string())));
    let reporters: Vec<Reporter> = raw
        .reporters
        .iter()
        .filter_map(|r| {
            r.parse()
                .map_err(|e: ReporterError| {
                    errors.push(Issue::new(FILE, &format!("{at}.reporters"), e.to_string()))
                })
                .ok()
        })
        .collect();
    let steps = raw
        .step
        .into_iter()
        .enumerate()
        .filter_map(|(s, raw_step)| step(&format!("{at}.step[{s}]"), raw_step, errors))
        .collect();
    Some(Rule {
        id: raw.id,
        concern: concern.ok()?,
        reporters,
        steps,
    })
}

/// One `[[rule.step]]`; `None` when its reach is unknown.
fn step(key: &str, raw: RawStep, errors: &mut Vec<Issue>) -> Option<StepRule> {
    let roles = raw
        .roles
        .iter()
        .filter_map(|r| {
            r.parse::<Role>()
                .map_err(|e| errors.push(Issue::new(FILE, &format!("{key}.roles"), e.to_string())))
                .ok()
        })
        .collect();
    let reach = match raw.reach.as_deref() {
        None => Reach::NationalOrGlobal,
        Some(text) => text
            .parse::<Reach>()
            .map_err(|e| errors.push(Issue::new(FILE, &format!("{key}.reach"), e.to_string())))
            .ok()?,
    };
    Some(StepRule {
        roles,
        reach,
        bystanders_only: raw.bystanders_only,
        police_door: raw.police_door,
        why: raw.why,
    })
}

/// Places the entries of a `[section.id]` table by the index of their id.
fn by_id<T, E: std::fmt::Display>(
    section: &str,
    entries: BTreeMap<String, T>,
    count: usize,
    index: impl Fn(&str) -> Result<usize, E>,
    errors: &mut Vec<Issue>,
) -> Vec<Option<T>> {
    let mut placed: Vec<Option<T>> = std::iter::repeat_with(|| None).take(count).collect();
    for (id, entry) in entries {
        match index(&id) {
            Ok(at) => placed[at] = Some(entry),
            Err(e) => errors.push(Issue::new(FILE, &format!("{section}.{id}"), e.to_string())),
        }
    }
    placed
}

/// The key a [`rules::RulesError`] is reported under.
fn rules_key(error: &rules::RulesError) -> &'static str {
    use rules::RulesError::*;
    match error {
        Missing { .. } | Overlap { .. } => "rule.reporters",
        DuplicateId(_) => "rule.id",
        NoSteps(_) | FirstStepOptional(_) | ChildWithoutHelpline(_) => "rule.step",
        NoRoles { .. } | EmergencyInRule { .. } | PlatformInRule { .. } | PoliceForOwnThoughts { .. } => {
            "rule.step.roles"
        }
        PlatformStep(_) => "platform-step",
        MissingAdvice { .. } => "advice",
    }
}
