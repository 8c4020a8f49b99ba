//! Countries, by ISO 3166-1 alpha-2 code. Parsing refuses codes that are not assigned, so a
//! typo such as "UK" is caught at the edge with a message that says what to use instead.

use std::fmt;
use std::sync::LazyLock;

/// An ISO 3166-1 alpha-2 country code, stored upper-case. `parse` is the only way in (serde
/// included), so every `CountryCode` past the edge names a real country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct CountryCode([u8; 2]);

/// Kosovo: not assigned by ISO 3166-1, but the code in common use (the EU, the UN
/// Development Programme and the reference tables use it), so Signpost accepts it.
const KOSOVO: CountryCode = CountryCode(*b"XK");

/// Why a country code was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CountryCodeError {
    /// Not two ASCII letters.
    #[error("a country is given as its two-letter ISO 3166-1 code, such as GB, US or FR")]
    NotTwoLetters(String),
    /// Two letters, but not a country.
    #[error("{0} is not an assigned ISO 3166-1 country code{hint}", hint = hint_for(.0))]
    Unassigned(String),
}

fn hint_for(code: &str) -> &'static str {
    match code {
        "UK" => " (the United Kingdom is GB)",
        "EL" => " (Greece is GR)",
        _ => " (see https://www.iso.org/obp/ui/#search for the list)",
    }
}

impl CountryCode {
    /// Parses a two-letter code in any case, with surrounding spaces ignored.
    pub fn parse(input: &str) -> Result<Self, CountryCodeError> {
        let trimmed = input.trim();
        let code = match *trimmed.as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Self([a.to_ascii_uppercase(), b.to_ascii_uppercase()])
            }
            _ => {
                return Err(CountryCodeError::NotTwoLetters(
                    trimmed.chars().take(20).collect(),
                ));
            }
        };
        // The table holds exactly the assigned ISO codes and XK (see `CountryTable::new`).
        if COUNTRIES.code[CountryTable::index(code.0[0], code.0[1])].is_some() {
            Ok(code)
        } else {
            Err(CountryCodeError::Unassigned(code.as_str().to_owned()))
        }
    }

    /// The two upper-case letters.
    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).expect("BUG: a CountryCode holds two ASCII letters")
    }

    /// The country's English short name as ISO 3166-1 gives it.
    pub fn name(&self) -> &'static str {
        if *self == KOSOVO {
            return "Kosovo";
        }
        isocountry::CountryCode::for_alpha2(self.as_str())
            .map(|c| c.name())
            .expect("BUG: a CountryCode is always an assigned code or XK")
    }

    /// Every code Signpost accepts: the 249 assigned ISO 3166-1 codes and XK, sorted.
    pub fn all() -> Vec<CountryCode> {
        let mut all: Vec<CountryCode> = isocountry::CountryCode::iter()
            .map(|c| {
                let bytes = c.alpha2().as_bytes();
                CountryCode([bytes[0], bytes[1]])
            })
            .chain(std::iter::once(KOSOVO))
            .collect();
        all.sort();
        all
    }
}

/// Every accepted country code, by its letters, with its place in the sorted list.
static COUNTRIES: LazyLock<CountryTable> = LazyLock::new(CountryTable::new);

/// Dense numbering of the accepted country codes, from their two letters, so that a code can
/// be found from two letters by one table lookup instead of a search of the ISO list.
#[derive(Debug)]
struct CountryTable {
    code: [Option<CountryCode>; 26 * 26],
    slot: [u16; 26 * 26],
}

impl CountryTable {
    fn new() -> Self {
        let mut table = CountryTable {
            code: [None; 26 * 26],
            slot: [0; 26 * 26],
        };
        let all = CountryCode::all();
        assert_eq!(
            all.len(),
            CountryCode::COUNT,
            "BUG: CountryCode::COUNT is out of date"
        );
        for (n, code) in all.into_iter().enumerate() {
            let [a, b] = code.0;
            table.code[Self::index(a, b)] = Some(code);
            table.slot[Self::index(a, b)] = n as u16;
        }
        table
    }

    fn index(a: u8, b: u8) -> usize {
        usize::from(a.to_ascii_uppercase() - b'A') * 26 + usize::from(b.to_ascii_uppercase() - b'A')
    }
}

impl CountryCode {
    /// How many codes Signpost accepts: the 249 assigned ISO 3166-1 codes and XK.
    pub const COUNT: usize = 250;

    /// The country two letters name, in either case: what [`CountryCode::parse`] accepts from
    /// exactly two letters (no spaces), found by one table lookup.
    pub fn from_letters(letters: &str) -> Option<CountryCode> {
        match *letters.as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                COUNTRIES.code[CountryTable::index(a, b)]
            }
            _ => None,
        }
    }

    /// The code's place among all accepted codes, sorted: 0 to `COUNT - 1`, for tables.
    pub fn index(self) -> usize {
        let [a, b] = self.0;
        usize::from(COUNTRIES.slot[CountryTable::index(a, b)])
    }
}

impl TryFrom<String> for CountryCode {
    type Error = CountryCodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_letters_name_exactly_the_countries_a_code_parses_to() {
        for a in (b'A'..=b'Z').chain(b'a'..=b'z') {
            for b in (b'A'..=b'Z').chain(b'a'..=b'z') {
                let letters = String::from_utf8(vec![a, b]).unwrap();
                assert_eq!(
                    CountryCode::from_letters(&letters),
                    CountryCode::parse(&letters).ok(),
                    "{letters}"
                );
            }
        }
        assert_eq!(CountryCode::from_letters("G"), None);
        assert_eq!(CountryCode::from_letters("GBR"), None);
        assert_eq!(CountryCode::from_letters("G1"), None);
    }

    #[test]
    fn every_code_has_its_own_place_in_the_sorted_list() {
        for (n, code) in CountryCode::all().into_iter().enumerate() {
            assert_eq!(code.index(), n, "{code}");
        }
    }

    #[test]
    fn parsing_accepts_assigned_codes_in_any_case() {
        for (input, expected, why) in [
            ("GB", "GB", "upper case is the canonical form"),
            ("gb", "GB", "people type lower case"),
            (" fr ", "FR", "form fields carry stray spaces"),
            ("XK", "XK", "Kosovo is in common use though not ISO-assigned"),
        ] {
            assert_eq!(CountryCode::parse(input).unwrap().as_str(), expected, "{why}");
        }
    }

    #[test]
    fn parsing_refuses_what_is_not_a_country() {
        for (input, why) in [
            ("UK", "the United Kingdom is GB"),
            ("ZZ", "unassigned"),
            ("G", "too short"),
            ("GBR", "alpha-3 is not accepted"),
            ("G1", "digits are not letters"),
            ("", "empty"),
            ("ＧＢ", "full-width homoglyphs are not ASCII"),
        ] {
            assert!(CountryCode::parse(input).is_err(), "{input:?} should fail: {why}");
        }
    }

    #[test]
    fn the_uk_typo_names_the_right_code() {
        let message = CountryCode::parse("uk").unwrap_err().to_string();
        assert!(message.contains("GB"), "{message}");
    }

    #[test]
    fn every_code_round_trips_through_display() {
        let all = CountryCode::all();
        assert_eq!(all.len(), 250, "249 ISO codes plus XK");
        for code in all {
            assert_eq!(CountryCode::parse(&code.to_string()), Ok(code));
        }
    }
}
