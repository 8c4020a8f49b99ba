//! The running service: `App::build` binds its own listener (port 0 works, for tests) and
//! `run_until` serves until the shutdown future resolves, then lets requests in flight
//! finish. `main` and the tests run the same code.
//!
//! Connections are served with hyper's HTTP/1.1 builder (no HTTP/2, so no `h2` in the tree)
//! and hyper-util's graceful shutdown rather than `axum::serve`, because
//! `axum::serve` sets no header-read timeout: a client that trickles its headers
//! (slow-loris) would otherwise hold a connection forever. The same deadline closes a
//! kept-alive connection that sits idle (hyper restarts it while waiting for the next
//! request), and at most `[server] max_connections` are served at once: past that, new
//! connections wait in the kernel's listen queue, untouched, until a slot frees, so a flood
//! of idle sockets cannot starve the process of file descriptors or memory.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tower_http::timeout::TimeoutLayer;

use crate::config::Settings;
use crate::routing::Router;
use crate::web::limit::PeerAddr;
use crate::web::{AppState, routes};
use tower::ServiceExt as _;

/// Longest a client may take to send its request headers, unless configured
/// (`[server] header_timeout_secs`).
pub const HEADER_READ_TIMEOUT: Duration = crate::config::DEFAULT_HEADER_TIMEOUT;

/// Longest Signpost waits for requests in flight after being asked to stop.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// A bound, ready-to-serve Signpost.
pub struct App {
    listener: TcpListener,
    state: AppState,
}

impl App {
    /// Binds the listener named in `settings`.
    pub async fn build(settings: Settings, router: Arc<Router>) -> std::io::Result<App> {
        let listener = TcpListener::bind(settings.server.listen).await?;
        Ok(App {
            listener,
            state: AppState::new(settings, router),
        })
    }

    /// The address actually bound (the real port when the settings said 0).
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` resolves, then finishes the requests in flight (for at most
    /// `SHUTDOWN_GRACE`).
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        let timeout = self.state.settings.server.request_timeout;
        let header_timeout = self.state.settings.server.header_timeout;
        let slots = Arc::new(tokio::sync::Semaphore::new(
            self.state.settings.server.max_connections,
        ));
        let app = routes(self.state).layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ));
        // HTTP/1.1 only: no HTTP/2 code (h2) in the binary at all.
        let mut builder = http1::Builder::new();
        builder
            .timer(TokioTimer::new())
            .header_read_timeout(header_timeout)
            .max_header_size(64 * 1024)
            .max_buf_size(64 * 1024);
        let graceful = hyper_util::server::graceful::GracefulShutdown::new();
        tokio::pin!(shutdown);
        loop {
            // A free slot first: past the cap, connections wait in the listen queue.
            let slot = tokio::select! {
                slot = Arc::clone(&slots).acquire_owned() => slot.expect("BUG: the connection slots are never closed"),
                () = &mut shutdown => break,
            };
            let (stream, peer) = tokio::select! {
                accepted = self.listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    Err(error) => {
                        // Out of file descriptors and the like: wait a moment, keep serving.
                        tracing::warn!(%error, "could not accept a connection");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let _ = stream.set_nodelay(true);
            let service = TowerToHyperService::new(app.clone().map_request(
                move |mut request: hyper::Request<hyper::body::Incoming>| {
                    request.extensions_mut().insert(PeerAddr(peer));
                    request
                },
            ));
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            let connection = graceful.watch(connection);
            tokio::spawn(async move {
                let _ = connection.await;
                drop(slot);
            });
        }
        drop(self.listener);
        if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
            .await
            .is_err()
        {
            tracing::warn!("requests still in flight after the shutdown grace period were cut off");
        }
        Ok(())
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
