//! What the history alone cannot say, looked up for the progress views (the command and the
//! screen): the muscle groups of
//! each exercise (the programme that named it first, then the exercise library) and each
//! programme's `sessions_per_week`. Reads the programme files the history names; a programme
//! that has since moved or broken simply says nothing.

use std::collections::HashMap;

use crate::catalog;
use crate::core::library::Library;
use crate::core::programme::Muscle;
use crate::core::programme::load;
use crate::core::progress::Lookup;

/// Programmes and exercises as far as they can still be found.
pub struct Known<'a> {
    library: &'a Library,
    /// Muscles by exercise name, as the programmes in the history give them.
    muscles: HashMap<String, Vec<Muscle>>,
    /// `sessions_per_week` by programme file.
    plans: HashMap<String, u32>,
}

impl<'a> Known<'a> {
    /// Loads every programme in `files` (as the results file names them).
    pub fn new(files: &[&str], library: &'a Library) -> Known<'a> {
        let mut muscles = HashMap::new();
        let mut plans = HashMap::new();
        for file in files {
            let Some(source) = catalog::by_file(file) else { continue };
            let Ok(loaded) = load::load_with(&source.text, &source.origin, library) else {
                continue;
            };
            let programme = loaded.programme;
            plans.insert(file.to_string(), programme.sessions_per_week);
            for exercise in programme.days.iter().flat_map(|d| &d.exercises) {
                muscles.entry(exercise.name.clone()).or_insert_with(|| exercise.muscles.clone());
            }
        }
        Known { library, muscles, plans }
    }
}

impl Lookup for Known<'_> {
    fn muscles(&self, exercise: &str) -> &[Muscle] {
        match self.muscles.get(exercise) {
            Some(muscles) => muscles,
            None => self.library.lookup(exercise).map_or(&[], |info| &info.muscles),
        }
    }

    fn sessions_per_week(&self, programme_file: &str) -> Option<u32> {
        self.plans.get(programme_file).copied()
    }
}
