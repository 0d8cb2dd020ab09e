//! The programme a lifter wrote: the model every other part reads, its loader (`load`) and the
//! built-in programmes (`builtin`). The model is plain data, fully resolved: defaults are
//! already inherited and breathing names already looked up, so nothing downstream re-validates.

use std::fmt;
use std::time::Duration;

use super::breathing::Pattern;
use super::tempo::{StartWith, Tempo};

pub mod builtin;
pub mod load;
pub mod vocabulary;

pub use vocabulary::{Effort, Warmup, WarmupLoad};
// Kept so `programme::Units` and the like still name the same words; the words live in the
// leaf module `core::words`, which imports nothing of the crate.
pub use crate::core::words::{Cue, Muscle, Units, format_number};

use crate::core::library::{Equipment, Motion};
use crate::core::plates::Barbell;
use crate::core::progression::Rule;

/// What is on the bar.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Load {
    /// No external load.
    #[default]
    Bodyweight,
    /// This much, in the programme's units.
    Weight(f64),
    /// This percentage (75 for 75%) of the exercise's one-rep max; turned into a weight when
    /// a workout is planned, from the programme's `[one_rep_max]` or the history.
    Percent(f64),
}

impl Load {
    /// The load for display, with its unit: "16 kg", or "bodyweight".
    pub fn describe(self, units: Units) -> String {
        match self {
            Load::Bodyweight => "bodyweight".to_string(),
            Load::Weight(w) => format!("{} {}", format_number(w), units.as_str()),
            Load::Percent(p) => format!("{}% of 1RM", format_number(p)),
        }
    }
}

/// How many reps a set asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reps {
    /// Exactly this many.
    Exact(u32),
    /// Anywhere in this range; pacing runs to the top.
    Range(u32, u32),
    /// As many as possible: paced until the lifter ends the set.
    Max,
}

impl Reps {
    /// The rep the pacer stops after, if any.
    pub fn top(self) -> Option<u32> {
        match self {
            Reps::Exact(n) | Reps::Range(_, n) => Some(n),
            Reps::Max => None,
        }
    }
}

impl fmt::Display for Reps {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reps::Exact(n) => write!(f, "{n}"),
            Reps::Range(lo, hi) => write!(f, "{lo}-{hi}"),
            Reps::Max => f.write_str("max"),
        }
    }
}

impl std::str::FromStr for Reps {
    type Err = ();

    /// Reads a rep target back as `Display` writes it ("8-12", "5", "max"), as the results
    /// file keeps it.
    fn from_str(text: &str) -> Result<Self, ()> {
        let count = |s: &str| s.trim().parse::<u32>().map_err(|_| ());
        let text = text.trim();
        if text == "max" {
            return Ok(Reps::Max);
        }
        match text.split_once('-') {
            Some((lo, hi)) => Ok(Reps::Range(count(lo)?, count(hi)?)),
            None => count(text).map(Reps::Exact),
        }
    }
}

/// What one set asks for: reps, or a timed isometric hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Reps paced with the tempo.
    Reps(Reps),
    /// A hold of this length (a plank).
    Hold(Duration),
}

impl fmt::Display for Target {
    /// As the programme wrote it: "8-12", "5", "max", "30s".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Reps(r) => write!(f, "{r}"),
            Target::Hold(d) => f.write_str(&format_duration(*d)),
        }
    }
}

/// "90s", "2m", "1m30s": the same forms the programme accepts.
pub fn format_duration(d: Duration) -> String {
    let s = d.as_secs();
    match (s / 60, s % 60) {
        (0, s) => format!("{s}s"),
        (m, 0) => format!("{m}m"),
        (m, s) => format!("{m}m{s}s"),
    }
}

/// One exercise of a day, with every value resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    /// As the programme names it.
    pub name: String,
    /// What to lift.
    pub load: Load,
    /// Work sets (each done on both sides when `per_side`).
    pub sets: u32,
    /// Reps or a hold.
    pub target: Target,
    /// The tempo reps are paced at.
    pub tempo: Tempo,
    /// Which half of the rep comes first.
    pub start: StartWith,
    /// Rest after each set.
    pub rest: Duration,
    /// The pacer during that rest.
    pub breathing: Pattern,
    /// Muscle groups trained.
    pub muscles: Vec<Muscle>,
    /// Coaching notes shown while pacing.
    pub notes: Option<String>,
    /// The harder variation to move on to once a bodyweight exercise tops its rep range.
    pub harder: Option<String>,
    /// Every set is done left, then right.
    pub per_side: bool,
    /// Warm-up sets before the work sets, in order.
    pub warmups: Vec<Warmup>,
    /// Exercises sharing a group (a superset or circuit) are done in turn, one set of each,
    /// with the rest after the round.
    pub group: Option<String>,
    /// How hard the work sets should feel.
    pub effort: Option<Effort>,
    /// How the load and reps move from session to session.
    pub progression: Rule,
    /// The breathing cue of the tempo bar.
    pub cue: Cue,
    /// The kind of gear, from the programme or the exercise library; a barbell gets a plate
    /// calculator and loads rounded to its plates.
    pub equipment: Option<Equipment>,
    /// Which way it moves, from the exercise library: the words the pacing screen uses.
    pub motion: Motion,
    /// The reps the programme wrote for an exercise the library does as a timed hold (a
    /// plank): it is paced as a hold all the same, and the Ready screen says so.
    pub reps_written: Option<Reps>,
}

