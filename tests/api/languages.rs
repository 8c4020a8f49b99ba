//! Speaking the person's language: how the language is chosen (an explicit choice in the body
//! or `?lang=`, then `Accept-Language`, then en-GB), that it carries through the questions,
//! the plan, the errors, the JSON API and the forwarded email, and that every shipped language
//! renders every page with no raw message id and no English left in.
//!
//! The machinery is tested with a pseudo-language `xx` (every en-GB message marked `[xx]`,
//! written right to left, not yet reviewed), so these tests do not depend on any translation.

use std::sync::Arc;
use std::time::Duration;

use signpost::config::Settings;
use signpost::i18n::{Catalogs, Locale, LocaleFiles};

use crate::catalogs::shipped;
use crate::helpers::{TestApp, answers, route_request, spawn_app_with, tell_fields};
use crate::mail::{headers_and_body, mail_settings, plain_body};
use crate::smtp::{Behaviour, SmtpServer};

/// en-GB with every message marked `[xx] `, right to left and not yet reviewed.
fn pseudo() -> LocaleFiles {
    let english = shipped()
        .into_iter()
        .find(|(tag, _)| tag == "en-GB")
        .expect("en-GB is shipped")
        .1;
    let files = english
        .into_iter()
        .map(|(name, text)| {
            let marked: Vec<String> = text
                .lines()
                .map(|line| match line.split_once(" = ") {
                    Some(("meta-language-name", _)) => "meta-language-name = Pseudo".to_owned(),
                    Some(("meta-direction", _)) => "meta-direction = rtl".to_owned(),
                    Some(("meta-review-status", _)) => "meta-review-status = not-yet-reviewed".to_owned(),
                    Some((id, value))
                        if !id.starts_with(['#', ' '])
                            && !id.is_empty()
                            && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
                    {
                        format!("{id} = [xx] {value}")
                    }
                    _ => line.to_owned(),
                })
                .collect();
            (name, marked.join("\n") + "\n")
        })
        .collect();
    ("xx".to_owned(), files)
}

/// Settings whose catalogs are the shipped ones plus `xx`.
fn settings_with_pseudo() -> Settings {
    let mut locales = shipped();
    locales.push(pseudo());
    let mut settings = Settings::for_tests();
    settings.pages.catalogs = Arc::new(Catalogs::parse(locales).expect("the catalogs parse"));
    settings
}

fn html_lang(page: &str) -> &str {
    let start = page.find("<html lang=\"").expect("an html element with lang") + 12;
    &page[start..start + page[start..].find('"').unwrap()]
}

