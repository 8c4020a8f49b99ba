//! The public pages: start, questions, plan, staying safe. Server-rendered from askama
//! templates (auto-escaped), working without JavaScript. Answers travel only in the POST body
//! of `/questions`, and the plan is the answer to that POST, so no address ever carries them.
//!
//! The start, questions, staying-safe and plan pages depend only on enumerated answers (the
//! language, the browser's region, or the parsed `Concern`), so each is rendered once and kept
//! in [`crate::web::cache`]; the questions page with errors and every error page are rendered
//! per request, because they answer what a person sent.
//!
//! Every word comes from the Fluent catalogs ([`crate::i18n`]). The language is the person's
//! explicit choice (`lang` in the POST body, or `?lang=` on a page that carries no answers),
//! else their browser's `Accept-Language`, else `en-GB`; each page carries it on in its links
//! and forms, and offers the other languages: as links where the page holds no answers, as
//! buttons re-sending the answers in the POST body where it does.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::{Body, Bytes};
use axum::extract::{OriginalUri, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::i18n::{Catalogs, Locale, Words};
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

/// What every page shares: its language and direction, the language list, the notice on
/// pages in a language not yet reviewed, and where "Leave this site" goes.
#[derive(Debug)]
pub struct Frame<'a> {
    pub(crate) t: Words<'a>,
    pub(crate) dir: &'static str,
    pub(crate) exit_url: &'a str,
    pub(crate) languages: Vec<LanguageView<'a>>,
    pub(crate) switch: Switch<'a>,
    /// The notice in the page's language, and in English when that is not English.
    pub(crate) unreviewed: Option<(String, Option<String>)>,
}

impl Frame<'_> {
    /// An address on this site, carrying the page's language (`/questions?lang=fr`).
    pub(crate) fn link(&self, path: &str) -> String {
        format!("{path}?lang={}", self.t.tag())
    }
}

/// One language in the language list, named in itself.
#[derive(Debug)]
pub struct LanguageView<'a> {
    pub(crate) tag: &'a str,
    pub(crate) name: &'a str,
    pub(crate) current: bool,
}

/// How the language list changes language.
#[derive(Debug)]
pub enum Switch<'a> {
    /// Links to this address with `?lang=`: for pages that carry no answers.
    Links(&'a str),
    /// Buttons that send these fields again, with `lang`, in a POST to `action`: the answers
    /// stay in the body, never in an address.
    Form {
        /// Where the form goes.
        action: &'static str,
        /// The answers to send again.
        hidden: Vec<(&'static str, String)>,
    },
}

/// The frame of a page in `locale`.
pub fn frame<'a>(state: &'a AppState, locale: Locale, switch: Switch<'a>) -> Frame<'a> {
    let catalogs = catalogs(state);
    let t = catalogs.words(locale);
    let unreviewed = (!t.catalog().reviewed()).then(|| {
        let english =
            (locale != Locale::SOURCE).then(|| catalogs.words(Locale::SOURCE).get("notice-unreviewed"));
        (t.get("notice-unreviewed"), english)
    });
    Frame {
        t,
        dir: t.catalog().direction().as_str(),
        exit_url: state.exit_url(),
        languages: catalogs
            .offered()
            .iter()
            .map(|offered| {
                let catalog = catalogs.catalog(*offered);
                LanguageView {
                    tag: catalog.tag(),
                    name: catalog.name(),
                    current: *offered == locale,
                }
            })
            .collect(),
        switch,
        unreviewed,
    }
}

/// The catalogs the pages speak from.
pub fn catalogs(state: &AppState) -> &Catalogs {
    &state.settings.pages.catalogs
}

/// The language for a request: `explicit` (from `lang`) if offered, else `Accept-Language`,
/// else `en-GB`.
pub fn locale_for(state: &AppState, explicit: Option<&str>, headers: &HeaderMap) -> Locale {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    catalogs(state).negotiate(explicit, accept)
}

/// `lang` from a query string, if there is one (nothing else is read from it).
pub fn lang_in_query(query: Option<&str>) -> Option<&str> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .filter(|tag| tag.len() <= 16)
}

/// The emergency number as a link inside the sentence around it.
#[derive(Debug)]
pub struct EmergencyCall {
    before: String,
    number: CallView,
    after: String,
}

/// The start page.
#[derive(Template, WebTemplate)]
#[template(path = "start.html", config = "config/askama.toml")]
pub struct StartTemplate<'a> {
    frame: Frame<'a>,
    t: Words<'a>,
    emergency: Option<EmergencyCall>,
}

