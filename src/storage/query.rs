//! Questions asked of the history: which day comes next, and what was done last time. Pure
//! functions over records already read, in file order (which is the order they happened).
//! Must never touch files or clocks, and must never fail: a gap in the history (a damaged
//! session line, an unknown day) gives a sensible default, not an error.

use std::collections::{HashMap, HashSet};

use jiff::Timestamp;

use super::records::{Record, SetRecord, local_date};
use crate::core::programme::{Reps, Units};
use crate::core::progress::{Event, SetDone, Week, local_date as local_date_of};
use crate::core::progression::{self, PastSession};
use crate::core::rotation::{self, Attempt, DayShape};
use crate::core::session::{EndStatus, ExerciseHistory, LastTime, Past, PastSet, SetKind, Side};

/// Index into `days` of the day to do next for `programme`: the one after the day of its most
/// recent session that counts by the rotation rule (completed, or at least half the day's work
/// sets done: see `core::rotation`), wrapping round (A, B, A, ...). A session quit early, or
/// before any set was saved, does not move the rotation on. The first day when the programme
/// has no such session, or when that session's day is no longer in the programme.
pub fn next_day<D: DayShape>(records: &[Record], programme: &str, days: &[D]) -> usize {
    let mut attempts: HashMap<&str, Attempt> = HashMap::new();
    for r in records {
        match r {
            Record::Set(s) => {
                let a = attempts.entry(s.session.as_str()).or_default();
                a.sets += 1;
                if s.kind == SetKind::Work && Side::counts_alone(s.side) {
                    a.work_sets += 1;
                }
            }
            Record::SessionEnd(e) if e.status == EndStatus::Completed => {
                attempts.entry(e.session.as_str()).or_default().completed = true;
            }
            _ => {}
        }
    }
    let last_day = records.iter().rev().find_map(|r| match r {
        Record::Session(s) if s.programme == programme => {
            let day = days.iter().position(|d| d.name() == s.day);
            let planned = day.map_or(0, |i| days[i].work_sets());
            let attempt = attempts.get(s.id.as_str()).copied().unwrap_or_default();
            rotation::counts(attempt, planned).then_some(day)
        }
        _ => None,
    });
    last_day.flatten().map_or(0, |i| (i + 1) % days.len())
}

/// For every exercise in the history, the sets of the latest session in which it was logged,
/// by exercise name. With `programme`, only that programme's sessions count; without, every
/// session does, because a lifter's squat is their squat whichever programme it was in.
pub fn last_time(records: &[Record], programme: Option<&str>) -> HashMap<String, LastTime> {
    let sessions: HashMap<&str, (&str, &str)> = records
        .iter()
        .filter_map(|r| match r {
            Record::Session(s) => Some((s.id.as_str(), (s.programme.as_str(), s.started.as_str()))),
            _ => None,
        })
        .collect();
    let counts = |set: &SetRecord| match programme {
        None => true,
        Some(p) => sessions.get(set.session.as_str()).is_some_and(|(name, _)| *name == p),
    };
    let latest: HashMap<&str, &str> = work_sets(records)
        .filter(|s| counts(s))
        .map(|s| (s.exercise.as_str(), s.session.as_str()))
        .collect();

    let mut out: HashMap<String, LastTime> = HashMap::new();
    for set in
        work_sets(records).filter(|s| latest.get(s.exercise.as_str()) == Some(&s.session.as_str()))
    {
        // A session whose own line was damaged still has a date: its first set's.
        let started = sessions.get(set.session.as_str()).map_or(set.started.as_str(), |s| s.1);
        out.entry(set.exercise.clone())
            .or_insert_with(|| LastTime { date: local_date(started).into(), sets: Vec::new() })
            .sets
            .push(PastSet {
                reps: set.reps,
                hold_s: set.hold_s,
                load: set.load,
                unit: set.unit.clone(),
                side: set.side,
            });
    }
    out
}

