//! The JSON API under `/api/v1/`: the route decision, the lists of valid answers, and the
//! OpenAPI document generated from these types. The plan's JSON shape lives with the plan
//! view ([`crate::view::json`]), which `signpost route --json` prints too.

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;
use utoipa::openapi::schema::{ObjectBuilder, Type};

use crate::i18n::{Words, concern_description, concern_label, place_label};
use crate::routing::{Concern, ConcernKind, CountryCode, OtherPlace, Router, Urgency};
use crate::view::PlanView;
pub use crate::view::json::{PlanResponse, ServiceResponse, StepResponse, concern_schema, reporter_schema};
use crate::web::answers::{Answers, DangerAnswer};
use crate::web::envelope::{kept_answer, with_language};
use crate::web::error::{Field, FieldError, Problem, WebError};
use crate::web::extract::{GuardedJson, JsonShape};
use crate::web::language::{accept_language, locale_for};
use crate::web::limit::ClientLimiter;
use crate::web::state::AppState;

fn country_schema() -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(
            "ISO 3166-1 alpha-2 code of where the person is (or XK); GET /api/v1/countries lists them",
        ))
        .examples([serde_json::json!("GB")])
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
    /// Where it happened (optional): a platform id or one of "website", "elsewhere-online",
    /// "not-online", "rather-not-say"; GET /api/v1/platforms lists them. Naming a platform adds
    /// "Report it on {platform} too" after the hotline or police step for the concerns where it
    /// helps; left out, the plan is exactly the plan without it.
    #[schema(example = "website")]
    pub platform: Option<String>,
}

impl JsonShape for RouteRequest {
    const NOT_AN_OBJECT: &'static str = "the body must be a JSON object with fields country, reporter, concern, immediate_danger and language";
    const EXPECTED: &'static str = "the body is JSON but not the expected object: fields country, reporter, concern, language (strings) and immediate_danger (true or false), and no others";
    fn limiter(state: &AppState) -> &ClientLimiter {
        &state.api_limiter
    }
}

impl RouteRequest {
    /// The answers, for the shared parser (the language is not one of them).
    pub fn into_answers(self) -> Answers {
        Answers {
            country: self.country,
            reporter: self.reporter,
            concern: self.concern,
            danger: Some(DangerAnswer::Known(Urgency::from_danger(self.immediate_danger))),
            platform: self.platform,
        }
    }
}

/// The plan for a concern as JSON in these words, exactly as `Json(PlanResponse)` writes it.
pub fn plan_json(t: Words<'_>, router: &Router, concern: &Concern) -> Bytes {
    let plan = router.route(concern);
    serde_json::to_vec(&PlanResponse::new(PlanView::new(t, &plan)))
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
pub async fn create_route(
    State(state): State<AppState>,
    GuardedJson {
        value: request,
        headers,
    }: GuardedJson<RouteRequest>,
) -> Result<Response, WebError> {
    let catalogs = state.catalogs();
    let language = match request.language.as_deref() {
        Some(tag) => catalogs.from_accept_language(tag).ok_or_else(|| FieldError {
            field: Field::Language,
            detail: format!(
                "language is not one Signpost answers in; use one of {}",
                catalogs
                    .offered()
                    .iter()
                    .map(|l| catalogs.catalog(*l).tag())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }),
        None => Ok(catalogs.negotiate(None, accept_language(&headers))),
    };
    let (concern, locale) = match (request.into_answers().parse(state.router.platforms()), language) {
        (Ok(concern), Ok(locale)) => (concern, locale),
        (concern, language) => {
            let mut errors: Vec<FieldError> = concern
                .err()
                .unwrap_or_default()
                .into_iter()
                .map(FieldError::from)
                .collect();
            errors.extend(language.err());
            return Err(WebError::Invalid(errors));
        }
    };
    let t = catalogs.words(locale);
    crate::metrics::plan_served(&concern);
    if concern.platform.is_some() {
        // Kept plans are keyed by the four answers every plan needs; these are made each time.
        let json = plan_json(t, &state.router, &concern);
        return Ok(kept_answer(Body::from(json), &state.json_headers[locale.index()]));
    }
    let slot = state.cache.concern_slot(locale, &concern);
    let Ok(json) = state.cache.plan_json.get_or_try_insert(slot, || {
        Ok::<_, std::convert::Infallible>(plan_json(t, &state.router, &concern))
    });
    Ok(kept_answer(Body::from(json), &state.json_headers[locale.index()]))
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
    let t = state.catalogs().words(locale_for(&state, None, &headers));
    let listed: std::collections::HashSet<CountryCode> = state.router.directory().countries().collect();
    let countries: Vec<CountryResponse> = CountryCode::all()
        .into_iter()
        .map(|code| CountryResponse {
            code: code.to_string(),
            name: t.country(code),
            listed: listed.contains(&code),
        })
        .collect();
    with_language(t, Json(countries).into_response())
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
    let t = state.catalogs().words(locale_for(&state, None, &headers));
    let concerns: Vec<ConcernResponse> = ConcernKind::ALL
        .iter()
        .map(|kind| ConcernResponse {
            id: *kind,
            label: t.get(&concern_label(*kind)),
            description: t.get(&concern_description(*kind)),
        })
        .collect();
    with_language(t, Json(concerns).into_response())
}

/// One answer to "Where did it happen?".
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PlatformResponse<'a> {
    /// The id to send as `platform`.
    pub id: &'a str,
    /// A platform's name as the platform writes it (never translated), or a fixed answer in
    /// the best language for `Accept-Language`.
    pub name: String,
    /// "platform" for a named platform, "other" for the fixed answers.
    #[schema(value_type = String, example = "platform")]
    pub kind: &'static str,
    /// A platform's category ("social", "messaging", "game", "video", "search"); null for the
    /// fixed answers.
    pub category: Option<&'static str>,
}

/// `GET /api/v1/platforms`: the answers to "Where did it happen?", platforms first.
#[utoipa::path(get, path = "/api/v1/platforms", tag = "routing",
    responses((status = 200, description = "Every answer to the optional question \"Where did it happen?\": the platforms (names as the platforms write them), then the fixed answers in the best language for Accept-Language (Content-Language says which)", body = [PlatformResponse])))]
