//! The home screen's state: the programmes found, which is selected, which day of each is
//! next, and the workout each starts. Pure; the programmes and history are read before it
//! is built, and starting one is an effect (record its start, then open the workout).
//!
//! A new screen reached from home is one line in [`KEYS`] whose action opens it.

use std::time::Duration;

use crate::core::app::{Deferred, Effect, JournalEntry, Msg, Screen};
use crate::core::breathing::Pattern;
use crate::core::breathing::practice::Practice;
use crate::core::checkin::CheckinSetting;
use crate::core::keys::{self, Binding, Key, KeyHelp};
use crate::core::session::launch::Workout;

/// How long `b` breathes; `+` and `-` change it as it goes.
const BREATHE_FOR: Duration = Duration::from_secs(5 * 60);

/// One programme on the home screen.
#[derive(Debug, Clone, PartialEq)]
pub struct HomeEntry {
    /// The programme's own name, or the file name when it does not load.
    pub title: String,
    /// Where it comes from: "built-in" or a path.
    pub origin: String,
    /// The day that would start, when the programme loads.
    pub next_day: Option<String>,
    /// Days, exercises and the like in a few words, when it loads.
    pub summary: String,
    /// Why it does not load, in one line.
    pub error: Option<String>,
}

impl HomeEntry {
    /// An entry for a programme that cannot be started, saying why.
    pub fn broken(title: String, origin: String, error: String) -> Self {
        HomeEntry { title, origin, next_day: None, summary: String::new(), error: Some(error) }
    }
}

/// What a key does on the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Select the next programme.
    Next,
    /// Select the previous programme.
    Previous,
    /// Pick the selected programme's next day in the list (wrapping round).
    LaterDay,
    /// Pick the selected programme's previous day in the list (wrapping round).
    EarlierDay,
    /// Start the selected programme on the day shown.
    Start,
    /// Open the Progress screen.
    Progress,
    /// Breathe on its own, full window.
    Breathe,
    /// Show the keys.
    Help,
    /// Leave the program.
    Quit,
}

/// The home screen's keys.
pub const KEYS: &[Binding<Action>] = &[
    keys::list_line(
        &keys::list_moves(Action::Next, Action::Previous),
        "choose a programme",
        "↑/↓ choose",
    ),
    Binding {
        keys: &[(Key::Right, Action::LaterDay), (Key::Left, Action::EarlierDay)],
        help: Some(("←/→", "pick another day")),
        hint: Some(("←/→ day", 6)),
    },
    Binding {
        keys: &[(Key::Enter, Action::Start), (Key::Space, Action::Start)],
        help: Some(("Enter / Space", "start the day shown")),
        hint: Some(("Enter start", 9)),
    },
    Binding {
        keys: &[(Key::Char('p'), Action::Progress)],
        help: Some(("p", "your progress")),
        hint: Some(("p progress", 6)),
    },
    Binding {
        keys: &[(Key::Char('b'), Action::Breathe)],
        help: Some(("b", "breathe (5 min)")),
        hint: Some(("b breathe", 6)),
    },
    keys::help_line(&[(Key::Char('?'), Action::Help)]),
    Binding {
        keys: &[
            (Key::Char('q'), Action::Quit),
            (Key::CtrlC, Action::Quit),
            (Key::Esc, Action::Quit),
        ],
        help: Some(("q / Esc", "quit")),
        hint: Some(("q quit", 7)),
    },
];

/// The home screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Home {
    /// Every programme found, built-ins first.
    pub entries: Vec<HomeEntry>,
    /// What each entry starts; `None` for one that does not load.
    workouts: Vec<Option<Workout>>,
    /// The highlighted entry.
    pub selected: usize,
    /// Shown under the list: why the last Enter did nothing.
    pub message: Option<String>,
    /// How to make what `p` opens: only then is the whole history read.
    progress: Option<Deferred>,
    /// What `b` breathes: resonance, at the lifter's own rate.
    breathing: Pattern,
    /// When `b` asks how the lifter feels, and the history's last two moods.
    checkin: (CheckinSetting, [Option<u8>; 2]),
}

