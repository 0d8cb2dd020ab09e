//! The mood check-in: when it is asked (the `checkin` setting), which moment it belongs to,
//! the one rule about what it says back (two low scores in a row bring, once, a kind line
//! pointing to people who can help), and the screen that asks, "How do you feel? 1 (low) to 5
//! (great)", one keypress, Enter to skip. Pure; must never score, diagnose or suggest a cause.

use std::time::Duration;

use crate::core::app::{Effect, JournalEntry, Msg, Screen};
use crate::core::keys::{self, Binding, Key, KeyHelp};

/// The question.
pub const QUESTION: &str = "How do you feel? 1 (low) to 5 (great)";

/// Said once after a second low score in a row, before the crisis line: kind, no cause, no
/// score, and who can help.
pub const KIND_LINE: &str = "Thank you for saying so. A doctor or counsellor can help.";

/// A mood is a whole number from 1 (low) to 5 (great).
pub const MOODS: std::ops::RangeInclusive<u8> = 1..=5;

/// At or below this a mood is low.
const LOW: u8 = 2;

/// When a check-in is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CheckinSetting {
    /// After the summary (the default).
    #[default]
    After,
    /// Before the workout and after the summary.
    Both,
    /// Never.
    Off,
}

impl CheckinSetting {
    /// As written in `config.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckinSetting::After => "after",
            CheckinSetting::Both => "both",
            CheckinSetting::Off => "off",
        }
    }

    /// Parses the word `config.toml` uses.
    pub fn parse(word: &str) -> Option<CheckinSetting> {
        [CheckinSetting::After, CheckinSetting::Both, CheckinSetting::Off]
            .into_iter()
            .find(|s| s.as_str() == word)
    }

    /// Whether to ask at `when`.
    pub fn asks(self, when: When) -> bool {
        match self {
            CheckinSetting::Off => false,
            CheckinSetting::After => when == When::After,
            CheckinSetting::Both => true,
        }
    }
}

/// Which side of the workout a check-in was made on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Before the first set.
    Before,
    /// After the summary.
    After,
}

impl When {
    /// As written in the results file.
    pub fn as_str(self) -> &'static str {
        match self {
            When::Before => "before",
            When::After => "after",
        }
    }
}

/// Whether a new `mood`, after the two check-ins before it (`[before last, last]`), is the
/// second low one in a row: then, and only then, the kind line is shown. A third low in a row
/// does not repeat it; the line is said once, never pressed.
pub fn second_low(before: [Option<u8>; 2], mood: u8) -> bool {
    let low = |m: Option<u8>| m.is_some_and(|m| m <= LOW);
    low(Some(mood)) && low(before[1]) && !low(before[0])
}

/// What a key does on the check-in screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Give this mood.
    Mood(u8),
    /// Skip the question, or go on after the kind line.
    Done,
    /// Show the keys.
    Help,
}

/// The check-in's keys.
pub const KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[
            (Key::Char('1'), Action::Mood(1)),
            (Key::Char('2'), Action::Mood(2)),
            (Key::Char('3'), Action::Mood(3)),
            (Key::Char('4'), Action::Mood(4)),
            (Key::Char('5'), Action::Mood(5)),
        ],
        help: Some(("1 to 5", "how you feel, 1 low to 5 great")),
        hint: Some(("1-5 answer", 9)),
    },
    Binding {
        keys: &[
            (Key::Enter, Action::Done),
            (Key::Esc, Action::Done),
            (Key::Char('q'), Action::Done),
            (Key::CtrlC, Action::Done),
        ],
        help: Some(("Enter / Esc", "skip (or go on)")),
        hint: Some(("Enter skip", 8)),
    },
    keys::help_line(&[(Key::Char('?'), Action::Help)]),
];

/// The check-in screen, over a workout about to begin or after one that ended.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckinScreen {
    /// Before or after the workout.
    pub when: When,
    /// The two check-ins before this one, `[before last, last]`, from the history.
    before: [Option<u8>; 2],
    /// The mood given, once given.
    pub mood: Option<u8>,
    /// The kind line is up: the second low score in a row.
    pub kind_line: bool,
    /// Why the last answer was not saved.
    pub message: Option<String>,
    /// What it is asked around.
    pub around: Around,
}

/// What a check-in is asked around.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Around {
    /// A workout: after it, leaving the check-in leaves the program.
    Workout,
    /// A breathing session: after it, leaving goes back past the session.
    Breathing,
}

impl CheckinScreen {
    /// Asks at `when`; `before` are the history's last two moods, oldest first.
    pub fn new(when: When, before: [Option<u8>; 2]) -> CheckinScreen {
        let around = Around::Workout;
        CheckinScreen { when, before, mood: None, kind_line: false, message: None, around }
    }

    /// The same check-in, asked around a breathing session.
    pub fn around_breathing(self) -> Self {
        CheckinScreen { around: Around::Breathing, ..self }
    }

    /// Leaving: before anything, back to it; after a workout, to where the app began (home,
    /// afresh; out of the program when a command began the workout); after a breathing
    /// session, back past it to where it was opened from (or out, when it was the first
    /// screen).
    fn leave(&self) -> Vec<Effect> {
        match (self.when, self.around) {
            (When::Before, _) => vec![Effect::Back],
            (When::After, Around::Workout) => vec![Effect::StartOver],
            (When::After, Around::Breathing) => vec![Effect::Back, Effect::Back],
        }
    }

