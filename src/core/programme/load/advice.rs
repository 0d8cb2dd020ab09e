//! Warnings about a programme that loaded: legal, but probably not what the lifter meant (a
//! day over 90 minutes, a warm-up heavier than the work, bracing through a hold, a long braced
//! set or held breath, a percentage with no one-rep max yet, heavier than its reps allow, or
//! with a progression rule it overrides, the same exercise twice in a day). Reads the resolved
//! model and the places things were written; must never refuse a programme or change it.

use std::collections::BTreeMap;
use std::ops::Range;
use std::time::Duration;

use super::days::{ReadDay, ReadExercise};
use super::read::Written;
use super::report::Sink;
use crate::core::guideline::estimate_day;
use crate::core::plates::Barbell;
use crate::core::programme::{Cue, Exercise, Load, Reps, Target, Units, WarmupLoad, format_number};
use crate::core::progression::Rule;
use crate::core::strength::most_percent_for;

/// The get-ready countdown the estimate assumes, the CLI's default.
const COUNTDOWN: Duration = Duration::from_secs(3);
/// Past this a session is hard to keep fresh, and often a slip (sets or rests too generous).
const LONG_DAY: Duration = Duration::from_secs(90 * 60);

/// What the warnings compare against.
pub(super) struct Setting<'a> {
    /// The programme's one-rep maxes, by exercise name.
    pub one_rep_max: &'a BTreeMap<String, f64>,
    /// The bar a "bar" warm-up weighs.
    pub barbell: &'a Barbell,
    /// For the units in messages.
    pub units: Units,
}

/// Records every warning about `days`.
pub(super) fn advise(sink: &mut Sink, days: &[ReadDay], setting: &Setting<'_>) {
    for read in days {
        duplicates(sink, read);
        let length = estimate_day(&read.day, COUNTDOWN);
        if length > LONG_DAY {
            let message = format!(
                "day \"{}\" is estimated at {} minutes",
                read.day.name.escape_debug(),
                length.as_secs().div_ceil(60)
            );
            let help = "over 90 minutes is hard to keep fresh: drop a set or an exercise, \
                        shorten the rests, or split the day in two";
            sink.warn(read.name.clone(), message, "a long day", help);
        }
        for (exercise, written) in read.day.exercises.iter().zip(&read.exercises) {
            exercise_advice(sink, exercise, written, setting);
        }
    }
}

/// The same exercise twice in one day is usually a copy-paste slip; sets belong together.
fn duplicates(sink: &mut Sink, read: &ReadDay) {
    let exercises = read.day.exercises.iter().zip(&read.exercises);
    for (i, (ex, written)) in exercises.enumerate() {
        let same = |other: &Exercise| other.name.eq_ignore_ascii_case(&ex.name);
        if read.day.exercises[..i].iter().any(same) {
            let message = format!(
                "`{}` is in day \"{}\" twice",
                ex.name.escape_debug(),
                read.day.name.escape_debug()
            );
            let help = "give one entry all its sets (sets = 4), or name the variation that \
                        differs (\"Paused bench press\")";
            sink.warn(written.name.clone(), message, "again", help);
        }
    }
}

/// Where a warning about one of an exercise's values points: the value if the exercise wrote
/// it, else the exercise's name (an inherited value's line says nothing about this exercise).
fn place<T>(own: &Option<Written<T>>, exercise: &ReadExercise) -> Range<usize> {
    own.as_ref().map_or_else(|| exercise.name.clone(), |w| w.span.clone())
}

