//! The report drawn from a `Tally`: the last N weeks against the plan and the guideline, the
//! streak, and every exercise's series. Pure; what programmes plan and which muscles an
//! exercise trains come from the caller through `Lookup`, so the core never loads a file.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;

use super::fold::Tally;
use super::records::round1;
use super::week::Week;
use crate::core::guideline;
use crate::core::programme::Muscle;

/// What the history alone cannot say.
pub trait Lookup {
    /// The muscle groups `exercise` trains; empty when nobody knows.
    fn muscles(&self, exercise: &str) -> &[Muscle];
    /// The `sessions_per_week` of the programme a session's `programme_file` names, when it
    /// can still be found and loaded.
    fn sessions_per_week(&self, programme_file: &str) -> Option<u32>;
}

/// One ISO week.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekSummary {
    /// Which.
    pub week: Week,
    /// Sessions with at least one saved work set.
    pub sessions: u32,
    /// The plan's `sessions_per_week`: the programme of the week's latest session, else the
    /// one in use before it, else the guideline's two.
    pub planned: u32,
    /// Work sets of 8-12 reps per muscle group, in `Muscle::ALL` order.
    pub sets_by_group: [u32; 7],
    /// 2+ sessions and every group given the guideline's 2+ sets.
    pub met: bool,
    /// The mean of the week's check-ins, 1 (low) to 5 (great).
    pub mood: Option<f64>,
    /// How many check-ins that is.
    pub checkins: u32,
    /// Seconds of breathing sessions begun this week.
    pub breathing_seconds: u64,
}

/// The set behind an exercise's best estimated max.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BestSet {
    /// When.
    pub date: Date,
    /// Load, in the exercise's unit.
    pub load: f64,
    /// Reps.
    pub reps: u32,
    /// Its Epley estimate, to one decimal place.
    pub e1rm: f64,
}

/// One exercise in one unit (the same lift in kg and lb is two of these).
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseProgress {
    /// As logged.
    pub name: String,
    /// "kg" or "lb".
    pub unit: String,
    /// The last day it was done, ever.
    pub last_done: Option<Date>,
    /// The best estimated max of each day in the window, oldest first, to one decimal.
    pub e1rm: Vec<(Date, f64)>,
    /// The best set ever, by estimated max.
    pub best: Option<BestSet>,
    /// The heaviest load ever lifted at each rep count.
    pub rep_records: BTreeMap<u32, f64>,
    /// Load × reps per week in the window, weeks it was done only.
    pub volume: Vec<(Week, f64)>,
    /// Mean RPE per week in the window, weeks with a rating only, to one decimal.
    pub rpe: Vec<(Week, f64)>,
}

/// Everything the progress views show.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// The day it was worked out for.
    pub today: Date,
    /// The last N weeks, oldest first, ending with this one (empty weeks included).
    pub weeks: Vec<WeekSummary>,
    /// Every exercise and unit ever logged, by name then unit.
    pub exercises: Vec<ExerciseProgress>,
    /// Weeks in a row, back from this one, that met the guideline. This week joins the streak
    /// once it is met; until then the streak is the run that ended last week.
    pub streak_weeks: u32,
}

impl Tally {
    /// The report for the `weeks` weeks up to and including the week of `today`.
    pub fn progress(&mut self, today: Date, weeks: u32, lookup: &dyn Lookup) -> Progress {
        self.flush();
        let this_week = Week::of(today);
        let first = (1..weeks.max(1)).fold(this_week, |w, _| w.previous());
        let counter = WeekCounter::new(self, lookup);
        let summaries: Vec<WeekSummary> = std::iter::successors(Some(first), |w| Some(w.next()))
            .take_while(|w| *w <= this_week)
            .map(|w| counter.summary(self, w))
            .collect();
        let streak_weeks = counter.streak(this_week);
        let mut exercises: Vec<ExerciseProgress> = self
            .exercises
            .iter()
            .flat_map(|(name, units)| units.iter().map(move |t| (name, t)))
            .map(|(name, t)| ExerciseProgress {
                name: name.clone(),
                unit: t.unit.clone(),
                last_done: t.last_date,
                e1rm: t.e1rm.range(first.monday()..).map(|(d, v)| (*d, round1(*v))).collect(),
                best: t.best.map(|(e1rm, date, load, reps)| BestSet {
                    date,
                    load,
                    reps,
                    e1rm: round1(e1rm),
                }),
                rep_records: t.bests.rep_records.clone(),
                volume: t.weeks.range(first..).map(|(w, work)| (*w, round1(work.volume))).collect(),
                rpe: t
                    .weeks
                    .range(first..)
                    .filter(|(_, work)| work.rpe_count > 0)
                    .map(|(w, work)| (*w, round1(work.rpe_sum / f64::from(work.rpe_count))))
                    .collect(),
            })
            .collect();
        exercises.sort_by(|a, b| {
            (a.name.to_lowercase(), &a.unit).cmp(&(b.name.to_lowercase(), &b.unit))
        });
        Progress { today, weeks: summaries, exercises, streak_weeks }
    }
}

