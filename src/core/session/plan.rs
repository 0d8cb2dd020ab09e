//! The order of a workout: every set of a day laid out as it is done — warm-ups before work
//! sets, per-side sets left then right, exercises sharing a `group` in rounds — each with its
//! load, target and the rest that follows it. Pure; knows nothing of time or history.

use std::ops::Range;
use std::time::Duration;

use crate::core::plates::Barbell;
use crate::core::programme::{Day, Exercise, Load, Reps, Target, WarmupLoad};
use crate::core::session::prescribe::{Prescribed, round_computed};
pub use crate::core::words::Side;
use crate::core::words::{Cue, Units};

/// Whether a set counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetKind {
    /// Preparation: never counted as a work set in any statistic or progression.
    Warmup,
    /// A work set.
    Work,
}

impl SetKind {
    /// As written in the results file.
    pub fn as_str(self) -> &'static str {
        match self {
            SetKind::Warmup => "warmup",
            SetKind::Work => "work",
        }
    }
}

/// One set of the workout, in order.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlannedSet {
    /// Index into the day's exercises.
    pub exercise: usize,
    /// Warm-up or work.
    pub kind: SetKind,
    /// 1-based number among the exercise's sets of this kind.
    pub number: u32,
    /// How many sets of this kind the exercise has.
    pub of: u32,
    /// For per-side exercises.
    pub side: Option<Side>,
    /// The load to use: as prescribed, until the lifter logs a different one.
    pub load: Load,
    /// Reps or hold to pace.
    pub target: Target,
    /// The rest after this set: none between sides or within a round.
    pub rest_after: Duration,
}

impl PlannedSet {
    /// The breathing cue this set of `ex` is paced with: the exercise's own, except that a
    /// warm-up is never braced (it is light, and bracing is for near-maximal work) and that
    /// with `brace` off (the lifter's setting) every set breathes in and out.
    pub fn cue(&self, ex: &Exercise, brace: bool) -> Cue {
        match (self.kind, brace) {
            (SetKind::Work, true) => ex.cue,
            _ => Cue::Breathe,
        }
    }
}

/// Rest after a warm-up set: short, since warm-ups are light, but never longer than the
/// exercise's own rest.
const WARMUP_REST: Duration = Duration::from_secs(60);

fn warmup_load(
    load: WarmupLoad,
    work: Load,
    ex: &Exercise,
    barbell: &Barbell,
    units: Units,
) -> Load {
    match (load, work) {
        (WarmupLoad::Bar, _) => Load::Weight(barbell.bar),
        (WarmupLoad::Fixed(w), _) => Load::Weight(w),
        (WarmupLoad::OfWork(f), Load::Weight(w)) => {
            Load::Weight(round_computed(w * f, ex, barbell, units))
        }
        (WarmupLoad::OfWork(f), Load::Percent(p)) => Load::Percent(p * f),
        (WarmupLoad::OfWork(_), Load::Bodyweight) => Load::Bodyweight,
    }
}

/// Every set of `day` in the order it is done. `prescribed` has one entry per exercise: the
/// work load and target the workout starts with.
pub fn plan(
    day: &Day,
    prescribed: &[Prescribed],
    barbell: &Barbell,
    units: Units,
) -> Vec<PlannedSet> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < day.exercises.len() {
        let block = block_of(day, i);
        let len = block.len();
        for exercise in block.clone() {
            let ex = &day.exercises[exercise];
            let of = ex.warmups.len() as u32;
            for (n, warmup) in ex.warmups.iter().enumerate() {
                let set = PlannedSet {
                    exercise,
                    kind: SetKind::Warmup,
                    number: n as u32 + 1,
                    of,
                    side: None,
                    load: warmup_load(warmup.load, prescribed[exercise].load, ex, barbell, units),
                    target: Target::Reps(Reps::Exact(warmup.reps)),
                    rest_after: WARMUP_REST.min(ex.rest),
                };
                push_sides(&mut out, ex, set);
            }
        }
        let rounds = block.clone().map(|e| day.exercises[e].sets).max().unwrap_or(0);
        for round in 1..=rounds {
            let in_round = in_round(day, block.clone(), round);
            for (k, &exercise) in in_round.iter().enumerate() {
                let ex = &day.exercises[exercise];
                let last_of_round = k + 1 == in_round.len();
                let set = PlannedSet {
                    exercise,
                    kind: SetKind::Work,
                    number: round,
                    of: ex.sets,
                    side: None,
                    load: prescribed[exercise].load,
                    target: prescribed[exercise].target,
                    rest_after: if last_of_round { ex.rest } else { Duration::ZERO },
                };
                push_sides(&mut out, ex, set);
            }
        }
        i += len;
    }
    out
}

/// The exercises done together with `exercise`: the run of neighbours sharing its group (a
/// superset or circuit), or itself alone when it has none.
pub fn block_of(day: &Day, exercise: usize) -> Range<usize> {
    let group = &day.exercises[exercise].group;
    if group.is_none() {
        return exercise..exercise + 1;
    }
    let same = |e: &&Exercise| e.group == *group;
    let before = day.exercises[..exercise].iter().rev().take_while(same).count();
    let from = exercise - before;
    from..from + day.exercises[from..].iter().take_while(same).count()
}

/// The exercises of `block` done in round `round` (1-based), in order: those with a set left
/// for it. An exercise with fewer sets drops out of the later rounds.
pub fn in_round(day: &Day, block: Range<usize>, round: u32) -> Vec<usize> {
    block.filter(|&e| day.exercises[e].sets >= round).collect()
}

/// Adds `set`, split into left then right for per-side exercises: one set, so no rest
/// between the sides.
fn push_sides(out: &mut Vec<PlannedSet>, ex: &Exercise, set: PlannedSet) {
    if ex.per_side {
        out.push(PlannedSet { side: Some(Side::Left), rest_after: Duration::ZERO, ..set });
        out.push(PlannedSet { side: Some(Side::Right), ..set });
    } else {
        out.push(set);
    }
}