fn exercise_advice(sink: &mut Sink, ex: &Exercise, written: &ReadExercise, setting: &Setting<'_>) {
    let own = &written.fields;
    let name = ex.name.escape_debug().to_string();
    let max = setting.one_rep_max.get(&ex.name).copied();
    if let (Load::Percent(_), None) = (ex.load, max) {
        let message = format!(
            "no one-rep max for `{name}`: it will be estimated from your history (Epley); until \
             then you choose the load"
        );
        let help = format!("to set it now, add \"{name}\" = ... to a [one_rep_max] section");
        sink.warn(place(&own.load, written), message, "no one-rep max", help);
    }
    // Only a rule written on the exercise itself: one inherited from [defaults] by a plank
    // among rep exercises is no mistake.
    let no_range = matches!(ex.target, Target::Hold(_) | Target::Reps(Reps::Max));
    if no_range && ex.progression != Rule::None && own.progress.kind().is_some() {
        let what =
            if matches!(ex.target, Target::Hold(_)) { "a timed hold" } else { "\"max\" reps" };
        let message = format!("the progression rule of `{name}` has no effect on {what}");
        let help = "a rule moves the load when the sets reach a rep count; give the exercise \
                    reps (a number or a range), or set progression = \"none\"";
        sink.warn(place(own.progress.kind(), written), message, "no rep count", help);
    }
    if matches!(ex.load, Load::Percent(_)) && ex.progression != Rule::None {
        let message = format!(
            "`{name}` lifts a percentage of its one-rep max, so its progression rule has no \
             effect"
        );
        let help = "the load grows as the one-rep max does: raise it under [one_rep_max], or \
                    leave it out to have it estimated from what you log; or write a load in \
                    your units to progress by the rule";
        sink.warn(place(&own.load, written), message, "a percentage", help);
    }
    let work = match ex.load {
        Load::Weight(w) => Some(w),
        Load::Percent(p) => max.map(|m| m * p / 100.0),
        Load::Bodyweight => None,
    };
    let heaviest = ex.warmups.iter().filter_map(|w| match w.load {
        WarmupLoad::Fixed(f) => Some(f),
        WarmupLoad::Bar => Some(setting.barbell.bar),
        WarmupLoad::OfWork(_) => None,
    });
    if let Some((work, warmup)) = work.zip(heaviest.reduce(f64::max)).filter(|(w, u)| u > w) {
        let units = setting.units.as_str();
        let message = format!(
            "a warm-up of {} {units} is heavier than the work sets of `{name}` ({} {units})",
            format_number(warmup),
            format_number(work)
        );
        let help = "warm-ups build up to the work load: make them lighter, or a percentage \
                    of the work load like \"50%\"";
        sink.warn(place(&own.warmups, written), message, "heavier than the work", help);
    }
    braced_length(sink, ex, written);
    beyond_epley(sink, ex, written);
    if ex.cue == Cue::Brace && matches!(ex.target, Target::Hold(_)) {
        let message = format!("`cue = \"brace\"` has no effect on `{name}`, a timed hold");
        let help = "bracing is paced through the hard part of each rep, and a hold has no reps; \
                    breathe steadily through a hold";
        sink.warn(place(&own.cue, written), message, "no effect", help);
    }
}

/// The most reps a braced set should ask for: bracing is for a few near-maximal reps, and a
/// long run of held breaths raises blood pressure further with every rep.
const BRACED_REPS: u32 = 6;
/// The longest a braced breath should be held in one rep.
const BRACED_HOLD: Duration = Duration::from_secs(5);

/// A braced set of many reps, or a braced rep held long, is not what bracing is for.
fn braced_length(sink: &mut Sink, ex: &Exercise, written: &ReadExercise) {
    let Target::Reps(reps) = ex.target else { return };
    if ex.cue != Cue::Brace {
        return;
    }
    let name = ex.name.escape_debug().to_string();
    let own = &written.fields;
    if reps.top().is_none_or(|top| top > BRACED_REPS) {
        let message = format!(
            "`{name}` is braced for {reps} reps: bracing suits sets of up to {BRACED_REPS}"
        );
        let help = "a held breath raises blood pressure more with every rep: brace sets of 1-6 \
                    heavy reps, and breathe in and out through longer sets (cue = \"breathe\")";
        sink.warn(place(&own.cue, written), message, "many braced reps", help);
    }
    let held = ex.tempo.braced_length(ex.start);
    if held > BRACED_HOLD {
        let message = format!(
            "`{name}` holds a braced breath for {} s each rep: more than {} s",
            held.as_secs(),
            BRACED_HOLD.as_secs()
        );
        let help = "shorten the tempo's lowering or pauses (\"2-0-X-0\"), or breathe through \
                    the rep (cue = \"breathe\")";
        sink.warn(place(&own.cue, written), message, "a long held breath", help);
    }
}

/// A percentage heavier than the rep target allows: Epley says how heavy a set of that many
/// reps can be, and the Ready screen caps the prescription there.
fn beyond_epley(sink: &mut Sink, ex: &Exercise, written: &ReadExercise) {
    let (Load::Percent(p), Target::Reps(reps)) = (ex.load, ex.target) else { return };
    let Some(top) = reps.top() else { return };
    let most = most_percent_for(top);
    if p <= most {
        return;
    }
    let (lo, hi) = match reps {
        Reps::Range(lo, hi) => (lo, hi),
        _ => (top, top),
    };
    let most_for = |n: u32| format!("about {}%", format_number(most_percent_for(n)));
    let limits = if lo == hi {
        format!("{} is the most for {hi} reps", most_for(hi))
    } else {
        format!("{} is the most for {lo} reps and {} for {hi}", most_for(lo), most_for(hi))
    };
    let message = format!(
        "`{}` at {}% × {reps} cannot be done: {limits} (Epley)",
        ex.name.escape_debug(),
        format_number(p)
    );
    let help = format!(
        "the Ready screen caps it at {}%; lower the percentage, or ask for fewer reps",
        format_number(most)
    );
    sink.warn(place(&written.fields.load, written), message, "too heavy for the reps", help);
}
