//! The public pages: start, questions, plan, staying safe. Server-rendered from askama
//! templates (auto-escaped), working without JavaScript. Answers travel only in the POST body
//! of `/questions`, and the plan is the answer to that POST, so no address ever carries them.
//!
//! The start, questions, staying-safe and plan pages depend only on enumerated answers (the
//! browser's region, or the parsed `Concern`), so each is rendered once and kept in
//! [`crate::web::cache`]; the questions page with errors and every error page are rendered per
//! request, because they answer what a person sent.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::{Body, Bytes};
use axum::extract::{OriginalUri, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::routing::directory::{Confidence, EmergencyContact, Role, Service};
use crate::routing::{ConcernKind, CountryCode, Plan, Reporter, Router, Target, Urgency};
use crate::web::answers::Answers;
use crate::web::body::{Accepts, read_body};
use crate::web::cache::{Spliced, country_from_letters};
use crate::web::error::{FieldError, WebError};
use crate::web::forward::TellFormView;
use crate::web::{AppState, kept_answer};

/// A number to call, ready for a link.
#[derive(Debug)]
pub struct CallView {
    /// `tel:…` or `sms:…`.
    pub href: String,
    /// What the link says ("Call 0800 1111").
    pub label: String,
    /// The number alone, as the service writes it.
    pub number: String,
}

/// The start page.
#[derive(Template, WebTemplate)]
#[template(path = "start.html", config = "config/askama.toml")]
pub struct StartTemplate<'a> {
    exit_url: &'a str,
    emergency_number: Option<CallView>,
    country_name: Option<&'static str>,
}

/// One country in the list.
#[derive(Debug)]
pub struct CountryOption {
    code: CountryCode,
    name: &'static str,
    selected: bool,
}

/// One radio button.
#[derive(Debug)]
pub struct RadioOption {
    id: String,
    value: &'static str,
    label: String,
    hint: String,
    checked: bool,
}

/// One entry of the error summary.
#[derive(Debug)]
pub struct ErrorView {
    pub(crate) field: &'static str,
    pub(crate) anchor: String,
    pub(crate) message: &'static str,
}

/// The questions page, blank or with errors and the person's earlier answers kept.
#[derive(Template, WebTemplate)]
#[template(path = "questions.html", config = "config/askama.toml")]
pub struct QuestionsTemplate<'a> {
    exit_url: &'a str,
    countries: Vec<CountryOption>,
    danger_options: Vec<RadioOption>,
    reporter_options: Vec<RadioOption>,
    concern_options: Vec<RadioOption>,
    errors: Vec<ErrorView>,
}

impl QuestionsTemplate<'_> {
    fn error_for(&self, field: &str) -> Option<&'static str> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.message)
    }
}

/// A service on the plan page.
#[derive(Debug)]
pub struct ServiceView<'a> {
    pub(crate) name: &'a str,
    pub(crate) organisation: &'a str,
    pub(crate) url: Option<&'a str>,
    pub(crate) call: Option<CallView>,
    pub(crate) anonymous: Option<&'static str>,
    pub(crate) hours: Option<&'a str>,
    pub(crate) ages: Option<String>,
    pub(crate) verified: String,
    pub(crate) confidence: &'static str,
}

impl ServiceView<'_> {
    pub(crate) fn has_facts(&self) -> bool {
        self.anonymous.is_some() || self.hours.is_some() || self.ages.is_some()
    }
}

/// A step on the plan page.
#[derive(Debug)]
pub struct StepView<'a> {
    pub(crate) number: usize,
    pub(crate) role: &'static str,
    pub(crate) emergency: bool,
    pub(crate) heading: &'a str,
    pub(crate) why: &'a str,
    pub(crate) about: &'a str,
    pub(crate) need: &'a str,
    pub(crate) next: &'a str,
    pub(crate) instruction: Option<&'a str>,
    pub(crate) services: Vec<ServiceView<'a>>,
}

