//! The plan view as JSON: the shape of `POST /api/v1/route`'s answer and of
//! `signpost route --json`, so both speak one shape. Built from a [`PlanView`], so the JSON
//! says what the page says (the same `dial`, the same words). The schemas feed the OpenAPI
//! document.

use serde::Serialize;
use utoipa::openapi::schema::{ObjectBuilder, Type};

use crate::routing::directory::Confidence;
use crate::routing::{ConcernKind, CountryCode, Reporter};
use crate::view::{PlanView, PlatformView, ServiceView, StepView};

/// A string schema with these values only.
pub fn string_enum(values: impl IntoIterator<Item = &'static str>, description: &str) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values))
        .description(Some(description))
}

/// The schema of a reporter id.
pub fn reporter_schema() -> ObjectBuilder {
    string_enum(
        Reporter::ALL.iter().map(|r| r.as_str()),
        "\"child\" (under 18) or \"adult\"",
    )
}

/// The schema of a concern id.
pub fn concern_schema() -> ObjectBuilder {
    string_enum(
        ConcernKind::ALL.iter().map(|c| c.as_str()),
        "What the person is worried about; GET /api/v1/concerns describes each",
    )
}

/// A plan as JSON.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PlanResponse<'a> {
    /// The language of every text in the answer (also in `Content-Language`).
    #[schema(example = "en-GB")]
    pub language: &'a str,
    /// Where the person is.
    #[schema(value_type = String, example = "GB")]
    pub country: CountryCode,
    /// The country's name, in `language`.
    pub country_name: String,
    /// "child" or "adult".
    #[schema(schema_with = reporter_schema)]
    pub reporter: Reporter,
    /// The concern id.
    #[schema(schema_with = concern_schema)]
    pub concern: ConcernKind,
    /// The concern in plain words, in `language`.
    pub concern_label: String,
    /// Whether a child is in danger right now.
    pub immediate_danger: bool,
    /// "national", or "international" where some part uses a service from outside the country.
    pub coverage: &'static str,
    /// The id of the rule that chose the steps.
    pub rule: &'a str,
    /// The steps, in order.
    pub steps: Vec<StepResponse<'a>>,
    /// Safety advice for this concern, in `language`.
    pub advice: Vec<String>,
    /// Where it happened, as sent (a platform id or a fixed answer); left out when the
    /// question was skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<&'a str>,
}

/// One step as JSON.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct StepResponse<'a> {
    /// The role it fills.
    pub role: &'static str,
    /// The rule that chose it.
    pub rule: &'a str,
    /// Why it is in the plan, in the plan's `language`.
    pub why: String,
    /// "national" or "international".
    pub coverage: &'static str,
    /// The service to use first; null where only an instruction is known.
    pub service: Option<ServiceResponse<'a>>,
    /// What to do where no service is known (the directory's own words where it has them).
    pub instruction: Option<String>,
    /// Others that do the same job.
    pub alternatives: Vec<ServiceResponse<'a>>,
    /// For the step with role "platform" only: where and how to report on the platform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<PlatformStepResponse<'a>>,
}

/// The platform of a platform step as JSON.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PlatformStepResponse<'a> {
    /// Its id (GET /api/v1/platforms lists them).
    pub id: &'a str,
    /// Its name, as the platform writes it (never translated).
    pub name: &'a str,
    /// "social", "messaging", "game", "video" or "search".
    pub category: &'static str,
    /// Its own page for reporting child sexual exploitation or a child-safety concern.
    pub report_url: &'a str,
    /// How to report inside the app, as the reference gives it (in English).
    pub in_app: Option<&'a str>,
    /// Whom the platform says it passes reports to: "ncmec", "police" or "ncmec+police";
    /// null where its page does not say.
    pub passes_to: Option<&'static str>,
    /// The same, in `language`.
    pub passes_to_text: Option<String>,
    /// Whether reporting needs an account; null where not known.
    pub needs_account: Option<bool>,
    /// Languages its reporting page is offered in (ISO 639-1).
    pub languages: &'a [String],
    /// Advice for reporting on a platform (block after reporting, keep the conversation,
    /// never send or save the images), in `language`.
    pub advice: Vec<String>,
    /// The date its facts were read.
    pub verified: String,
    /// The page they were read on.
    pub source: &'a str,
    /// How sure the reference is.
    pub confidence: &'a str,
}

