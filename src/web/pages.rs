//! The public pages that carry no answers (start, staying safe, not found) and the plan
//! page, server-rendered from askama templates (auto-escaped) and working without JavaScript.
//! Answers travel only in the POST body of `/questions` ([`crate::web::questions`]), and the
//! plan is the answer to that POST, so no address ever carries them.
//!
//! Each page here depends only on enumerated answers (the language, the browser's region, or
//! the parsed `Concern`), so each is rendered once and kept in [`crate::web::cache`].

use askama::Template;
use askama_web::WebTemplate;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use crate::i18n::{Locale, Words};
use crate::routing::directory::EmergencyContact;
use crate::routing::{Concern, CountryCode, Plan, Platforms};
use crate::view::{CallView, PlanView, call_for};
use crate::web::envelope::kept_answer;
use crate::web::error::WebError;
use crate::web::error_page::error_page;
use crate::web::frame::{Frame, Switch, frame, frame_for};
use crate::web::language::{lang_in_query, locale_and_region, locale_for};
use crate::web::state::AppState;
use crate::web::tell_form::TellFormView;

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

/// The plan page.
#[derive(Template, WebTemplate)]
#[template(path = "plan.html", config = "config/askama.toml")]
pub struct PlanTemplate<'a> {
    frame: Frame<'a>,
    t: Words<'a>,
    plan: PlanView<'a>,
    rule_before: String,
    rule_after: String,
    tell: Option<TellFormView<'a>>,
}

/// The staying-safe page.
#[derive(Template, WebTemplate)]
#[template(path = "staying_safe.html", config = "config/askama.toml")]
pub struct StayingSafeTemplate<'a> {
    frame: Frame<'a>,
    t: Words<'a>,
}

/// A kept page as a `200` response, with the content type askama_web sends and its language.
pub(crate) fn html(state: &AppState, locale: Locale, body: Body) -> Response {
    kept_answer(body, &state.html_headers[locale.index()])
}

/// Renders a page to keep.
pub(crate) fn render_to_keep(page: impl Template) -> Result<Bytes, askama::Error> {
    page.render().map(Bytes::from)
}

/// A kept page, or what askama_web answers when a template fails to render (logged; nothing is
/// kept).
pub(crate) fn html_or_failure(
    state: &AppState,
    locale: Locale,
    page: Result<Bytes, askama::Error>,
) -> Response {
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
    let (locale, country) = locale_and_region(&state, lang_in_query(request.uri().query()), headers);
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
        EmergencyContact::Numbers(numbers) => call_for(t, state.router.directory().service(numbers[0])),
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
pub async fn not_found(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    if uri.path().starts_with("/api/") {
        WebError::NotFound.into_response()
    } else {
        let locale = locale_for(&state, lang_in_query(uri.query()), &headers);
        error_page(&state, locale, WebError::NotFound)
    }
}

/// The answers of a plan as form fields, to send them again in another language (the
/// platform only when the person answered that question).
pub fn answer_fields(concern: &Concern, platforms: &Platforms) -> Vec<(&'static str, String)> {
    let mut fields = vec![
        ("country", concern.country.to_string()),
        ("danger", concern.urgency.answer().as_str().to_owned()),
        ("reporter", concern.reporter.as_str().to_owned()),
        ("concern", concern.kind.as_str().to_owned()),
    ];
    if let Some(place) = concern.platform {
        fields.push(("platform", platforms.id_of(place).to_owned()));
    }
    fields
}

/// The plan page for a plan, in `locale` (with the blank "Also tell" form when mail is on and
/// someone can be sent to).
pub fn plan_page<'a>(state: &'a AppState, locale: Locale, plan: &Plan<'a>) -> PlanTemplate<'a> {
    let concern = plan.concern();
    let frame = frame_for(
        state,
        locale,
        Switch::Form {
            action: "/questions",
            hidden: answer_fields(concern, state.router.platforms()),
        },
        Some(concern.country),
    );
    let t = frame.t;
    let (rule_before, rule_after) = t.around("plan-why-rule", "rule");
    PlanTemplate {
        frame,
        t,
        plan: PlanView::new(t, plan),
        rule_before,
        rule_after,
        tell: state
            .settings
            .mail
            .as_ref()
            .zip(state.tell_offer.as_deref())
            .map(|(mail, names)| TellFormView::blank(mail, names, concern, state.router.platforms())),
    }
}
