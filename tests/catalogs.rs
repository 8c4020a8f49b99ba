//! The shipped Fluent catalogs, read from `config/locales/` as CI sees them: every file
//! parses, every locale has exactly the en-GB message ids (none missing, none extra), and every
//! translated message uses the same variables as its English source, so no page can show a
//! raw id, fall back to English, or lose a name or number. Where en-GB chooses words by a
//! number (`{ $minutes -> [one] … *[other] … }`), every catalog chooses by that language's own
//! CLDR plural categories, covering every category whole numbers reach.

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

/// Each message id of a locale with what `read` finds in its value.
fn per_message<T: Default>(
    files: &[(String, String)],
    read: impl Fn(&Pattern<&str>, &mut T),
) -> BTreeMap<String, T> {
    let mut messages = BTreeMap::new();
    for (_, text) in files {
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut found = T::default();
                if let Some(value) = &message.value {
                    read(value, &mut found);
                }
                messages.insert(message.id.name.to_owned(), found);
            }
        }
    }
    messages
}

/// Each message id of a locale with the variables it uses.
fn message_variables(files: &[(String, String)]) -> BTreeMap<String, BTreeSet<String>> {
    per_message(files, variables)
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

/// Every select expression in a pattern: (the variable it selects on, its variant keys).
fn selects(pattern: &Pattern<&str>, found: &mut Vec<(String, Vec<String>, bool)>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_selects(expression, found);
        }
    }
}

fn expression_selects(expression: &Expression<&str>, found: &mut Vec<(String, Vec<String>, bool)>) {
    match expression {
        Expression::Select { selector, variants } => {
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        fluent_syntax::ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        fluent_syntax::ast::VariantKey::NumberLiteral { value } => format!("={value}"),
                    })
                    .collect();
                let has_default = variants.iter().any(|v| v.default);
                found.push((id.name.to_owned(), keys, has_default));
            }
            for variant in variants {
                selects(&variant.value, found);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_selects(expression, found)
        }
        Expression::Inline(_) => {}
    }
}

/// Each message id of a locale with its select expressions.
fn message_selects(files: &[(String, String)]) -> BTreeMap<String, Vec<(String, Vec<String>, bool)>> {
    per_message(files, selects)
}

const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

#[test]
fn where_english_chooses_by_a_number_every_catalog_uses_its_own_plural_categories() {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let locales = shipped();
    let english = locales
        .iter()
        .find(|(tag, _)| tag == "en-GB")
        .map(|(_, files)| message_selects(files))
        .expect("an en-GB catalog");
    // (message id, variable) where en-GB selects on a number by plural category.
    let plural: Vec<(&String, &String)> = english
        .iter()
        .flat_map(|(id, found)| {
            found
                .iter()
                .filter(|(_, keys, _)| keys.iter().any(|k| k == "one"))
                .map(move |(variable, _, _)| (id, variable))
        })
        .collect();
    assert!(!plural.is_empty(), "en-GB chooses words by a number somewhere");
    let mut faults = Vec::new();
    for (tag, files) in &locales {
        // CLDR's plural rules are kept per language (pt, not pt-BR).
        let language = tag.split('-').next().unwrap_or(tag);
        let langid: unic_langid::LanguageIdentifier = language.parse().expect("a language tag");
        let rules = PluralRules::create(langid, PluralRuleType::CARDINAL)
            .unwrap_or_else(|e| panic!("{tag}: no CLDR plural rules: {e}"));
        // The categories whole numbers from 0 to 200 fall in: each must have its words.
        let reached: BTreeSet<&str> = (0..=200u32)
            .map(|n| match rules.select(n).expect("a category") {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            })
            .collect();
        let theirs = message_selects(files);
        for (id, variable) in &plural {
            let found: Vec<_> = theirs
                .get(*id)
                .into_iter()
                .flatten()
                .filter(|(v, _, _)| v == *variable)
                .collect();
            if found.is_empty() {
                if reached.len() > 1 {
                    faults.push(format!(
                        "{tag} {id}: no choice on ${variable}, but {tag} has {reached:?}"
                    ));
                }
                continue;
            }
            for (_, keys, has_default) in found {
                if !has_default {
                    faults.push(format!(
                        "{tag} {id}: the choice on ${variable} has no default (*)"
                    ));
                }
                for key in keys {
                    if !key.starts_with('=')
                        && !reached.contains(key.as_str())
                        && !PLURAL_CATEGORIES.contains(&key.as_str())
                    {
                        faults.push(format!("{tag} {id}: [{key}] is not a plural category"));
                    }
                }
                for category in &reached {
                    if *category != "other" && !keys.iter().any(|k| k == category) {
                        faults.push(format!(
                            "{tag} {id}: ${variable} lacks [{category}], which {tag} uses"
                        ));
                    }
                }
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}
