//! The directory of services, checked once as a whole and then read-only. `Directory::build`
//! is the only way to make one, so everything that reads it may rely on unique ids and on
//! each service being reachable by phone or web.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use crate::routing::concern::{Reporter, closed_set};
use crate::routing::country::CountryCode;
use crate::routing::phone::{E164, PhoneNumber, WebAddress};

closed_set! {
    /// The part a service plays in a plan. The directory's `kind` values.
    Role, RoleError, "role" {
        /// The number to call when a child is in danger right now.
        Emergency = "emergency",
        /// The police, for what is not an emergency.
        Police = "police",
        /// Where to report sexual images of a child seen online.
        CsamHotline = "csam-hotline",
        /// Where to report someone grooming or pressuring a child online.
        GroomingReport = "grooming-report",
        /// Help to get a young person's nude image taken down.
        ImageRemoval = "image-removal",
        /// A helpline children can call or message.
        ChildHelpline = "child-helpline",
        /// A helpline for adults worried about a child.
        AbuseHelpline = "abuse-helpline",
        /// Help for people worried about their own thoughts or another adult's behaviour.
        Prevention = "prevention",
        /// The platform where it happened, reported to as well as (never instead of) the
        /// hotline or police. Filled only from the platform list, never by a directory service.
        Platform = "platform",
    }
}

/// Number of roles, for per-role tables.
pub const ROLE_COUNT: usize = Role::ALL.len();

closed_set! {
    /// Who may contact a service.
    Audience, AudienceError, "audience" {
        /// Under 18s.
        Children = "children",
        /// 18 and over.
        Adults = "adults",
        /// Anyone.
        Anyone = "anyone",
    }
}

impl Audience {
    /// Whether a person of this kind may use the service.
    pub fn admits(self, reporter: Reporter) -> bool {
        matches!(
            (self, reporter),
            (Audience::Anyone, _)
                | (Audience::Children, Reporter::Child)
                | (Audience::Adults, Reporter::Adult)
        )
    }
}

/// How sure the reference is of a fact.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Confidence {
    /// Read on the organisation's own site or an official government page.
    OwnSite,
    /// Read elsewhere; the source says where.
    ThirdParty,
    /// Sources disagree or the service's status is in doubt; the note says how.
    Conflict {
        /// What the sources disagree about.
        note: String,
    },
}

impl Confidence {
    /// "own-site", "third-party" or "conflict".
    pub fn as_str(&self) -> &'static str {
        match self {
            Confidence::OwnSite => "own-site",
            Confidence::ThirdParty => "third-party",
            Confidence::Conflict { .. } => "conflict",
        }
    }
}

/// Where a fact was read, and when it was taken from the reference.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Provenance {
    /// The page(s) the reference read it on.
    pub source: String,
    /// The date the fact was taken from the reference.
    pub verified: time::Date,
    /// How sure the reference is.
    pub confidence: Confidence,
}

/// The words of a source that state one fact, as they were read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt {
    /// The words, verbatim (at most 300 characters).
    pub text: String,
    /// The page they were read on.
    pub source: String,
    /// When they were read.
    pub read: time::Date,
}

/// What backs one fact (a phone number or a web address) of a service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FactEvidence {
    /// A source's own words state it.
    Excerpt(Excerpt),
    /// Carried over from the seed tables without an excerpt: to be found and added
    /// (`signpost check --stale` lists these).
    Missing,
}

/// The evidence for a service's facts; `None` for a fact the service does not give.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// For its phone number.
    pub phone: Option<FactEvidence>,
    /// For its web address.
    pub url: Option<FactEvidence>,
    /// For each role beyond its kind that a source says it takes (a police cybercrime
    /// portal that also takes grooming reports, say): the words that say so.
    pub roles: Vec<(Role, Excerpt)>,
}

