//! Tempos as lifters write them: "3-1-X-0", "3/1/X/0" and "31X0" all mean one thing. Owns the
//! accepted forms and their limits; must never accept a tempo the pacer could not run (all
//! zero, an hour-long phase) nor guess at an ambiguous one ("10110": 10-1-1-0 or 1-0-1-10?).

use toml::de::DeValue;

use super::quantity::{HOUR_S, count};
use super::read::{Value, wrong_type};
use super::report::Sink;
use crate::core::tempo::Tempo;

/// Longer phases are allowed but probably a slip (30 instead of 3).
const LONG_PHASE_S: u32 = 10;

const HELP: &str = "write four whole seconds, lowering-pause-lifting-pause, as \"3-1-1-0\", \
     \"3/1/1/0\" or \"3110\" (one digit a phase; 10 s or more needs the separators, \
     \"10-1-1-0\"); an `X` in the third place means an explosive lift";

/// A tempo "eccentric-pause-concentric-pause" in any accepted form; warns when a phase looks
/// like a slip.
pub(super) fn tempo(sink: &mut Sink, value: &Value<'_>) -> Option<Tempo> {
    let DeValue::String(text) = value.get_ref() else {
        wrong_type(sink, "tempo", value, "a string like \"3-1-1-0\"", HELP);
        return None;
    };
    let mut bad = |message: String, label: &str| {
        sink.error(value.span(), message, label, HELP);
        None
    };
    let parts = match split(text) {
        Ok(parts) => parts,
        Err((message, label)) => return bad(message, label),
    };
    let mut secs = [0u32; 4];
    let mut explosive = false;
    for (i, part) in parts.iter().enumerate() {
        if part.eq_ignore_ascii_case("x") {
            if i != 2 {
                let message = format!(
                    "`X` (explosive) only fits the lifting part, the third; not part {}",
                    i + 1
                );
                return bad(message, "X in the wrong place");
            }
            explosive = true;
            secs[i] = 1;
            continue;
        }
        let Some(n) = count(part) else {
            return bad(
                format!("tempo part \"{}\" is not a whole number of seconds", part.escape_debug()),
                "not a number",
            );
        };
        if n as f64 >= HOUR_S {
            return bad(format!("a tempo phase of {n} s is absurd: an hour or more"), "too long");
        }
        secs[i] = u32::try_from(n).ok()?;
    }
    if secs == [0; 4] {
        return bad("a tempo of all zeros cannot be paced".to_string(), "all zero");
    }
    if let Some(long) = secs.iter().find(|&&s| s > LONG_PHASE_S) {
        let message = format!("a tempo phase of {long} s is unusually long");
        sink.warn(value.span(), message, "long phase", "tempo parts are seconds; 1-4 s is usual");
    }
    let [eccentric, bottom, concentric, top] = secs;
    Some(Tempo { eccentric, bottom, concentric, top, explosive })
}

/// The four parts of a tempo in whichever form it is written, or why it is in none of them
/// (a message and a label).
fn split(text: &str) -> Result<Vec<&str>, (String, &'static str)> {
    let trimmed = text.trim();
    let shown = text.escape_debug();
    let separator = match (trimmed.contains('-'), trimmed.contains('/')) {
        (true, true) => {
            let message = format!("the tempo \"{shown}\" mixes `-` and `/`");
            return Err((message, "mixed separators"));
        }
        (true, false) => '-',
        (false, true) => '/',
        (false, false) => return compact(trimmed, &shown.to_string()),
    };
    let parts: Vec<&str> = trimmed.split(separator).map(str::trim).collect();
    if parts.len() == 4 {
        Ok(parts)
    } else {
        Err((format!("a tempo has four parts, \"{shown}\" has {}", parts.len()), "not four parts"))
    }
}

/// "31X0": exactly four figures, one a phase.
fn compact<'t>(text: &'t str, shown: &str) -> Result<Vec<&'t str>, (String, &'static str)> {
    let figures = text.chars().all(|c| c.is_ascii_digit() || c.eq_ignore_ascii_case(&'x'));
    if !figures || text.is_empty() {
        return Err((format!("\"{shown}\" is not a tempo"), "not a tempo"));
    }
    if text.len() != 4 {
        let message = format!(
            "a tempo without separators has four figures, one a phase; \"{shown}\" has {}",
            text.len()
        );
        return Err((message, "not four figures"));
    }
    // Every character is an ASCII digit or x, so each byte is one character.
    Ok((0..4).map(|i| &text[i..=i]).collect())
}
