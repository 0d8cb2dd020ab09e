//! The public strength guideline as a report on a programme: for each of the seven muscle
//! groups, how many work sets of 8-12 reps it gets a week and on how many days, a verdict, and
//! concrete advice for every gap; and how long a day takes. Pure arithmetic on the model: it
//! must never read files, print, or change the programme.

mod advice;
mod estimate;
mod table;

use std::ops::RangeInclusive;

pub use self::estimate::{SETUP_ALLOWANCE, estimate_day};
use crate::core::library::Library;
use crate::core::programme::{Muscle, Programme, Reps, Target};

/// The rep range the guideline asks for.
pub const REPS: RangeInclusive<u32> = 8..=12;
/// Work sets a week each group needs.
pub const MIN_SETS: u32 = 2;
/// Days a week each group needs to be trained on.
pub const MIN_DAYS: u32 = 2;

/// How one muscle group fares against the guideline.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupReport {
    /// The group.
    pub muscle: Muscle,
    /// Work sets of 8-12 reps a week, on average over the day rotation.
    pub sets_per_week: f64,
    /// Days a week with at least one such set, on average over the rotation.
    pub days_per_week: f64,
    /// Work sets a week whose rep range only partly lies in 8-12 ("6-10"): reported apart,
    /// and never enough on their own to meet the guideline.
    pub partial_sets_per_week: f64,
    /// At least `MIN_SETS` sets on at least `MIN_DAYS` days.
    pub meets: bool,
}

/// One piece of advice for closing a gap.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The group it is about; `None` when it is about the whole programme (too few sessions).
    pub muscle: Option<Muscle>,
    /// What to change, naming a day and an exercise from the library.
    pub text: String,
}

/// The guideline report for a whole programme.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The programme's sessions a week, which the averages are based on.
    pub sessions_per_week: u32,
    /// The seven groups, in `Muscle::ALL` order.
    pub groups: Vec<GroupReport>,
    /// Advice for every gap; empty when the programme meets the guideline.
    pub suggestions: Vec<Suggestion>,
}

impl Report {
    /// Every group meets the guideline.
    pub fn meets(&self) -> bool {
        self.groups.iter().all(|g| g.meets)
    }
}

/// "meets" or "gaps": the one-word verdict for `liftpace programs`.
pub fn verdict_word(report: &Report) -> &'static str {
    if report.meets() { "meets" } else { "gaps" }
}

/// How a set's target sits against the guideline's 8-12.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Every rep count it allows lies in 8-12: a guideline set.
    Within,
    /// A range that only partly lies in 8-12 ("6-10", "12-15"): reported apart, never counted.
    Partly,
    /// Outside it, "max" (no promised number) or a timed hold.
    Outside,
}

/// Where a set with this target sits against 8-12: whole targets within it count; an exact
/// 13 does not, and neither does "5-8", which a lifter may well do as sets of 5.
pub fn fit(target: Target) -> Fit {
    let within = |n: u32| REPS.contains(&n);
    match target {
        Target::Reps(Reps::Exact(n)) if within(n) => Fit::Within,
        Target::Reps(Reps::Range(lo, hi)) if within(lo) && within(hi) => Fit::Within,
        Target::Reps(Reps::Range(lo, hi)) if lo <= *REPS.end() && hi >= *REPS.start() => {
            Fit::Partly
        }
        _ => Fit::Outside,
    }
}

/// Does a set with this target count toward the guideline? Only when its whole target lies
/// within 8-12.
pub fn counts(target: Target) -> bool {
    fit(target) == Fit::Within
}

/// Sets of one group whose target fits as `wanted`, on each day of the rotation, in programme
/// order. A per-side set counts once: left and right together are one set for the group.
fn sets_by_day(programme: &Programme, muscle: Muscle, wanted: Fit) -> Vec<u32> {
    programme
        .days
        .iter()
        .map(|day| {
            day.exercises
                .iter()
                .filter(|ex| ex.muscles.contains(&muscle) && fit(ex.target) == wanted)
                .map(|ex| ex.sets)
                .sum()
        })
        .collect()
}

/// The rotation's weekly arithmetic: the days are done in turn, A, B, A, ..., so each is done
/// `sessions / days` times a week on average. Kept as integers so "meets" is exact (three days
/// at 2/3 a week each is exactly 2, not 1.9999999).
#[derive(Debug, Clone, Copy)]
struct Rotation {
    sessions: u64,
    days: u64,
}

impl Rotation {
    /// `count` per rotation, as a weekly average.
    fn weekly(self, count: u64) -> f64 {
        if self.days == 0 { 0.0 } else { (count * self.sessions) as f64 / self.days as f64 }
    }

    /// `count` per rotation makes at least `min` a week.
    fn reaches(self, count: u64, min: u32) -> bool {
        count * self.sessions >= u64::from(min) * self.days
    }
}

/// The guideline report for `programme`; `library` supplies the exercises its advice names.
/// A set counts toward a group when its exercise lists the group in `muscles` and its target
/// counts (see `counts`). Days a week are capped at 7: two sessions a day are still one day.
pub fn report(programme: &Programme, library: &Library) -> Report {
    let rotation = Rotation {
        sessions: u64::from(programme.sessions_per_week),
        days: programme.days.len() as u64,
    };
    let mut groups = Vec::with_capacity(Muscle::ALL.len());
    let mut suggestions = advice::for_programme(programme.sessions_per_week);
    let adviser = advice::Adviser::new(programme, library);
    for muscle in Muscle::ALL {
        let by_day = sets_by_day(programme, muscle, Fit::Within);
        let partly: u64 =
            sets_by_day(programme, muscle, Fit::Partly).iter().map(|&n| u64::from(n)).sum();
        let sets: u64 = by_day.iter().map(|&n| u64::from(n)).sum();
        let days = by_day.iter().filter(|&&n| n > 0).count() as u64;
        let meets = rotation.reaches(sets, MIN_SETS) && rotation.reaches(days, MIN_DAYS);
        let group = GroupReport {
            muscle,
            sets_per_week: rotation.weekly(sets),
            days_per_week: rotation.weekly(days).min(7.0),
            partial_sets_per_week: rotation.weekly(partly),
            meets,
        };
        if !meets {
            suggestions.extend(adviser.advise(&group, &by_day, rotation));
        }
        groups.push(group);
    }
    Report { sessions_per_week: programme.sessions_per_week, groups, suggestions }
}
