//! Parsing one locale's Fluent files into a [`Catalog`], naming the file and line of every
//! fault.

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::{Catalog, CatalogError, Direction};

/// Parses one locale's files into a catalog.
pub(super) fn parse_catalog(tag: &str, files: Vec<(String, String)>) -> Result<Catalog, Vec<CatalogError>> {
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
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Placeables are not wrapped in Unicode isolation marks: HTML pages set `dir`, and the
    // marks would reach plain-text email and JSON as invisible characters.
    bundle.set_use_isolating(false);
    let mut ids = BTreeSet::new();
    for (file, text) in files {
        add_file(&mut bundle, &mut ids, &at(&file), text, &mut errors);
    }
    let meta = |id: &str| {
        bundle
            .get_message(id)
            .and_then(|m| m.value())
            .map(|pattern| bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned())
    };
    let name = meta("meta-language-name");
    let direction = match meta("meta-direction").as_deref() {
        Some("ltr") => Some(Direction::Ltr),
        Some("rtl") => Some(Direction::Rtl),
        _ => None,
    };
    let reviewed = match meta("meta-review-status").as_deref() {
        Some("reviewed") => Some(true),
        Some("not-yet-reviewed") => Some(false),
        _ => None,
    };
    let (Some(name), Some(direction), Some(reviewed)) = (name, direction, reviewed) else {
        errors.push(CatalogError {
            file: at("meta.ftl"),
            message: "meta-language-name, meta-direction (ltr or rtl) and meta-review-status \
                      (reviewed or not-yet-reviewed) must all be set"
                .to_owned(),
        });
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Catalog {
        tag: tag.to_owned(),
        bundle,
        ids,
        name,
        direction,
        reviewed,
    })
}

/// Adds one file to the bundle, recording its message ids and every fault in it.
fn add_file(
    bundle: &mut FluentBundle<FluentResource>,
    ids: &mut BTreeSet<String>,
    file: &str,
    text: String,
    errors: &mut Vec<CatalogError>,
) {
    let mut fault = |message: String| {
        errors.push(CatalogError {
            file: file.to_owned(),
            message,
        })
    };
    let found = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(resource) => message_ids(&resource),
        Err((resource, parse_errors)) => {
            for error in parse_errors {
                let from = error.slice.as_ref().map_or(error.pos.start, |slice| slice.start);
                let line = text[..from.min(text.len())].matches('\n').count() + 1;
                fault(format!("line {line}: Fluent syntax error: {:?}", error.kind));
            }
            message_ids(&resource)
        }
    };
    for (id, has_value) in found {
        if !has_value {
            fault(format!("message {id} has no text"));
        }
        if !ids.insert(id.clone()) {
            fault(format!("message {id} is defined twice"));
        }
    }
    let resource = match FluentResource::try_new(text) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    if let Err(found) = bundle.add_resource(resource) {
        for error in found {
            fault(error.to_string());
        }
    }
}

/// The message ids in a resource, each with whether it has a value. Terms (`-name`) are private
/// to a catalog and not counted.
fn message_ids(resource: &ast::Resource<&str>) -> Vec<(String, bool)> {
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some((message.id.name.to_owned(), message.value.is_some())),
            _ => None,
        })
        .collect()
}