/// One country in the list.
#[derive(Debug)]
pub struct CountryOption {
    code: CountryCode,
    name: String,
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
    pub(crate) message: String,
}

/// The questions page, blank or with errors and the person's earlier answers kept.
#[derive(Template, WebTemplate)]
#[template(path = "questions.html", config = "config/askama.toml")]
pub struct QuestionsTemplate<'a> {
    frame: Frame<'a>,
    t: Words<'a>,
    countries: Vec<CountryOption>,
    danger_options: Vec<RadioOption>,
    reporter_options: Vec<RadioOption>,
    concern_options: Vec<RadioOption>,
    errors: Vec<ErrorView>,
}

impl QuestionsTemplate<'_> {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// A service on the plan page.
#[derive(Debug)]
pub struct ServiceView<'a> {
    pub(crate) name: &'a str,
    pub(crate) organisation: &'a str,
    pub(crate) url: Option<&'a str>,
    pub(crate) call: Option<CallView>,
    pub(crate) anonymous: Option<String>,
    pub(crate) hours: Option<&'a str>,
    pub(crate) ages: Option<String>,
    pub(crate) verified: String,
    pub(crate) confidence: String,
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
    pub(crate) heading: String,
    pub(crate) why: String,
    pub(crate) about: String,
    pub(crate) need: String,
    pub(crate) next: String,
    pub(crate) instruction: Option<String>,
    pub(crate) services: Vec<ServiceView<'a>>,
}

/// The plan page.
#[derive(Template, WebTemplate)]
#[template(path = "plan.html", config = "config/askama.toml")]
pub struct PlanTemplate<'a> {
    frame: Frame<'a>,
    t: Words<'a>,
    child: bool,
    danger: bool,
    international: bool,
    country_name: String,
    concern_label: String,
    rule: &'a str,
    rule_before: String,
    rule_after: String,
    steps: Vec<StepView<'a>>,
    advice: &'a [String],
    tell: Option<TellFormView<'a>>,
}

/// The staying-safe page.
#[derive(Template, WebTemplate)]
#[template(path = "staying_safe.html", config = "config/askama.toml")]
pub struct StayingSafeTemplate<'a> {
    frame: Frame<'a>,
    t: Words<'a>,
}

/// An international service shown on error pages.
#[derive(Debug)]
pub struct InternationalView<'a> {
    name: &'a str,
    url: &'a str,
    about: String,
}

/// A calm error page that still shows where to get help.
#[derive(Template, WebTemplate)]
#[template(path = "error.html", config = "config/askama.toml")]
pub struct ErrorTemplate<'a> {
    frame: Frame<'a>,
    t: Words<'a>,
    title: String,
    message: String,
    international: Vec<InternationalView<'a>>,
}

/// A kept page as a `200` response, with the content type askama_web sends and its language.
fn html(state: &AppState, locale: Locale, body: Body) -> Response {
    with_language(
        catalogs(state).words(locale),
        kept_answer(body, &state.html_headers),
    )
}

/// Renders a page to keep.
fn render_to_keep(page: impl Template) -> Result<Bytes, askama::Error> {
    page.render().map(Bytes::from)
}

