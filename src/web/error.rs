//! The one error type of the web layer. Each variant's doc says the status and what the
//! person sees. The API renders it as `application/problem+json` (RFC 9457); the pages render
//! it as a calm page that still shows where to get help. Nothing a person typed is echoed.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::routing::concern::closed_set;
use crate::web::body::{Accepts, BODY_LIMIT};

closed_set! {
    /// One of the answers, by its field name in forms and JSON: the four every plan needs,
    /// and the optional one about where it happened.
    AnswerField, AnswerFieldError, "answer" {
        /// Where the person is.
        Country = "country",
        /// Whether a child is in danger right now.
        Danger = "danger",
        /// Whether the person is under 18.
        Reporter = "reporter",
        /// What worries them.
        Concern = "concern",
        /// Where it happened (optional).
        Platform = "platform",
    }
}

/// A field a request can get wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// One of the answers.
    Answer(AnswerField),
    /// The API's `language`.
    Language,
}

impl Field {
    /// The field's name, as sent.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Answer(answer) => answer.as_str(),
            Field::Language => "language",
        }
    }
}

impl Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One bad field, named for the client to fix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The field's name.
    #[schema(value_type = String)]
    pub field: Field,
    /// What is wrong and what is valid.
    pub detail: String,
}

/// One answer missing or not valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerError {
    /// Which answer.
    pub field: AnswerField,
    /// What is wrong and what is valid (shown by the API; the pages say it in the person's
    /// language from the field alone).
    pub detail: String,
}

impl AnswerError {
    /// A fault in one answer.
    pub fn new(field: AnswerField, detail: impl Into<String>) -> Self {
        AnswerError {
            field,
            detail: detail.into(),
        }
    }

    /// A required answer that was left out.
    pub fn missing(field: AnswerField) -> Self {
        AnswerError {
            field,
            detail: format!("{field} is required"),
        }
    }
}

impl From<AnswerError> for FieldError {
    fn from(error: AnswerError) -> Self {
        FieldError {
            field: Field::Answer(error.field),
            detail: error.detail,
        }
    }
}

/// How long a client past a per-client limit must wait. Said three ways, all from here: the
/// `Retry-After` header, and minutes in the page's and the API's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryAfter(pub std::time::Duration);

impl RetryAfter {
    /// Whole minutes, rounded up, at least 1.
    pub fn minutes(self) -> usize {
        usize::try_from(self.0.as_secs().div_ceil(60).max(1)).unwrap_or(usize::MAX)
    }

    /// The `Retry-After` header value: whole seconds, at least 1.
    pub fn header(self) -> header::HeaderValue {
        header::HeaderValue::from(self.0.as_secs().max(1))
    }
}

/// What can go wrong answering a request.
#[derive(Debug)]
pub enum WebError {
    /// 415: the body is not the one media type the route takes. Says which to send; there is
    /// no upload anywhere.
    UnsupportedMediaType(Accepts),
    /// 413: the body is over `BODY_LIMIT`.
    TooLarge,
    /// 400: the body could not be read (the connection broke or timed out).
    BodyUnreadable,
    /// 400: the body is not the JSON expected. Says what shape to send.
    BadJson(String),
    /// 400: the form body is not one Signpost's pages send.
    BadForm,
    /// 422: answers missing or not valid. Lists each with what is valid.
    Invalid(Vec<FieldError>),
    /// 404: no such page.
    NotFound,
    /// 422: a field carries a picture (or encodes one). Says never to send pictures and
    /// where to report instead.
    ImageData,
    /// 422: a field holds bytes that are not text.
    Binary,
    /// 429: this client sent too many requests in a short time. Says when to try again and
    /// that forwarding is paused; pages still show where to get help. Sent with `Retry-After`.
    RateLimited(RetryAfter),
}

