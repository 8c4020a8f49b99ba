//! A small, real SMTP server for the integration tests.
//!
//! [`SmtpServer::start`] listens on `127.0.0.1:0` over real TCP in the test process and speaks
//! RFC 5321 SMTP: the 220 greeting, `EHLO`/`HELO`, `STARTTLS` (RFC 3207), `AUTH PLAIN` and
//! `AUTH LOGIN` (any credentials are accepted; the username is recorded), `MAIL FROM`,
//! `RCPT TO`, `DATA` with dot-unstuffing, `RSET`, `NOOP`, `VRFY`, `HELP` and `QUIT`. Every
//! message it accepts is recorded as a [`Received`]. A [`Behaviour`] makes it refuse or fail at
//! one stage, so a test can check what the sender does when a relay misbehaves.
//!
//! TLS uses certificates made at start with `rcgen`: a test CA (see
//! [`SmtpServer::ca_certificate_pem`]) and a leaf for `localhost` and `127.0.0.1` signed by it,
//! served with `tokio-rustls` on rustls' `ring` provider. Every behaviour but
//! [`Behaviour::NoStartTls`] advertises `STARTTLS`.
//!
//! Known to work with lettre 0.11.23 (tokio1 + rustls, with or without its `pool` feature),
//! which the self-tests at the bottom of this file drive. What lettre does against it:
//! - Its `timeout` bounds only the async transport's TCP connect: against
//!   [`Behaviour::NeverAnswer`] a send hangs until the caller's own `tokio::time::timeout`.
//! - It never sends `RSET`: after any refused command it sends `QUIT` and drops the connection.
//!   Without `pool` every message gets its own connection, closed with `QUIT`; with `pool` a
//!   parked connection is checked with `NOOP` before reuse and gets `QUIT` when the pool drops
//!   it (idle timeout, `shutdown()`, transport dropped).
//! - A refused server certificate is a *connection* error (`is_tls()` is false) whose source
//!   chain holds an `io::Error` wrapping the `rustls::Error`.
//! - A connection closed where a reply was due is a *response* error, "incomplete response"
//!   ([`Behaviour::CloseAfterDot`], and [`Behaviour::CloseDuringData`] for a small message), or
//!   a *network* error "Connection reset by peer" when unread data made the close a reset.
//! - It always writes CRLF before the final dot, so a body that ends with CRLF arrives in
//!   [`Received::data`] with one more empty line.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivatePkcs8KeyDer};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::{JoinHandle, JoinSet};
use tokio_rustls::TlsAcceptor;

/// The longest command line (including CRLF) the server reads before it gives up on a client.
const MAX_COMMAND_LINE: usize = 4096;
/// The longest line of message content the server reads before it gives up on a client.
const MAX_DATA_LINE: usize = 1 << 20;
/// The server's name in its greeting and EHLO reply.
const SERVER_NAME: &str = "localhost";

/// A running test SMTP server. Dropping it stops the server and closes all its connections.
pub struct SmtpServer {
    /// Where it listens (always on 127.0.0.1).
    pub address: SocketAddr,
    shared: Arc<Shared>,
    accept_loop: JoinHandle<()>,
}

/// One message the server received.
#[derive(Clone, Debug)]
pub struct Received {
    /// The reverse-path of `MAIL FROM`, without angle brackets (empty for the null sender `<>`).
    pub mail_from: String,
    /// The forward-paths of the accepted `RCPT TO` commands, without angle brackets, in order.
    pub rcpt_to: Vec<String>,
    /// The message content after dot-unstuffing: every line ends with CRLF, and the closing
    /// `.` line is not included.
    pub data: Vec<u8>,
    /// The username given with `AUTH` on this connection, if the client authenticated.
    pub auth_user: Option<String>,
    /// Whether the transaction took place after a completed `STARTTLS`.
    pub over_tls: bool,
}

impl Received {
    /// The content as text (lossy UTF-8).
    pub fn data_text(&self) -> String {
        String::from_utf8_lossy(&self.data).into_owned()
    }
}

/// How the server treats the clients' transactions. Reply codes should be 4xx or 5xx; a 421
/// reply is always followed by the server closing the connection, as RFC 5321 §3.8 says.
#[derive(Clone, Debug)]
pub enum Behaviour {
    /// Accept everything (and offer `STARTTLS` without requiring it).
    Accept,
    /// Reply this code to every `MAIL FROM`.
    RefuseMailFrom(u16),
    /// Reply this code to every `RCPT TO`.
    RefuseRcpt(u16),
    /// Accept `DATA` with 354, read the whole content, then reply this code instead of 250 (the
    /// message is not recorded).
    RefuseData(u16),
    /// Reply `code` (421 or 451) to `MAIL FROM` in the first `times` transactions counted over
    /// all connections, then accept everything.
    TemporaryFailuresThenAccept {
        /// The reply code of the failures.
        code: u16,
        /// How many transactions fail before the server accepts.
        times: usize,
    },
    /// Reply 354 to `DATA`, read the first line of the content, then close the connection
    /// before the final `.`.
    CloseDuringData,
    /// Read the whole message including the final `.`, record it in
    /// [`SmtpServer::unconfirmed`], then close the connection without replying.
    CloseAfterDot,
    /// Accept the TCP connection and never send anything, not even the greeting (whatever the
    /// client sends is read and discarded).
    NeverAnswer,
    /// Advertise `STARTTLS` and refuse `MAIL FROM` with 530 until TLS is up, then accept.
    RequireStartTls,
    /// Do not advertise `STARTTLS` (and refuse it with 502); accept everything in plain text.
    NoStartTls,
}

impl SmtpServer {
    /// Starts a server on a free loopback port with a fresh test CA and a `localhost` /
    /// `127.0.0.1` certificate signed by it.
    pub async fn start(behaviour: Behaviour) -> SmtpServer {
        Self::start_with(behaviour, TestCertificates::signed_by_test_ca()).await
    }

    /// Starts a server that behaves like [`Behaviour::RequireStartTls`] but presents a fresh
    /// self-signed certificate for `localhost` / `127.0.0.1` that no client trusts: for the
    /// "untrusted certificate" tests. Its [`SmtpServer::ca_certificate_pem`] is that
    /// self-signed certificate; do not hand it to the client under test.
    pub async fn start_with_untrusted_certificate() -> SmtpServer {
        Self::start_with(Behaviour::RequireStartTls, TestCertificates::self_signed()).await
    }

