//! The values an exercise can set, read once where they are written (an exercise or
//! `[defaults]`) and then resolved: exercise, else defaults, else the exercise library, else
//! the built-in default. Must never report a problem twice, so each written value is checked
//! exactly once, and must never let `[defaults]` set a `group`.

use std::time::Duration;

use super::breathing::Patterns;
use super::keys::STARTS;
use super::progression::{Progress, Used};
use super::read::{Table, Value, Written, at, boolean, bounded, choice, string};
use super::report::Sink;
use super::{keys, quantity, tempo, vocabulary};
use crate::core::breathing::Pattern;
use crate::core::library::{Equipment, ExerciseInfo};
use crate::core::programme::{Cue, Effort, Exercise, Load, Muscle, Reps, Target, Units, Warmup};
use crate::core::tempo::{StartWith, Tempo};

/// The hold given to an exercise the library does as a hold (a plank) when the programme
/// gives it no `hold` of its own.
const LIBRARY_HOLD: Duration = Duration::from_secs(30);

/// Past this a written load is a slip: more than any human has lifted (600 kg, 1300 lb).
pub(super) fn heaviest(units: Units) -> f64 {
    match units {
        Units::Kg => 600.0,
        Units::Lb => 1300.0,
    }
}

/// What one table wrote; `None` where it wrote nothing (or something invalid, already reported).
#[derive(Debug, Clone, Default)]
pub(super) struct Fields {
    /// The work load.
    pub load: Option<Written<Load>>,
    sets: Option<u32>,
    target: Option<Written<Target>>,
    tempo: Option<Tempo>,
    start: Option<StartWith>,
    rest: Option<Duration>,
    breathing: Option<Pattern>,
    muscles: Option<Vec<Muscle>>,
    notes: Option<String>,
    harder: Option<String>,
    per_side: Option<bool>,
    /// The warm-up list; an empty one clears inherited warm-ups.
    pub warmups: Option<Written<Vec<Warmup>>>,
    effort: Option<Effort>,
    /// The superset or circuit, never inherited.
    pub group: Option<Written<String>>,
    /// The breathing cue.
    pub cue: Option<Written<Cue>>,
    equipment: Option<Equipment>,
    /// The progression keys.
    pub progress: Progress,
}

/// What an exercise inherits from, and what resolving it teaches about `[defaults]`.
pub(super) struct Inherit<'a> {
    /// What `[defaults]` wrote.
    pub defaults: &'a Fields,
    /// The programme's units, for unit-dependent defaults (the increment).
    pub units: Units,
    /// Which progression keys of `[defaults]` some exercise used.
    pub used: Used,
}

impl Fields {
    /// Reads the field keys of `table`; the caller checks for unknown keys. `place` names the
    /// table in messages ("an exercise", "`[defaults]`").
    pub fn read(sink: &mut Sink, table: &Table<'_, '_>, patterns: &Patterns, place: &str) -> Self {
        let get = |key| table.get(key);
        let sets_help = "write a whole number of work sets, e.g. sets = 3";
        let start_help = "\"eccentric\" (lower first, like a squat) or \"concentric\" (lift first, \
                          like a deadlift)";
        Fields {
            load: get("load").and_then(|v| at(v, quantity::load(sink, v))),
            sets: get("sets").and_then(|v| {
                bounded(sink, "sets", v, keys::whole(keys::EXERCISE, "sets"), sets_help)
            }),
            target: target(sink, get("reps"), get("hold"), place),
            tempo: get("tempo").and_then(|v| tempo::tempo(sink, v)),
            start: get("start").and_then(|v| {
                choice(sink, "start", v, STARTS, start_help).map(|s| match s {
                    "concentric" => StartWith::Concentric,
                    _ => StartWith::Eccentric,
                })
            }),
            rest: get("rest").and_then(|v| quantity::rest(sink, v)),
            breathing: get("breathing").and_then(|v| patterns.lookup(sink, v)),
            muscles: get("muscles").and_then(|v| vocabulary::muscles(sink, v)),
            harder: get("harder")
                .and_then(|v| string(sink, "harder", v, "write the variation in quotes"))
                .map(str::to_string),
            notes: get("notes")
                .and_then(|v| string(sink, "notes", v, "write notes in quotes"))
                .map(str::to_string),
            per_side: get("per_side").and_then(|v| boolean(sink, "per_side", v)),
            warmups: get("warmup").and_then(|v| at(v, vocabulary::warmups(sink, v))),
            effort: vocabulary::effort(sink, get("rpe"), get("rir"), place),
            group: get("group").and_then(|v| at(v, vocabulary::group(sink, v))),
            cue: get("cue").and_then(|v| at(v, vocabulary::cue(sink, v))),
            equipment: get("equipment").and_then(|v| vocabulary::equipment(sink, v)),
            progress: Progress::read(sink, table),
        }
    }

    /// Refuses a written `load` heavier than any human lifts (a typo, a total in grams, 1e300):
    /// better an error at its place in `check` than a Log screen that refuses it mid-workout.
    pub fn check_load(&self, sink: &mut Sink, units: Units) {
        let Some(Written { value: Load::Weight(w), span }) = &self.load else { return };
        let most = heaviest(units);
        if *w > most {
            let unit = units.as_str();
            let message = format!(
                "a `load` of {} {unit} is beyond what anyone lifts: at most {} {unit}",
                crate::core::programme::format_number(*w),
                crate::core::programme::format_number(most)
            );
            let help = "write the load in the programme's units, e.g. load = 60; check for an \
                        extra digit, or a total in grams";
            sink.error(span.clone(), message, "too heavy", help);
        }
    }

