//! Tests of reading recipients' keys and encrypting to them, with keys rPGP generates.

use pgp::{
    composed::{EncryptionCaps, KeyType, SubkeyParamsBuilder},
    types::KeyDetails,
};

use super::test_support::{
    TestSecretKey, armored_public, generate, generate_key_pair, generate_key_pair_expiring, revoked,
};
use super::*;

const TEXT: &str = "Sorge um ein Kind – signalé à l’équipe: ребёнок в опасности 🚸\r\n";

#[test]
fn encrypts_to_a_generated_key_and_decrypts_back() {
    let (public, secret) = generate_key_pair("Hotline <hotline@example.org>");
    assert!(public.starts_with("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
    let key = RecipientKey::from_armored(&public).expect("parse generated key");

    let message = encrypt(TEXT.as_bytes(), &[&key]).expect("encrypt");
    assert!(message.starts_with("-----BEGIN PGP MESSAGE-----"));
    assert!(!message.contains("Sorge"), "the text must not appear in clear");
    let plain = secret.decrypt(&message).expect("decrypt");
    assert_eq!(String::from_utf8(plain).expect("UTF-8"), TEXT);

    // A fresh session key each time: the same text never gives the same message.
    assert_ne!(message, encrypt(TEXT.as_bytes(), &[&key]).expect("encrypt"));
}

#[test]
fn encrypts_to_the_encryption_subkey() {
    let (public, secret) = generate_key_pair("Hotline <hotline@example.org>");
    let key = RecipientKey::from_armored(&public).expect("parse");
    let subkey = &secret.0.secret_subkeys[0];
    match key.encryption_key(SystemTime::now()).expect("usable") {
        EncryptTo::Subkey(chosen) => assert_eq!(chosen.fingerprint(), subkey.fingerprint()),
        EncryptTo::Primary(_) => panic!("the Ed25519 primary cannot encrypt"),
    }
}

#[test]
fn fingerprint_is_upper_case_hex_of_the_primary_key() {
    let (public, secret) = generate_key_pair("Hotline <hotline@example.org>");
    let key = RecipientKey::from_armored(&public).expect("parse");
    let fingerprint = key.fingerprint();
    assert_eq!(fingerprint.len(), 40, "v4 fingerprint: {fingerprint}");
    assert!(fingerprint.chars().all(|c| matches!(c, '0'..='9' | 'A'..='F')));
    assert_eq!(fingerprint, format!("{:X}", secret.0.fingerprint()));
    assert_eq!(key.expires_at(), None);
}

#[test]
fn two_recipients_can_each_decrypt() {
    let (public_a, secret_a) = generate_key_pair("A <a@example.org>");
    let (public_b, secret_b) = generate_key_pair("B <b@example.org>");
    let a = RecipientKey::from_armored(&public_a).expect("parse a");
    let b = RecipientKey::from_armored(&public_b).expect("parse b");

    let message = encrypt(TEXT.as_bytes(), &[&a, &b]).expect("encrypt");
    for secret in [&secret_a, &secret_b] {
        assert_eq!(secret.decrypt(&message).expect("decrypt"), TEXT.as_bytes());
    }
    let (_, stranger) = generate_key_pair("C <c@example.org>");
    assert!(matches!(stranger.decrypt(&message), Err(PgpError::Unreadable(_))));
}

#[test]
fn x25519_subkey_of_rfc_9580_works_too() {
    let encryption = SubkeyParamsBuilder::default()
        .key_type(KeyType::X25519)
        .can_encrypt(EncryptionCaps::Communication)
        .build()
        .expect("params");
    let secret = generate("X <x@example.org>", vec![encryption]);
    let key = RecipientKey::from_armored(&armored_public(&secret)).expect("parse");
    let message = encrypt(TEXT.as_bytes(), &[&key]).expect("encrypt");
    let plain = TestSecretKey(secret).decrypt(&message).expect("decrypt");
    assert_eq!(plain, TEXT.as_bytes());
}

#[test]
fn a_key_that_cannot_encrypt_is_read_as_unusable() {
    let signing_only = generate("Signer <s@example.org>", vec![]);
    let key = RecipientKey::from_armored(&armored_public(&signing_only)).expect("read");
    assert_eq!(key.state_at(SystemTime::now()), KeyState::Unusable);
    let err = encrypt(TEXT.as_bytes(), &[&key]).unwrap_err();
    assert!(matches!(err, PgpError::NoEncryptionKey), "{err:?}");
    assert!(err.to_string().contains("no valid encryption key"));
}

#[test]
fn garbage_and_wrong_blocks_are_refused_clearly() {
    let err = RecipientKey::from_armored("hello, not a key").unwrap_err();
    assert!(matches!(err, PgpError::NotArmored), "{err:?}");
    assert!(err.to_string().contains("BEGIN PGP PUBLIC KEY BLOCK"));

    let err = RecipientKey::from_armored(
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nbm90IGEga2V5\n-----END PGP PUBLIC KEY BLOCK-----\n",
    )
    .unwrap_err();
    assert!(matches!(err, PgpError::Unreadable(_)), "{err:?}");

    let (public, _) = generate_key_pair("T <t@example.org>");
    let truncated = &public[..public.len() / 2];
    assert!(matches!(
        RecipientKey::from_armored(truncated),
        Err(PgpError::Unreadable(_))
    ));

    let (_, secret) = generate_key_pair("T <t@example.org>");
    let private = secret
        .0
        .to_armored_string(pgp::composed::ArmorOptions::default())
        .expect("armour");
    let err = RecipientKey::from_armored(&private).unwrap_err();
    assert!(err.to_string().contains("secret (private) key"), "{err}");

    let message = "-----BEGIN PGP MESSAGE-----\n\nwcBMA0\n-----END PGP MESSAGE-----\n";
    assert!(matches!(
        RecipientKey::from_armored(message),
        Err(PgpError::Unreadable(_))
    ));

    let two = format!("{public}\n{}", generate_key_pair("U <u@example.org>").0);
    let err = RecipientKey::from_armored(&two).unwrap_err();
    assert!(err.to_string().contains("more than one"), "{err}");
}

#[test]
fn no_recipients_is_an_error_not_cleartext() {
    assert!(matches!(encrypt(TEXT.as_bytes(), &[]), Err(PgpError::Encrypt(_))));
}

#[test]
fn a_revoked_key_is_read_but_never_encrypted_to() {
    let (public, secret) = generate_key_pair("R <r@example.org>");
    let key = RecipientKey::from_armored(&revoked(&public, &secret)).expect("read");
    assert_eq!(key.state_at(SystemTime::now()), KeyState::Revoked);
    let err = encrypt(TEXT.as_bytes(), &[&key]).unwrap_err();
    assert!(matches!(err, PgpError::Revoked), "{err:?}");
}

#[test]
fn a_key_expiring_later_is_usable_until_then_and_expired_after() {
    let in_five_days = SystemTime::now() + Duration::from_secs(5 * 86_400);
    let (public, secret) = generate_key_pair_expiring("S <s@example.org>", in_five_days);
    let key = RecipientKey::from_armored(&public).expect("read");
    let expires = match key.state_at(SystemTime::now()) {
        KeyState::Usable { expires: Some(at) } => at,
        other => panic!("usable with an expiry, not {other:?}"),
    };
    let off_by = expires
        .duration_since(in_five_days)
        .unwrap_or_else(|e| e.duration());
    assert!(off_by <= Duration::from_secs(1), "to the second: {off_by:?}");
    assert_eq!(key.state_at(expires), KeyState::Expired, "expiry is exclusive");
    let message = encrypt(TEXT.as_bytes(), &[&key]).expect("encrypt before expiry");
    assert_eq!(secret.decrypt(&message).expect("decrypt"), TEXT.as_bytes());
}

#[test]
fn an_expired_encryption_subkey_is_read_but_never_encrypted_to() {
    // A subkey made two days ago whose binding says it lived for one day.
    let yesterday = SystemTime::now() - Duration::from_secs(86_400);
    let (expired, _) = generate_key_pair_expiring("E <e@example.org>", yesterday);
    let key = RecipientKey::from_armored(&expired).expect("read");
    assert_eq!(key.state_at(SystemTime::now()), KeyState::Expired);
    let err = encrypt(TEXT.as_bytes(), &[&key]).unwrap_err();
    assert!(matches!(err, PgpError::Expired), "{err:?}");

    let (public, _) = generate_key_pair_expiring("F <f@example.org>", SystemTime::now());
    let key = RecipientKey::from_armored(&public).expect("read");
    assert_eq!(key.state_at(SystemTime::now()), KeyState::Expired);
}

#[test]
fn expiry_counts_from_key_creation_and_zero_means_never() {
    let (_, secret) = generate_key_pair("Z <z@example.org>");
    let sig = &secret.0.details.users[0].signatures[0];
    assert_eq!(component_expiry(SystemTime::UNIX_EPOCH, sig), None);
}

#[test]
fn recipient_keys_can_be_shared_across_tasks() {
    fn assert_send_sync<T: Send + Sync + 'static>() {}
    assert_send_sync::<RecipientKey>();
    assert_send_sync::<PgpError>();
}
