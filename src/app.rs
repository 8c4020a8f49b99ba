//! The running service: `App::build` binds its own listener (port 0 works, for tests) and
//! `run_until` serves until the shutdown future resolves, so `main` and the tests run the
//! same code.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;

use crate::config::Settings;
use crate::routing::Router;
use crate::web::{AppState, routes};

/// A bound, ready-to-serve Signpost.
pub struct App {
    listener: TcpListener,
    state: AppState,
}

impl App {
    /// Binds the listener named in `settings`.
    pub async fn build(settings: &Settings, router: Arc<Router>) -> std::io::Result<App> {
        let listener = TcpListener::bind(settings.server.listen).await?;
        Ok(App {
            listener,
            state: AppState { router },
        })
    }

    /// The address actually bound (the real port when the settings said 0).
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` resolves, then finishes the requests in flight.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        axum::serve(self.listener, routes(self.state))
            .with_graceful_shutdown(shutdown)
            .await
    }
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}