/// The plan page.
#[derive(Template, WebTemplate)]
#[template(path = "plan.html", config = "config/askama.toml")]
pub struct PlanTemplate<'a> {
    exit_url: &'a str,
    child: bool,
    danger: bool,
    international: bool,
    country_name: &'static str,
    concern_label: &'a str,
    rule: &'a str,
    steps: Vec<StepView<'a>>,
    advice: &'a [String],
    tell: Option<TellFormView<'a>>,
}

/// The staying-safe page.
#[derive(Template, WebTemplate)]
#[template(path = "staying_safe.html", config = "config/askama.toml")]
pub struct StayingSafeTemplate<'a> {
    exit_url: &'a str,
}

/// An international service shown on error pages.
#[derive(Debug)]
pub struct InternationalView<'a> {
    name: &'a str,
    url: &'a str,
    about: &'a str,
}

/// A calm error page that still shows where to get help.
#[derive(Template, WebTemplate)]
#[template(path = "error.html", config = "config/askama.toml")]
pub struct ErrorTemplate<'a> {
    exit_url: &'a str,
    title: &'static str,
    message: String,
    international: Vec<InternationalView<'a>>,
}

/// A kept page as a `200` response, with the content type askama_web sends.
fn html(state: &AppState, body: Body) -> Response {
    kept_answer(body, &state.html_headers)
}

/// Renders a page to keep.
fn render_to_keep(page: impl Template) -> Result<Bytes, askama::Error> {
    page.render().map(Bytes::from)
}

/// A kept page, or what askama_web answers when a template fails to render (logged; nothing is
/// kept).
fn html_or_failure(state: &AppState, page: Result<Bytes, askama::Error>) -> Response {
    match page {
        Ok(page) => html(state, Body::from(page)),
        Err(error) => {
            tracing::error!(%error, "BUG: a page failed to render");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                "INTERNAL SERVER ERROR",
            )
                .into_response()
        }
    }
}

/// `GET /`: kept per region.
pub async fn show_start(State(state): State<AppState>, request: Request) -> Response {
    let country = preferred_country(request.headers());
    let slot = state.cache.region_slot(country);
    html_or_failure(
        &state,
        state
            .cache
            .start
            .get_or_try_insert(slot, || render_to_keep(start_page(&state, country))),
    )
}

/// The start page for a region.
pub fn start_page(state: &AppState, country: Option<CountryCode>) -> StartTemplate<'_> {
    let emergency_number = country.and_then(|c| match state.router.directory().emergency(c) {
        EmergencyContact::Numbers(numbers) => call_view(state.router.directory().service(numbers[0])),
        _ => None,
    });
    let country_name = emergency_number.as_ref().and(country.map(|c| c.name()));
    StartTemplate {
        exit_url: state.exit_url(),
        emergency_number,
        country_name,
    }
}

/// `GET /questions`: one kept page, with the region's country selected by splicing in the
/// attribute the template would write.
pub async fn show_questions(State(state): State<AppState>, request: Request) -> Response {
    let country = preferred_country(request.headers());
    let kept = state.cache.questions.get_or_init(|| blank_questions(&state));
    match kept {
        Some(page) => html(&state, page.body(state.cache.region_slot(country))),
        None => {
            let answers = Answers {
                country: country.map(|c| c.to_string()),
                ..Answers::default()
            };
            render_questions(&state, &answers, None, Vec::new(), StatusCode::OK)
        }
    }
}

/// What the questions template writes after a country's `<option value="XX"` when that
/// country is selected.
const SELECTED: &[u8] = b" selected";

