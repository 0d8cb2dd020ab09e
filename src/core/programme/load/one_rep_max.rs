//! The programme's `[one_rep_max]` table: a one-rep max per exercise, matched to the
//! programme's exercises the way the library matches names (letter case, aliases). Must never
//! estimate a max from history: that happens when a workout starts.

use std::collections::BTreeMap;

use super::days::ReadDay;
use super::read::{Value, clean_text, closest, number, table};
use super::report::Sink;
use crate::core::library::Library;

/// Heavier than any lift on record; past it, a value is a slip.
const HEAVIEST: f64 = 1500.0;
const HELP: &str = "one-rep maxes by exercise name, in the programme's units, e.g. \
                    \"Back squat\" = 100";

/// The one-rep maxes, keyed by the name of the programme's exercise each belongs to, so a
/// planner finds one with the exercise's own name. An entry that matches no exercise is kept
/// under its own name, with a warning.
pub(super) fn read(
    sink: &mut Sink,
    value: Option<&Value<'_>>,
    days: &[ReadDay],
    library: &Library,
) -> BTreeMap<String, f64> {
    let mut found = BTreeMap::new();
    let Some(written) = value.and_then(|v| table(sink, "one_rep_max", v, HELP)) else {
        return found;
    };
    let mut names: Vec<&str> =
        days.iter().flat_map(|d| &d.day.exercises).map(|e| e.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let mut claimed: Vec<(&str, usize)> = Vec::new();
    for key in written.keys() {
        let entry: &str = key.get_ref();
        let Some(value) = written.named(entry) else { continue };
        if !clean_text(sink, entry, key.span(), "an exercise's name") {
            continue;
        }
        let Some(max) = one_rep_max(sink, entry, value) else { continue };
        let matches: Vec<&str> =
            names.iter().copied().filter(|n| same_exercise(library, entry, n)).collect();
        if matches.is_empty() {
            unmatched(sink, entry, key.span(), &names);
            found.insert(entry.trim().to_string(), max);
        }
        for name in matches {
            if let Some((_, first)) = claimed.iter().find(|(n, _)| *n == name) {
                let message = format!("two one-rep maxes for \"{}\"", name.escape_debug());
                let help = format!("the other is on line {}; keep one", sink.line(*first));
                sink.error(key.span(), message, "a second max", help);
                continue;
            }
            claimed.push((name, key.span().start));
            found.insert(name.to_string(), max);
        }
    }
    found
}

/// Whether `a` and `b` name one exercise: the same words in any case, or the same library entry.
fn same_exercise(library: &Library, a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
        || library.lookup(a).zip(library.lookup(b)).is_some_and(|(x, y)| x.name == y.name)
}

fn one_rep_max(sink: &mut Sink, entry: &str, value: &Value<'_>) -> Option<f64> {
    let max = number(sink, entry, value, HELP)?;
    if max <= 0.0 {
        let message =
            format!("the one-rep max of \"{}\" must be more than 0", entry.escape_debug());
        sink.error(value.span(), message, "not positive", HELP);
        None
    } else if max > HEAVIEST {
        let message = format!("a one-rep max of {max} is absurd: at most {HEAVIEST}");
        sink.error(value.span(), message, "too heavy", HELP);
        None
    } else {
        Some(max)
    }
}

fn unmatched(sink: &mut Sink, entry: &str, span: std::ops::Range<usize>, names: &[&str]) {
    let lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let mean = closest(entry, lower.iter().map(String::as_str))
        .and_then(|best| names.iter().find(|n| n.to_lowercase() == best))
        .map_or(String::new(), |n| format!("did you mean `{n}`? "));
    let message = format!(
        "no exercise of this programme is \"{}\": this max is unused",
        entry.escape_debug()
    );
    let help = format!("{mean}write the name as the exercise is named in a [[day.exercise]]");
    sink.warn(span, message, "no such exercise", help);
}