impl Evidence {
    /// The facts that have no excerpt yet: "phone", "url".
    pub fn missing(&self) -> impl Iterator<Item = &'static str> + '_ {
        [("phone", &self.phone), ("url", &self.url)]
            .into_iter()
            .filter(|(_, evidence)| matches!(evidence, Some(FactEvidence::Missing)))
            .map(|(fact, _)| fact)
    }

    /// The excerpts it holds.
    pub fn excerpts(&self) -> impl Iterator<Item = &Excerpt> + '_ {
        [&self.phone, &self.url]
            .into_iter()
            .filter_map(|evidence| match evidence {
                Some(FactEvidence::Excerpt(excerpt)) => Some(excerpt),
                _ => None,
            })
            .chain(self.roles.iter().map(|(_, excerpt)| excerpt))
    }
}

/// A service's id: lower-case letters, digits and '-', prefixed by its country code in lower
/// case or by "global-". Unique in a `Directory`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServiceId(String);

/// Why a service id was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("service id {0:?} must be lower-case letters, digits and '-', such as \"gb-csam-hotline\"")]
pub struct ServiceIdError(String);

impl ServiceId {
    /// Parses an id.
    pub fn parse(input: &str) -> Result<Self, ServiceIdError> {
        let ok = !input.is_empty()
            && input.len() <= 64
            && input
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !input.starts_with('-')
            && !input.ends_with('-');
        if ok {
            Ok(Self(input.to_owned()))
        } else {
            Err(ServiceIdError(input.to_owned()))
        }
    }

    /// The id.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ServiceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One official service. Every field past the edge is valid; `Directory::build` checks what
/// only the whole directory can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    /// Unique id.
    pub id: ServiceId,
    /// The role it fills first.
    pub kind: Role,
    /// Further roles the same service fills.
    pub also: Vec<Role>,
    /// The service's name, as its organisation writes it.
    pub name: String,
    /// Who runs it.
    pub organisation: String,
    /// Its official page.
    pub url: Option<WebAddress>,
    /// A number to call, as dialled in the country.
    pub phone: Option<PhoneNumber>,
    /// How the service writes its number, where that says more than `phone`.
    pub phone_display: Option<String>,
    /// The number in E.164, where it is a plain number.
    pub e164: Option<E164>,
    /// The number takes text messages only.
    pub sms_only: bool,
    /// Who may contact it.
    pub audience: Audience,
    /// Youngest age served, where stated.
    pub min_age: Option<u8>,
    /// Oldest age served, where stated.
    pub max_age: Option<u8>,
    /// Removes images taken at 18 or over only: never part of a plan about a child's image.
    pub adult_images_only: bool,
    /// For callers outside the country only: never part of a plan for someone inside it.
    pub from_abroad: bool,
    /// Also advises people worried about someone else's behaviour (for prevention services,
    /// most of which serve only people worried about their own thoughts).
    pub bystanders: bool,
    /// Whether a report can be made without a name; `None` where the reference does not say.
    pub anonymous: Option<bool>,
    /// Opening hours, where known.
    pub hours: Option<String>,
    /// Languages served (ISO 639-1), where known.
    pub languages: Vec<String>,
    /// What the reference says of eligibility and use, for maintainers.
    pub notes: Option<String>,
    /// Where the facts come from.
    pub provenance: Provenance,
    /// The words of a source that state its phone number and web address.
    pub evidence: Evidence,
}

impl Service {
    /// Whether the service plays `role`.
    pub fn fills(&self, role: Role) -> bool {
        self.kind == role || self.also.contains(&role)
    }

    /// The number as the service writes it: its display form where it has one, else the
    /// plain number.
    pub fn phone_as_shown(&self) -> Option<&str> {
        self.phone_display
            .as_deref()
            .or(self.phone.as_ref().map(|p| p.as_written()))
    }

    /// Whether Signpost may offer it to `reporter` in a plan about a child.
    pub fn suits(&self, reporter: Reporter) -> bool {
        self.audience.admits(reporter) && !self.adult_images_only && !self.from_abroad
    }
}

