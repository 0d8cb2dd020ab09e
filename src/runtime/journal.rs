//! Connects the event loop's `Records` to the results file: each `JournalEntry` the app asks
//! for goes to the journal (waiting for a session) or the session's recorder. Owns the
//! wall-clock anchor the recorder stamps times from. Knows record kinds, never screens: a new
//! kind of record is one arm here.

use std::time::Duration;

use jiff::ZonedDateTime;

use super::event_loop::Records;
use crate::core::app::JournalEntry;
use crate::storage::{Journal, Recorder};

enum State {
    /// Opened and proven writable; no session yet.
    Open(Journal),
    /// A session is being recorded.
    Recording(Recorder),
    /// Beginning a session failed; the journal went with it.
    Failed,
}

/// Reads the wall clock; a test passes one that follows its paused monotonic clock.
pub type WallClock = Box<dyn Fn() -> ZonedDateTime>;

/// The results file as the event loop sees it.
pub struct JournalRecords {
    state: State,
    wall: WallClock,
}

impl JournalRecords {
    /// Records into `journal`, stamping times from `wall`.
    pub fn new(journal: Journal, wall: WallClock) -> Self {
        JournalRecords { state: State::Open(journal), wall }
    }

    /// The wall-clock time at monotonic zero, read afresh: the monotonic clock does not run
    /// while a laptop sleeps, so an anchor taken once would stamp everything after a sleep
    /// too early.
    fn anchor(&self, now: Duration) -> ZonedDateTime {
        let wall = (self.wall)();
        wall.checked_sub(now).unwrap_or(wall)
    }

    fn recorder(&mut self) -> Result<&mut Recorder, String> {
        match &mut self.state {
            State::Recording(recorder) => Ok(recorder),
            _ => Err("no session was started in the results file".into()),
        }
    }
}

impl Records for JournalRecords {
    fn append(&mut self, entry: &JournalEntry, now: Duration) -> Result<(), String> {
        let anchor = self.anchor(now);
        match entry {
            JournalEntry::SessionBegan { programme, file, day } => {
                let State::Open(journal) = std::mem::replace(&mut self.state, State::Failed) else {
                    return Err("a session was already started".into());
                };
                let recorder = Recorder::begin(journal, anchor, programme, file, day, now)
                    .map_err(|e| e.to_string())?;
                self.state = State::Recording(recorder);
                Ok(())
            }
            JournalEntry::Set(set) => {
                let recorder = self.recorder()?;
                recorder.set_anchor(anchor);
                recorder.set(set).map_err(|e| e.to_string())
            }
            JournalEntry::SessionEnded(status) => {
                let recorder = self.recorder()?;
                recorder.set_anchor(anchor);
                recorder.end(*status, now).map_err(|e| e.to_string())
            }
        }
    }
}
