//! The shipped Fluent catalogs, read from `config/locales/` as CI sees them: one locale per
//! folder, its `.ftl` files by name, locales by tag. Shared by the suites that need them
//! (`#[path]`-included).

use std::path::Path;

use signpost::i18n::LocaleFiles;

/// Every locale folder under `config/locales/`, with the text of each `.ftl` file in it.
pub fn shipped() -> Vec<LocaleFiles> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/locales");
    let mut locales = Vec::new();
    for entry in std::fs::read_dir(&root).expect("config/locales exists") {
        let entry = entry.unwrap();
        if !entry.path().is_dir() {
            continue;
        }
        let mut files = Vec::new();
        for file in std::fs::read_dir(entry.path()).unwrap() {
            let file = file.unwrap();
            let name = file.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ftl") {
                files.push((name, std::fs::read_to_string(file.path()).unwrap()));
            }
        }
        files.sort();
        locales.push((entry.file_name().to_string_lossy().into_owned(), files));
    }
    locales.sort();
    locales
}