impl Home {
    /// A home screen of `entries`, each with the workout it starts, the first selected.
    pub fn new(entries: Vec<(HomeEntry, Option<Workout>)>) -> Self {
        let (entries, workouts) = entries.into_iter().unzip();
        let breathing = Pattern::built_in("resonance").expect("a built-in pattern");
        let checkin = (CheckinSetting::Off, [None, None]);
        Home { entries, workouts, selected: 0, message: None, progress: None, breathing, checkin }
    }

    /// The same home screen, with `p` opening the screen `progress` makes when it is pressed.
    pub fn with_progress(mut self, progress: Deferred) -> Self {
        self.progress = Some(progress);
        self
    }

    /// The same home screen, breathing `pattern` on `b`, with the check-in `checkin` asks
    /// for (`moods` being the history's last two).
    pub fn breathing(
        self,
        pattern: Pattern,
        checkin: CheckinSetting,
        moods: [Option<u8>; 2],
    ) -> Self {
        Home { breathing: pattern, checkin: (checkin, moods), ..self }
    }

    /// The same screen with the programme titled `title` selected (the one trained last), when
    /// it is listed.
    pub fn selecting(mut self, title: Option<&str>) -> Self {
        if let Some(i) = self.entries.iter().position(|e| Some(e.title.as_str()) == title) {
            self.selected = i;
        }
        self
    }

    fn key(&mut self, key: Key, now: Duration) -> Vec<Effect> {
        self.message = None;
        let last = self.entries.len().saturating_sub(1);
        match keys::action(KEYS, key) {
            Some(Action::Quit) => return vec![Effect::Exit],
            Some(Action::Help) => return vec![Effect::ShowHelp],
            Some(Action::Next) => self.selected = (self.selected + 1).min(last),
            Some(Action::Previous) => self.selected = self.selected.saturating_sub(1),
            Some(Action::LaterDay) => self.shift_day(1),
            Some(Action::EarlierDay) => self.shift_day(-1),
            Some(Action::Start) => return self.start(now),
            Some(Action::Progress) => {
                return self.progress.clone().map(Effect::OpenMade).into_iter().collect();
            }
            Some(Action::Breathe) => {
                let (setting, moods) = self.checkin;
                let practice = Practice::new(self.breathing.clone(), BREATHE_FOR, now);
                // The lock first: held by another liftpace, the lifter stays here and is told.
                let began = Effect::Save(JournalEntry::BreathingBegan);
                return vec![began, Effect::open(practice.asking(setting, moods))];
            }
            None => {}
        }
        Vec::new()
    }

    /// Moves the selected programme's day `by` places, wrapping round, so any day can be
    /// started whatever the rotation says (the bench is taken, a day was missed).
    fn shift_day(&mut self, by: isize) {
        let Some(Some(workout)) = self.workouts.get_mut(self.selected) else { return };
        let days = workout.programme.days.len();
        workout.day = (workout.day as isize + by).rem_euclid(days as isize) as usize;
        self.entries[self.selected].next_day =
            Some(workout.programme.days[workout.day].name.clone());
    }

    /// Starts the selected programme: its start is recorded first, so a disk that refuses
    /// leaves the lifter here with the reason.
    fn start(&mut self, now: Duration) -> Vec<Effect> {
        let Some(entry) = self.entries.get(self.selected) else { return Vec::new() };
        if entry.error.is_some() {
            self.message = Some("This programme has errors: run `liftpace check` on it.".into());
            return Vec::new();
        }
        let Some(Some(workout)) = self.workouts.get(self.selected) else { return Vec::new() };
        workout.start(now)
    }
}

impl Screen for Home {
    fn update(&mut self, msg: Msg, now: Duration) -> Vec<Effect> {
        match msg {
            Msg::Key(key) => self.key(key, now),
            Msg::Terminate => vec![Effect::Exit],
            Msg::SaveFailed(_, why) => {
                self.message = Some(why);
                Vec::new()
            }
            Msg::Tick | Msg::Resumed | Msg::Confirmed(_) => Vec::new(),
        }
    }

    fn help(&self) -> Vec<KeyHelp> {
        keys::help(KEYS)
    }
}
