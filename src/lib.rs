//! Signpost sends a person worried about a child's safety online to the right official place
//! for their country and situation.
//!
//! Crate map, dependencies pointing inward:
//! - [`routing`]: the pure core. Answers in, ordered plan out; no I/O, no async.
//! - [`config`]: reads `signpost.toml`, `rules.toml` and `directory/*.toml` into the core's
//!   types, naming the file and key of every fault.
//! - [`i18n`]: the Fluent catalogs (`config/locales/`) and which language a person gets.
//! - [`view`]: the plan in a person's words, built once and rendered by the pages, the JSON
//!   API, the forwarded email and the command line.
//! - [`web`]: the HTTP routes (axum); [`app`]: binds and serves them.
//! - [`cli`]: the `signpost` command: `serve`, `check`, `route`; [`logline`]: its log lines.
//! - [`reload`]: swaps in a new configuration on SIGHUP; [`metrics`] and [`admin`]: counts
//!   without personal data, served on a separate admin address.

pub mod admin;
pub mod app;
pub mod cli;
pub mod config;
pub mod i18n;
pub mod logline;
pub mod mail;
pub mod metrics;
pub mod reload;
pub mod routing;
pub mod view;
pub mod web;