/// The questions page with nothing selected, and where `SELECTED` goes for each country; `None`
/// if the page does not have exactly one option per country (then each is rendered).
fn blank_questions(state: &AppState) -> Option<Spliced> {
    let page = questions_page(state, &Answers::default(), None, Vec::new())
        .render()
        .ok()?;
    let mut at = vec![None];
    for code in CountryCode::all() {
        let option = format!("<option value=\"{code}\"");
        let tag = format!("{option}>");
        let mut found = page.match_indices(&tag);
        let (start, _) = found.next()?;
        if found.next().is_some() {
            return None;
        }
        at.push(Some(start + option.len()));
    }
    Some(Spliced::new(Bytes::from(page), SELECTED, at.into_boxed_slice()))
}

/// The form body of `POST /questions`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsForm {
    country: Option<String>,
    danger: Option<String>,
    reporter: Option<String>,
    concern: Option<String>,
}

/// `POST /questions`: the plan, or the questions again with what needs fixing and every
/// earlier answer kept. "I'm not sure" about danger is treated as danger: the emergency number
/// comes first. Plans are kept per concern; the questions with errors never are.
pub async fn submit_questions(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = match read_body(&parts.headers, body, Accepts::Form).await {
        Ok(body) => body,
        Err(error) => return error_page(&state, error),
    };
    let Ok(form) = serde_urlencoded::from_bytes::<QuestionsForm>(&body) else {
        return error_page(&state, WebError::BadForm);
    };
    let urgency = match form.danger.as_deref() {
        Some("yes") | Some("not-sure") => Some(Urgency::ImmediateDanger),
        Some("no") => Some(Urgency::NotImmediate),
        _ => None,
    };
    let answers = Answers {
        country: form.country,
        reporter: form.reporter,
        concern: form.concern,
        urgency,
    };
    match answers.parse() {
        Ok(concern) => {
            crate::metrics::plan_served(&concern);
            let slot = state.cache.concern_slot(&concern);
            html_or_failure(
                &state,
                state.cache.plan_pages.get_or_try_insert(slot, || {
                    let plan = state.router.route(&concern);
                    render_to_keep(plan_page(&state, &plan))
                }),
            )
        }
        Err(errors) => render_questions(
            &state,
            &answers,
            form.danger.as_deref(),
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}

/// `GET /staying-safe`: kept.
pub async fn show_staying_safe(State(state): State<AppState>) -> Response {
    if let Some(page) = state.cache.staying_safe.get() {
        return html(&state, Body::from(page.clone()));
    }
    let page = render_to_keep(StayingSafeTemplate {
        exit_url: state.exit_url(),
    });
    html_or_failure(
        &state,
        page.map(|page| state.cache.staying_safe.get_or_init(|| page).clone()),
    )
}

/// Anything else: a 404 page, or a problem document under `/api/`.
pub async fn not_found(State(state): State<AppState>, OriginalUri(uri): OriginalUri) -> Response {
    if uri.path().starts_with("/api/") {
        WebError::NotFound.into_response()
    } else {
        error_page(&state, WebError::NotFound)
    }
}

/// The error page for a failed page request.
pub fn error_page(state: &AppState, error: WebError) -> Response {
    let directory = state.router.directory();
    let rules = state.router.rules();
    let international = [Role::CsamHotline, Role::ChildHelpline]
        .into_iter()
        .filter_map(|role| {
            let service = directory.global(role).first().map(|at| directory.service(*at))?;
            Some(InternationalView {
                name: &service.name,
                url: service.url.as_ref()?.as_str(),
                about: &rules.role_text(role).about,
            })
        })
        .collect();
    let status = error.status();
    let page = ErrorTemplate {
        exit_url: state.exit_url(),
        title: error.title(),
        message: error.detail(),
        international,
    };
    (status, page).into_response()
}

fn render_questions(
    state: &AppState,
    answers: &Answers,
    danger: Option<&str>,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Response {
    (status, questions_page(state, answers, danger, errors)).into_response()
}

/// The questions page, with these answers kept and these errors listed.
pub fn questions_page<'a>(
    state: &'a AppState,
    answers: &Answers,
    danger: Option<&str>,
    errors: Vec<FieldError>,
) -> QuestionsTemplate<'a> {
    let selected_country = answers
        .country
        .as_deref()
        .and_then(|c| CountryCode::parse(c).ok());
    let mut countries: Vec<CountryOption> = CountryCode::all()
        .into_iter()
        .map(|code| CountryOption {
            code,
            name: code.name(),
            selected: Some(code) == selected_country,
        })
        .collect();
    countries.sort_by(|a, b| a.name.cmp(b.name));
    let radio = |name: &str, value: &'static str, label: &str, hint: &str, checked: bool| RadioOption {
        id: format!("{name}-{value}"),
        value,
        label: label.to_owned(),
        hint: hint.to_owned(),
        checked,
    };
    let danger_options = [("yes", "Yes"), ("no", "No"), ("not-sure", "I'm not sure")]
        .into_iter()
        .map(|(value, label)| radio("danger", value, label, "", danger == Some(value)))
        .collect();
    let reporter = answers.reporter.as_deref();
    let reporter_options = [
        (Reporter::Child, "Yes, I am under 18"),
        (Reporter::Adult, "No, I am 18 or over"),
    ]
    .into_iter()
    .map(|(value, label)| {
        radio(
            "reporter",
            value.as_str(),
            label,
            "",
            reporter == Some(value.as_str()),
        )
    })
    .collect();
    let concern = answers.concern.as_deref();
    let rules = state.router.rules();
    let concern_options = ConcernKind::ALL
        .iter()
        .map(|kind| {
            let text = rules.text_for(*kind);
            radio(
                "concern",
                kind.as_str(),
                &text.label,
                &text.description,
                concern == Some(kind.as_str()),
            )
        })
        .collect();
    let errors = errors
        .into_iter()
        .map(|error| {
            let (anchor, message) = match error.field {
                "country" => ("country".to_owned(), "Choose the country you are in"),
                "danger" => (
                    "danger-yes".to_owned(),
                    "Choose whether a child is in danger right now",
                ),
                "reporter" => ("reporter-child".to_owned(), "Choose whether you are under 18"),
                _ => (
                    "concern-abuse-imagery".to_owned(),
                    "Choose what you are worried about",
                ),
            };
            ErrorView {
                field: error.field,
                anchor,
                message,
            }
        })
        .collect();
    QuestionsTemplate {
        exit_url: state.exit_url(),
        countries,
        danger_options,
        reporter_options,
        concern_options,
        errors,
    }
}