/// Everything a new session in `units` needs to know from the history: last time's sets and
/// every exercise's work-set history for progression and estimated maxes (but not the bests:
/// see below). Sets logged in other
/// units are left out of the latter: 100 lb is not 100 kg, and a converted load would not be
/// one the lifter's plates make.
pub fn past(records: &[Record], units: Units) -> Past {
    let mut work: HashMap<String, ExerciseHistory> = HashMap::new();
    let mut current: HashMap<String, String> = HashMap::new();
    // The set number of each exercise's last logged left side, to pair its right side with.
    let mut left_of: HashMap<String, u32> = HashMap::new();
    for set in work_sets(records).filter(|s| s.unit == units.as_str()) {
        // Holds have no reps to progress or estimate from.
        let Some(reps) = set.reps else { continue };
        let history = work.entry(set.exercise.clone()).or_default();
        if current.get(&set.exercise) != Some(&set.session) {
            current.insert(set.exercise.clone(), set.session.clone());
            // The set's own local date stands for its session's: they are minutes apart.
            let date = local_date(&set.started).parse().ok();
            history.sessions.push(PastSession { date, ..PastSession::default() });
        }
        let Some(session) = history.sessions.last_mut() else { continue };
        let target_top = set.target.parse().ok().and_then(Reps::top).unwrap_or(reps);
        let done = progression::PastSet { load: set.load, reps, target_top, rpe: set.rpe };
        // A right side is the second half of the set its left side began: one set, as good as
        // its weaker side, so set numbers and "every set hit" mean what the programme says.
        match (set.side, session.sets.last_mut()) {
            (side, Some(left))
                if !Side::counts_alone(side) && left_of.get(&set.exercise) == Some(&set.set) =>
            {
                left.reps = left.reps.min(reps);
            }
            _ => session.sets.push(done),
        }
        if set.side == Some(Side::Left) {
            left_of.insert(set.exercise.clone(), set.set);
        } else {
            left_of.remove(&set.exercise);
        }
    }
    Past {
        last: last_time(records, None),
        work,
        // Records are judged against the whole history, which these records are not: the
        // caller gives the digest's all-time bests (`Digest::bests`).
        bests: HashMap::new(),
        moods: last_moods(records),
        sessions_this_week: 0,
        today: None,
    }
}

/// The programme the lifter follows now: that of the latest session liftpace itself recorded
/// (not an import). Home opens on it, and `programs` marks it as next.
pub fn current_programme(records: &[Record]) -> Option<&str> {
    records.iter().rev().find_map(|r| match r {
        Record::Session(s) if s.source.is_none() => Some(s.programme.as_str()),
        _ => None,
    })
}

/// The moods of the last two check-ins, oldest first, for the check-in's kind line.
pub fn last_moods(records: &[Record]) -> [Option<u8>; 2] {
    let mut moods = records.iter().rev().filter_map(|r| match r {
        Record::Checkin(c) => Some(c.mood),
        _ => None,
    });
    let last = moods.next();
    [moods.next(), last]
}

/// How many sessions with a saved work set began in `week`, by their local date.
pub fn sessions_in_week(records: &[Record], week: Week) -> u32 {
    let worked: HashSet<&str> = work_sets(records).map(|s| s.session.as_str()).collect();
    let in_week = |started: &str| local_date_of(started).is_some_and(|d| Week::of(d) == week);
    records
        .iter()
        .filter(|r| matches!(r, Record::Session(s) if worked.contains(s.id.as_str()) && in_week(&s.started)))
        .count() as u32
}

/// What progress needs of `record`, borrowed; `None` for records it does not count (a
/// session's end: a session quit early counts what it logged, like any other).
pub fn progress_event(record: &Record) -> Option<Event<'_>> {
    Some(match record {
        Record::Session(s) => {
            Event::Session { id: &s.id, programme_file: &s.programme_file, started: &s.started }
        }
        Record::Set(s) => Event::Set(SetDone {
            session: &s.session,
            exercise: &s.exercise,
            kind: s.kind,
            set: s.set,
            side: s.side,
            reps: s.reps,
            load: s.load,
            unit: &s.unit,
            rpe: s.rpe,
            started: &s.started,
        }),
        Record::Checkin(c) => Event::Checkin { mood: c.mood, at: &c.at },
        Record::Breathing(b) => {
            Event::Breathing { started: &b.started, seconds: u64::from(b.seconds) }
        }
        // Corrections are applied by the reader before any record gets here.
        Record::SessionEnd(_)
        | Record::Correction(_)
        | Record::Resume(_)
        | Record::Skip(_)
        | Record::Swap(_) => return None,
    })
}

/// Work sets only: warm-ups never count as what was done last time or towards progression.
/// In the order their sessions began, not the file's: an import of older history is appended
/// after newer sessions, and "latest" must still mean the latest. The sort is stable, so sets
/// keep their file order within a session and wherever times tie.
fn work_sets(records: &[Record]) -> impl Iterator<Item = &SetRecord> {
    let begun: HashMap<&str, Timestamp> = records
        .iter()
        .filter_map(|r| match r {
            Record::Session(s) => Some((s.id.as_str(), s.started.parse().ok()?)),
            _ => None,
        })
        .collect();
    // A set whose session and own times are unreadable keeps the place of the set before it.
    let mut last = Timestamp::MIN;
    let mut timed: Vec<(Timestamp, &SetRecord)> = sets(records)
        .filter(|s| s.kind == SetKind::Work)
        .map(|s| {
            let own = || s.started.parse().ok();
            last = begun.get(s.session.as_str()).copied().or_else(own).unwrap_or(last);
            (last, s)
        })
        .collect();
    timed.sort_by_key(|&(at, _)| at);
    timed.into_iter().map(|(_, s)| s)
}

fn sets(records: &[Record]) -> impl Iterator<Item = &SetRecord> {
    records.iter().filter_map(|r| match r {
        Record::Set(s) => Some(s),
        _ => None,
    })
}
