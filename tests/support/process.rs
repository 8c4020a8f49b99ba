//! Starts the `signpost` binary and follows its log lines. Shared by the test suites that run
//! the binary (`#[path]`-included), so each uses only a part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A running `signpost serve` on a free loopback port.
pub struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
    /// Every line seen so far, stdout and stderr.
    pub seen: Vec<String>,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The admin address's base URL, when metrics are on.
    pub admin: Option<String>,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn follow(stream: impl std::io::Read + Send + 'static, lines: mpsc::Sender<String>) {
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if lines.send(line).is_err() {
                break;
            }
        }
    });
}

/// The value after `key=` in a text log line, or of `"key":"…"` in a JSON one.
pub fn field(line: &str, key: &str) -> Option<String> {
    if let Ok(json) = serde_json::from_str::<serde_json::Value>(line) {
        return json.get(key).and_then(|v| v.as_str()).map(str::to_owned);
    }
    let rest = line.split(&format!("{key}=")).nth(1)?;
    Some(rest.split_whitespace().next()?.trim_matches('"').to_owned())
}

impl Running {
    /// Starts `signpost serve --listen 127.0.0.1:0` with these extra arguments and
    /// environment (`RUST_LOG` is unset unless given here), and waits for it to say where it
    /// serves.
    pub fn start(config: Option<&Path>, args: &[&str], env: &[(&str, &str)]) -> Running {
        let mut command = Command::new(env!("CARGO_BIN_EXE_signpost"));
        command.args(["serve", "--listen", "127.0.0.1:0"]).args(args);
        if let Some(config) = config {
            command.arg("--config").arg(config);
        }
        command.env_remove("RUST_LOG").envs(env.iter().copied());
        Running::serve(command)
    }

    /// Runs `command` (a `signpost serve` set up by the caller) with its output followed,
    /// and waits for it to say where it serves.
    pub fn serve(mut command: Command) -> Running {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("signpost starts");
        let (send, lines) = mpsc::channel();
        follow(child.stdout.take().unwrap(), send.clone());
        follow(child.stderr.take().unwrap(), send);
        let mut running = Running {
            child,
            lines,
            seen: Vec::new(),
            base: String::new(),
            admin: None,
        };
        let first = running.wait_for("Signpost is serving");
        running.base = format!("http://{}", field(&first, "address").expect(&first));
        running.admin = field(&first, "metrics")
            .filter(|m| m != "off")
            .map(|m| format!("http://{m}"));
        running
    }

    /// The process id, for signals.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Sends SIGHUP.
    pub fn hang_up(&self) {
        let status = Command::new("kill")
            .args(["-HUP", &self.pid().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// The next line containing `text` (waiting at most 20 s).
    pub fn wait_for(&mut self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if line.contains(text) {
                        return line;
                    }
                }
                Err(_) => panic!("no line with {text:?}; seen:\n{}", self.seen.join("\n")),
            }
        }
    }

    /// Stops the process and returns every line it wrote, up to its last.
    pub fn stop(mut self) -> Vec<String> {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => self.seen.push(line),
                // Both streams are closed: everything written has been read.
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
                Err(mpsc::RecvTimeoutError::Timeout) => panic!("the output did not close"),
            }
        }
        std::mem::take(&mut self.seen)
    }
}
