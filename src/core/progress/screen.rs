//! The Progress screen's state: the report worked out when the screen was asked for (or why it
//! could not be), and which exercise is shown, most recently done first. Keys as a table.
//! Pure; must never recompute the report or read anything.

use std::time::Duration;

use jiff::civil::Date;

use super::summary::{ExerciseProgress, Progress};
use crate::core::app::{Effect, Msg, Screen};
use crate::core::keys::{self, Binding, Key, KeyHelp};

/// What a key does on the Progress screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Show the next exercise.
    Next,
    /// Show the previous exercise.
    Previous,
    /// Show the keys.
    Help,
    /// Back to where it was opened from.
    Back,
}

/// The Progress screen's keys.
pub const KEYS: &[Binding<Action>] = &[
    keys::list_line(
        &keys::list_moves(Action::Next, Action::Previous),
        "choose an exercise",
        "↑/↓ exercise",
    ),
    keys::help_line(&[(Key::Char('?'), Action::Help)]),
    Binding {
        keys: &[
            (Key::Esc, Action::Back),
            (Key::Char('q'), Action::Back),
            (Key::Char('p'), Action::Back),
            (Key::CtrlC, Action::Back),
        ],
        help: Some(("Esc / q", "back")),
        hint: Some(("Esc back", 9)),
    },
];

/// The Progress screen.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressScreen {
    /// The weeks and exercises.
    pub progress: Progress,
    /// Indexes into `progress.exercises`, most recently done first.
    order: Vec<usize>,
    /// Which of `order` is shown.
    pub selected: usize,
    /// Why there is nothing to show, when the history could not be read.
    pub problem: Option<String>,
}

impl ProgressScreen {
    /// Shows `progress`, the most recently done exercise first.
    pub fn new(progress: Progress) -> ProgressScreen {
        let mut order: Vec<usize> = (0..progress.exercises.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(progress.exercises[i].last_done));
        ProgressScreen { progress, order, selected: 0, problem: None }
    }

    /// A screen saying the history could not be read on `today`, and `why`.
    pub fn unreadable(today: Date, why: String) -> ProgressScreen {
        let nothing = Progress { today, weeks: Vec::new(), exercises: Vec::new(), streak_weeks: 0 };
        let problem = Some(format!("Could not read the history: {why}"));
        ProgressScreen { problem, ..ProgressScreen::new(nothing) }
    }

    /// What stands where an exercise would: why there is none.
    pub fn nothing_shown(&self) -> &str {
        self.problem.as_deref().unwrap_or("No sets logged yet.")
    }

    /// The exercise shown, if any has been done.
    pub fn exercise(&self) -> Option<&ExerciseProgress> {
        self.order.get(self.selected).map(|&i| &self.progress.exercises[i])
    }

    /// How many exercises there are to page through.
    pub fn exercises(&self) -> usize {
        self.order.len()
    }
}

impl Screen for ProgressScreen {
    fn update(&mut self, msg: Msg, _now: Duration) -> Vec<Effect> {
        let Msg::Key(key) = msg else {
            return if msg == Msg::Terminate { vec![Effect::Exit] } else { Vec::new() };
        };
        let last = self.order.len().saturating_sub(1);
        match keys::action(KEYS, key) {
            Some(Action::Next) => self.selected = (self.selected + 1).min(last),
            Some(Action::Previous) => self.selected = self.selected.saturating_sub(1),
            Some(Action::Help) => return vec![Effect::ShowHelp],
            Some(Action::Back) => return vec![Effect::Back],
            None => {}
        }
        Vec::new()
    }

    fn help(&self) -> Vec<KeyHelp> {
        keys::help(KEYS)
    }
}
