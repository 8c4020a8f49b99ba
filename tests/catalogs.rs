//! The shipped Fluent catalogs, read from `config/locales/` as CI sees them: every file
//! parses, every locale has exactly the en-GB message ids (none missing, none extra), and every
//! translated message uses the same variables as its English source, so no page can show a
//! raw id, fall back to English, or lose a name or number.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use signpost::i18n::Catalogs;

#[path = "support/catalogs.rs"]
mod catalogs;

use catalogs::shipped;

/// The variables a pattern uses, wherever they appear (selectors and every variant included).
fn variables(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, found),
        Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                variables(&variant.value, found);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, found),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
        }
        _ => {}
    }
}

/// Each message id of a locale with the variables it uses.
fn message_variables(files: &[(String, String)]) -> BTreeMap<String, BTreeSet<String>> {
    let mut messages = BTreeMap::new();
    for (_, text) in files {
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut found = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables(value, &mut found);
                }
                messages.insert(message.id.name.to_owned(), found);
            }
        }
    }
    messages
}

#[test]
fn every_shipped_catalog_parses_and_has_exactly_the_english_message_ids() {
    let catalogs = Catalogs::parse(shipped()).unwrap_or_else(|errors| {
        panic!(
            "catalog errors:\n{}",
            errors.iter().map(|e| format!("  {e}\n")).collect::<String>()
        )
    });
    for completeness in catalogs.completeness() {
        assert!(
            completeness.missing.is_empty(),
            "locales/{} lacks {} of {} messages: {:?}",
            completeness.tag,
            completeness.missing.len(),
            completeness.total,
            completeness.missing
        );
    }
}

#[test]
fn every_translation_uses_the_same_variables_as_the_english() {
    let locales = shipped();
    let english = locales
        .iter()
        .find(|(tag, _)| tag == "en-GB")
        .map(|(_, files)| message_variables(files))
        .expect("an en-GB catalog");
    let mut faults = Vec::new();
    for (tag, files) in &locales {
        for (id, used) in message_variables(files) {
            if let Some(expected) = english.get(&id)
                && *expected != used
            {
                faults.push(format!("{tag} {id}: uses {used:?}, en-GB uses {expected:?}"));
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn the_shipped_locales_are_the_ones_the_readme_promises() {
    let tags: Vec<String> = shipped().into_iter().map(|(tag, _)| tag).collect();
    assert!(tags.contains(&"en-GB".to_owned()), "{tags:?}");
    for (tag, files) in shipped() {
        let meta = files
            .iter()
            .find(|(name, _)| name == "meta.ftl")
            .unwrap_or_else(|| panic!("locales/{tag}/meta.ftl is missing"));
        assert!(
            meta.1
                .lines()
                .next()
                .is_some_and(|l| l.contains("Review status:")),
            "locales/{tag}/meta.ftl must open with its review status"
        );
    }
}
