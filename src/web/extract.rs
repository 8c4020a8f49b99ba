//! The edge every POST comes in by: count the post against its route's per-client limit
//! (where it has one), check the content type, read at most `BODY_LIMIT` bytes, refuse any
//! field that carries image data or is not text (the image guard), then deserialise. Done once here, in two extractors, so a handler starts from parsed answers
//! and every refusal is the one [`WebError`]: as a page for the forms ([`GuardedForm`]), as a
//! problem document for the API ([`GuardedJson`]).

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use zeroize::Zeroize;

use crate::i18n::Locale;
use crate::web::body::{Accepts, BODY_LIMIT};
use crate::web::error::WebError;
use crate::web::error_page::error_page;
use crate::web::guard;
use crate::web::language::locale_for;
use crate::web::limit::{ClientLimiter, Decision, check_post};
use crate::web::state::AppState;

/// Checks the content type, reads at most `BODY_LIMIT` bytes, and refuses any field that
/// carries image data or is not text (the image guard).
pub async fn read_body(headers: &HeaderMap, body: Body, accepts: Accepts) -> Result<Bytes, WebError> {
    let media_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(str::trim);
    if !media_type.is_some_and(|media_type| media_type.eq_ignore_ascii_case(accepts.media_type())) {
        return Err(WebError::UnsupportedMediaType(accepts));
    }
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > BODY_LIMIT as u64) {
        return Err(WebError::TooLarge);
    }
    let bytes = read_limited(body).await.map_err(|error| {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&*error);
        while let Some(cause) = source {
            if cause.is::<http_body_util::LengthLimitError>() {
                return WebError::TooLarge;
            }
            source = cause.source();
        }
        WebError::BodyUnreadable
    })?;
    let checked = match accepts {
        Accepts::Form => guard::check_form(&bytes),
        Accepts::Json => guard::check_json(&bytes),
    };
    checked.map_err(|refusal| match refusal {
        guard::Refusal::Image => WebError::ImageData,
        guard::Refusal::Binary => WebError::Binary,
    })?;
    Ok(bytes)
}

/// A form's fields, and the per-client limit its route counts every post against.
pub trait FormShape: Sized {
    /// The fields of a body that passed the guard; `None` when the form cannot be read (a
    /// field sent twice, or not of its type).
    fn from_form(body: &[u8]) -> Option<Self>;

    /// The limit every post counts against, checked before the body is read; `None` where the
    /// handler checks its own limits.
    fn limiter(state: &AppState) -> Option<&ClientLimiter>;
}

/// All of a body, at most `BODY_LIMIT` bytes (as `axum::body::to_bytes` reads it): a body that
/// arrives in one piece, as small posts do, is that piece, without gathering it in a list
/// first.
async fn read_limited(body: Body) -> Result<Bytes, axum::BoxError> {
    use http_body_util::BodyExt as _;
    let mut body = http_body_util::Limited::new(body, BODY_LIMIT);
    let mut whole: Option<Bytes> = None;
    let mut more: Option<Vec<u8>> = None;
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame?.into_data() else {
            continue;
        };
        match (&mut whole, &mut more) {
            (None, None) => whole = Some(data),
            (Some(first), None) => {
                let mut gathered = Vec::with_capacity(first.len() + data.len());
                gathered.extend_from_slice(first);
                gathered.extend_from_slice(&data);
                whole = None;
                more = Some(gathered);
            }
            (_, Some(gathered)) => gathered.extend_from_slice(&data),
        }
    }
    Ok(match (whole, more) {
        (_, Some(gathered)) => Bytes::from(gathered),
        (Some(whole), None) => whole,
        (None, None) => Bytes::new(),
    })
}

/// A form post that passed its limit and the guard, parsed into `T`, with the request's headers. The body's
/// bytes are overwritten once parsed (where no one else holds them), so what a person typed
/// lives only in `T`.
#[derive(Debug)]
pub struct GuardedForm<T> {
    /// The fields.
    pub form: T,
    /// The request's headers (for the language, and where a post came from).
    pub headers: HeaderMap,
}

/// A refused form post, shown as the calm error page in the language the browser asks for.
#[derive(Debug)]
pub struct FormRejection {
    state: AppState,
    locale: Locale,
    /// What was wrong.
    pub error: WebError,
}

impl IntoResponse for FormRejection {
    fn into_response(self) -> Response {
        error_page(&self.state, self.locale, self.error)
    }
}

impl<T: FormShape> FromRequest<AppState> for GuardedForm<T> {
    type Rejection = FormRejection;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, FormRejection> {
        let (parts, body) = request.into_parts();
        let refuse = |error| FormRejection {
            state: state.clone(),
            locale: locale_for(state, None, &parts.headers),
            error,
        };
        if let Some(limiter) = T::limiter(state)
            && let Decision::Refuse { retry_after } =
                check_post(state, limiter, &parts.extensions, &parts.headers)
        {
            // The body (and any language chosen in it) is not read past a limit: the browser's
            // languages decide.
            return Err(refuse(WebError::RateLimited(retry_after)));
        }
        let body = match read_body(&parts.headers, body, Accepts::Form).await {
            Ok(body) => body,
            Err(error) => return Err(refuse(error)),
        };
        let parsed = T::from_form(&body);
        if let Ok(mut buffer) = body.try_into_mut() {
            buffer.as_mut().zeroize();
        }
        match parsed {
            Some(form) => Ok(GuardedForm {
                form,
                headers: parts.headers,
            }),
            None => Err(refuse(WebError::BadForm)),
        }
    }
}

/// A JSON body's expected shape, in words for a developer who sent something else.
pub trait JsonShape: DeserializeOwned {
    /// Said when the body is not a JSON object.
    const NOT_AN_OBJECT: &'static str;
    /// Said when the body is JSON but not of the shape (never echoing the input).
    const EXPECTED: &'static str;
    /// The per-client limit every post counts against, checked before the body is read.
    fn limiter(state: &AppState) -> &ClientLimiter;
}

/// A JSON object that passed its limit and the guard, parsed into `T`, with the request's headers.
#[derive(Debug)]
pub struct GuardedJson<T> {
    /// The parsed body.
    pub value: T,
    /// The request's headers (for the language).
    pub headers: HeaderMap,
}

impl<T: JsonShape> FromRequest<AppState> for GuardedJson<T> {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, WebError> {
        let (parts, body) = request.into_parts();
        if let Decision::Refuse { retry_after } =
            check_post(state, T::limiter(state), &parts.extensions, &parts.headers)
        {
            return Err(WebError::RateLimited(retry_after));
        }
        let body = read_body(&parts.headers, body, Accepts::Json).await?;
        // Only an object: serde's derive would also take the same fields as an array.
        if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            return Err(WebError::BadJson(T::NOT_AN_OBJECT.to_owned()));
        }
        let value = serde_json::from_slice(&body).map_err(|e| WebError::BadJson(json_problem::<T>(&e)))?;
        Ok(GuardedJson {
            value,
            headers: parts.headers,
        })
    }
}

/// Describes a JSON syntax or shape error without echoing any of the input.
fn json_problem<T: JsonShape>(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match error.classify() {
        Category::Syntax | Category::Eof => "the body is not valid JSON",
        Category::Data => T::EXPECTED,
        Category::Io => "the body could not be read",
    };
    format!("{what} (line {}, column {})", error.line(), error.column())
}
