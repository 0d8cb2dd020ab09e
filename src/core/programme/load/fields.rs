//! The values an exercise can set, read once where they are written (an exercise or
//! `[defaults]`) and then resolved: exercise, else defaults, else the built-in default.
//! Must never report a problem twice, so each written value is checked exactly once.

use std::time::Duration;

use toml::de::DeValue;

use super::breathing::Patterns;
use super::quantity;
use super::read::{Table, Value, boolean, bounded, closest, quoted, string, wrong_type};
use super::report::Sink;
use crate::core::breathing::Pattern;
use crate::core::programme::{Exercise, Load, Muscle, Reps, Target};
use crate::core::tempo::{StartWith, Tempo};

/// Every key an exercise may set besides its `name`. `[defaults]` may set all of these too,
/// so a block of exercises can share a load, muscles or notes as easily as a tempo.
pub(super) const FIELD_KEYS: [&str; 11] = [
    "load",
    "sets",
    "reps",
    "hold",
    "tempo",
    "rest",
    "breathing",
    "start",
    "per_side",
    "muscles",
    "notes",
];

const BUILT_IN_SETS: u32 = 2;
const BUILT_IN_REPS: Reps = Reps::Range(8, 12);
const BUILT_IN_REST: Duration = Duration::from_secs(90);
const BUILT_IN_BREATHING: &str = "resonance";

/// What one table wrote; `None` where it wrote nothing (or something invalid, already reported).
#[derive(Debug, Clone, Default)]
pub(super) struct Fields {
    load: Option<Load>,
    sets: Option<u32>,
    target: Option<Target>,
    tempo: Option<Tempo>,
    start: Option<StartWith>,
    rest: Option<Duration>,
    breathing: Option<Pattern>,
    muscles: Option<Vec<Muscle>>,
    notes: Option<String>,
    per_side: Option<bool>,
}

impl Fields {
    /// Reads the field keys of `table`; the caller checks for unknown keys.
    pub fn read(sink: &mut Sink, table: &Table<'_, '_>, patterns: &Patterns, place: &str) -> Self {
        let get = |key| table.get(key);
        let sets_help = "write a whole number of work sets, e.g. sets = 3";
        let mut fields = Fields {
            load: get("load").and_then(|v| quantity::load(sink, v)),
            sets: get("sets").and_then(|v| bounded(sink, "sets", v, 1..101, sets_help)),
            target: None,
            tempo: get("tempo").and_then(|v| quantity::tempo(sink, v)),
            start: get("start").and_then(|v| start(sink, v)),
            rest: get("rest").and_then(|v| quantity::rest(sink, v)),
            breathing: get("breathing").and_then(|v| patterns.lookup(sink, v)),
            muscles: get("muscles").and_then(|v| muscles(sink, v)),
            notes: get("notes")
                .and_then(|v| string(sink, "notes", v, "write notes in quotes"))
                .map(str::to_string),
            per_side: get("per_side").and_then(|v| boolean(sink, "per_side", v)),
        };
        fields.target = match (get("reps"), get("hold")) {
            (Some(reps), Some(hold)) => {
                let later = if reps.span().start > hold.span().start { reps } else { hold };
                let message = format!("{place} has both `reps` and `hold`");
                let help = "a set is either reps (reps = \"8-12\") or a timed hold (hold = \"30s\"); keep one";
                sink.error(later.span(), message, "choose reps or hold", help);
                None
            }
            (Some(reps), None) => quantity::reps(sink, reps).map(Target::Reps),
            (None, Some(hold)) => quantity::hold(sink, hold).map(Target::Hold),
            (None, None) => None,
        };
        fields
    }

    /// Whether neither this table nor `defaults` says which muscles are trained.
    pub fn no_muscles(&self, defaults: &Fields) -> bool {
        self.muscles.is_none() && defaults.muscles.is_none()
    }