fn content_language(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("content-language")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

/// A child in France, worried about grooming.
fn french_child() -> Vec<(&'static str, &'static str)> {
    answers("FR", "child", "grooming", "no")
}

#[tokio::test]
async fn the_browser_language_chooses_the_page_language_and_an_explicit_choice_wins() {
    let app = spawn_app_with(settings_with_pseudo()).await;
    let response = app.get_with_language("/", "xx, en;q=0.5").await;
    assert_eq!(content_language(&response), "xx");
    let page = response.text().await.unwrap();
    assert_eq!(html_lang(&page), "xx");
    assert!(
        page.contains("dir=\"rtl\""),
        "a right-to-left language is laid out so"
    );
    assert!(
        page.contains("[xx] Worried about a child"),
        "the start page is in xx"
    );
    assert!(
        page.contains("href=\"/questions?lang=xx\""),
        "the way on keeps the language"
    );

    let page = app
        .get_with_language("/?lang=en-GB", "xx")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(html_lang(&page), "en-GB", "?lang= beats the browser");
    assert!(page.contains("dir=\"ltr\""));
    assert!(
        page.contains("href=\"/?lang=xx\" lang=\"xx\""),
        "the language list links to xx"
    );

    let page = app
        .get_with_language("/?lang=zz", "de-CH, xx;q=0.1")
        .await
        .text()
        .await
        .unwrap();
    let expected = if shipped().iter().any(|(tag, _)| tag == "de") {
        "de"
    } else {
        "xx"
    };
    assert_eq!(
        html_lang(&page),
        expected,
        "an unknown choice falls back to the browser's"
    );
    let page = app.get_with_language("/", "fi").await.text().await.unwrap();
    assert_eq!(html_lang(&page), "en-GB", "then British English");
}

#[tokio::test]
async fn a_chosen_language_carries_through_the_questions_the_errors_and_the_plan() {
    let app = spawn_app_with(settings_with_pseudo()).await;
    let page = app
        .get_with_language("/questions?lang=xx", "en-GB")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("<input type=\"hidden\" name=\"lang\" value=\"xx\">"));
    assert!(page.contains("[xx] Where are you?"));

    // Errors keep the language, and switching language there re-sends the answers in the body.
    let partial = [("lang", "xx"), ("country", "FR")];
    let response = app.submit_questions(&partial).await;
    assert_eq!(response.status(), 422);
    assert_eq!(content_language(&response), "xx");
    let page = response.text().await.unwrap();
    assert!(page.contains("[xx] Choose whether you are under 18"));
    assert!(page.contains("<input type=\"hidden\" name=\"country\" value=\"FR\">"));
    assert!(
        page.contains("name=\"lang\" value=\"en-GB\""),
        "a button per language"
    );

    let mut answers = french_child();
    answers.push(("lang", "xx"));
    let response = app.submit_questions(&answers).await;
    assert_eq!(response.status(), 200);
    assert_eq!(content_language(&response), "xx");
    let page = response.text().await.unwrap();
    assert!(page.contains("[xx] You are not in trouble. Here is who can help."));
    assert!(page.contains("[xx] Step 1"), "{page}");
    assert!(
        page.contains("[xx] You can report the person here."),
        "the why text"
    );
    assert!(
        page.contains("[xx] You are not in trouble. It is not your fault"),
        "the advice"
    );
    assert!(page.contains("[xx] France"), "the country's name");
    assert!(
        page.contains("formaction=\"/questions\" name=\"lang\" value=\"en-GB\"")
            && page.contains("<input type=\"hidden\" name=\"concern\" value=\"grooming\">"),
        "the language list on a plan re-sends the answers in a POST body"
    );
    assert!(page.contains("[xx] This translation has not yet been reviewed"));
    assert!(
        page.contains("lang=\"en-GB\" dir=\"ltr\">This translation has not yet been reviewed"),
        "and says so in English too"
    );

    // The same answers in English: a different page, kept separately.
    let mut english = french_child();
    english.push(("lang", "en-GB"));
    let page = app.submit_questions(&english).await.text().await.unwrap();
    assert_eq!(html_lang(&page), "en-GB");
    assert!(!page.contains("[xx]"), "the kept xx plan is not served for en-GB");
    assert!(!page.contains("not yet been reviewed"), "en-GB is reviewed");
}

#[tokio::test]
async fn the_api_answers_in_the_requested_language() {
    let app = spawn_app_with(settings_with_pseudo()).await;
    let body = |language: Option<&str>| {
        let mut body = route_request("GB", "adult", "abuse-imagery", false);
        if let Some(language) = language {
            body["language"] = language.into();
        }
        body
    };
    let response = app.post_route(&body(Some("xx"))).await;
    assert_eq!(response.status(), 200);
    assert_eq!(content_language(&response), "xx");
    let plan: serde_json::Value = response.json().await.unwrap();
    assert_eq!(plan["language"], "xx");
    assert!(plan["concern_label"].as_str().unwrap().starts_with("[xx] "));
    assert!(plan["steps"][0]["why"].as_str().unwrap().starts_with("[xx] "));
    assert!(plan["advice"][0].as_str().unwrap().starts_with("[xx] "));
    assert_eq!(
        plan["steps"][0]["role"], "csam-hotline",
        "ids are never translated"
    );

    let response = app
        .client
        .post(app.url("/api/v1/route"))
        .header("accept-language", "xx")
        .json(&body(None))
        .send()
        .await
        .unwrap();
    assert_eq!(
        content_language(&response),
        "xx",
        "Accept-Language when no language is given"
    );

    let response = app.post_route(&body(None)).await;
    assert_eq!(content_language(&response), "en-GB");
    let plan: serde_json::Value = response.json().await.unwrap();
    assert_eq!(plan["language"], "en-GB");

    let response = app.post_route(&body(Some("tlh"))).await;
    assert_eq!(response.status(), 422);
    let problem: serde_json::Value = response.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "language");
    assert!(problem["errors"][0]["detail"].as_str().unwrap().contains("en-GB"));

    for list in ["/api/v1/countries", "/api/v1/concerns"] {
        let response = app.get_with_language(list, "xx").await;
        assert_eq!(content_language(&response), "xx", "{list}");
        let items: serde_json::Value = response.json().await.unwrap();
        let first = &items[0];
        let words = first
            .get("name")
            .or(first.get("label"))
            .unwrap()
            .as_str()
            .unwrap();
        assert!(words.starts_with("[xx] "), "{list}: {words}");
    }

    let openapi = app.get("/api/v1/openapi.json").await.text().await.unwrap();
    assert!(
        openapi.contains("\"language\""),
        "the OpenAPI document names the field"
    );
}

