//! The plan in a person's words: built once from a [`Plan`] and a language, and rendered by
//! every output — the plan page, the JSON answer, the forwarded email and the command line.
//!
//! Every decision about how a plan reads is made here and nowhere else: which number a call
//! link dials and how it is written, each step's heading and `why`, what to do where no number
//! is known, the alternatives, the facts about a service and the advice. The outputs only
//! arrange what this view holds, so two of them cannot disagree. No I/O here, and no markup.

pub mod json;

use crate::i18n::{Words, concern_label, place_label, role_text};
use crate::routing::directory::{Confidence, Role, Service};
use crate::routing::platform::PassesTo;
use crate::routing::{Concern, Coverage, Place, Plan, Platform, Platforms, PoliceDoor, Reporter, Target};

/// A number to call or text, ready for a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallView {
    /// `tel:…` or `sms:…`, dialling [`ServiceView::dial`].
    pub href: String,
    /// What the link says ("Call 0800 1111").
    pub label: String,
    /// The number alone, as the service writes it.
    pub number: String,
}

/// A service as a plan shows it.
#[derive(Clone, Debug)]
pub struct ServiceView<'a> {
    /// The service's facts as the directory holds them (id, kind, ages, provenance, …).
    pub service: &'a Service,
    /// Its name.
    pub name: &'a str,
    /// Who runs it.
    pub organisation: &'a str,
    /// Its official page.
    pub url: Option<&'a str>,
    /// The number as the service writes it, where it has one.
    pub phone_as_shown: Option<&'a str>,
    /// What a phone dials for it: the number as dialled in the person's country, else its
    /// E.164 form. The person has said which country they are in; national and free numbers
    /// often cannot be reached in international form, and short numbers (999, 116 111) have
    /// none, so the national form is the one that connects.
    pub dial: Option<&'a str>,
    /// The call or text link, where there is a number.
    pub call: Option<CallView>,
    /// Whether a report can be made without giving a name, in words.
    pub anonymous: Option<String>,
    /// Opening hours, as the directory gives them.
    pub hours: Option<&'a str>,
    /// Who it is for, by age, in words.
    pub ages: Option<String>,
    /// When its facts were last checked, in words.
    pub verified: String,
    /// Where they were checked, in words.
    pub confidence: String,
}

impl ServiceView<'_> {
    /// Whether there is anything to list under "about this service".
    pub fn has_facts(&self) -> bool {
        self.anonymous.is_some() || self.hours.is_some() || self.ages.is_some()
    }
}

/// The platform step's facts in words: where to report on the platform, and the advice.
#[derive(Clone, Debug)]
pub struct PlatformView<'a> {
    /// The platform's facts as the list holds them (id, languages, evidence).
    pub platform: &'a Platform,
    /// Its name, as the platform writes it (never translated).
    pub name: &'a str,
    /// Its own page for reporting child sexual exploitation.
    pub report_url: &'a str,
    /// How to report inside the app, as the reference gives it.
    pub in_app: Option<&'a str>,
    /// Whom the platform says it passes reports to, in words; `None` where it does not say.
    pub passes_to: Option<String>,
    /// Whether reporting needs an account, in words; `None` where not known.
    pub account: Option<String>,
    /// The advice that goes with reporting there, worded for the reporter.
    pub advice: Vec<String>,
    /// When its facts were read, in words.
    pub verified: String,
}

impl<'a> PlatformView<'a> {
    /// A platform and the advice for reporting there, in these words.
    pub fn new(t: Words<'_>, platform: &'a Platform, advice: &[String]) -> Self {
        let name = platform.name.as_str();
        PlatformView {
            platform,
            name,
            report_url: platform.report_url.as_str(),
            in_app: platform.in_app.as_deref(),
            passes_to: platform.passes_to.map(|to| {
                t.with(
                    match to {
                        PassesTo::Ncmec => "platform-passes-to-ncmec",
                        PassesTo::Police => "platform-passes-to-police",
                        PassesTo::NcmecAndPolice => "platform-passes-to-ncmec-police",
                    },
                    "platform",
                    name,
                )
            }),
            account: platform.needs_account.map(|needs| {
                t.with(
                    if needs {
                        "platform-account-needed"
                    } else {
                        "platform-account-not-needed"
                    },
                    "platform",
                    name,
                )
            }),
            advice: advice.iter().map(|id| t.get(id)).collect(),
            verified: t.with("step-last-checked", "date", &t.date(platform.evidence.read)),
        }
    }
}

