//! The lifter's own bar and plates (`[bar]` and `[plates]` in `config.toml`) for programmes
//! that do not say what theirs are: whatever a programme's `[equipment]` leaves out comes from
//! the settings instead of the standard gym. Pure: the programme's text tells what it wrote;
//! must never override a value the programme wrote.

use toml::de::{DeTable, DeValue};

use super::Settings;
use crate::core::programme::Programme;

/// Gives `programme` (loaded from `text`) the settings' bar and plates for its units wherever
/// its `[equipment]` does not name them.
pub fn fill_in(programme: &mut Programme, text: &str, settings: &Settings) {
    let Ok(doc) = DeTable::parse(text) else { return };
    let written = |key: &str| match doc.get_ref().get("equipment").map(|v| v.get_ref()) {
        Some(DeValue::Table(t)) => t.contains_key(key),
        _ => false,
    };
    let mine = settings.barbell(programme.units);
    if !written("bar") {
        programme.barbell.bar = mine.bar;
    }
    if !written("plates") {
        programme.barbell.plates.clone_from(&mine.plates);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::programme::Units;
    use crate::core::programme::load::load;

    const DAY: &str = "[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Back squat\"\nload = 60\n";

    fn settings() -> Settings {
        let mut s = Settings::default();
        s.barbell_kg.bar = 15.0;
        s.barbell_kg.plates = vec![10.0, 5.0];
        s.barbell_lb.bar = 35.0;
        s
    }

    #[test]
    fn a_programme_without_equipment_takes_the_lifters_bar_and_plates() {
        let text = format!("name = \"x\"\n{DAY}");
        let mut p = load(&text, "x").unwrap().programme;
        fill_in(&mut p, &text, &settings());
        assert_eq!((p.barbell.bar, p.barbell.plates.clone()), (15.0, vec![10.0, 5.0]));

        let text = format!("name = \"x\"\nunits = \"lb\"\n{DAY}");
        let mut p = load(&text, "x").unwrap().programme;
        fill_in(&mut p, &text, &settings());
        assert_eq!((p.units, p.barbell.bar), (Units::Lb, 35.0), "the settings for its units");
    }

    #[test]
    fn what_the_programme_writes_wins() {
        let text = format!("name = \"x\"\n[equipment]\nbar = 20\n{DAY}");
        let mut p = load(&text, "x").unwrap().programme;
        fill_in(&mut p, &text, &settings());
        assert_eq!((p.barbell.bar, p.barbell.plates.clone()), (20.0, vec![10.0, 5.0]));
    }
}
