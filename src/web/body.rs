//! The one guard on every route that reads a body: only form posts and JSON come in, and
//! never more than `BODY_LIMIT` bytes. There is no upload anywhere in Signpost.

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, header};

use crate::web::error::WebError;
use crate::web::guard;

/// Largest body accepted, in bytes. The longest honest answer set is well under 1 KiB.
pub const BODY_LIMIT: usize = 16 * 1024;

/// What a route accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accepts {
    /// `application/x-www-form-urlencoded`: the public pages.
    Form,
    /// `application/json`: the API.
    Json,
}

impl Accepts {
    fn media_type(self) -> &'static str {
        match self {
            Accepts::Form => "application/x-www-form-urlencoded",
            Accepts::Json => "application/json",
        }
    }
}

/// Checks the content type, reads at most `BODY_LIMIT` bytes, and refuses any field that
/// carries image data or is not text (the image guard).
pub async fn read_body(headers: &HeaderMap, body: Body, accepts: Accepts) -> Result<Bytes, WebError> {
    let media_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase());
    if media_type.as_deref() != Some(accepts.media_type()) {
        return Err(WebError::UnsupportedMediaType(accepts));
    }
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > BODY_LIMIT as u64) {
        return Err(WebError::TooLarge);
    }
    let bytes = axum::body::to_bytes(body, BODY_LIMIT).await.map_err(|error| {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&error);
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
