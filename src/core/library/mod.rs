//! The exercise library: what liftpace knows about an exercise by name (its muscle groups, which
//! half of the rep comes first, its equipment), built from the embedded `assets/exercises.toml`
//! and the user's own file. Owns name matching and "did you mean". Pure: it is handed text and
//! must never read files, print, or panic on what a user wrote.

mod file;
mod motion;

use std::collections::{HashMap, HashSet};

pub use self::motion::Motion;
use crate::core::spelling::closest;
use crate::core::tempo::{StartWith, Tempo};
use crate::core::words::Muscle;

/// The built-in library, compiled into the binary.
const BUILT_IN: &str = include_str!("../../../assets/exercises.toml");

/// What an exercise needs to train on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Equipment {
    /// A straight bar, EZ bar, trap bar or landmine.
    Barbell,
    /// One or two dumbbells.
    Dumbbell,
    /// A cable stack.
    Cable,
    /// A plate-loaded or selectorised machine, or a bench such as a Roman chair.
    Machine,
    /// Nothing but the body (a bar to hang from at most).
    Bodyweight,
    /// A resistance band.
    Band,
    /// One or two kettlebells.
    Kettlebell,
}

impl Equipment {
    /// Every kind, in the order the library file lists them.
    pub const ALL: [Equipment; 7] = [
        Equipment::Barbell,
        Equipment::Dumbbell,
        Equipment::Cable,
        Equipment::Machine,
        Equipment::Bodyweight,
        Equipment::Band,
        Equipment::Kettlebell,
    ];

    /// As written in an exercises file.
    pub fn as_str(self) -> &'static str {
        match self {
            Equipment::Barbell => "barbell",
            Equipment::Dumbbell => "dumbbell",
            Equipment::Cable => "cable",
            Equipment::Machine => "machine",
            Equipment::Bodyweight => "bodyweight",
            Equipment::Band => "band",
            Equipment::Kettlebell => "kettlebell",
        }
    }

    /// Parses a kind as written in an exercises file.
    pub fn parse(s: &str) -> Option<Equipment> {
        Equipment::ALL.into_iter().find(|e| e.as_str() == s)
    }
}

/// One exercise the library knows.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseInfo {
    /// The name lifters use, as it is displayed.
    pub name: String,
    /// Primary movers, from the seven groups of the guideline; never empty.
    pub muscles: Vec<Muscle>,
    /// Which half of a rep comes first.
    pub start: StartWith,
    /// What it is done with.
    pub equipment: Equipment,
    /// Other names that find it ("RDL", "OHP").
    pub aliases: Vec<String>,
    /// Normally done as a timed hold (a plank) rather than for reps.
    pub hold: bool,
    /// Which way it moves, for the words of the pacing screen.
    pub motion: Motion,
    /// Explosive or technical (swings, cleans, get-ups): it needs coaching to learn, so it is
    /// never suggested to fill a gap.
    pub technical: bool,
    /// Safe to start alone at a light load (a machine, a cable, a dumbbell basic, a push-up
    /// from the knees): suggested before anything else to fill a gap.
    pub beginner: bool,
    /// The tempo it is paced at unless the exercise itself writes one: explosive lifts are
    /// never paced with a programme's slow default.
    pub tempo: Option<Tempo>,
}

/// Every known exercise, findable by name or alias.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    exercises: Vec<ExerciseInfo>,
    /// Matching key (see `key`) of every name and alias, to its exercise.
    index: HashMap<String, usize>,
}

impl Library {
    /// The library that ships with liftpace.
    pub fn built_in() -> Library {
        // The asset is checked by a test, so a failure here is a build that never shipped.
        let exercises = file::parse(BUILT_IN, "assets/exercises.toml")
            .expect("the embedded assets/exercises.toml must parse");
        Library::from_exercises(exercises)
    }

    /// This library with the exercises of a user's `exercises.toml` (same format) added. A user
    /// exercise takes over every name and alias it claims: a built-in exercise whose name it
    /// claims is dropped, one whose alias it claims loses that alias. `origin` names the file in
    /// errors, which read `origin:line:col: what is wrong`.
    pub fn with_user(self, text: &str, origin: &str) -> Result<Library, String> {
        let user = file::parse(text, origin)?;
        let claimed: HashSet<String> = user.iter().flat_map(keys).collect();
        let kept = self.exercises.into_iter().filter(|ex| !claimed.contains(&key(&ex.name)));
        let trimmed = kept.map(|mut ex| {
            ex.aliases.retain(|alias| !claimed.contains(&key(alias)));
            ex
        });
        Ok(Library::from_exercises(trimmed.chain(user).collect()))
    }

    fn from_exercises(exercises: Vec<ExerciseInfo>) -> Library {
        let index = exercises
            .iter()
            .enumerate()
            .flat_map(|(i, ex)| keys(ex).map(move |k| (k, i)))
            .collect();
        Library { exercises, index }
    }

    /// Every exercise, built-in ones first in the order of the file.
    pub fn exercises(&self) -> &[ExerciseInfo] {
        &self.exercises
    }

    /// The exercise called `name` or known by it as an alias. Case, spacing, hyphens,
    /// apostrophes and a plural `s` do not matter: "pull up", "Pull-ups" and "PULL-UP" all find
    /// Pull-up.
    pub fn lookup(&self, name: &str) -> Option<&ExerciseInfo> {
        self.index.get(&key(name)).map(|&i| &self.exercises[i])
    }

    /// The name of the exercise closest to a `name` that is not known, for "did you mean".
    /// `None` when nothing is close enough to be a plausible typo.
    pub fn suggest(&self, name: &str) -> Option<&str> {
        // In library order, so a tie goes to the earlier exercise.
        let mut keys: Vec<(&str, usize)> =
            self.index.iter().map(|(k, &i)| (k.as_str(), i)).collect();
        keys.sort_by_key(|&(k, i)| (i, k));
        let found = closest(&key(name), keys.iter().map(|&(k, _)| k))?;
        self.index.get(found).map(|&i| self.exercises[i].name.as_str())
    }

    /// Exercises done for reps that train `muscle` and are safe to start without a coach
    /// (never a technical lift), best first: beginner-safe ones, then those with the hinted
    /// equipment, then those where the group is the first listed (the main mover), then
    /// library order.
    pub fn suggest_for_muscle(
        &self,
        muscle: Muscle,
        equipment_hint: Option<Equipment>,
    ) -> Vec<&ExerciseInfo> {
        let mut found: Vec<&ExerciseInfo> = self
            .exercises
            .iter()
            .filter(|ex| !ex.hold && !ex.technical && ex.muscles.contains(&muscle))
            .collect();
        found.sort_by_key(|ex| {
            let other_equipment = equipment_hint.is_some_and(|hint| hint != ex.equipment);
            (!ex.beginner, other_equipment, ex.muscles.first() != Some(&muscle))
        });
        found
    }
}

/// The matching keys of an exercise: its name and every alias.
fn keys(ex: &ExerciseInfo) -> impl Iterator<Item = String> + '_ {
    std::iter::once(&ex.name).chain(&ex.aliases).map(|n| key(n))
}

/// What two names must share to be the same exercise: lower-case letters and digits only, and
/// no plural `s`, because lifters write "Pull-ups", "pull up" and "pullup" for one thing.
fn key(name: &str) -> String {
    let mut key: String =
        name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    if key.len() > 1 && key.ends_with('s') {
        key.pop();
    }
    key
}
