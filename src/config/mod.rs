//! Configuration: `signpost.toml` (server settings), `rules.toml`, `directory/*.toml` and the
//! Fluent catalogs in `locales/<locale>/*.ftl`, read from the folder given with `--config` or
//! from the copy compiled into the binary.
//!
//! This is the edge where text becomes domain types. Every fault is collected with the file
//! and key it is in, so `signpost check` can list them all at once; start-up stops on any.
//! This file owns only [`load`], which runs the rooms below in order and proves the whole:
//!
//! - `source`: where files are read from (bundled or a folder), one reader and one lister;
//! - `issue`: the fault vocabulary every room reports in;
//! - `settings`: `signpost.toml` and the environment over it;
//! - `mail`: its `[mail]` section, recipients and their OpenPGP keys;
//! - `rules_file`: `rules.toml`;
//! - `directory_files`: `directory/*.toml`;
//! - `platforms_file`: `platforms.toml`;
//! - `catalogs`: `locales/`, and the check that every message id the rules need exists.

mod catalogs;
mod directory_files;
mod evidence;
mod issue;
mod mail;
mod platforms_file;
mod rules_file;
mod settings;
mod source;

pub use issue::{ConfigError, Issue};
pub use settings::{
    DEFAULT_EXIT_URL, DEFAULT_HEADER_TIMEOUT, DEFAULT_MAX_CONNECTIONS, DEFAULT_METRICS_LISTEN, ENV_PREFIX,
    LogFormat, LogFormatError, LogSettings, MetricsSettings, PageSettings, RateLimits, ServerSettings,
    Settings,
};
pub use source::{ConfigFolderError, ConfigSource, config_folder};

use crate::routing::Router;

/// Everything Signpost runs on, loaded and checked.
#[derive(Debug)]
pub struct Loaded {
    /// Server settings.
    pub settings: Settings,
    /// The directory and rules, proven complete.
    pub router: Router,
    /// Things to confirm that do not stop start-up (http:// addresses, conflicts).
    pub warnings: Vec<Issue>,
}

/// Loads and checks everything, with `SIGNPOST_SECTION__KEY` variables from `env` applied
/// over `signpost.toml`.
pub fn load(
    source: &ConfigSource,
    env: impl IntoIterator<Item = (String, String)>,
) -> Result<Loaded, ConfigError> {
    let fail = |errors| ConfigError {
        source_name: source.to_string(),
        errors,
    };
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let settings = settings::load_settings(source, env, &mut errors);
    let rules = rules_file::load_rules(source, &mut errors);
    let directory = directory_files::load_directory(source, &mut errors, &mut warnings);
    let platforms = platforms_file::load_platforms(source, &mut errors);
    let (Some(settings), Some(rules), Some(directory), Some(platforms)) =
        (settings, rules, directory, platforms)
    else {
        return Err(fail(errors));
    };
    if !errors.is_empty() {
        return Err(fail(errors));
    }
    let missing_words = catalogs::check_message_ids(&rules, &settings.pages.catalogs);
    if !missing_words.is_empty() {
        return Err(fail(missing_words));
    }
    let router = Router::new(directory, rules, platforms).map_err(|coverage| {
        fail(
            coverage
                .into_iter()
                .map(|e| Issue::new("rules.toml", &format!("rule {}", e.rule), e.to_string()))
                .collect(),
        )
    })?;
    Ok(Loaded {
        settings,
        router,
        warnings,
    })
}
