//! Another app's exercise names mapped to the exercise library, and the names it does not know.
//! Strong and Hevy write "Name (Equipment)" ("Bench Press (Barbell)", "Lat Pulldown (Cable)");
//! the rule: the name as written, else "Equipment Name" ("Dumbbell Bench Press") in any word
//! order ("Incline Dumbbell Bench Press"), else the bare name when the library's exercise uses
//! that equipment. Pure; must never invent a match a lifter would not recognise, so an unknown
//! name is kept exactly as written.

use std::collections::{BTreeMap, HashMap};

use crate::core::library::{Equipment, ExerciseInfo, Library};

/// A name the library did not know, how often it came up and the closest known name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    /// As written in the export, and as kept in the history.
    pub name: String,
    /// Sets under this name.
    pub sets: usize,
    /// "Did you mean", when a known name is close.
    pub suggestion: Option<String>,
}

/// Maps names through `library`, remembering the ones it could not place.
#[derive(Debug)]
pub struct Names<'a> {
    library: &'a Library,
    /// Every name and alias by its words in order (see `words`).
    by_words: HashMap<String, &'a ExerciseInfo>,
    unknown: BTreeMap<String, usize>,
}

impl<'a> Names<'a> {
    /// A mapper over `library`.
    pub fn new(library: &'a Library) -> Names<'a> {
        let mut by_words = HashMap::new();
        for exercise in library.exercises() {
            for name in std::iter::once(&exercise.name).chain(&exercise.aliases) {
                // The first exercise to claim a set of words keeps it, as in the library.
                by_words.entry(words(name)).or_insert(exercise);
            }
        }
        Names { library, by_words, unknown: BTreeMap::new() }
    }

    /// The library's name for `written`, or `written` itself (trimmed) when it is not known.
    pub fn map(&mut self, written: &str) -> String {
        let written = written.trim();
        match self.find(written) {
            Some(name) => name.to_string(),
            None => {
                *self.unknown.entry(written.to_string()).or_default() += 1;
                written.to_string()
            }
        }
    }

    fn find(&self, written: &str) -> Option<&'a str> {
        let known = |name: &str| {
            self.library.lookup(name).or_else(|| self.by_words.get(&words(name)).copied())
        };
        if let Some(found) = known(written) {
            return Some(&found.name);
        }
        let (bare, equipment) = split_equipment(written)?;
        if let Some(found) = known(&format!("{equipment} {bare}")) {
            return Some(&found.name);
        }
        let kind = Equipment::parse(&equipment.to_lowercase())?;
        known(bare).filter(|found| found.equipment == kind).map(|f| f.name.as_str())
    }

    /// Every name that was kept as written, by name, with a suggestion where one is close.
    pub fn unknown(&self) -> Vec<Unknown> {
        self.unknown
            .iter()
            .map(|(name, &sets)| {
                let bare = split_equipment(name).map_or(name.as_str(), |(bare, _)| bare);
                let suggestion = self.library.suggest(name).or_else(|| self.library.suggest(bare));
                Unknown { name: name.clone(), sets, suggestion: suggestion.map(str::to_string) }
            })
            .collect()
    }
}

/// A name's words, lower-cased, without a plural `s`, in alphabetical order: "Incline Dumbbell
/// Bench Press" and "Dumbbell Incline Bench Press" are one exercise.
fn words(name: &str) -> String {
    let mut words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase();
            match w.strip_suffix('s') {
                Some(stem) if stem.len() > 1 => stem.to_string(),
                _ => w,
            }
        })
        .collect();
    words.sort_unstable();
    words.join(" ")
}

/// "Bench Press (Barbell)" → ("Bench Press", "Barbell").
fn split_equipment(written: &str) -> Option<(&str, &str)> {
    let inner = written.strip_suffix(')')?;
    let (bare, equipment) = inner.rsplit_once('(')?;
    let (bare, equipment) = (bare.trim(), equipment.trim());
    (!bare.is_empty() && !equipment.is_empty()).then_some((bare, equipment))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_equipment_convention_finds_library_exercises() {
        let library = Library::built_in();
        let mut names = Names::new(&library);
        assert_eq!(names.map("Bench Press (Barbell)"), "Bench press");
        assert_eq!(names.map("Bench Press (Dumbbell)"), "Dumbbell bench press");
        assert_eq!(names.map("Squat (Barbell)"), "Back squat");
        assert_eq!(names.map("Lat Pulldown (Cable)"), "Lat pulldown");
        assert_eq!(names.map("Pull Up"), "Pull-up");
        assert_eq!(names.map("Incline Bench Press (Dumbbell)"), "Incline dumbbell press");
        assert!(names.unknown().is_empty());
    }

    #[test]
    fn equipment_that_does_not_fit_is_not_matched_and_unknowns_are_kept() {
        let library = Library::built_in();
        let mut names = Names::new(&library);
        // A lat pulldown exists, but on a cable: a kettlebell one is something else.
        assert_eq!(names.map("Lat Pulldown (Kettlebell)"), "Lat Pulldown (Kettlebell)");
        assert_eq!(names.map(" Weird Machine Thing "), "Weird Machine Thing");
        assert_eq!(names.map("Weird Machine Thing"), "Weird Machine Thing");
        let unknown = names.unknown();
        assert_eq!(unknown.len(), 2);
        assert_eq!(unknown[1].sets, 2);
        assert_eq!(unknown[0].suggestion.as_deref(), Some("Lat pulldown"));
    }
}
