//! The `signpost` command line: `serve` (the default), `check` and `route`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::config::{self, ConfigSource, Loaded, LogFormat};
use crate::routing::{Concern, ConcernKind, CountryCode, Reporter, Urgency};
use crate::view::PlanView;
use crate::view::json::PlanResponse;

mod report;
pub use report::{
    StaleWindow, StaleWindowError, catalog_report, coverage_report, mail_summary, plan_as_text, stale_report,
    version_text,
};

/// Sends a person worried about a child's safety online to the right official hotline.
#[derive(Debug, Parser)]
#[command(name = "signpost", about)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Print the version and the date of the bundled directory's data.
    #[arg(short = 'V', long)]
    version: bool,
    /// How `serve` writes its log lines: text or json (overrides [logs] format).
    #[arg(long, global = true, value_parser = |s: &str| s.parse::<LogFormat>())]
    log_format: Option<LogFormat>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the pages and the JSON API (the default).
    Serve {
        /// Address to listen on, overriding signpost.toml (e.g. 127.0.0.1:8080).
        #[arg(long)]
        listen: Option<SocketAddr>,
        /// Configuration folder laid out like config/; without it, the bundled one.
        #[arg(long, value_parser = parse_folder)]
        config: Option<PathBuf>,
    },
    /// Check the whole configuration and print its coverage.
    Check {
        /// Configuration folder laid out like config/; without it, the bundled one.
        #[arg(long, value_parser = parse_folder)]
        config: Option<PathBuf>,
        /// Also list the entries to confirm: not verified within this window (e.g. 6m, 1y,
        /// 90d, 2w) or not confirmed on the service's own site.
        #[arg(long, value_parser = StaleWindow::parse)]
        stale: Option<StaleWindow>,
    },
    /// Print the plan for one set of answers.
    Route {
        /// Where the person is: ISO 3166-1 alpha-2 code, e.g. GB.
        #[arg(long, value_parser = |s: &str| CountryCode::parse(s))]
        country: CountryCode,
        /// "child" (under 18) or "adult".
        #[arg(long, value_parser = |s: &str| s.parse::<Reporter>())]
        reporter: Reporter,
        /// What worries them.
        #[arg(long, value_parser = |s: &str| s.parse::<ConcernKind>())]
        concern: ConcernKind,
        /// A child is in danger right now.
        #[arg(long)]
        danger: bool,
        /// Where it happened: a platform id from platforms.toml, or website, elsewhere-online,
        /// not-online or rather-not-say (optional).
        #[arg(long)]
        platform: Option<String>,
        /// Print JSON, as the API returns it.
        #[arg(long)]
        json: bool,
        /// Configuration folder laid out like config/; without it, the bundled one.
        #[arg(long, value_parser = parse_folder)]
        config: Option<PathBuf>,
    },
}

fn parse_folder(text: &str) -> Result<PathBuf, config::ConfigFolderError> {
    config::config_folder(std::path::Path::new(text))
}

/// Runs the command line. Exit codes: 0 success, 1 configuration errors, 2 bad arguments.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if cli.version {
        print!("{}", version_text());
        return ExitCode::SUCCESS;
    }
    match cli.command.unwrap_or(Command::Serve {
        listen: None,
        config: None,
    }) {
        Command::Serve { listen, config } => serve(listen, ConfigSource::from_option(config), cli.log_format),
        Command::Check { config, stale } => check(&ConfigSource::from_option(config), stale),
        Command::Route {
            country,
            reporter,
            concern,
            danger,
            platform,
            json,
            config,
        } => {
            let Some(loaded) = load_or_report(&ConfigSource::from_option(config)) else {
                return ExitCode::from(1);
            };
            let platform = match platform.map(|p| loaded.router.platforms().parse(&p)).transpose() {
                Ok(platform) => platform,
                Err(error) => {
                    eprintln!("error: invalid value for '--platform <PLATFORM>': {error}");
                    return ExitCode::from(2);
                }
            };
            let concern = Concern {
                country,
                reporter,
                kind: concern,
                urgency: Urgency::from_danger(danger),
                platform,
            };
            let plan = loaded.router.route(&concern);
            let words = loaded.settings.pages.catalogs.words(crate::i18n::Locale::SOURCE);
            let view = PlanView::new(words, &plan);
            if json {
                let response = PlanResponse::new(view);
                println!(
                    "{}",
                    serde_json::to_string_pretty(&response).expect("BUG: a plan always serialises")
                );
            } else {
                print!("{}", plan_as_text(&view));
            }
            ExitCode::SUCCESS
        }
    }
}

fn load_or_report(source: &ConfigSource) -> Option<Loaded> {
    match config::load(source, std::env::vars()) {
        Ok(loaded) => Some(loaded),
        Err(e) => {
            eprintln!("{e}");
            None
        }
    }
}

fn serve(listen: Option<SocketAddr>, source: ConfigSource, log_format: Option<LogFormat>) -> ExitCode {
    let Some(mut loaded) = load_or_report(&source) else {
        return ExitCode::from(1);
    };
    start_logs(log_format.unwrap_or(loaded.settings.logs.format));
    if let Some(listen) = listen {
        loaded.settings.server.listen = listen;
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let result = runtime.block_on(async move {
        let app = crate::app::App::build(loaded.settings, Arc::new(loaded.router)).await?;
        let from = crate::reload::ReloadSource {
            source: source.clone(),
            listen,
        };
        tokio::spawn(crate::reload::on_hangup(app.live(), from));
        let admin = app.admin_addr().map(|a| a.to_string()).unwrap_or_else(|| "off".to_owned());
        tracing::info!(address = %app.local_addr()?, metrics = admin, config = %source, "Signpost is serving");
        app.run_until(crate::app::shutdown_signal()).await
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Signpost stopped: {e}");
            ExitCode::from(1)
        }
    }
}

/// Starts the log subscriber. Both formats carry the same fields; `RUST_LOG` picks the level.
fn start_logs(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info".into())
        // axum logs extractor rejections with serde's message, which can echo input.
        .add_directive("axum::rejection=off".parse().expect("BUG: a valid directive"));
    match format {
        LogFormat::Text => tracing_subscriber::fmt()
            .with_ansi(false)
            .event_format(crate::logline::LogLine)
            .with_env_filter(filter)
            .init(),
        LogFormat::Json => tracing_subscriber::fmt()
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .with_env_filter(filter)
            .init(),
    }
}

fn check(source: &ConfigSource, stale: Option<StaleWindow>) -> ExitCode {
    match config::load(source, std::env::vars()) {
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
        Ok(loaded) => {
            let today = time::OffsetDateTime::now_utc().date();
            print!("{}", coverage_report(&loaded.router, &loaded.warnings, today));
            print!("{}", catalog_report(&loaded.settings.pages.catalogs));
            println!("{}", mail_summary(loaded.settings.mail.as_ref()));
            if let Some(window) = stale {
                print!("{}", stale_report(&loaded.router, window, today));
            }
            let keys = loaded
                .settings
                .mail
                .as_ref()
                .map(|mail| crate::mail::keys::KeyFindings::of(mail, std::time::SystemTime::now()))
                .unwrap_or_default();
            for warning in &keys.warnings {
                println!("warning: {warning}");
            }
            for error in &keys.errors {
                eprintln!("error: {error}");
            }
            if keys.errors.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
    }
}