/// A kept page, or what askama_web answers when a template fails to render (logged; nothing is
/// kept).
fn html_or_failure(state: &AppState, locale: Locale, page: Result<Bytes, askama::Error>) -> Response {
    match page {
        Ok(page) => html(state, locale, Body::from(page)),
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

/// `GET /`: kept per language and region.
pub async fn show_start(State(state): State<AppState>, request: Request) -> Response {
    let headers = request.headers();
    let locale = locale_for(&state, lang_in_query(request.uri().query()), headers);
    let country = preferred_country(headers);
    let slot = state.cache.start_slot(locale, country);
    html_or_failure(
        &state,
        locale,
        state
            .cache
            .start
            .get_or_try_insert(slot, || render_to_keep(start_page(&state, locale, country))),
    )
}

/// The start page for a language and region.
pub fn start_page(state: &AppState, locale: Locale, country: Option<CountryCode>) -> StartTemplate<'_> {
    let frame = frame(state, locale, Switch::Links("/"));
    let t = frame.t;
    let number = country.and_then(|c| match state.router.directory().emergency(c) {
        EmergencyContact::Numbers(numbers) => call_view(t, state.router.directory().service(numbers[0])),
        _ => None,
    });
    let emergency = number.zip(country).map(|(number, country)| {
        let (before, after) = {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("number", "\u{E000}");
            args.set("country", t.country(country));
            let text = t.format("emergency-call-number", Some(&args));
            match text.split_once('\u{E000}') {
                Some((before, after)) => (before.to_owned(), after.to_owned()),
                None => (text, String::new()),
            }
        };
        EmergencyCall {
            before,
            number,
            after,
        }
    });
    StartTemplate { frame, t, emergency }
}

/// `GET /questions`: one kept page per language, with the region's country selected by
/// splicing in the attribute the template would write.
pub async fn show_questions(State(state): State<AppState>, request: Request) -> Response {
    let headers = request.headers();
    let locale = locale_for(&state, lang_in_query(request.uri().query()), headers);
    let country = preferred_country(headers);
    let kept = state.cache.questions[locale.index()].get_or_init(|| blank_questions(&state, locale));
    match kept {
        Some(page) => html(&state, locale, page.body(state.cache.region_slot(country))),
        None => {
            let answers = Answers {
                country: country.map(|c| c.to_string()),
                ..Answers::default()
            };
            render_questions(&state, locale, &answers, None, Vec::new(), StatusCode::OK)
        }
    }
}

/// What the questions template writes after a country's `<option value="XX"` when that
/// country is selected.
const SELECTED: &[u8] = b" selected";

/// The questions page with nothing selected, and where `SELECTED` goes for each country; `None`
/// if the page does not have exactly one option per country (then each is rendered).
fn blank_questions(state: &AppState, locale: Locale) -> Option<Spliced> {
    let page = questions_page(state, locale, &Answers::default(), None, Vec::new())
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
    /// The language chosen (a hidden field, or a button of the language list).
    lang: Option<String>,
}

/// `POST /questions`: the plan, or the questions again with what needs fixing and every
/// earlier answer kept. "I'm not sure" about danger is treated as danger: the emergency number
/// comes first. Plans are kept per language and concern; the questions with errors never are.
pub async fn submit_questions(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let fallback = locale_for(&state, None, &parts.headers);
    let body = match read_body(&parts.headers, body, Accepts::Form).await {
        Ok(body) => body,
        Err(error) => return error_page(&state, fallback, error),
    };
    let Ok(form) = serde_urlencoded::from_bytes::<QuestionsForm>(&body) else {
        return error_page(&state, fallback, WebError::BadForm);
    };
    let locale = locale_for(&state, form.lang.as_deref(), &parts.headers);
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
            let slot = state.cache.concern_slot(locale, &concern);
            html_or_failure(
                &state,
                locale,
                state.cache.plan_pages.get_or_try_insert(slot, || {
                    let plan = state.router.route(&concern);
                    render_to_keep(plan_page(&state, locale, &plan))
                }),
            )
        }
        Err(errors) => render_questions(
            &state,
            locale,
            &answers,
            form.danger.as_deref(),
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}

/// `GET /staying-safe`: kept per language.
pub async fn show_staying_safe(State(state): State<AppState>, request: Request) -> Response {
    let locale = locale_for(&state, lang_in_query(request.uri().query()), request.headers());
    let kept = &state.cache.staying_safe[locale.index()];
    if let Some(page) = kept.get() {
        return html(&state, locale, Body::from(page.clone()));
    }
    let frame = frame(&state, locale, Switch::Links("/staying-safe"));
    let t = frame.t;
    let page = render_to_keep(StayingSafeTemplate { frame, t });
    html_or_failure(&state, locale, page.map(|page| kept.get_or_init(|| page).clone()))
}

/// Anything else: a 404 page, or a problem document under `/api/`.
pub async fn not_found(
    State(state): State<AppState>,
    OriginalUri(uri): OriginalUri,
    headers: HeaderMap,
) -> Response {
    if uri.path().starts_with("/api/") {
        WebError::NotFound.into_response()
    } else {
        let locale = locale_for(&state, lang_in_query(uri.query()), &headers);
        error_page(&state, locale, WebError::NotFound)
    }
}

/// The error page for a failed page request, in `locale`.
pub fn error_page(state: &AppState, locale: Locale, error: WebError) -> Response {
    let directory = state.router.directory();
    let frame = frame(state, locale, Switch::Links("/"));
    let t = frame.t;
    let international = [Role::CsamHotline, Role::ChildHelpline]
        .into_iter()
        .filter_map(|role| {
            let service = directory.global(role).first().map(|at| directory.service(*at))?;
            Some(InternationalView {
                name: &service.name,
                url: service.url.as_ref()?.as_str(),
                about: t.get(&crate::i18n::role_text(role, "about")),
            })
        })
        .collect();
    let status = error.status();
    let (title, detail) = error.message_ids();
    let message = match (&error, detail) {
        (WebError::TooLarge, _) => t.count("error-too-large", "kib", crate::web::body::BODY_LIMIT / 1024),
        (WebError::RateLimited(wait), _) => {
            let minutes = wait.as_secs().div_ceil(60).max(1);
            t.count(
                "error-rate-limited",
                "minutes",
                usize::try_from(minutes).unwrap_or(usize::MAX),
            )
        }
        (_, Some(detail)) => t.get(detail),
        (_, None) => error.detail(),
    };
    let page = ErrorTemplate {
        frame,
        t,
        title: t.get(title),
        message,
        international,
    };
    with_language(t, (status, page).into_response())
}

fn render_questions(
    state: &AppState,
    locale: Locale,
    answers: &Answers,
    danger: Option<&str>,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Response {
    let page = questions_page(state, locale, answers, danger, errors);
    let t = page.t;
    with_language(t, (status, page).into_response())
}

/// Sets `Content-Language` to the page's language.
pub fn with_language(t: Words<'_>, mut response: Response) -> Response {
    if let Ok(value) = header::HeaderValue::from_str(t.tag()) {
        response.headers_mut().insert(header::CONTENT_LANGUAGE, value);
    }
    response
}

/// A country name folded for sorting: lower case, common Latin accents removed, so "Égypte"
/// sorts among the E's.
fn sort_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ł' => 'l',
            'ñ' | 'ń' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ś' | 'š' => 's',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            other => other,
        })
        .collect()
}

