//! Test support: generating key pairs (current, expiring or expired, revoked) and decrypting
//! what [`super::encrypt`] produced, so that integration tests (which see only the public API)
//! can check what an SMTP server received. Not for production use: the secret keys are
//! generated unprotected, in memory.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use pgp::{
    composed::{
        ArmorOptions, Deserializable, EncryptionCaps, KeyType, Message, SecretKeyParamsBuilder,
        SignedPublicKey, SignedSecretKey, SubkeyParamsBuilder,
    },
    crypto::{ecc_curve::ECCCurve, hash::HashAlgorithm},
    packet::{KeyFlags, SignatureConfig, SignatureType, Subpacket, SubpacketData},
    types::{Duration as PgpDuration, KeyDetails, Password, Timestamp},
};

use super::{PgpError, UnreadableData};

/// A generated secret key, able to decrypt messages encrypted to its public half.
#[derive(Debug)]
pub struct TestSecretKey(pub(crate) SignedSecretKey);

/// Generates a v4 key pair like GnuPG's default: an Ed25519 primary key (certify, sign) and
/// an X25519 (ECDH, Curve25519) subkey for encryption, with the User ID `user_id`.
///
/// Returns the ASCII-armoured public key, for [`super::RecipientKey::from_armored`], and
/// the secret key.
///
/// # Panics
/// If rPGP fails to generate the key (it does not, for these parameters).
pub fn generate_key_pair(user_id: &str) -> (String, TestSecretKey) {
    let secret = generate(user_id, vec![encryption_subkey(Timestamp::now())]);
    (armored_public(&secret), TestSecretKey(secret))
}

/// Generates a key pair like [`generate_key_pair`] whose encryption subkey expires at
/// `expires` (to the second), in the past or the future. The subkey is made a day before
/// `expires` (or a day before now, if that is earlier), and its binding signature says how long
/// it lives, as `gpg --quick-set-expire` would.
///
/// # Panics
/// If `expires` is before 1970 plus a day, or rPGP fails.
pub fn generate_key_pair_expiring(user_id: &str, expires: SystemTime) -> (String, TestSecretKey) {
    let unix = |at: SystemTime| at.duration_since(UNIX_EPOCH).expect("after 1970").as_secs();
    let end = unix(expires);
    let made = end.min(unix(SystemTime::now())) - 86_400;
    let made_at = Timestamp::from_secs(u32::try_from(made).expect("before 2106"));
    let secret = generate(user_id, vec![encryption_subkey(made_at)]);
    let mut key = secret.to_public_key();
    let lifetime = u32::try_from(end - made).expect("a lifetime that fits");
    let mut flags = KeyFlags::default();
    flags.set_encrypt_comms(true);
    flags.set_encrypt_storage(true);
    let binding = self_signature(
        SignatureType::SubkeyBinding,
        &secret,
        vec![
            SubpacketData::KeyFlags(flags),
            SubpacketData::KeyExpirationTime(PgpDuration::from_secs(lifetime)),
        ],
    )
    .sign_subkey_binding(
        &secret.primary_key,
        &key.primary_key,
        &Password::empty(),
        &key.public_subkeys[0].key,
    )
    .expect("sign binding");
    key.public_subkeys[0].signatures = vec![binding];
    let armored = key.to_armored_string(ArmorOptions::default()).expect("armour");
    (armored, TestSecretKey(secret))
}

/// The public key `public` (ASCII-armoured) with a key revocation signature by `secret` added,
/// as its owner would publish it after `gpg --gen-revoke` and import.
///
/// # Panics
/// If `public` is not `secret`'s public key in armour, or rPGP fails.
pub fn revoked(public: &str, secret: &TestSecretKey) -> String {
    let (mut key, _) = SignedPublicKey::from_string(public).expect("an armoured public key");
    let revocation = self_signature(SignatureType::KeyRevocation, &secret.0, vec![])
        .sign_key(&secret.0.primary_key, &Password::empty(), &key.primary_key)
        .expect("sign revocation");
    key.details.revocation_signatures.push(revocation);
    key.to_armored_string(ArmorOptions::default()).expect("armour")
}

/// An X25519 (ECDH) encryption subkey made at `created`.
fn encryption_subkey(created: Timestamp) -> pgp::composed::SubkeyParams {
    SubkeyParamsBuilder::default()
        .key_type(KeyType::ECDH(ECCCurve::Curve25519Legacy))
        .can_encrypt(EncryptionCaps::All)
        .created_at(created)
        .build()
        .expect("encryption subkey parameters")
}

/// Generates an Ed25519 key with the given subkeys. The primary key is made three days ago, so
/// that it is older than any subkey the helpers here backdate.
pub(crate) fn generate(user_id: &str, subkeys: Vec<pgp::composed::SubkeyParams>) -> SignedSecretKey {
    let three_days_ago = SystemTime::now() - Duration::from_secs(3 * 86_400);
    let seconds = three_days_ago
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs();
    SecretKeyParamsBuilder::default()
        .key_type(KeyType::Ed25519Legacy)
        .can_certify(true)
        .can_sign(true)
        .primary_user_id(user_id.into())
        .created_at(Timestamp::from_secs(u32::try_from(seconds).expect("before 2106")))
        .subkeys(subkeys)
        .build()
        .expect("key parameters")
        .generate(rand::thread_rng())
        .expect("key generation")
}

/// The public half of `secret`, ASCII-armoured.
pub(crate) fn armored_public(secret: &SignedSecretKey) -> String {
    secret
        .to_public_key()
        .to_armored_string(ArmorOptions::default())
        .expect("armouring a public key")
}

/// A fresh v4 self-signature config from `secret`'s primary key with the given subpackets.
pub(crate) fn self_signature(
    typ: SignatureType,
    secret: &SignedSecretKey,
    extra: Vec<SubpacketData>,
) -> SignatureConfig {
    let mut config = SignatureConfig::v4(typ, secret.algorithm(), HashAlgorithm::Sha256);
    config.hashed_subpackets = [
        SubpacketData::SignatureCreationTime(Timestamp::now()),
        SubpacketData::IssuerFingerprint(secret.fingerprint()),
    ]
    .into_iter()
    .chain(extra)
    .map(|data| Subpacket::regular(data).expect("subpacket"))
    .collect();
    config
}

impl TestSecretKey {
    /// Decrypts an ASCII-armoured OpenPGP message and returns its literal data, after
    /// checking its integrity. Any failure is reported as [`PgpError::Unreadable`].
    pub fn decrypt(&self, armored_message: &str) -> Result<Vec<u8>, PgpError> {
        let fail = |e| PgpError::Unreadable(UnreadableData::Decrypt(e));
        let (message, _headers) = Message::from_string(armored_message).map_err(fail)?;
        let mut message = message.decrypt(&Password::empty(), &self.0).map_err(fail)?;
        if message.is_compressed() {
            message = message.decompress().map_err(fail)?;
        }
        message
            .as_data_vec()
            .map_err(|e| PgpError::Unreadable(UnreadableData::DecryptedData(e)))
    }
}
