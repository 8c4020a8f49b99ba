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

use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;

use crate::config::Settings;
use crate::reload::Live;
use crate::routing::Router;
use crate::web::AppState;
use crate::web::limit::PeerAddr;
use tower::ServiceExt as _;

/// Longest a client may take to send its request headers, unless configured
/// (`[server] header_timeout_secs`).
pub const HEADER_READ_TIMEOUT: Duration = crate::config::DEFAULT_HEADER_TIMEOUT;

/// Longest Signpost waits for requests in flight after being asked to stop.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// A bound, ready-to-serve Signpost.
pub struct App {
    listener: TcpListener,
    live: Arc<Live>,
    /// The admin address's listener, when metrics are on.
    admin: Option<TcpListener>,
}

impl App {
    /// Binds the listener named in `settings`.
    pub async fn build(settings: Settings, router: Arc<Router>) -> std::io::Result<App> {
        let listener = TcpListener::bind(settings.server.listen).await?;
        let admin = if settings.metrics.enabled {
            crate::metrics::switch_on();
            let address = settings.metrics.listen;
            Some(crate::admin::bind(address).await.map_err(|e| {
                std::io::Error::new(
                    e.kind(),
                    format!("cannot listen on the metrics address {address} ([metrics] listen): {e}"),
                )
            })?)
        } else {
            None
        };
        Ok(App {
            listener,
            live: Live::new(AppState::new(settings, router)),
            admin,
        })
    }

    /// The configuration being served, for reloading it (see [`crate::reload`]).
    pub fn live(&self) -> Arc<Live> {
        Arc::clone(&self.live)
    }

    /// The admin address actually bound, when metrics are on.
    pub fn admin_addr(&self) -> Option<SocketAddr> {
        self.admin.as_ref().and_then(|admin| admin.local_addr().ok())
    }

    /// The address actually bound (the real port when the settings said 0).
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` resolves, then finishes the requests in flight (for at most
    /// `SHUTDOWN_GRACE`).
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        // The connection limits are read once: a reload changes what is answered, not how
        // connections are accepted (see docs/deploy.md).
        let server = self.live.current().state.settings.server.clone();
        let header_timeout = server.header_timeout;
        let slots = Arc::new(tokio::sync::Semaphore::new(server.max_connections));
        let app = self.live.service();
        let admin = self
            .admin
            .map(|admin| tokio::spawn(crate::admin::serve(admin, Arc::clone(&self.live))));
        let key_watch = tokio::spawn(crate::reload::watch_keys(Arc::clone(&self.live)));
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
        if let Some(admin) = admin {
            admin.abort();
        }
        key_watch.abort();
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