/// The questions page, in `locale`, with these answers kept and these errors listed.
pub fn questions_page<'a>(
    state: &'a AppState,
    locale: Locale,
    answers: &Answers,
    danger: Option<&str>,
    errors: Vec<FieldError>,
) -> QuestionsTemplate<'a> {
    let switch = if errors.is_empty() {
        Switch::Links("/questions")
    } else {
        // Only answers that are valid go again, in their canonical form: nothing else a
        // person sent is echoed.
        let mut hidden = Vec::new();
        if let Some(country) = answers
            .country
            .as_deref()
            .and_then(|c| CountryCode::parse(c).ok())
        {
            hidden.push(("country", country.to_string()));
        }
        if let Some(danger) = danger.filter(|d| ["yes", "no", "not-sure"].contains(d)) {
            hidden.push(("danger", danger.to_owned()));
        }
        if let Some(reporter) = answers
            .reporter
            .as_deref()
            .and_then(|r| r.parse::<Reporter>().ok())
        {
            hidden.push(("reporter", reporter.as_str().to_owned()));
        }
        if let Some(concern) = answers
            .concern
            .as_deref()
            .and_then(|c| c.parse::<ConcernKind>().ok())
        {
            hidden.push(("concern", concern.as_str().to_owned()));
        }
        Switch::Form {
            action: "/questions",
            hidden,
        }
    };
    let frame = frame(state, locale, switch);
    let t = frame.t;
    let selected_country = answers
        .country
        .as_deref()
        .and_then(|c| CountryCode::parse(c).ok());
    let mut countries: Vec<(String, CountryOption)> = CountryCode::all()
        .into_iter()
        .map(|code| {
            let name = t.country(code);
            (
                sort_key(&name),
                CountryOption {
                    code,
                    name,
                    selected: Some(code) == selected_country,
                },
            )
        })
        .collect();
    countries.sort_by(|a, b| a.0.cmp(&b.0));
    let countries = countries.into_iter().map(|(_, option)| option).collect();
    let radio = |name: &str, value: &'static str, label: String, hint: String, checked: bool| RadioOption {
        id: format!("{name}-{value}"),
        value,
        label,
        hint,
        checked,
    };
    let danger_options = [
        ("yes", "questions-danger-yes"),
        ("no", "questions-danger-no"),
        ("not-sure", "questions-danger-not-sure"),
    ]
    .into_iter()
    .map(|(value, label)| {
        radio(
            "danger",
            value,
            t.get(label),
            String::new(),
            danger == Some(value),
        )
    })
    .collect();
    let reporter = answers.reporter.as_deref();
    let reporter_options = [
        (Reporter::Child, "questions-reporter-child"),
        (Reporter::Adult, "questions-reporter-adult"),
    ]
    .into_iter()
    .map(|(value, label)| {
        radio(
            "reporter",
            value.as_str(),
            t.get(label),
            String::new(),
            reporter == Some(value.as_str()),
        )
    })
    .collect();
    let concern = answers.concern.as_deref();
    let concern_options = ConcernKind::ALL
        .iter()
        .map(|kind| {
            radio(
                "concern",
                kind.as_str(),
                t.get(&crate::i18n::concern_label(*kind)),
                t.get(&crate::i18n::concern_description(*kind)),
                concern == Some(kind.as_str()),
            )
        })
        .collect();
    let errors = errors
        .into_iter()
        .map(|error| {
            let (anchor, message) = match error.field {
                "country" => ("country".to_owned(), "questions-error-country"),
                "danger" => ("danger-yes".to_owned(), "questions-error-danger"),
                "reporter" => ("reporter-child".to_owned(), "questions-error-reporter"),
                _ => ("concern-abuse-imagery".to_owned(), "questions-error-concern"),
            };
            ErrorView {
                field: error.field,
                anchor,
                message: t.get(message),
            }
        })
        .collect();
    QuestionsTemplate {
        frame,
        t,
        countries,
        danger_options,
        reporter_options,
        concern_options,
        errors,
    }
}