/// What to do where the reference says a country has no emergency number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmergencyGap {
    /// Plain instruction shown instead of a number.
    pub instruction: String,
    /// Where that was read.
    pub provenance: Provenance,
}

/// One country's services, in preference order, as read from its file.
#[derive(Clone, Debug)]
pub struct CountryServices {
    /// The country.
    pub country: CountryCode,
    /// Its services, best first within each kind.
    pub services: Vec<Service>,
    /// Set where the reference says there is no emergency number.
    pub emergency_gap: Option<EmergencyGap>,
}

/// Where a service is listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Listing {
    /// In one country's file.
    Country(CountryCode),
    /// In `global.toml`: usable from anywhere.
    Global,
}

impl fmt::Display for Listing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Listing::Country(code) => write!(f, "{}", code.as_str().to_ascii_lowercase()),
            Listing::Global => f.write_str("global"),
        }
    }
}

/// A fault that only the whole directory shows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryError {
    /// Two services share an id.
    #[error("{listing}: service id {id} is used twice (also in {other}); ids must be unique")]
    DuplicateId {
        /// Where the second one is.
        listing: Listing,
        /// The id.
        id: ServiceId,
        /// Where the first one is.
        other: Listing,
    },
    /// An id that does not start with its listing's prefix.
    #[error("{listing}: service id {id} must start with \"{listing}-\"")]
    IdPrefix {
        /// Where it is.
        listing: Listing,
        /// The id.
        id: ServiceId,
    },
    /// A country listed twice.
    #[error("{0}: the country has two files")]
    DuplicateCountry(CountryCode),
    /// A service with neither phone nor web address.
    #[error("{listing}: service {id} has no url, phone or e164, so nobody could reach it")]
    Unreachable {
        /// Where it is.
        listing: Listing,
        /// The id.
        id: ServiceId,
    },
    /// An emergency number in global.toml.
    #[error("global: service {id} is an emergency service; emergency numbers belong to a country")]
    GlobalEmergency {
        /// The id.
        id: ServiceId,
    },
    /// An emergency gap beside emergency numbers.
    #[error("{0}: emergency_gap is set, but the country also lists emergency numbers")]
    GapBesideNumbers(CountryCode),
}

/// Where a service sits in the [`Directory`] that listed it. Only a directory makes one, so
/// an index always names a service of that directory; it is no use with another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ServiceIndex(u32);

#[derive(Debug, Default)]
struct CountryIndex {
    by_role: [Vec<ServiceIndex>; ROLE_COUNT],
    emergency_gap: Option<EmergencyGap>,
}

/// The whole, checked directory with a per-country, per-role index.
#[derive(Debug)]
pub struct Directory {
    services: Vec<(Listing, Service)>,
    countries: BTreeMap<CountryCode, CountryIndex>,
    global: [Vec<ServiceIndex>; ROLE_COUNT],
}

