//! The questions page and its answer: the four questions on one short page, kept per
//! language with the browser's region selected by splicing; `POST /questions` answers with
//! the plan, or the questions again with what needs fixing and every earlier valid answer
//! kept. The questions with errors are rendered per request, because they answer what a
//! person sent; they are never kept.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::i18n::{Locale, Words, concern_description, concern_label, place_label};
use crate::routing::{ConcernKind, CountryCode, Danger, OtherPlace, Platforms, Reporter};
use crate::web::answers::{Answers, DangerAnswer};
use crate::web::cache::Spliced;
use crate::web::envelope::with_language;
use crate::web::error::{AnswerError, AnswerField};
use crate::web::extract::{FormShape, GuardedForm};
use crate::web::form;
use crate::web::frame::{ErrorView, Frame, Switch, frame_for};
use crate::web::language::{lang_in_query, locale_and_region, locale_for};
use crate::web::limit::ClientLimiter;
use crate::web::pages::{html, html_or_failure, plan_page, render_to_keep};
use crate::web::state::AppState;

/// One country in the list.
#[derive(Debug)]
pub struct CountryOption {
    code: CountryCode,
    name: String,
    selected: bool,
}

/// One radio button.
#[derive(Debug)]
pub struct RadioOption {
    id: String,
    value: &'static str,
    label: String,
    hint: String,
    checked: bool,
}

/// One answer in the list of where it happened.
#[derive(Debug)]
pub struct PlaceOption {
    id: String,
    name: String,
    selected: bool,
}

/// The questions page, blank or with errors and the person's earlier answers kept.
#[derive(Template, WebTemplate)]
#[template(path = "questions.html", config = "config/askama.toml")]
pub struct QuestionsTemplate<'a> {
    frame: Frame<'a>,
    t: Words<'a>,
    countries: Vec<CountryOption>,
    danger_options: Vec<RadioOption>,
    reporter_options: Vec<RadioOption>,
    concern_options: Vec<RadioOption>,
    platform_options: Vec<PlaceOption>,
    place_options: Vec<PlaceOption>,
    errors: Vec<ErrorView>,
}

impl QuestionsTemplate<'_> {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// `GET /questions`: one kept page per language, with the region's country selected by
/// splicing in the attribute the template would write.
pub async fn show_questions(State(state): State<AppState>, request: Request) -> Response {
    let headers = request.headers();
    let (locale, country) = locale_and_region(&state, lang_in_query(request.uri().query()), headers);
    let kept = state.cache.questions[locale.index()].get_or_init(|| blank_questions(&state, locale));
    match kept {
        Some(page) => html(&state, locale, page.body(state.cache.region_slot(country))),
        None => {
            let answers = Answers {
                country: country.map(|c| c.to_string()),
                ..Answers::default()
            };
            render_questions(&state, locale, &answers, Vec::new(), StatusCode::OK)
        }
    }
}

/// What the questions template writes after a country's `<option value="XX"` when that
/// country is selected.
const SELECTED: &[u8] = b" selected";

/// The questions page with nothing selected, and where `SELECTED` goes for each country; `None`
/// if the page does not have exactly one option per country (then each is rendered).
fn blank_questions(state: &AppState, locale: Locale) -> Option<Spliced> {
    let page = questions_page(state, locale, &Answers::default(), Vec::new())
        .render()
        .ok()?;
    let mut at = vec![None];
    for code in CountryCode::all() {
        let option = format!("<option value=\"{code}\"");
        let tag = format!("{option}>");
        let mut found = page.match_indices(&tag);
        let (start, _) = found.next()?;
        if found.next().is_some() {
            return None;
        }
        at.push(Some(start + option.len()));
    }
    Some(Spliced::new(Bytes::from(page), SELECTED, at.into_boxed_slice()))
}

