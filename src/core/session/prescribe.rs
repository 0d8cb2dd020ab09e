//! What a workout asks of each exercise when it starts: the work load (a percentage of the
//! one-rep max turned into a loadable weight, moved by the exercise's progression rule) and
//! the reason, in words for the Ready screen. A pure function of the programme and what the
//! history says; the history itself is gathered by storage.

use std::collections::HashMap;

use jiff::civil::Date;

use crate::core::library::Equipment;
use crate::core::plates::{Barbell, round_load, round_to_step};
use crate::core::programme::{Exercise, Load, Programme, Reps, Target};
use crate::core::progress::PersonalBests;
use crate::core::progression::{self, Context, PastSession, RepTarget, Rule};
use crate::core::strength::{PastWork, estimate_one_rep_max, most_percent_for, percent_of};
use crate::core::words::{Side, Units};

/// How many recent sessions a one-rep max is estimated from: recent strength, not a peak
/// from a year ago.
const ESTIMATE_FROM_SESSIONS: usize = 5;

/// One set from an earlier session, for "last time".
#[derive(Debug, Clone, PartialEq)]
pub struct PastSet {
    /// Reps done, for rep sets.
    pub reps: Option<u32>,
    /// Seconds held, for holds.
    pub hold_s: Option<u32>,
    /// `None` for bodyweight.
    pub load: Option<f64>,
    /// Unit of `load`.
    pub unit: String,
    /// Per-side sets.
    pub side: Option<Side>,
}

/// What was logged for one exercise the last time it was done.
#[derive(Debug, Clone, PartialEq)]
pub struct LastTime {
    /// The local date of that session ("2026-11-25").
    pub date: String,
    /// Its sets, in order.
    pub sets: Vec<PastSet>,
}

/// What the workout asks of one exercise's work sets.
#[derive(Debug, Clone, PartialEq)]
pub struct Prescribed {
    /// The load: a weight, bodyweight, or a percentage still unknown as a weight.
    pub load: Load,
    /// Reps or hold.
    pub target: Target,
    /// Why the load is what it is ("+2.5 kg: 12, 12 last time"), when it is not simply the
    /// programme's number.
    pub reason: Option<String>,
}

/// What the history says about one exercise: its earlier sessions' work sets, oldest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExerciseHistory {
    /// One entry per session in which the exercise was logged; warm-ups left out.
    pub sessions: Vec<PastSession>,
}

/// What the history says, for starting a session.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Past {
    /// Last time's sets, by exercise name, for the Ready screen.
    pub last: HashMap<String, LastTime>,
    /// Work-set history, by exercise name, for progression and estimated maxes.
    pub work: HashMap<String, ExerciseHistory>,
    /// Each exercise's personal bests in these units, for records in the moment.
    pub bests: HashMap<String, PersonalBests>,
    /// The last two check-in moods, oldest first, for the check-in's kind line.
    pub moods: [Option<u8>; 2],
    /// Sessions already done this week, for the summary's "this week".
    pub sessions_this_week: u32,
    /// The local date the workout starts on, stamped by the runtime, so the time since an
    /// exercise was last done is known; `None` when it is not (tests, a clock that fails).
    pub today: Option<Date>,
}

fn one_rep_max(
    programme: &Programme,
    ex: &Exercise,
    history: &ExerciseHistory,
) -> Option<(f64, &'static str)> {
    let written =
        programme.one_rep_max.iter().find(|(name, _)| name.eq_ignore_ascii_case(&ex.name));
    if let Some((_, &max)) = written {
        return Some((max, "from [one_rep_max]"));
    }
    let recent = history.sessions.iter().rev().take(ESTIMATE_FROM_SESSIONS);
    let work: Vec<PastWork> = recent
        .flat_map(|s| &s.sets)
        .filter_map(|s| s.load.map(|load| PastWork { load, reps: s.reps }))
        .collect();
    estimate_one_rep_max(&work).map(|max| (max, "estimated from your history (Epley)"))
}

