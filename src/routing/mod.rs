//! The routing core: from a person's answers to an ordered plan of official services.
//!
//! No I/O, no async, no configuration files: `Router::new` takes a checked `Directory` and
//! `Rules`, proves every rule can be filled in every country, and from then on `route` is a
//! total function. The web layer, the mail relay and the command line all call it.

pub mod concern;
pub mod country;
pub mod directory;
pub mod phone;
pub mod plan;
pub mod platform;
pub mod rules;

pub use concern::{Concern, ConcernKind, Danger, Reporter, Urgency};
pub use country::CountryCode;
pub use directory::{Directory, Role, Service};
pub use plan::{Coverage, MessageId, Plan, PoliceDoor, Step, Target};
pub use platform::{OtherPlace, Place, Platform, PlatformId, Platforms};
pub use rules::Rules;

use directory::{EmergencyContact, ServiceIndex};
use rules::{Reach, StepRule};

/// Most alternatives shown beside a step's first service: enough to offer a choice, few
/// enough to read on a phone.
pub const MAX_ALTERNATIVES: usize = 3;

/// A rule step that some country could not fill.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "rule {rule}, step {step} (roles {roles}) cannot be filled for a {reporter} in {count} \
     countries ({sample}): add a service to global.toml that fills one of these roles for them, \
     or give the step a role that global.toml fills"
)]
pub struct CoverageError {
    /// The rule.
    pub rule: String,
    /// The 1-based step number.
    pub step: usize,
    /// The step's roles, comma-separated.
    pub roles: String,
    /// Who it fails for.
    pub reporter: Reporter,
    /// How many countries.
    pub count: usize,
    /// The first few of them.
    pub sample: String,
}

/// The directory and rules, proven to give every concern a non-empty plan in every country,
/// and the platforms a person can say it happened on.
#[derive(Debug)]
pub struct Router {
    directory: Directory,
    rules: Rules,
    platforms: Platforms,
}

impl Router {
    /// Checks that every step that must be filled can be, for every country Signpost accepts
    /// and every reporter, from the country's own services or from `global`.
    pub fn new(
        directory: Directory,
        rules: Rules,
        platforms: Platforms,
    ) -> Result<Router, Vec<CoverageError>> {
        let router = Router {
            directory,
            rules,
            platforms,
        };
        let mut errors = Vec::new();
        let countries = CountryCode::all();
        for rule in router.rules.rules() {
            for reporter in &rule.reporters {
                for (n, step) in rule.steps.iter().enumerate() {
                    if step.reach == Reach::National {
                        continue;
                    }
                    let unfilled: Vec<CountryCode> = countries
                        .iter()
                        .copied()
                        .filter(|country| router.fill(step, step.reach, *country, *reporter, &[]).is_none())
                        .collect();
                    if !unfilled.is_empty() {
                        errors.push(CoverageError {
                            rule: rule.id.clone(),
                            step: n + 1,
                            roles: step
                                .roles
                                .iter()
                                .map(|r| r.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                            reporter: *reporter,
                            count: unfilled.len(),
                            sample: unfilled
                                .iter()
                                .take(5)
                                .map(|c| c.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                        });
                    }
                }
            }
        }
        if errors.is_empty() {
            Ok(router)
        } else {
            Err(errors)
        }
    }

    /// The directory routed over.
    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// The rules routed by.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// The platforms a person can name.
    pub fn platforms(&self) -> &Platforms {
        &self.platforms
    }

    /// The plan for one person's answers. Total: every concern gets a non-empty plan; with
    /// immediate danger the first step is the emergency number (or, where none is known, an
    /// instruction to call the local one).
    pub fn route(&self, concern: &Concern) -> Plan<'_> {
        let rule = self.rules.rule_for(concern.kind, concern.reporter);
        let mut steps = Vec::with_capacity(rule.steps.len() + 1);
        let mut shown: Vec<ServiceIndex> = Vec::with_capacity(8);
        if concern.urgency.is_immediate() {
            steps.push(self.emergency_step(concern.country));
        }
        let mut coverage = Coverage::National;
        for step in &rule.steps {
            let police_shown = steps
                .iter()
                .any(|s: &Step<'_>| s.role == Role::Police && s.coverage == Coverage::National);
            if step.police_door
                && !police_shown
                && !self.fills_nationally(step, concern.country, concern.reporter, &shown)
                && let Some((door, used)) = self.police_door(concern, &shown)
            {
                shown.extend(used);
                // The door stands before the international services that stood in for the
                // country's own, which stay as additions; steps meant for everyone (reach
                // "global", such as Take It Down) and a leading emergency step keep their place.
                let before_international = steps
                    .iter()
                    .position(|s| {
                        s.reach == Some(Reach::NationalOrGlobal) && s.coverage == Coverage::International
                    })
                    .unwrap_or(steps.len());
                steps.insert(before_international, door);
            }
            let Some((role, found, step_coverage)) =
                self.fill(step, step.reach, concern.country, concern.reporter, &shown)
            else {
                continue;
            };
            if step.reach == Reach::NationalOrGlobal && step_coverage == Coverage::International {
                coverage = Coverage::International;
            }
            let mut picked = found.take(MAX_ALTERNATIVES + 1);
            let first = picked
                .next()
                .expect("BUG: fill returns only non-empty candidate lists");
            let alternatives: Vec<ServiceIndex> = picked.collect();
            shown.push(first);
            shown.extend_from_slice(&alternatives);
            steps.push(Step {
                role,
                door: None,
                rule: &rule.id,
                why: MessageId::new(&step.why),
                coverage: step_coverage,
                reach: Some(step.reach),
                target: Target::Services {
                    first: self.directory.service(first),
                    alternatives: alternatives
                        .into_iter()
                        .map(|at| self.directory.service(at))
                        .collect(),
                },
            });
        }
        if let Some(Place::Platform(id)) = concern.platform {
            self.add_platform_step(&mut steps, concern, self.platforms.get(id));
        }
        Plan {
            concern: *concern,
            rule: &rule.id,
            coverage,
            steps,
            advice: self.rules.advice_for(concern.kind, concern.reporter),
            platforms: &self.platforms,
        }
    }

    /// "Report it on {platform} too": after the last step that fills one of the roles the rule
    /// names (the emergency number, the police, the hotline), never before them and never
    /// instead of them; for the concerns the rule lists only.
    fn add_platform_step<'a>(&'a self, steps: &mut Vec<Step<'a>>, concern: &Concern, platform: &'a Platform) {
        let rule = self.rules.platform_step();
        if !rule.applies_to(concern.kind) {
            return;
        }
        let at = steps
            .iter()
            .rposition(|step| rule.after.contains(&step.role))
            .map_or(steps.len(), |last| last + 1);
        steps.insert(
            at,
            Step {
                role: Role::Platform,
                door: None,
                rule: &rule.id,
                why: MessageId::new(rule.why_for(concern.kind, concern.reporter)),
                coverage: Coverage::International,
                reach: None,
                target: Target::Platform {
                    platform,
                    advice: rule.advice_for(concern.reporter),
                },
            },
        );
    }

    fn emergency_step(&self, country: CountryCode) -> Step<'_> {
        let danger = self.rules.danger();
        let (target, coverage) = match self.directory.emergency(country) {
            EmergencyContact::Numbers(numbers) => {
                let mut services = numbers.iter().map(|at| self.directory.service(*at));
                let first = services.next().expect("BUG: Numbers is never empty");
                (
                    Target::Services {
                        first,
                        alternatives: services.take(MAX_ALTERNATIVES).collect(),
                    },
                    Coverage::National,
                )
            }
            EmergencyContact::Gap(gap) => (Target::Instruction(&gap.instruction), Coverage::National),
            EmergencyContact::Unknown => (
                Target::Message(MessageId::new(&danger.no_number_known)),
                Coverage::International,
            ),
        };
        Step {
            role: Role::Emergency,
            door: None,
            rule: &danger.id,
            why: MessageId::new(&danger.why),
            coverage,
            reach: None,
            target,
        }
    }