#[tokio::test]
async fn the_forwarded_email_is_in_the_persons_language_with_an_english_copy() {
    let server = SmtpServer::start(Behaviour::Accept).await;
    let mut settings = settings_with_pseudo();
    settings.mail = Some(mail_settings(&server, signpost::mail::Security::PlainLoopback));
    let app = spawn_app_with(settings).await;
    let mut fields = tell_fields("grooming", "Il parle à mon fils la nuit.");
    fields.push(("lang", "xx"));
    let response = app.post_tell(&fields).await;
    assert_eq!(response.status(), 200);
    assert_eq!(content_language(&response), "xx");
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("[xx] Sent to Hillside School")
    );
    let received = server.wait_for_messages(1, Duration::from_secs(10)).await;
    let (headers, _) = headers_and_body(&received[0]);
    let body = plain_body(&received[0]);
    assert!(
        headers.contains("Subject: Safeguarding concern via Signpost: grooming (GB)"),
        "the subject stays in English for the inbox's filters: {headers}"
    );
    let (theirs, english) = body
        .split_once("\nThe same message in English follows.")
        .expect("an English copy follows");
    assert!(theirs.contains("[xx] THEIR ANSWERS") && theirs.contains("Il parle à mon fils la nuit."));
    assert!(theirs.contains("[xx] They used Signpost in this language: Pseudo."));
    assert!(english.contains("THEIR ANSWERS") && !english.contains("[xx] THEIR"));
    assert!(!english.contains("Il parle"), "their words are not repeated");
}

