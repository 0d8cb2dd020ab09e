//! The home screen's state: the programmes found, which is selected, and which day of each is
//! next. Pure; the runtime builds it from files and history and starts what it returns.

use super::session::Key;

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

/// What the home screen asks the runtime to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeAction {
    /// Nothing beyond redrawing.
    Stay,
    /// Start a workout with entry `n`.
    Start(usize),
    /// Leave the program.
    Quit,
}

/// The home screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Home {
    /// Every programme found, built-ins first.
    pub entries: Vec<HomeEntry>,
    /// The highlighted entry.
    pub selected: usize,
    /// Shown under the list: why the last Enter did nothing.
    pub message: Option<String>,
    /// The key help is open.
    pub help: bool,
}

impl Home {
    /// A home screen with the first entry selected.
    pub fn new(entries: Vec<HomeEntry>) -> Self {
        Home { entries, selected: 0, message: None, help: false }
    }

    /// Handles a key.
    pub fn key(&mut self, key: Key) -> HomeAction {
        if self.help {
            self.help = false;
            return HomeAction::Stay;
        }
        self.message = None;
        let last = self.entries.len().saturating_sub(1);
        match key {
            Key::Char('q') | Key::CtrlC | Key::Esc => return HomeAction::Quit,
            Key::Char('?') => self.help = true,
            Key::Char('j') | Key::Down | Key::Tab => self.selected = (self.selected + 1).min(last),
            Key::Char('k') | Key::Up | Key::BackTab => {
                self.selected = self.selected.saturating_sub(1)
            }
            Key::Enter | Key::Space => match self.entries.get(self.selected) {
                Some(e) if e.error.is_none() => return HomeAction::Start(self.selected),
                Some(_) => {
                    self.message =
                        Some("This programme has errors: run `liftpace check` on it.".into())
                }
                None => {}
            },
            _ => {}
        }
        HomeAction::Stay
    }
}
