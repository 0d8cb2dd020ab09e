//! `liftpace breathe`: resolving PATTERN (a built-in, or a pattern one of the programmes
//! defines), starting the breathing screen or the resonance finder, and `--list`, which
//! explains every pattern with its timing, purpose and source. Reads programmes; the screens
//! are the core's and the runtime runs them.

use std::path::Path;
use std::time::Duration;

use crate::catalog;
use crate::core::breathing::about::about;
use crate::core::breathing::find::Find;
use crate::core::breathing::practice::Practice;
use crate::core::breathing::{BUILT_IN, Pattern, RESONANCE_RATE};
use crate::core::library::Library;
use crate::core::programme::load;
use crate::launch::Breathing;

/// What `liftpace breathe` was asked for.
pub(super) struct Session<'a> {
    /// PATTERN, if given (default: resonance).
    pub pattern: Option<&'a str>,
    /// `--minutes`.
    pub minutes: u64,
    /// `--find`.
    pub find: bool,
    /// The lifter's resonance rate, breaths a minute.
    pub rate: f64,
}

/// The breathing screen, or the resonance finder, the lifter asked for. An unknown pattern is
/// an error before the terminal is taken.
pub(super) fn screen(
    asked: &Session<'_>,
    config: &Path,
    library: &Library,
) -> Result<Breathing, String> {
    let start = Duration::ZERO;
    if asked.find {
        return Ok(Breathing::Find(Find::new(start)));
    }
    let name = asked.pattern.unwrap_or("resonance");
    let pattern = resolve(name, config, library, asked.rate)?;
    let length = Duration::from_secs(asked.minutes * 60);
    Ok(Breathing::Practice(Practice::new(pattern, length, start)))
}

/// A pattern some programme defines, and where.
struct Own {
    pattern: Pattern,
    /// The programme's short name, to tell same-named patterns apart.
    programme: String,
    origin: String,
}

/// Every pattern the programmes liftpace can find define for themselves, each once per
/// programme, in catalogue order. Programmes that do not load are skipped: `check` reports
/// them.
fn programme_patterns(config: &Path, library: &Library) -> Vec<Own> {
    let mut found: Vec<Own> = Vec::new();
    for source in catalog::all(config).into_iter().flatten() {
        let Ok(loaded) = load::load_with(&source.text, &source.origin, library) else { continue };
        let patterns = loaded.programme.days.into_iter().flat_map(|d| d.exercises);
        for pattern in patterns.map(|e| e.breathing) {
            let same = |o: &Own| o.pattern.name == pattern.name && o.origin == source.origin;
            let built_in = Pattern::built_in(&pattern.name).as_ref() == Some(&pattern);
            if !built_in && !found.iter().any(same) {
                let (programme, origin) = (source.name.clone(), source.origin.clone());
                found.push(Own { pattern, programme, origin });
            }
        }
    }
    found
}

/// The pattern PATTERN names: a built-in (resonance and recover at the lifter's `rate`), or
/// the first programme pattern of that name.
pub(super) fn resolve(
    name: &str,
    config: &Path,
    library: &Library,
    rate: f64,
) -> Result<Pattern, String> {
    if let Some(pattern) = Pattern::built_in_at(name, rate) {
        return Ok(pattern);
    }
    let own = programme_patterns(config, library);
    if let Some(found) = own.iter().find(|o| o.pattern.name == name) {
        return Ok(found.pattern.clone());
    }
    let mut names: Vec<&str> = BUILT_IN.to_vec();
    for o in &own {
        if !names.contains(&o.pattern.name.as_str()) {
            names.push(&o.pattern.name);
        }
    }
    Err(format!(
        "no breathing pattern called `{name}`; there are {} (`liftpace breathe --list` explains them)",
        names.join(", ")
    ))
}

/// Prints every pattern: built-ins first, then the programmes' own; resonance at the lifter's
/// own `rate` when they have one.
pub(super) fn list(config: &Path, library: &Library, own_rate: Option<f64>) {
    let rate = own_rate.unwrap_or(RESONANCE_RATE);
    let print = |title: &str, pattern: &Pattern, origin: &str| {
        let a = about(pattern, origin);
        println!("{title}\n    {}\n    {}\n    source: {}\n", a.timing, a.purpose, a.source);
    };
    for name in BUILT_IN {
        print(name, &Pattern::built_in_at(name, rate).expect("built in"), "");
    }
    let own = programme_patterns(config, library);
    if !own.is_empty() {
        println!("Defined by programmes (`liftpace breathe NAME` takes the first of a name):\n");
    }
    for o in &own {
        let title = format!("{} ({})", o.pattern.name, o.programme);
        print(&title, &o.pattern, &format!("defined in {}", o.origin));
    }
    if own_rate.is_none() {
        println!(
            "Resonance is paced at {RESONANCE_RATE} breaths a minute; `liftpace breathe --find` \
             estimates your own from how comfortable each rate feels."
        );
    } else {
        println!(
            "Resonance is paced at your own rate, {rate} breaths a minute, found with \
             `liftpace breathe --find`: a comfort estimate, not a measurement."
        );
    }
}
