//! The one parser from a person's answers to a `Concern`, shared by the form, the "Also tell"
//! form and the JSON API, so all refuse the same things in the same words.

use crate::routing::{Concern, ConcernKind, CountryCode, Danger, Platforms, Reporter, Urgency};
use crate::web::error::{AnswerError, AnswerField};

/// Answers as they arrive, each still text (or, for the API's boolean, already read).
#[derive(Debug, Default, Clone)]
pub struct Answers {
    /// Two-letter country code.
    pub country: Option<String>,
    /// "child" or "adult".
    pub reporter: Option<String>,
    /// A concern id.
    pub concern: Option<String>,
    /// The answer about danger: `None` when the question was not answered.
    pub danger: Option<DangerAnswer>,
    /// Where it happened: a platform id or a fixed answer; `None` or empty when skipped.
    pub platform: Option<String>,
}

/// The answer to "is a child in danger right now?" as it arrived.
#[derive(Debug, Clone)]
pub enum DangerAnswer {
    /// As a form sends it: "yes", "no" or "not-sure".
    Text(String),
    /// As the API's `immediate_danger` sends it.
    Known(Urgency),
}

impl Answers {
    /// Parses every answer, naming each one that is missing or not valid, in question order.
    /// The platform answer is optional: left out or empty, it is skipped.
    pub fn parse(&self, platforms: &Platforms) -> Result<Concern, Vec<AnswerError>> {
        let mut errors = Vec::new();
        let country = required(
            &mut errors,
            AnswerField::Country,
            self.country.as_deref(),
            CountryCode::parse,
        );
        let urgency = match &self.danger {
            Some(DangerAnswer::Known(urgency)) => Some(*urgency),
            // The three answers exactly as the form sends them: anything else (padded, or a
            // line break after it) was not sent by Signpost's own page, and is asked again.
            Some(DangerAnswer::Text(text)) => required(&mut errors, AnswerField::Danger, Some(text), |_| {
                Danger::from_form(text).ok_or("not one of yes, no, not-sure")
            })
            .map(Danger::urgency),
            None => {
                errors.push(AnswerError::missing(AnswerField::Danger));
                None
            }
        };
        let reporter = required(
            &mut errors,
            AnswerField::Reporter,
            self.reporter.as_deref(),
            str::parse::<Reporter>,
        );
        let kind = required(
            &mut errors,
            AnswerField::Concern,
            self.concern.as_deref(),
            str::parse::<ConcernKind>,
        );
        let platform = match self.platform.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            None => Ok(None),
            Some(text) => platforms.parse(text).map(Some).map_err(|e| {
                errors.push(AnswerError::new(AnswerField::Platform, e.to_string()));
            }),
        };
        match (country, reporter, kind, urgency, platform) {
            (Some(country), Some(reporter), Some(kind), Some(urgency), Ok(platform)) => Ok(Concern {
                country,
                reporter,
                kind,
                urgency,
                platform,
            }),
            _ => Err(errors),
        }
    }

    /// The answer about danger as sent, where it is one of the three (to keep it selected on
    /// the questions page when other answers need fixing).
    pub fn danger_as_sent(&self) -> Option<Danger> {
        match &self.danger {
            Some(DangerAnswer::Text(text)) => Danger::from_form(text),
            Some(DangerAnswer::Known(urgency)) => Some(urgency.answer()),
            None => None,
        }
    }
}

/// Parses one required answer, recording why it is missing or not valid.
fn required<T, E: std::fmt::Display>(
    errors: &mut Vec<AnswerError>,
    field: AnswerField,
    value: Option<&str>,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Option<T> {
    match value.map(trim).filter(|v| !v.is_empty()) {
        None => {
            errors.push(AnswerError::missing(field));
            None
        }
        Some(text) => parse(text)
            .map_err(|e| errors.push(AnswerError::new(field, e.to_string())))
            .ok(),
    }
}

/// `str::trim`, without walking the characters when the answer starts and ends with a visible
/// ASCII character (as every answer Signpost's own page sends does): Unicode's other spaces
/// are all outside ASCII.
fn trim(value: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_graphic());
    let bytes = value.as_bytes();
    if visible(bytes.first()) && visible(bytes.last()) {
        value
    } else {
        value.trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(country: &str, reporter: &str, concern: &str) -> Answers {
        Answers {
            country: Some(country.into()),
            reporter: Some(reporter.into()),
            concern: Some(concern.into()),
            danger: Some(DangerAnswer::Known(Urgency::NotImmediate)),
            platform: None,
        }
    }

    fn platforms() -> Platforms {
        Platforms::build(vec![crate::routing::platform::tests::platform("alpha")]).unwrap()
    }

    #[test]
    fn the_platform_answer_is_optional_and_closed() {
        let skipped = answers("GB", "adult", "grooming").parse(&platforms()).unwrap();
        assert_eq!(skipped.platform, None, "left out is skipped");
        let empty = Answers {
            platform: Some(" ".into()),
            ..answers("GB", "adult", "grooming")
        };
        assert_eq!(
            empty.parse(&platforms()).unwrap(),
            skipped,
            "empty is skipped too"
        );
        let named = Answers {
            platform: Some("alpha".into()),
            ..answers("GB", "adult", "grooming")
        };
        assert!(named.parse(&platforms()).unwrap().platform.is_some());
        let unknown = Answers {
            platform: Some("omega".into()),
            ..answers("GB", "adult", "grooming")
        };
        let errors = unknown.parse(&platforms()).unwrap_err();
        assert_eq!(errors[0].field, AnswerField::Platform);
        assert!(
            errors[0].detail.contains("alpha"),
            "the refusal names the valid ids"
        );
    }

    #[test]
    fn valid_answers_become_a_concern() {
        let concern = answers("gb", "adult", "grooming").parse(&platforms()).unwrap();
        assert_eq!(concern.country.as_str(), "GB");
        assert_eq!(concern.kind, ConcernKind::Grooming);
    }

    #[test]
    fn every_bad_answer_is_named_once_in_question_order() {
        let errors = Answers::default().parse(&platforms()).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["country", "danger", "reporter", "concern"]);
        let errors = answers("UK", "parent", "csam").parse(&platforms()).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["country", "reporter", "concern"]);
    }

    #[test]
    fn not_sure_about_danger_is_treated_as_danger_by_every_form() {
        for (text, immediate) in [("yes", true), ("not-sure", true), ("no", false)] {
            let concern = Answers {
                danger: Some(DangerAnswer::Text(text.to_owned())),
                ..answers("GB", "adult", "grooming")
            }
            .parse(&platforms())
            .unwrap();
            assert_eq!(concern.urgency.is_immediate(), immediate, "{text}");
        }
        let errors = Answers {
            danger: Some(DangerAnswer::Text("maybe".to_owned())),
            ..answers("GB", "adult", "grooming")
        }
        .parse(&platforms())
        .unwrap_err();
        assert_eq!(errors[0].field, AnswerField::Danger);
    }

    #[test]
    fn trimming_agrees_with_str_trim() {
        for text in [
            "GB",
            " GB",
            "GB\n",
            "\u{a0}GB",
            "GB\u{3000}",
            "\x0bGB",
            "G B",
            "",
            " ",
            "é",
            "a\u{2003}",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
    }
}
