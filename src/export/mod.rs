//! `liftpace export`: the history written out for other tools, as JSON Lines (the records
//! themselves), a CSV of one row per set with its session's date, programme and day, or Hevy's
//! workout layout (`hevy`), optionally only from a date on. Pure over records already read
//! (corrections applied by the reader); must never read files, and never change a load's unit.

mod hevy;
mod sets;

use std::collections::HashMap;
use std::io::{self, Write};

use jiff::civil::Date;

use crate::storage::records::{self, Record, SessionEndRecord, SessionRecord, SetRecord};

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One CSV row per set.
    Csv,
    /// The records as JSON Lines, as the results file holds them.
    Json,
    /// Hevy's workout CSV.
    Hevy,
}

/// Writes `records` (every record, in history order) as `format` to `out`; with `since`, only
/// sessions that began on or after that local date, and their records.
pub fn write(
    format: Format,
    records: &[Record],
    since: Option<Date>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let chosen = select(records, since);
    match format {
        Format::Json => {
            for record in chosen {
                let line = records::encode(record).map_err(io::Error::other)?;
                writeln!(out, "{line}")?;
            }
            Ok(())
        }
        Format::Csv => sets::write(&Sessions::of(&chosen), &chosen, out),
        Format::Hevy => hevy::write(&Sessions::of(&chosen), &chosen, out),
    }
}

/// Whether `write` will put loads of both units in Hevy's layout, which has room for one: the
/// export then has both a `weight_kg` and a `weight_lbs` column, and the lifter should know.
pub fn mixes_units<'a>(records: impl IntoIterator<Item = &'a Record>) -> bool {
    let mut units = records.into_iter().filter_map(|r| match r {
        Record::Set(s) if s.load.is_some() => Some(s.unit.as_str()),
        _ => None,
    });
    let first = units.next();
    units.any(|u| Some(u) != first)
}

/// The records on or after `since`. A record belongs to its session's date; a set whose
/// session line was lost goes by its own time.
fn select(records: &[Record], since: Option<Date>) -> Vec<&Record> {
    let Some(since) = since else { return records.iter().collect() };
    let since = since.to_string();
    let started: HashMap<&str, &str> = records
        .iter()
        .filter_map(|r| match r {
            Record::Session(s) => Some((s.id.as_str(), s.started.as_str())),
            _ => None,
        })
        .collect();
    let date = |session: &str, own: &'_ str| -> String {
        records::local_date(started.get(session).copied().unwrap_or(own)).to_string()
    };
    records
        .iter()
        .filter(|r| {
            let day = match r {
                Record::Session(s) => records::local_date(&s.started).to_string(),
                Record::Set(s) => date(&s.session, &s.started),
                Record::SessionEnd(e) => date(&e.session, &e.ended),
                Record::Checkin(c) => date(&c.session, &c.at),
                Record::Breathing(b) => records::local_date(&b.started).to_string(),
                Record::Skip(s) => date(&s.key.session, &s.at),
                Record::Swap(s) => date(&s.session, &s.at),
                Record::Resume(r) => date(&r.session, &r.at),
                // The reader has applied corrections to the sets they name.
                Record::Correction(_) => return false,
            };
            day >= since
        })
        .collect()
}

/// Each session's own record and end, by id, for the per-set layouts.
struct Sessions<'a> {
    starts: HashMap<&'a str, &'a SessionRecord>,
    ends: HashMap<&'a str, &'a SessionEndRecord>,
}

impl<'a> Sessions<'a> {
    fn of(records: &[&'a Record]) -> Sessions<'a> {
        let mut sessions = Sessions { starts: HashMap::new(), ends: HashMap::new() };
        for record in records {
            match record {
                Record::Session(s) => {
                    sessions.starts.insert(&s.id, s);
                }
                Record::SessionEnd(e) => {
                    sessions.ends.insert(&e.session, e);
                }
                Record::Set(_)
                | Record::Correction(_)
                | Record::Checkin(_)
                | Record::Breathing(_)
                | Record::Skip(_)
                | Record::Swap(_)
                | Record::Resume(_) => {}
            }
        }
        sessions
    }

    fn start(&self, set: &SetRecord) -> Option<&'a SessionRecord> {
        self.starts.get(set.session.as_str()).copied()
    }

    fn end(&self, set: &SetRecord) -> Option<&'a SessionEndRecord> {
        self.ends.get(set.session.as_str()).copied()
    }
}

/// The sets among `records`, in order.
fn sets<'a>(records: &[&'a Record]) -> impl Iterator<Item = &'a SetRecord> {
    records.iter().filter_map(|r| match r {
        Record::Set(s) => Some(s),
        _ => None,
    })
}

/// A number as a person writes it: `45`, `102.5`; blank when there is none.
fn number<T: std::fmt::Display>(n: Option<T>) -> String {
    n.map_or_else(String::new, |n| n.to_string())
}