/// The answer to "Where did it happen?" in words: a platform's own name, or a fixed answer
/// in the person's language.
pub fn place_words(t: Words<'_>, platforms: &Platforms, place: Place) -> String {
    match place {
        Place::Platform(id) => platforms.get(id).name.clone(),
        Place::Other(other) => t.get(&place_label(other)),
    }
}

/// One step of a plan in words.
#[derive(Clone, Debug)]
pub struct StepView<'a> {
    /// Its place in the plan, from 1.
    pub number: usize,
    /// The role it fills.
    pub role: Role,
    /// Whether it is the emergency number.
    pub emergency: bool,
    /// The id of the rule that chose it.
    pub rule: &'a str,
    /// "national" or "international".
    pub coverage: Coverage,
    /// Its heading ("Report it to the hotline").
    pub heading: String,
    /// Why it is in the plan.
    pub why: String,
    /// What the service is for.
    pub about: String,
    /// What the person will need.
    pub need: String,
    /// What happens next.
    pub next: String,
    /// What to do where no service is known: the directory's own words where it has them.
    pub instruction: Option<String>,
    /// The services, the one to use first first; the rest are alternatives.
    pub services: Vec<ServiceView<'a>>,
    /// The platform, for the platform step.
    pub platform: Option<PlatformView<'a>>,
}

impl<'a> StepView<'a> {
    /// The service to use first, if the step names one.
    pub fn first(&self) -> Option<&ServiceView<'a>> {
        self.services.first()
    }

    /// Others that do the same job, best first.
    pub fn alternatives(&self) -> &[ServiceView<'a>] {
        self.services.get(1..).unwrap_or(&[])
    }
}

/// A whole plan in one language.
#[derive(Clone, Debug)]
pub struct PlanView<'a> {
    /// The words it is in.
    pub t: Words<'a>,
    /// The answers it was made for.
    pub concern: Concern,
    /// The country's name.
    pub country_name: String,
    /// The concern in plain words.
    pub concern_label: String,
    /// Whether the person is under 18 (wording for children).
    pub child: bool,
    /// Whether a child is in danger right now (or the person was not sure).
    pub danger: bool,
    /// Whether some part had to use a service from outside the country.
    pub coverage: Coverage,
    /// The id of the rule that chose the steps.
    pub rule: &'a str,
    /// The steps, in order. Never empty.
    pub steps: Vec<StepView<'a>>,
    /// Safety advice, worded for the reporter.
    pub advice: Vec<String>,
    /// Where it happened, in words, when the person answered (a platform's own name, else
    /// the fixed answer in their language).
    pub place: Option<String>,
    /// The id of that answer, as sent.
    pub place_id: Option<&'a str>,
}

impl<'a> PlanView<'a> {
    /// The plan in these words.
    pub fn new(t: Words<'a>, plan: &Plan<'a>) -> Self {
        let concern = *plan.concern();
        PlanView {
            t,
            concern,
            country_name: t.country(concern.country),
            concern_label: t.get(&concern_label(concern.kind)),
            child: concern.reporter == Reporter::Child,
            danger: concern.urgency.is_immediate(),
            coverage: plan.coverage(),
            rule: plan.rule(),
            steps: steps(t, plan),
            advice: plan.advice().map(|id| t.get(&id)).collect(),
            place: concern
                .platform
                .map(|place| place_words(t, plan.platforms(), place)),
            place_id: concern.platform.map(|place| plan.platforms().id_of(place)),
        }
    }

    /// Whether some part uses a service from outside the country.
    pub fn international(&self) -> bool {
        self.coverage == Coverage::International
    }
}