/// The per-week figures every summary and the streak need, gathered once.
struct WeekCounter {
    /// Sessions counted, and the programme of the latest, by week.
    sessions: BTreeMap<Week, (u32, u64, Option<String>)>,
    /// Guideline sets per group, by week.
    groups: HashMap<Week, [u32; 7]>,
    /// `sessions_per_week` by programme file, for the files in the history.
    plans: HashMap<String, u32>,
}

impl WeekCounter {
    fn new(tally: &Tally, lookup: &dyn Lookup) -> WeekCounter {
        let mut sessions: BTreeMap<Week, (u32, u64, Option<String>)> = BTreeMap::new();
        let mut plans = HashMap::new();
        for s in tally.sessions.values() {
            let Some(week) = s.counted_week() else { continue };
            let entry = sessions.entry(week).or_default();
            entry.0 += 1;
            if entry.2.is_none() || s.order > entry.1 {
                entry.1 = s.order;
                entry.2 = s.programme_file.clone();
            }
            if let Some(file) = &s.programme_file
                && !plans.contains_key(file)
                && let Some(n) = lookup.sessions_per_week(file)
            {
                plans.insert(file.clone(), n);
            }
        }
        let mut groups: HashMap<Week, [u32; 7]> = HashMap::new();
        for (name, units) in &tally.exercises {
            let muscles = lookup.muscles(name);
            let indexes: Vec<usize> = Muscle::ALL
                .iter()
                .enumerate()
                .filter(|(_, m)| muscles.contains(m))
                .map(|(i, _)| i)
                .collect();
            for (week, work) in units.iter().flat_map(|t| &t.weeks) {
                let counts = groups.entry(*week).or_default();
                for &i in &indexes {
                    counts[i] += work.guideline_sets;
                }
            }
        }
        WeekCounter { sessions, groups, plans }
    }

    fn sessions(&self, week: Week) -> u32 {
        self.sessions.get(&week).map_or(0, |s| s.0)
    }

    fn groups(&self, week: Week) -> [u32; 7] {
        self.groups.get(&week).copied().unwrap_or_default()
    }

    fn met(&self, week: Week) -> bool {
        self.sessions(week) >= guideline::MIN_DAYS
            && self.groups(week).iter().all(|&n| n >= guideline::MIN_SETS)
    }

    /// The plan in force in `week`: its own latest programme, else the latest before it, else
    /// the first one ever used.
    fn planned(&self, week: Week) -> u32 {
        let known = |(_, (_, _, file)): (&Week, &(u32, u64, Option<String>))| {
            file.as_ref().and_then(|f| self.plans.get(f)).copied()
        };
        self.sessions
            .range(..=week)
            .rev()
            .find_map(known)
            .or_else(|| self.sessions.range(week..).find_map(known))
            .unwrap_or(guideline::MIN_DAYS)
    }

    fn summary(&self, tally: &Tally, week: Week) -> WeekSummary {
        let (mood_sum, checkins) = tally.moods.get(&week).copied().unwrap_or_default();
        WeekSummary {
            week,
            sessions: self.sessions(week),
            planned: self.planned(week),
            sets_by_group: self.groups(week),
            met: self.met(week),
            mood: (checkins > 0).then(|| round1(f64::from(mood_sum) / f64::from(checkins))),
            checkins,
            breathing_seconds: tally.breathing.get(&week).copied().unwrap_or(0),
        }
    }

    fn streak(&self, this_week: Week) -> u32 {
        let start = if self.met(this_week) { this_week } else { this_week.previous() };
        let first_ever = self.sessions.keys().next().copied().unwrap_or(this_week);
        std::iter::successors(Some(start), |w| Some(w.previous()))
            .take_while(|w| *w >= first_ever && self.met(*w))
            .count() as u32
    }
}

/// A one-line sparkline of `values`, lowest to highest across eight block heights.
pub fn spark(values: &[f64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    values
        .iter()
        .map(|v| {
            let at = if hi > lo { (v - lo) / (hi - lo) } else { 1.0 };
            BARS[((at * 7.0).round() as usize).min(7)]
        })
        .collect()
}
