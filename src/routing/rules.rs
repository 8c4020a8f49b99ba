//! The routing rules: for each concern and reporter, the ordered roles to fill and why, plus
//! the safety advice for that concern. `Rules::build` checks the table is complete (exactly
//! one rule for every concern × reporter) so routing never has to handle a gap.
//!
//! Every text a person reads is a message id here (the `why` of a step, the advice): the
//! words themselves live in the Fluent catalogs (`crate::i18n`), in each language.

use std::collections::HashSet;

use crate::routing::concern::{ConcernKind, Reporter, closed_set};
use crate::routing::directory::Role;

closed_set! {
    /// Where a step may look for services.
    Reach, ReachError, "reach" {
        /// The country's own services; where it has none, services usable from anywhere
        /// (and the plan says its coverage is international).
        NationalOrGlobal = "national-or-global",
        /// The country's own services only; the step is left out where it has none.
        National = "national",
        /// Services usable from anywhere, shown beside the national ones.
        Global = "global",
    }
}

/// One step of a rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepRule {
    /// Roles to try, in order: the first the country (or, failing that, `global`) fills wins.
    pub roles: Vec<Role>,
    /// Where to look.
    pub reach: Reach,
    /// For prevention services: only those that also advise people worried about someone else.
    pub bystanders_only: bool,
    /// Where the country has no service of its own for these roles, the police come first, by
    /// the best national route (see [`PoliceDoorRule`]); the international service follows.
    pub police_door: bool,
    /// Message id of why this step is in their plan.
    pub why: String,
}

/// A rule: which steps a concern gets, for which reporters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, named in every step the rule chooses ("why this route").
    pub id: String,
    /// The concern it answers.
    pub concern: ConcernKind,
    /// The reporters it answers.
    pub reporters: Vec<Reporter>,
    /// The steps, in order.
    pub steps: Vec<StepRule>,
}

/// What Signpost says when a child is in danger right now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DangerRule {
    /// Rule id named by the emergency step.
    pub id: String,
    /// Message id of why the emergency number comes first.
    pub why: String,
    /// Message id of what to do where the reference knows no emergency number for the country.
    pub no_number_known: String,
}

/// What Signpost says when it sends a person to the police because the country has no
/// service of its own for a step: the services say to go to the police for these concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoliceDoorRule {
    /// Rule id named by the police step.
    pub id: String,
    /// Message id of why, when the country lists a police line or reporting portal.
    pub why_police: String,
    /// Message id of why, when the police are reached on the emergency number.
    pub why_emergency_number: String,
    /// Message id that says what the emergency number is for here (not "call now").
    pub about_emergency_number: String,
}

/// The platform step: "Report it on {platform} too", for the concerns where it helps, placed
/// after the emergency number, the hotline and the police (never instead of them). Which words
/// it uses depends on the reporter and on whether the concern is about sexual images (then the
/// hotline report comes first and the platform report is an addition).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlatformStepRule {
    /// Rule id named by the platform step.
    pub id: String,
    /// The concerns it is added to, when the person names a platform.
    pub concerns: Vec<ConcernKind>,
    /// The step comes after the last step filling one of these roles (else last).
    pub after: Vec<Role>,
    /// Message id of why, for an adult.
    pub why_adult: String,
    /// Message id of why, for an adult, about sexual images of a child.
    pub why_adult_images: String,
    /// Message id of why, for a child.
    pub why_child: String,
    /// Message id of why, for a child, about sexual images of a child.
    pub why_child_images: String,
    /// Message ids of the advice that goes with it, for adults.
    pub advice_adult: Vec<String>,
    /// Message ids of the advice that goes with it, for children.
    pub advice_child: Vec<String>,
}

impl PlatformStepRule {
    /// Whether a plan for this concern gets the step (when the person names a platform).
    pub fn applies_to(&self, concern: ConcernKind) -> bool {
        self.concerns.contains(&concern)
    }

    /// The message id of why, for this concern and reporter.
    pub fn why_for(&self, concern: ConcernKind, reporter: Reporter) -> &str {
        match (reporter, concern.is_about_sexual_images()) {
            (Reporter::Adult, false) => &self.why_adult,
            (Reporter::Adult, true) => &self.why_adult_images,
            (Reporter::Child, false) => &self.why_child,
            (Reporter::Child, true) => &self.why_child_images,
        }
    }

