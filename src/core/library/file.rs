//! Reads an exercises file (`[[exercise]]` tables) into checked `ExerciseInfo`s, turning every
//! problem into one `origin:line:col: message` line. Must never panic on any text.

use std::collections::HashMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::{Equipment, ExerciseInfo, Motion, key};
use crate::core::tempo::{StartWith, Tempo};
use crate::core::words::Muscle;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    #[serde(default)]
    exercise: Vec<Entry>,
}

/// One `[[exercise]]` as written, every value kept with its place for error reports.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: Spanned<String>,
    muscles: Spanned<Vec<Spanned<String>>>,
    start: Option<Spanned<String>>,
    equipment: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    hold: bool,
    motion: Option<Spanned<String>>,
    technical: Option<Spanned<bool>>,
    beginner: Option<Spanned<bool>>,
    tempo: Option<Spanned<String>>,
}

/// A problem at a byte span, before it is placed as line:col.
type Problem = (Range<usize>, String);

/// Every exercise in `text`, or the first problem as `origin:line:col: message`.
pub(super) fn parse(text: &str, origin: &str) -> Result<Vec<ExerciseInfo>, String> {
    let at = |(span, message): Problem| {
        let (line, col) = line_col(text, span.start);
        format!("{origin}:{line}:{col}: {message}")
    };
    let document: Document = toml::from_str(text)
        .map_err(|e| at((e.span().unwrap_or(0..0), e.message().trim().to_string())))?;
    let mut owners: HashMap<String, String> = HashMap::new();
    let mut exercises = Vec::with_capacity(document.exercise.len());
    for entry in document.exercise {
        let exercise = check(entry, &mut owners).map_err(at)?;
        exercises.push(exercise);
    }
    Ok(exercises)
}

/// Checks one entry; `owners` maps every name and alias seen so far to its exercise, so a name
/// can never find two exercises.
fn check(entry: Entry, owners: &mut HashMap<String, String>) -> Result<ExerciseInfo, Problem> {
    let name = entry.name.get_ref().trim().to_string();
    for text in std::iter::once(&entry.name).chain(&entry.aliases) {
        let k = checked_name(text)?;
        if let Some(owner) = owners.insert(k, name.clone()) {
            let message = format!("`{}` already names the exercise `{owner}`", text.get_ref());
            return Err((text.span(), message));
        }
    }
    if entry.muscles.get_ref().is_empty() {
        return Err((entry.muscles.span(), format!("`{name}` needs at least one muscle group")));
    }
    let mut muscles = Vec::new();
    for written in entry.muscles.get_ref() {
        let muscle = Muscle::parse(written.get_ref()).ok_or_else(|| {
            let valid = Muscle::ALL.map(Muscle::as_str).join(", ");
            (written.span(), format!("unknown muscle group `{}`; use {valid}", written.get_ref()))
        })?;
        if !muscles.contains(&muscle) {
            muscles.push(muscle);
        }
    }
    let start = match entry.start.as_ref().map(|s| (s.span(), s.get_ref().as_str())) {
        None | Some((_, "eccentric")) => StartWith::Eccentric,
        Some((_, "concentric")) => StartWith::Concentric,
        Some((span, other)) => {
            let message = format!("start is \"concentric\" or \"eccentric\", not `{other}`");
            return Err((span, message));
        }
    };
    let equipment = Equipment::parse(entry.equipment.get_ref()).ok_or_else(|| {
        let valid = Equipment::ALL.map(Equipment::as_str).join(", ");
        let written = entry.equipment.get_ref();
        (entry.equipment.span(), format!("unknown equipment `{written}`; use {valid}"))
    })?;
    let motion = match &entry.motion {
        None => Motion::Lift,
        Some(written) => Motion::parse(written.get_ref()).ok_or_else(|| {
            let valid = Motion::ALL.map(Motion::as_str).join(", ");
            (written.span(), format!("unknown motion `{}`; use {valid}", written.get_ref()))
        })?,
    };
    let tempo = match &entry.tempo {
        None => None,
        Some(written) => Some(tempo(written.get_ref()).ok_or_else(|| {
            let message = format!(
                "tempo `{}` is not four seconds like \"1-0-X-0\" (X only third)",
                written.get_ref()
            );
            (written.span(), message)
        })?),
    };
    let flag = |f: &Option<Spanned<bool>>| f.as_ref().is_some_and(|f| *f.get_ref());
    let (technical, beginner) = (flag(&entry.technical), flag(&entry.beginner));
    if let (true, true, Some(written)) = (technical, beginner, &entry.beginner) {
        let message = "an exercise cannot be both `technical` (it needs coaching to learn) and \
                       `beginner` (safe to start alone); keep one"
            .to_string();
        return Err((written.span(), message));
    }
    let aliases = entry.aliases.into_iter().map(|a| a.into_inner().trim().to_string()).collect();
    Ok(ExerciseInfo {
        name,
        muscles,
        start,
        equipment,
        aliases,
        hold: entry.hold,
        motion,
        technical,
        beginner,
        tempo,
    })
}

/// A tempo written "1-0-X-0": four whole seconds under a minute, `X` (explosive, paced as one
/// second) only in the lifting place, not all zero. The programme loader has the friendlier
/// forms; a library needs only this one.
fn tempo(text: &str) -> Option<Tempo> {
    let parts: Vec<&str> = text.split('-').collect();
    let [e, b, c, t] = parts.as_slice() else { return None };
    let secs = |p: &str| p.parse::<u32>().ok().filter(|&n| n < 60);
    let explosive = c.eq_ignore_ascii_case("x");
    let concentric = if explosive { 1 } else { secs(c)? };
    let tempo =
        Tempo { eccentric: secs(e)?, bottom: secs(b)?, concentric, top: secs(t)?, explosive };
    (!tempo.rep_length().is_zero()).then_some(tempo)
}

/// The matching key of a name or alias, refusing ones that could not be matched or displayed.
fn checked_name(text: &Spanned<String>) -> Result<String, Problem> {
    let written = text.get_ref();
    if written.chars().any(char::is_control) {
        return Err((text.span(), "control characters are not allowed in a name".to_string()));
    }
    let k = key(written);
    if k.is_empty() {
        return Err((text.span(), format!("`{written}` needs at least one letter or digit")));
    }
    Ok(k)
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}
