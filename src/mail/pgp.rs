//! OpenPGP encryption of a forwarded concern (the cryptographic half of PGP/MIME, RFC 3156).
//!
//! This module owns exactly two things: reading a recipient's ASCII-armoured public key
//! ([`RecipientKey::from_armored`]), and encrypting a message body to one or more such keys
//! ([`encrypt`]), producing the ASCII-armoured OpenPGP message that goes into the
//! `application/octet-stream` part of a `multipart/encrypted` mail. It does no I/O beyond parsing
//! the text it is given: reading key files, building the MIME structure and sending mail belong
//! to the callers.
//!
//! Choices, made for the widest compatibility with the mail clients of hotlines:
//! - the body is encrypted with a fresh random AES-256 session key in a SEIPD version 1 packet
//!   (integrity-protected; readable by every OpenPGP implementation in use, GnuPG included),
//!   with one version 3 PKESK per recipient;
//! - nothing is compressed and nothing is signed;
//! - for each recipient, the key used is the newest component (subkey or primary) whose latest
//!   valid self-signature grants an encryption key flag, that is not revoked and not expired
//!   at the moment of encryption.
//!
//! Self-signatures are verified once, when the key is read. A key that is well formed but
//! cannot be encrypted to (revoked, expired, or with no encryption component this build can
//! use) is still read: [`RecipientKey::state_at`] says so, and the caller disables that
//! recipient instead of refusing the whole configuration. Expiry is checked again on every
//! [`encrypt`], because a service may run past the moment a key expires.

use std::time::{Duration, SystemTime};

use pgp::{
    composed::{ArmorOptions, Deserializable, MessageBuilder, SignedPublicKey, SignedPublicSubKey},
    crypto::sym::SymmetricKeyAlgorithm,
    packet::{Signature, SignatureType},
    types::{Duration as PgpDuration, KeyDetails, Tag, Timestamp},
};

/// Why a key cannot be used, or why encryption failed.
#[derive(Debug, thiserror::Error)]
pub enum PgpError {
    /// The text holds no ASCII armour at all (no `-----BEGIN PGP ...-----` line).
    #[error("not an ASCII-armoured OpenPGP key: expected a \"-----BEGIN PGP PUBLIC KEY BLOCK-----\" block")]
    NotArmored,
    /// The armour or the packets inside it could not be read, or they are not one public key.
    #[error("unreadable OpenPGP data: {0}")]
    Unreadable(UnreadableData),
    /// The key has no component (primary key or subkey) that is allowed to encrypt.
    #[error("the OpenPGP key has no valid encryption key (neither its primary key nor a subkey)")]
    NoEncryptionKey,
    /// The key, or every encryption-capable part of it, has expired.
    #[error("the OpenPGP key has expired (or every encryption subkey of it has)")]
    Expired,
    /// The key, or every encryption-capable part of it, has been revoked by its owner.
    #[error("the OpenPGP key has been revoked (or every encryption subkey of it has)")]
    Revoked,
    /// Encryption itself failed (including: no recipients given).
    #[error("OpenPGP encryption failed: {0}")]
    Encrypt(String),
}

/// What is wrong with OpenPGP data that cannot be read, in words that say what to give instead.
#[derive(Debug, thiserror::Error)]
pub enum UnreadableData {
    /// rPGP reads only the first armour block, so a second one would be silently ignored.
    #[error("the text holds more than one armour block; give one key per recipient")]
    SeveralArmourBlocks,
    /// A secret key must never be configured: only the recipient's public key.
    #[error("this is a secret (private) key; configure the recipient's public key only")]
    SecretKey,
    /// Some other armour block (a message, a signature), with its BEGIN line.
    #[error("expected a public key block, found {0:?}")]
    NotAPublicKey(String),
    /// The armour is well formed but holds no key.
    #[error("the armour holds no public key")]
    NoPublicKey,
    /// One recipient, one key.
    #[error("the armour holds more than one public key; give one key per recipient")]
    SeveralPublicKeys,
    /// No self-signature by the primary key verifies, so nothing about the key can be trusted.
    #[error("the key has no valid self-signature")]
    NoSelfSignature,
    /// rPGP could not parse the armour or the packets.
    #[error("{0}")]
    Packets(pgp::errors::Error),
    /// A test message could not be decrypted (test support only).
    #[error("decrypt: {0}")]
    Decrypt(pgp::errors::Error),
    /// A decrypted test message could not be read (test support only).
    #[error("decrypt: {0}")]
    DecryptedData(std::io::Error),
}

