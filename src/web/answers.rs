//! The one parser from a person's answers to a `Concern`, shared by the form and the JSON
//! API so both refuse the same things in the same words.

use crate::routing::{Concern, ConcernKind, CountryCode, Reporter, Urgency};
use crate::web::error::FieldError;

/// Answers as they arrive, each still text (or, for danger, already read by the caller).
#[derive(Debug, Default, Clone)]
pub struct Answers {
    /// Two-letter country code.
    pub country: Option<String>,
    /// "child" or "adult".
    pub reporter: Option<String>,
    /// A concern id.
    pub concern: Option<String>,
    /// `None` when the question was not answered.
    pub urgency: Option<Urgency>,
}

impl Answers {
    /// Parses every answer, naming each one that is missing or not valid.
    pub fn parse(&self) -> Result<Concern, Vec<FieldError>> {
        let mut errors = Vec::new();
        let country = required(
            &mut errors,
            "country",
            self.country.as_deref(),
            CountryCode::parse,
        );
        let urgency = self.urgency.or_else(|| {
            errors.push(FieldError::missing("danger"));
            None
        });
        let reporter = required(
            &mut errors,
            "reporter",
            self.reporter.as_deref(),
            str::parse::<Reporter>,
        );
        let kind = required(
            &mut errors,
            "concern",
            self.concern.as_deref(),
            str::parse::<ConcernKind>,
        );
        match (country, reporter, kind, urgency) {
            (Some(country), Some(reporter), Some(kind), Some(urgency)) => Ok(Concern {
                country,
                reporter,
                kind,
                urgency,
            }),
            _ => Err(errors),
        }
    }
}

/// Parses one required answer, recording why it is missing or not valid.
fn required<T, E: std::fmt::Display>(
    errors: &mut Vec<FieldError>,
    field: &'static str,
    value: Option<&str>,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Option<T> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => {
            errors.push(FieldError::missing(field));
            None
        }
        Some(text) => parse(text)
            .map_err(|e| errors.push(FieldError::new(field, e.to_string())))
            .ok(),
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
            urgency: Some(Urgency::NotImmediate),
        }
    }

    #[test]
    fn valid_answers_become_a_concern() {
        let concern = answers("gb", "adult", "grooming").parse().unwrap();
        assert_eq!(concern.country.as_str(), "GB");
        assert_eq!(concern.kind, ConcernKind::Grooming);
    }

    #[test]
    fn every_bad_answer_is_named_once_in_question_order() {
        let errors = Answers::default().parse().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["country", "danger", "reporter", "concern"]);
        let errors = Answers {
            urgency: Some(Urgency::NotImmediate),
            ..answers("UK", "parent", "csam")
        }
        .parse()
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["country", "reporter", "concern"]);
    }
}