impl Default for Exercise {
    /// An exercise with the loader's built-in defaults and no name, for building others.
    fn default() -> Self {
        Exercise {
            name: String::new(),
            load: Load::Bodyweight,
            sets: 2,
            target: Target::Reps(Reps::Range(8, 12)),
            tempo: Tempo::default(),
            start: StartWith::Eccentric,
            rest: Duration::from_secs(90),
            breathing: Pattern::built_in("recover").expect("a built-in pattern"),
            muscles: Vec::new(),
            notes: None,
            harder: None,
            per_side: false,
            warmups: Vec::new(),
            group: None,
            effort: None,
            progression: Rule::None,
            cue: Cue::Breathe,
            equipment: None,
            motion: Motion::Lift,
            reps_written: None,
        }
    }
}

/// One training day.
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    /// Unique within the programme ("A", "Upper").
    pub name: String,
    /// In the order they are done.
    pub exercises: Vec<Exercise>,
}

/// A whole programme, loaded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Programme {
    /// As the programme names itself.
    pub name: String,
    /// Optional one-line description.
    pub description: Option<String>,
    /// Units loads are written in.
    pub units: Units,
    /// How often the lifter means to train.
    pub sessions_per_week: u32,
    /// At least one.
    pub days: Vec<Day>,
    /// Known one-rep maxes by exercise name, for percentage loads.
    pub one_rep_max: std::collections::BTreeMap<String, f64>,
    /// The bar and plates at hand, for the plate calculator and load rounding.
    pub barbell: Barbell,
    /// The step between the lifter's dumbbells: dumbbell loads move to multiples of it.
    pub dumbbell_step: f64,
}

impl Programme {
    /// A programme called `name` of `days`, with every other value as the loader's defaults
    /// (kilograms, twice a week, a standard bar and plates, no known maxes). For building one in
    /// code, tests above all: `Programme { units: Units::Lb, ..Programme::new("P", days) }`, so
    /// a new field means a new default here, not an edit of every literal.
    pub fn new(name: &str, days: Vec<Day>) -> Programme {
        Programme {
            name: name.into(),
            description: None,
            units: Units::Kg,
            sessions_per_week: 2,
            days,
            one_rep_max: Default::default(),
            barbell: Barbell::default_for(Units::Kg),
            dumbbell_step: crate::core::plates::default_dumbbell_step(Units::Kg),
        }
    }

    /// "2 days, 15 exercises, 37 sets, 2 a week": the programme's size in a few words.
    pub fn size_summary(&self) -> String {
        let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
        let exercises: usize = self.days.iter().map(|d| d.exercises.len()).sum();
        let sets: u32 = self.days.iter().flat_map(|d| &d.exercises).map(|e| e.sets).sum();
        format!(
            "{}, {}, {}, {} a week",
            plural(self.days.len(), "day"),
            plural(exercises, "exercise"),
            plural(sets as usize, "set"),
            self.sessions_per_week
        )
    }

    /// The names of the exercises written with `cue = "brace"`, each once, in programme
    /// order: who is about to be told to hold their breath.
    pub fn braced(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for ex in self.days.iter().flat_map(|d| &d.exercises) {
            if ex.cue == Cue::Brace && !names.contains(&ex.name.as_str()) {
                names.push(&ex.name);
            }
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::Reps;

    #[test]
    fn a_rep_target_reads_back_as_it_is_written() {
        for reps in [Reps::Exact(5), Reps::Range(8, 12), Reps::Max] {
            assert_eq!(reps.to_string().parse(), Ok(reps));
        }
        assert_eq!(" 8 - 12 ".parse(), Ok(Reps::Range(8, 12)));
        for bad in ["", "30s", "12-", "-3", "eight"] {
            assert_eq!(bad.parse::<Reps>(), Err(()), "{bad:?}");
        }
    }
}
