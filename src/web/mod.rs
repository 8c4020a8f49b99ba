//! The HTTP layer: it parses requests into domain types, calls the routing core, and renders
//! the answer from the plan view. It keeps nothing a person sent: the only memory it has is
//! [`cache`], rendered answers keyed by enumerated answers.
//!
//! Rooms, with dependencies pointing one way (no file here imports one that imports it):
//! [`routes`] (the route table) · [`state`] · [`envelope`] (headers and the log line),
//! [`cors`] and [`deadline`] · [`cache`] · [`language`] (which language and region) ·
//! [`body`], [`extract`] and [`form`] (reading a body through the image guard into typed
//! answers) · [`answers`] · [`error`] · [`frame`] (what every page shares) and
//! [`error_page`] · [`pages`] and [`questions`] · [`api`] · [`tell`] and [`tell_form`] ·
//! [`limit`] and [`limiter`] · [`ready`] · [`assets`].

pub mod answers;
pub mod api;
pub mod assets;
pub mod body;
pub mod cache;
pub mod cors;
pub mod deadline;
pub mod envelope;
pub mod error;
pub mod error_page;
pub mod extract;
pub mod form;
pub mod frame;
pub mod guard;
pub mod language;
pub mod limit;
pub mod limiter;
pub mod pages;
pub mod questions;
pub mod ready;
pub mod routes;
pub mod state;
pub mod tell;
pub mod tell_form;

use axum::Router as HttpRouter;
use axum::routing::{MethodRouter, get, post};

pub use crate::web::envelope::CONTENT_SECURITY_POLICY;
use crate::web::envelope::EnvelopeLayer;
use crate::web::routes::{Endpoint, Listener};
pub use crate::web::state::{AppState, POST_WINDOW, SEND_WINDOW, SENDS_PER_WINDOW, Shared};

/// What answers at an endpoint of the public address. Every endpoint of the route table is
/// here (the match has no catch-all), so a new route is served only once it is in the table.
fn answers(endpoint: Endpoint) -> Option<MethodRouter<AppState>> {
    Some(match endpoint {
        Endpoint::Start => get(pages::show_start),
        Endpoint::Questions => get(questions::show_questions).post(questions::submit_questions),
        Endpoint::StayingSafe => get(pages::show_staying_safe),
        Endpoint::Tell => post(tell::submit_tell),
        Endpoint::Stylesheet => get(assets::stylesheet),
        Endpoint::Script => get(assets::script),
        Endpoint::Favicon | Endpoint::FaviconIco => get(assets::favicon),
        Endpoint::Health => get(api::health),
        Endpoint::Ready => get(ready::show_readiness),
        Endpoint::ApiRoute => post(api::create_route),
        Endpoint::ApiCountries => get(api::list_countries),
        Endpoint::ApiConcerns => get(api::list_concerns),
        Endpoint::ApiPlatforms => get(api::list_platforms),
        Endpoint::ApiOpenApi => get(api::show_openapi),
        Endpoint::Metrics => return None,
    })
}

/// All routes of the public address, from the route table; each answer goes out with the
/// headers every response must carry and one log line.
pub fn routes(state: AppState) -> HttpRouter {
    let (mut pages, mut api) = (HttpRouter::new(), HttpRouter::new());
    for endpoint in Endpoint::ALL.iter().copied() {
        let Some(answer) = answers(endpoint) else {
            continue;
        };
        match endpoint.listener() {
            Listener::Api => api = api.route(endpoint.path(), answer),
            Listener::Pages | Listener::Admin => pages = pages.route(endpoint.path(), answer),
        }
    }
    let https = state.settings.server.https;
    pages
        .merge(api)
        .fallback(pages::not_found)
        .layer(EnvelopeLayer { https })
        .with_state(state)
}