/// A recipient's public key, parsed and checked once at start-up.
#[derive(Clone)]
pub struct RecipientKey {
    key: SignedPublicKey,
    /// Components allowed to encrypt, with their verified validity period (expired or not).
    candidates: Vec<Candidate>,
    /// The key is revoked, or every encryption component of it is.
    revoked: bool,
    /// The trial encryption failed: this build cannot encrypt to the key's algorithm.
    unsupported: bool,
    /// The file it was read from, relative to the configuration folder, for operators.
    file: Option<String>,
}

/// Whether a key can be encrypted to at a given moment. Decided from the verified
/// self-signatures only; never from anything the key's owner did not sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyState {
    /// It can be encrypted to, until `expires` (`None`: no expiry).
    Usable {
        /// When the last encryption component of it expires.
        expires: Option<SystemTime>,
    },
    /// Every encryption component has expired.
    Expired,
    /// Its owner revoked it (or every encryption component of it).
    Revoked,
    /// It has no encryption component, or none this build can encrypt to.
    Unusable,
}

impl std::fmt::Debug for RecipientKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecipientKey")
            .field("fingerprint", &self.fingerprint())
            .field("encryption_keys", &self.candidates.len())
            .field("revoked", &self.revoked)
            .finish()
    }
}

/// One encryption-capable component of a key, as established from verified self-signatures.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    /// `None` for the primary key, otherwise the index into `public_subkeys`.
    subkey: Option<usize>,
    created: SystemTime,
    /// The earliest of this component's and the primary key's expiry, if any.
    expires: Option<SystemTime>,
}

impl Candidate {
    fn usable_at(&self, now: SystemTime) -> bool {
        self.expires.is_none_or(|end| now < end)
    }
}

impl RecipientKey {
    /// Parses an ASCII-armoured OpenPGP public key (a "-----BEGIN PGP PUBLIC KEY BLOCK-----" file).
    ///
    /// Verifies the self-signatures and finds the encryption components, and performs one trial
    /// encryption so that an algorithm this build cannot use is known now rather than when a
    /// concern is sent. A revoked, expired or unusable key is read all the same (see
    /// [`RecipientKey::state_at`]); a file holding a secret key, a message or several keys, or
    /// a key with no valid self-signature, is refused.
    pub fn from_armored(text: &str) -> Result<RecipientKey, PgpError> {
        let mut blocks = text
            .lines()
            .map(str::trim)
            .filter(|line| line.starts_with("-----BEGIN PGP "));
        let Some(begin) = blocks.next() else {
            return Err(PgpError::NotArmored);
        };
        // rPGP reads only the first armour block, so a second one would be silently ignored.
        if blocks.next().is_some() {
            return Err(PgpError::Unreadable(UnreadableData::SeveralArmourBlocks));
        }
        if begin.contains("PRIVATE KEY") {
            return Err(PgpError::Unreadable(UnreadableData::SecretKey));
        }
        if begin != "-----BEGIN PGP PUBLIC KEY BLOCK-----" {
            return Err(PgpError::Unreadable(UnreadableData::NotAPublicKey(
                begin.to_owned(),
            )));
        }

        let (mut keys, _headers) = SignedPublicKey::from_string_many(text)
            .map_err(|e| PgpError::Unreadable(UnreadableData::Packets(e)))?;
        let key = keys
            .next()
            .ok_or(PgpError::Unreadable(UnreadableData::NoPublicKey))?
            .map_err(|e| PgpError::Unreadable(UnreadableData::Packets(e)))?;
        match keys.next() {
            None => {}
            Some(Ok(_)) => {
                return Err(PgpError::Unreadable(UnreadableData::SeveralPublicKeys));
            }
            Some(Err(e)) => return Err(PgpError::Unreadable(UnreadableData::Packets(e))),
        }

        let mut recipient = Self::read(key)?;
        if let Some(newest) = recipient.candidates.iter().max_by_key(|c| c.created) {
            let target = recipient.target(newest);
            recipient.unsupported = encrypt_to(b"", &[(target, &recipient)]).is_err();
        }
        Ok(recipient)
    }

    /// Whether the key can be encrypted to at `now`, and until when.
    pub fn state_at(&self, now: SystemTime) -> KeyState {
        if self.revoked {
            return KeyState::Revoked;
        }
        if self.candidates.is_empty() || self.unsupported {
            return KeyState::Unusable;
        }
        let mut usable = self.candidates.iter().filter(|c| c.usable_at(now)).peekable();
        if usable.peek().is_none() {
            return KeyState::Expired;
        }
        let mut latest = Some(SystemTime::UNIX_EPOCH);
        for candidate in usable {
            latest = match (latest, candidate.expires) {
                (Some(a), Some(b)) => Some(a.max(b)),
                _ => None,
            };
        }
        KeyState::Usable { expires: latest }
    }

