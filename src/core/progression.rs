//! Progression rules: the load (and rep aim) for an exercise's next session, and the reason in
//! words, as a pure function of the rule and the work sets already done. Must never read the
//! history file, round to plates (the caller does, with `plates`), or count warm-ups: the caller
//! hands in work sets only.

use super::words::format_number;

/// How an exercise's load moves from session to session.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule {
    /// The programme's load, always.
    None,
    /// Double progression over a rep range: when every work set reaches the top of the range,
    /// add `increment` and go back to the bottom.
    Double {
        /// Added to the load when the top of the range was reached on every set.
        increment: f64,
    },
    /// Linear progression: add `increment` after every session where each work set hit its
    /// target; after `deload_after` failed sessions in a row, take a fraction off.
    Linear {
        /// Added to the load after a session where every set hit its target.
        increment: f64,
        /// Failed sessions in a row at one load before a deload; 0 never deloads.
        deload_after: u32,
        /// The fraction of the load taken off by a deload, e.g. 0.1 for 10%.
        deload: f64,
    },
}

/// One work set already done.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PastSet {
    /// What was on the bar; `None` for bodyweight.
    pub load: Option<f64>,
    /// Reps completed.
    pub reps: u32,
    /// The reps the set aimed for: the top of its range, or its exact count.
    pub target_top: u32,
}

/// The work sets of one exercise in one past session, in the order they were done.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastSession {
    /// Work sets only; warm-ups are left out by the caller.
    pub sets: Vec<PastSet>,
}

/// Which part of the rep range the next session should aim for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepTarget {
    /// Whatever the programme says; the rule has no opinion.
    AsWritten,
    /// The bottom of the range: the load just went up.
    Bottom(u32),
    /// The top of the range on every set: the load stays until that is done.
    Top(u32),
}

/// The next session's load and rep aim for one exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct Prescription {
    /// The load to use, not yet rounded to what can be loaded.
    pub load: f64,
    /// Which reps to aim for.
    pub reps: RepTarget,
    /// Why the load is what it is, for the Ready screen ("+2.5 kg: 12, 12 last time"); `None`
    /// when there is nothing to explain.
    pub reason: Option<String>,
}

/// The next session's prescription under `rule`, from `base_load` (the programme's load),
/// `range` (the rep range as `(bottom, top)`; equal ends for an exact count) and `history`
/// (this exercise's past sessions, most recent last, work sets only).
///
/// With no history (or only sessions with no work sets), every rule gives `base_load` with no
/// reason: the first session is simply the programme as written. Otherwise the rule starts
/// from what the lifter actually lifted most recently (the heaviest work set of the last
/// session), not from what it would have prescribed, so a lifter who changed the load by hand
/// is followed rather than fought. Bodyweight sessions (no load on any set) keep `base_load`
/// and only talk about reps.
///
/// For `Linear`, the failed sessions "in a row" are counted back from the most recent one while
/// they stay at that session's load. A deload changes the load, so the count starts again from
/// one after it without any bookkeeping. The deloaded load is returned unrounded: rounding to
/// the plates is the caller's job. The result is never negative or NaN; nonsense inputs (a
/// negative increment past zero, a deload over 100%) give zero rather than a negative load.
pub fn prescribe(
    rule: &Rule,
    base_load: f64,
    range: (u32, u32),
    history: &[PastSession],
    units_label: &str,
) -> Prescription {
    let last = history.iter().rev().find(|s| !s.sets.is_empty());
    let prescription = match (rule, last) {
        (Rule::None, _) | (_, None) => {
            Prescription { load: base_load, reps: RepTarget::AsWritten, reason: None }
        }
        (Rule::Double { increment }, Some(last)) => {
            double(*increment, base_load, range, last, units_label)
        }
        (Rule::Linear { increment, deload_after, deload }, Some(last)) => {
            let step =
                LinearStep { increment: *increment, deload_after: *deload_after, deload: *deload };
            step.next(base_load, history, last, units_label)
        }
    };
    Prescription { load: not_negative(prescription.load), ..prescription }
}

