//! Where it happened: the platforms a person can name in answer to the optional question
//! "Where did it happen?", with each platform's own page for reporting child sexual
//! exploitation, and the answer itself as a closed set. No I/O here: `Platforms::build`
//! takes entries already read, checks the list as a whole, and from then on an answer is
//! either one of these platforms or one of the four fixed answers, never free text.

use crate::routing::concern::closed_set;
use crate::routing::directory::Excerpt;
use crate::routing::phone::WebAddress;

closed_set! {
    /// Who a platform says it passes reports on to, as its own page says it.
    PassesTo, PassesToError, "passes_to" {
        /// The US National Center for Missing & Exploited Children (NCMEC).
        Ncmec = "ncmec",
        /// The police.
        Police = "police",
        /// NCMEC and the police.
        NcmecAndPolice = "ncmec+police",
    }
}

closed_set! {
    /// What a platform is, for grouping the list.
    PlatformCategory, PlatformCategoryError, "category" {
        /// A social network.
        Social = "social",
        /// A messaging app.
        Messaging = "messaging",
        /// A game or gaming platform.
        Game = "game",
        /// A video or streaming service.
        Video = "video",
        /// A search engine.
        Search = "search",
    }
}

closed_set! {
    /// The answers to "Where did it happen?" that are not a named platform. Their words are
    /// in the catalogs (`place-<id>`); a platform's name is never translated.
    OtherPlace, OtherPlaceError, "place" {
        /// A website that is not one of the platforms.
        Website = "website",
        /// Somewhere else online.
        ElsewhereOnline = "elsewhere-online",
        /// Not online.
        NotOnline = "not-online",
        /// The person would rather not say.
        RatherNotSay = "rather-not-say",
    }
}

/// One platform's id: lower-case letters, digits and '-'. Exists only in [`Platforms`], so an
/// id past the edge always names a platform; it is a position, so a `Concern` stays `Copy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlatformId(u16);

impl PlatformId {
    /// The position in [`Platforms::all`].
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

/// The answer to "Where did it happen?". Skipping the question is `None` in
/// [`crate::routing::Concern::platform`], not a variant: a skipped question changes nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// One of the platforms.
    Platform(PlatformId),
    /// One of the fixed answers.
    Other(OtherPlace),
}

/// A platform: where to report on it, and what backs that.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Platform {
    /// Its id, as the API and forms send it.
    pub id: String,
    /// Its name, as the platform writes it (never translated).
    pub name: String,
    /// What it is.
    pub category: PlatformCategory,
    /// Its own page for reporting child sexual exploitation or a child-safety concern.
    pub report_url: WebAddress,
    /// How to report inside the app, as the reference gives it (for where that is the way).
    pub in_app: Option<String>,
    /// Who it says it passes reports to; `None` where its page does not say.
    pub passes_to: Option<PassesTo>,
    /// Whether reporting needs an account; `None` where not known.
    pub needs_account: Option<bool>,
    /// Languages its reporting page is offered in (ISO 639-1 codes), as the reference lists.
    pub languages: Vec<String>,
    /// Where the reference read it, when, and its own words stating the report page.
    pub evidence: Excerpt,
    /// How sure the reference is ("own-site", "third-party", …), as it writes it.
    pub confidence: String,
}

/// Why a platform answer was refused: it names every valid id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a known platform; use one of: {valid}")]
pub struct PlatformError {
    /// Every valid id, comma-separated.
    pub valid: String,
}

/// A fault in the platform list as a whole.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlatformsError {
    /// An id that is not lower-case letters, digits and '-', or that is one of the fixed answers.
    #[error("platform id {0:?} must be lower-case letters, digits and '-', and not one of the fixed answers ({fixed})", fixed = OtherPlace::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", "))]
    BadId(String),
    /// Two platforms share an id.
    #[error("platform id {0} is used twice")]
    DuplicateId(String),
}

/// The checked list of platforms, in the order they are offered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Platforms {
    platforms: Vec<Platform>,
}

