//! The `[server]` limits in `signpost.toml`: the shipped values are the documented defaults,
//! the environment can change them, and a value out of range stops start-up naming its key.

use std::time::Duration;

use signpost::config::{self, ConfigSource, DEFAULT_HEADER_TIMEOUT, DEFAULT_MAX_CONNECTIONS, RateLimits};

fn load_with(env: &[(&str, &str)]) -> Result<config::Loaded, config::ConfigError> {
    config::load(
        &ConfigSource::Bundled,
        env.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    )
}

#[test]
fn the_shipped_limits_are_the_documented_defaults() {
    let server = load_with(&[]).unwrap().settings.server;
    assert_eq!(server.max_connections, DEFAULT_MAX_CONNECTIONS);
    assert_eq!(server.header_timeout, DEFAULT_HEADER_TIMEOUT);
    assert_eq!(server.rate_limits, RateLimits::DEFAULT);
    assert!(
        server.rate_limits.form_posts_per_minute >= 60,
        "a person answering the questions never meets the limit"
    );
}

#[test]
fn the_environment_sets_the_limits() {
    let server = load_with(&[
        ("SIGNPOST_SERVER__MAX_CONNECTIONS", "64"),
        ("SIGNPOST_SERVER__HEADER_TIMEOUT_SECS", "2"),
        ("SIGNPOST_SERVER__FORM_POSTS_PER_MINUTE", "30"),
        ("SIGNPOST_SERVER__API_POSTS_PER_MINUTE", "6000"),
        ("SIGNPOST_SERVER__SENDS_PER_15_MINUTES", "3"),
    ])
    .unwrap()
    .settings
    .server;
    assert_eq!(server.max_connections, 64);
    assert_eq!(server.header_timeout, Duration::from_secs(2));
    assert_eq!(
        server.rate_limits,
        RateLimits {
            form_posts_per_minute: 30,
            api_posts_per_minute: 6000,
            sends_per_15_minutes: 3
        }
    );
}

#[test]
fn a_limit_out_of_range_stops_start_up_naming_its_key() {
    for (key, value) in [
        ("MAX_CONNECTIONS", "0"),
        ("MAX_CONNECTIONS", "1000000"),
        ("HEADER_TIMEOUT_SECS", "0"),
        ("HEADER_TIMEOUT_SECS", "3600"),
        ("FORM_POSTS_PER_MINUTE", "1"),
        ("API_POSTS_PER_MINUTE", "0"),
        ("SENDS_PER_15_MINUTES", "0"),
    ] {
        let name = format!("SIGNPOST_SERVER__{key}");
        let errors: Vec<String> = match load_with(&[(&name, value)]) {
            Ok(_) => panic!("{key} = {value} was accepted"),
            Err(e) => e.errors.iter().map(ToString::to_string).collect(),
        };
        let key = key.to_ascii_lowercase();
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("signpost.toml") && e.contains(&key)),
            "{key} = {value}: expected an error naming it, got {errors:?}"
        );
    }
}

#[test]
fn a_limit_of_the_wrong_type_stops_start_up() {
    for (key, value) in [("MAX_CONNECTIONS", "-1"), ("SENDS_PER_15_MINUTES", "many")] {
        let name = format!("SIGNPOST_SERVER__{key}");
        assert!(
            load_with(&[(&name, value)]).is_err(),
            "{key} = {value} was accepted"
        );
    }
}
