//! Reload without downtime. Everything built from one configuration — the settings, the
//! checked directory and rules, the pages rendered from them, the routes — is one
//! [`Serving`], held in an [`ArcSwap`]. Each request takes the `Serving` current when it
//! arrives and keeps it to the end, so a request never sees half of one configuration and
//! half of another, and none waits or fails while a new one is swapped in.
//!
//! A reload (SIGHUP, see [`on_hangup`]) loads the configuration from the same source and
//! checks it exactly as start-up does (`config::load`, which builds and proves the
//! `Router`). Only if it is valid is it swapped in; otherwise the old one keeps serving.
//! Either way one log line says which, and the `signpost_reloads` metric counts it. The log
//! line names files and keys, never what a person sent.
//!
//! Recipients' keys are looked at on every load, before each send, at least hourly and at the
//! moment one expires or enters its warning window ([`watch_keys`]). When the recipients that
//! can be sent to change, a fresh state for the same configuration is swapped in the same way
//! ([`Live::refresh_keys`]), so the kept plan pages stop (or start) offering "Also tell".
//!
//! What outlives a reload: the per-client limits whose quota is unchanged (a reload must not
//! reset them), what has been logged about each recipient's key, and the metrics (a static). What a reload cannot change: the addresses Signpost
//! listens on, how it accepts connections (their cap and header deadline) and the log format; a
//! change to them is reported as needing a restart.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, SystemTime};

use arc_swap::ArcSwap;
use axum::Router as HttpRouter;
use axum::body::Bytes;
use axum::extract::Request;
use axum::response::Response;
use axum::routing::future::RouteFuture;
use tower::Service;

use crate::config::{self, ConfigError, ConfigSource, Settings};
use crate::mail::keys::{KEY_CHECK_INTERVAL, KeyLog};
use crate::routing::Router;
use crate::web::deadline::WithDeadline;
use crate::web::routes;
use crate::web::state::AppState;

/// Everything built from one configuration.
#[derive(Debug)]
pub struct Serving {
    /// The state handlers read.
    pub state: AppState,
    /// The routes.
    pub routes: HttpRouter,
    /// How long an answer may take (`[server] request_timeout_secs`): one deadline around the
    /// whole route table, rather than a layer on each route, which would box each answer
    /// once more.
    pub timeout: Duration,
}

impl Serving {
    fn new(state: AppState) -> Serving {
        let timeout = state.settings.server.request_timeout;
        let routes = routes(state.clone());
        Serving {
            state,
            routes,
            timeout,
        }
    }
}

/// The configuration being served, swappable while requests are in flight.
#[derive(Debug)]
pub struct Live {
    current: ArcSwap<Serving>,
    keys: KeyLog,
}

impl Live {
    /// Serves `state` until something else is swapped in, and logs any recipient whose key
    /// cannot be encrypted to or expires soon.
    pub fn new(state: AppState) -> Arc<Live> {
        let live = Arc::new(Live {
            current: ArcSwap::from_pointee(Serving::new(state)),
            keys: KeyLog::default(),
        });
        live.log_keys();
        live
    }

    fn log_keys(&self) {
        let current = self.current();
        self.keys
            .observe(current.state.settings.mail.as_ref(), SystemTime::now());
    }

    /// Looks at the recipients' keys again: logs what changed, and if the recipients that can
    /// be sent to are not those the state was built for, swaps in a fresh state for the same
    /// configuration (unless a reload swapped in another meanwhile).
    pub fn refresh_keys(&self) {
        self.log_keys();
        let current = self.current.load_full();
        let state = &current.state;
        if AppState::offer_at(&state.settings, SystemTime::now()) != state.tell_offer {
            let next = Arc::new(Serving::new(state.keys_changed()));
            let _ = self.current.compare_and_swap(&current, next);
        }
    }

    /// The configuration being served now.
    pub fn current(&self) -> Arc<Serving> {
        self.current.load_full()
    }

    /// Swaps in state built from a new, already checked configuration. Requests in flight
    /// finish on the one they started with.
    pub fn replace(&self, settings: Settings, router: Arc<Router>) {
        let next = self.current.load().state.reloaded(settings, router);
        self.current.store(Arc::new(Serving::new(next)));
        self.log_keys();
        // The key watch sleeps until the old keys' next change: wake it for the new ones.
        self.current().state.key_change.notify_one();
    }

    /// A tower service that answers each request with the configuration current when it
    /// arrives.
    pub fn service(self: &Arc<Self>) -> LiveService {
        LiveService(Arc::clone(self))
    }
}

/// See [`Live::service`].
#[derive(Clone, Debug)]
pub struct LiveService(Arc<Live>);

impl<B> Service<Request<B>> for LiveService
where
    B: axum::body::HttpBody<Data = Bytes> + Send + 'static,
    B::Error: Into<axum::BoxError>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = WithDeadline<RouteFuture<Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let current = self.0.current.load();
        let mut routes = current.routes.clone();
        WithDeadline::new(routes.call(request), current.timeout)
    }
}

/// Where a reload reads from, and what the command line set over the file.
#[derive(Clone, Debug)]
pub struct ReloadSource {
    /// The configuration folder (or the bundled copy) start-up read.
    pub source: ConfigSource,
    /// `--listen`, which overrides `signpost.toml` at every load.
    pub listen: Option<SocketAddr>,
}

/// What a reload did.
#[derive(Debug)]
pub enum ReloadOutcome {
    /// The new configuration is being served. The keys listed changed but take effect only
    /// on restart.
    Applied {
        /// Keys changed that a reload cannot apply.
        needs_restart: Vec<&'static str>,
    },
    /// The new configuration was not valid; the old one is still served.
    Refused(ConfigError),
}

