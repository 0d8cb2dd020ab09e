//! `liftpace history [--format csv|json] [--since DATE]`: every session and set, out of liftpace
//! and into a spreadsheet or a program, so data is never trapped. Streams the history: sets are
//! written as they are read, and only the (few) sessions are held. Must never write anything
//! but stdout.
//!
//! CSV: a header row, then one row per set (warm-ups included, marked in `kind`), with its
//! session's programme and day: `date,session,programme,day,exercise,kind,set,side,reps,
//! hold_s,load,unit,rpe,target,tempo,started,ended`. Empty cells for absent values. A text cell
//! that starts with `=`, `+`, `-` or `@` gets a leading `'` so a spreadsheet shows it rather
//! than running it as a formula.
//!
//! JSON: `{"sets": [SET], "sessions": [SESSION], "checkins": [CHECKIN], "breathing": [BREATHING]}`
//! where SET, CHECKIN and BREATHING are the results file's records without `v` and `type`, and
//! SESSION is the session record with its end: `{"id", "programme", "programme_file", "day",
//! "started", "ended", "status"}` (`ended` and `status` null for a session that never ended).

use std::io::{self, Write};

use jiff::civil::Date;
use serde::Serialize;

use super::HistoryFormat;
use super::progress::for_each_record;
use crate::core::programme::format_number;
use crate::storage::records::local_date;
use crate::storage::{BreathingRecord, CheckinRecord, DataDir, Record, SessionRecord, SetRecord};

const CSV_HEADER: &str = "date,session,programme,day,exercise,kind,set,side,reps,hold_s,load,unit,rpe,target,tempo,started,ended";

/// A session with how it ended, for the JSON document.
#[derive(Serialize)]
struct Session {
    #[serde(flatten)]
    record: SessionRecord,
    ended: Option<String>,
    status: Option<&'static str>,
}

/// Writes the history to stdout. Errors are one line for stderr; exit 1.
pub(super) fn run(
    format: HistoryFormat,
    since: Option<Date>,
    data: &DataDir,
) -> Result<(), String> {
    let since = since.map(|d| d.to_string());
    let from = |stamp: &str| since.as_deref().is_none_or(|s| local_date(stamp) >= s);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut sessions: Vec<Session> = Vec::new();
    let mut checkins: Vec<CheckinRecord> = Vec::new();
    let mut breathing: Vec<BreathingRecord> = Vec::new();
    let mut first_set = true;
    let mut failed: Option<io::Error> = None;
    let opening = match format {
        HistoryFormat::Csv => format!("{CSV_HEADER}\n"),
        HistoryFormat::Json => "{\"sets\":[".to_string(),
    };
    out.write_all(opening.as_bytes()).map_err(|e| e.to_string())?;
    for_each_record(data, |record| {
        if failed.is_some() {
            return;
        }
        let written = match record {
            Record::Set(set) if from(&set.started) => match format {
                HistoryFormat::Csv => out.write_all(csv_row(set, &sessions).as_bytes()),
                HistoryFormat::Json => {
                    let comma = if std::mem::take(&mut first_set) { "" } else { "," };
                    write!(out, "{comma}").and_then(|()| to_writer(&mut out, set))
                }
            },
            Record::Session(s) if from(&s.started) => {
                sessions.push(Session { record: s.clone(), ended: None, status: None });
                Ok(())
            }
            Record::SessionEnd(end) => {
                if let Some(s) = sessions.iter_mut().rev().find(|s| s.record.id == end.session) {
                    s.ended = Some(end.ended.clone());
                    s.status = Some(end.status.as_str());
                }
                Ok(())
            }
            Record::Checkin(c) if from(&c.at) => {
                checkins.push(c.clone());
                Ok(())
            }
            Record::Breathing(b) if from(&b.started) => {
                breathing.push(b.clone());
                Ok(())
            }
            _ => Ok(()),
        };
        failed = written.err();
    })?;
    if let Some(e) = failed {
        return Err(format!("cannot write the history: {e}"));
    }
    if format == HistoryFormat::Json {
        let tail = serde_json::json!({
            "sessions": sessions,
            "checkins": checkins,
            "breathing": breathing,
        });
        // `tail` is an object; its fields follow "sets" in the same document.
        let tail = tail.to_string();
        writeln!(out, "],{}", &tail[1..]).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn to_writer(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(out, value).map_err(io::Error::other)
}

/// One CSV row for `set`, with its session's programme and day when the session is known.
fn csv_row(set: &SetRecord, sessions: &[Session]) -> String {
    let session = sessions.iter().rev().find(|s| s.record.id == set.session);
    let number = |n: Option<f64>| n.map(format_number).unwrap_or_default();
    let whole = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    let cells = [
        local_date(&set.started).to_string(),
        text(&set.session),
        session.map(|s| text(&s.record.programme)).unwrap_or_default(),
        session.map(|s| text(&s.record.day)).unwrap_or_default(),
        text(&set.exercise),
        set.kind.as_str().to_string(),
        set.set.to_string(),
        set.side.map(|s| s.as_str().to_string()).unwrap_or_default(),
        whole(set.reps),
        whole(set.hold_s),
        number(set.load),
        text(&set.unit),
        number(set.rpe),
        text(&set.target),
        text(&set.tempo),
        text(&set.started),
        text(&set.ended),
    ];
    let mut row = cells.join(",");
    row.push('\n');
    row
}

/// A text cell: defused if a spreadsheet would take it for a formula, then quoted if it holds
/// a comma, a quote or a line break.
fn text(value: &str) -> String {
    let defused = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(text("Goblet squat"), "Goblet squat");
        assert_eq!(text("Squat, paused"), "\"Squat, paused\"");
        assert_eq!(text("The \"big\" one"), "\"The \"\"big\"\" one\"");
        assert_eq!(text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(text("8-12"), "8-12");
    }
}