/// What the lifter's kit can make for `ex`: the smallest increase from a load, and the grid
/// loads round to (`None`: the barbell's plates). A barbell moves by two of its smallest
/// plates; dumbbells by the `[equipment]` step, to totals that exist; kettlebells by the usual
/// 4 kg (10 lb) between bells; a stack, band or anything else by 2.5 kg (5 lb), rounded to half
/// a kilo (a pound).
pub(super) fn kit(programme: &Programme, ex: &Exercise) -> (f64, Option<f64>) {
    let kg = programme.units == Units::Kg;
    match ex.equipment {
        Some(Equipment::Barbell) => {
            let smallest = programme.barbell.plates.iter().copied().reduce(f64::min);
            (smallest.map_or(if kg { 2.5 } else { 5.0 }, |p| 2.0 * p), None)
        }
        Some(Equipment::Dumbbell) => (programme.dumbbell_step, Some(programme.dumbbell_step)),
        Some(Equipment::Kettlebell) if kg => (4.0, Some(2.0)),
        Some(Equipment::Kettlebell) => (10.0, Some(5.0)),
        _ if kg => (2.5, Some(0.5)),
        _ => (5.0, Some(1.0)),
    }
}

/// The prescription for `ex` in `programme`, given its history and the date today, if known.
pub fn prescribe(
    programme: &Programme,
    ex: &Exercise,
    history: &ExerciseHistory,
    today: Option<Date>,
) -> Prescribed {
    let units = programme.units;
    let round = |w: f64| round_computed(w, ex, &programme.barbell, units);
    let mut reasons = Vec::new();
    // Said first: the lifter reads reps in their programme and is about to be timed instead.
    if let (Some(reps), Target::Hold(hold)) = (ex.reps_written, ex.target) {
        reasons.push(format!(
            "a {} hold, not the {reps} reps written: {} is a timed hold",
            crate::core::programme::format_duration(hold),
            ex.name
        ));
    }
    let load = match ex.load {
        Load::Percent(written) => {
            let p = capped_percent(written, ex.target);
            if p < written {
                let fmt = crate::core::programme::format_number;
                reasons.push(format!(
                    "{}% capped at {}%: the most for {} reps (Epley)",
                    fmt(written),
                    fmt(p),
                    ex.target
                ));
            }
            match one_rep_max(programme, ex, history) {
                Some((max, source)) => {
                    let fmt = crate::core::programme::format_number;
                    reasons.push(format!(
                        "{}% of {} {} {source}",
                        fmt(p),
                        fmt(max),
                        units.as_str()
                    ));
                    Load::Weight(round(percent_of(max, p)))
                }
                None => {
                    reasons.push(
                        "one-rep max unknown: choose a load; it is estimated once logged".into(),
                    );
                    Load::Percent(p)
                }
            }
        }
        fixed => fixed,
    };
    let range = match ex.target {
        Target::Reps(Reps::Exact(n)) => Some((n, n)),
        Target::Reps(Reps::Range(lo, hi)) => Some((lo, hi)),
        Target::Reps(Reps::Max) | Target::Hold(_) => None,
    };
    // A percentage follows the one-rep max; a progression rule moves written loads only (the
    // loader warns when a programme gives an exercise both).
    let progresses = ex.progression != Rule::None && !matches!(ex.load, Load::Percent(_));
    let load = match (range, load) {
        (Some(range), Load::Weight(_) | Load::Bodyweight) if progresses => {
            let base = if let Load::Weight(w) = load { w } else { 0.0 };
            let sessions = comparable(history, range.1, ex.sets);
            let (step, grid) = kit(programme, ex);
            let round = |w: f64| grid.map_or_else(|| round(w), |grid| round_to_step(w, grid));
            let last_date = sessions.last().and_then(|s| s.date);
            let days_away = today.zip(last_date).and_then(|(today, last)| {
                last.until(today).ok().map(|span| i64::from(span.get_days()))
            });
            let cx =
                Context { units: units.as_str(), step, days_away, harder: ex.harder.as_deref() };
            let next = progression::prescribe(&ex.progression, base, range, &sessions, &cx);
            reasons.extend(next.reason);
            // The rep target stays the programme's range (the pacer still counts to its top);
            // after a load increase the lifter is told where to start again.
            if let (RepTarget::Bottom(bottom), Some(last)) = (next.reps, reasons.last_mut()) {
                last.push_str(&format!(" — start again at {bottom} reps"));
            }
            match load {
                Load::Weight(_) => {
                    let lifted = sessions.last().and_then(heaviest);
                    let loadable = round_past(next.load, lifted, round);
                    if (loadable - next.load).abs() > 0.01
                        && let Some(last) = reasons.last_mut()
                    {
                        let fmt = crate::core::programme::format_number;
                        let unit = units.as_str();
                        last.push_str(&format!(
                            " ({} {unit}: the nearest you can load)",
                            fmt(loadable)
                        ));
                    }
                    Load::Weight(loadable)
                }
                other => other,
            }
        }
        (_, load) => load,
    };
    let reason = (!reasons.is_empty()).then(|| reasons.join("; "));
    Prescribed { load, target: ex.target, reason }
}