impl Platforms {
    /// Checks ids are well formed and unique, and no id is one of the fixed answers.
    pub fn build(platforms: Vec<Platform>) -> Result<Platforms, Vec<PlatformsError>> {
        let mut errors = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for platform in &platforms {
            let id = platform.id.as_str();
            let well_formed = !id.is_empty()
                && id.len() <= 40
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !id.starts_with('-')
                && !id.ends_with('-')
                && id.parse::<OtherPlace>().is_err();
            if !well_formed {
                errors.push(PlatformsError::BadId(id.to_owned()));
            }
            if !seen.insert(id) {
                errors.push(PlatformsError::DuplicateId(id.to_owned()));
            }
        }
        if platforms.len() > usize::from(u16::MAX) {
            errors.push(PlatformsError::BadId("(too many platforms)".to_owned()));
        }
        if errors.is_empty() {
            Ok(Platforms { platforms })
        } else {
            Err(errors)
        }
    }

    /// Every platform, with its id.
    pub fn all(&self) -> impl ExactSizeIterator<Item = (PlatformId, &Platform)> + '_ {
        self.platforms.iter().enumerate().map(|(at, p)| {
            (
                PlatformId(u16::try_from(at).expect("BUG: build refuses more than u16::MAX")),
                p,
            )
        })
    }

    /// The platform an id names.
    pub fn get(&self, id: PlatformId) -> &Platform {
        &self.platforms[id.index()]
    }

    /// Every answer a person may give, as sent: the platform ids, then the fixed answers.
    pub fn valid_ids(&self) -> impl Iterator<Item = &str> + '_ {
        self.platforms
            .iter()
            .map(|p| p.id.as_str())
            .chain(OtherPlace::ALL.iter().map(|p| p.as_str()))
    }

    /// Parses an answer: a platform id or one of the fixed answers (exactly, after trimming).
    pub fn parse(&self, input: &str) -> Result<Place, PlatformError> {
        let text = input.trim();
        if let Ok(other) = text.parse::<OtherPlace>() {
            return Ok(Place::Other(other));
        }
        self.all()
            .find(|(_, p)| p.id == text)
            .map(|(id, _)| Place::Platform(id))
            .ok_or_else(|| PlatformError {
                valid: self.valid_ids().collect::<Vec<_>>().join(", "),
            })
    }

    /// The id an answer is sent as.
    pub fn id_of(&self, place: Place) -> &str {
        match place {
            Place::Platform(id) => &self.get(id).id,
            Place::Other(other) => other.as_str(),
        }
    }

    /// How many platforms there are.
    pub fn len(&self) -> usize {
        self.platforms.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.platforms.is_empty()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A platform for tests: the facts are placeholders on the reserved example domain.
    pub(crate) fn platform(id: &str) -> Platform {
        Platform {
            id: id.to_owned(),
            name: id.to_uppercase(),
            category: PlatformCategory::Social,
            report_url: WebAddress::parse(&format!("https://{id}.example/report")).unwrap(),
            in_app: None,
            passes_to: Some(PassesTo::Ncmec),
            needs_account: Some(false),
            languages: vec!["en".to_owned()],
            evidence: Excerpt {
                text: format!("Report at {id}.example"),
                source: format!("https://{id}.example/help"),
                read: time::macros::date!(2026 - 12 - 04),
            },
            confidence: "own-site".to_owned(),
        }
    }

    #[test]
    fn an_answer_is_a_platform_id_or_a_fixed_answer_and_nothing_else() {
        let platforms = Platforms::build(vec![platform("alpha"), platform("beta")]).unwrap();
        let beta = platforms.parse("beta").unwrap();
        assert_eq!(platforms.id_of(beta), "beta", "an id parses back to itself");
        assert_eq!(
            platforms.parse("not-online"),
            Ok(Place::Other(OtherPlace::NotOnline)),
            "the fixed answers are always valid"
        );
        let error = platforms.parse("Gamma").unwrap_err().to_string();
        for id in [
            "alpha",
            "beta",
            "website",
            "elsewhere-online",
            "not-online",
            "rather-not-say",
        ] {
            assert!(error.contains(id), "the refusal names {id}: {error}");
        }
        assert!(
            platforms.parse("ALPHA").is_err(),
            "ids are exact, not case-folded"
        );
    }

    #[test]
    fn the_list_refuses_duplicate_malformed_and_reserved_ids() {
        let bad = Platform {
            id: "Bad Id".to_owned(),
            ..platform("bad")
        };
        let errors = Platforms::build(vec![
            platform("alpha"),
            platform("alpha"),
            bad,
            platform("website"),
        ])
        .unwrap_err();
        assert_eq!(
            errors,
            [
                PlatformsError::DuplicateId("alpha".into()),
                PlatformsError::BadId("Bad Id".into()),
                PlatformsError::BadId("website".into()),
            ]
        );
    }
}
