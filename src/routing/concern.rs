//! What a person tells Signpost: where they are, what worries them, whether they are under
//! 18, and whether a child is in danger right now. These are closed sets: a "not sure" answer
//! is a variant, never free text.

use crate::routing::country::CountryCode;
use crate::routing::platform::Place;

/// Defines a closed, kebab-case enum with `ALL`, `as_str`, `FromStr`, `Display` and serde,
/// so the ids in `rules.toml`, the command line and the JSON API are one and the same.
macro_rules! closed_set {
    (
        $(#[$meta:meta])*
        $name:ident, $error:ident, $what:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order Signpost presents them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id used in configuration, on the command line and in JSON.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// The position in `ALL`, for table lookups.
            pub const fn index(self) -> usize {
                self as usize
            }
        }

        /// Why a value was refused: it names every valid one.
        #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
        #[error("not a known {what}; use one of: {valid}", what = $what, valid = [$($id),+].join(", "))]
        pub struct $error {
            /// What was given (kept for logs and tests; never shown, so nothing typed is echoed).
            pub input: String,
        }

        impl ::std::str::FromStr for $name {
            type Err = $error;
            fn from_str(input: &str) -> Result<Self, Self::Err> {
                match input.trim() {
                    $($id => Ok($name::$variant),)+
                    _ => Err($error { input: input.chars().take(40).collect() }),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use closed_set;

closed_set! {
    /// What the person is worried about.
    ConcernKind, ConcernKindError, "concern" {
        /// Sexual images or videos of a child seen online.
        AbuseImagery = "abuse-imagery",
        /// Someone online talking sexually to a child, asking for images, or trying to meet.
        Grooming = "grooming",
        /// Someone threatening to share sexual images of a young person unless paid or sent more.
        Sextortion = "sextortion",
        /// A nude or sexual image of someone under 18 (maybe the person themselves) has been
        /// shared, or may be.
        ImageShared = "image-shared",
        /// Worried a child is being sexually abused offline.
        ChildAbuse = "child-abuse",
        /// Worried about an adult's behaviour towards children, or their viewing of images.
        AdultBehaviour = "adult-behaviour",
        /// Worried about one's own sexual thoughts or behaviour towards children.
        OwnThoughts = "own-thoughts",
        /// Something worries them but fits none of the others.
        NotSure = "not-sure",
    }
}

closed_set! {
    /// Who is asking: services and wording differ for children and adults.
    Reporter, ReporterError, "reporter" {
        /// Under 18.
        Child = "child",
        /// 18 or over.
        Adult = "adult",
    }
}

impl ConcernKind {
    /// Whether the concern is about sexual images of a child. Web addresses a person writes
    /// about such a concern are removed, never passed on: following one would reach the
    /// images, and only the hotline should (the hotlines ask people to report the address to
    /// them and nowhere else).
    pub const fn is_about_sexual_images(self) -> bool {
        matches!(
            self,
            ConcernKind::AbuseImagery | ConcernKind::ImageShared | ConcernKind::Sextortion
        )
    }
}

closed_set! {
    /// The answer to "is a child in danger right now?", as the person gave it.
    Danger, DangerError, "answer about danger" {
        /// A child is in danger right now.
        Yes = "yes",
        /// No one is in danger this minute.
        No = "no",
        /// The person cannot tell.
        NotSure = "not-sure",
    }
}

impl Danger {
    /// The answer exactly as a form sends it (`yes`, `no`, `not-sure`), nothing around it.
    pub fn from_form(text: &str) -> Option<Danger> {
        Danger::ALL.iter().copied().find(|danger| danger.as_str() == text)
    }

    /// What the answer means for the plan. "Not sure" is treated as danger: the emergency
    /// number comes first, because calling when unsure costs a few minutes and not calling
    /// can cost a child (the emergency services' own advice is to call if in doubt).
    pub const fn urgency(self) -> Urgency {
        match self {
            Danger::Yes | Danger::NotSure => Urgency::ImmediateDanger,
            Danger::No => Urgency::NotImmediate,
        }
    }
}

/// Whether a child is in danger right now. An enum, not a `bool`, so a call site reads as
/// what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Urgency {
    /// A child is in danger right now: the emergency number comes first.
    ImmediateDanger,
    /// No one is in danger this minute.
    NotImmediate,
}

impl Urgency {
    /// From the yes/no answer to "is a child in danger right now?".
    pub fn from_danger(in_danger: bool) -> Self {
        if in_danger {
            Self::ImmediateDanger
        } else {
            Self::NotImmediate
        }
    }

    /// True for `ImmediateDanger`.
    pub fn is_immediate(self) -> bool {
        self == Self::ImmediateDanger
    }

    /// The plain answer that gives this urgency, to send a plan's answers again ("not sure"
    /// has already become danger, so it goes again as "yes").
    pub const fn answer(self) -> Danger {
        match self {
            Urgency::ImmediateDanger => Danger::Yes,
            Urgency::NotImmediate => Danger::No,
        }
    }
}

/// One person's answers, parsed and valid. Nothing in it is free text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Concern {
    /// Where the person is.
    pub country: CountryCode,
    /// Whether the person is under 18.
    pub reporter: Reporter,
    /// What worries them.
    pub kind: ConcernKind,
    /// Whether a child is in danger right now.
    pub urgency: Urgency,
    /// Where it happened, if the person answered the optional question; `None` (skipped)
    /// gives exactly the plan the other answers give.
    pub platform: Option<Place>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_concern_id_parses_back_to_itself() {
        for kind in ConcernKind::ALL {
            assert_eq!(kind.as_str().parse::<ConcernKind>(), Ok(*kind));
        }
        for reporter in Reporter::ALL {
            assert_eq!(reporter.as_str().parse::<Reporter>(), Ok(*reporter));
        }
    }

    #[test]
    fn an_unknown_concern_lists_the_valid_ones() {
        let message = "csam".parse::<ConcernKind>().unwrap_err().to_string();
        for kind in ConcernKind::ALL {
            assert!(message.contains(kind.as_str()), "{message} lacks {kind}");
        }
    }

    #[test]
    fn not_sure_is_treated_as_danger_and_goes_again_as_yes() {
        assert_eq!(Danger::NotSure.urgency(), Urgency::ImmediateDanger);
        assert_eq!(Danger::Yes.urgency(), Urgency::ImmediateDanger);
        assert_eq!(Danger::No.urgency(), Urgency::NotImmediate);
        for danger in Danger::ALL {
            assert_eq!(danger.as_str().parse::<Danger>(), Ok(*danger));
            assert_eq!(danger.urgency().answer().urgency(), danger.urgency());
        }
        assert!("maybe".parse::<Danger>().is_err());
    }

    #[test]
    fn the_concerns_about_sexual_images_are_the_three_about_pictures() {
        let about_images: Vec<_> = ConcernKind::ALL
            .iter()
            .filter(|kind| kind.is_about_sexual_images())
            .map(|kind| kind.as_str())
            .collect();
        assert_eq!(about_images, ["abuse-imagery", "sextortion", "image-shared"]);
    }

    #[test]
    fn the_taxonomy_has_the_eight_agreed_ids_in_order() {
        let ids: Vec<_> = ConcernKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            ids,
            [
                "abuse-imagery",
                "grooming",
                "sextortion",
                "image-shared",
                "child-abuse",
                "adult-behaviour",
                "own-thoughts",
                "not-sure"
            ]
        );
    }
}
