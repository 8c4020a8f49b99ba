//! The vocabulary of configuration faults: one [`Issue`] names the file and key it is in, and
//! [`ConfigError`] carries every one found, so `signpost check` can list them all at once.
//! Every other configuration file uses these; this one uses none of them.

use std::fmt;

/// One fault or warning, with the file and key it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// The file, relative to the configuration folder.
    pub file: String,
    /// The key (or service id and key) within it; empty for the whole file.
    pub key: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl Issue {
    pub(super) fn new(file: &str, key: &str, message: impl Into<String>) -> Self {
        Issue {
            file: file.to_owned(),
            key: key.to_owned(),
            message: message.into(),
        }
    }

    /// A TOML syntax or shape fault, keyed by the line it starts on.
    pub(super) fn toml(file: &str, text: &str, error: &toml::de::Error) -> Self {
        let line = error
            .span()
            .map(|span| text[..span.start.min(text.len())].lines().count().max(1));
        let key = line.map(|l| format!("line {l}")).unwrap_or_default();
        Issue::new(file, &key, error.message().to_owned())
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.key.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.key, self.message)
        }
    }
}

/// Every fault found while loading, so they can be fixed in one go.
#[derive(Debug, thiserror::Error)]
#[error("the configuration in {source_name} has {} error(s):\n{}", .errors.len(), list(.errors))]
pub struct ConfigError {
    /// Where it was read from.
    pub source_name: String,
    /// The faults.
    pub errors: Vec<Issue>,
}

fn list(issues: &[Issue]) -> String {
    issues
        .iter()
        .map(|i| format!("  - {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}