/// The text of a page outside its tags (attribute values and element ids left out).
fn visible_text(page: &str) -> String {
    let mut text = String::with_capacity(page.len());
    let mut inside = false;
    for c in page.chars() {
        match c {
            '<' => inside = true,
            '>' => {
                inside = false;
                text.push(' ');
            }
            _ if !inside => text.push(c),
            _ => {}
        }
    }
    text.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Every page a person can see, in one language (the tell pages with mail on).
async fn every_page(app: &TestApp, tag: &str) -> Vec<(String, String)> {
    let mut pages = Vec::new();
    for path in ["/", "/questions", "/staying-safe", "/no-such-page"] {
        let page = app
            .get_with_language(&format!("{path}?lang={tag}"), "")
            .await
            .text()
            .await
            .unwrap();
        pages.push((path.to_owned(), page));
    }
    let errors = app.submit_questions(&[("lang", tag)]).await.text().await.unwrap();
    pages.push(("questions with errors".to_owned(), errors));
    for (country, danger, reporter, concern) in [
        ("GB", "yes", "adult", "abuse-imagery"),
        ("FR", "no", "child", "sextortion"),
        ("DE", "no", "adult", "own-thoughts"),
        ("AQ", "yes", "child", "child-abuse"),
        ("GN", "no", "adult", "not-sure"),
    ] {
        let mut fields = answers(country, reporter, concern, danger);
        fields.push(("lang", tag));
        let page = app.submit_questions(&fields).await.text().await.unwrap();
        pages.push((format!("plan {country} {concern} {reporter} {danger}"), page));
    }
    // Where it happened: a platform named (the platform step, the answer in "why this plan"),
    // and a platform not in the list (asked again).
    for (country, danger, reporter, concern, platform) in [
        ("GB", "no", "adult", "grooming", "discord"),
        ("US", "yes", "child", "abuse-imagery", "youtube"),
        ("FR", "no", "adult", "not-sure", "yubo"),
        ("DE", "no", "child", "sextortion", "not-online"),
        ("GB", "no", "adult", "grooming", "no-such-platform"),
    ] {
        let mut fields = answers(country, reporter, concern, danger);
        fields.push(("platform", platform));
        fields.push(("lang", tag));
        let page = app.submit_questions(&fields).await.text().await.unwrap();
        pages.push((
            format!("plan {country} {concern} {reporter} {danger} on {platform}"),
            page,
        ));
    }
    for action in ["check", "edit", "send"] {
        let fields = [
            ("country", "GB"),
            ("danger", "no"),
            ("reporter", "adult"),
            ("concern", "grooming"),
            ("text", "words"),
            ("contact", if action == "edit" { "" } else { "anonymous" }),
            ("consent", "yes"),
            ("action", action),
            ("lang", tag),
        ];
        let response = app.post_tell(&fields).await;
        pages.push((format!("tell {action}"), response.text().await.unwrap()));
    }
    pages
}

/// Mail on (to a real SMTP server on loopback), and the per-client limits out of the way:
/// every page in every language is more posts than one person makes in a minute.
async fn every_language_settings() -> (Settings, SmtpServer) {
    let mut settings = Settings::for_tests();
    let server = SmtpServer::start(Behaviour::Accept).await;
    settings.mail = Some(mail_settings(&server, signpost::mail::Security::PlainLoopback));
    settings.server.rate_limits.form_posts_per_minute = 100_000;
    settings.server.rate_limits.sends_per_15_minutes = 100_000;
    (settings, server)
}

#[tokio::test]
async fn every_shipped_language_renders_every_page_without_raw_ids_or_english_left_in() {
    let (settings, _server) = every_language_settings().await;
    let catalogs = settings.pages.catalogs.clone();
    let app = spawn_app_with(settings).await;
    let english = catalogs.words(Locale::SOURCE);
    let ids = catalogs.catalog(Locale::SOURCE).ids();
    for catalog in catalogs.all() {
        let tag = catalog.tag();
        let words = catalogs.words(catalogs.find(tag).unwrap());
        // English sentences this language words differently: none may appear on its pages.
        let english_only: Vec<String> = ids
            .iter()
            // The notice of a language not yet reviewed is shown in English too, on purpose.
            .filter(|id| {
                !id.starts_with("meta-") && !id.starts_with("country-") && *id != "notice-unreviewed"
            })
            .filter(|_| tag != "en-GB")
            .map(|id| (english.get(id), words.get(id)))
            .filter(|(en, theirs)| en != theirs && en.len() >= 20 && en.contains(' '))
            .map(|(en, _)| en)
            .collect();
        for (name, page) in every_page(&app, tag).await {
            assert_eq!(html_lang(&page), tag, "{name}");
            let text = visible_text(&page);
            for id in ids.iter() {
                let raw = id.contains('-') && id.len() > 8;
                assert!(!(raw && text.contains(id)), "{tag} {name}: raw message id {id}");
            }
            for sentence in &english_only {
                assert!(
                    !text.contains(sentence.as_str()),
                    "{tag} {name}: English left in: {sentence}"
                );
            }
        }
    }
}

/// The tags of the language list, in order, and how many lead as the country's own.
fn language_list(page: &str) -> (Vec<String>, usize) {
    let start = page.find("<nav class=\"languages\"").expect("a language list");
    let nav = &page[start..start + page[start..].find("</nav>").unwrap()];
    let own = nav
        .find("languages__list--own")
        .map(|at| {
            let list = &nav[at..];
            list[..list.find("</ul>").unwrap()].matches("<li>").count()
        })
        .unwrap_or(0);
    let tags = nav
        .split("<li>")
        .skip(1)
        .map(|item| {
            let at = item.find(" lang=\"").expect("each language names its tag") + 7;
            item[at..at + item[at..].find('"').unwrap()].to_owned()
        })
        .collect();
    (tags, own)
}

#[tokio::test]
async fn once_a_country_is_chosen_its_own_languages_lead_the_list() {
    // From reference/territory-languages.csv (CLDR): official or read by at least 5 %, most
    // read first, matched to the shipped catalogs.
    let app = spawn_app_with(Settings::for_tests()).await;
    for (country, own) in [
        ("IN", &["hi", "en-GB", "bn", "ur"][..]),
        ("BR", &["pt-BR", "en-GB"]),
        ("PT", &["pt", "en-GB", "fr", "es"]),
        ("UA", &["uk", "ru"]),
        ("CN", &["zh-Hans"]),
        ("PK", &["ur", "en-GB"]),
        ("BE", &["en-GB", "nl", "fr", "de"]),
        ("JP", &["ja"]),
    ] {
        let mut fields = answers(country, "adult", "grooming", "no");
        fields.push(("lang", "en-GB"));
        let plan = app.submit_questions(&fields).await.text().await.unwrap();
        let (tags, own_count) = language_list(&plan);
        assert_eq!(&tags[..own.len()], own, "{country}: the plan's language list");
        assert_eq!(own_count, own.len(), "{country}: the own group holds just these");
        assert!(
            plan.contains("The languages of the country you chose:"),
            "{country}"
        );
        // The questions page, back with an error once the country is chosen, offers them too.
        let errors = app
            .submit_questions(&[("country", country), ("lang", "en-GB")])
            .await
            .text()
            .await
            .unwrap();
        let (tags, _) = language_list(&errors);
        assert_eq!(
            &tags[..own.len()],
            own,
            "{country}: the questions page's language list"
        );
    }
    // Antarctica: CLDR names no language its people read; the list keeps its usual order.
    let mut fields = answers("AQ", "adult", "grooming", "no");
    fields.push(("lang", "en-GB"));
    let plan = app.submit_questions(&fields).await.text().await.unwrap();
    let (tags, own_count) = language_list(&plan);
    assert_eq!((tags[0].as_str(), own_count), ("en-GB", 0));
}

#[tokio::test]
async fn the_api_and_the_forwarded_email_work_in_every_shipped_language() {
    let (settings, server) = every_language_settings().await;
    let catalogs = settings.pages.catalogs.clone();
    let app = spawn_app_with(settings).await;
    let english = catalogs.words(Locale::SOURCE);
    let mut sent = 0;
    for catalog in catalogs.all() {
        let tag = catalog.tag();
        let words = catalogs.words(catalogs.find(tag).unwrap());

        let mut body = route_request("IN", "child", "sextortion", false);
        body["language"] = tag.into();
        let response = app.post_route(&body).await;
        assert_eq!(response.status(), 200, "{tag}");
        assert_eq!(content_language(&response), tag);
        let plan: serde_json::Value = response.json().await.unwrap();
        assert_eq!(plan["language"], tag);
        assert_eq!(
            plan["concern_label"].as_str().unwrap(),
            words.get("concern-sextortion-label"),
            "{tag}: the label in its own words"
        );

        let mut fields = tell_fields("grooming", "Words in any language.");
        fields.push(("lang", tag));
        let response = app.post_tell(&fields).await;
        assert_eq!(response.status(), 200, "{tag}");
        sent += 1;
        let received = server.wait_for_messages(sent, Duration::from_secs(10)).await;
        let body = plain_body(&received[sent - 1]);
        assert!(
            body.contains(&words.get("mail-answers-heading")),
            "{tag}: the email in its language"
        );
        if tag != "en-GB" {
            let (_, copy) = body
                .split_once(&format!("\n{}", english.get("mail-english-follows")))
                .unwrap_or_else(|| panic!("{tag}: an English copy follows:\n{body}"));
            assert!(copy.contains(&english.get("mail-answers-heading")), "{tag}");
        }
    }
}

#[tokio::test]
async fn a_language_is_built_only_when_a_page_or_answer_in_it_is_asked_for() {
    let settings = Settings::for_tests();
    let catalogs = settings.pages.catalogs.clone();
    let built = |tag: &str| catalogs.catalog(catalogs.find(tag).unwrap()).is_built();
    let app = spawn_app_with(settings).await;
    assert!(
        catalogs.all().iter().all(|c| !c.is_built()),
        "the catalogs are checked at load, and none is built yet"
    );
    let page = app.plan_page("GB", "adult", "grooming", "no").await;
    assert!(page.contains("lang=\"en-GB\""));
    assert!(built("en-GB"));
    let others: Vec<&str> = catalogs
        .all()
        .iter()
        .filter(|c| c.is_built())
        .map(|c| c.tag())
        .collect();
    assert_eq!(others, ["en-GB"], "an English page builds English alone");
    let french = app.get_with_language("/", "fr").await.text().await.unwrap();
    assert!(french.contains("lang=\"fr\""));
    assert!(built("fr"));
    assert!(!built("de"));
}