    /// Whether neither this table nor `defaults` says which muscles are trained.
    pub fn no_muscles(&self, defaults: &Fields) -> bool {
        self.muscles.is_none() && defaults.muscles.is_none()
    }

    /// The exercise these fields describe, each value taken from here, else from the defaults,
    /// else from the library's `info` (muscles, start, equipment), else the built-in default. A
    /// `hold` here replaces inherited `reps` and vice versa, because both live in one `target`;
    /// likewise `rpe` and `rir`. A `group` is never inherited.
    pub fn resolve(
        &self,
        name: String,
        info: Option<&ExerciseInfo>,
        inherit: &mut Inherit<'_>,
        sink: &mut Sink,
    ) -> Exercise {
        let d = inherit.defaults;
        let built_in = Exercise::default();
        let (target, reps_written) = self.target(&name, info, inherit, sink);
        Exercise {
            name,
            load: pick(&self.load, &d.load).map_or(built_in.load, |w| w.value),
            sets: self.sets.or(d.sets).unwrap_or(built_in.sets),
            target,
            // An explosive lift keeps its own pace unless the exercise itself says otherwise:
            // a programme's slow default tempo is never meant for a swing.
            tempo: self.tempo.or(info.and_then(|i| i.tempo)).or(d.tempo).unwrap_or(built_in.tempo),
            start: self.start.or(d.start).or(info.map(|i| i.start)).unwrap_or(built_in.start),
            rest: self.rest.or(d.rest).unwrap_or(built_in.rest),
            breathing: self
                .breathing
                .clone()
                .or_else(|| d.breathing.clone())
                .unwrap_or(built_in.breathing),
            muscles: self
                .muscles
                .clone()
                .or_else(|| d.muscles.clone())
                .or_else(|| info.map(|i| i.muscles.clone()))
                .unwrap_or_default(),
            notes: self.notes.clone().or_else(|| d.notes.clone()),
            harder: self.harder.clone().or_else(|| d.harder.clone()),
            per_side: self.per_side.or(d.per_side).unwrap_or(built_in.per_side),
            warmups: pick(&self.warmups, &d.warmups).map_or_else(Vec::new, |w| w.value.clone()),
            group: self.group.as_ref().map(|w| w.value.clone()),
            effort: self.effort.or(d.effort),
            progression: self.progress.resolve(&d.progress, inherit.units, sink, &mut inherit.used),
            cue: pick(&self.cue, &d.cue).map_or(built_in.cue, |w| w.value),
            equipment: self.equipment.or(d.equipment).or(info.map(|i| i.equipment)),
            motion: info.map_or(built_in.motion, |i| i.motion),
            reps_written,
        }
    }

    /// The target of exercise `name`: written here, else in `[defaults]`, else 8-12 reps; and
    /// the reps written for it when the library does it as a hold, which it is paced as.
    fn target(
        &self,
        name: &str,
        info: Option<&ExerciseInfo>,
        inherit: &Inherit<'_>,
        sink: &mut Sink,
    ) -> (Target, Option<Reps>) {
        let written = self.target.as_ref().or(inherit.defaults.target.as_ref()).map(|w| w.value);
        if !info.is_some_and(|i| i.hold) {
            return (written.unwrap_or(Exercise::default().target), None);
        }
        // What the library does as a hold (a plank) is a hold, whatever reps are written: a
        // hold the defaults give is kept, else a steady 30 s.
        let hold = match inherit.defaults.target.as_ref().map(|w| w.value) {
            Some(Target::Hold(d)) => d,
            _ => LIBRARY_HOLD,
        };
        match self.target.as_ref() {
            Some(Written { value: Target::Hold(d), .. }) => (Target::Hold(*d), None),
            Some(Written { value: Target::Reps(reps), span }) => {
                let shown = crate::core::programme::format_duration(hold);
                let message = format!(
                    "\"{}\" is a timed hold in the exercise library, so it is paced as a \
                     {shown} hold, not {reps} reps",
                    name.escape_debug()
                );
                let help = format!(
                    "write hold = \"{shown}\" (or the time you want) in place of reps = \
                     \"{reps}\""
                );
                sink.warn(span.clone(), message, "a hold, not reps", help);
                (Target::Hold(hold), Some(*reps))
            }
            // Reps from `[defaults]` are meant for the lifts, not this.
            None => (Target::Hold(hold), None),
        }
    }
}

/// The value written here, else the inherited one.
pub(super) fn pick<'a, T>(
    own: &'a Option<Written<T>>,
    inherited: &'a Option<Written<T>>,
) -> Option<&'a Written<T>> {
    own.as_ref().or(inherited.as_ref())
}

/// Reps or a hold, and where; both in one table is an error at the later one.
fn target(
    sink: &mut Sink,
    reps: Option<&Value<'_>>,
    hold: Option<&Value<'_>>,
    place: &str,
) -> Option<Written<Target>> {
    match (reps, hold) {
        (Some(reps), Some(hold)) => {
            let later = if reps.span().start > hold.span().start { reps } else { hold };
            let message = format!("{place} has both `reps` and `hold`");
            let help =
                "a set is either reps (reps = \"8-12\") or a timed hold (hold = \"30s\"); keep one";
            sink.error(later.span(), message, "choose reps or hold", help);
            None
        }
        (Some(reps), None) => at(reps, quantity::reps(sink, reps).map(Target::Reps)),
        (None, Some(hold)) => at(hold, quantity::hold(sink, hold).map(Target::Hold)),
        (None, None) => None,
    }
}
