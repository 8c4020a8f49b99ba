//! The JSON API under `/api/v1/`: the route decision, the lists of valid answers, and the
//! OpenAPI document generated from these types. The response types are also what
//! `signpost route --json` prints, so both speak one shape.

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;
use utoipa::openapi::schema::{ObjectBuilder, Type};

use crate::i18n::Words;
use crate::routing::directory::Service;
use crate::routing::{Concern, ConcernKind, CountryCode, Plan, Reporter, Router, Step, Target, Urgency};
use crate::web::answers::Answers;
use crate::web::body::{Accepts, read_body};
use crate::web::error::{FieldError, Problem, WebError};
use crate::web::{AppState, kept_answer};

fn string_enum(values: impl IntoIterator<Item = &'static str>, description: &str) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values))
        .description(Some(description))
}

fn country_schema() -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some("^[A-Za-z]{2}$"))
        .description(Some(
            "ISO 3166-1 alpha-2 code of where the person is (or XK); GET /api/v1/countries lists them",
        ))
        .examples([serde_json::json!("GB")])
}

fn reporter_schema() -> ObjectBuilder {
    string_enum(
        Reporter::ALL.iter().map(|r| r.as_str()),
        "\"child\" (under 18) or \"adult\"",
    )
}

fn concern_schema() -> ObjectBuilder {
    string_enum(
        ConcernKind::ALL.iter().map(|c| c.as_str()),
        "What the person is worried about; GET /api/v1/concerns describes each",
    )
}

/// The body of `POST /api/v1/route`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteRequest {
    /// ISO 3166-1 alpha-2 code of where the person is.
    #[schema(schema_with = country_schema, required = true)]
    pub country: Option<String>,
    /// "child" (under 18) or "adult".
    #[schema(schema_with = reporter_schema, required = true)]
    pub reporter: Option<String>,
    /// One of the concern ids.
    #[schema(schema_with = concern_schema, required = true)]
    pub concern: Option<String>,
    /// Whether a child is in danger right now; false when left out.
    #[serde(default)]
    pub immediate_danger: bool,
    /// The language to answer in (a BCP 47 tag such as "fr" or "en-GB"; "fr-CA" gets "fr").
    /// Left out: the best match for `Accept-Language`, else "en-GB". The answer's
    /// `Content-Language` and `language` say which was used.
    #[schema(example = "fr")]
    pub language: Option<String>,
}

impl RouteRequest {
    /// The answers, for the shared parser.
    pub fn answers(&self) -> Answers {
        Answers {
            country: self.country.clone(),
            reporter: self.reporter.clone(),
            concern: self.concern.clone(),
            urgency: Some(Urgency::from_danger(self.immediate_danger)),
        }
    }
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
    /// What a `tel:` or `sms:` link dials: the number as dialled in the country, else E.164.
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
    fn new(t: Words<'_>, step: &Step<'a>) -> Self {
        let (service, alternatives, instruction) = match step.target() {
            Target::Services { first, alternatives } => (
                Some(ServiceResponse::new(first)),
                alternatives.iter().map(|s| ServiceResponse::new(s)).collect(),
                None,
            ),
            Target::Instruction(text) => (None, Vec::new(), Some((*text).to_owned())),
            Target::Message(id) => (None, Vec::new(), Some(t.get(id))),
        };
        StepResponse {
            role: step.role().as_str(),
            rule: step.rule(),
            why: t.get(step.why()),
            coverage: step.coverage().as_str(),
            service,
            instruction,
            alternatives,
        }
    }
}

impl<'a> PlanResponse<'a> {
    /// The JSON view of a plan, in these words.
    pub fn new(t: Words<'a>, plan: &Plan<'a>) -> Self {
        let concern = plan.concern();
        PlanResponse {
            language: t.tag(),
            country: concern.country,
            country_name: t.country(concern.country),
            reporter: concern.reporter,
            concern: concern.kind,
            concern_label: t.get(&crate::i18n::concern_label(concern.kind)),
            immediate_danger: concern.urgency.is_immediate(),
            coverage: plan.coverage().as_str(),
            rule: plan.rule(),
            steps: plan
                .steps()
                .iter()
                .map(|step| StepResponse::new(t, step))
                .collect(),
            advice: plan.advice().iter().map(|id| t.get(id)).collect(),
        }
    }
}

/// The plan for a concern as JSON in these words, exactly as `Json(PlanResponse)` writes it.
pub fn plan_json(t: Words<'_>, router: &Router, concern: &Concern) -> Bytes {
    let plan = router.route(concern);
    serde_json::to_vec(&PlanResponse::new(t, &plan))
        .expect("BUG: a plan always serialises")
        .into()
}

