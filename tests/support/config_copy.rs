//! A writable copy of the bundled configuration folder, to break or change. Shared by the
//! suites that need one (`#[path]`-included), so each uses only a part of it.
#![allow(dead_code)]

use std::path::Path;

/// A copy of `config/` in a temporary folder.
pub fn config_copy() -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("a temporary folder");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("config"),
        folder.path(),
    );
    folder
}

/// Copies the folder `from`, and everything below it, to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