fn double(
    increment: f64,
    base_load: f64,
    (bottom, top): (u32, u32),
    last: &PastSession,
    units_label: &str,
) -> Prescription {
    let reps = reps_list(last);
    let all_at_top = last.sets.iter().all(|s| s.reps >= top);
    match (session_load(last), all_at_top) {
        (Some(load), true) => Prescription {
            load: load + increment,
            reps: RepTarget::Bottom(bottom),
            reason: Some(format!("{}: {reps} last time", signed(increment, units_label))),
        },
        (None, true) => Prescription {
            load: base_load,
            reps: RepTarget::Top(top),
            reason: Some(format!(
                "bodyweight: {reps} last time — top of the range on every set; \
                 slow the tempo or add load to keep progressing"
            )),
        },
        (load, false) => Prescription {
            load: load.unwrap_or(base_load),
            reps: RepTarget::Top(top),
            reason: Some(format!(
                "{}: {reps} last time — aim for {top} on every set",
                same_load(load)
            )),
        },
    }
}

/// The `Linear` rule's numbers, so its steps read as one thing.
struct LinearStep {
    increment: f64,
    deload_after: u32,
    deload: f64,
}

impl LinearStep {
    fn next(
        &self,
        base_load: f64,
        history: &[PastSession],
        last: &PastSession,
        units_label: &str,
    ) -> Prescription {
        let load = session_load(last);
        let misses: Vec<String> = last
            .sets
            .iter()
            .enumerate()
            .filter(|(_, s)| s.reps < s.target_top)
            .map(|(i, s)| format!("{} of {} reps on set {}", s.reps, s.target_top, i + 1))
            .collect();
        if misses.is_empty() {
            let hit = match common_target(last) {
                Some(target) => format!("every set hit {target} last time"),
                None => "every set hit its target last time".to_string(),
            };
            return match load {
                Some(load) => Prescription {
                    load: load + self.increment,
                    reps: RepTarget::AsWritten,
                    reason: Some(format!("{}: {hit}", signed(self.increment, units_label))),
                },
                None => Prescription {
                    load: base_load,
                    reps: RepTarget::AsWritten,
                    reason: Some(format!("bodyweight: {hit}")),
                },
            };
        }
        let in_a_row = load.map_or(1, |load| failed_in_a_row(history, load));
        if let Some(load) = load.filter(|_| self.deload_after > 0 && in_a_row >= self.deload_after)
        {
            let fraction = self.deload.clamp(0.0, 1.0);
            return Prescription {
                load: load * (1.0 - fraction),
                reps: RepTarget::AsWritten,
                reason: Some(format!(
                    "−{}%: {} in a row missed",
                    format_number(fraction * 100.0),
                    plural(in_a_row, "session", "sessions")
                )),
            };
        }
        let streak = match (load, self.deload_after) {
            (None, _) => String::new(),
            (Some(_), 0) => format!(" ({} in a row)", plural(in_a_row, "miss", "misses")),
            (Some(_), after) => {
                format!(" ({} in a row; deload after {after})", plural(in_a_row, "miss", "misses"))
            }
        };
        Prescription {
            load: load.unwrap_or(base_load),
            reps: RepTarget::AsWritten,
            reason: Some(format!("{}: {} last time{streak}", same_load(load), misses.join(", "))),
        }
    }
}

/// Sessions, counted back from the most recent, that missed a target at `load`.
fn failed_in_a_row(history: &[PastSession], load: f64) -> u32 {
    let failed_at_load = |s: &PastSession| {
        session_load(s).is_some_and(|l| (l - load).abs() <= 1e-6)
            && s.sets.iter().any(|set| set.reps < set.target_top)
    };
    let count = history
        .iter()
        .rev()
        .filter(|s| !s.sets.is_empty())
        .take_while(|s| failed_at_load(s))
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// The heaviest usable load among a session's work sets; `None` when every set was bodyweight.
fn session_load(session: &PastSession) -> Option<f64> {
    session
        .sets
        .iter()
        .filter_map(|s| s.load)
        .filter(|l| l.is_finite() && *l >= 0.0)
        .reduce(f64::max)
}

/// The target every set shared, if they all had the same one.
fn common_target(session: &PastSession) -> Option<u32> {
    let first = session.sets.first()?.target_top;
    session.sets.iter().all(|s| s.target_top == first).then_some(first)
}

fn reps_list(session: &PastSession) -> String {
    session.sets.iter().map(|s| s.reps.to_string()).collect::<Vec<_>>().join(", ")
}

fn same_load(load: Option<f64>) -> &'static str {
    if load.is_some() { "same load" } else { "bodyweight" }
}

/// An increment as a change the lifter reads: "+2.5 kg", or "−2.5 kg" for a negative one.
fn signed(increment: f64, units_label: &str) -> String {
    let sign = if increment < 0.0 { '−' } else { '+' };
    format!("{sign}{} {units_label}", format_number(increment.abs()))
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn not_negative(load: f64) -> f64 {
    if load.is_finite() && load > 0.0 { load } else { 0.0 }
}
