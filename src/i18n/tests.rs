//! Tests of the catalogs: parsing, fallback, negotiation and the quality values.

use super::*;

proptest::proptest! {
    #[test]
    fn quality_values_read_as_the_general_parser_reads_them(text in "[0-9](\\.[0-9]{0,4})?|[0-9a-z. +-]{0,6}") {
        proptest::prop_assert_eq!(parse_quality(&text).map(f32::to_bits), text.parse::<f32>().ok().map(f32::to_bits));
    }
}

fn catalogs(tags: &[&str]) -> Catalogs {
    Catalogs::parse(
        tags.iter()
            .map(|tag| {
                let meta = format!(
                    "meta-language-name = {tag}\nmeta-direction = ltr\nmeta-review-status = reviewed\nhello = hi {{ $name }}\n"
                );
                (tag.to_string(), vec![("meta.ftl".to_owned(), meta)])
            })
            .collect(),
    )
    .unwrap()
}

#[test]
fn the_browser_language_is_matched_by_tag_then_by_language() {
    let all = catalogs(&["en-GB", "fr", "de", "pt"]);
    let tag = |header: &str| all.catalog(all.negotiate(None, Some(header))).tag().to_owned();
    for (header, expected, why) in [
        ("fr-FR,fr;q=0.9", "fr", "a regional tag gets the language"),
        ("en-US,en;q=0.9", "en-GB", "any English gets British English"),
        ("pt-BR", "pt", "Brazilian Portuguese gets Portuguese"),
        ("ja, de;q=0.5", "de", "an unknown first choice is skipped"),
        ("de;q=0.5, fr;q=0.8", "fr", "quality, not order"),
        (
            "de;q=0, xx",
            "en-GB",
            "q=0 is never acceptable; nothing else fits",
        ),
        ("", "en-GB", "nothing asked"),
    ] {
        assert_eq!(tag(header), expected, "{why}");
    }
}

#[test]
fn an_explicit_choice_wins_unless_it_is_not_offered() {
    let mut all = catalogs(&["en-GB", "fr", "de"]);
    assert_eq!(all.catalog(all.negotiate(Some("de"), Some("fr"))).tag(), "de");
    assert_eq!(all.catalog(all.negotiate(Some("xx"), Some("fr"))).tag(), "fr");
    assert_eq!(
        all.restrict(&["fr".to_owned(), "zz".to_owned()]),
        vec!["zz".to_owned()]
    );
    assert_eq!(all.catalog(all.negotiate(Some("de"), None)).tag(), "en-GB");
}

#[test]
fn a_missing_message_falls_back_to_english_and_an_extra_one_is_refused() {
    let source = "meta-language-name = English\nmeta-direction = ltr\nmeta-review-status = reviewed\nonly-english = Only in English\n";
    let french =
        "meta-language-name = Français\nmeta-direction = ltr\nmeta-review-status = not-yet-reviewed\n";
    let all = Catalogs::parse(vec![
        (
            "en-GB".to_owned(),
            vec![("meta.ftl".to_owned(), source.to_owned())],
        ),
        ("fr".to_owned(), vec![("meta.ftl".to_owned(), french.to_owned())]),
    ])
    .unwrap();
    let fr = all.find("fr").unwrap();
    assert_eq!(all.words(fr).get("only-english"), "Only in English");
    assert!(!all.catalog(fr).reviewed());
    assert_eq!(all.completeness()[1].missing, vec!["only-english".to_owned()]);
    let extra = format!("{french}not-in-english = Non\n");
    let errors = Catalogs::parse(vec![
        (
            "en-GB".to_owned(),
            vec![("meta.ftl".to_owned(), source.to_owned())],
        ),
        ("fr".to_owned(), vec![("meta.ftl".to_owned(), extra)]),
    ])
    .unwrap_err();
    assert!(errors[0].message.contains("not-in-english"), "{errors:?}");
}

#[test]
fn a_syntax_error_names_the_file_and_line() {
    let broken =
        "meta-language-name = English\nmeta-direction = ltr\nmeta-review-status = reviewed\nbroken = { $x\n";
    let errors = Catalogs::parse(vec![(
        "en-GB".to_owned(),
        vec![("meta.ftl".to_owned(), broken.to_owned())],
    )])
    .unwrap_err();
    assert!(
        errors[0].to_string().contains("locales/en-GB/meta.ftl: line 4"),
        "{errors:?}"
    );
}

#[test]
fn text_around_an_argument_is_split_for_a_link() {
    let all = catalogs(&["en-GB"]);
    assert_eq!(
        all.words(Locale::SOURCE).around("hello", "name"),
        ("hi ".to_owned(), String::new())
    );
}

#[test]
fn a_catalog_is_built_from_its_checked_text_when_its_words_are_first_needed() {
    let source = "meta-language-name = English\nmeta-direction = ltr\nmeta-review-status = reviewed\nonly-english = Only in English\nboth = Both\n";
    let french = "meta-language-name = Français\nmeta-direction = ltr\nmeta-review-status = reviewed\nboth = Les deux\n";
    let all = Catalogs::parse(vec![
        ("en-GB".to_owned(), vec![("meta.ftl".to_owned(), source)]),
        ("fr".to_owned(), vec![("meta.ftl".to_owned(), french)]),
    ])
    .unwrap();
    let fr = all.find("fr").unwrap();
    assert_eq!(all.catalog(fr).name(), "Français");
    assert!(!all.catalog(fr).is_built() && !all.catalog(Locale::SOURCE).is_built());
    assert_eq!(all.words(fr).get("both"), "Les deux");
    assert!(all.catalog(fr).is_built());
    assert!(!all.catalog(Locale::SOURCE).is_built(), "French had the message");
    assert_eq!(all.words(fr).get("only-english"), "Only in English");
    assert!(all.catalog(Locale::SOURCE).is_built());
    assert!(all.catalog(fr).ids().contains("both") && !all.catalog(fr).ids().contains("only-english"));
    assert_eq!(all.catalog(fr).ids().iter().count(), all.catalog(fr).ids().len());
}

#[test]
fn a_term_defined_twice_and_meta_text_that_is_not_plain_are_refused() {
    let text = "meta-language-name = { \"English\" }\nmeta-direction = ltr\nmeta-review-status = reviewed\n-brand = Signpost\n-brand = Signpost\n";
    let errors =
        Catalogs::parse(vec![("en-GB".to_owned(), vec![("meta.ftl".to_owned(), text)])]).unwrap_err();
    let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("term -brand is defined twice")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("as plain text")),
        "{messages:?}"
    );
}
