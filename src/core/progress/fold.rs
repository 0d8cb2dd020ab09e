//! The fold: the history's records taken one at a time into running totals whose size grows
//! with days, weeks and exercises, never with sets, so years of history need no more memory
//! than a month. Owns the counting rules (warm-ups never count; a left and right pair is one
//! set, as good as its weaker side; a session counts once it has a saved work set, however it
//! ended). Must never hold on to records or read anything but the events it is given.

use std::collections::{BTreeMap, HashMap};

/// Maps keyed by session id and exercise name, looked up once or twice per set: a fast hash,
/// as nothing here comes from anyone who could choose keys to collide.
type Map<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

use jiff::civil::Date;

use super::records::PersonalBests;
use super::week::{Week, local_date};
use super::{Event, SetDone};
use crate::core::guideline;
use crate::core::session::{SetKind, Side};
use crate::core::strength::epley;

/// Running totals of the history, fed one `Event` at a time; `Tally::progress` turns them into
/// the report.
#[derive(Debug, Default)]
pub struct Tally {
    pub(super) sessions: Map<String, SessionTally>,
    /// By exercise name, one entry per unit it was logged in.
    pub(super) exercises: Map<String, Vec<ExerciseTally>>,
    /// Sum and count of the check-ins' moods, by week.
    pub(super) moods: BTreeMap<Week, (u32, u32)>,
    /// Seconds of breathing, by week.
    pub(super) breathing: BTreeMap<Week, u64>,
    /// The last stamp's date, because consecutive records are nearly always the same day.
    last_date: Option<(String, Date, Week)>,
    /// Sessions in the order they began, to find each week's latest.
    next_order: u64,
}

/// What is known of one session.
#[derive(Debug, Default)]
pub(super) struct SessionTally {
    /// From its own record; `None` when that line was lost.
    pub week: Option<Week>,
    /// The week of its first set, for a session whose own line was lost.
    pub first_set_week: Option<Week>,
    /// Where its programme came from, for the week's plan.
    pub programme_file: Option<String>,
    /// A work set was saved: the session happened.
    pub worked: bool,
    /// Order of arrival.
    pub order: u64,
}

impl SessionTally {
    pub fn counted_week(&self) -> Option<Week> {
        self.week.or(self.first_set_week).filter(|_| self.worked)
    }
}

/// One exercise in one unit.
#[derive(Debug)]
pub(super) struct ExerciseTally {
    pub unit: String,
    /// The best estimated max of each day it was done.
    pub e1rm: BTreeMap<Date, f64>,
    /// The set behind the best estimate: (estimate, date, load, reps).
    pub best: Option<(f64, Date, f64, u32)>,
    pub bests: PersonalBests,
    /// The last day a work set was logged.
    pub last_date: Option<Date>,
    pub weeks: BTreeMap<Week, WeekWork>,
    /// A left side waiting for its right.
    pending: Option<Pending>,
}

/// One exercise's work in one week.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(super) struct WeekWork {
    /// Load × reps, both sides of a per-side set.
    pub volume: f64,
    pub rpe_sum: f64,
    pub rpe_count: u32,
    /// Work sets of 8-12 reps: what the guideline counts.
    pub guideline_sets: u32,
}

#[derive(Debug)]
struct Pending {
    session: String,
    set: u32,
    done: Done,
}

/// A work set ready to count (a pair already merged).
#[derive(Debug, Clone, Copy)]
struct Done {
    date: Date,
    week: Week,
    reps: Option<u32>,
    load: Option<f64>,
    volume: f64,
    rpe: [Option<f64>; 2],
}

impl Done {
    fn of(set: &SetDone<'_>, (date, week): (Date, Week)) -> Done {
        let volume = match (set.reps, set.load) {
            (Some(reps), Some(load)) if load.is_finite() => f64::from(reps) * load,
            _ => 0.0,
        };
        Done { date, week, reps: set.reps, load: set.load, volume, rpe: [set.rpe, None] }
    }

    /// A left and right side as one set, as good as the weaker side: its reps and load are the
    /// lower of the two; its volume is both sides' work.
    fn pair(left: Done, right: Done) -> Done {
        let lower = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => Some(a.min(b)),
            _ => None,
        };
        Done {
            date: left.date,
            week: left.week,
            reps: left.reps.zip(right.reps).map(|(l, r)| l.min(r)),
            load: lower(left.load, right.load),
            volume: left.volume + right.volume,
            rpe: [left.rpe[0], right.rpe[0]],
        }
    }
}

impl ExerciseTally {
    fn new(unit: &str) -> ExerciseTally {
        ExerciseTally {
            unit: unit.to_string(),
            e1rm: BTreeMap::new(),
            best: None,
            bests: PersonalBests::default(),
            last_date: None,
            weeks: BTreeMap::new(),
            pending: None,
        }
    }

    /// Takes one work set, holding a left side back until its right arrives.
    fn add(&mut self, set: &SetDone<'_>, day: (Date, Week)) {
        let done = Done::of(set, day);
        let pending = self.pending.take();
        match (set.side, pending) {
            (Some(Side::Right), Some(left))
                if left.set == set.set && left.session == set.session =>
            {
                self.count(Done::pair(left.done, done));
            }
            (side, pending) => {
                if let Some(left) = pending {
                    // A left side with no right: the session stopped between them.
                    self.count(left.done);
                }
                if side == Some(Side::Left) {
                    let session = set.session.to_string();
                    self.pending = Some(Pending { session, set: set.set, done });
                } else {
                    self.count(done);
                }
            }
        }
    }