    /// The exercise these fields describe, each value taken from here, else from `defaults`,
    /// else the built-in default. A `hold` here replaces inherited `reps` and vice versa,
    /// because both live in the one `target`.
    pub fn resolve(self, name: String, defaults: &Fields) -> Exercise {
        let d = defaults.clone();
        Exercise {
            name,
            load: self.load.or(d.load).unwrap_or_default(),
            sets: self.sets.or(d.sets).unwrap_or(BUILT_IN_SETS),
            target: self.target.or(d.target).unwrap_or(Target::Reps(BUILT_IN_REPS)),
            tempo: self.tempo.or(d.tempo).unwrap_or_default(),
            start: self.start.or(d.start).unwrap_or_default(),
            rest: self.rest.or(d.rest).unwrap_or(BUILT_IN_REST),
            breathing: self.breathing.or(d.breathing).unwrap_or_else(|| {
                Pattern::built_in(BUILT_IN_BREATHING)
                    .unwrap_or_else(|| Pattern::four_part(BUILT_IN_BREATHING, 5.5, 0.0, 5.5, 0.0))
            }),
            muscles: self.muscles.or(d.muscles).unwrap_or_default(),
            notes: self.notes.or(d.notes),
            per_side: self.per_side.or(d.per_side).unwrap_or(false),
            ..Exercise::default()
        }
    }
}

/// Which half of the rep comes first.
fn start(sink: &mut Sink, value: &Value<'_>) -> Option<StartWith> {
    let help =
        "\"eccentric\" (lower first, like a squat) or \"concentric\" (lift first, like a deadlift)";
    let text = string(sink, "start", value, help)?;
    match text.trim() {
        "eccentric" => Some(StartWith::Eccentric),
        "concentric" => Some(StartWith::Concentric),
        other => {
            let hint = closest(other, ["eccentric", "concentric"])
                .map_or(String::new(), |best| format!("did you mean \"{best}\"? "));
            let message = format!(
                "`start` must be \"eccentric\" or \"concentric\", not \"{}\"",
                other.escape_debug()
            );
            sink.error(value.span(), message, "unknown start", format!("{hint}{help}"));
            None
        }
    }
}

/// Names lifters use for parts of a group, so the hint can say which group they belong to.
const PARTS_OF_GROUPS: [(&str, Muscle); 14] = [
    ("quads", Muscle::Legs),
    ("hamstrings", Muscle::Legs),
    ("calves", Muscle::Legs),
    ("glutes", Muscle::Hips),
    ("abs", Muscle::Abdomen),
    ("core", Muscle::Abdomen),
    ("obliques", Muscle::Abdomen),
    ("lats", Muscle::Back),
    ("traps", Muscle::Back),
    ("pecs", Muscle::Chest),
    ("delts", Muscle::Shoulders),
    ("biceps", Muscle::Arms),
    ("triceps", Muscle::Arms),
    ("forearms", Muscle::Arms),
];

/// A list of muscle groups; repeats are harmless and kept once.
fn muscles(sink: &mut Sink, value: &Value<'_>) -> Option<Vec<Muscle>> {
    let all = Muscle::ALL.map(Muscle::as_str);
    let help = format!("use one of {}", quoted(&all));
    let DeValue::Array(items) = value.get_ref() else {
        wrong_type(sink, "muscles", value, "a list like [\"legs\", \"hips\"]", &help);
        return None;
    };
    let mut found = Vec::new();
    let mut valid = true;
    for item in items.iter() {
        let Some(text) = string(sink, "muscles", item, &help) else {
            valid = false;
            continue;
        };
        let text = text.trim();
        match Muscle::parse(&text.to_lowercase()) {
            Some(m) if !found.contains(&m) => found.push(m),
            Some(_) => {}
            None => {
                valid = false;
                let part = PARTS_OF_GROUPS.iter().find(|(part, _)| text.eq_ignore_ascii_case(part));
                let hint = match (part, closest(text, all)) {
                    (Some((part, group)), _) => {
                        format!("{part} count as `{}`; {help}", group.as_str())
                    }
                    (None, Some(best)) => format!("did you mean `{best}`? {help}"),
                    (None, None) => help.clone(),
                };
                let message = format!("\"{}\" is not a muscle group", text.escape_debug());
                sink.error(item.span(), message, "unknown muscle group", hint);
            }
        }
    }
    valid.then_some(found)
}