    /// The same key, noted as read from `file` (relative to the configuration folder), so that
    /// `signpost check` and the log can name the file to replace.
    pub fn read_from(self, file: &str) -> RecipientKey {
        RecipientKey {
            file: Some(file.to_owned()),
            ..self
        }
    }

    /// The file the key was read from, if it came from one.
    pub fn file(&self) -> Option<&str> {
        self.file.as_deref()
    }

    /// The primary key's fingerprint, upper-case hex, for `signpost check` and logs.
    pub fn fingerprint(&self) -> String {
        format!("{:X}", self.key.fingerprint())
    }

    /// When the last usable encryption key expires (`None`: never, or not usable now).
    pub fn expires_at(&self) -> Option<SystemTime> {
        match self.state_at(SystemTime::now()) {
            KeyState::Usable { expires } => expires,
            _ => None,
        }
    }

    /// Verifies self-signatures and finds the encryption-capable components, expired or not.
    fn read(key: SignedPublicKey) -> Result<RecipientKey, PgpError> {
        let primary = &key.primary_key;

        // A key revocation issued by the key itself ends all use of the key.
        let key_revoked = key
            .details
            .revocation_signatures
            .iter()
            .any(|sig| issued_by_primary(sig, &key) && sig.verify_key(primary).is_ok());

        // The newest valid self-signature over the primary key: a direct-key signature or a
        // self-certification of one of its User IDs (third-party certifications are skipped).
        let direct = key
            .details
            .direct_signatures
            .iter()
            .filter(|sig| sig.typ() == Some(SignatureType::Key))
            .filter(|sig| issued_by_primary(sig, &key) && sig.verify_key(primary).is_ok());
        let certifications = key.details.users.iter().flat_map(|user| {
            user.signatures
                .iter()
                .filter(|sig| sig.typ() != Some(SignatureType::CertRevocation))
                .filter(|sig| {
                    issued_by_primary(sig, &key)
                        && sig.verify_certification(primary, Tag::UserId, &user.id).is_ok()
                })
        });
        let primary_sig = newest(direct.chain(certifications))
            .ok_or(PgpError::Unreadable(UnreadableData::NoSelfSignature))?;
        let primary_created = SystemTime::from(primary.created_at());
        let primary_expires = component_expiry(primary_created, primary_sig);

        let mut candidates = Vec::new();
        if can_encrypt(primary_sig) && primary.algorithm().can_encrypt() {
            candidates.push(Candidate {
                subkey: None,
                created: primary_created,
                expires: primary_expires,
            });
        }

        let mut revoked_encryption_subkey = false;
        for (index, subkey) in key.public_subkeys.iter().enumerate() {
            let valid: Vec<&Signature> = subkey
                .signatures
                .iter()
                .filter(|sig| {
                    issued_by_primary(sig, &key) && sig.verify_subkey_binding(primary, &subkey.key).is_ok()
                })
                .collect();
            let Some(binding) = newest(
                valid
                    .iter()
                    .copied()
                    .filter(|sig| sig.typ() == Some(SignatureType::SubkeyBinding)),
            ) else {
                continue;
            };
            if !can_encrypt(binding) || !subkey.key.algorithm().can_encrypt() {
                continue;
            }
            if valid
                .iter()
                .any(|sig| sig.typ() == Some(SignatureType::SubkeyRevocation))
            {
                revoked_encryption_subkey = true;
                continue;
            }
            let created = SystemTime::from(subkey.key.created_at());
            let expires = match (component_expiry(created, binding), primary_expires) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            candidates.push(Candidate {
                subkey: Some(index),
                created,
                expires,
            });
        }

        Ok(RecipientKey {
            revoked: key_revoked || (candidates.is_empty() && revoked_encryption_subkey),
            key,
            candidates,
            unsupported: false,
            file: None,
        })
    }

    /// The component to encrypt to at `now`: the newest one not expired, of a key that is
    /// neither revoked nor unusable.
    fn encryption_key(&self, now: SystemTime) -> Result<EncryptTo<'_>, PgpError> {
        match self.state_at(now) {
            KeyState::Usable { .. } => {}
            KeyState::Expired => return Err(PgpError::Expired),
            KeyState::Revoked => return Err(PgpError::Revoked),
            KeyState::Unusable => return Err(PgpError::NoEncryptionKey),
        }
        let chosen = self
            .candidates
            .iter()
            .filter(|c| c.usable_at(now))
            .max_by_key(|c| c.created)
            .ok_or(PgpError::Expired)?;
        Ok(self.target(chosen))
    }

    fn target(&self, candidate: &Candidate) -> EncryptTo<'_> {
        match candidate.subkey {
            None => EncryptTo::Primary(&self.key),
            Some(index) => EncryptTo::Subkey(&self.key.public_subkeys[index]),
        }
    }
}

