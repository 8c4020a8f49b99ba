//! The one error type of the web layer. Each variant's doc says the status and what the
//! person sees; nothing a person typed is echoed back in an error.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// One bad field, named for the client to fix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field's name.
    pub field: &'static str,
    /// What is wrong and what is valid.
    pub detail: String,
}

impl FieldError {
    /// A fault in one field.
    pub fn new(field: &'static str, detail: impl Into<String>) -> Self {
        FieldError {
            field,
            detail: detail.into(),
        }
    }
}

/// What can go wrong answering a request.
#[derive(Debug)]
pub enum WebError {
    /// 415: the body is not JSON. The problem says to send `application/json`.
    UnsupportedMediaType,
    /// 400: the body is not the JSON expected. The problem says what shape to send.
    BadJson(String),
    /// 422: fields missing or wrong. The problem lists each with what is valid.
    Invalid(Vec<FieldError>),
}

#[derive(Serialize)]
struct Problem<'a> {
    r#type: &'static str,
    title: &'static str,
    status: u16,
    detail: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    errors: &'a [FieldError],
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, title, detail, errors) = match &self {
            WebError::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type",
                "Send the answers as JSON with Content-Type: application/json. Signpost never accepts files or images.".to_owned(),
                &[][..],
            ),
            WebError::BadJson(detail) => (StatusCode::BAD_REQUEST, "Malformed request", detail.clone(), &[][..]),
            WebError::Invalid(errors) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "Invalid answers",
                "Some answers are missing or not valid; each is listed in errors.".to_owned(),
                &errors[..],
            ),
        };
        let problem = Problem {
            r#type: "about:blank",
            title,
            status: status.as_u16(),
            detail: &detail,
            errors,
        };
        let body = serde_json::to_vec(&problem).expect("BUG: a problem document always serialises");
        (status, [(header::CONTENT_TYPE, "application/problem+json")], body).into_response()
    }
}
