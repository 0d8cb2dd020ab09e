//! What a workout asks of each exercise when it starts: the work load (a percentage of the
//! one-rep max turned into a loadable weight, moved by the exercise's progression rule) and
//! the reason, in words for the Ready screen. A pure function of the programme and what the
//! history says; the history itself is gathered by storage.

use std::collections::HashMap;

use crate::core::programme::{Exercise, Load, Programme, Reps, Target};
use crate::core::progression::{self, PastSession, RepTarget, Rule};
use crate::core::session::plan::Side;
use crate::core::session::plan::round_computed;
use crate::core::strength::{PastWork, estimate_one_rep_max, percent_of};

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

/// The prescription for `ex` in `programme`, given its history.
pub fn prescribe(programme: &Programme, ex: &Exercise, history: &ExerciseHistory) -> Prescribed {
    let units = programme.units;
    let round = |w: f64| round_computed(w, ex, &programme.barbell, units);
    let mut reasons = Vec::new();
    let load = match ex.load {
        Load::Percent(p) => match one_rep_max(programme, ex, history) {
            Some((max, source)) => {
                let fmt = crate::core::programme::format_number;
                reasons.push(format!("{}% of {} {} {source}", fmt(p), fmt(max), units.as_str()));
                Load::Weight(round(percent_of(max, p)))
            }
            None => {
                reasons
                    .push("one-rep max unknown: choose a load; it is estimated once logged".into());
                Load::Percent(p)
            }
        },
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
            let next = progression::prescribe(
                &ex.progression,
                base,
                range,
                &history.sessions,
                units.as_str(),
            );
            reasons.extend(next.reason);
            // The rep target stays the programme's range (the pacer still counts to its top);
            // after a load increase the lifter is told where to start again.
            if let (RepTarget::Bottom(bottom), Some(last)) = (next.reps, reasons.last_mut()) {
                last.push_str(&format!(" — start again at {bottom} reps"));
            }
            match load {
                Load::Weight(_) => Load::Weight(round(next.load)),
                other => other,
            }
        }
        (_, load) => load,
    };
    let reason = (!reasons.is_empty()).then(|| reasons.join("; "));
    Prescribed { load, target: ex.target, reason }
}