    /// The advice that goes with the step, worded for the reporter.
    pub fn advice_for(&self, reporter: Reporter) -> &[String] {
        match reporter {
            Reporter::Adult => &self.advice_adult,
            Reporter::Child => &self.advice_child,
        }
    }
}

/// Safety advice for one concern, worded for each reporter: message ids, in order.
#[derive(Clone, Debug, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    /// For adults.
    pub adult: Vec<String>,
    /// For children: "you are not in trouble".
    pub child: Vec<String>,
}

/// A fault in the rules file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    /// A concern × reporter with no rule.
    #[error("no rule answers concern {concern} for reporter {reporter}; add it to a rule's reporters")]
    Missing {
        /// The concern.
        concern: ConcernKind,
        /// The reporter.
        reporter: Reporter,
    },
    /// Two rules answer the same concern × reporter.
    #[error("rules {first} and {second} both answer concern {concern} for reporter {reporter}")]
    Overlap {
        /// The concern.
        concern: ConcernKind,
        /// The reporter.
        reporter: Reporter,
        /// One rule.
        first: String,
        /// The other.
        second: String,
    },
    /// Two rules share an id.
    #[error("rule id {0} is used twice")]
    DuplicateId(String),
    /// A rule with no steps.
    #[error("rule {0} has no steps")]
    NoSteps(String),
    /// A step with no roles.
    #[error("rule {rule}, step {step}: roles is empty")]
    NoRoles {
        /// The rule.
        rule: String,
        /// Its 1-based step number.
        step: usize,
    },
    /// A rule naming the emergency role.
    #[error(
        "rule {rule}, step {step}: the emergency role comes only from the immediate-danger \
         answer, never from a rule"
    )]
    EmergencyInRule {
        /// The rule.
        rule: String,
        /// Its 1-based step number.
        step: usize,
    },
    /// A prevention rule (a person's own thoughts) that names the police: prevention services
    /// are confidential, and a police step would keep people from asking for help.
    #[error(
        "rule {rule}, step {step}: a person worried about their own thoughts is never sent to \
         the police; remove the police role and police_door from this rule"
    )]
    PoliceForOwnThoughts {
        /// The rule.
        rule: String,
        /// Its 1-based step number.
        step: usize,
    },
    /// A rule naming the platform role.
    #[error(
        "rule {rule}, step {step}: the platform role comes only from [platform-step] and the \
         person's answer, never from a rule"
    )]
    PlatformInRule {
        /// The rule.
        rule: String,
        /// Its 1-based step number.
        step: usize,
    },
    /// A platform step for a person's own thoughts, or one that could come first.
    #[error("[platform-step]: {0}")]
    PlatformStep(&'static str),
    /// A rule for children with no child-helpline step.
    #[error("rule {0} answers children but has no child-helpline step; a child always sees one")]
    ChildWithoutHelpline(String),
    /// A rule whose first step may be left out, so a plan could be empty.
    #[error("rule {0}: its first step has reach \"national\"; the first step must always be filled")]
    FirstStepOptional(String),
    /// Missing advice for a concern.
    #[error("concern {concern} has no advice for reporter {reporter} in [advice]")]
    MissingAdvice {
        /// The concern.
        concern: ConcernKind,
        /// The reporter.
        reporter: Reporter,
    },
}

/// The checked rules, indexed by concern × reporter.
#[derive(Debug)]
pub struct Rules {
    rules: Vec<Rule>,
    table: [[usize; 2]; ConcernKind::ALL.len()],
    danger: DangerRule,
    police_door: PoliceDoorRule,
    platform_step: PlatformStepRule,
    advice: Vec<Advice>,
}