/// The component a session key is encrypted to.
enum EncryptTo<'a> {
    Primary(&'a SignedPublicKey),
    Subkey(&'a SignedPublicSubKey),
}

/// Encrypts `plain` to every key (one message readable by each), returning the ASCII-armoured
/// OpenPGP message ("-----BEGIN PGP MESSAGE-----"), under a fresh random session key drawn from
/// rand's OS-seeded thread RNG.
///
/// `plain` is taken as binary data, byte for byte: for PGP/MIME it is the whole inner MIME entity
/// (headers and body, CRLF line endings). Fails with [`PgpError::Encrypt`] when `keys` is empty,
/// and with [`PgpError::Expired`], [`PgpError::Revoked`] or [`PgpError::NoEncryptionKey`] when a
/// key cannot be encrypted to now: never does it leave a recipient out.
pub fn encrypt(plain: &[u8], keys: &[&RecipientKey]) -> Result<String, PgpError> {
    let now = SystemTime::now();
    let targets = keys
        .iter()
        .map(|key| Ok((key.encryption_key(now)?, *key)))
        .collect::<Result<Vec<_>, PgpError>>()?;
    encrypt_to(plain, &targets)
}

/// Encrypts `plain` to each chosen component.
fn encrypt_to(plain: &[u8], targets: &[(EncryptTo<'_>, &RecipientKey)]) -> Result<String, PgpError> {
    if targets.is_empty() {
        return Err(PgpError::Encrypt("no recipient keys given".into()));
    }
    // ThreadRng: a CSPRNG seeded from the operating system (rand 0.8, as rPGP 0.21 expects).
    let mut rng = rand::thread_rng();
    let mut builder =
        MessageBuilder::from_bytes("", plain.to_vec()).seipd_v1(&mut rng, SymmetricKeyAlgorithm::AES256);
    for (target, key) in targets {
        let added = match target {
            EncryptTo::Primary(primary) => builder.encrypt_to_key(&mut rng, *primary),
            EncryptTo::Subkey(subkey) => builder.encrypt_to_key(&mut rng, *subkey),
        };
        added.map_err(|e| PgpError::Encrypt(format!("to key {}: {e}", key.fingerprint())))?;
    }
    builder
        .to_armored_string(&mut rng, ArmorOptions::default())
        .map_err(|e| PgpError::Encrypt(e.to_string()))
}

/// Whether `sig` names the primary key as its issuer (or names no issuer at all, in which case
/// only verification can tell). Saves verifying third-party signatures that cannot match.
fn issued_by_primary(sig: &Signature, key: &SignedPublicKey) -> bool {
    let fingerprints = sig.issuer_fingerprint();
    if !fingerprints.is_empty() {
        let own = key.fingerprint();
        return fingerprints.into_iter().any(|fp| *fp == own);
    }
    let ids = sig.issuer_key_id();
    if !ids.is_empty() {
        let own = key.legacy_key_id();
        return ids.into_iter().any(|id| *id == own);
    }
    true
}

/// The most recently created signature of `sigs`.
fn newest<'a>(sigs: impl Iterator<Item = &'a Signature>) -> Option<&'a Signature> {
    sigs.max_by_key(|sig| sig.created().map_or(0, Timestamp::as_secs))
}

/// Whether a self-signature grants an encryption key flag (communications or storage).
fn can_encrypt(sig: &Signature) -> bool {
    let flags = sig.key_flags();
    flags.encrypt_comms() || flags.encrypt_storage()
}

/// When the component created at `created` expires according to its self-signature `sig`:
/// the key expiration time (counted from the key's creation; zero means never), or the
/// signature's own expiration time (counted from the signature's creation), whichever is first.
fn component_expiry(created: SystemTime, sig: &Signature) -> Option<SystemTime> {
    let key_end = sig.key_expiration_time().and_then(seconds).map(|d| created + d);
    let sig_end = match (sig.created(), sig.signature_expiration_time().and_then(seconds)) {
        (Some(made), Some(d)) => Some(SystemTime::from(made) + d),
        _ => None,
    };
    match (key_end, sig_end) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// An OpenPGP duration as a standard one; zero (meaning "never") as `None`.
fn seconds(d: PgpDuration) -> Option<Duration> {
    (d.as_secs() != 0).then(|| Duration::from(d))
}

/// Test support: generating key pairs and decrypting what [`encrypt`] produced, so that
/// integration tests can check what an SMTP server received. Compiled only for tests
/// (`cfg(test)`, or the `test-support` feature the integration tests turn on), never into the
/// release binary.
#[cfg(any(test, feature = "test-support"))]
pub mod test_support;

#[cfg(test)]
mod tests;
