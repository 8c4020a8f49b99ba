//! The JSON API: `POST /api/v1/route` takes a person's answers and returns their plan. The
//! response types here are also what `signpost route --json` prints, so both speak one shape.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::routing::directory::Service;
use crate::routing::{Concern, ConcernKind, CountryCode, Plan, Reporter, Router, Step, Target, Urgency};
use crate::web::AppState;
use crate::web::error::{FieldError, WebError};

/// The body of `POST /api/v1/route`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteRequest {
    /// ISO 3166-1 alpha-2 code of where the person is.
    pub country: Option<String>,
    /// "child" (under 18) or "adult".
    pub reporter: Option<String>,
    /// One of the concern ids.
    pub concern: Option<String>,
    /// Whether a child is in danger right now; false when left out.
    #[serde(default)]
    pub immediate_danger: bool,
}

impl RouteRequest {
    /// Parses the answers, naming every field that is missing or wrong.
    pub fn parse(self) -> Result<Concern, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut field = |name: &'static str, value: Option<String>| {
            if value.is_none() {
                errors.push(FieldError::new(name, format!("{name} is required")));
            }
            value
        };
        let country = field("country", self.country);
        let reporter = field("reporter", self.reporter);
        let concern = field("concern", self.concern);
        let country = country.and_then(|c| {
            CountryCode::parse(&c)
                .map_err(|e| errors.push(FieldError::new("country", e.to_string())))
                .ok()
        });
        let reporter = reporter.and_then(|r| {
            r.parse::<Reporter>()
                .map_err(|e| errors.push(FieldError::new("reporter", e.to_string())))
                .ok()
        });
        let concern = concern.and_then(|c| {
            c.parse::<ConcernKind>()
                .map_err(|e| errors.push(FieldError::new("concern", e.to_string())))
                .ok()
        });
        match (country, reporter, concern) {
            (Some(country), Some(reporter), Some(kind)) if errors.is_empty() => Ok(Concern {
                country,
                reporter,
                kind,
                urgency: Urgency::from_danger(self.immediate_danger),
            }),
            _ => Err(errors),
        }
    }
}

/// A plan as JSON.
#[derive(Debug, Serialize)]
pub struct PlanResponse<'a> {
    /// Where the person is.
    pub country: CountryCode,
    /// The country's name.
    pub country_name: &'static str,
    /// "child" or "adult".
    pub reporter: Reporter,
    /// The concern id.
    pub concern: ConcernKind,
    /// The concern in plain words.
    pub concern_label: &'a str,
    /// Whether a child is in danger right now.
    pub immediate_danger: bool,
    /// "national", or "international" where some part uses a service from outside the country.
    pub coverage: &'static str,
    /// The id of the rule that chose the steps.
    pub rule: &'a str,
    /// The steps, in order.
    pub steps: Vec<StepResponse<'a>>,
    /// Safety advice for this concern.
    pub advice: &'a [String],
}

/// One step as JSON.
#[derive(Debug, Serialize)]
pub struct StepResponse<'a> {
    /// The role it fills.
    pub role: &'static str,
    /// The rule that chose it.
    pub rule: &'a str,
    /// Why it is in the plan.
    pub why: &'a str,
    /// "national" or "international".
    pub coverage: &'static str,
    /// The service to use first; null where only an instruction is known.
    pub service: Option<ServiceResponse<'a>>,
    /// What to do where no service is known.
    pub instruction: Option<&'a str>,
    /// Others that do the same job.
    pub alternatives: Vec<ServiceResponse<'a>>,
}

/// One service as JSON.
#[derive(Debug, Serialize)]
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
    /// What a `tel:` or `sms:` link dials.
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
    pub fn new(service: &'a Service) -> Self {
        use crate::routing::directory::Confidence;
        ServiceResponse {
            id: service.id.as_str(),
            name: &service.name,
            organisation: &service.organisation,
            kind: service.kind.as_str(),
            also: service.also.iter().map(|r| r.as_str()).collect(),
            url: service.url.as_ref().map(|u| u.as_str()),
            phone: service.phone.as_ref().map(|p| p.as_written()),
            phone_display: service.phone_display.as_deref(),
            e164: service.e164.as_ref().map(|e| e.as_str()),
            dial: service
                .e164
                .as_ref()
                .map(|e| e.as_str())
                .or(service.phone.as_ref().map(|p| p.dialled())),
            sms_only: service.sms_only,
            audience: service.audience.as_str(),
            min_age: service.min_age,
            max_age: service.max_age,
            anonymous: service.anonymous,
            hours: service.hours.as_deref(),
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
    fn new(step: &Step<'a>) -> Self {
        let (service, alternatives, instruction) = match step.target() {
            Target::Services { first, alternatives } => (
                Some(ServiceResponse::new(first)),
                alternatives.iter().map(|s| ServiceResponse::new(s)).collect(),
                None,
            ),
            Target::Instruction(text) => (None, Vec::new(), Some(*text)),
        };
        StepResponse {
            role: step.role().as_str(),
            rule: step.rule(),
            why: step.why(),
            coverage: step.coverage().as_str(),
            service,
            instruction,
            alternatives,
        }
    }
}

impl<'a> PlanResponse<'a> {
    /// The JSON view of a plan.
    pub fn new(router: &'a Router, plan: &Plan<'a>) -> Self {
        let concern = plan.concern();
        PlanResponse {
            country: concern.country,
            country_name: concern.country.name(),
            reporter: concern.reporter,
            concern: concern.kind,
            concern_label: &router.rules().text_for(concern.kind).label,
            immediate_danger: concern.urgency.is_immediate(),
            coverage: plan.coverage().as_str(),
            rule: plan.rule(),
            steps: plan.steps().iter().map(StepResponse::new).collect(),
            advice: plan.advice(),
        }
    }
}

/// `POST /api/v1/route`: answers in, plan out.
pub async fn create_route(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(WebError::UnsupportedMediaType);
    }
    let request: RouteRequest =
        serde_json::from_slice(&body).map_err(|e| WebError::BadJson(json_problem(&e)))?;
    let concern = request.parse().map_err(WebError::Invalid)?;
    let router = &state.router;
    let plan = router.route(&concern);
    Ok(axum::Json(PlanResponse::new(router, &plan)).into_response())
}

/// Describes a JSON syntax or shape error without echoing any of the input.
fn json_problem(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match error.classify() {
        Category::Syntax | Category::Eof => "the body is not valid JSON",
        Category::Data => {
            "the body is JSON but not the expected object: fields country, reporter, concern (strings) and immediate_danger (true/false)"
        }
        Category::Io => "the body could not be read",
    };
    format!("{what} (line {}, column {})", error.line(), error.column())
}