    async fn start_with(behaviour: Behaviour, certificates: TestCertificates) -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("the test SMTP server binds a loopback port");
        let address = listener.local_addr().expect("a bound listener has an address");
        let temporary_failures = match behaviour {
            Behaviour::TemporaryFailuresThenAccept { times, .. } => times,
            _ => 0,
        };
        let shared = Arc::new(Shared {
            behaviour,
            tls: certificates.acceptor,
            ca_pem: certificates.ca_pem,
            received: Mutex::new(Vec::new()),
            unconfirmed: Mutex::new(Vec::new()),
            commands: Mutex::new(Vec::new()),
            connections: AtomicUsize::new(0),
            temporary_failures_left: AtomicUsize::new(temporary_failures),
            changed: Notify::new(),
        });
        let accept_loop = tokio::spawn(accept_loop(listener, Arc::clone(&shared)));
        SmtpServer {
            address,
            shared,
            accept_loop,
        }
    }

    /// The messages accepted so far (those the server recorded and then answered 250 after
    /// `DATA`), in the order they arrived.
    pub fn received(&self) -> Vec<Received> {
        lock(&self.shared.received).clone()
    }

    /// The messages read completely under [`Behaviour::CloseAfterDot`], whose sender never got
    /// a reply.
    pub fn unconfirmed(&self) -> Vec<Received> {
        lock(&self.shared.unconfirmed).clone()
    }

    /// Waits until at least `n` messages have been accepted and returns all accepted so far.
    ///
    /// # Panics
    /// If fewer than `n` arrive `within` that time.
    pub async fn wait_for_messages(&self, n: usize, within: Duration) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let changed = self.shared.changed.notified();
            tokio::pin!(changed);
            // Register before looking, so a message recorded in between still wakes us.
            changed.as_mut().enable();
            let received = self.received();
            if received.len() >= n {
                return received;
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                let received = self.received();
                if received.len() >= n {
                    return received;
                }
                panic!(
                    "test SMTP server at {}: expected {n} accepted message(s) within {within:?}, \
                     got {} (plus {} unconfirmed) over {} connection(s); commands seen: {:?}",
                    self.address,
                    received.len(),
                    self.unconfirmed().len(),
                    self.connections(),
                    self.commands(),
                );
            }
        }
    }

    /// The PEM of the test CA that signed the server's certificate (a certificate for
    /// `localhost` and IP `127.0.0.1`). Give it to the client as a trusted root.
    pub fn ca_certificate_pem(&self) -> String {
        self.shared.ca_pem.clone()
    }

    /// How many TCP connections the server has accepted.
    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// The verbs of all commands received so far (upper-cased, e.g. `EHLO`, `AUTH`, `NOOP`,
    /// `QUIT`), in arrival order over all connections. Arguments are left out, so no
    /// credentials are kept; `AUTH` continuation lines are not commands and do not appear.
    pub fn commands(&self) -> Vec<String> {
        lock(&self.shared.commands).clone()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        // The accept loop owns the listener and the JoinSet of sessions: aborting it drops
        // both, which aborts every session task and closes their sockets.
        self.accept_loop.abort();
    }
}

/// State shared by the accept loop, the sessions and the [`SmtpServer`] handle.
struct Shared {
    behaviour: Behaviour,
    tls: TlsAcceptor,
    ca_pem: String,
    received: Mutex<Vec<Received>>,
    unconfirmed: Mutex<Vec<Received>>,
    commands: Mutex<Vec<String>>,
    connections: AtomicUsize,
    temporary_failures_left: AtomicUsize,
    changed: Notify,
}

impl Shared {
    fn offers_starttls(&self) -> bool {
        !matches!(self.behaviour, Behaviour::NoStartTls)
    }

    fn requires_starttls(&self) -> bool {
        matches!(self.behaviour, Behaviour::RequireStartTls)
    }

    /// Takes one of the remaining temporary failures, if any are left.
    fn take_temporary_failure(&self) -> bool {
        self.temporary_failures_left
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| left.checked_sub(1))
            .is_ok()
    }

    fn record(&self, list: &Mutex<Vec<Received>>, message: Received) -> usize {
        let count = {
            let mut list = lock(list);
            list.push(message);
            list.len()
        };
        self.changed.notify_waiters();
        count
    }
}

/// Locks a mutex, ignoring poisoning (a panicking test must not hide what was received).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    let mut sessions = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => {
                    shared.connections.fetch_add(1, Ordering::SeqCst);
                    shared.changed.notify_waiters();
                    sessions.spawn(serve(stream, Arc::clone(&shared)));
                }
                // E.g. a connection reset before it was accepted, or out of descriptors.
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            },
            Some(_) = sessions.join_next(), if !sessions.is_empty() => {}
        }
    }
}

/// What the connection does after a command.
enum Flow {
    Continue,
    Close,
    StartTls,
}

async fn serve(stream: TcpStream, shared: Arc<Shared>) {
    let _ = stream.set_nodelay(true);
    if matches!(shared.behaviour, Behaviour::NeverAnswer) {
        let mut stream = stream;
        let mut sink = [0_u8; 4096];
        while matches!(stream.read(&mut sink).await, Ok(n) if n > 0) {}
        return;
    }
    let mut session = Session::new(&shared);
    let mut plain = BufReader::new(stream);
    let greeting = format!("220 {SERVER_NAME} ESMTP Signpost test server ready");
    if reply(&mut plain, &greeting).await.is_err() {
        return;
    }
    if let Ok(Flow::StartTls) = session.run(&mut plain).await {
        // RFC 3207 §4.2: anything the client pipelined after STARTTLS is discarded with the
        // plain-text buffer.
        let Ok(tls) = shared.tls.accept(plain.into_inner()).await else {
            return;
        };
        session.start_over_tls();
        let mut tls = BufReader::new(tls);
        let _ = session.run(&mut tls).await;
    }
}

/// The state of one SMTP connection.
struct Session<'a> {
    shared: &'a Shared,
    tls: bool,
    greeted: bool,
    auth_user: Option<String>,
    mail_from: Option<String>,
    rcpt_to: Vec<String>,
}

impl<'a> Session<'a> {
    fn new(shared: &'a Shared) -> Self {
        Session {
            shared,
            tls: false,
            greeted: false,
            auth_user: None,
            mail_from: None,
            rcpt_to: Vec::new(),
        }
    }

    /// RFC 3207 §4.2: after the handshake the server forgets everything the client said.
    fn start_over_tls(&mut self) {
        self.tls = true;
        self.greeted = false;
        self.auth_user = None;
        self.reset_transaction();
    }

    fn reset_transaction(&mut self) {
        self.mail_from = None;
        self.rcpt_to.clear();
    }

