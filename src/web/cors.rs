//! Cross-origin access to the JSON API (everything under `/api/`): any origin may read it, by
//! `GET` and `POST` with a `Content-Type`, and a browser may keep the preflight answer for ten
//! minutes. The headers are constants, prepared once; the envelope ([`crate::web::envelope`])
//! sets them, and the kept JSON answers carry them already. No cookies and no credentials:
//! the API has none to share.

use axum::http::{HeaderMap, HeaderName, HeaderValue, header};

/// Whether a matched route template is part of the API (and so open to other origins). The
/// route table keeps the API under `/api/` and nothing else there.
pub fn covers(route: &str) -> bool {
    route.starts_with("/api/")
}

/// Every API answer says that it depends on these request headers, so caches keep them apart.
const VARY: HeaderValue =
    HeaderValue::from_static("origin, access-control-request-method, access-control-request-headers");

/// Any origin may read the API.
const ALLOW_ORIGIN: HeaderValue = HeaderValue::from_static("*");

/// The headers of a preflight (`OPTIONS`) answer, in the order they are sent, before
/// [`ALLOW_ORIGIN`].
const PREFLIGHT: [(HeaderName, HeaderValue); 3] = [
    (
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET,POST"),
    ),
    (
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("content-type"),
    ),
    (header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600")),
];

/// Adds the headers of an API answer: `Vary` after any the answer has, and
/// `Access-Control-Allow-Origin`.
pub fn answer_headers(headers: &mut HeaderMap) {
    headers.append(header::VARY, VARY);
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, ALLOW_ORIGIN);
}

/// The headers of a preflight answer (an `OPTIONS` request to an API route, whatever it asks):
/// the answer is `200` with an empty body.
pub fn preflight_headers() -> HeaderMap {
    let mut headers = HeaderMap::with_capacity(16);
    headers.insert(header::VARY, VARY);
    for (name, value) in PREFLIGHT {
        headers.insert(name, value);
    }
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, ALLOW_ORIGIN);
    headers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_routes_under_api_are_open_to_other_origins() {
        for endpoint in crate::web::routes::Endpoint::ALL {
            assert_eq!(
                covers(endpoint.path()),
                endpoint.listener() == crate::web::routes::Listener::Api,
                "{endpoint}"
            );
        }
    }

    #[test]
    fn vary_is_added_after_the_answers_own() {
        let mut headers = HeaderMap::new();
        headers.insert(header::VARY, HeaderValue::from_static("accept-language"));
        answer_headers(&mut headers);
        let vary: Vec<_> = headers.get_all(header::VARY).iter().collect();
        assert_eq!(vary.len(), 2, "appended, not replaced");
        assert_eq!(headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    }
}
