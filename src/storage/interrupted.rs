//! The question the resume prompt asks of the history: the last session of a programme, with
//! its sets, whether it was completed and how long it has taken so far. Pure, over records
//! already read (the start-up digest keeps every programme's latest session whole). Must never
//! judge whether it is offered: that rule is `core::resume`'s.

use std::time::Duration;

use super::records::Record;
use super::time;
use crate::core::resume::{DoneSet, Interrupted, Swapped};
use crate::core::session::EndStatus;

/// The latest session liftpace itself recorded (not an import) of `programme`, as the resume
/// rule judges it; `None` when there is none or its start cannot be read.
pub fn last_session(records: &[Record], programme: &str) -> Option<Interrupted> {
    let session = records.iter().rev().find_map(|r| match r {
        Record::Session(s) if s.programme == programme && s.source.is_none() => Some(s),
        _ => None,
    })?;
    let started = time::seconds(&session.started)?;
    let id = session.id.as_str();
    let mut last = Interrupted {
        session: session.id.clone(),
        day: session.day.clone(),
        started,
        completed: false,
        sets: Vec::new(),
        skipped: Vec::new(),
        swaps: Vec::new(),
        active: Duration::ZERO,
    };
    // When each stint began (the start, then every resume), and every moment something was
    // written: a stint lasts to the last of them before the next stint.
    let mut stints = vec![started];
    let mut moments = Vec::new();
    for record in records {
        match record {
            Record::Set(s) if s.session == id => {
                moments.extend(time::seconds(&s.ended));
                last.sets.push(DoneSet {
                    exercise: s.exercise.clone(),
                    kind: s.kind,
                    number: s.set,
                    side: s.side,
                    reps: s.reps,
                    hold_s: s.hold_s,
                    load: s.load,
                    rpe: s.rpe,
                });
            }
            Record::SessionEnd(e) if e.session == id => {
                last.completed |= e.status == EndStatus::Completed;
                moments.extend(time::seconds(&e.ended));
            }
            Record::Skip(s) if s.key.session == id => {
                moments.extend(time::seconds(&s.at));
                last.skipped.push(s.key.name());
            }
            Record::Swap(s) if s.session == id => {
                moments.extend(time::seconds(&s.at));
                let (planned, done) = (s.instead_of.clone(), s.exercise.clone());
                last.swaps.push(Swapped { planned, done });
            }
            Record::Resume(r) if r.session == id => stints.extend(time::seconds(&r.at)),
            _ => {}
        }
    }
    last.active = active(&mut stints, &moments);
    Some(last)
}

/// The time spent in `stints` (their starts, in seconds): each lasts from its start to the last
/// of `moments` before the next one begins.
fn active(stints: &mut [i64], moments: &[i64]) -> Duration {
    stints.sort_unstable();
    let mut secs = 0;
    for (i, &from) in stints.iter().enumerate() {
        let until = stints.get(i + 1).copied().unwrap_or(i64::MAX);
        let last = moments.iter().copied().filter(|&t| t >= from && t < until).max();
        secs += last.map_or(0, |t| t - from);
    }
    Duration::from_secs(u64::try_from(secs).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::session::SetKind;
    use crate::core::session::messages::SetName;
    use crate::storage::records::{ResumeRecord, SessionEndRecord, SessionRecord, SetRecord};

    fn session(id: &str, programme: &str, started: &str) -> Record {
        Record::Session(SessionRecord {
            id: id.into(),
            programme: programme.into(),
            programme_file: "built-in:x".into(),
            day: "A".into(),
            started: started.into(),
            source: None,
        })
    }

    fn set(id: &str, n: u32, started: &str, ended: &str) -> Record {
        Record::Set(SetRecord {
            session: id.into(),
            exercise: "Squat".into(),
            set: n,
            kind: SetKind::Work,
            side: None,
            reps: Some(5),
            hold_s: None,
            load: Some(100.0),
            unit: "kg".into(),
            target: "5".into(),
            tempo: "3-1-1-0".into(),
            rpe: None,
            started: started.into(),
            ended: ended.into(),
            origin: None,
        })
    }

    fn end(id: &str, status: EndStatus, ended: &str) -> Record {
        Record::SessionEnd(SessionEndRecord { session: id.into(), ended: ended.into(), status })
    }

    #[test]
    fn the_last_session_of_the_programme_is_the_one_judged() {
        let records = [
            session("a", "Full body", "2026-11-28T07:00:00+00:00"),
            set("a", 1, "2026-11-28T07:01:00+00:00", "2026-11-28T07:02:00+00:00"),
            session("b", "Legs", "2026-11-28T08:00:00+00:00"),
            set("b", 1, "2026-11-28T08:01:00+00:00", "2026-11-28T08:02:00+00:00"),
            end("b", EndStatus::Completed, "2026-11-28T08:30:00+00:00"),
        ];
        let full = last_session(&records, "Full body").unwrap();
        assert_eq!((full.session.as_str(), full.completed, full.sets.len()), ("a", false, 1));
        let legs = last_session(&records, "Legs").unwrap();
        assert!(legs.completed, "another programme's completed session is its own");
        assert_eq!(last_session(&records, "Arms"), None);
    }

    #[test]
    fn a_quit_then_completed_session_is_completed() {
        let records = [
            session("a", "P", "2026-11-28T07:00:00+00:00"),
            set("a", 1, "2026-11-28T07:01:00+00:00", "2026-11-28T07:02:00+00:00"),
            end("a", EndStatus::Quit, "2026-11-28T07:05:00+00:00"),
            end("a", EndStatus::Completed, "2026-11-28T09:05:00+00:00"),
        ];
        assert!(last_session(&records, "P").unwrap().completed);
    }

    #[test]
    fn active_time_leaves_out_the_time_away() {
        let records = [
            session("a", "P", "2026-11-28T07:00:00+00:00"),
            set("a", 1, "2026-11-28T07:01:00+00:00", "2026-11-28T07:02:00+00:00"),
            set("a", 2, "2026-11-28T07:09:00+00:00", "2026-11-28T07:10:00+00:00"),
            end("a", EndStatus::Quit, "2026-11-28T07:12:00+00:00"),
            Record::Resume(ResumeRecord {
                session: "a".into(),
                at: "2026-11-28T09:00:00+00:00".into(),
            }),
            set("a", 3, "2026-11-28T09:03:00+00:00", "2026-11-28T09:04:00+00:00"),
        ];
        let last = last_session(&records, "P").unwrap();
        // 12 minutes before the break, 4 after it.
        assert_eq!(last.active, Duration::from_secs(16 * 60));
        assert_eq!(last.sets.len(), 3);
    }

    #[test]
    fn skips_and_swaps_of_the_session_come_back_with_it() {
        use crate::storage::{SkipRecord, SwapRecord};
        let third =
            SetName { exercise: "Squat".into(), kind: SetKind::Work, number: 3, side: None };
        let skip = |session: &str| {
            Record::Skip(SkipRecord::of(&third, session, "2026-11-28T07:03:00+00:00".into()))
        };
        let records = [
            session("a", "P", "2026-11-28T07:00:00+00:00"),
            skip("a"),
            Record::Swap(SwapRecord {
                session: "a".into(),
                exercise: "Goblet squat".into(),
                instead_of: "Squat".into(),
                at: "2026-11-28T07:04:00+00:00".into(),
            }),
            skip("other"),
        ];
        let last = last_session(&records, "P").unwrap();
        assert_eq!(last.skipped, [third]);
        let swap = Swapped { planned: "Squat".into(), done: "Goblet squat".into() };
        assert_eq!(last.swaps, [swap]);
    }
}