    /// Reads and answers commands until the client quits, the connection ends, or `STARTTLS`.
    async fn run<S>(&mut self, io: &mut BufReader<S>) -> std::io::Result<Flow>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        loop {
            let Some(line) = read_line(io, MAX_COMMAND_LINE).await? else {
                return Ok(Flow::Close);
            };
            let line = String::from_utf8_lossy(trim_line_end(&line)).into_owned();
            let (verb, argument) = match line.split_once(' ') {
                Some((verb, argument)) => (verb.to_ascii_uppercase(), argument.trim()),
                None => (line.to_ascii_uppercase(), ""),
            };
            lock(&self.shared.commands).push(verb.clone());
            let flow = match verb.as_str() {
                "EHLO" => self.ehlo(io, argument).await?,
                "HELO" => self.helo(io, argument).await?,
                "STARTTLS" => self.starttls(io, argument).await?,
                "AUTH" => self.auth(io, argument).await?,
                "MAIL" => self.mail(io, argument).await?,
                "RCPT" => self.rcpt(io, argument).await?,
                "DATA" => self.data(io, argument).await?,
                "RSET" => {
                    self.reset_transaction();
                    reply(io, "250 2.0.0 OK").await?;
                    Flow::Continue
                }
                "NOOP" => {
                    reply(io, "250 2.0.0 OK").await?;
                    Flow::Continue
                }
                "VRFY" => {
                    reply(io, "252 2.5.2 Cannot VRFY user, but will accept message").await?;
                    Flow::Continue
                }
                "HELP" => {
                    reply(io, "214 2.0.0 See RFC 5321").await?;
                    Flow::Continue
                }
                "QUIT" => {
                    reply(io, "221 2.0.0 Bye").await?;
                    let _ = io.shutdown().await;
                    Flow::Close
                }
                _ => {
                    reply(io, "500 5.5.2 Command not recognized").await?;
                    Flow::Continue
                }
            };
            match flow {
                Flow::Continue => {}
                other => return Ok(other),
            }
        }
    }

    async fn ehlo<S>(&mut self, io: &mut BufReader<S>, argument: &str) -> std::io::Result<Flow>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        if argument.is_empty() {
            return refuse(io, "501 5.5.4 Syntax: EHLO domain").await;
        }
        self.reset_transaction();
        self.greeted = true;
        let mut lines = vec![
            format!("{SERVER_NAME} greets {argument}"),
            "8BITMIME".to_owned(),
            "SMTPUTF8".to_owned(),
            "ENHANCEDSTATUSCODES".to_owned(),
        ];
        if self.shared.offers_starttls() && !self.tls {
            lines.push("STARTTLS".to_owned());
        }
        lines.push("AUTH PLAIN LOGIN".to_owned());
        let last = lines.len() - 1;
        let text: Vec<String> = lines
            .iter()
            .enumerate()
            .map(|(i, line)| format!("250{}{line}", if i == last { ' ' } else { '-' }))
            .collect();
        reply(io, &text.join("\r\n")).await?;
        Ok(Flow::Continue)
    }

    async fn helo<S>(&mut self, io: &mut BufReader<S>, argument: &str) -> std::io::Result<Flow>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        if argument.is_empty() {
            return refuse(io, "501 5.5.4 Syntax: HELO domain").await;
        }
        self.reset_transaction();
        self.greeted = true;
        reply(io, &format!("250 {SERVER_NAME} greets {argument}")).await?;
        Ok(Flow::Continue)
    }

    async fn starttls<S>(&mut self, io: &mut BufReader<S>, argument: &str) -> std::io::Result<Flow>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        if !argument.is_empty() {
            return refuse(io, "501 5.5.4 Syntax: STARTTLS").await;
        }
        if !self.shared.offers_starttls() {
            return refuse(io, "502 5.5.1 STARTTLS not supported").await;
        }
        if self.tls {
            return refuse(io, "503 5.5.1 TLS already active").await;
        }
        if !self.greeted {
            return refuse(io, "503 5.5.1 Send EHLO first").await;
        }
        reply(io, "220 2.0.0 Ready to start TLS").await?;
        Ok(Flow::StartTls)
    }

    async fn auth<S>(&mut self, io: &mut BufReader<S>, argument: &str) -> std::io::Result<Flow>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        if !self.greeted {
            return refuse(io, "503 5.5.1 Send EHLO first").await;
        }
        if self.auth_user.is_some() {
            return refuse(io, "503 5.5.1 Already authenticated").await;
        }
        if self.mail_from.is_some() {
            return refuse(io, "503 5.5.1 AUTH not allowed during a mail transaction").await;
        }
        let mut words = argument.split_whitespace();
        let mechanism = words.next().unwrap_or_default().to_ascii_uppercase();
        let initial = words.next().map(str::to_owned);
        let user = match mechanism.as_str() {
            "PLAIN" => {
                let Some(response) = challenge(io, initial, "").await? else {
                    return refuse(io, "501 5.7.0 Authentication cancelled").await;
                };
                // authzid NUL authcid NUL password (RFC 4616)
                let fields: Option<Vec<String>> = base64_decode(&response).and_then(|bytes| {
                    let fields: Vec<&[u8]> = bytes.split(|&b| b == 0).collect();
                    (fields.len() == 3).then(|| {
                        fields
                            .iter()
                            .map(|f| String::from_utf8_lossy(f).into_owned())
                            .collect()
                    })
                });
                match fields {
                    Some(fields) => fields[1].clone(),
                    None => return refuse(io, "501 5.5.2 Malformed AUTH PLAIN response").await,
                }
            }
            "LOGIN" => {
                // "Username:" and "Password:" in base64.
                let Some(username) = challenge(io, initial, "VXNlcm5hbWU6").await? else {
                    return refuse(io, "501 5.7.0 Authentication cancelled").await;
                };
                let Some(username) = base64_decode(&username) else {
                    return refuse(io, "501 5.5.2 Malformed AUTH LOGIN username").await;
                };
                let Some(password) = challenge(io, None, "UGFzc3dvcmQ6").await? else {
                    return refuse(io, "501 5.7.0 Authentication cancelled").await;
                };
                if base64_decode(&password).is_none() {
                    return refuse(io, "501 5.5.2 Malformed AUTH LOGIN password").await;
                }
                String::from_utf8_lossy(&username).into_owned()
            }
            _ => return refuse(io, "504 5.5.4 Unrecognized authentication mechanism").await,
        };
        self.auth_user = Some(user);
        reply(io, "235 2.7.0 Authentication successful").await?;
        Ok(Flow::Continue)
    }

    async fn mail<S>(&mut self, io: &mut BufReader<S>, argument: &str) -> std::io::Result<Flow>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        if !self.greeted {
            return refuse(io, "503 5.5.1 Send EHLO first").await;
        }
        if self.mail_from.is_some() {
            return refuse(io, "503 5.5.1 Nested MAIL command").await;
        }
        let Some(path) = strip_prefix_ignore_case(argument, "FROM:").and_then(parse_path) else {
            return refuse(io, "501 5.5.4 Syntax: MAIL FROM:<address>").await;
        };
        if self.shared.requires_starttls() && !self.tls {
            return refuse(io, "530 5.7.0 Must issue a STARTTLS command first").await;
        }
        match self.shared.behaviour {
            Behaviour::RefuseMailFrom(code) => {
                return refuse_with(io, code, "1.0", "Sender refused by the test server").await;
            }
            Behaviour::TemporaryFailuresThenAccept { code, .. } if self.shared.take_temporary_failure() => {
                return refuse_with(io, code, "0.0", "Temporary failure, try again later").await;
            }
            _ => {}
        }
        self.mail_from = Some(path);
        self.rcpt_to.clear();
        reply(io, "250 2.1.0 Sender OK").await?;
        Ok(Flow::Continue)
    }

    async fn rcpt<S>(&mut self, io: &mut BufReader<S>, argument: &str) -> std::io::Result<Flow>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        if self.mail_from.is_none() {
            return refuse(io, "503 5.5.1 Need MAIL before RCPT").await;
        }
        let Some(path) = strip_prefix_ignore_case(argument, "TO:")
            .and_then(parse_path)
            .filter(|path| !path.is_empty())
        else {
            return refuse(io, "501 5.5.4 Syntax: RCPT TO:<address>").await;
        };
        if let Behaviour::RefuseRcpt(code) = self.shared.behaviour {
            return refuse_with(io, code, "1.1", "Recipient refused by the test server").await;
        }
        self.rcpt_to.push(path);
        reply(io, "250 2.1.5 Recipient OK").await?;
        Ok(Flow::Continue)
    }

    async fn data<S>(&mut self, io: &mut BufReader<S>, argument: &str) -> std::io::Result<Flow>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        if !argument.is_empty() {
            return refuse(io, "501 5.5.4 Syntax: DATA").await;
        }
        let Some(mail_from) = self.mail_from.clone() else {
            return refuse(io, "503 5.5.1 Need MAIL command").await;
        };
        if self.rcpt_to.is_empty() {
            return refuse(io, "554 5.5.1 No valid recipients").await;
        }
        reply(io, "354 End data with <CR><LF>.<CR><LF>").await?;
        if let Behaviour::CloseDuringData = self.shared.behaviour {
            // Part of the content, then the connection goes away (unread bytes make it a reset).
            let _ = read_line(io, MAX_DATA_LINE).await?;
            return Ok(Flow::Close);
        }
        let Some(data) = read_data(io).await? else {
            return Ok(Flow::Close);
        };
        let message = Received {
            mail_from,
            rcpt_to: std::mem::take(&mut self.rcpt_to),
            data,
            auth_user: self.auth_user.clone(),
            over_tls: self.tls,
        };
        self.reset_transaction();
        match self.shared.behaviour {
            Behaviour::RefuseData(code) => {
                refuse_with(io, code, "6.0", "Message refused by the test server").await
            }
            Behaviour::CloseAfterDot => {
                self.shared.record(&self.shared.unconfirmed, message);
                Ok(Flow::Close)
            }
            _ => {
                // Recorded before the 250 goes out, so a client that saw 250 finds it here.
                let number = self.shared.record(&self.shared.received, message);
                reply(io, &format!("250 2.0.0 OK: queued as {number}")).await?;
                Ok(Flow::Continue)
            }
        }
    }
}