/// The plan page for a plan (with the blank "Also tell" form when mail is on).
pub fn plan_page<'a>(state: &'a AppState, plan: &Plan<'a>) -> PlanTemplate<'a> {
    let router: &Router = &state.router;
    let concern = plan.concern();
    PlanTemplate {
        exit_url: state.exit_url(),
        child: concern.reporter == Reporter::Child,
        danger: concern.urgency.is_immediate(),
        international: plan.coverage() == crate::routing::Coverage::International,
        country_name: concern.country.name(),
        concern_label: &router.rules().text_for(concern.kind).label,
        rule: plan.rule(),
        steps: step_views(router, plan),
        advice: plan.advice(),
        tell: state
            .settings
            .mail
            .as_ref()
            .map(|mail| TellFormView::blank(mail, concern)),
    }
}

/// The plan's steps, ready for `plan_steps.html`.
pub fn step_views<'a>(router: &'a Router, plan: &Plan<'a>) -> Vec<StepView<'a>> {
    plan.steps()
        .iter()
        .enumerate()
        .map(|(n, step)| {
            let text = router.rules().role_text(step.role());
            let (instruction, services) = match step.target() {
                Target::Instruction(text) => (Some(*text), Vec::new()),
                Target::Services { .. } => (None, step.services().map(service_view).collect()),
            };
            StepView {
                number: n + 1,
                role: step.role().as_str(),
                emergency: step.role() == Role::Emergency,
                heading: &text.heading,
                why: step.why(),
                about: &text.about,
                need: &text.need,
                next: &text.next,
                instruction,
                services,
            }
        })
        .collect()
}

