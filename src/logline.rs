//! The plain-text log line, written without the general formatter's costs.
//!
//! Every answer writes one line, so its cost is paid on every request: tracing-subscriber's
//! `Full` format spent about 9,000 CPU instructions on it (a quarter of a kept answer), most of
//! it on colour wrappers used even when colour is off and on formatting the date afresh each
//! time. [`LogLine`] writes the same text (`2026-11-28T21:25:54.570054Z  INFO target: message
//! field=value`, spans first as `name{fields}:`) with the date formatted once a second per
//! thread and the fields written straight into the line. Colour is off: logs go to files and
//! journals, where escape codes are noise. What goes into a line is decided
//! where events are made (see `web::EnvelopeLayer`); this module only writes them.

use std::cell::RefCell;
use std::fmt::{self, Write as _};
use std::time::{SystemTime, UNIX_EPOCH};

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields, FormattedFields};
use tracing_subscriber::registry::LookupSpan;

/// The event formatter for `--log-format text`, the default.
#[derive(Clone, Copy, Debug, Default)]
pub struct LogLine;

impl<S, N> FormatEvent<S, N> for LogLine
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        write_timestamp(&mut writer, SystemTime::now())?;
        writer.write_str(level_label(*event.metadata().level()))?;
        if let Some(scope) = ctx.event_scope() {
            for span in scope.from_root() {
                writer.write_str(span.name())?;
                let extensions = span.extensions();
                if let Some(fields) = extensions.get::<FormattedFields<N>>()
                    && !fields.is_empty()
                {
                    write!(writer, "{{{fields}}}")?;
                }
                writer.write_str(": ")?;
            }
        }
        writer.write_str(event.metadata().target())?;
        writer.write_str(": ")?;
        let mut fields = Fields {
            writer: &mut writer,
            first: true,
            result: Ok(()),
        };
        event.record(&mut fields);
        fields.result?;
        writer.write_char('\n')
    }
}

/// The level, padded as the general formatter pads it, with the spaces around it.
fn level_label(level: Level) -> &'static str {
    match level {
        Level::TRACE => " TRACE ",
        Level::DEBUG => " DEBUG ",
        Level::INFO => "  INFO ",
        Level::WARN => "  WARN ",
        Level::ERROR => " ERROR ",
    }
}

/// Writes an event's fields: the message bare, the others as `name=value`, space-separated.
struct Fields<'w, 'a> {
    writer: &'w mut Writer<'a>,
    first: bool,
    result: fmt::Result,
}

impl Fields<'_, '_> {
    fn separator_and_name(&mut self, field: &Field) -> fmt::Result {
        if !std::mem::take(&mut self.first) {
            self.writer.write_char(' ')?;
        }
        if field.name() != "message" {
            self.writer.write_str(field.name())?;
            self.writer.write_char('=')?;
        }
        Ok(())
    }
}

impl Visit for Fields<'_, '_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        if self.result.is_ok() {
            self.result = self.separator_and_name(field).and_then(|()| {
                if field.name() == "message" {
                    self.writer.write_str(value)
                } else if value
                    .bytes()
                    .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\')
                {
                    // Printable ASCII without quotes or backslashes: `{:?}` would add only the
                    // quotes (a route template, a class of failure).
                    self.writer.write_char('"')?;
                    self.writer.write_str(value)?;
                    self.writer.write_char('"')
                } else {
                    write!(self.writer, "{value:?}")
                }
            });
        }
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        if self.result.is_ok() {
            self.result = self
                .separator_and_name(field)
                .and_then(|()| self.writer.write_str(itoa::Buffer::new().format(value)));
        }
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        if self.result.is_ok() {
            self.result = self
                .separator_and_name(field)
                .and_then(|()| self.writer.write_str(itoa::Buffer::new().format(value)));
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        if self.result.is_ok() {
            self.result = self
                .separator_and_name(field)
                .and_then(|()| write!(self.writer, "{value:?}"));
        }
    }
}