// The JSON of each plan is kept per concern (`cache::Rendered::plan_json`). Plain comment, not
// doc: the doc comment below is the OpenAPI summary.
/// `POST /api/v1/route`: answers in, plan out.
#[utoipa::path(
    post,
    path = "/api/v1/route",
    tag = "routing",
    request_body(content = RouteRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "The plan: ordered steps, each naming the rule that chose it", body = PlanResponse,
            headers(("content-language" = String, description = "The language of every text in the plan, as in its `language` field"))),
        (status = 400, description = "The body is not JSON of the expected shape", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is over 16 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not application/json", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Answers missing or not valid; each is named", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this client; try again after Retry-After seconds",
            headers(("Retry-After" = u64, description = "Seconds to wait before trying again")),
            body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_route(State(state): State<AppState>, request: Request) -> Result<Response, WebError> {
    let (parts, body) = request.into_parts();
    let body = read_body(&parts.headers, body, Accepts::Json).await?;
    // Only an object: serde's derive would also take the same fields as an array.
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(WebError::BadJson(
            "the body must be a JSON object with fields country, reporter, concern, immediate_danger and language"
                .to_owned(),
        ));
    }
    let request: RouteRequest =
        serde_json::from_slice(&body).map_err(|e| WebError::BadJson(json_problem(&e)))?;
    let catalogs = crate::web::pages::catalogs(&state);
    let accept = parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let language = match request.language.as_deref() {
        Some(tag) => match catalogs.from_accept_language(tag) {
            Some(locale) => Ok(locale),
            None => Err(FieldError::new(
                "language",
                format!(
                    "language is not one Signpost answers in; use one of {}",
                    catalogs
                        .offered()
                        .iter()
                        .map(|l| catalogs.catalog(*l).tag())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
        },
        None => Ok(catalogs.negotiate(None, accept)),
    };
    let concern = request.answers().parse();
    let (concern, locale) = match (concern, language) {
        (Ok(concern), Ok(locale)) => (concern, locale),
        (concern, language) => {
            let mut errors = concern.err().unwrap_or_default();
            errors.extend(language.err());
            return Err(WebError::Invalid(errors));
        }
    };
    let t = catalogs.words(locale);
    crate::metrics::plan_served(&concern);
    let slot = state.cache.concern_slot(locale, &concern);
    let Ok(json) = state.cache.plan_json.get_or_try_insert(slot, || {
        Ok::<_, std::convert::Infallible>(plan_json(t, &state.router, &concern))
    });
    Ok(crate::web::pages::with_language(
        t,
        kept_answer(Body::from(json), &state.json_headers),
    ))
}

/// One country Signpost accepts.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CountryResponse {
    /// ISO 3166-1 alpha-2 code (or XK).
    pub code: String,
    /// The country's name, in the best language for `Accept-Language` (see `Content-Language`).
    pub name: String,
    /// Whether the directory has services of its own for this country (otherwise plans use
    /// international services).
    pub listed: bool,
}

/// `GET /api/v1/countries`: every country code Signpost accepts.
#[utoipa::path(get, path = "/api/v1/countries", tag = "routing",
    responses((status = 200, description = "Every accepted country, by code", body = [CountryResponse])))]
pub async fn list_countries(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let t = crate::web::pages::catalogs(&state).words(crate::web::pages::locale_for(&state, None, &headers));
    let listed: std::collections::HashSet<CountryCode> = state.router.directory().countries().collect();
    let countries: Vec<CountryResponse> = CountryCode::all()
        .into_iter()
        .map(|code| CountryResponse {
            code: code.to_string(),
            name: t.country(code),
            listed: listed.contains(&code),
        })
        .collect();
    crate::web::pages::with_language(t, Json(countries).into_response())
}

/// One concern Signpost routes.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ConcernResponse {
    /// The id to send as `concern`.
    #[schema(schema_with = concern_schema)]
    pub id: ConcernKind,
    /// Short label in plain words.
    pub label: String,
    /// One line saying what it covers.
    pub description: String,
}

/// `GET /api/v1/concerns`: the concerns, in the order Signpost asks about them.
#[utoipa::path(get, path = "/api/v1/concerns", tag = "routing",
    responses((status = 200, description = "Every concern, with plain-words label and description in the best language for Accept-Language (Content-Language says which)", body = [ConcernResponse])))]
pub async fn list_concerns(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let t = crate::web::pages::catalogs(&state).words(crate::web::pages::locale_for(&state, None, &headers));
    let concerns: Vec<ConcernResponse> = ConcernKind::ALL
        .iter()
        .map(|kind| ConcernResponse {
            id: *kind,
            label: t.get(&crate::i18n::concern_label(*kind)),
            description: t.get(&crate::i18n::concern_description(*kind)),
        })
        .collect();
    crate::web::pages::with_language(t, Json(concerns).into_response())
}

/// `GET /healthz`: the process is up and its configuration loaded.
#[utoipa::path(get, path = "/healthz", tag = "operations",
    responses((status = 200, description = "Signpost is serving", body = String, content_type = "text/plain")))]
pub async fn health() -> &'static str {
    "ok\n"
}

/// The OpenAPI document, generated from the handlers and types above.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Signpost API",
        description = "Routes a concern about a child's safety online to the right official service for the country. Answers go in the POST body only; nothing is kept."
    ),
    paths(create_route, list_countries, list_concerns, health),
    components(schemas(
        RouteRequest,
        PlanResponse,
        StepResponse,
        ServiceResponse,
        CountryResponse,
        ConcernResponse,
        Problem,
        FieldError
    ))
)]
pub struct ApiDoc;

/// The OpenAPI document as JSON, built once at start-up.
pub fn openapi_json() -> String {
    ApiDoc::openapi()
        .to_pretty_json()
        .expect("BUG: the OpenAPI document always serialises")
}

/// `GET /api/v1/openapi.json`.
pub async fn show_openapi(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        state.openapi.clone(),
    )
        .into_response()
}

/// Describes a JSON syntax or shape error without echoing any of the input.
fn json_problem(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match error.classify() {
        Category::Syntax | Category::Eof => "the body is not valid JSON",
        Category::Data => {
            "the body is JSON but not the expected object: fields country, reporter, concern, language (strings) and immediate_danger (true or false), and no others"
        }
        Category::Io => "the body could not be read",
    };
    format!("{what} (line {}, column {})", error.line(), error.column())
}
