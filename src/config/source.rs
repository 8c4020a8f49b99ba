//! Where configuration is read from: the copy compiled into the binary, or a folder given with
//! `--config`. Both are read through one `read` and listed through one `list`, so the formats
//! never know which source they came from. No parsing here: text in, text out.

use std::borrow::Cow;
use std::fmt;
use std::path::{Component, Path, PathBuf};

use include_dir::{Dir, DirEntry, include_dir};

use super::issue::Issue;

/// The bundled configuration, compiled in so the binary runs anywhere.
static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/config");

/// Where configuration is read from.
#[derive(Clone, Debug)]
pub enum ConfigSource {
    /// The copy compiled into the binary.
    Bundled,
    /// A folder on disk laid out like `config/`.
    Folder(PathBuf),
}

impl fmt::Display for ConfigSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigSource::Bundled => f.write_str("the bundled configuration"),
            ConfigSource::Folder(path) => write!(f, "{}", path.display()),
        }
    }
}

/// Why one file of the configuration cannot be read.
#[derive(Debug, thiserror::Error)]
pub(super) enum ReadError {
    /// The bundled configuration has no such file.
    #[error("the file is missing from the bundled configuration")]
    NotBundled,
    /// The bundled file is not text.
    #[error("not UTF-8")]
    NotUtf8,
    /// The file on disk is missing, unreadable or not UTF-8.
    #[error("cannot read {}: {error}", path.display())]
    Unreadable {
        /// The full path tried.
        path: PathBuf,
        /// What the operating system said.
        error: std::io::Error,
    },
}

/// One entry of a listed folder.
pub(super) struct Entry {
    /// The name within its folder.
    pub name: String,
    /// Whether it is a sub-folder.
    pub is_folder: bool,
}

impl ConfigSource {
    /// `Bundled` without a folder, else that folder.
    pub fn from_option(folder: Option<PathBuf>) -> Self {
        folder.map_or(ConfigSource::Bundled, ConfigSource::Folder)
    }

    /// The text of a file, by its path relative to the configuration folder: the bundled
    /// configuration's own bytes (no copy), or the file read from disk.
    pub(super) fn read_text(&self, relative: &str) -> Result<Cow<'static, str>, ReadError> {
        match self {
            ConfigSource::Bundled => {
                let file = bundled(relative)
                    .and_then(DirEntry::as_file)
                    .ok_or(ReadError::NotBundled)?;
                file.contents_utf8().map(Cow::Borrowed).ok_or(ReadError::NotUtf8)
            }
            ConfigSource::Folder(root) => {
                let path = root.join(relative);
                std::fs::read_to_string(&path)
                    .map(Cow::Owned)
                    .map_err(|error| ReadError::Unreadable { path, error })
            }
        }
    }

    /// [`read_text`](Self::read_text), with a fault naming the file.
    pub(super) fn read(&self, relative: &str) -> Result<Cow<'static, str>, Issue> {
        self.read_text(relative)
            .map_err(|e| Issue::new(relative, "", e.to_string()))
    }

    /// The entries of `folder` (relative, such as `directory` or `locales/en-GB`), in the
    /// order the source gives them. Faults name the top folder (`locales/`).
    pub(super) fn list(&self, folder: &str) -> Result<Vec<Entry>, Issue> {
        let top = format!("{}/", folder.split('/').next().unwrap_or(folder));
        match self {
            ConfigSource::Bundled => {
                let dir = bundled(folder).and_then(DirEntry::as_dir).ok_or_else(|| {
                    Issue::new(
                        &top,
                        "",
                        format!("the bundled configuration has no {folder}/ folder"),
                    )
                })?;
                Ok(dir
                    .entries()
                    .iter()
                    .map(|entry| Entry {
                        name: name_of(entry.path()),
                        is_folder: entry.as_dir().is_some(),
                    })
                    .collect())
            }
            ConfigSource::Folder(root) => {
                let path = root.join(folder);
                let entries = std::fs::read_dir(&path)
                    .map_err(|e| Issue::new(&top, "", format!("cannot list {}: {e}", path.display())))?;
                entries
                    .map(|entry| {
                        let entry = entry.map_err(|e| Issue::new(&top, "", e.to_string()))?;
                        Ok(Entry {
                            name: entry.file_name().to_string_lossy().into_owned(),
                            is_folder: entry.path().is_dir(),
                        })
                    })
                    .collect()
            }
        }
    }

    /// The text of every file in `folder` whose name ends with `suffix`, by name, sorted.
    pub(super) fn files(
        &self,
        folder: &str,
        suffix: &str,
    ) -> Result<Vec<(String, Cow<'static, str>)>, Issue> {
        let mut files = Vec::new();
        for entry in self.list(folder)? {
            if entry.name.ends_with(suffix) {
                let text = self.read(&format!("{folder}/{}", entry.name))?;
                files.push((entry.name, text));
            }
        }
        files.sort();
        Ok(files)
    }
}

/// The bundled entry at `relative`, found one folder at a time (entries are named by their
/// path from the top, `locales/en-GB/meta.ftl`, compared as they are written).
fn bundled(relative: &str) -> Option<&'static DirEntry<'static>> {
    let mut entries = BUNDLED.entries();
    let mut found = None;
    let mut path = PathBuf::new();
    for part in Path::new(relative).components() {
        let Component::Normal(part) = part else {
            return None;
        };
        path.push(part);
        let entry = entries
            .iter()
            .find(|entry| entry.path().as_os_str() == path.as_os_str())?;
        entries = entry.as_dir().map_or(&[], Dir::entries);
        found = Some(entry);
    }
    found
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned()
}

/// Why a `--config` argument was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigFolderError {
    /// The path does not exist, or is a file.
    #[error("{} is not a folder; --config takes a folder laid out like config/", .0.display())]
    NotAFolder(PathBuf),
}

/// A folder path for `--config`, refused when it does not exist or is not a folder.
pub fn config_folder(path: &Path) -> Result<PathBuf, ConfigFolderError> {
    if path.is_dir() {
        Ok(path.to_path_buf())
    } else {
        Err(ConfigFolderError::NotAFolder(path.to_path_buf()))
    }
}