impl Rules {
    /// Checks the rules as a whole. `advice` is indexed by `ConcernKind::index` (a `None` is a
    /// missing entry). Returns every fault found.
    pub fn build(
        rules: Vec<Rule>,
        danger: DangerRule,
        police_door: PoliceDoorRule,
        platform_step: PlatformStepRule,
        advice: Vec<Option<Advice>>,
    ) -> Result<Rules, Vec<RulesError>> {
        let mut errors = Vec::new();
        if platform_step.applies_to(ConcernKind::OwnThoughts) {
            errors.push(RulesError::PlatformStep(
                "a person worried about their own thoughts is never sent to report a platform; \
                 remove own-thoughts from concerns",
            ));
        }
        if platform_step.after.is_empty() {
            errors.push(RulesError::PlatformStep(
                "after is empty; the step must follow the hotline or police step",
            ));
        }
        if platform_step.advice_adult.is_empty() || platform_step.advice_child.is_empty() {
            errors.push(RulesError::PlatformStep(
                "advice_adult and advice_child must each name at least one message",
            ));
        }
        let mut table: [[Option<usize>; 2]; ConcernKind::ALL.len()] = Default::default();
        let mut ids = HashSet::new();
        for (at, rule) in rules.iter().enumerate() {
            if !ids.insert(rule.id.as_str()) {
                errors.push(RulesError::DuplicateId(rule.id.clone()));
            }
            if rule.steps.is_empty() {
                errors.push(RulesError::NoSteps(rule.id.clone()));
            }
            if rule.steps.first().is_some_and(|s| s.reach == Reach::National) {
                errors.push(RulesError::FirstStepOptional(rule.id.clone()));
            }
            for (n, step) in rule.steps.iter().enumerate() {
                if step.roles.is_empty() {
                    errors.push(RulesError::NoRoles {
                        rule: rule.id.clone(),
                        step: n + 1,
                    });
                }
                if step.roles.contains(&Role::Emergency) {
                    errors.push(RulesError::EmergencyInRule {
                        rule: rule.id.clone(),
                        step: n + 1,
                    });
                }
                if step.roles.contains(&Role::Platform) {
                    errors.push(RulesError::PlatformInRule {
                        rule: rule.id.clone(),
                        step: n + 1,
                    });
                }
                let names_police = step.police_door || step.roles.contains(&Role::Police);
                if rule.concern == ConcernKind::OwnThoughts && names_police {
                    errors.push(RulesError::PoliceForOwnThoughts {
                        rule: rule.id.clone(),
                        step: n + 1,
                    });
                }
            }
            let has_child_helpline = rule.steps.iter().any(|s| s.roles.contains(&Role::ChildHelpline));
            if rule.reporters.contains(&Reporter::Child) && !has_child_helpline {
                errors.push(RulesError::ChildWithoutHelpline(rule.id.clone()));
            }
            for reporter in &rule.reporters {
                let slot = &mut table[rule.concern.index()][reporter.index()];
                match slot {
                    Some(first) => errors.push(RulesError::Overlap {
                        concern: rule.concern,
                        reporter: *reporter,
                        first: rules[*first].id.clone(),
                        second: rule.id.clone(),
                    }),
                    None => *slot = Some(at),
                }
            }
        }
        let mut filled = [[0; 2]; ConcernKind::ALL.len()];
        for concern in ConcernKind::ALL {
            for reporter in Reporter::ALL {
                match table[concern.index()][reporter.index()] {
                    Some(at) => filled[concern.index()][reporter.index()] = at,
                    None => errors.push(RulesError::Missing {
                        concern: *concern,
                        reporter: *reporter,
                    }),
                }
                let advised = advice
                    .get(concern.index())
                    .and_then(Option::as_ref)
                    .is_some_and(|a| match reporter {
                        Reporter::Adult => !a.adult.is_empty(),
                        Reporter::Child => !a.child.is_empty(),
                    });
                if !advised {
                    errors.push(RulesError::MissingAdvice {
                        concern: *concern,
                        reporter: *reporter,
                    });
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Rules {
            rules,
            table: filled,
            danger,
            police_door,
            platform_step,
            advice: advice.into_iter().flatten().collect(),
        })
    }

    /// The rule for a concern and reporter.
    pub fn rule_for(&self, concern: ConcernKind, reporter: Reporter) -> &Rule {
        &self.rules[self.table[concern.index()][reporter.index()]]
    }

    /// Every rule, in file order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// What to say when a child is in danger right now.
    pub fn danger(&self) -> &DangerRule {
        &self.danger
    }

    /// What to say when the police stand in for a service the country lacks.
    pub fn police_door(&self) -> &PoliceDoorRule {
        &self.police_door
    }

    /// Where and how the platform step is added.
    pub fn platform_step(&self) -> &PlatformStepRule {
        &self.platform_step
    }

    /// The advice for a concern, worded for the reporter: message ids, in order.
    pub fn advice_for(&self, concern: ConcernKind, reporter: Reporter) -> &[String] {
        let advice = &self.advice[concern.index()];
        match reporter {
            Reporter::Adult => &advice.adult,
            Reporter::Child => &advice.child,
        }
    }
}