/// What a country offers when a child is in danger right now.
#[derive(Debug, Clone, Copy)]
pub enum EmergencyContact<'a> {
    /// Numbers to call, best first.
    Numbers(&'a [ServiceIndex]),
    /// The reference says there are none, and what to do instead.
    Gap(&'a EmergencyGap),
    /// The reference has no number for this country.
    Unknown,
}

impl Directory {
    /// Checks the directory as a whole and builds its index. Returns every fault found.
    pub fn build(
        countries: Vec<CountryServices>,
        global: Vec<Service>,
    ) -> Result<Directory, Vec<DirectoryError>> {
        let mut errors = Vec::new();
        let mut directory = Directory {
            services: Vec::new(),
            countries: BTreeMap::new(),
            global: Default::default(),
        };
        let mut seen = std::collections::HashMap::new();
        let mut listed = HashSet::new();
        for country in countries {
            if !listed.insert(country.country) {
                errors.push(DirectoryError::DuplicateCountry(country.country));
                continue;
            }
            let mut index = CountryIndex {
                emergency_gap: country.emergency_gap,
                ..Default::default()
            };
            for service in country.services {
                let roles: Vec<Role> = std::iter::once(service.kind)
                    .chain(service.also.iter().copied())
                    .collect();
                let at = directory.add(Listing::Country(country.country), service, &mut seen, &mut errors);
                for role in roles {
                    if !index.by_role[role.index()].contains(&at) {
                        index.by_role[role.index()].push(at);
                    }
                }
            }
            if index.emergency_gap.is_some() && !index.by_role[Role::Emergency.index()].is_empty() {
                errors.push(DirectoryError::GapBesideNumbers(country.country));
            }
            directory.countries.insert(country.country, index);
        }
        for service in global {
            if service.fills(Role::Emergency) {
                errors.push(DirectoryError::GlobalEmergency {
                    id: service.id.clone(),
                });
            }
            let roles: Vec<Role> = std::iter::once(service.kind)
                .chain(service.also.iter().copied())
                .collect();
            let at = directory.add(Listing::Global, service, &mut seen, &mut errors);
            for role in roles {
                if !directory.global[role.index()].contains(&at) {
                    directory.global[role.index()].push(at);
                }
            }
        }
        if errors.is_empty() {
            Ok(directory)
        } else {
            Err(errors)
        }
    }

    /// Lists one service, recording what is wrong with it on its own (its id's prefix, an id
    /// used twice, no way to reach it).
    fn add(
        &mut self,
        listing: Listing,
        service: Service,
        seen: &mut std::collections::HashMap<ServiceId, Listing>,
        errors: &mut Vec<DirectoryError>,
    ) -> ServiceIndex {
        let prefix = format!("{listing}-");
        if !service.id.as_str().starts_with(&prefix) {
            errors.push(DirectoryError::IdPrefix {
                listing,
                id: service.id.clone(),
            });
        }
        if let Some(other) = seen.insert(service.id.clone(), listing) {
            errors.push(DirectoryError::DuplicateId {
                listing,
                id: service.id.clone(),
                other,
            });
        }
        if service.url.is_none() && service.phone.is_none() && service.e164.is_none() {
            errors.push(DirectoryError::Unreachable {
                listing,
                id: service.id.clone(),
            });
        }
        self.services.push((listing, service));
        ServiceIndex(u32::try_from(self.services.len() - 1).expect("BUG: over four billion services"))
    }

    /// The service at an index returned by this directory.
    pub fn service(&self, at: ServiceIndex) -> &Service {
        &self.services[at.0 as usize].1
    }

    /// Every service with where it is listed, in file order.
    pub fn services(&self) -> impl Iterator<Item = (Listing, &Service)> {
        self.services.iter().map(|(listing, service)| (*listing, service))
    }

    /// The countries that have a file.
    pub fn countries(&self) -> impl Iterator<Item = CountryCode> + '_ {
        self.countries.keys().copied()
    }

    /// Indices of a country's own services for `role`, best first.
    pub fn national(&self, country: CountryCode, role: Role) -> &[ServiceIndex] {
        self.countries
            .get(&country)
            .map_or(&[], |index| &index.by_role[role.index()])
    }

    /// Indices of the services usable from anywhere for `role`, best first.
    pub fn global(&self, role: Role) -> &[ServiceIndex] {
        &self.global[role.index()]
    }

    /// What the country offers when a child is in danger right now.
    pub fn emergency(&self, country: CountryCode) -> EmergencyContact<'_> {
        match self.countries.get(&country) {
            Some(index) if !index.by_role[Role::Emergency.index()].is_empty() => {
                EmergencyContact::Numbers(&index.by_role[Role::Emergency.index()])
            }
            Some(CountryIndex {
                emergency_gap: Some(gap),
                ..
            }) => EmergencyContact::Gap(gap),
            _ => EmergencyContact::Unknown,
        }
    }
}