fn call_view(service: &Service) -> Option<CallView> {
    let dial = service
        .phone
        .as_ref()
        .map(|p| p.dialled())
        .or(service.e164.as_ref().map(|e| e.as_str()))?;
    let written = service
        .phone_display
        .as_deref()
        .or(service.phone.as_ref().map(|p| p.as_written()))
        .unwrap_or(dial);
    Some(if service.sms_only {
        CallView {
            href: format!("sms:{dial}"),
            label: if written.to_lowercase().starts_with("text") {
                written.to_owned()
            } else {
                format!("Text {written}")
            },
            number: written.to_owned(),
        }
    } else {
        CallView {
            href: format!("tel:{dial}"),
            label: format!("Call {written}"),
            number: written.to_owned(),
        }
    })
}

fn service_view(service: &Service) -> ServiceView<'_> {
    let ages = match (service.min_age, service.max_age) {
        (Some(min), Some(max)) => Some(format!("Ages {min} to {max}")),
        (None, Some(max)) => Some(format!("Up to age {max}")),
        (Some(min), None) => Some(format!("From age {min}")),
        (None, None) => None,
    };
    let date_format = time::macros::format_description!("[day padding:none] [month repr:long] [year]");
    ServiceView {
        name: &service.name,
        organisation: &service.organisation,
        url: service.url.as_ref().map(|u| u.as_str()),
        call: call_view(service),
        anonymous: service.anonymous.map(|anonymous| {
            if anonymous {
                "You can report without giving your name."
            } else {
                "You will be asked for your name and contact details."
            }
        }),
        hours: service.hours.as_deref(),
        ages,
        verified: service
            .provenance
            .verified
            .format(&date_format)
            .unwrap_or_default(),
        confidence: match service.provenance.confidence {
            Confidence::OwnSite => "Checked on the service's own website.",
            Confidence::ThirdParty => "Found on another website: check the service's own page too.",
            Confidence::Conflict { .. } => {
                "Sources disagree about some details: check the service's own page."
            }
        },
    }
}

/// The country from the `Accept-Language` region, if any (never from the IP address).
pub fn preferred_country(headers: &HeaderMap) -> Option<CountryCode> {
    let header = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    region_from_accept_language(header)
}