    /// The police, standing in for a step the country has no service of its own for: its
    /// police line or reporting portal, else its emergency number. `None` where it has
    /// neither, or where the emergency number already leads the plan (a child in danger).
    fn police_door(
        &self,
        concern: &Concern,
        shown: &[ServiceIndex],
    ) -> Option<(Step<'_>, Vec<ServiceIndex>)> {
        let door = self.rules.police_door();
        let police: Vec<ServiceIndex> = self
            .directory
            .national(concern.country, Role::Police)
            .iter()
            .copied()
            .filter(|at| self.directory.service(*at).suits(concern.reporter) && !shown.contains(at))
            .take(MAX_ALTERNATIVES + 1)
            .collect();
        let (kind, why, found) = if police.is_empty() {
            if concern.urgency.is_immediate() {
                return None;
            }
            let EmergencyContact::Numbers(numbers) = self.directory.emergency(concern.country) else {
                return None;
            };
            let numbers: Vec<ServiceIndex> = numbers.iter().copied().take(MAX_ALTERNATIVES + 1).collect();
            let about = MessageId::new(&door.about_emergency_number);
            (
                PoliceDoor::EmergencyNumber { about },
                &door.why_emergency_number,
                numbers,
            )
        } else {
            (PoliceDoor::PoliceService, &door.why_police, police)
        };
        let mut services = found.iter().map(|at| self.directory.service(*at));
        let first = services.next()?;
        let step = Step {
            role: Role::Police,
            door: Some(kind),
            rule: &door.id,
            why: MessageId::new(why),
            coverage: Coverage::National,
            reach: Some(Reach::National),
            target: Target::Services {
                first,
                alternatives: services.collect(),
            },
        };
        Some((step, found))
    }

    /// Whether the country's own services fill one of `step`'s roles for this reporter.
    fn fills_nationally(
        &self,
        step: &StepRule,
        country: CountryCode,
        reporter: Reporter,
        shown: &[ServiceIndex],
    ) -> bool {
        self.fill(step, Reach::National, country, reporter, shown)
            .is_some()
    }

    /// The first role of `step` that has services suited to the reporter, not already shown,
    /// from the country or (where the step allows) from anywhere.
    fn fill<'s>(
        &'s self,
        step: &'s StepRule,
        reach: Reach,
        country: CountryCode,
        reporter: Reporter,
        shown: &'s [ServiceIndex],
    ) -> Option<(Role, impl Iterator<Item = ServiceIndex> + 's, Coverage)> {
        let suitable = move |role: Role, candidates: &'s [ServiceIndex]| {
            candidates.iter().copied().filter(move |at| {
                let service = self.directory.service(*at);
                service.suits(reporter)
                    && !shown.contains(at)
                    && !(step.bystanders_only && role == Role::Prevention && !service.bystanders)
            })
        };
        let national = || {
            step.roles.iter().find_map(|role| {
                let mut found = suitable(*role, self.directory.national(country, *role)).peekable();
                found
                    .peek()
                    .is_some()
                    .then_some((*role, found, Coverage::National))
            })
        };
        let global = || {
            step.roles.iter().find_map(|role| {
                let mut found = suitable(*role, self.directory.global(*role)).peekable();
                found
                    .peek()
                    .is_some()
                    .then_some((*role, found, Coverage::International))
            })
        };
        match reach {
            Reach::NationalOrGlobal => national().or_else(global),
            Reach::National => national(),
            Reach::Global => global(),
        }
    }
}