/// The form body of `POST /questions`.
#[derive(Debug, Default)]
pub struct QuestionsForm {
    country: Option<String>,
    danger: Option<String>,
    reporter: Option<String>,
    concern: Option<String>,
    /// Where it happened (optional; empty when skipped).
    platform: Option<String>,
    /// The language chosen (a hidden field, or a button of the language list).
    lang: Option<String>,
}

impl FormShape for QuestionsForm {
    /// Each field straight from the body; a name that is not one of them, or a field sent
    /// twice, makes the form unreadable (as `serde(deny_unknown_fields)` would).
    fn from_form(body: &[u8]) -> Option<Self> {
        let mut form = QuestionsForm::default();
        for (name, value) in form::pairs(body) {
            let slot = match &*name {
                "country" => &mut form.country,
                "danger" => &mut form.danger,
                "reporter" => &mut form.reporter,
                "concern" => &mut form.concern,
                "platform" => &mut form.platform,
                "lang" => &mut form.lang,
                _ => return None,
            };
            form::fill(slot, value).ok()?;
        }
        Some(form)
    }

    fn limiter(state: &AppState) -> Option<&ClientLimiter> {
        Some(&state.form_limiter)
    }
}

/// `POST /questions`: the plan, or the questions again with what needs fixing and every
/// earlier answer kept. "I'm not sure" about danger is treated as danger: the emergency number
/// comes first. Plans are kept per language and concern; the questions with errors never are.
pub async fn submit_questions(
    State(state): State<AppState>,
    GuardedForm { form, headers }: GuardedForm<QuestionsForm>,
) -> Response {
    let locale = locale_for(&state, form.lang.as_deref(), &headers);
    let answers = Answers {
        country: form.country,
        reporter: form.reporter,
        concern: form.concern,
        danger: form.danger.map(DangerAnswer::Text),
        platform: form.platform,
    };
    match answers.parse(state.router.platforms()) {
        Ok(concern) => {
            crate::metrics::plan_served(&concern);
            let render = || {
                let plan = state.router.route(&concern);
                render_to_keep(plan_page(&state, locale, &plan))
            };
            // Plans that answer where it happened are rendered each time: the kept plans are
            // keyed by the four answers every plan needs.
            if concern.platform.is_some() {
                return html_or_failure(&state, locale, render());
            }
            let slot = state.cache.concern_slot(locale, &concern);
            html_or_failure(
                &state,
                locale,
                state.cache.plan_pages.get_or_try_insert(slot, render),
            )
        }
        Err(errors) => render_questions(&state, locale, &answers, errors, StatusCode::UNPROCESSABLE_ENTITY),
    }
}

fn render_questions(
    state: &AppState,
    locale: Locale,
    answers: &Answers,
    errors: Vec<AnswerError>,
    status: StatusCode,
) -> Response {
    let page = questions_page(state, locale, answers, errors);
    let t = page.t;
    with_language(t, (status, page).into_response())
}

/// A country name folded for sorting: lower case, common Latin accents removed, so "Égypte"
/// sorts among the E's.
fn sort_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ł' => 'l',
            'ñ' | 'ń' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ś' | 'š' => 's',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            other => other,
        })
        .collect()
}

