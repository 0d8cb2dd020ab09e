//! Progression rules: the load (and rep aim) for an exercise's next session, and the reason in
//! words, as a pure function of the rule and the work sets already done. Must never read the
//! history file, round to plates (the caller does, with `plates`), or count warm-ups: the caller
//! hands in work sets only.

use jiff::civil::Date;

use super::words::format_number;

/// How an exercise's load moves from session to session.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule {
    /// The programme's load, always.
    None,
    /// Double progression over a rep range: when every work set reaches the top of the range,
    /// add `increment` and go back to the bottom; after `deload_after` sessions in a row with
    /// a set short of the bottom, take a fraction off.
    Double {
        /// Added to the load when the top of the range was reached on every set.
        increment: f64,
        /// Failed sessions in a row at one load before a deload; 0 never deloads.
        deload_after: u32,
        /// The fraction of the load taken off by a deload, e.g. 0.1 for 10%.
        deload: f64,
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
    /// How hard it felt, if the lifter said.
    pub rpe: Option<f64>,
}

/// The work sets of one exercise in one past session, in the order they were done.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastSession {
    /// Work sets only; warm-ups are left out by the caller.
    pub sets: Vec<PastSet>,
    /// The session ended before every planned set of the exercise was logged. The sets never
    /// done are not failures: such a session neither moves the load up nor counts towards a
    /// deload.
    pub stopped_early: bool,
    /// The local date it was done, when known.
    pub date: Option<Date>,
}

/// What a rule needs beyond the history: the kit's smallest step, how long the lifter has
/// been away, and words for the Ready screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Context<'a> {
    /// The unit loads are in, for the reasons ("kg").
    pub units: &'a str,
    /// The smallest increase the lifter's kit can make from the current load (two of the
    /// smallest plates, the next dumbbell). An increase is never more than 10% of the load or
    /// this step, whichever is larger.
    pub step: f64,
    /// Days since the exercise was last done, if known.
    pub days_away: Option<i64>,
    /// The harder variation to move on to once a bodyweight exercise tops its range.
    pub harder: Option<&'a str>,
}

impl<'a> Context<'a> {
    /// A context in `units` with no kit step (increases are as large as the rule says), no
    /// known time away and no harder variation.
    pub fn new(units: &'a str) -> Self {
        Context { units, step: f64::INFINITY, days_away: None, harder: None }
    }
}

/// More than this many days away and the load comes back lighter.
pub const AWAY_DAYS: i64 = 28;
/// The share of the load taken off after a long time away.
const AWAY_DELOAD: f64 = 0.1;
/// A session logged this hard (RPE 9.5 or 10: nothing left) holds the load.
const HARD_RPE: f64 = 9.5;
/// The largest share of the load one increase may add, unless one step of the kit is larger.
const MOST_INCREASE: f64 = 0.1;

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
/// The guard-rails a careful coach keeps: an increase is at most 10% of the load or one step
/// of the kit (`cx.step`), whichever is larger; a session logged at RPE 9.5 or 10 holds the
/// load; a session stopped early neither raises the load nor counts towards a deload (the sets
/// never done were not failed); and after more than four weeks away the load comes back 10%
/// lighter. Failed sessions "in a row" are counted back from the most recent one while they
/// stay at its load; a deload changes the load, so the count starts again after it. Loads are
/// returned unrounded (rounding to the kit is the caller's job), never negative or NaN.
pub fn prescribe(
    rule: &Rule,
    base_load: f64,
    range: (u32, u32),
    history: &[PastSession],
    cx: &Context<'_>,
) -> Prescription {
    let last = history.iter().rev().find(|s| !s.sets.is_empty());
    let judge = |last, increment, deload_after, deload, double| {
        let rules = Judge { increment, deload_after, deload, double, range };
        rules.next(base_load, history, last, cx)
    };
    let prescription = match (rule, last) {
        (Rule::None, _) | (_, None) => {
            Prescription { load: base_load, reps: RepTarget::AsWritten, reason: None }
        }
        (_, Some(last)) if cx.days_away.is_some_and(|d| d > AWAY_DAYS) => {
            after_a_break(base_load, last, cx)
        }
        (Rule::Double { increment, deload_after, deload }, Some(last)) => {
            judge(last, *increment, *deload_after, *deload, true)
        }
        (Rule::Linear { increment, deload_after, deload }, Some(last)) => {
            judge(last, *increment, *deload_after, *deload, false)
        }
    };
    Prescription { load: not_negative(prescription.load), ..prescription }
}

/// Back after more than four weeks: strength fades, and tissues lose their tolerance faster
/// than muscles lose strength, so the load comes back lighter and builds up again.
fn after_a_break(base_load: f64, last: &PastSession, cx: &Context<'_>) -> Prescription {
    let weeks = cx.days_away.unwrap_or_default() / 7;
    match session_load(last) {
        Some(load) => Prescription {
            load: load * (1.0 - AWAY_DELOAD),
            reps: RepTarget::AsWritten,
            reason: Some(format!(
                "−{}%: {weeks} weeks since you last did it; build back up",
                format_number(AWAY_DELOAD * 100.0)
            )),
        },
        None => Prescription {
            load: base_load,
            reps: RepTarget::AsWritten,
            reason: Some(format!("bodyweight: {weeks} weeks since you last did it; ease back in")),
        },
    }
}