/// The answers of a plan as form fields, to send them again in another language.
pub fn answer_fields(concern: &crate::routing::Concern) -> Vec<(&'static str, String)> {
    vec![
        ("country", concern.country.to_string()),
        (
            "danger",
            if concern.urgency.is_immediate() {
                "yes"
            } else {
                "no"
            }
            .to_owned(),
        ),
        ("reporter", concern.reporter.as_str().to_owned()),
        ("concern", concern.kind.as_str().to_owned()),
    ]
}

/// The plan page for a plan, in `locale` (with the blank "Also tell" form when mail is on).
pub fn plan_page<'a>(state: &'a AppState, locale: Locale, plan: &Plan<'a>) -> PlanTemplate<'a> {
    let router: &Router = &state.router;
    let concern = plan.concern();
    let frame = frame(
        state,
        locale,
        Switch::Form {
            action: "/questions",
            hidden: answer_fields(concern),
        },
    );
    let t = frame.t;
    let (rule_before, rule_after) = t.around("plan-why-rule", "rule");
    PlanTemplate {
        frame,
        t,
        child: concern.reporter == Reporter::Child,
        danger: concern.urgency.is_immediate(),
        international: plan.coverage() == crate::routing::Coverage::International,
        country_name: t.country(concern.country),
        concern_label: t.get(&crate::i18n::concern_label(concern.kind)),
        rule: plan.rule(),
        rule_before,
        rule_after,
        steps: step_views(t, router, plan),
        advice: plan.advice(),
        tell: state
            .settings
            .mail
            .as_ref()
            .map(|mail| TellFormView::blank(mail, concern)),
    }
}

/// The plan's steps, in these words, ready for `plan_steps.html`.
pub fn step_views<'a>(t: Words<'_>, _router: &'a Router, plan: &Plan<'a>) -> Vec<StepView<'a>> {
    plan.steps()
        .iter()
        .enumerate()
        .map(|(n, step)| {
            let role = step.role();
            let (instruction, services) = match step.target() {
                Target::Instruction(text) => (Some((*text).to_owned()), Vec::new()),
                Target::Message(id) => (Some(t.get(id)), Vec::new()),
                Target::Services { .. } => (None, step.services().map(|s| service_view(t, s)).collect()),
            };
            StepView {
                number: n + 1,
                role: role.as_str(),
                emergency: role == Role::Emergency,
                heading: t.get(&crate::i18n::role_text(role, "heading")),
                why: t.get(step.why()),
                about: t.get(&crate::i18n::role_text(role, "about")),
                need: t.get(&crate::i18n::role_text(role, "need")),
                next: t.get(&crate::i18n::role_text(role, "next")),
                instruction,
                services,
            }
        })
        .collect()
}

fn call_view(t: Words<'_>, service: &Service) -> Option<CallView> {
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
    })
}

fn service_view<'a>(t: Words<'_>, service: &'a Service) -> ServiceView<'a> {
    let ages = match (service.min_age, service.max_age) {
        (Some(min), Some(max)) => {
            Some(t.args("step-ages-between", [("min", min.into()), ("max", max.into())]))
        }
        (None, Some(max)) => Some(t.args("step-ages-up-to", [("max", max.into())])),
        (Some(min), None) => Some(t.args("step-ages-from", [("min", min.into())])),
        (None, None) => None,
    };
    ServiceView {
        name: &service.name,
        organisation: &service.organisation,
        url: service.url.as_ref().map(|u| u.as_str()),
        call: call_view(t, service),
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
        let kept =
            blank_questions(&state, Locale::SOURCE).expect("the questions page splits at each country");
        for country in std::iter::once(None).chain(CountryCode::all().into_iter().map(Some)) {
            let answers = Answers {
                country: country.map(|c| c.to_string()),
                ..Answers::default()
            };
            let rendered = questions_page(&state, Locale::SOURCE, &answers, None, Vec::new())
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