/// Sends a reply (one or more CRLF-separated lines, without the final CRLF).
async fn reply<S: AsyncWrite + Unpin>(io: &mut S, text: &str) -> std::io::Result<()> {
    io.write_all(format!("{text}\r\n").as_bytes()).await?;
    io.flush().await
}

/// Sends a negative reply; 421 also closes the connection.
async fn refuse<S: AsyncWrite + Unpin>(io: &mut S, text: &str) -> std::io::Result<Flow> {
    reply(io, text).await?;
    if text.starts_with("421") {
        let _ = io.shutdown().await;
        return Ok(Flow::Close);
    }
    Ok(Flow::Continue)
}

/// Sends `code` with an enhanced status code of the same class (e.g. `550 5.1.1 ...`).
async fn refuse_with<S: AsyncWrite + Unpin>(
    io: &mut S,
    code: u16,
    enhanced_rest: &str,
    text: &str,
) -> std::io::Result<Flow> {
    let class = code / 100;
    let line = if class == 4 || class == 5 {
        format!("{code} {class}.{enhanced_rest} {text}")
    } else {
        format!("{code} {text}")
    };
    refuse(io, &line).await
}

/// Sends a 334 challenge unless the client gave an initial response, and returns the client's
/// answer; `None` if the client cancelled with `*`.
async fn challenge<S>(
    io: &mut BufReader<S>,
    initial: Option<String>,
    prompt: &str,
) -> std::io::Result<Option<String>>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let answer = match initial {
        Some(initial) => initial,
        None => {
            reply(io, &format!("334 {prompt}")).await?;
            let line = read_line(io, MAX_COMMAND_LINE)
                .await?
                .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::UnexpectedEof))?;
            String::from_utf8_lossy(trim_line_end(&line)).trim().to_owned()
        }
    };
    Ok((answer != "*").then_some(answer))
}

/// Reads one line including its LF; `None` at end of stream. A line longer than `limit` is an
/// error that ends the session.
async fn read_line<S>(io: &mut BufReader<S>, limit: usize) -> std::io::Result<Option<Vec<u8>>>
where
    S: AsyncRead + Unpin,
{
    let mut line = Vec::new();
    let read = (&mut *io).take(limit as u64).read_until(b'\n', &mut line).await?;
    if read == 0 {
        return Ok(None);
    }
    if line.last() != Some(&b'\n') {
        if read >= limit {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "line too long",
            ));
        }
        // The stream ended in the middle of a line.
        return Ok(None);
    }
    Ok(Some(line))
}

/// Reads message content up to and including the `.` line and undoes dot-stuffing; `None` if
/// the stream ends first.
async fn read_data<S>(io: &mut BufReader<S>) -> std::io::Result<Option<Vec<u8>>>
where
    S: AsyncRead + Unpin,
{
    let mut data = Vec::new();
    loop {
        let Some(line) = read_line(io, MAX_DATA_LINE).await? else {
            return Ok(None);
        };
        if trim_line_end(&line) == b"." {
            return Ok(Some(data));
        }
        let unstuffed = line.strip_prefix(b".").unwrap_or(&line);
        data.extend_from_slice(unstuffed);
    }
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn strip_prefix_ignore_case<'s>(text: &'s str, prefix: &str) -> Option<&'s str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

/// The address of `<address> [parameters]` (an empty string for `<>`).
fn parse_path(text: &str) -> Option<String> {
    let text = text.trim_start();
    let inner = text.strip_prefix('<')?;
    let end = inner.find('>')?;
    Some(inner[..end].to_owned())
}

/// Decodes standard padded base64; `=` alone is the empty string (RFC 4954).
fn base64_decode(text: &str) -> Option<Vec<u8>> {
    match text.trim() {
        "=" => Some(Vec::new()),
        text => STANDARD.decode(text).ok(),
    }
}

/// The TLS side of a server: its acceptor and the PEM a client should trust.
struct TestCertificates {
    acceptor: TlsAcceptor,
    ca_pem: String,
}

impl TestCertificates {
    /// A fresh CA, and a `localhost` / `127.0.0.1` certificate it signed.
    fn signed_by_test_ca() -> Self {
        let ca_key = KeyPair::generate().expect("rcgen makes a CA key");
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("no names is valid");
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(DnType::CommonName, "Signpost test SMTP CA");
        ca_params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let ca_cert = ca_params.self_signed(&ca_key).expect("rcgen self-signs the CA");
        let issuer = Issuer::new(ca_params, ca_key);

        let leaf_key = KeyPair::generate().expect("rcgen makes a server key");
        let mut leaf_params = Self::leaf_params();
        leaf_params.use_authority_key_identifier_extension = true;
        let leaf = leaf_params
            .signed_by(&leaf_key, &issuer)
            .expect("the test CA signs the server certificate");
        TestCertificates {
            acceptor: Self::acceptor(vec![leaf.der().clone(), ca_cert.der().clone()], &leaf_key),
            ca_pem: ca_cert.pem(),
        }
    }

    /// A fresh self-signed `localhost` / `127.0.0.1` certificate.
    fn self_signed() -> Self {
        let key = KeyPair::generate().expect("rcgen makes a server key");
        let cert = Self::leaf_params()
            .self_signed(&key)
            .expect("rcgen self-signs the server certificate");
        TestCertificates {
            acceptor: Self::acceptor(vec![cert.der().clone()], &key),
            ca_pem: cert.pem(),
        }
    }

    fn leaf_params() -> CertificateParams {
        let mut params = CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .expect("localhost and 127.0.0.1 are valid names");
        params.distinguished_name.push(DnType::CommonName, "localhost");
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        params
    }

    fn acceptor(chain: Vec<CertificateDer<'static>>, key: &KeyPair) -> TlsAcceptor {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("ring supports the default TLS versions")
            .with_no_client_auth()
            .with_single_cert(chain, PrivatePkcs8KeyDer::from(key.serialize_der()).into())
            .expect("rustls accepts the test certificate and key");
        TlsAcceptor::from(Arc::new(config))
    }
}

