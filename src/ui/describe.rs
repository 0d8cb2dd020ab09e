//! How the session's numbers are written on screen: set labels, targets, last time, clock
//! times, volume. Pure text; must never draw, read a clock or change state.

use std::time::Duration;

use crate::core::programme::{Exercise, Load, Target, format_number};
use crate::core::session::{PastSet, PlannedSet, Session, SetKind};
use crate::core::tempo::StartWith;

/// "set 2 of 3", or "warm-up 1 of 2" (a warm-up is never called a set, so it is never taken
/// for one that counts), with the side for per-side exercises: "set 2 of 3 · left".
pub fn set_label(set: PlannedSet) -> String {
    let kind = match set.kind {
        SetKind::Warmup => "warm-up",
        SetKind::Work => "set",
    };
    let side = set.side.map(|s| format!(" · {}", s.as_str())).unwrap_or_default();
    format!("{kind} {} of {}{side}", set.number, set.of)
}

/// `text` with its first letter in capitals, for the start of a line.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// What the set asks for, as planned: "16 kg × 8-12", "bodyweight × max", "Hold 30s" (with
/// the load when weighted: "Hold 30s · 10 kg").
pub fn target(session: &Session, set: PlannedSet) -> String {
    let load = set.load.describe(session.programme.units);
    match set.target {
        Target::Reps(r) => format!("{load} × {r}"),
        Target::Hold(_) if set.load == Load::Bodyweight => format!("Hold {}", set.target),
        Target::Hold(_) => format!("Hold {} · {load}", set.target),
    }
}

/// "tempo 3-1-1-0" for rep sets (with "lift first" when the rep starts with the concentric);
/// `None` for holds, which have no tempo.
pub fn tempo(ex: &Exercise) -> Option<String> {
    match ex.target {
        Target::Hold(_) => None,
        Target::Reps(_) if ex.start == StartWith::Concentric => {
            Some(format!("tempo {} · lift first", ex.tempo))
        }
        Target::Reps(_) => Some(format!("tempo {}", ex.tempo)),
    }
}

/// "Last time: 16 kg × 12, 12 (2026-11-25)", only the same side's work sets for per-side
/// work; the first time, a line saying the load is a guess that can be changed (nothing for
/// bodyweight, where there is no load to guess). Sets already done today come first ("Today:
/// 17.5 kg × 10 · last time: …"), since they are what the next set builds on.
pub fn last_time(session: &Session) -> String {
    let today = session.done_today();
    let earlier = session.last_time_here().map(|(date, before)| (sets_done(&before), date));
    match (today.is_empty(), earlier) {
        (false, Some((done, date))) => {
            format!("Today: {} · last time: {done} ({date})", sets_done(&today))
        }
        (false, None) => format!("Today: {}", sets_done(&today)),
        (true, Some((done, date))) => format!("Last time: {done} ({date})"),
        (true, None) => first_time(session, session.current_set()),
    }
}

/// The first time, a line only where the load is a guess: a work set's load written as a
/// number (nobody knows yet whether it suits this lifter), or a percentage with no one-rep max
/// to take it from. A bodyweight set has no load to get wrong, a warm-up follows the work
/// load, and a percentage of a known max is worked out, not guessed: those say nothing.
fn first_time(session: &Session, set: PlannedSet) -> String {
    let written = session.exercise_of(set).load;
    match (set.kind, written, set.load) {
        (SetKind::Work, Load::Weight(_), Load::Weight(w)) => format!(
            "First time — {} {} is a starting guess; +/- changes it",
            format_number(w),
            session.programme.units.as_str()
        ),
        (SetKind::Work, _, Load::Percent(_)) => {
            "First time — choose a load you can move with good form".into()
        }
        _ => String::new(),
    }
}

/// "16 kg × 12, 12", or "16 kg × 12, 17.5 kg × 10" when the load changed.
fn sets_done(sets: &[PastSet]) -> String {
    let load = |s: &PastSet| match s.load {
        Some(w) => format!("{} {}", format_number(w), s.unit),
        None => "bodyweight".to_string(),
    };
    let amount = |s: &PastSet| match (s.reps, s.hold_s) {
        (Some(r), _) => r.to_string(),
        (None, Some(h)) => format!("{h}s"),
        (None, None) => "?".to_string(),
    };
    let Some(first) = sets.first() else { return String::new() };
    if sets.iter().all(|s| load(s) == load(first)) {
        let amounts: Vec<String> = sets.iter().map(amount).collect();
        format!("{} × {}", load(first), amounts.join(", "))
    } else {
        let each: Vec<String> =
            sets.iter().map(|s| format!("{} × {}", load(s), amount(s))).collect();
        each.join(", ")
    }
}

/// "Next: Goblet squat — set 2 of 3, 16 kg × 8-12" (or "— warm-up 2 of 3, …"). Shown while
/// resting, when the session has already moved on to the set that comes next, so it describes
/// the current set.
pub fn next_up(session: &Session) -> String {
    let set = session.current_set();
    let ex = session.exercise_of(set);
    let target = target(session, set);
    format!("Next: {} — {}, {target}", ex.name, set_label(set))
}

/// A length of time as a clock: "0:05", "1:30", "1:02:03".
pub fn clock(d: Duration) -> String {
    let s = d.as_secs();
    match (s / 3600, s / 60 % 60, s % 60) {
        (0, m, s) => format!("{m}:{s:02}"),
        (h, m, s) => format!("{h}:{m:02}:{s:02}"),
    }
}

/// The total lifted in work sets, with the unit: "1234 kg". Warm-ups never count.
pub fn volume(session: &Session) -> String {
    // Adding zero turns the empty sum's -0.0 into 0.
    let volume = session.volume() + 0.0;
    format!("{} {}", format_number(volume), session.programme.units.as_str())
}

/// The header's left side on workout screens: "Day A · Full body, twice a week".
pub fn day_and_programme(session: &Session) -> String {
    format!("Day {} · {}", session.day_name(), session.programme.name)
}

/// The header's right side: where in the workout this set is.
pub fn progress(session: &Session) -> String {
    let (this, total) = session.progress();
    format!("{this} of {total} sets")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times() {
        assert_eq!(clock(Duration::from_millis(5_900)), "0:05");
        assert_eq!(clock(Duration::from_secs(90)), "1:30");
        assert_eq!(clock(Duration::from_secs(3723)), "1:02:03");
        assert_eq!(capitalised("set 1 of 3"), "Set 1 of 3");
    }
}
