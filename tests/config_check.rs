//! `signpost check` and the configuration loader: the bundled configuration passes, and each
//! way of breaking it is refused with the file and key named.

use std::path::{Path, PathBuf};
use std::process::Command;

use signpost::config::{self, ConfigSource};
use signpost::routing::directory::Role;

#[path = "support/config_copy.rs"]
mod config_copy;

use config_copy::config_copy;

fn bundled_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("config")
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains(from),
        "{file} should contain {from:?} for this test to mean anything"
    );
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Loads the broken copy and returns every error message.
fn errors_after(change: impl FnOnce(&Path)) -> Vec<String> {
    let dir = config_copy();
    change(dir.path());
    match config::load(
        &ConfigSource::Folder(dir.path().to_path_buf()),
        std::iter::empty(),
    ) {
        Ok(_) => panic!("the broken configuration was accepted"),
        Err(e) => e.errors.iter().map(ToString::to_string).collect(),
    }
}

fn assert_named(errors: &[String], file: &str, key: &str) {
    assert!(
        errors.iter().any(|e| e.starts_with(file) && e.contains(key)),
        "expected an error in {file} naming {key:?}, got:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_bundled_configuration_loads_with_no_errors() {
    let loaded = config::load(&ConfigSource::Bundled, std::iter::empty()).expect("bundled config loads");
    assert!(loaded.router.directory().countries().count() >= 200);
}

#[test]
fn the_folder_and_the_bundled_copy_are_the_same_configuration() {
    let bundled = config::load(&ConfigSource::Bundled, std::iter::empty()).unwrap();
    let folder = config::load(&ConfigSource::Folder(bundled_folder()), std::iter::empty()).unwrap();
    assert_eq!(
        bundled.router.directory().services().count(),
        folder.router.directory().services().count()
    );
}

#[test]
fn an_unknown_key_names_its_file_and_line() {
    let errors = errors_after(|root| {
        edit(
            root,
            "directory/gb.toml",
            "[[service]]\n",
            "[[service]]\nwebsite = \"x\"\n",
        )
    });
    assert_named(&errors, "directory/gb.toml", "website");
}

#[test]
fn an_unknown_role_names_the_rule_step() {
    let errors = errors_after(|root| {
        edit(
            root,
            "rules.toml",
            "roles = [\"csam-hotline\"]",
            "roles = [\"csam-hotlin\"]",
        )
    });
    assert_named(&errors, "rules.toml", "roles");
    assert!(
        errors.iter().any(|e| e.contains("csam-hotline")),
        "the message lists the valid roles: {errors:?}"
    );
}

#[test]
fn an_unknown_kind_names_the_service() {
    let errors = errors_after(|root| {
        edit(
            root,
            "directory/us.toml",
            "kind = \"emergency\"",
            "kind = \"emergencies\"",
        )
    });
    assert_named(&errors, "directory/us.toml", ".kind");
}

#[test]
fn a_duplicate_id_names_both_places() {
    let errors = errors_after(|root| {
        edit(
            root,
            "directory/fr.toml",
            "id = \"fr-emergency\"",
            "id = \"de-emergency\"",
        )
    });
    assert!(
        errors
            .iter()
            .any(|e| e.contains("de-emergency") && e.contains("twice")),
        "{errors:?}"
    );
}

#[test]
fn an_id_with_the_wrong_country_prefix_is_refused() {
    let errors = errors_after(|root| {
        edit(
            root,
            "directory/fr.toml",
            "id = \"fr-emergency\"",
            "id = \"xx-emergency\"",
        )
    });
    assert_named(&errors, "directory/fr.toml", "must start with \"fr-\"");
}

#[test]
fn a_malformed_phone_number_names_the_key() {
    let errors = errors_after(|root| {
        edit(
            root,
            "directory/gb.toml",
            "phone = \"999\"",
            "phone = \"nine nine nine\"",
        )
    });
    assert_named(&errors, "directory/gb.toml", ".phone");
}

#[test]
fn a_malformed_e164_names_the_key() {
    let errors = errors_after(|root| edit(root, "directory/gb.toml", "e164 = \"+44", "e164 = \"44"));
    assert_named(&errors, "directory/gb.toml", ".e164");
}

#[test]
fn an_unassigned_country_file_is_refused() {
    let errors = errors_after(|root| {
        std::fs::copy(root.join("directory/gb.toml"), root.join("directory/zz.toml"))
            .map(drop)
            .unwrap()
    });
    assert_named(
        &errors,
        "directory/zz.toml",
        "not an assigned ISO 3166-1 country code",
    );
}

#[test]
fn a_country_key_that_disagrees_with_the_file_name_is_refused() {
    let errors = errors_after(|root| edit(root, "directory/gb.toml", "country = \"GB\"", "country = \"IE\""));
    assert_named(&errors, "directory/gb.toml", "country");
}

#[test]
fn a_missing_source_is_refused() {
    let errors = errors_after(|root| {
        let path = root.join("directory/nz.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let without: String = text
            .lines()
            .filter(|l| !l.starts_with("source = "))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(path, without).unwrap();
    });
    assert_named(&errors, "directory/nz.toml", ".source");
}

#[test]
fn a_missing_verified_date_is_refused() {
    let errors = errors_after(|root| edit(root, "directory/au.toml", "verified = 2026-11-28\n", ""));
    assert_named(&errors, "directory/au.toml", ".verified");
}

#[test]
fn a_conflict_without_its_note_is_refused() {
    let errors = errors_after(|root| {
        let path = root.join("directory/ie.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let without: String = text
            .lines()
            .filter(|l| !l.starts_with("confidence_note = "))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(path, without).unwrap();
    });
    assert_named(&errors, "directory/ie.toml", "confidence_note");
}

#[test]
fn a_rule_role_that_some_country_cannot_fill_is_refused() {
    // Nothing in global.toml fills "police", so a police-only step leaves most countries empty.
    let errors = errors_after(|root| {
        edit(
            root,
            "rules.toml",
            "roles = [\"abuse-helpline\", \"police\", \"child-helpline\"]\npolice_door = true\nwhy = \"why-not-sure-adult-abuse-helpline",
            "roles = [\"police\"]\nwhy = \"why-not-sure-adult-abuse-helpline",
        )
    });
    assert_named(&errors, "rules.toml", "not-sure/adult");
    assert!(
        errors.iter().any(|e| e.contains("cannot be filled")),
        "{errors:?}"
    );
}

#[test]
fn a_concern_with_no_rule_is_refused() {
    let errors = errors_after(|root| {
        edit(
            root,
            "rules.toml",
            "reporters = [\"child\"]\n\n[[rule.step]]\nroles = [\"child-helpline\"]\npolice_door = true\nwhy = \"why-not-sure-child-child-helpline",
            "reporters = []\n\n[[rule.step]]\nroles = [\"child-helpline\"]\npolice_door = true\nwhy = \"why-not-sure-child-child-helpline",
        )
    });
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("rules.toml") && e.contains("not-sure") && e.contains("child")),
        "{errors:?}"
    );
}

#[test]
fn a_non_https_address_is_a_warning_not_an_error() {
    let loaded = config::load(&ConfigSource::Bundled, std::iter::empty()).unwrap();
    assert!(
        loaded
            .warnings
            .iter()
            .any(|w| w.key.ends_with(".url") && w.message.contains("not https"))
    );
}

#[test]
fn the_environment_overrides_the_listen_address() {
    let loaded = config::load(
        &ConfigSource::Bundled,
        [("SIGNPOST_SERVER__LISTEN".to_owned(), "127.0.0.1:9999".to_owned())],
    )
    .unwrap();
    assert_eq!(loaded.settings.server.listen.port(), 9999);
}

#[test]
fn an_unknown_settings_key_stops_start_up() {
    let errors =
        errors_after(|root| edit(root, "signpost.toml", "[server]\n", "[server]\nlisten_port = 1\n"));
    assert_named(&errors, "signpost.toml", "listen_port");
}

fn signpost(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_signpost"))
        .args(args)
        .output()
        .expect("the signpost binary runs")
}

#[test]
fn check_passes_on_the_bundled_configuration_and_prints_coverage() {
    let output = signpost(&["check"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("national CSAM hotline"), "{stdout}");
    assert!(stdout.contains("child helpline"), "{stdout}");
    assert!(stdout.contains("emergency number"), "{stdout}");
}

#[test]
fn check_exits_1_and_names_the_file_on_a_broken_configuration() {
    let dir = config_copy();
    edit(
        dir.path(),
        "directory/gb.toml",
        "phone = \"999\"",
        "phone = \"call 999\"",
    );
    let output = signpost(&["check", "--config", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("directory/gb.toml"));
}

#[test]
fn route_refuses_an_unknown_country_listing_what_is_valid_with_exit_2() {
    let output = signpost(&[
        "route",
        "--country",
        "UK",
        "--reporter",
        "adult",
        "--concern",
        "grooming",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("GB"));
    let output = signpost(&[
        "route",
        "--country",
        "GB",
        "--reporter",
        "adult",
        "--concern",
        "csam",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("abuse-imagery"));
    let output = signpost(&[
        "route",
        "--country",
        "GB",
        "--reporter",
        "parent",
        "--concern",
        "grooming",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("adult"));
}

#[test]
fn route_prints_json_in_the_api_shape() {
    let output = signpost(&[
        "route",
        "--country",
        "gb",
        "--reporter",
        "adult",
        "--concern",
        "abuse-imagery",
        "--json",
    ]);
    assert!(output.status.success());
    let plan: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(plan["country"], "GB");
    assert_eq!(plan["concern"], "abuse-imagery");
    assert_eq!(plan["coverage"], "national");
    assert_eq!(plan["steps"][0]["role"], "csam-hotline");
    assert!(
        plan["steps"][0]["service"]["source"]
            .as_str()
            .is_some_and(|s| !s.is_empty())
    );
}

#[test]
fn route_prints_readable_text_with_the_emergency_number_first_in_danger() {
    let output = signpost(&[
        "route",
        "--country",
        "GB",
        "--reporter",
        "child",
        "--concern",
        "grooming",
        "--danger",
    ]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    let first_step = text.split("\n1. ").nth(1).expect("a first step");
    assert!(first_step.starts_with("[emergency]"), "{text}");
    assert!(first_step.contains("999"), "{text}");
}

#[test]
fn a_missing_config_folder_is_refused_before_anything_runs() {
    let output = signpost(&["check", "--config", "/nonexistent/signpost-config"]);
    assert_eq!(output.status.code(), Some(2));
}

fn with_mail(root: &Path, extra: &str) {
    let path = root.join("signpost.toml");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("enabled = false", "enabled = true");
    std::fs::write(&path, format!("{text}{extra}")).unwrap();
}

#[test]
fn mail_settings_are_checked_and_each_error_names_its_key() {
    let errors = errors_after(|root| {
        with_mail(root, "");
        edit(
            root,
            "signpost.toml",
            "smtp_url = \"smtp://127.0.0.1:25\"",
            "smtp_url = \"smtp://mail.example.org:25\"",
        );
        edit(
            root,
            "signpost.toml",
            "address = \"safeguarding@example.org\"",
            "address = \"not an address\"",
        );
    });
    assert_named(&errors, "signpost.toml", "mail.smtp_url");
    assert_named(&errors, "signpost.toml", "mail.recipients[0].address");
}

#[test]
fn a_recipient_key_file_is_read_from_the_config_folder_and_checked() {
    let (public, _secret) = signpost::mail::pgp::test_support::generate_key_pair("DSL <dsl@example.org>");
    let dir = with_recipient_key(&public, "");
    let loaded = config::load(
        &ConfigSource::Folder(dir.path().to_path_buf()),
        std::iter::empty(),
    )
    .expect("loads with the key");
    let mail = loaded.settings.mail.expect("mail is on");
    assert!(mail.recipients[0].key.is_some());
    let output = signpost(&["check", "--config", dir.path().to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("1 with an OpenPGP key"), "{stdout}");

    std::fs::write(dir.path().join("keys/dsl.asc"), "not a key").unwrap();
    let errors = match config::load(
        &ConfigSource::Folder(dir.path().to_path_buf()),
        std::iter::empty(),
    ) {
        Ok(_) => panic!("a broken key file was accepted"),
        Err(e) => e.errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
    };
    assert_named(&errors, "signpost.toml", "mail.recipients[0].pgp_key");

    edit(
        dir.path(),
        "signpost.toml",
        "pgp_key = \"keys/dsl.asc\"",
        "pgp_key = \"../../etc/passwd\"",
    );
    let errors = match config::load(
        &ConfigSource::Folder(dir.path().to_path_buf()),
        std::iter::empty(),
    ) {
        Ok(_) => panic!("a key path outside the folder was accepted"),
        Err(e) => e.errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
    };
    assert!(
        errors
            .iter()
            .any(|e| e.contains("inside the configuration folder")),
        "{errors:?}"
    );
}

#[test]
fn smtp_credentials_come_only_from_the_environment_and_never_show() {
    let env = [
        ("SIGNPOST_MAIL__ENABLED".to_owned(), "true".to_owned()),
        ("SIGNPOST_SMTP_USER".to_owned(), "mailer-user".to_owned()),
        ("SIGNPOST_SMTP_PASSWORD".to_owned(), "pa55-secret-word".to_owned()),
        (
            "SIGNPOST_MAIL__RECIPIENTS".to_owned(),
            "[{name = \"Lead\", address = \"lead@school.example\"}]".to_owned(),
        ),
    ];
    let loaded = config::load(&ConfigSource::Bundled, env).expect("loads");
    let mail = loaded.settings.mail.expect("mail is on");
    assert_eq!(
        mail.recipients[0].address.to_string(),
        "lead@school.example",
        "arrays can be set from the environment"
    );
    let shown = format!("{:?}", mail);
    assert!(
        !shown.contains("pa55-secret-word") && !shown.contains("mailer-user"),
        "{shown}"
    );
    let errors = errors_after(|root| {
        with_mail(root, "");
        edit(root, "signpost.toml", "[mail]\n", "[mail]\npassword = \"x\"\n");
    });
    assert_named(&errors, "signpost.toml", "password");
}

#[test]
fn check_stale_lists_old_and_unconfirmed_entries() {
    let output = signpost(&["check", "--stale", "6m"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.contains("to confirm: 0 not verified since"),
        "every entry was taken on 2026-11-28: {stdout}"
    );
    assert!(
        stdout
            .contains("gb/gb-csam-hotline (Online report of child sexual abuse images/videos): third-party"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("gb/gb-grooming-report (CEOP Safety Centre online report): third-party"),
        "CEOP is own-site: {stdout}"
    );
    let dir = config_copy();
    edit(
        dir.path(),
        "directory/nz.toml",
        "verified = 2026-11-28",
        "verified = 2020-01-01",
    );
    let output = signpost(&["check", "--stale", "1y", "--config", dir.path().to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("to confirm: 1 not verified since"), "{stdout}");
    assert!(stdout.contains("verified 2020-01-01"), "{stdout}");
    let output = signpost(&["check", "--stale", "six months"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_offered_languages_can_be_restricted_and_an_unknown_one_is_refused() {
    let loaded = config::load(
        &ConfigSource::Bundled,
        [("SIGNPOST_PAGES__LANGUAGES".to_owned(), "[]".to_owned())],
    )
    .unwrap();
    let catalogs = &loaded.settings.pages.catalogs;
    assert_eq!(catalogs.offered().len(), 1, "en-GB is always offered");
    assert_eq!(catalogs.catalog(catalogs.offered()[0]).tag(), "en-GB");

    let error = config::load(
        &ConfigSource::Bundled,
        [(
            "SIGNPOST_PAGES__LANGUAGES".to_owned(),
            "[\"en-GB\", \"tlh\"]".to_owned(),
        )],
    )
    .unwrap_err();
    assert!(
        error
            .errors
            .iter()
            .any(|e| e.key == "pages.languages" && e.message.contains("tlh") && e.message.contains("en-GB")),
        "{error}"
    );
}

#[test]
fn a_rule_naming_a_message_the_catalog_lacks_is_refused() {
    let errors = errors_after(|root| {
        edit(
            root,
            "rules.toml",
            "why = \"why-not-sure-child-child-helpline\"",
            "why = \"why-nobody-wrote-this\"",
        )
    });
    assert!(
        errors.iter().any(|e| e.starts_with("rules.toml")
            && e.contains("why-nobody-wrote-this")
            && e.contains("en-GB")),
        "{errors:?}"
    );
}

#[test]
fn a_broken_catalog_names_its_file_and_line() {
    let errors = errors_after(|root| {
        let path = root.join("locales/en-GB/pages.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            text.replace("start-button = Start now", "start-button = { Start now"),
        )
        .unwrap();
    });
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("locales/en-GB/pages.ftl") && e.contains("line")),
        "{errors:?}"
    );
}

#[test]
fn signpost_check_reports_how_complete_each_language_is() {
    let loaded = config::load(&ConfigSource::Bundled, std::iter::empty()).unwrap();
    let report = signpost::cli::catalog_report(&loaded.settings.pages.catalogs);
    assert!(
        report.contains("en-GB") && report.contains("(100%), reviewed, offered"),
        "{report}"
    );
    for tag in ["fr", "de", "es", "nl", "pl", "it", "pt", "ar"] {
        assert!(
            report
                .lines()
                .any(|l| l.trim_start().starts_with(tag) && l.contains("(100%)")),
            "{tag} is shipped complete:\n{report}"
        );
    }
}

/// A copy of the configuration with mail on, the recipient's key in `keys/dsl.asc`, and
/// `extra` lines in `[mail]`.
fn with_recipient_key(armored: &str, extra: &str) -> tempfile::TempDir {
    let dir = config_copy();
    std::fs::create_dir_all(dir.path().join("keys")).unwrap();
    std::fs::write(dir.path().join("keys/dsl.asc"), armored).unwrap();
    with_mail(dir.path(), "");
    edit(
        dir.path(),
        "signpost.toml",
        "address = \"safeguarding@example.org\"",
        "address = \"safeguarding@example.org\"\npgp_key = \"keys/dsl.asc\"",
    );
    let organisation = "organisation = \"your organisation\"";
    edit(
        dir.path(),
        "signpost.toml",
        organisation,
        &format!("{organisation}{extra}"),
    );
    dir
}

#[test]
fn check_warns_of_a_key_expiring_soon_and_fails_on_an_expired_or_revoked_one() {
    use signpost::mail::pgp::test_support::{generate_key_pair, generate_key_pair_expiring, revoked};
    use std::time::{Duration, SystemTime};
    let day = Duration::from_secs(86_400);
    let check = |dir: &tempfile::TempDir| {
        let output = signpost(&["check", "--config", dir.path().to_str().unwrap()]);
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        (output.status.code(), said)
    };

    let (soon, _) = generate_key_pair_expiring("DSL <dsl@example.org>", SystemTime::now() + 5 * day);
    let (code, said) = check(&with_recipient_key(&soon, ""));
    assert_eq!(code, Some(0), "a key expiring soon still works: {said}");
    assert!(
        said.contains("warning: recipient \"Safeguarding lead\" (key file keys/dsl.asc)")
            && said.contains("expires at")
            && said.contains("within 30 days"),
        "{said}"
    );
    let (code, said) = check(&with_recipient_key(&soon, "\nkey_expiry_warning_days = 3"));
    assert_eq!(code, Some(0));
    assert!(
        !said.contains("warning: recipient"),
        "the window is configurable: {said}"
    );

    let (expired, _) = generate_key_pair_expiring("DSL <dsl@example.org>", SystemTime::now() - day);
    let (code, said) = check(&with_recipient_key(&expired, ""));
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains(
            "error: recipient \"Safeguarding lead\" (key file keys/dsl.asc): the OpenPGP key has expired"
        ),
        "{said}"
    );

    let (valid, secret) = generate_key_pair("DSL <dsl@example.org>");
    let (code, said) = check(&with_recipient_key(&revoked(&valid, &secret), ""));
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("Safeguarding lead") && said.contains("revoked"),
        "{said}"
    );
    // Serving the same configuration is not refused: only that recipient is disabled.
    let dir = with_recipient_key(&revoked(&valid, &secret), "");
    let loaded = config::load(
        &ConfigSource::Folder(dir.path().to_path_buf()),
        std::iter::empty(),
    )
    .expect("a revoked key does not stop start-up");
    let mail = loaded.settings.mail.expect("mail is on");
    assert!(
        mail.sendable(SystemTime::now()).is_none(),
        "nobody left to send to"
    );
}

/// The first service of `directory/gb.toml` (999) with this evidence in place of its own
/// (everything from its first `[[service.evidence]]` to the next service).
fn gb_emergency_with(evidence: &str) -> impl FnOnce(&Path) + '_ {
    move |root: &Path| {
        let path = root.join("directory/gb.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let service = text.find("id = \"gb-emergency\"").expect("gb.toml lists 999");
        let from = service
            + text[service..]
                .find("\n[[service.evidence]]")
                .expect("999 carries evidence in the bundled directory");
        let to = from + 1 + text[from + 1..].find("\n[[service]]").unwrap();
        std::fs::write(&path, format!("{}\n{evidence}{}", &text[..from], &text[to..])).unwrap();
    }
}

#[test]
fn evidence_whose_words_do_not_state_the_number_is_refused() {
    let phone = "[[service.evidence]]\nfact = \"phone\"\nexcerpt = \"Call the police on your local emergency number.\"\nsource = \"https://www.iwf.org.uk/faqs/\"\nread = 2026-12-03\n";
    let errors = errors_after(gb_emergency_with(phone));
    assert_named(&errors, "directory/gb.toml", "gb-emergency).evidence[0]");
    assert!(errors.iter().any(|e| e.contains("digits")), "{errors:?}");
}

#[test]
fn a_service_with_neither_evidence_nor_the_missing_mark_is_refused() {
    let errors = errors_after(gb_emergency_with(""));
    assert_named(&errors, "directory/gb.toml", "gb-emergency).evidence");
}

/// `signpost check --stale 1y` over a copy of the bundled configuration with 999's evidence
/// replaced: (its evidence count line, whether 999 is listed as lacking an excerpt).
fn evidence_report_with(evidence: &str) -> (String, bool) {
    let dir = config_copy();
    gb_emergency_with(evidence)(dir.path());
    let output = signpost(&["check", "--stale", "1y", "--config", dir.path().to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{stdout}");
    let count = stdout
        .lines()
        .find(|l| l.starts_with("evidence: "))
        .unwrap_or_else(|| panic!("no evidence line: {stdout}"))
        .to_owned();
    let listed = stdout.contains("gb/gb-emergency (999 emergency number): no excerpt for its phone");
    (count, listed)
}

#[test]
fn evidence_that_states_the_number_is_counted_and_leaves_the_stale_list() {
    let phone = "[[service.evidence]]\nfact = \"phone\"\nexcerpt = \"Call 999 when there is a threat to life\"\nsource = \"https://example.org/999\"\nread = 2026-12-03\n";
    let (with_excerpt, listed_with) = evidence_report_with(phone);
    let (marked_missing, listed_without) = evidence_report_with("evidence = \"missing\"\n");
    assert!(!listed_with, "999 has its evidence");
    assert!(listed_without, "999 marked missing is listed by --stale");
    let carried = |line: &str| -> usize {
        line["evidence: ".len()..]
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert_eq!(
        carried(&with_excerpt),
        carried(&marked_missing) + 1,
        "{with_excerpt} / {marked_missing}"
    );
}

#[test]
fn route_takes_where_it_happened_and_refuses_an_unknown_platform() {
    let base = [
        "route",
        "--country",
        "GB",
        "--reporter",
        "child",
        "--concern",
        "sextortion",
        "--json",
    ];
    let output = signpost(&[&base[..], &["--platform", "snapchat"]].concat());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let plan: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(plan["platform"], "snapchat");
    let roles: Vec<&str> = plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["role"].as_str().unwrap())
        .collect();
    assert!(roles.contains(&"platform"), "{roles:?}");
    let skipped = signpost(&base);
    assert!(!String::from_utf8_lossy(&skipped.stdout).contains("\"platform\""));
    let text = signpost(&[
        "route",
        "--country",
        "GB",
        "--reporter",
        "adult",
        "--concern",
        "grooming",
        "--platform",
        "discord",
    ]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("Report it on Discord too"));
    let output = signpost(&[&base[..], &["--platform", "myspace"]].concat());
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("tiktok") && stderr.contains("not-online"),
        "{stderr}"
    );
}

#[test]
fn check_stale_lists_platforms_read_before_the_window() {
    let output = signpost(&["check", "--stale", "6m"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("platforms to confirm: 0 of "), "{stdout}");
    let dir = config_copy();
    let path = dir.path().join("platforms.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.find("id = \"discord\"").expect("discord is listed");
    let (before, after) = text.split_at(at);
    let after = after.replacen("verified = 2026-12-04", "verified = 2020-01-01", 1);
    std::fs::write(&path, format!("{before}{after}")).unwrap();
    let output = signpost(&["check", "--stale", "6m", "--config", dir.path().to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("platforms/discord (Discord): read 2020-01-01"),
        "{stdout}"
    );
}

#[test]
fn a_further_role_is_backed_by_words_and_must_be_one_the_service_lists() {
    // India's cybercrime portal is filed as a hotline and, from reference/roles.csv, also
    // takes reports of online grooming and threats: the plan for them names it, not an international site.
    let router = config::load(&ConfigSource::Bundled, std::iter::empty())
        .expect("bundled configuration loads")
        .router;
    let portal = router
        .directory()
        .services()
        .map(|(_, s)| s)
        .find(|s| s.id.as_str() == "in-csam-hotline")
        .expect("the Indian portal is in the directory");
    assert!(portal.fills(Role::GroomingReport));
    assert_eq!(portal.evidence.roles.len(), 1);
    assert!(
        portal.evidence.roles[0]
            .1
            .text
            .contains("all types of cyber crimes")
    );

    let errors = errors_after(|root| {
        edit(
            root,
            "directory/in.toml",
            "fact = \"role\"\nrole = \"grooming-report\"",
            "fact = \"role\"\nrole = \"prevention\"",
        )
    });
    assert_named(&errors, "directory/in.toml", "not among the service's roles");
    let errors = errors_after(|root| {
        edit(
            root,
            "directory/in.toml",
            "fact = \"role\"\nrole = \"grooming-report\"\n",
            "fact = \"role\"\n",
        )
    });
    assert_named(&errors, "directory/in.toml", "needs role =");
}