/// The plan's steps in these words.
pub fn steps<'a>(t: Words<'_>, plan: &Plan<'a>) -> Vec<StepView<'a>> {
    plan.steps()
        .iter()
        .enumerate()
        .map(|(n, step)| {
            let role = step.role();
            let instruction = match step.target() {
                Target::Instruction(text) => Some((*text).to_owned()),
                Target::Message(id) => Some(t.get(id)),
                Target::Services { .. } | Target::Platform { .. } => None,
            };
            let platform = match step.target() {
                Target::Platform { platform, advice } => Some(PlatformView::new(t, platform, advice)),
                _ => None,
            };
            StepView {
                number: n + 1,
                role,
                emergency: role == Role::Emergency,
                rule: step.rule(),
                coverage: step.coverage(),
                heading: match &platform {
                    Some(platform) => t.with("platform-step-heading", "platform", platform.name),
                    None => t.get(&role_text(role, "heading")),
                },
                why: t.get(&step.why()),
                about: match step.police_door() {
                    Some(PoliceDoor::EmergencyNumber { about }) => t.get(&about),
                    Some(PoliceDoor::PoliceService) | None => t.get(&role_text(role, "about")),
                },
                need: t.get(&role_text(role, "need")),
                next: t.get(&role_text(role, "next")),
                instruction,
                services: step.services().map(|s| ServiceView::new(t, s)).collect(),
                platform,
            }
        })
        .collect()
}

impl<'a> ServiceView<'a> {
    /// A service in these words.
    pub fn new(t: Words<'_>, service: &'a Service) -> Self {
        let ages = match (service.min_age, service.max_age) {
            (Some(min), Some(max)) => {
                Some(t.args("step-ages-between", [("min", min.into()), ("max", max.into())]))
            }
            (None, Some(max)) => Some(t.args("step-ages-up-to", [("max", max.into())])),
            (Some(min), None) => Some(t.args("step-ages-from", [("min", min.into())])),
            (None, None) => None,
        };
        let dial = dial(service);
        ServiceView {
            service,
            name: &service.name,
            organisation: &service.organisation,
            url: service.url.as_ref().map(|u| u.as_str()),
            phone_as_shown: service.phone_as_shown(),
            dial,
            call: dial.map(|dial| call(t, service, dial)),
            anonymous: service.anonymous.map(|anonymous| {
                t.get(if anonymous {
                    "step-anonymous"
                } else {
                    "step-not-anonymous"
                })
            }),
            hours: service.hours.as_deref(),
            ages,
            verified: t.with("step-last-checked", "date", &t.date(service.provenance.verified)),
            confidence: t.get(match service.provenance.confidence {
                Confidence::OwnSite => "step-checked-own-site",
                Confidence::ThirdParty => "step-checked-third-party",
                Confidence::Conflict { .. } => "step-checked-conflict",
            }),
        }
    }
}

/// What a phone dials for a service (see [`ServiceView::dial`]).
pub fn dial(service: &Service) -> Option<&str> {
    service
        .phone
        .as_ref()
        .map(|p| p.dialled())
        .or(service.e164.as_ref().map(|e| e.as_str()))
}

/// The call link for a service that has a number, or the text link for a text-only number.
pub fn call(t: Words<'_>, service: &Service, dial: &str) -> CallView {
    let written = service.phone_as_shown().unwrap_or(dial);
    if service.sms_only {
        CallView {
            href: format!("sms:{dial}"),
            label: if written.to_lowercase().starts_with("text") {
                written.to_owned()
            } else {
                t.with("step-text", "number", written)
            },
            number: written.to_owned(),
        }
    } else {
        CallView {
            href: format!("tel:{dial}"),
            label: t.with("step-call", "number", written),
            number: written.to_owned(),
        }
    }
}

/// The call link for a service, where it has a number.
pub fn call_for(t: Words<'_>, service: &Service) -> Option<CallView> {
    dial(service).map(|dial| call(t, service, dial))
}
