//! Checking one locale's Fluent files, naming the file and line of every fault, and building
//! its bundle from the checked text when the catalog is first used.

use std::borrow::Cow;
use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::{CatalogError, Direction};

/// One locale's files, checked but not yet built into a bundle.
pub(super) struct Checked {
    pub tag: String,
    pub langid: LanguageIdentifier,
    pub texts: Vec<Cow<'static, str>>,
    pub ids: BTreeSet<String>,
    pub name: String,
    pub direction: Direction,
    pub reviewed: bool,
}

/// Checks one locale's files: each must parse, no message or term may be defined twice, every
/// message needs text, and the three `meta-` messages must be set as plain text.
pub(super) fn check_catalog(
    tag: &str,
    files: Vec<(String, Cow<'static, str>)>,
) -> Result<Checked, Vec<CatalogError>> {
    let mut errors = Vec::new();
    let at = |file: &str| format!("locales/{tag}/{file}");
    let langid: LanguageIdentifier = match tag.parse() {
        Ok(id) => id,
        Err(e) => {
            return Err(vec![CatalogError {
                file: format!("locales/{tag}/"),
                message: format!("{tag} is not a language tag such as fr or en-GB: {e}"),
            }]);
        }
    };
    let mut ids = BTreeSet::new();
    let mut terms = BTreeSet::new();
    let mut meta = Meta::default();
    for (file, text) in &files {
        check_file(&at(file), text, &mut ids, &mut terms, &mut meta, &mut errors);
    }
    let direction = match meta.direction.as_deref() {
        Some("ltr") => Some(Direction::Ltr),
        Some("rtl") => Some(Direction::Rtl),
        _ => None,
    };
    let reviewed = match meta.review_status.as_deref() {
        Some("reviewed") => Some(true),
        Some("not-yet-reviewed") => Some(false),
        _ => None,
    };
    let (Some(name), Some(direction), Some(reviewed)) = (meta.language_name, direction, reviewed) else {
        errors.push(CatalogError {
            file: at("meta.ftl"),
            message: "meta-language-name, meta-direction (ltr or rtl) and meta-review-status \
                      (reviewed or not-yet-reviewed) must all be set, as plain text"
                .to_owned(),
        });
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Checked {
        tag: tag.to_owned(),
        langid,
        texts: files.into_iter().map(|(_, text)| text).collect(),
        ids,
        name,
        direction,
        reviewed,
    })
}

/// The three messages every catalog sets about itself.
#[derive(Default)]
struct Meta {
    language_name: Option<String>,
    direction: Option<String>,
    review_status: Option<String>,
}

/// Checks one file, recording its message ids, its `meta-` values and every fault in it.
fn check_file(
    file: &str,
    text: &str,
    ids: &mut BTreeSet<String>,
    terms: &mut BTreeSet<String>,
    meta: &mut Meta,
    errors: &mut Vec<CatalogError>,
) {
    let mut fault = |message: String| {
        errors.push(CatalogError {
            file: file.to_owned(),
            message,
        })
    };
    // The parser the bundle is built with later: comments are skipped, as the bundle skips them.
    let resource = match fluent_syntax::parser::parse_runtime(text) {
        Ok(resource) => resource,
        Err((resource, parse_errors)) => {
            for error in parse_errors {
                let from = error.slice.as_ref().map_or(error.pos.start, |slice| slice.start);
                let line = text[..from.min(text.len())].matches('\n').count() + 1;
                fault(format!("line {line}: Fluent syntax error: {:?}", error.kind));
            }
            resource
        }
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name;
                if message.value.is_none() {
                    fault(format!("message {id} has no text"));
                }
                if !ids.insert(id.to_owned()) {
                    fault(format!("message {id} is defined twice"));
                }
                let slot = match id {
                    "meta-language-name" => &mut meta.language_name,
                    "meta-direction" => &mut meta.direction,
                    "meta-review-status" => &mut meta.review_status,
                    _ => continue,
                };
                *slot = message.value.as_ref().and_then(plain_text);
            }
            ast::Entry::Term(term) if !terms.insert(term.id.name.to_owned()) => {
                fault(format!("term -{} is defined twice", term.id.name));
            }
            _ => {}
        }
    }
}

/// A pattern's text when it is only text (no placeables), as Fluent would write it.
fn plain_text(pattern: &ast::Pattern<&str>) -> Option<String> {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            ast::PatternElement::TextElement { value } => Some(*value),
            ast::PatternElement::Placeable { .. } => None,
        })
        .collect()
}

/// Builds the bundle of a checked catalog. Its text passed [`check_catalog`], so neither the
/// parser nor the bundle can refuse it; should either do so all the same, the fault is logged
/// and the messages it spoils fall back to en-GB.
pub(super) fn build_bundle(
    tag: &str,
    langid: &LanguageIdentifier,
    texts: &[Cow<'static, str>],
) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    // Placeables are not wrapped in Unicode isolation marks: HTML pages set `dir`, and the
    // marks would reach plain-text email and JSON as invisible characters.
    bundle.set_use_isolating(false);
    for text in texts {
        let resource = match FluentResource::try_new(text.clone().into_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                tracing::error!(locale = tag, ?errors, "BUG: a checked catalog did not parse");
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(locale = tag, ?errors, "BUG: a checked catalog did not load");
        }
    }
    bundle
}
