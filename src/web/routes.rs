//! The one route table: every address Signpost answers, in one closed list. The router is
//! built from it ([`crate::web::routes`]), the metrics name their labels from it, and the
//! tests walk it, so a new route cannot be served without its own label and its tests.
//! Nothing else here: no handlers, no I/O.

use crate::routing::concern::closed_set;

closed_set! {
    /// An address Signpost answers, by its route template.
    Endpoint, EndpointError, "route" {
        /// The start page.
        Start = "/",
        /// The questions, and the plan (`POST`).
        Questions = "/questions",
        /// What the quick exit and Signpost hide.
        StayingSafe = "/staying-safe",
        /// "Also tell {organisation}": check and send a text-only message.
        Tell = "/tell",
        /// The stylesheet.
        Stylesheet = "/assets/signpost.css",
        /// The quick-exit script.
        Script = "/assets/signpost.js",
        /// The icon the pages name (`<link rel="icon">`).
        Favicon = "/favicon.svg",
        /// The same icon where browsers and other clients look without being told.
        FaviconIco = "/favicon.ico",
        /// Liveness.
        Health = "/healthz",
        /// Readiness, and how mail is doing.
        Ready = "/readyz",
        /// The JSON API: answers in, plan out.
        ApiRoute = "/api/v1/route",
        /// The JSON API: the accepted countries.
        ApiCountries = "/api/v1/countries",
        /// The JSON API: the concerns.
        ApiConcerns = "/api/v1/concerns",
        /// The JSON API: the answers to "Where did it happen?" (the platforms, then the fixed
        /// answers).
        ApiPlatforms = "/api/v1/platforms",
        /// The OpenAPI document.
        ApiOpenApi = "/api/v1/openapi.json",
        /// The Prometheus metrics, served on the admin address only.
        Metrics = "/metrics",
    }
}

/// Where an endpoint is served.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listener {
    /// The public address: the pages and the assets.
    Pages,
    /// The public address, under `/api/` (CORS allowed).
    Api,
    /// The admin address only (see [`crate::admin`]).
    Admin,
}

impl Endpoint {
    /// The route template, as axum matches it and as the metrics label it.
    pub const fn path(self) -> &'static str {
        self.as_str()
    }

    /// Where it is served.
    pub const fn listener(self) -> Listener {
        match self {
            Endpoint::ApiRoute
            | Endpoint::ApiCountries
            | Endpoint::ApiConcerns
            | Endpoint::ApiPlatforms
            | Endpoint::ApiOpenApi => Listener::Api,
            Endpoint::Metrics => Listener::Admin,
            Endpoint::Start
            | Endpoint::Questions
            | Endpoint::StayingSafe
            | Endpoint::Tell
            | Endpoint::Stylesheet
            | Endpoint::Script
            | Endpoint::Favicon
            | Endpoint::FaviconIco
            | Endpoint::Health
            | Endpoint::Ready => Listener::Pages,
        }
    }

    /// The endpoint a matched route template names, if any.
    pub fn from_path(path: &str) -> Option<Endpoint> {
        Endpoint::ALL.iter().copied().find(|e| e.path() == path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_names_its_own_endpoint() {
        for endpoint in Endpoint::ALL {
            assert_eq!(Endpoint::from_path(endpoint.path()), Some(*endpoint));
        }
        assert_eq!(Endpoint::from_path("/typed-by-someone"), None);
    }

    #[test]
    fn the_api_lives_under_api_and_nothing_else_does() {
        for endpoint in Endpoint::ALL {
            assert_eq!(
                endpoint.listener() == Listener::Api,
                endpoint.path().starts_with("/api/"),
                "{endpoint}"
            );
        }
    }
}