/// The server's own tests, driven by lettre (the client Signpost uses) and by hand over TCP.
#[cfg(test)]
mod self_tests {
    use std::time::{Duration, Instant};

    use lettre::message::header::ContentType;
    use lettre::transport::smtp::Error as SmtpError;
    use lettre::transport::smtp::authentication::{Credentials, Mechanism};
    use lettre::transport::smtp::client::{AsyncSmtpConnection, Certificate, Tls, TlsParameters};
    use lettre::transport::smtp::commands::Rset;
    use lettre::transport::smtp::extension::ClientId;
    use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    use tokio::net::TcpStream;

    use super::{Behaviour, SmtpServer, base64_decode};

    type Transport = AsyncSmtpTransport<Tokio1Executor>;

    const WAIT: Duration = Duration::from_secs(5);

    fn message(to: &str, body: &str) -> Message {
        Message::builder()
            .from("Signpost <noreply@signpost.test>".parse().unwrap())
            .to(to.parse().unwrap())
            .subject("Test")
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_owned())
            .unwrap()
    }

    fn hello() -> Message {
        message("Hotline <hotline@example.test>", "Hello.\r\n")
    }

    /// A plain-text transport (lettre's own timeout only bounds the TCP connect).
    fn plain(server: &SmtpServer) -> Transport {
        with_tls(server, Tls::None)
    }

    fn with_tls(server: &SmtpServer, tls: Tls) -> Transport {
        Transport::builder_dangerous("127.0.0.1")
            .port(server.address.port())
            .tls(tls)
            .timeout(Some(WAIT))
            .build()
    }

    /// TLS parameters for `domain` that trust only this PEM.
    fn trusting(domain: &str, pem: &str) -> TlsParameters {
        TlsParameters::builder(domain.to_owned())
            .add_root_certificate(Certificate::from_pem(pem.as_bytes()).unwrap())
            .build_rustls()
            .unwrap()
    }

    fn code(error: &SmtpError) -> Option<u16> {
        error.status().map(u16::from)
    }

    /// The rustls certificate error behind a failed send. lettre 0.11.23 reports a refused
    /// server certificate as a *connection* error (`is_tls()` is false) wrapping an
    /// `io::Error` of kind `InvalidData` that wraps the `rustls::Error`.
    fn certificate_error(error: &SmtpError) -> Option<rustls::CertificateError> {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
        while let Some(current) = source {
            let inner = current
                .downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .map(|inner| inner as &(dyn std::error::Error + 'static))
                .unwrap_or(current);
            if let Some(rustls::Error::InvalidCertificate(certificate)) = inner.downcast_ref() {
                return Some(certificate.clone());
            }
            source = current.source();
        }
        None
    }

    async fn send_err(transport: &Transport, message: Message) -> SmtpError {
        let result = tokio::time::timeout(WAIT, transport.send(message))
            .await
            .expect("lettre answers within the wait");
        result.expect_err("the send fails")
    }

    #[test]
    fn base64_decoding() {
        assert_eq!(base64_decode("AHVzZXIAcGFzcw==").unwrap(), b"\0user\0pass");
        assert_eq!(base64_decode("VXNlcm5hbWU6").unwrap(), b"Username:");
        assert_eq!(base64_decode("YQ==").unwrap(), b"a");
        assert_eq!(base64_decode("YWI=").unwrap(), b"ab");
        assert_eq!(base64_decode("=").unwrap(), b"");
        assert!(base64_decode("YQ=").is_none());
        assert!(base64_decode("Y=Q=").is_none());
        assert!(base64_decode("YQ==YWJj").is_none());
        assert!(base64_decode("Y!==").is_none());
    }

    #[tokio::test]
    async fn plain_send_records_the_envelope_and_unstuffs_dots() {
        let server = SmtpServer::start(Behaviour::Accept).await;
        let message = Message::builder()
            .from("Signpost <noreply@signpost.test>".parse().unwrap())
            .to("Hotline <hotline@example.test>".parse().unwrap())
            .cc("copy@example.test".parse().unwrap())
            .subject("Dots")
            .header(ContentType::TEXT_PLAIN)
            .body(".starts with a dot\r\n..two dots\r\n.\r\nend\r\n".to_owned())
            .unwrap();
        let response = plain(&server).send(message).await.unwrap();
        assert_eq!(u16::from(response.code()), 250);

        let received = server.wait_for_messages(1, WAIT).await;
        assert_eq!(received.len(), 1);
        let got = &received[0];
        assert_eq!(got.mail_from, "noreply@signpost.test");
        assert_eq!(got.rcpt_to, ["hotline@example.test", "copy@example.test"]);
        assert_eq!(got.auth_user, None);
        assert!(!got.over_tls);
        let text = got.data_text();
        assert!(text.contains("Subject: Dots\r\n"), "{text}");
        // lettre always writes CRLF before the final dot, so a body ending in CRLF arrives
        // with one more empty line.
        assert!(
            text.ends_with("\r\n\r\n.starts with a dot\r\n..two dots\r\n.\r\nend\r\n\r\n"),
            "dot-unstuffed body at the end: {text:?}"
        );
        assert_eq!(server.connections(), 1);
        assert_eq!(server.unconfirmed().len(), 0);
    }

    #[tokio::test]
    async fn non_ascii_addresses_use_smtputf8() {
        let server = SmtpServer::start(Behaviour::Accept).await;
        let message = message("Zoë <zoë@exämple.test>", "Grüße, 你好\r\n");
        plain(&server).send(message).await.unwrap();
        let got = &server.wait_for_messages(1, WAIT).await[0];
        assert_eq!(got.rcpt_to, ["zoë@exämple.test"]);
        // lettre encodes a non-ASCII text body as base64 (and the To name as an encoded word).
        assert!(
            got.data_text().contains("\r\n\r\nR3LDvMOfZSwg5L2g5aW9DQo=\r\n"),
            "{}",
            got.data_text()
        );
    }

    #[tokio::test]
    async fn auth_plain_and_login_record_the_username() {
        for (mechanism, user) in [(Mechanism::Plain, "plain-user"), (Mechanism::Login, "login-user")] {
            let server = SmtpServer::start(Behaviour::Accept).await;
            let transport = Transport::builder_dangerous("127.0.0.1")
                .port(server.address.port())
                .tls(Tls::None)
                .credentials(Credentials::new(user.to_owned(), "any password".to_owned()))
                .authentication(vec![mechanism])
                .build();
            transport.send(hello()).await.unwrap();
            let got = &server.wait_for_messages(1, WAIT).await[0];
            assert_eq!(got.auth_user.as_deref(), Some(user), "{mechanism:?}");
            assert_eq!(server.commands()[..3], ["EHLO", "AUTH", "MAIL"]);
        }
    }

    #[tokio::test]
    async fn starttls_with_the_test_ca_trusted() {
        for (behaviour, domain) in [
            (Behaviour::Accept, "localhost"),
            (Behaviour::RequireStartTls, "localhost"),
            (Behaviour::RequireStartTls, "127.0.0.1"),
        ] {
            let server = SmtpServer::start(behaviour.clone()).await;
            let transport = Transport::builder_dangerous("127.0.0.1")
                .port(server.address.port())
                .tls(Tls::Required(trusting(domain, &server.ca_certificate_pem())))
                .credentials(Credentials::new("tls-user".to_owned(), "secret".to_owned()))
                .build();
            transport.send(hello()).await.unwrap();
            let got = &server.wait_for_messages(1, WAIT).await[0];
            assert!(got.over_tls, "{behaviour:?} {domain}");
            assert_eq!(got.auth_user.as_deref(), Some("tls-user"));
            assert_eq!(
                server.commands()[..5],
                ["EHLO", "STARTTLS", "EHLO", "AUTH", "MAIL"]
            );
        }
    }

    #[tokio::test]
    async fn opportunistic_tls_upgrades_when_offered_and_stays_plain_when_not() {
        let server = SmtpServer::start(Behaviour::Accept).await;
        let tls = Tls::Opportunistic(trusting("localhost", &server.ca_certificate_pem()));
        with_tls(&server, tls).send(hello()).await.unwrap();
        assert!(server.wait_for_messages(1, WAIT).await[0].over_tls);

        let server = SmtpServer::start(Behaviour::NoStartTls).await;
        let tls = Tls::Opportunistic(trusting("localhost", &server.ca_certificate_pem()));
        with_tls(&server, tls).send(hello()).await.unwrap();
        assert!(!server.wait_for_messages(1, WAIT).await[0].over_tls);
    }

    #[tokio::test]
    async fn require_starttls_refuses_plain_mail_with_530() {
        let server = SmtpServer::start(Behaviour::RequireStartTls).await;
        let error = send_err(&plain(&server), hello()).await;
        eprintln!("RequireStartTls, client without TLS: {error}");
        assert!(error.is_permanent());
        assert_eq!(code(&error), Some(530));
        assert!(server.received().is_empty());
    }

    #[tokio::test]
    async fn untrusted_certificate_is_a_tls_error() {
        let server = SmtpServer::start_with_untrusted_certificate().await;
        let other = SmtpServer::start(Behaviour::Accept).await;
        // Default roots (webpki-roots), and another server's test CA.
        for tls in [
            TlsParameters::new_rustls("localhost".to_owned()).unwrap(),
            trusting("localhost", &other.ca_certificate_pem()),
        ] {
            let error = send_err(&with_tls(&server, Tls::Required(tls)), hello()).await;
            eprintln!("untrusted certificate: {error}");
            assert!(
                matches!(
                    certificate_error(&error),
                    Some(rustls::CertificateError::UnknownIssuer)
                ),
                "{error:?}"
            );
        }
        assert!(server.received().is_empty());
        assert_eq!(server.commands(), ["EHLO", "STARTTLS", "EHLO", "STARTTLS"]);
    }

    #[tokio::test]
    async fn wrong_host_name_is_a_tls_error() {
        let server = SmtpServer::start(Behaviour::RequireStartTls).await;
        let tls = trusting("smtp.example.test", &server.ca_certificate_pem());
        let error = send_err(&with_tls(&server, Tls::Required(tls)), hello()).await;
        eprintln!("wrong host name: {error}");
        assert!(
            matches!(
                certificate_error(&error),
                Some(rustls::CertificateError::NotValidForNameContext { .. })
            ),
            "{error:?}"
        );
    }

    #[tokio::test]
    async fn tls_required_but_not_offered_is_a_client_error() {
        let server = SmtpServer::start(Behaviour::NoStartTls).await;
        let tls = Tls::Required(trusting("localhost", &server.ca_certificate_pem()));
        let error = send_err(&with_tls(&server, tls), hello()).await;
        eprintln!("TLS required, not offered: {error}");
        assert!(error.is_client(), "{error:?}");
        assert!(server.received().is_empty());
        assert!(!server.commands().contains(&"MAIL".to_owned()));
    }

    #[tokio::test]
    async fn refusals_give_the_reply_code() {
        let cases = [
            (Behaviour::RefuseMailFrom(550), 550, "MAIL"),
            (Behaviour::RefuseMailFrom(451), 451, "MAIL"),
            (Behaviour::RefuseRcpt(550), 550, "RCPT"),
            (Behaviour::RefuseRcpt(450), 450, "RCPT"),
            (Behaviour::RefuseData(554), 554, "DATA"),
            (Behaviour::RefuseData(451), 451, "DATA"),
        ];
        for (behaviour, expected, stage) in cases {
            let server = SmtpServer::start(behaviour.clone()).await;
            let error = send_err(&plain(&server), hello()).await;
            eprintln!("{behaviour:?}: {error}");
            assert_eq!(code(&error), Some(expected), "{behaviour:?}: {error:?}");
            assert_eq!(error.is_permanent(), expected >= 500);
            assert_eq!(error.is_transient(), expected < 500);
            assert!(server.received().is_empty());
            let commands = server.commands();
            // lettre gives up on the connection with QUIT (no RSET) right after the refusal.
            let at = commands.iter().position(|c| c == stage).unwrap();
            assert_eq!(commands[at + 1..], ["QUIT"], "{behaviour:?}: {commands:?}");
        }
    }

    #[tokio::test]
    async fn temporary_failures_then_accept() {
        for code_sent in [451, 421] {
            let server = SmtpServer::start(Behaviour::TemporaryFailuresThenAccept {
                code: code_sent,
                times: 2,
            })
            .await;
            let transport = plain(&server);
            for _ in 0..2 {
                let error = send_err(&transport, hello()).await;
                eprintln!("TemporaryFailuresThenAccept {code_sent}: {error}");
                assert!(error.is_transient());
                assert_eq!(code(&error), Some(code_sent));
            }
            transport.send(hello()).await.unwrap();
            assert_eq!(server.wait_for_messages(1, WAIT).await.len(), 1);
            // A refused connection is dropped, not reused.
            assert_eq!(server.connections(), 3);
        }
    }

    #[tokio::test]
    async fn close_during_data_is_a_network_or_response_error_and_nothing_is_received() {
        let server = SmtpServer::start(Behaviour::CloseDuringData).await;
        let error = send_err(&plain(&server), hello()).await;
        eprintln!("CloseDuringData: {error} / {error:?}");
        assert!(error.status().is_none(), "{error:?}");
        assert!(!error.is_timeout());
        assert!(server.received().is_empty());
        assert!(server.unconfirmed().is_empty());
    }

    #[tokio::test]
    async fn close_during_a_large_data_is_an_error_and_nothing_is_received() {
        let server = SmtpServer::start(Behaviour::CloseDuringData).await;
        let body = "All work and no play makes Jack a dull boy.\r\n".repeat(50_000);
        let error = send_err(&plain(&server), message("hotline@example.test", &body)).await;
        eprintln!("CloseDuringData, 2 MB body: {error} / {error:?}");
        assert!(error.status().is_none(), "{error:?}");
        assert!(server.received().is_empty());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn works_on_a_multi_threaded_runtime() {
        let server = SmtpServer::start(Behaviour::RequireStartTls).await;
        let tls = Tls::Required(trusting("localhost", &server.ca_certificate_pem()));
        let transport = with_tls(&server, tls);
        for _ in 0..3 {
            transport.send(hello()).await.unwrap();
        }
        let received = server.wait_for_messages(3, WAIT).await;
        assert!(received.iter().all(|r| r.over_tls));
    }

    #[tokio::test]
    async fn close_after_dot_leaves_the_message_unconfirmed() {
        let server = SmtpServer::start(Behaviour::CloseAfterDot).await;
        let error = send_err(&plain(&server), hello()).await;
        eprintln!("CloseAfterDot: {error} / {error:?}");
        assert!(error.status().is_none(), "{error:?}");
        assert!(
            error.is_response() || error.to_string().contains("network"),
            "{error:?}"
        );
        assert!(server.received().is_empty());
        let unconfirmed = server.unconfirmed();
        assert_eq!(unconfirmed.len(), 1);
        assert!(unconfirmed[0].data_text().ends_with("\r\n\r\nHello.\r\n\r\n"));
        assert_eq!(unconfirmed[0].rcpt_to, ["hotline@example.test"]);
    }

    #[tokio::test]
    async fn never_answer_hangs_past_lettres_own_timeout() {
        let server = SmtpServer::start(Behaviour::NeverAnswer).await;
        let transport = Transport::builder_dangerous("127.0.0.1")
            .port(server.address.port())
            .tls(Tls::None)
            .timeout(Some(Duration::from_millis(100)))
            .build();
        let started = Instant::now();
        let outcome = tokio::time::timeout(Duration::from_millis(500), transport.send(hello())).await;
        eprintln!("NeverAnswer after {:?}: {outcome:?}", started.elapsed());
        match outcome {
            // lettre 0.11.23: the timeout only bounds connect(), so the caller's timeout fires.
            Err(_elapsed) => {}
            // Should a later lettre bound reads too, it must say it was a timeout.
            Ok(result) => assert!(result.unwrap_err().is_timeout()),
        }
        assert_eq!(server.connections(), 1);
        assert!(server.commands().is_empty());
    }

    #[tokio::test]
    async fn one_lettre_connection_carries_several_transactions_with_rset_and_noop() {
        let server = SmtpServer::start(Behaviour::Accept).await;
        let client = ClientId::Domain("client.test".to_owned());
        let mut connection =
            AsyncSmtpConnection::connect_tokio1(server.address, Some(WAIT), &client, None, None)
                .await
                .unwrap();
        for i in 0..2 {
            let message = message("hotline@example.test", &format!("Message {i}\r\n"));
            connection
                .send(message.envelope(), &message.formatted())
                .await
                .unwrap();
            connection.command(Rset).await.unwrap();
            assert!(connection.test_connected().await);
        }
        connection.quit().await.unwrap();
        let received = server.wait_for_messages(2, WAIT).await;
        for (i, got) in received.iter().enumerate() {
            assert!(got.data_text().ends_with(&format!("Message {i}\r\n\r\n")));
        }
        assert_eq!(server.connections(), 1);
        let transaction = ["MAIL", "RCPT", "DATA", "RSET", "NOOP"];
        let expected: Vec<&str> = [&["EHLO"][..], &transaction, &transaction, &["QUIT"]].concat();
        assert_eq!(server.commands(), expected);
    }

    #[tokio::test]
    async fn repeated_sends_reuse_or_quit_their_connection() {
        let server = SmtpServer::start(Behaviour::Accept).await;
        let transport = plain(&server);
        for _ in 0..3 {
            transport.send(hello()).await.unwrap();
            // With lettre's "pool" feature a used connection goes back to the pool in a spawned
            // task; a send made before that task has run opens a second connection.
            tokio::task::yield_now().await;
        }
        transport.shutdown().await;
        assert_eq!(server.wait_for_messages(3, WAIT).await.len(), 3);
        let transaction = ["MAIL", "RCPT", "DATA"];
        let commands = server.commands();
        let expected: Vec<&str> = match server.connections() {
            // "pool": NOOP before each reuse, QUIT only when the pool shuts down.
            1 => [
                &["EHLO"][..],
                &transaction,
                &["NOOP"],
                &transaction,
                &["NOOP"],
                &transaction,
            ]
            .concat()
            .into_iter()
            .chain(["QUIT"])
            .collect(),
            // No "pool": one connection per message, closed with QUIT.
            3 => [&["EHLO"][..], &transaction, &["QUIT"]].concat().repeat(3),
            other => panic!("{other} connections: {commands:?}"),
        };
        assert_eq!(commands, expected);
    }

    #[tokio::test]
    async fn concurrent_sends_through_one_transport() {
        let server = SmtpServer::start(Behaviour::Accept).await;
        let transport = plain(&server);
        let sends = (0..6).map(|i| {
            let transport = transport.clone();
            async move {
                transport
                    .send(message(&format!("to{i}@example.test"), "Hi\r\n"))
                    .await
            }
        });
        for result in futures_join_all(sends).await {
            result.unwrap();
        }
        let received = server.wait_for_messages(6, WAIT).await;
        let mut recipients: Vec<String> = received.iter().map(|r| r.rcpt_to[0].clone()).collect();
        recipients.sort();
        let expected: Vec<String> = (0..6).map(|i| format!("to{i}@example.test")).collect();
        assert_eq!(recipients, expected);
        assert!((1..=6).contains(&server.connections()));
    }

    /// Runs futures concurrently on this task and collects their outputs (no futures crate).
    async fn futures_join_all<F: std::future::Future + Send + 'static>(
        futures: impl Iterator<Item = F>,
    ) -> Vec<F::Output>
    where
        F::Output: Send + 'static,
    {
        let handles: Vec<_> = futures.map(tokio::spawn).collect();
        let mut outputs = Vec::new();
        for handle in handles {
            outputs.push(handle.await.unwrap());
        }
        outputs
    }

    #[tokio::test]
    #[should_panic(expected = "expected 2 accepted message(s) within 100ms, got 1")]
    async fn wait_for_messages_panics_clearly_on_timeout() {
        let server = SmtpServer::start(Behaviour::Accept).await;
        plain(&server).send(hello()).await.unwrap();
        server.wait_for_messages(2, Duration::from_millis(100)).await;
    }

    #[tokio::test]
    async fn wait_for_messages_wakes_when_a_message_arrives() {
        let server = SmtpServer::start(Behaviour::Accept).await;
        let transport = plain(&server);
        let (go, send_now) = tokio::sync::oneshot::channel::<()>();
        let sender = tokio::spawn(async move {
            send_now.await.unwrap();
            transport.send(hello()).await.unwrap();
        });
        let started = Instant::now();
        let waiting = server.wait_for_messages(1, WAIT);
        tokio::pin!(waiting);
        // The waiter looks once, finds nothing and waits; only then is the message sent.
        tokio::select! {
            biased;
            _ = &mut waiting => panic!("a message before any was sent"),
            () = std::future::ready(()) => {}
        }
        go.send(()).unwrap();
        assert_eq!(waiting.await.len(), 1);
        assert!(started.elapsed() < Duration::from_secs(2));
        sender.await.unwrap();
    }

    #[tokio::test]
    async fn dropping_the_server_closes_its_connections_and_port() {
        let server = SmtpServer::start(Behaviour::NeverAnswer).await;
        let address = server.address;
        let mut client = TcpStream::connect(address).await.unwrap();
        tokio::time::timeout(WAIT, async {
            while server.connections() == 0 {
                tokio::task::yield_now().await;
            }
        })
        .await
        .unwrap();
        drop(server);
        let mut buffer = [0_u8; 16];
        let read = tokio::time::timeout(WAIT, client.read(&mut buffer))
            .await
            .expect("the connection is closed when the server is dropped");
        assert!(matches!(read, Ok(0) | Err(_)), "{read:?}");
        assert!(TcpStream::connect(address).await.is_err());
    }

    /// A hand-driven client for what lettre never sends.
    struct Raw {
        io: BufReader<TcpStream>,
    }

    impl Raw {
        async fn connect(server: &SmtpServer) -> (Raw, String) {
            let mut raw = Raw {
                io: BufReader::new(TcpStream::connect(server.address).await.unwrap()),
            };
            let greeting = raw.reply().await;
            (raw, greeting)
        }

        /// Reads one whole (possibly multi-line) reply.
        async fn reply(&mut self) -> String {
            let mut text = String::new();
            loop {
                let mut line = String::new();
                let read = tokio::time::timeout(WAIT, self.io.read_line(&mut line))
                    .await
                    .unwrap();
                assert!(read.unwrap() > 0, "connection closed; so far {text:?}");
                text.push_str(&line);
                if line.as_bytes().get(3) == Some(&b' ') {
                    return text.trim_end().to_owned();
                }
            }
        }

        async fn send(&mut self, bytes: &str) {
            self.io.get_mut().write_all(bytes.as_bytes()).await.unwrap();
        }

        async fn command(&mut self, line: &str) -> String {
            self.send(&format!("{line}\r\n")).await;
            self.reply().await
        }

        async fn expect_closed(&mut self) {
            let mut rest = Vec::new();
            let read = tokio::time::timeout(WAIT, self.io.read_to_end(&mut rest))
                .await
                .unwrap();
            assert!(matches!(read, Ok(0) | Err(_)), "{read:?} {rest:?}");
        }
    }

    fn starts(reply: &str, code: &str) -> bool {
        reply.starts_with(code)
    }

    #[tokio::test]
    async fn raw_session_covers_helo_rset_noop_auth_and_errors() {
        let server = SmtpServer::start(Behaviour::Accept).await;
        let (mut c, greeting) = Raw::connect(&server).await;
        assert!(starts(&greeting, "220 localhost"), "{greeting}");
        assert!(starts(&c.command("MAIL FROM:<a@x.test>").await, "503"));
        assert!(starts(&c.command("AUTH PLAIN AHUAcA==").await, "503"));
        assert!(starts(&c.command("HELO").await, "501"));
        assert!(starts(
            &c.command("HELO client.test").await,
            "250 localhost greets client.test"
        ));
        let ehlo = c.command("EHLO client.test").await;
        for keyword in ["250-8BITMIME", "STARTTLS", "250 AUTH PLAIN LOGIN"] {
            assert!(ehlo.contains(keyword), "{ehlo}");
        }
        assert!(starts(&c.command("NOOP").await, "250"));
        assert!(starts(&c.command("VRFY someone").await, "252"));
        assert!(starts(&c.command("HELP").await, "214"));
        assert!(starts(&c.command("BDAT 10 LAST").await, "500"));
        assert!(starts(&c.command("RCPT TO:<b@x.test>").await, "503"));
        assert!(starts(&c.command("DATA").await, "503"));

        // AUTH PLAIN without an initial response, then a second AUTH is refused.
        assert_eq!(c.command("AUTH PLAIN").await, "334");
        assert!(starts(&c.command("AHJhdy11c2VyAHB3").await, "235"));
        assert!(starts(&c.command("AUTH LOGIN").await, "503"));

        // A transaction thrown away by RSET, then a real one, lower-case and pipelined.
        assert!(starts(&c.command("MAIL FROM:<dropped@x.test>").await, "250"));
        assert!(starts(&c.command("MAIL FROM:<twice@x.test>").await, "503"));
        assert!(starts(&c.command("RCPT TO:<>").await, "501"));
        assert!(starts(&c.command("RCPT TO:<dropped@x.test>").await, "250"));
        assert!(starts(&c.command("RSET").await, "250"));
        assert!(starts(&c.command("DATA").await, "503"));
        c.send("mail from:<> SIZE=100\r\nrcpt to:<one@x.test>\r\nRCPT TO: <two@x.test>\r\ndata\r\n")
            .await;
        for expected in ["250", "250", "250", "354"] {
            let reply = c.reply().await;
            assert!(starts(&reply, expected), "{reply}");
        }
        c.send("Subject: raw\r\n\r\n..dot\r\n...\r\n. not the end\r\n.\r\n")
            .await;
        assert!(starts(&c.reply().await, "250 2.0.0 OK: queued as 1"));
        assert!(starts(&c.command("DATA").await, "503"));

        // AUTH LOGIN with an initial response on a second connection.
        let (mut d, _) = Raw::connect(&server).await;
        d.command("EHLO other.test").await;
        assert!(starts(&d.command("AUTH CRAM-MD5").await, "504"));
        assert_eq!(d.command("AUTH LOGIN bG9naW4tdXNlcg==").await, "334 UGFzc3dvcmQ6");
        assert!(starts(&d.command("cGFzcw==").await, "235"));
        assert!(starts(&d.command("MAIL FROM:<d@x.test>").await, "250"));
        assert!(starts(&d.command("RCPT TO:<e@x.test>").await, "250"));
        assert!(starts(&d.command("DATA").await, "354"));
        d.send("\r\n.\r\n").await;
        assert!(starts(&d.reply().await, "250"));
        assert!(starts(&d.command("QUIT").await, "221"));
        d.expect_closed().await;

        assert!(starts(&c.command("QUIT").await, "221"));
        c.expect_closed().await;

        let received = server.received();
        assert_eq!(received.len(), 2);
        assert_eq!(received[0].mail_from, "");
        assert_eq!(received[0].rcpt_to, ["one@x.test", "two@x.test"]);
        assert_eq!(received[0].auth_user.as_deref(), Some("raw-user"));
        assert_eq!(
            received[0].data,
            b"Subject: raw\r\n\r\n.dot\r\n..\r\n not the end\r\n"
        );
        assert_eq!(received[1].auth_user.as_deref(), Some("login-user"));
        assert_eq!(received[1].data, b"\r\n");
        assert_eq!(server.connections(), 2);
    }

    #[tokio::test]
    async fn raw_auth_login_cancelled_and_starttls_refusals() {
        let server = SmtpServer::start(Behaviour::NoStartTls).await;
        let (mut c, _) = Raw::connect(&server).await;
        let ehlo = c.command("EHLO client.test").await;
        assert!(!ehlo.contains("STARTTLS"), "{ehlo}");
        assert!(starts(&c.command("STARTTLS").await, "502"));
        assert_eq!(c.command("AUTH LOGIN").await, "334 VXNlcm5hbWU6");
        assert!(starts(&c.command("*").await, "501"));
        assert!(starts(&c.command("AUTH PLAIN bm90LXBsYWlu").await, "501"));
        assert!(starts(&c.command("MAIL FROM:<a@x.test>").await, "250"));

        let server = SmtpServer::start(Behaviour::RequireStartTls).await;
        let (mut c, _) = Raw::connect(&server).await;
        assert!(starts(&c.command("STARTTLS").await, "503"));
        c.command("EHLO client.test").await;
        assert!(starts(&c.command("MAIL FROM:<a@x.test>").await, "530"));
        assert!(starts(&c.command("STARTTLS now").await, "501"));
    }

    #[tokio::test]
    async fn a_421_refusal_closes_the_connection() {
        let server = SmtpServer::start(Behaviour::RefuseMailFrom(421)).await;
        let (mut c, _) = Raw::connect(&server).await;
        c.command("EHLO client.test").await;
        assert!(starts(&c.command("MAIL FROM:<a@x.test>").await, "421 4.1.0"));
        c.expect_closed().await;
    }
}
