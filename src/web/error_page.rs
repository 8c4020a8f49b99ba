//! The calm error page for a failed page request: what happened and what to do, in the
//! person's language, and still where to get help (the international hotline and child
//! helpline), so no refusal leaves anyone empty-handed. A rate-limit page carries
//! `Retry-After`.

use askama::Template;
use askama_web::WebTemplate;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::i18n::{Locale, Words, role_text};
use crate::routing::directory::Role;
use crate::web::body::BODY_LIMIT;
use crate::web::envelope::with_language;
use crate::web::error::WebError;
use crate::web::frame::{Frame, Switch, frame};
use crate::web::state::AppState;

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
                about: t.get(&role_text(role, "about")),
            })
        })
        .collect();
    let status = error.status();
    let retry_after = error.retry_after();
    let (title, detail) = error.message_ids();
    let message = match (&error, detail) {
        (WebError::TooLarge, _) => t.count("error-too-large", "kib", BODY_LIMIT / 1024),
        (WebError::RateLimited(wait), _) => t.count("error-rate-limited", "minutes", wait.minutes()),
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
    let mut response = with_language(t, (status, page).into_response());
    if let Some(retry_after) = retry_after {
        response.headers_mut().insert(header::RETRY_AFTER, retry_after);
    }
    response
}