/// Loads and checks the configuration as start-up does, and swaps it in only if it is
/// valid. Logs and counts the outcome.
pub fn reload(live: &Live, from: &ReloadSource) -> ReloadOutcome {
    let outcome = match config::load(&from.source, std::env::vars()) {
        Err(error) => ReloadOutcome::Refused(error),
        Ok(mut loaded) => {
            if let Some(listen) = from.listen {
                loaded.settings.server.listen = listen;
            }
            let needs_restart = needs_restart(&live.current().state.settings, &loaded.settings);
            live.replace(loaded.settings, Arc::new(loaded.router));
            ReloadOutcome::Applied { needs_restart }
        }
    };
    match &outcome {
        ReloadOutcome::Applied { needs_restart } => {
            crate::metrics::reload(true);
            let directory_date = crate::metrics::directory_date(&live.current().state.router);
            tracing::info!(config = %from.source, directory_date, "configuration reloaded: the new one is being served");
            if !needs_restart.is_empty() {
                tracing::warn!(
                    keys = needs_restart.join(", "),
                    "these settings changed but take effect only when Signpost is restarted"
                );
            }
        }
        ReloadOutcome::Refused(error) => {
            crate::metrics::reload(false);
            tracing::error!(
                config = %from.source,
                errors = error.errors.len(),
                "configuration reload refused: still serving the previous configuration\n{error}"
            );
        }
    }
    outcome
}

/// The settings a running process cannot change: its listening addresses, how the accept loop
/// takes connections, and the log format.
fn needs_restart(old: &Settings, new: &Settings) -> Vec<&'static str> {
    let mut keys = Vec::new();
    if old.server.listen != new.server.listen {
        keys.push("server.listen");
    }
    if old.server.max_connections != new.server.max_connections {
        keys.push("server.max_connections");
    }
    if old.server.header_timeout != new.server.header_timeout {
        keys.push("server.header_timeout_secs");
    }
    if old.metrics != new.metrics {
        keys.push("metrics");
    }
    if old.logs != new.logs {
        keys.push("logs");
    }
    keys
}

/// Reloads on every SIGHUP, for as long as the process runs. The signal handler is installed
/// when this is called (so a SIGHUP right after start-up reloads instead of ending the
/// process); the returned future does the reloading. Loading reads files and checks the whole
/// directory, so it runs off the request threads. Call it inside the Tokio runtime.
#[cfg(unix)]
pub fn on_hangup(live: Arc<Live>, from: ReloadSource) -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{SignalKind, signal};
    let hangups = signal(SignalKind::hangup());
    async move {
        let mut hangups = match hangups {
            Ok(hangups) => hangups,
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGHUP: reload by restarting");
                return;
            }
        };
        while hangups.recv().await.is_some() {
            let live = Arc::clone(&live);
            let from = from.clone();
            let _ = tokio::task::spawn_blocking(move || reload(&live, &from)).await;
        }
    }
}

/// Looks at the recipients' keys for as long as the process runs: at least every
/// [`KEY_CHECK_INTERVAL`], at the moment a key expires or enters its warning window, and at
/// once when a send or a reload asks (see [`crate::web::state::Shared::key_change`]).
pub async fn watch_keys(live: Arc<Live>) {
    loop {
        let state = live.current().state.clone();
        let now = SystemTime::now();
        let wait = state
            .settings
            .mail
            .as_ref()
            .and_then(|mail| mail.next_key_change(now))
            .and_then(|at| at.duration_since(now).ok())
            .map_or(KEY_CHECK_INTERVAL, |d| d.min(KEY_CHECK_INTERVAL));
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = state.key_change.notified() => {}
        }
        live.refresh_keys();
    }
}

/// Reloading on a signal needs Unix; elsewhere, restart to reload.
#[cfg(not(unix))]
pub fn on_hangup(_live: Arc<Live>, _from: ReloadSource) -> impl std::future::Future<Output = ()> {
    std::future::ready(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reload_keeps_unchanged_limits_and_swaps_the_rest() {
        let loaded = config::load(&ConfigSource::Bundled, std::iter::empty()).unwrap();
        let router = Arc::new(loaded.router);
        let live = Live::new(AppState::new(Settings::for_tests(), Arc::clone(&router)));
        let before = live.current();
        let mut settings = Settings::for_tests();
        settings.server.https = true;
        live.replace(settings, Arc::clone(&router));
        let after = live.current();
        for (kept, limiter) in [
            (&before.state.send_limiter, &after.state.send_limiter),
            (&before.state.form_limiter, &after.state.form_limiter),
            (&before.state.api_limiter, &after.state.api_limiter),
        ] {
            assert!(
                Arc::ptr_eq(kept, limiter),
                "a reload must not reset the per-client limits"
            );
        }
        assert!(after.state.settings.server.https && !before.state.settings.server.https);

        let mut settings = Settings::for_tests();
        settings.server.rate_limits.form_posts_per_minute += 1;
        live.replace(settings, Arc::clone(&router));
        let changed = live.current();
        assert!(
            !Arc::ptr_eq(&after.state.form_limiter, &changed.state.form_limiter),
            "a changed quota starts afresh"
        );
        assert!(Arc::ptr_eq(&after.state.api_limiter, &changed.state.api_limiter));
    }

    #[test]
    fn settings_the_accept_loop_reads_once_are_reported_as_needing_a_restart() {
        let old = Settings::for_tests();
        assert!(needs_restart(&old, &Settings::for_tests()).is_empty());
        let mut new = Settings::for_tests();
        new.server.max_connections += 1;
        new.server.header_timeout += std::time::Duration::from_secs(1);
        new.server.https = !new.server.https;
        assert_eq!(
            needs_restart(&old, &new),
            ["server.max_connections", "server.header_timeout_secs"]
        );
    }
}
