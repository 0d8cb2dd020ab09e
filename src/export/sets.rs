//! The `csv` export: one row per set, with its session's date, programme and day, every field
//! of the set record, and where an imported set came from. For spreadsheets; must never drop a
//! set whose session line is missing (its own date stands in).

use std::io::{self, Write};

use super::{Sessions, number, sets};
use crate::storage::records::{Record, local_date};

const HEADER: [&str; 18] = [
    "date",
    "programme",
    "day",
    "exercise",
    "set",
    "kind",
    "tag",
    "side",
    "reps",
    "hold_s",
    "load",
    "unit",
    "rpe",
    "target",
    "tempo",
    "started",
    "ended",
    "source",
];

pub(super) fn write(
    sessions: &Sessions,
    records: &[&Record],
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(HEADER)?;
    for set in sets(records) {
        let session = sessions.start(set);
        let started = session.map_or(set.started.as_str(), |s| s.started.as_str());
        let origin = set.origin.as_deref();
        csv.write_record([
            local_date(started),
            session.map_or("", |s| s.programme.as_str()),
            session.map_or("", |s| s.day.as_str()),
            &set.exercise,
            &set.set.to_string(),
            set.kind.as_str(),
            origin.and_then(|o| o.tag).map_or("", |t| t.as_str()),
            set.side.map_or("", |s| s.as_str()),
            &number(set.reps),
            &number(set.hold_s),
            &number(set.load),
            &set.unit,
            &number(set.rpe),
            &set.target,
            &set.tempo,
            &set.started,
            &set.ended,
            origin.map_or("", |o| o.source.as_str()),
        ])?;
    }
    csv.flush()
}
