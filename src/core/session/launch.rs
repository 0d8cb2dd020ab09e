//! A workout ready to begin: the programme, which day, and what the history says, gathered
//! before any screen so the home screen or the command line can start it at once. Pure.

use std::rc::Rc;
use std::time::Duration;

use super::prescribe::Past;
use super::{Session, Settings};
use crate::core::app::{Effect, JournalEntry};
use crate::core::checkin::{CheckinScreen, When};
use crate::core::library::Library;
use crate::core::programme::Programme;

/// Everything a workout starts from.
#[derive(Debug, Clone, PartialEq)]
pub struct Workout {
    /// The programme.
    pub programme: Programme,
    /// Where it came from (a path, or `built-in:full-body`), for the session record.
    pub file: String,
    /// Index of the day to do.
    pub day: usize,
    /// What the history says of each exercise, in the programme's units (shared by every
    /// programme in those units).
    pub past: Rc<Past>,
    /// Countdown length and the like.
    pub settings: Settings,
    /// The exercise library the programme was loaded with (the built-in one and the lifter's
    /// own `exercises.toml`): what an exercise can be swapped for.
    pub library: Rc<Library>,
}

impl Workout {
    /// The session begun at `now`, and the record of its start, which must be saved before
    /// the session's first set.
    pub fn begin(&self, now: Duration) -> (JournalEntry, Session) {
        let mut session =
            Session::new(self.programme.clone(), self.day, &self.past, self.settings, now);
        session.library = Some(Rc::clone(&self.library));
        let began = JournalEntry::SessionBegan {
            programme: self.programme.name.clone(),
            file: self.file.clone(),
            day: session.day_name().to_string(),
        };
        (began, session)
    }
}

impl Workout {
    /// What starting it at `now` does: record its start, then open it (with the check-in
    /// before it over it, when the settings ask for one). The start is recorded first, so a
    /// disk that refuses leaves the lifter where they were, with the reason.
    pub fn start(&self, now: Duration) -> Vec<Effect> {
        let (began, session) = self.begin(now);
        let checkin = self.checkin_before().map(Effect::open);
        [Effect::Save(began), Effect::open(session)].into_iter().chain(checkin).collect()
    }

    /// The check-in to ask over the workout before its first set, when the settings say so.
    pub fn checkin_before(&self) -> Option<CheckinScreen> {
        let asks = self.settings.checkin.asks(When::Before);
        asks.then(|| CheckinScreen::new(When::Before, self.past.moods))
    }
}

/// The day to do: `wanted` by name, else `next` (the one after the last done, from the
/// history). An unknown name is an error naming the days there are.
pub fn pick_day(programme: &Programme, wanted: Option<&str>, next: usize) -> Result<usize, String> {
    let Some(name) = wanted else { return Ok(next) };
    programme.days.iter().position(|d| d.name == name).ok_or_else(|| {
        let names: Vec<&str> = programme.days.iter().map(|d| d.name.as_str()).collect();
        format!(
            "`{}` has no day called `{name}`; its days are {}",
            programme.name,
            names.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::app::Msg;
    use crate::core::keys::Key;
    use crate::core::programme::load::load;
    use crate::core::session::Past;
    use crate::core::session::today::{Mode, Row};

    const PROGRAMME: &str = r#"
        name = "T"
        [[day]]
        name = "A"
        [[day.exercise]]
        name = "Dumbbell row"
        load = 20
    "#;

    /// A row the lifter keeps in their own `exercises.toml`.
    const MINE: &str = r#"
        [[exercise]]
        name = "Kroc row"
        muscles = ["back", "arms"]
        start = "concentric"
        equipment = "dumbbell"
    "#;

    /// What the list offers in place of the day's first exercise, in a workout started with
    /// `library`.
    fn swap_choices(library: Library) -> Vec<String> {
        let workout = Workout {
            programme: load(PROGRAMME, "t.toml").unwrap().programme,
            file: "t.toml".into(),
            day: 0,
            past: Rc::new(Past::default()),
            settings: Settings::default(),
            library: Rc::new(library),
        };
        let (_, mut session) = workout.begin(Duration::ZERO);
        session.update(Msg::Key(Key::Char('l')), Duration::ZERO);
        let row = session.rows().iter().position(|r| *r == Row::Exercise(0)).unwrap();
        session.today.list.as_mut().unwrap().cursor = row;
        session.update(Msg::Key(Key::Char('w')), Duration::ZERO);
        match session.today.list.map(|l| l.mode) {
            Some(Mode::Swap { choices, .. }) => choices,
            other => panic!("no swap choices: {other:?}"),
        }
    }

    #[test]
    fn swaps_choose_from_the_lifters_own_exercises_too() {
        let built_in = Library::built_in();
        assert!(!swap_choices(built_in.clone()).contains(&"Kroc row".to_string()));
        let merged = built_in.with_user(MINE, "exercises.toml").unwrap();
        let choices = swap_choices(merged);
        assert!(choices.contains(&"Kroc row".to_string()), "{choices:?}");
    }
}