/// `percent` no heavier than the rep target's top can be done with (Epley): a prescription of
/// 90% for sets of 12 is capped at 71%.
fn capped_percent(percent: f64, target: Target) -> f64 {
    match target {
        Target::Reps(reps) => reps.top().map_or(percent, |top| percent.min(most_percent_for(top))),
        Target::Hold(_) => percent,
    }
}

/// The earlier sessions a rule should judge this exercise by: only sets written with the same
/// top rep count (a heavy day of fives says nothing about a light day of 8-12 of the same
/// lift). A session that stopped short of `sets` is marked so, with only the sets actually
/// logged: the sets never attempted are neither failures nor successes.
fn comparable(history: &ExerciseHistory, top: u32, sets: u32) -> Vec<PastSession> {
    history
        .sessions
        .iter()
        .map(|session| {
            let done: Vec<progression::PastSet> =
                session.sets.iter().filter(|s| s.target_top == top).copied().collect();
            let stopped_early = done.len() < sets as usize;
            PastSession { sets: done, stopped_early, date: session.date }
        })
        .filter(|session| !session.sets.is_empty())
        .collect()
}

/// The heaviest load of a session's sets, if any had one.
fn heaviest(session: &PastSession) -> Option<f64> {
    session.sets.iter().filter_map(|s| s.load).reduce(f64::max)
}

/// `load` rounded by `round`; but a rule's increase smaller than the plates can make would
/// round back to the load already lifted every time, so an increase rounds up to the next
/// load that really is heavier.
fn round_past(load: f64, lifted: Option<f64>, round: impl Fn(f64) -> f64) -> f64 {
    let rounded = round(load);
    let Some(lifted) = lifted.filter(|&l| load > l && rounded <= l) else { return rounded };
    let mut step = load - lifted;
    // Doubling finds the next loadable total in a few tries whatever the plates.
    for _ in 0..16 {
        step *= 2.0;
        let next = round(lifted + step);
        if next > lifted {
            return next;
        }
    }
    rounded
}

/// Computed loads (percentages of a warm-up) round to what can be loaded: the barbell's
/// plates for barbell work, otherwise half a kilo or a pound.
pub fn round_computed(load: f64, ex: &Exercise, barbell: &Barbell, units: Units) -> f64 {
    if ex.equipment == Some(crate::core::library::Equipment::Barbell) {
        round_load(load, barbell)
    } else {
        round_to_step(load, if units == Units::Kg { 0.5 } else { 1.0 })
    }
}
