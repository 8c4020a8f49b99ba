//! A plan: the ordered steps one person is shown, each naming the rule that chose it. Plans
//! borrow from the `Router` that made them, so building one copies no text.

use crate::routing::concern::Concern;
use crate::routing::directory::{Role, Service};
use crate::routing::platform::{Platform, Platforms};
use crate::routing::rules::Reach;

/// Whether a plan (or step) uses the country's own services.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Coverage {
    /// The country's own services.
    National,
    /// A service usable from anywhere, because the country has none of its own for this part
    /// (or, for a step, because the rule adds an international service).
    International,
}

impl Coverage {
    /// "national" or "international".
    pub fn as_str(self) -> &'static str {
        match self {
            Coverage::National => "national",
            Coverage::International => "international",
        }
    }
}

/// The id of a message in the Fluent catalogs (`rules-why-hotline`): words to look up in the
/// person's language, never text to show as it is. Only the rules make one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MessageId<'a>(&'a str);

impl<'a> MessageId<'a> {
    /// An id the rules name (checked against the catalogs when the configuration loads).
    pub(crate) fn new(id: &'a str) -> Self {
        MessageId(id)
    }

    /// The id itself.
    pub fn as_str(self) -> &'a str {
        self.0
    }
}

impl std::ops::Deref for MessageId<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.0
    }
}

/// What a step points to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target<'a> {
    /// A service, and others that do the same job there.
    Services {
        /// The one to use first.
        first: &'a Service,
        /// Others that do the same job, best first.
        alternatives: Vec<&'a Service>,
    },
    /// No number is known: the directory's instruction instead, as the reference writes it
    /// (literal text, shown as it is).
    Instruction(&'a str),
    /// No number is known and the directory says nothing: what to do, in the person's words.
    Message(MessageId<'a>),
    /// The platform where it happened, to report to as well: its own reporting page, and the
    /// advice that goes with reporting there.
    Platform {
        /// The platform the person named.
        platform: &'a Platform,
        /// Advice for reporting on a platform, worded for the reporter: message ids, in order.
        advice: &'a [String],
    },
}

/// How a police step stands in for a service the country does not have (the police door).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PoliceDoor<'a> {
    /// The country's own police line or reporting portal.
    PoliceService,
    /// The country's emergency number, the one national way to reach its police that the
    /// directory knows: worded as "the police can be reached on", never "call now".
    EmergencyNumber {
        /// What the number is for here, said in place of the police role's "about".
        about: MessageId<'a>,
    },
}

/// One step of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step<'a> {
    pub(crate) role: Role,
    pub(crate) door: Option<PoliceDoor<'a>>,
    pub(crate) rule: &'a str,
    pub(crate) why: MessageId<'a>,
    pub(crate) coverage: Coverage,
    pub(crate) reach: Option<Reach>,
    pub(crate) target: Target<'a>,
}

impl<'a> Step<'a> {
    /// The role this step fills.
    pub fn role(&self) -> Role {
        self.role
    }

    /// `Some` when this is a police step that stands in for a service the country lacks.
    pub fn police_door(&self) -> Option<PoliceDoor<'a>> {
        self.door
    }

    /// The id of the rule that chose it.
    pub fn rule(&self) -> &'a str {
        self.rule
    }

    /// Why it is in the plan.
    pub fn why(&self) -> MessageId<'a> {
        self.why
    }

    /// Whether it uses the country's own service.
    pub fn coverage(&self) -> Coverage {
        self.coverage
    }

    /// Where the rule let this step look (`None` for the emergency step).
    pub fn reach(&self) -> Option<Reach> {
        self.reach
    }

    /// What it points to.
    pub fn target(&self) -> &Target<'a> {
        &self.target
    }

    /// The first service, if the step has one.
    pub fn service(&self) -> Option<&'a Service> {
        match self.target {
            Target::Services { first, .. } => Some(first),
            Target::Instruction(_) | Target::Message(_) | Target::Platform { .. } => None,
        }
    }

    /// The platform, when this is the platform step.
    pub fn platform(&self) -> Option<&'a Platform> {
        match self.target {
            Target::Platform { platform, .. } => Some(platform),
            _ => None,
        }
    }

    /// Every service the step shows, first one first.
    pub fn services(&self) -> impl Iterator<Item = &'a Service> + '_ {
        let (first, rest): (Option<&'a Service>, &[&'a Service]) = match &self.target {
            Target::Services { first, alternatives } => (Some(*first), alternatives),
            Target::Instruction(_) | Target::Message(_) | Target::Platform { .. } => (None, &[]),
        };
        first.into_iter().chain(rest.iter().copied())
    }
}

/// Everything one person is told: never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan<'a> {
    pub(crate) concern: Concern,
    pub(crate) rule: &'a str,
    pub(crate) coverage: Coverage,
    pub(crate) steps: Vec<Step<'a>>,
    pub(crate) advice: &'a [String],
    pub(crate) platforms: &'a Platforms,
}

impl<'a> Plan<'a> {
    /// The answers it was made for.
    pub fn concern(&self) -> &Concern {
        &self.concern
    }

    /// The id of the rule that chose its steps.
    pub fn rule(&self) -> &'a str {
        self.rule
    }

    /// `International` when some part had to use a service from outside the country.
    pub fn coverage(&self) -> Coverage {
        self.coverage
    }

    /// The steps, in the order to take them. Never empty.
    pub fn steps(&self) -> &[Step<'a>] {
        &self.steps
    }

    /// The platforms the answer about where it happened names one of.
    pub fn platforms(&self) -> &'a Platforms {
        self.platforms
    }

    /// Safety advice for this concern, worded for the reporter, in order.
    pub fn advice(&self) -> impl ExactSizeIterator<Item = MessageId<'a>> + 'a {
        self.advice.iter().map(|id| MessageId(id))
    }
}
