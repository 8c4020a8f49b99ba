//! Running Signpost for real: the binary started as an operator starts it, reloaded with
//! SIGHUP under load, scraped for metrics, probed for readiness, logging JSON. Everything
//! runs on loopback.

#[path = "../support/config_copy.rs"]
mod config_copy;
mod logs;
mod metrics;
#[path = "../support/process.rs"]
mod process;
mod ready;
mod reload;