thread_local! {
    /// The second last formatted on this thread, and its text up to the decimal point.
    static SECOND: RefCell<(u64, String)> = const { RefCell::new((u64::MAX, String::new())) };
}

/// Writes `2026-11-28T21:25:54.570054Z` (UTC, microseconds).
fn write_timestamp(writer: &mut Writer<'_>, now: SystemTime) -> fmt::Result {
    let since_epoch = now.duration_since(UNIX_EPOCH).unwrap_or_default();
    let second = since_epoch.as_secs();
    SECOND.with_borrow_mut(|(formatted_second, text)| {
        if *formatted_second != second {
            text.clear();
            let at = time::OffsetDateTime::UNIX_EPOCH + time::Duration::seconds(second as i64);
            let _ = write!(
                text,
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.",
                at.year(),
                u8::from(at.month()),
                at.day(),
                at.hour(),
                at.minute(),
                at.second()
            );
            *formatted_second = second;
        }
        writer.write_str(text)
    })?;
    let micros = since_epoch.subsec_micros();
    let digits = itoa::Buffer::new().format(micros).len();
    for _ in digits..6 {
        writer.write_char('0')?;
    }
    writer.write_str(itoa::Buffer::new().format(micros))?;
    writer.write_char('Z')
}

#[cfg(test)]
mod tests {
    use std::io;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use super::*;

    #[test]
    fn timestamps_are_utc_with_microseconds() {
        let mut text = String::new();
        let at = UNIX_EPOCH + Duration::from_micros(1_795_901_154_000_042);
        write_timestamp(&mut Writer::new(&mut text), at).unwrap();
        assert_eq!(text, "2026-11-28T21:25:54.000042Z");
        text.clear();
        write_timestamp(&mut Writer::new(&mut text), at + Duration::from_micros(570_000)).unwrap();
        assert_eq!(text, "2026-11-28T21:25:54.570042Z", "the kept second is reused");
    }

    /// A writer the subscriber can share, for reading back what was logged.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl io::Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn strings_are_quoted_as_debug_quotes_them() {
        for value in [
            "/questions",
            "a \"quoted\" word",
            "back\\slash",
            "tab\there",
            "é",
            "",
        ] {
            let mut text = String::new();
            let mut writer = Writer::new(&mut text);
            let mut fields = Fields {
                writer: &mut writer,
                first: true,
                result: Ok(()),
            };
            let field = tracing::field::FieldSet::new(&["route"], tracing::callsite::Identifier(&CALLSITE));
            fields.record_str(&field.field("route").unwrap(), value);
            assert_eq!(text, format!("route={value:?}"), "{value}");
        }
    }

    struct TestCallsite;
    static CALLSITE: TestCallsite = TestCallsite;
    impl tracing::callsite::Callsite for TestCallsite {
        fn set_interest(&self, _: tracing::subscriber::Interest) {}
        fn metadata(&self) -> &tracing::Metadata<'_> {
            unimplemented!("BUG: only the field names are read")
        }
    }

    #[test]
    fn lines_read_as_the_general_formatter_writes_them() {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .event_format(LogLine)
            .with_writer(move || writer.clone())
            .with_max_level(Level::INFO)
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            let method = axum::http::Method::POST;
            tracing::info!(%method, route = "/questions", status = 200u16, latency_ms = 3u64, "answered");
            let span = tracing::info_span!("request", method = %method, route = "/tell");
            span.in_scope(|| tracing::warn!(class = "temporary", "not sent"));
        });
        let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        let lines: Vec<&str> = text.lines().map(|line| &line[27..]).collect();
        assert_eq!(
            lines,
            [
                "  INFO signpost::logline::tests: answered method=POST route=\"/questions\" status=200 latency_ms=3",
                "  WARN request{method=POST route=\"/tell\"}: signpost::logline::tests: not sent class=\"temporary\"",
            ]
        );
    }
}