impl<'a> PlatformStepResponse<'a> {
    fn new(view: PlatformView<'a>) -> Self {
        let platform = view.platform;
        PlatformStepResponse {
            id: &platform.id,
            name: view.name,
            category: platform.category.as_str(),
            report_url: view.report_url,
            in_app: view.in_app,
            passes_to: platform.passes_to.map(|p| p.as_str()),
            passes_to_text: view.passes_to,
            needs_account: platform.needs_account,
            languages: &platform.languages,
            advice: view.advice,
            verified: platform.evidence.read.to_string(),
            source: &platform.evidence.source,
            confidence: &platform.confidence,
        }
    }
}

/// One service as JSON.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ServiceResponse<'a> {
    /// Unique id.
    pub id: &'a str,
    /// Its name.
    pub name: &'a str,
    /// Who runs it.
    pub organisation: &'a str,
    /// Its kind.
    pub kind: &'static str,
    /// Further roles it fills.
    pub also: Vec<&'static str>,
    /// Its official page.
    pub url: Option<&'a str>,
    /// The number as dialled in the country.
    pub phone: Option<&'a str>,
    /// How the service writes its number, where that says more.
    pub phone_display: Option<&'a str>,
    /// E.164 form.
    pub e164: Option<&'a str>,
    /// What a `tel:` or `sms:` link dials (the plan page's call link dials the same): the number as dialled in the country, else E.164.
    pub dial: Option<&'a str>,
    /// The number takes text messages only.
    pub sms_only: bool,
    /// "children", "adults" or "anyone".
    pub audience: &'static str,
    /// Youngest age served.
    pub min_age: Option<u8>,
    /// Oldest age served.
    pub max_age: Option<u8>,
    /// Whether a report can be made without a name; null where not known.
    pub anonymous: Option<bool>,
    /// Opening hours, where known.
    pub hours: Option<&'a str>,
    /// Languages served.
    pub languages: &'a [String],
    /// The date the facts were taken from the reference.
    pub verified: String,
    /// Where they were read.
    pub source: &'a str,
    /// "own-site", "third-party" or "conflict".
    pub confidence: &'static str,
    /// What the sources disagree about, for "conflict".
    pub confidence_note: Option<&'a str>,
}

impl<'a> ServiceResponse<'a> {
    /// The JSON view of a service.
    pub fn new(view: &ServiceView<'a>) -> Self {
        let service = view.service;
        ServiceResponse {
            id: service.id.as_str(),
            name: view.name,
            organisation: view.organisation,
            kind: service.kind.as_str(),
            also: service.also.iter().map(|r| r.as_str()).collect(),
            url: view.url,
            phone: service.phone.as_ref().map(|p| p.as_written()),
            phone_display: service.phone_display.as_deref(),
            e164: service.e164.as_ref().map(|e| e.as_str()),
            dial: view.dial,
            sms_only: service.sms_only,
            audience: service.audience.as_str(),
            min_age: service.min_age,
            max_age: service.max_age,
            anonymous: service.anonymous,
            hours: view.hours,
            languages: &service.languages,
            verified: service.provenance.verified.to_string(),
            source: &service.provenance.source,
            confidence: service.provenance.confidence.as_str(),
            confidence_note: match &service.provenance.confidence {
                Confidence::Conflict { note } => Some(note),
                _ => None,
            },
        }
    }
}

impl<'a> StepResponse<'a> {
    fn new(step: StepView<'a>) -> Self {
        StepResponse {
            role: step.role.as_str(),
            rule: step.rule,
            coverage: step.coverage.as_str(),
            service: step.first().map(ServiceResponse::new),
            alternatives: step.alternatives().iter().map(ServiceResponse::new).collect(),
            why: step.why,
            instruction: step.instruction,
            platform: step.platform.map(PlatformStepResponse::new),
        }
    }
}

impl<'a> PlanResponse<'a> {
    /// The JSON view of a plan.
    pub fn new(view: PlanView<'a>) -> Self {
        let concern = view.concern;
        PlanResponse {
            language: view.t.tag(),
            country: concern.country,
            country_name: view.country_name,
            reporter: concern.reporter,
            concern: concern.kind,
            concern_label: view.concern_label,
            immediate_danger: view.danger,
            coverage: view.coverage.as_str(),
            rule: view.rule,
            steps: view.steps.into_iter().map(StepResponse::new).collect(),
            advice: view.advice,
            platform: view.place_id,
        }
    }
}