pub async fn list_platforms(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let t = state.catalogs().words(locale_for(&state, None, &headers));
    let platforms = state.router.platforms();
    let answers: Vec<PlatformResponse<'_>> = platforms
        .all()
        .map(|(_, platform)| PlatformResponse {
            id: &platform.id,
            name: platform.name.clone(),
            kind: "platform",
            category: Some(platform.category.as_str()),
        })
        .chain(OtherPlace::ALL.iter().map(|place| PlatformResponse {
            id: place.as_str(),
            name: t.get(&place_label(*place)),
            kind: "other",
            category: None,
        }))
        .collect();
    with_language(t, Json(answers).into_response())
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
    paths(create_route, list_countries, list_concerns, list_platforms, health),
    components(schemas(
        RouteRequest,
        PlanResponse,
        StepResponse,
        ServiceResponse,
        CountryResponse,
        ConcernResponse,
        PlatformResponse,
        crate::view::json::PlatformStepResponse,
        Problem,
        FieldError
    ))
)]
pub struct ApiDoc;

/// The OpenAPI document as JSON, built on the first request for it (and again after a
/// reload, with the new state), with `country`, `language` and `platform` as enums of
/// exactly what the server accepts: every code [`CountryCode::all`] lists, the tags of the
/// languages offered (`languages`), and every answer to "Where did it happen?" (`platforms`:
/// the platform ids, then the fixed answers), so a client generated from the document cannot
/// send a value the server refuses.
pub fn openapi_json(languages: &[&str], platforms: &[&str]) -> String {
    let mut document =
        serde_json::to_value(ApiDoc::openapi()).expect("BUG: the OpenAPI document always serialises");
    let properties = &mut document["components"]["schemas"]["RouteRequest"]["properties"];
    let country = properties["country"]
        .as_object_mut()
        .expect("BUG: RouteRequest documents country");
    country.remove("pattern");
    country.insert(
        "enum".into(),
        CountryCode::all().iter().map(ToString::to_string).collect(),
    );
    let language = properties["language"]
        .as_object_mut()
        .expect("BUG: RouteRequest documents language");
    let mut tags: Vec<serde_json::Value> = languages.iter().map(|tag| (*tag).into()).collect();
    tags.push(serde_json::Value::Null);
    language.insert("enum".into(), tags.into());
    let platform = properties["platform"]
        .as_object_mut()
        .expect("BUG: RouteRequest documents platform");
    let mut ids: Vec<serde_json::Value> = platforms.iter().map(|id| (*id).into()).collect();
    ids.push(serde_json::Value::Null);
    platform.insert("enum".into(), ids.into());
    serde_json::to_string_pretty(&document).expect("BUG: the OpenAPI document always serialises")
}

/// `GET /api/v1/openapi.json`.
pub async fn show_openapi(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        state
            .openapi
            .get_or_init(|| {
                let catalogs = state.catalogs();
                let languages: Vec<&str> = catalogs
                    .offered()
                    .iter()
                    .map(|l| catalogs.catalog(*l).tag())
                    .collect();
                let platforms: Vec<&str> = state.router.platforms().valid_ids().collect();
                openapi_json(&languages, &platforms).into()
            })
            .clone(),
    )
        .into_response()
}