/// One rule's numbers, and whether it is the double rule (progress at the top of the range,
/// fail below its bottom) or the linear one (progress and fail at each set's target).
struct Judge {
    increment: f64,
    deload_after: u32,
    deload: f64,
    double: bool,
    range: (u32, u32),
}

impl Judge {
    /// The reps a set must reach for the load to go up.
    fn goal(&self, set: &PastSet) -> u32 {
        if self.double { self.range.1 } else { set.target_top }
    }

    /// A set short of this failed.
    fn floor(&self, set: &PastSet) -> u32 {
        if self.double { self.range.0 } else { set.target_top }
    }

    fn missed(&self, session: &PastSession) -> bool {
        session.sets.iter().any(|s| s.reps < self.floor(s))
    }

    /// The rep aim while the load stays.
    fn holding(&self) -> RepTarget {
        if self.double { RepTarget::Top(self.range.1) } else { RepTarget::AsWritten }
    }

    fn next(
        &self,
        base_load: f64,
        history: &[PastSession],
        last: &PastSession,
        cx: &Context<'_>,
    ) -> Prescription {
        let load = session_load(last);
        let reps = reps_list(last);
        let hold = |reason: String| Prescription {
            load: load.unwrap_or(base_load),
            reps: self.holding(),
            reason: Some(reason),
        };
        if last.stopped_early {
            return hold(format!(
                "{}: {reps} last time — stopped early, so the load stays",
                same_load(load)
            ));
        }
        let all_hit = last.sets.iter().all(|s| s.reps >= self.goal(s));
        let hardest = last.sets.iter().filter_map(|s| s.rpe).reduce(f64::max);
        if all_hit {
            if let Some(rpe) = hardest.filter(|&r| r >= HARD_RPE && load.is_some()) {
                return hold(format!(
                    "same load: {reps} last time at RPE {} — hold it until it feels lighter",
                    format_number(rpe)
                ));
            }
            return self.progress(base_load, last, load, cx);
        }
        if !self.missed(last) {
            // Double progression between the bottom and the top: keep going.
            return hold(format!(
                "{}: {reps} last time — aim for {} on every set",
                same_load(load),
                self.range.1
            ));
        }
        let in_a_row = load.map_or(1, |load| self.failed_in_a_row(history, load));
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
        let what = if self.double {
            format!("{reps} last time — aim for {} on every set", self.range.1)
        } else {
            let misses: Vec<String> = last
                .sets
                .iter()
                .enumerate()
                .filter(|(_, s)| s.reps < s.target_top)
                .map(|(i, s)| format!("{} of {} reps on set {}", s.reps, s.target_top, i + 1))
                .collect();
            format!("{} last time", misses.join(", "))
        };
        hold(format!("{}: {what}{streak}", same_load(load)))
    }

    /// Every set reached its goal: more load (never more than the guard-rail allows), or, for
    /// bodyweight, a harder way to do it.
    fn progress(
        &self,
        base_load: f64,
        last: &PastSession,
        load: Option<f64>,
        cx: &Context<'_>,
    ) -> Prescription {
        let reps = reps_list(last);
        let hit = match (self.double, common_target(last)) {
            (true, _) => format!("{reps} last time"),
            (false, Some(target)) => format!("every set hit {target} last time"),
            (false, None) => "every set hit its target last time".to_string(),
        };
        match load {
            Some(load) => {
                let increment = capped(self.increment, load, cx.step);
                let reps = if self.double {
                    RepTarget::Bottom(self.range.0)
                } else {
                    RepTarget::AsWritten
                };
                Prescription {
                    load: load + increment,
                    reps,
                    reason: Some(format!("{}: {hit}", signed(increment, cx.units))),
                }
            }
            None if self.double => {
                let next = match cx.harder {
                    Some(harder) => format!("move on to {harder}, or slow the tempo"),
                    None => "slow the tempo or add load to keep progressing".to_string(),
                };
                Prescription {
                    load: base_load,
                    reps: RepTarget::Top(self.range.1),
                    reason: Some(format!(
                        "bodyweight: {hit} — top of the range on every set; {next}"
                    )),
                }
            }
            None => Prescription {
                load: base_load,
                reps: RepTarget::AsWritten,
                reason: Some(format!("bodyweight: {hit}")),
            },
        }
    }

    /// Complete sessions, counted back from the most recent, that failed at `load`. A session
    /// stopped early is passed over: it neither adds to the run nor ends it.
    fn failed_in_a_row(&self, history: &[PastSession], load: f64) -> u32 {
        let at_load = |s: &PastSession| session_load(s).is_some_and(|l| (l - load).abs() <= 1e-6);
        let count = history
            .iter()
            .rev()
            .filter(|s| !s.sets.is_empty() && !s.stopped_early)
            .take_while(|s| at_load(s) && self.missed(s))
            .count();
        u32::try_from(count).unwrap_or(u32::MAX)
    }
}

/// `increment`, no more than 10% of `load` or one `step` of the kit, whichever is larger: a
/// 2.5 kg jump is fine on a 60 kg squat and far too much on a 6 kg lateral raise.
fn capped(increment: f64, load: f64, step: f64) -> f64 {
    if increment > 0.0 { increment.min((load * MOST_INCREASE).max(step)) } else { increment }
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
