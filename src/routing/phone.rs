//! Phone numbers and web addresses as the directory holds them. Each type keeps one
//! normalised form, so a page can build a `tel:` link without re-checking anything.

use std::fmt;

/// A number as dialled inside its country ("0800 1111", "116 111", "999"): digits with the
/// spaces, hyphens, dots and parentheses services print, and an optional leading '+'.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PhoneNumber {
    written: String,
    digits: String,
}

/// Why a phone number was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    /// A character that is not part of a dialled number.
    #[error(
        "{0:?} is not a plain dialled number: use digits, spaces, hyphens, dots and \
         parentheses only (put words or vanity letters in phone_display)"
    )]
    NotPlain(String),
    /// Fewer than two digits, or more than fifteen.
    #[error("{0:?} has {1} digits; a dialled number has 2 to 15 (France's police is 17)")]
    WrongLength(String, usize),
    /// Not E.164.
    #[error("{0:?} is not E.164: write '+', the country calling code and the number, digits only")]
    NotE164(String),
}

impl PhoneNumber {
    /// Parses a dialled number.
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let written = input.trim();
        let allowed = |(i, c): (usize, char)| {
            c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')') || (c == '+' && i == 0)
        };
        if written.is_empty() || !written.char_indices().all(allowed) {
            return Err(PhoneError::NotPlain(written.to_owned()));
        }
        let digits: String = written.chars().filter(char::is_ascii_digit).collect();
        if !(2..=15).contains(&digits.len()) {
            return Err(PhoneError::WrongLength(written.to_owned(), digits.len()));
        }
        let digits = if written.starts_with('+') {
            format!("+{digits}")
        } else {
            digits
        };
        Ok(Self {
            written: written.to_owned(),
            digits,
        })
    }

    /// The number as the service writes it.
    pub fn as_written(&self) -> &str {
        &self.written
    }

    /// Only what a phone dials: digits, with a leading '+' where written. For `tel:` links.
    pub fn dialled(&self) -> &str {
        &self.digits
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.written)
    }
}

/// A number in E.164 form: '+', then 8 to 15 digits, the first not zero.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct E164(String);

impl E164 {
    /// Parses a number written in E.164 form, without spaces.
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let text = input.trim();
        let valid = text.strip_prefix('+').is_some_and(|d| {
            (8..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) && !d.starts_with('0')
        });
        if valid {
            Ok(Self(text.to_owned()))
        } else {
            Err(PhoneError::NotE164(text.to_owned()))
        }
    }

    /// The number, '+' included.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for E164 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An `https://` or `http://` address of an official page. Signpost shows and links these; it
/// never fetches them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct WebAddress(String);

/// Why a web address was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebAddressError {
    /// Not http(s), or no host.
    #[error("{0:?} is not a web address: it must start with https:// (or http://) and name a host")]
    NotHttp(String),
    /// Spaces, quotes, angle brackets or control characters.
    #[error("{0:?} contains a space, quote, angle bracket or control character")]
    BadCharacter(String),
}

impl WebAddress {
    /// Parses an absolute http(s) address.
    pub fn parse(input: &str) -> Result<Self, WebAddressError> {
        let text = input.trim();
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or_else(|| WebAddressError::NotHttp(text.to_owned()))?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if host.is_empty() || !host.contains('.') {
            return Err(WebAddressError::NotHttp(text.to_owned()));
        }
        if text.chars().any(|c| {
            c.is_control()
                || c.is_whitespace()
                || matches!(c, '"' | '<' | '>' | '`' | '\u{200b}'..='\u{200f}')
        }) {
            return Err(WebAddressError::BadCharacter(text.to_owned()));
        }
        Ok(Self(text.to_owned()))
    }

    /// True for `https://`.
    pub fn is_https(&self) -> bool {
        self.0.starts_with("https://")
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for WebAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialled_numbers_keep_their_written_form_and_dial_digits() {
        for (input, dialled, why) in [
            ("0800 1111", "08001111", "spaces are for reading"),
            ("1-866-658-9022", "18666589022", "North American hyphens"),
            (
                "+44 203 879 8560",
                "+442038798560",
                "international form keeps the plus",
            ),
            ("999", "999", "short emergency numbers"),
            ("17", "17", "two-digit police numbers exist (France)"),
        ] {
            let number = PhoneNumber::parse(input).unwrap();
            assert_eq!(number.dialled(), dialled, "{why}");
            assert_eq!(number.as_written(), input);
        }
    }

    #[test]
    fn words_are_not_dialled_numbers() {
        for (input, why) in [
            ("1-800-THE-LOST", "vanity letters belong in phone_display"),
            ("112 or 999", "two numbers are two entries or a display text"),
            ("1", "too short to dial"),
            ("44+20", "a plus only leads"),
            ("", "empty"),
        ] {
            assert!(PhoneNumber::parse(input).is_err(), "{input:?}: {why}");
        }
    }

    #[test]
    fn e164_is_plus_and_digits_only() {
        assert!(E164::parse("+448001111").is_ok());
        for (input, why) in [
            ("448001111", "no plus"),
            ("+44 800 1111", "spaces"),
            ("+0448001111", "country codes never start with 0"),
            ("+1234567", "too short"),
        ] {
            assert!(E164::parse(input).is_err(), "{input:?}: {why}");
        }
    }

    #[test]
    fn web_addresses_must_be_http_with_a_host() {
        assert!(
            WebAddress::parse("https://www.iwf.org.uk/report")
                .unwrap()
                .is_https()
        );
        assert!(
            !WebAddress::parse("http://virtualglobaltaskforce.com/")
                .unwrap()
                .is_https()
        );
        for (input, why) in [
            ("javascript:alert(1)", "only http(s) is linked"),
            ("https://", "no host"),
            ("www.iwf.org.uk", "no scheme"),
            ("https://example.org/a b", "spaces"),
            ("https://example.org/\"onmouseover=", "quotes"),
            ("https://www.iwf.org.uk/reporting.htm\u{200f}", "invisible marks"),
        ] {
            assert!(WebAddress::parse(input).is_err(), "{input:?}: {why}");
        }
    }
}