/// The questions page, in `locale`, with these answers kept and these errors listed.
pub fn questions_page<'a>(
    state: &'a AppState,
    locale: Locale,
    answers: &Answers,
    errors: Vec<AnswerError>,
) -> QuestionsTemplate<'a> {
    let switch = if errors.is_empty() {
        Switch::Links("/questions")
    } else {
        Switch::Form {
            action: "/questions",
            hidden: valid_answers(answers, state.router.platforms()),
        }
    };
    // Once a country is chosen (the page comes back with errors), its languages lead the list.
    let chosen = (!errors.is_empty())
        .then(|| {
            answers
                .country
                .as_deref()
                .and_then(|c| CountryCode::parse(c).ok())
        })
        .flatten();
    let frame = frame_for(state, locale, switch, chosen);
    let t = frame.t;
    let danger = answers.danger_as_sent();
    let danger_options = [
        (Danger::Yes, "questions-danger-yes"),
        (Danger::No, "questions-danger-no"),
        (Danger::NotSure, "questions-danger-not-sure"),
    ]
    .into_iter()
    .map(|(value, label)| {
        radio(
            "danger",
            value.as_str(),
            t.get(label),
            String::new(),
            danger == Some(value),
        )
    })
    .collect();
    let reporter = answers.reporter.as_deref();
    let reporter_options = [
        (Reporter::Child, "questions-reporter-child"),
        (Reporter::Adult, "questions-reporter-adult"),
    ]
    .into_iter()
    .map(|(value, label)| {
        let checked = reporter == Some(value.as_str());
        radio("reporter", value.as_str(), t.get(label), String::new(), checked)
    })
    .collect();
    let concern = answers.concern.as_deref();
    let concern_options = ConcernKind::ALL
        .iter()
        .map(|kind| {
            let (label, hint) = (t.get(&concern_label(*kind)), t.get(&concern_description(*kind)));
            radio(
                "concern",
                kind.as_str(),
                label,
                hint,
                concern == Some(kind.as_str()),
            )
        })
        .collect();
    let (platform_options, place_options) = place_options(t, state.router.platforms(), answers);
    QuestionsTemplate {
        frame,
        t,
        countries: country_options(t, answers),
        platform_options,
        place_options,
        danger_options,
        reporter_options,
        concern_options,
        errors: errors.into_iter().map(|error| error_view(t, error)).collect(),
    }
}

/// The answers to "Where did it happen?": the platforms by name (as the platforms write them),
/// then the fixed answers in the page's language; the one answered selected.
fn place_options(
    t: Words<'_>,
    platforms: &Platforms,
    answers: &Answers,
) -> (Vec<PlaceOption>, Vec<PlaceOption>) {
    let selected = answers
        .platform
        .as_deref()
        .and_then(|p| platforms.parse(p).ok())
        .map(|place| platforms.id_of(place));
    let mut named: Vec<PlaceOption> = platforms
        .all()
        .map(|(_, platform)| PlaceOption {
            id: platform.id.clone(),
            name: platform.name.clone(),
            selected: selected == Some(platform.id.as_str()),
        })
        .collect();
    named.sort_by_cached_key(|option| sort_key(&option.name));
    let other = OtherPlace::ALL
        .iter()
        .map(|place| PlaceOption {
            id: place.as_str().to_owned(),
            name: t.get(&place_label(*place)),
            selected: selected == Some(place.as_str()),
        })
        .collect();
    (named, other)
}

/// The answers that are valid, in their canonical form, to send again with another language:
/// nothing else a person sent is echoed.
fn valid_answers(answers: &Answers, platforms: &Platforms) -> Vec<(&'static str, String)> {
    let country = answers
        .country
        .as_deref()
        .and_then(|c| CountryCode::parse(c).ok())
        .map(|c| c.to_string());
    let danger = answers.danger_as_sent().map(|d| d.as_str().to_owned());
    let reporter = answers
        .reporter
        .as_deref()
        .and_then(|r| r.parse::<Reporter>().ok())
        .map(|r| r.as_str().to_owned());
    let concern = answers
        .concern
        .as_deref()
        .and_then(|c| c.parse::<ConcernKind>().ok())
        .map(|c| c.as_str().to_owned());
    let platform = answers
        .platform
        .as_deref()
        .filter(|p| !p.trim().is_empty())
        .and_then(|p| platforms.parse(p).ok())
        .map(|place| platforms.id_of(place).to_owned());
    [
        ("country", country),
        ("danger", danger),
        ("reporter", reporter),
        ("concern", concern),
        ("platform", platform),
    ]
    .into_iter()
    .filter_map(|(field, value)| Some((field, value?)))
    .collect()
}