/// An RFC 9457 problem document.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Always "about:blank": the title says what happened.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Short summary.
    pub title: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// What happened and what to do.
    pub detail: String,
    /// Each bad field, for 422.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl WebError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            WebError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::BodyUnreadable | WebError::BadJson(_) | WebError::BadForm => StatusCode::BAD_REQUEST,
            WebError::Invalid(_) | WebError::ImageData | WebError::Binary => StatusCode::UNPROCESSABLE_ENTITY,
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
        }
    }

    /// A short title, for the problem document and the page heading.
    pub fn title(&self) -> &'static str {
        match self {
            WebError::UnsupportedMediaType(_) => "Signpost cannot accept that",
            WebError::TooLarge => "That was too long",
            WebError::BodyUnreadable => "Your answers did not arrive",
            WebError::BadJson(_) => "Malformed request",
            WebError::BadForm => "Your answers could not be read",
            WebError::Invalid(_) => "Invalid answers",
            WebError::NotFound => "Page not found",
            WebError::ImageData => "Signpost cannot accept pictures",
            WebError::Binary => "Signpost could not read that",
            WebError::RateLimited(_) => "Please wait a moment",
        }
    }

    /// The catalog message ids of the page heading and message (`None`: the message is
    /// [`WebError::detail`], only for malformed JSON, which no page shows). The API's problem
    /// documents stay in English (`title`, `detail`): they are read by developers.
    pub fn message_ids(&self) -> (&'static str, Option<&'static str>) {
        match self {
            WebError::UnsupportedMediaType(Accepts::Json) => {
                ("error-unsupported-title", Some("error-unsupported-json"))
            }
            WebError::UnsupportedMediaType(Accepts::Form) => {
                ("error-unsupported-title", Some("error-unsupported-form"))
            }
            WebError::TooLarge => ("error-too-large-title", Some("error-too-large")),
            WebError::BodyUnreadable => ("error-body-unreadable-title", Some("error-body-unreadable")),
            WebError::BadJson(_) => ("error-bad-json-title", None),
            WebError::BadForm => ("error-bad-form-title", Some("error-bad-form")),
            WebError::Invalid(_) => ("error-invalid-title", Some("error-invalid")),
            WebError::NotFound => ("error-not-found-title", Some("error-not-found")),
            WebError::ImageData => ("error-image-title", Some("error-image")),
            WebError::Binary => ("error-binary-title", Some("error-binary")),
            WebError::RateLimited(_) => ("error-rate-limited-title", Some("error-rate-limited")),
        }
    }

    /// What happened and what to do, in words a person can act on.
    pub fn detail(&self) -> String {
        match self {
            WebError::UnsupportedMediaType(Accepts::Json) => {
                "Send the answers as JSON with Content-Type: application/json. Signpost never accepts files or images: report images to your national hotline instead.".to_owned()
            }
            WebError::UnsupportedMediaType(Accepts::Form) => {
                "Signpost only accepts the answers to its questions. It never accepts files or pictures: do not send pictures anywhere. Report them to your national hotline instead.".to_owned()
            }
            WebError::TooLarge => format!(
                "Signpost accepts at most {} KiB. It never accepts files or pictures.",
                BODY_LIMIT / 1024
            ),
            WebError::BodyUnreadable => "The connection was interrupted. Please try again.".to_owned(),
            WebError::BadJson(detail) => detail.clone(),
            WebError::BadForm => "Please go back to the questions and answer them again.".to_owned(),
            WebError::Invalid(_) => "Some answers are missing or not valid; each is listed in errors.".to_owned(),
            WebError::NotFound => "There is no page at this address.".to_owned(),
            WebError::ImageData => "Something you sent looks like a picture. Signpost never accepts pictures, and nothing was sent. Please do not send pictures to anyone, not even to report them: sharing them spreads them and is a crime in many countries. If you have seen sexual pictures of a child online, copy the web address and report it to your national hotline.".to_owned(),
            WebError::Binary => "Something you sent is not text. Signpost accepts only typed words, never files or pictures.".to_owned(),
            WebError::RateLimited(retry_after) => {
                let minutes = retry_after.minutes();
                format!(
                    "Signpost has had a lot of requests from your connection in a short time, so it has paused answering it, and forwarding messages, for {minutes} minute{}. You can still get help now from the services below.",
                    if minutes == 1 { "" } else { "s" }
                )
            }
        }
    }

    /// The problem document for the API.
    pub fn problem(self) -> Problem {
        let status = self.status().as_u16();
        let title = self.title();
        let detail = self.detail();
        let errors = match self {
            WebError::Invalid(errors) => errors,
            _ => Vec::new(),
        };
        Problem {
            kind: "about:blank",
            title,
            status,
            detail,
            errors,
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let status = self.status();
        let retry_after = self.retry_after();
        let body = serde_json::to_vec(&self.problem()).expect("BUG: a problem document always serialises");
        let mut response =
            (status, [(header::CONTENT_TYPE, "application/problem+json")], body).into_response();
        if let Some(retry_after) = retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, retry_after);
        }
        response
    }
}

impl WebError {
    /// The `Retry-After` header value (whole seconds, at least 1) of a rate-limit answer.
    pub fn retry_after(&self) -> Option<header::HeaderValue> {
        match self {
            WebError::RateLimited(wait) => Some(wait.header()),
            _ => None,
        }
    }
}
