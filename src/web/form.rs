//! Reading `application/x-www-form-urlencoded` bodies, as browsers send them and exactly as
//! `serde_urlencoded` reads them (the `form_urlencoded` rules: `&`-separated pairs, empty
//! ones skipped, a name without `=` has an empty value, `+` is a space, `%XX` a byte, and
//! bytes that are not UTF-8 become U+FFFD), without copying a name or value that has nothing
//! to decode. No I/O, no allocation for plain fields.

use std::borrow::Cow;

/// The name and value of each pair of a form body, in order, decoded.
pub fn pairs(body: &[u8]) -> impl Iterator<Item = (Cow<'_, str>, Cow<'_, str>)> {
    // A body of UTF-8 without `+` or `%` (as Signpost's own page sends its answers) has
    // nothing to decode: it is split as text. Any other is decoded pair by pair.
    let plain = if body.iter().any(|b| matches!(b, b'+' | b'%')) {
        None
    } else {
        std::str::from_utf8(body).ok()
    };
    let (text, encoded) = match plain {
        Some(text) => (text, &[][..]),
        None => ("", body),
    };
    let plain_pairs = PlainPairs { text, at: 0 };
    let encoded_pairs = encoded
        .split(|b| *b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.iter().position(|b| *b == b'=') {
            Some(at) => (decode(&pair[..at]), decode(&pair[at + 1..])),
            None => (decode(pair), Cow::Borrowed("")),
        });
    plain_pairs.chain(encoded_pairs)
}

/// The pairs of a form body with nothing to decode, cut at `&` and `=` byte by byte: both are
/// ASCII, so every cut falls between characters. Empty pairs are skipped.
struct PlainPairs<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for PlainPairs<'a> {
    type Item = (Cow<'a, str>, Cow<'a, str>);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() {
            let start = self.at;
            let end = bytes[start..]
                .iter()
                .position(|b| *b == b'&')
                .map_or(bytes.len(), |n| start + n);
            self.at = end + 1;
            if end > start {
                let pair = &self.text[start..end];
                return Some(match pair.bytes().position(|b| b == b'=') {
                    Some(eq) => (Cow::Borrowed(&pair[..eq]), Cow::Borrowed(&pair[eq + 1..])),
                    None => (Cow::Borrowed(pair), Cow::Borrowed("")),
                });
            }
        }
        None
    }
}

/// One name or value, decoded: borrowed when it has nothing to decode.
fn decode(part: &[u8]) -> Cow<'_, str> {
    if !part.iter().any(|b| matches!(b, b'+' | b'%')) {
        return match std::str::from_utf8(part) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(part),
        };
    }
    let spaced: Vec<u8> = part.iter().map(|b| if *b == b'+' { b' ' } else { *b }).collect();
    let bytes: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
    Cow::Owned(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(not_utf8) => String::from_utf8_lossy(not_utf8.as_bytes()).into_owned(),
    })
}

/// Fills `slot` with `value`, unless a value was there already (a field sent twice, which
/// `serde_urlencoded` refuses too).
pub fn fill(slot: &mut Option<String>, value: Cow<'_, str>) -> Result<(), Duplicate> {
    if slot.is_some() {
        return Err(Duplicate);
    }
    *slot = Some(value.into_owned());
    Ok(())
}

/// A field sent twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duplicate;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_body_is_split_as_text() {
        let read: Vec<(Cow<'_, str>, Cow<'_, str>)> = pairs(b"&country=GB&danger&&lang=fr=x&").collect();
        assert_eq!(
            read,
            [
                (Cow::Borrowed("country"), Cow::Borrowed("GB")),
                (Cow::Borrowed("danger"), Cow::Borrowed("")),
                (Cow::Borrowed("lang"), Cow::Borrowed("fr=x")),
            ]
        );
        assert!(
            read.iter()
                .all(|(n, v)| matches!((n, v), (Cow::Borrowed(_), Cow::Borrowed(_))))
        );
    }

    #[test]
    fn plain_fields_are_borrowed_and_encoded_ones_decoded() {
        let body = b"country=GB&&danger&text=a+b%20c%ZZ&bad=%FF";
        let read: Vec<(Cow<'_, str>, Cow<'_, str>)> = pairs(body).collect();
        assert!(
            matches!(read[0].1, Cow::Borrowed("GB")),
            "nothing to decode in this field"
        );
        assert_eq!(
            read[1],
            (Cow::Borrowed("danger"), Cow::Borrowed("")),
            "no = is an empty value"
        );
        assert_eq!(
            read[2].1, "a b c%ZZ",
            "+ and %20 are spaces, a broken escape stays"
        );
        assert_eq!(read[3].1, "\u{fffd}", "not UTF-8");
        assert_eq!(read.len(), 4, "empty pairs are skipped");
    }

    proptest::proptest! {
        #[test]
        fn pairs_are_read_as_serde_urlencoded_reads_them(
            body in proptest::collection::vec(proptest::prop_oneof![
                proptest::string::string_regex("[a-z]{0,6}").unwrap(),
                proptest::strategy::Just("=".to_owned()),
                proptest::strategy::Just("&".to_owned()),
                proptest::strategy::Just("+".to_owned()),
                proptest::strategy::Just("%".to_owned()),
                proptest::strategy::Just("%2".to_owned()),
                proptest::strategy::Just("%41".to_owned()),
                proptest::strategy::Just("%C3%A9".to_owned()),
                proptest::strategy::Just("%FF".to_owned()),
                proptest::strategy::Just("é".to_owned()),
            ], 0..16)
        ) {
            let body = body.concat();
            let ours: Vec<(String, String)> =
                pairs(body.as_bytes()).map(|(n, v)| (n.into_owned(), v.into_owned())).collect();
            let theirs: Vec<(String, String)> = serde_urlencoded::from_bytes(body.as_bytes()).unwrap();
            proptest::prop_assert_eq!(ours, theirs);
        }
    }
}