/// The first region subtag in `Accept-Language`, by preference, that is a country: among the
/// first 20 tags, the one with the highest quality above zero whose first two-letter region
/// subtag names a country; of equals, the first. One pass, no allocation, and a quality is read
/// only for a tag that names a country: this runs for every start and questions page.
pub fn region_from_accept_language(header: &str) -> Option<CountryCode> {
    let mut best: Option<(f32, CountryCode)> = None;
    for part in header.split(',').take(20) {
        let mut pieces = part.trim().split(';');
        let Some(tag) = pieces.next().map(str::trim) else {
            continue;
        };
        let Some(country) = tag
            .split(['-', '_'])
            .skip(1)
            .find(|subtag| subtag.len() == 2 && subtag.bytes().all(|b| b.is_ascii_alphabetic()))
            .and_then(country_from_letters)
        else {
            continue;
        };
        let quality = match pieces.find_map(|p| p.trim().strip_prefix("q=")) {
            Some(q) => match q.trim().parse::<f32>() {
                Ok(q) => q,
                Err(_) => continue,
            },
            None => 1.0,
        };
        // NaN and zero are never acceptable; a later tag must be strictly preferred to win.
        let acceptable = quality > 0.0;
        if acceptable && best.is_none_or(|(q, _)| quality > q) {
            best = Some((quality, country));
        }
    }
    best.map(|(_, country)| country)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{self, ConfigSource, Settings};
    use std::sync::Arc;

    fn state() -> AppState {
        let loaded = config::load(&ConfigSource::Bundled, std::iter::empty()).unwrap();
        AppState::new(Settings::for_tests(), Arc::new(loaded.router))
    }

    #[test]
    fn the_kept_questions_page_is_byte_for_byte_what_the_template_renders_for_every_region() {
        let state = state();
        let kept = blank_questions(&state).expect("the questions page splits at each country");
        for country in std::iter::once(None).chain(CountryCode::all().into_iter().map(Some)) {
            let answers = Answers {
                country: country.map(|c| c.to_string()),
                ..Answers::default()
            };
            let rendered = questions_page(&state, &answers, None, Vec::new())
                .render()
                .unwrap();
            assert_eq!(
                String::from_utf8(kept.to_vec(state.cache.region_slot(country))).unwrap(),
                rendered,
                "{country:?}"
            );
        }
    }

    /// The region as a sort by quality finds it: the specification the one-pass parser keeps.
    fn region_by_sorting(header: &str) -> Option<CountryCode> {
        let mut tags: Vec<(f32, &str)> = header
            .split(',')
            .take(20)
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let quality = match pieces.find_map(|p| p.trim().strip_prefix("q=")) {
                    Some(q) => q.trim().parse::<f32>().ok()?,
                    None => 1.0,
                };
                Some((quality, tag))
            })
            .collect();
        tags.sort_by(|a, b| b.0.total_cmp(&a.0));
        tags.into_iter().filter(|(q, _)| *q > 0.0).find_map(|(_, tag)| {
            tag.split(['-', '_'])
                .skip(1)
                .find(|subtag| subtag.len() == 2 && subtag.bytes().all(|b| b.is_ascii_alphabetic()))
                .and_then(|region| CountryCode::parse(region).ok())
        })
    }

    proptest::proptest! {
        #[test]
        fn the_one_pass_parser_agrees_with_sorting_by_quality(
            header in "(([a-zA-Z]{1,3}([-_][a-zA-Z0-9]{1,4}){0,2}|\\*)( ?; ?q=(0|1|0\\.[0-9]{1,3}|1\\.0|nan|inf|-1|x| ))?, ?){0,25}"
        ) {
            proptest::prop_assert_eq!(region_from_accept_language(&header), region_by_sorting(&header));
        }
    }

    #[test]
    fn the_region_comes_from_the_most_preferred_tag_that_has_one() {
        for (header, expected, why) in [
            ("en-GB,en;q=0.9", Some("GB"), "the usual British browser"),
            ("fr;q=0.9, de-AT", Some("AT"), "quality order, not header order"),
            ("en", None, "a language alone says nothing about where"),
            ("es-419,es;q=0.9", None, "a numeric region is not a country"),
            ("zh-Hant-TW", Some("TW"), "script subtags are skipped"),
            ("en-UK", None, "UK is not a country code"),
            ("en-GB;q=0", None, "q=0 means not acceptable"),
            ("", None, "empty"),
            ("de-DE;q=0.5, en-GB;q=0.5", Some("DE"), "of equals, the first"),
            (
                "en;q=0.9, fr-FR;q=0.8",
                Some("FR"),
                "a lower tag with a region beats a higher one without",
            ),
            (
                "en-UK;q=1, de-CH;q=0.1",
                Some("CH"),
                "an invalid region is skipped, not fatal",
            ),
            (
                "xx-GB;q=nan, fr-FR;q=0.2",
                Some("FR"),
                "a quality that is not a number is never acceptable",
            ),
            (
                "xx-GB;q=abc, fr-FR;q=0.2",
                Some("FR"),
                "an unreadable quality drops that tag only",
            ),
        ] {
            assert_eq!(
                region_from_accept_language(header)
                    .map(|c| c.to_string())
                    .as_deref(),
                expected,
                "{why}"
            );
        }
    }
}
