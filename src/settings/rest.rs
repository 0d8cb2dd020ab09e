//! The lifter's rest pacer (`rest_breathing` in `config.toml`) for the exercises of a
//! programme that does not choose one: an exercise with no `breathing` of its own, in a
//! programme whose `[defaults]` names none, rests with the setting's pattern. Pure: the
//! programme's text tells what it wrote; must never override a pattern the programme chose.

use toml::de::{DeTable, DeValue};

use super::Settings;
use crate::core::breathing::Pattern;
use crate::core::programme::Programme;

/// Gives every exercise of `programme` (loaded from `text`) that chose no rest pattern the
/// settings' `rest_breathing`.
pub fn fill_in(programme: &mut Programme, text: &str, settings: &Settings) {
    let Some(pattern) = Pattern::built_in(&settings.rest_breathing) else { return };
    let Ok(doc) = DeTable::parse(text) else { return };
    let top = doc.get_ref();
    let chooses = |t: &DeTable<'_>| t.contains_key("breathing");
    if let Some(DeValue::Table(defaults)) = top.get("defaults").map(|v| v.get_ref())
        && chooses(defaults)
    {
        return;
    }
    let days = tables(top.get("day").map(|v| v.get_ref()));
    // A programme that loaded has one `[[day]]` a day and one `[[day.exercise]]` an exercise.
    if days.len() != programme.days.len() {
        return;
    }
    for (day, written) in programme.days.iter_mut().zip(days) {
        let exercises = tables(written.get("exercise").map(|v| v.get_ref()));
        if exercises.len() != day.exercises.len() {
            continue;
        }
        for (exercise, table) in day.exercises.iter_mut().zip(exercises) {
            if !chooses(table) {
                exercise.breathing = pattern.clone();
            }
        }
    }
}

/// The tables of an array of tables (`[[day]]`), none for anything else.
fn tables<'a>(value: Option<&'a DeValue<'a>>) -> Vec<&'a DeTable<'a>> {
    match value {
        Some(DeValue::Array(items)) => items
            .iter()
            .filter_map(|v| match v.get_ref() {
                DeValue::Table(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::programme::load::load;

    const SQUAT: &str = "[[day.exercise]]\nname = \"Back squat\"\nload = 60\n";

    fn rests(text: &str, setting: &str) -> Vec<String> {
        let mut p = load(text, "x").unwrap().programme;
        let settings = Settings { rest_breathing: setting.into(), ..Settings::default() };
        fill_in(&mut p, text, &settings);
        p.days.iter().flat_map(|d| &d.exercises).map(|e| e.breathing.name.clone()).collect()
    }

    #[test]
    fn exercises_that_choose_nothing_rest_with_the_setting() {
        let text = format!(
            "name = \"x\"\n[[day]]\nname = \"A\"\n{SQUAT}{SQUAT}breathing = \"sigh\"\n\
             [[day]]\nname = \"B\"\n{SQUAT}"
        );
        assert_eq!(rests(&text, "box"), ["box", "sigh", "box"]);
        assert_eq!(rests(&text, "recover"), ["recover", "sigh", "recover"]);
    }

    #[test]
    fn a_programme_default_wins_over_the_setting() {
        let text = format!(
            "name = \"x\"\n[defaults]\nbreathing = \"4-7-8\"\n[[day]]\nname = \"A\"\n{SQUAT}"
        );
        assert_eq!(rests(&text, "box"), ["4-7-8"]);
    }
}