    fn key(&mut self, key: Key) -> Vec<Effect> {
        match keys::action(KEYS, key) {
            Some(Action::Help) => vec![Effect::ShowHelp],
            Some(Action::Done) => self.leave(),
            // Once answered, a number does not change what was saved.
            Some(Action::Mood(mood)) if self.mood.is_none() => {
                self.message = None;
                self.mood = Some(mood);
                self.kind_line = second_low(self.before, mood);
                let saved = Effect::Save(JournalEntry::Checkin { when: self.when, mood });
                // The kind line stays until the lifter goes on; otherwise one key is all.
                let leave = if self.kind_line { Vec::new() } else { self.leave() };
                std::iter::once(saved).chain(leave).collect()
            }
            Some(Action::Mood(_)) | None => Vec::new(),
        }
    }
}

impl Screen for CheckinScreen {
    fn update(&mut self, msg: Msg, _now: Duration) -> Vec<Effect> {
        match msg {
            Msg::Key(key) => self.key(key),
            Msg::SaveFailed(_, why) => {
                self.mood = None;
                self.kind_line = false;
                self.message = Some(format!("Not saved: {why}. A number tries again."));
                Vec::new()
            }
            Msg::Terminate => vec![Effect::Exit],
            Msg::Tick | Msg::Resumed | Msg::Confirmed(_) => Vec::new(),
        }
    }

    fn help(&self) -> Vec<KeyHelp> {
        keys::help(KEYS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(screen: &mut CheckinScreen, c: char) -> Vec<Effect> {
        screen.update(Msg::Key(Key::Char(c)), Duration::ZERO)
    }

    #[test]
    fn one_key_saves_the_mood_and_leaves() {
        let mut after = CheckinScreen::new(When::After, [None, Some(4)]);
        let effects = press(&mut after, '4');
        let saved = Effect::Save(JournalEntry::Checkin { when: When::After, mood: 4 });
        assert_eq!(effects, vec![saved, Effect::StartOver]);
        let mut before = CheckinScreen::new(When::Before, [None, None]);
        assert_eq!(press(&mut before, '3')[1], Effect::Back);
        assert_eq!(before.update(Msg::Key(Key::Enter), Duration::ZERO), vec![Effect::Back]);
        assert!(press(&mut CheckinScreen::new(When::After, [None, None]), '9').is_empty());
    }

    #[test]
    fn after_a_breathing_session_leaving_closes_the_session_too() {
        let mut screen = CheckinScreen::new(When::After, [None, None]).around_breathing();
        let effects = press(&mut screen, '5');
        let saved = Effect::Save(JournalEntry::Checkin { when: When::After, mood: 5 });
        assert_eq!(effects, vec![saved, Effect::Back, Effect::Back]);
        let mut skipped = CheckinScreen::new(When::After, [None, None]).around_breathing();
        let effects = skipped.update(Msg::Key(Key::Enter), Duration::ZERO);
        assert_eq!(effects, vec![Effect::Back, Effect::Back]);
    }

    #[test]
    fn enter_skips_without_saving() {
        let mut screen = CheckinScreen::new(When::After, [None, None]);
        assert_eq!(screen.update(Msg::Key(Key::Enter), Duration::ZERO), vec![Effect::StartOver]);
    }

    #[test]
    fn a_second_low_score_keeps_the_kind_line_up_until_enter() {
        let mut screen = CheckinScreen::new(When::After, [Some(4), Some(2)]);
        let effects = press(&mut screen, '1');
        assert_eq!(
            effects,
            vec![Effect::Save(JournalEntry::Checkin { when: When::After, mood: 1 })]
        );
        assert!(screen.kind_line);
        assert!(press(&mut screen, '5').is_empty(), "the answer stands");
        assert_eq!(screen.update(Msg::Key(Key::Enter), Duration::ZERO), vec![Effect::StartOver]);
    }

    #[test]
    fn the_kind_line_needs_two_low_in_a_row() {
        let cases = [
            ([None, None], 1, false),
            ([None, Some(3)], 1, false),
            ([None, Some(2)], 3, false),
            ([None, Some(2)], 2, true),
            ([Some(4), Some(1)], 2, true),
            ([Some(1), Some(1)], 1, false), // a third low in a row: already said
            ([Some(5), Some(5)], 5, false),
        ];
        for (before, mood, shown) in cases {
            assert_eq!(second_low(before, mood), shown, "{before:?} then {mood}");
        }
    }

    #[test]
    fn the_setting_decides_when_to_ask() {
        assert!(CheckinSetting::default().asks(When::After));
        assert!(!CheckinSetting::default().asks(When::Before));
        assert!(CheckinSetting::Both.asks(When::Before));
        assert!(!CheckinSetting::Off.asks(When::After));
        assert_eq!(CheckinSetting::parse("both"), Some(CheckinSetting::Both));
        assert_eq!(CheckinSetting::parse("sometimes"), None);
    }

    #[test]
    fn a_failed_save_says_so_and_a_number_tries_again() {
        let mut screen = CheckinScreen::new(When::After, [None, None]);
        press(&mut screen, '3');
        let entry = JournalEntry::Checkin { when: When::After, mood: 3 };
        screen.update(Msg::SaveFailed(entry, "disk full".into()), Duration::ZERO);
        assert!(screen.message.as_deref().unwrap().contains("disk full"));
        assert_eq!(press(&mut screen, '3').len(), 2);
    }
}
