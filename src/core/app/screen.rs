//! What every top-level screen is to the app: the [`Screen`] trait, the messages it is sent
//! ([`Msg`]), the effects it returns ([`Effect`]), the records it asks to be written
//! ([`JournalEntry`]) and the questions it asks ([`Confirm`]). Plain data and one trait; must
//! never name a particular screen, so any screen can use it without making a circle.

use std::any::Any;
use std::fmt;
use std::rc::Rc;
use std::time::Duration;

use crate::core::breathing::record::BreathingDone;
use crate::core::checkin::When;
use crate::core::keys::{Key, KeyHelp};
use crate::core::session::messages::{EndStatus, LoggedSet, SetFix, SetName};

/// A top-level screen (home, a workout, ...): its own state, updated by messages at a
/// monotonic `now`, telling the app what to do as effects. The ui draws it by its type.
pub trait Screen: Any + fmt::Debug {
    /// Handles one message at `now` and says what must happen.
    fn update(&mut self, msg: Msg, now: Duration) -> Vec<Effect>;

    /// The next instant at which time alone changes this screen's state, so the runtime can
    /// sleep until then; `None` when only a key moves things on.
    fn deadline(&self) -> Option<Duration> {
        None
    }

    /// The lines of the `?` box for the screen as it is now, from its key table.
    fn help(&self) -> Vec<KeyHelp>;

    /// A caution the `?` box adds under the keys (who should not brace), if any.
    fn help_note(&self) -> Option<&'static str> {
        None
    }
}

/// What happened, as the runtime (or the app) tells a screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A key was pressed.
    Key(Key),
    /// Time passed; deadlines at or before `now` take effect.
    Tick,
    /// The entry of an `Effect::Save` is not on disk, and why; the rest of that batch of
    /// effects was dropped. The lifter must be told.
    SaveFailed(JournalEntry, String),
    /// The process was stopped (Ctrl-Z) and has just been continued.
    Resumed,
    /// SIGTERM or SIGHUP, or the terminal went away: finish up and leave, now.
    Terminate,
    /// The lifter answered yes to the question with this id (`Confirm::id`).
    Confirmed(&'static str),
}

/// A record for the results file, in the core's words; storage turns it into its line. New
/// record kinds (breathing, check-in, correction) are new variants here, written by the
/// runtime without it knowing which screen asked.
#[derive(Debug, Clone, PartialEq)]
pub enum JournalEntry {
    /// A workout began.
    SessionBegan {
        /// The programme's name.
        programme: String,
        /// Its file, or its origin (`built-in:full-body`).
        file: String,
        /// The day's name.
        day: String,
    },
    /// An interrupted workout was taken up again: later sets belong to this session id.
    SessionResumed {
        /// The id of the session taken up again.
        session: String,
    },
    /// A set was logged.
    Set(LoggedSet),
    /// The workout ended.
    SessionEnded(EndStatus),
    /// A set of the workout was skipped from today's list: never done, never failed.
    Skipped(SetName),
    /// An exercise of the workout was swapped from today's list; its sets are saved under
    /// `done`.
    Swapped {
        /// The programme's exercise.
        planned: String,
        /// The library exercise done in its place.
        done: String,
    },
    /// A logged set of the workout was corrected or deleted from today's list.
    Fixed(SetFix),
    /// How the lifter feels, 1 (low) to 5 (great), before or after the session.
    Checkin {
        /// Before or after the workout.
        when: When,
        /// 1 to 5.
        mood: u8,
    },
    /// A breathing session (or the resonance finder) is opening: the results file's
    /// one-writer lock is taken for it, as for a workout, so a second liftpace cannot write
    /// meanwhile. Nothing is written; a lock held elsewhere comes back as `Msg::SaveFailed`
    /// saying who holds it.
    BreathingBegan,
    /// A breathing session on its own, done or ended early.
    Breathing(BreathingDone),
    /// The breathing session is over, whatever was done: its lock goes. Nothing is written.
    BreathingEnded,
    /// The lifter's resonance rate in breaths a minute, found with `breathe --find`. Kept in
    /// the settings (`config.toml`), not the results file; a failure comes back as
    /// `Msg::SaveFailed` like any other.
    ResonanceRate(f64),
}

/// A yes/no question over a screen. `y` answers with `Msg::Confirmed(id)`; `n` closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Confirm {
    /// Which question this is, for the screen that asked.
    pub id: &'static str,
    /// The question: "Quit the workout?".
    pub title: &'static str,
    /// What the lifter should know before answering.
    pub body: &'static str,
    /// What yes does, in two or three words.
    pub yes: &'static str,
    /// What no does.
    pub no: &'static str,
}

/// The screen an `Effect::Open` brings up. Compares by identity: two openings are never equal.
pub struct Opening(pub Box<dyn Screen>);

impl fmt::Debug for Opening {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl PartialEq for Opening {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// A screen made only when it is opened, because making it reads the whole history (the
/// Progress screen): the launch writes the recipe, the runtime follows it when a screen asks
/// with `Effect::OpenMade`, and the core only carries it, never calls it. So start-up costs the
/// same however long the history. Compares by identity.
#[derive(Clone)]
pub struct Deferred(Rc<dyn Fn() -> Box<dyn Screen>>);

impl Deferred {
    /// The screen `make` builds when it is asked for.
    pub fn new(make: impl Fn() -> Box<dyn Screen> + 'static) -> Deferred {
        Deferred(Rc::new(make))
    }

    /// Builds the screen, doing whatever reading it needs: for the runtime only.
    pub fn make(&self) -> Box<dyn Screen> {
        (self.0)()
    }
}

impl fmt::Debug for Deferred {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Deferred(..)")
    }
}

impl PartialEq for Deferred {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Effects for the runtime (or the app) to carry out, in order.
#[derive(Debug, PartialEq)]
pub enum Effect {
    /// Append this entry to the results file and fsync it before drawing anything. If it
    /// fails, the rest of the batch is dropped and the screen gets `Msg::SaveFailed`.
    Save(JournalEntry),
    /// Ring the terminal bell.
    Bell,
    /// Tell the lifter this on the desktop if the terminal is not the window in front (a rest
    /// ran out while they read something else); nothing when it is.
    Notify(String),
    /// Give the terminal back and stop the process (Ctrl-Z); `Msg::Resumed` follows.
    Suspend,
    /// Put this screen up in place of the current one, which waits underneath for `Back`.
    Open(Opening),
    /// Make this screen, reading what it shows, then put it up like `Open`. The runtime does
    /// the making, so no screen holds a report before it is asked for.
    OpenMade(Deferred),
    /// Close this screen and go back to the one it was opened from; leave when there is none.
    Back,
    /// Cover the screen with its key help until a key is pressed. The app does this itself.
    ShowHelp,
    /// Ask a yes/no question over the screen. The app does this itself.
    Ask(Confirm),
    /// Tell the lifter this after the terminal is given back: a failure nothing on screen can
    /// mend (the end of a session that could not be written).
    ReportOnExit(String),
    /// The piece of work is over (a workout's summary was left): go back to the screen the
    /// app began on, built afresh from the files, since the history just grew. Leaves the
    /// program when the app began on a screen a command chose.
    StartOver,
    /// Leave the program.
    Exit,
}

impl Effect {
    /// Opens `screen` over the current one.
    pub fn open(screen: impl Screen) -> Effect {
        Effect::Open(Opening(Box::new(screen)))
    }
}