/// Every country, named in the page's language and sorted by that name, the answered one
/// selected.
fn country_options(t: Words<'_>, answers: &Answers) -> Vec<CountryOption> {
    let selected = answers
        .country
        .as_deref()
        .and_then(|c| CountryCode::parse(c).ok());
    let mut countries: Vec<(String, CountryOption)> = CountryCode::all()
        .into_iter()
        .map(|code| {
            let name = t.country(code);
            let option = CountryOption {
                code,
                name,
                selected: Some(code) == selected,
            };
            (sort_key(&option.name), option)
        })
        .collect();
    countries.sort_by(|a, b| a.0.cmp(&b.0));
    countries.into_iter().map(|(_, option)| option).collect()
}

/// One radio button of a question.
fn radio(name: &str, value: &'static str, label: String, hint: String, checked: bool) -> RadioOption {
    RadioOption {
        id: format!("{name}-{value}"),
        value,
        label,
        hint,
        checked,
    }
}

/// An answer's error as the summary shows it: the message, and the first choice to jump to.
fn error_view(t: Words<'_>, error: AnswerError) -> ErrorView {
    let (anchor, message) = match error.field {
        AnswerField::Country => ("country", "questions-error-country"),
        AnswerField::Danger => ("danger-yes", "questions-error-danger"),
        AnswerField::Reporter => ("reporter-child", "questions-error-reporter"),
        AnswerField::Concern => ("concern-abuse-imagery", "questions-error-concern"),
        AnswerField::Platform => ("platform", "questions-error-platform"),
    };
    ErrorView {
        field: error.field.as_str(),
        anchor: anchor.to_owned(),
        message: t.get(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{self, ConfigSource, Settings};
    use std::sync::Arc;

    fn state() -> AppState {
        let loaded = config::load(&ConfigSource::Bundled, std::iter::empty()).unwrap();
        AppState::new(Settings::for_tests(), Arc::new(loaded.router))
    }

    #[test]
    fn the_kept_questions_page_is_byte_for_byte_what_the_template_renders_for_every_region() {
        let state = state();
        let kept =
            blank_questions(&state, Locale::SOURCE).expect("the questions page splits at each country");
        for country in std::iter::once(None).chain(CountryCode::all().into_iter().map(Some)) {
            let answers = Answers {
                country: country.map(|c| c.to_string()),
                ..Answers::default()
            };
            let rendered = questions_page(&state, Locale::SOURCE, &answers, Vec::new())
                .render()
                .unwrap();
            assert_eq!(
                String::from_utf8(kept.to_vec(state.cache.region_slot(country))).unwrap(),
                rendered,
                "{country:?}"
            );
        }
    }

    /// The form as `serde_urlencoded` read it before [`QuestionsForm::from_form`].
    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct AsSerdeReadIt {
        country: Option<String>,
        danger: Option<String>,
        reporter: Option<String>,
        concern: Option<String>,
        platform: Option<String>,
        lang: Option<String>,
    }

    proptest::proptest! {
        #[test]
        fn the_questions_form_is_read_as_serde_read_it(
            pairs in proptest::collection::vec(
                ("(country|danger|reporter|concern|platform|lang|other|coun%74ry|)", "(GB|no|a+b|%FF|%|)", "(=|)"),
                0..7,
            )
        ) {
            let body: Vec<String> = pairs.iter().map(|(n, v, eq)| format!("{n}{eq}{v}")).collect();
            let body = body.join("&");
            let ours = QuestionsForm::from_form(body.as_bytes()).map(|f| AsSerdeReadIt {
                country: f.country,
                danger: f.danger,
                reporter: f.reporter,
                concern: f.concern,
                platform: f.platform,
                lang: f.lang,
            });
            let theirs = serde_urlencoded::from_bytes::<AsSerdeReadIt>(body.as_bytes()).ok();
            proptest::prop_assert_eq!(ours, theirs, "{}", body);
        }
    }
}
