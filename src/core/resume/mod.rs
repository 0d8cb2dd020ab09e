//! Interrupted is not over: the rule for when a workout left unfinished (quit, or the terminal
//! died) is offered back to the lifter, the facts it is judged on, and the prompt that offers
//! it (`screen`). Pure: the facts come from the journal through storage, and the wall-clock
//! time to judge them at is an argument. Must never decide which day comes next (that is
//! `rotation`), and never read a file or a clock.

use std::time::Duration;

use crate::core::session::messages::SetName;
use crate::core::session::plan::SetKind;
use crate::core::words::Side;

pub mod screen;

/// How long an interrupted workout is offered back: a workout broken off in the morning can be
/// finished in the evening; by the next day it is a new workout.
pub const WINDOW: Duration = Duration::from_secs(12 * 60 * 60);

/// A set the interrupted session already has on disk: what the plan is matched on, and what
/// the lifter logged.
#[derive(Debug, Clone, PartialEq)]
pub struct DoneSet {
    /// Exercise name, as logged.
    pub exercise: String,
    /// Warm-up or work.
    pub kind: SetKind,
    /// 1-based number among the exercise's sets of its kind.
    pub number: u32,
    /// Per-side sets only.
    pub side: Option<Side>,
    /// Reps done; `None` for a hold.
    pub reps: Option<u32>,
    /// Seconds held; holds only.
    pub hold_s: Option<u32>,
    /// `None` for bodyweight.
    pub load: Option<f64>,
    /// Effort rating, when given.
    pub rpe: Option<f64>,
}

impl DoneSet {
    /// Whether this is the set the plan calls `exercise`'s `kind` set `number` on `side`.
    pub fn is(&self, exercise: &str, kind: SetKind, number: u32, side: Option<Side>) -> bool {
        (self.exercise.as_str(), self.kind, self.number, self.side)
            == (exercise, kind, number, side)
    }
}

/// An exercise swapped for another from today's list.
#[derive(Debug, Clone, PartialEq)]
pub struct Swapped {
    /// The name it had when it was swapped (the programme's, or an earlier swap's).
    pub planned: String,
    /// The library exercise done instead.
    pub done: String,
}

/// The last session of a programme, as the journal tells it.
#[derive(Debug, Clone, PartialEq)]
pub struct Interrupted {
    /// The session's id: resumed sets are written under it.
    pub session: String,
    /// The day's name.
    pub day: String,
    /// When it began, seconds since the epoch.
    pub started: i64,
    /// Whether it has a `completed` end.
    pub completed: bool,
    /// The sets it has, corrections applied and voided ones left out, in the order logged.
    pub sets: Vec<DoneSet>,
    /// The sets skipped from today's list, under the name the exercise had then.
    pub skipped: Vec<SetName>,
    /// The exercises swapped from today's list, in the order swapped.
    pub swaps: Vec<Swapped>,
    /// Time spent on it so far: from its start (and from each resume) to the last record
    /// before the next break, the time away left out.
    pub active: Duration,
}

/// How long ago `last` began, when it is offered back at wall-clock `now` (seconds since the
/// epoch): not completed, at least one set on disk, and begun less than [`WINDOW`] ago. A start
/// in the future (the clock went back) is not offered: how long ago it was is unknown, and a
/// fresh start is the safe guess.
pub fn offered(last: &Interrupted, now: i64) -> Option<Duration> {
    if last.completed || last.sets.is_empty() {
        return None;
    }
    let ago = Duration::from_secs(u64::try_from(now.checked_sub(last.started)?).ok()?);
    (ago < WINDOW).then_some(ago)
}

/// "just now", "40 min ago", "2 h 5 min ago": how long ago, in the words of the prompt.
pub fn ago_words(ago: Duration) -> String {
    let minutes = ago.as_secs() / 60;
    match (minutes / 60, minutes % 60) {
        (0, 0) => "just now".into(),
        (0, m) => format!("{m} min ago"),
        (h, 0) => format!("{h} h ago"),
        (h, m) => format!("{h} h {m} min ago"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: i64 = 3600;

    fn set() -> DoneSet {
        DoneSet {
            exercise: "Squat".into(),
            kind: SetKind::Work,
            number: 1,
            side: None,
            reps: Some(5),
            hold_s: None,
            load: Some(100.0),
            rpe: None,
        }
    }

    fn last(started: i64, completed: bool, sets: usize) -> Interrupted {
        Interrupted {
            session: "s".into(),
            day: "A".into(),
            started,
            completed,
            sets: vec![set(); sets],
            skipped: Vec::new(),
            swaps: Vec::new(),
            active: Duration::ZERO,
        }
    }

    #[test]
    fn an_interrupted_session_is_offered_for_twelve_hours() {
        let now = 100 * HOUR;
        let secs = |s: i64| Some(Duration::from_secs(s as u64));
        let cases = [
            // (started, completed, sets logged) -> offered, how long ago
            ((now, false, 1), secs(0)),
            ((now - 40 * 60, false, 5), secs(40 * 60)),
            ((now - 12 * HOUR + 1, false, 1), secs(12 * HOUR - 1)),
            ((now - 12 * HOUR, false, 1), None),
            ((now - 13 * HOUR, false, 1), None),
            ((now - 60, false, 0), None),
            ((now - 60, true, 5), None),
            ((now + 60, false, 5), None),
        ];
        for ((started, completed, sets), want) in cases {
            let got = offered(&last(started, completed, sets), now);
            assert_eq!(got, want, "started {started}, completed {completed}, {sets} sets");
        }
    }

    #[test]
    fn a_start_far_before_the_epoch_is_never_an_overflow() {
        assert_eq!(offered(&last(i64::MIN, false, 1), i64::MAX), None);
    }

    #[test]
    fn how_long_ago_reads_as_said() {
        let cases = [(0, "just now"), (59, "just now"), (40 * 60, "40 min ago")];
        let more = [(2 * 3600, "2 h ago"), (2 * 3600 + 5 * 60 + 30, "2 h 5 min ago")];
        for (secs, words) in cases.into_iter().chain(more) {
            assert_eq!(ago_words(Duration::from_secs(secs)), words);
        }
    }

    #[test]
    fn a_done_set_matches_exercise_kind_number_and_side() {
        let s = set();
        assert!(s.is("Squat", SetKind::Work, 1, None));
        assert!(!s.is("Squat", SetKind::Warmup, 1, None));
        assert!(!s.is("Squat", SetKind::Work, 2, None));
        assert!(!s.is("Squat", SetKind::Work, 1, Some(Side::Left)));
        assert!(!s.is("Bench", SetKind::Work, 1, None));
    }
}