    /// Counts whatever is still waiting for a partner.
    fn flush(&mut self) {
        if let Some(left) = self.pending.take() {
            self.count(left.done);
        }
    }

    fn count(&mut self, done: Done) {
        self.last_date = self.last_date.max(Some(done.date));
        let week = latest_or_entry(&mut self.weeks, done.week);
        week.volume += done.volume;
        for rpe in done.rpe.into_iter().flatten().filter(|r| r.is_finite()) {
            week.rpe_sum += rpe;
            week.rpe_count += 1;
        }
        if done.reps.is_some_and(|r| guideline::REPS.contains(&r)) {
            week.guideline_sets += 1;
        }
        let (Some(reps), Some(load)) = (done.reps, done.load) else { return };
        self.bests.add(load, reps);
        let Some(e1rm) = epley(load, reps) else { return };
        // Zero when new: an estimate is always above it (`epley` gives only positive ones).
        let day = latest_or_entry(&mut self.e1rm, done.date);
        *day = day.max(e1rm);
        if self.best.is_none_or(|(best, ..)| e1rm > best) {
            self.best = Some((e1rm, done.date, load, reps));
        }
    }
}

/// The value at `key`, made if need be: sets arrive in time order, so the key is nearly always
/// the last one, found without a search from the root.
fn latest_or_entry<K: Ord + Copy, V: Default>(map: &mut BTreeMap<K, V>, key: K) -> &mut V {
    if map.last_key_value().is_some_and(|(last, _)| *last == key) {
        return map.values_mut().next_back().expect("a last entry");
    }
    map.entry(key).or_default()
}

impl Tally {
    /// An empty history.
    pub fn new() -> Tally {
        Tally::default()
    }

    /// Takes one record into the totals. Records whose stamp has no readable date cannot be
    /// placed in a week and are left out.
    pub fn add(&mut self, event: Event<'_>) {
        match event {
            Event::Session { id, programme_file, started } => {
                let week = self.day(started).map(|(_, week)| week);
                let order = self.next_order;
                self.next_order += 1;
                let session = self.sessions.entry(id.to_string()).or_default();
                session.week = week;
                session.programme_file = Some(programme_file.to_string());
                session.order = order;
            }
            Event::Set(set) => self.add_set(&set),
            Event::Checkin { mood, at } => {
                if let Some((_, week)) = self.day(at) {
                    let week = self.moods.entry(week).or_default();
                    week.0 += u32::from(mood);
                    week.1 += 1;
                }
            }
            Event::Breathing { started, seconds } => {
                if let Some((_, week)) = self.day(started) {
                    *self.breathing.entry(week).or_default() += seconds;
                }
            }
        }
    }

    fn add_set(&mut self, set: &SetDone<'_>) {
        if set.kind == SetKind::Warmup {
            return;
        }
        let Some(day) = self.day(set.started) else { return };
        if let Some(session) = self.sessions.get_mut(set.session) {
            session.worked = true;
            session.first_set_week.get_or_insert(day.1);
        } else {
            let order = self.next_order;
            self.next_order += 1;
            let session = SessionTally {
                first_set_week: Some(day.1),
                worked: true,
                order,
                ..SessionTally::default()
            };
            self.sessions.insert(set.session.to_string(), session);
        }
        // Looked up by `&str` first so the name is only copied once per exercise.
        if !self.exercises.contains_key(set.exercise) {
            self.exercises.insert(set.exercise.to_string(), Vec::new());
        }
        let Some(units) = self.exercises.get_mut(set.exercise) else { return };
        // A set with no load says nothing of units (an import gives a bodyweight set whatever
        // unit its file had last), so it joins the exercise in a unit it already has.
        let same_unit = units.iter().position(|t| t.unit == set.unit);
        let place = if set.load.is_none() {
            same_unit.or((!units.is_empty()).then_some(0))
        } else {
            same_unit
        };
        let tally = match place {
            Some(i) => &mut units[i],
            None => {
                units.push(ExerciseTally::new(set.unit));
                units.last_mut().expect("just pushed")
            }
        };
        tally.add(set, day);
    }

    /// The local date of `stamp` and its week, worked out once for a run of records of the
    /// same day (nearly all of them are).
    fn day(&mut self, stamp: &str) -> Option<(Date, Week)> {
        let day = stamp.get(..10)?;
        if let Some((last, date, week)) = &self.last_date
            && last == day
        {
            return Some((*date, *week));
        }
        let date = local_date(stamp)?;
        let week = Week::of(date);
        self.last_date = Some((day.to_string(), date, week));
        Some((date, week))
    }

    /// Every distinct `programme_file` the history's sessions name, for the caller to look up
    /// what each planned.
    pub fn programme_files(&self) -> Vec<&str> {
        let mut files: Vec<&str> =
            self.sessions.values().filter_map(|s| s.programme_file.as_deref()).collect();
        files.sort_unstable();
        files.dedup();
        files
    }

    /// Every exercise name in the history.
    pub fn exercise_names(&self) -> impl Iterator<Item = &str> {
        self.exercises.keys().map(String::as_str)
    }

    /// Counts every left side still waiting for its right: the history has ended.
    pub(super) fn flush(&mut self) {
        self.exercises.values_mut().flatten().for_each(ExerciseTally::flush);
    }
}
