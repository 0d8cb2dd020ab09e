//! One workout's records: stamps the core's monotonic times onto the wall clock and appends the
//! `session`, `set` and `session_end` records through a `Journal`. Must never read the clock
//! itself (every write is given the wall-clock anchor, read afresh by the runtime, so tests can
//! fix it) and never write a second `session_end` for one session.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::time::Duration;

use jiff::ZonedDateTime;

use super::changes::{SkipRecord, SwapRecord};
use super::correction::{CorrectionRecord, SetKey};
use super::lock::WriterLock;
use super::records::{
    CheckinRecord, Record, ResumeRecord, SessionEndRecord, SessionRecord, SetRecord, stamp,
};
use super::{Journal, StorageError};
use crate::core::checkin::When;
use crate::core::session::messages::{SetFix, SetName};
use crate::core::session::{EndStatus, LoggedSet};

/// Writes one session's records. Created by `begin`, which has already taken the journal's
/// one-writer lock and written the session record, so every set it writes belongs to a
/// session on disk and no other liftpace writes between them.
#[derive(Debug)]
pub struct Recorder {
    journal: Journal,
    session: String,
    /// Held from `begin` until the session's end is written.
    lock: Option<WriterLock>,
}

impl Recorder {
    /// Starts a session: takes the journal's lock (an error says who holds it) and writes its
    /// `session` record, stamped `anchor + now`.
    ///
    /// `anchor` is the wall-clock time at which the runtime's monotonic clock read zero; `now`
    /// and every later offset are on that monotonic clock. `programme_file` is the programme's
    /// path, or its origin (`built-in:full-body`) for one with no file.
    ///
    /// The session id is the local start time, compact, then six hex digits that differ from
    /// run to run: `20261127T063005-3fa91c`. It sorts by time, reads at a glance, and two
    /// sessions begun in the same second still differ.
    pub fn begin(
        mut journal: Journal,
        anchor: ZonedDateTime,
        programme: &str,
        programme_file: &str,
        day: &str,
        now: Duration,
    ) -> Result<Recorder, StorageError> {
        let id = session_id(&anchor, now);
        let lock = journal.lock("workout", &stamp(&anchor, now))?;
        journal.append(&Record::Session(SessionRecord {
            id: id.clone(),
            programme: programme.into(),
            programme_file: programme_file.into(),
            day: day.into(),
            started: stamp(&anchor, now),
            source: None,
        }))?;
        Ok(Recorder { journal, session: id, lock: Some(lock) })
    }

    /// Takes up session `id` again after an interruption: takes the journal's lock and writes a
    /// `resume` record stamped `anchor + now`; the sets saved after it belong to `id`.
    pub fn resume(
        mut journal: Journal,
        anchor: &ZonedDateTime,
        id: &str,
        now: Duration,
    ) -> Result<Recorder, StorageError> {
        let lock = journal.lock("workout", &stamp(anchor, now))?;
        let at = stamp(anchor, now);
        journal.append(&Record::Resume(ResumeRecord { session: id.into(), at }))?;
        Ok(Recorder { journal, session: id.into(), lock: Some(lock) })
    }

    /// Whether the session's end has been written (another may begin after it).
    pub fn ended(&self) -> bool {
        self.lock.is_none()
    }

    /// The journal, given back once the session is over.
    pub fn into_journal(self) -> Journal {
        self.journal
    }

    /// The journal the session is written to, for records of other kinds meanwhile.
    pub fn journal(&mut self) -> &mut Journal {
        &mut self.journal
    }

    /// The session's id, as written in its records.
    pub fn session_id(&self) -> &str {
        &self.session
    }

    /// Saves a logged set, its times stamped from `anchor` (the wall-clock time at monotonic
    /// zero, read afresh for each write: the monotonic clock stops while a laptop sleeps). `Ok`
    /// means it is on disk.
    pub fn save_set(
        &mut self,
        set: &LoggedSet,
        anchor: &ZonedDateTime,
    ) -> Result<(), StorageError> {
        self.journal.append(&Record::Set(SetRecord::from_logged(set, &self.session, anchor)))
    }

    /// Saves a mood check-in for this session, stamped `now`. `Ok` means it is on disk.
    pub fn checkin(
        &mut self,
        when: When,
        mood: u8,
        anchor: &ZonedDateTime,
        now: Duration,
    ) -> Result<(), StorageError> {
        let record = CheckinRecord::new(&self.session, when, mood, stamp(anchor, now));
        self.journal.append(&Record::Checkin(record))
    }

    /// Corrects (or voids) a set, stamped `anchor + now`. `Ok` means it is on disk.
    pub fn correct(
        &mut self,
        correction: CorrectionRecord,
        anchor: &ZonedDateTime,
        now: Duration,
    ) -> Result<(), StorageError> {
        let at = anchor.checked_add(now).unwrap_or_else(|_| anchor.clone());
        self.journal.correct(correction, &at)
    }

    /// Saves a set skipped from today's list, stamped `anchor + now`.
    pub fn skip(
        &mut self,
        set: &SetName,
        anchor: &ZonedDateTime,
        now: Duration,
    ) -> Result<(), StorageError> {
        let record = SkipRecord::of(set, &self.session, stamp(anchor, now));
        self.journal.append(&Record::Skip(record))
    }

    /// Saves an exercise swapped from today's list, stamped `anchor + now`.
    pub fn swap(
        &mut self,
        planned: &str,
        done: &str,
        anchor: &ZonedDateTime,
        now: Duration,
    ) -> Result<(), StorageError> {
        self.journal.append(&Record::Swap(SwapRecord {
            session: self.session.clone(),
            exercise: done.into(),
            instead_of: planned.into(),
            at: stamp(anchor, now),
        }))
    }

    /// Corrects or voids a set of this session from today's list, stamped `anchor + now`.
    pub fn fix(
        &mut self,
        fix: &SetFix,
        anchor: &ZonedDateTime,
        now: Duration,
    ) -> Result<(), StorageError> {
        let mut correction = CorrectionRecord::named(SetKey::named(&self.session, &fix.set));
        correction.void = fix.void;
        if let Some(values) = fix.values {
            correction.reps = Some(values.reps);
            correction.hold_s = Some(values.hold_s);
            correction.load = Some(values.load);
            correction.rpe = Some(values.rpe);
        }
        self.correct(correction, anchor, now)
    }

    /// Writes the `session_end` record, once, and lets the journal's lock go: after it has
    /// been written, later calls do nothing, so a quit that races a completion cannot end the
    /// session twice. A failed write leaves the session open, so calling again really tries
    /// again.
    pub fn end(
        &mut self,
        status: EndStatus,
        anchor: &ZonedDateTime,
        now: Duration,
    ) -> Result<(), StorageError> {
        if self.lock.is_none() {
            return Ok(());
        }
        self.journal.append(&Record::SessionEnd(SessionEndRecord {
            session: self.session.clone(),
            ended: stamp(anchor, now),
            status,
        }))?;
        self.lock = None;
        Ok(())
    }
}

/// A new session id for a session begun at `anchor + now` (see `Recorder::begin`); a breathing
/// session's check-ins name it the same way.
pub fn session_id(anchor: &ZonedDateTime, now: Duration) -> String {
    let started = anchor.checked_add(now).unwrap_or_else(|_| anchor.clone());
    format!("{}-{:06x}", started.strftime("%Y%m%dT%H%M%S"), run_suffix())
}

/// 24 bits that differ between runs: the process id hashed with std's per-process random
/// keys, so no extra dependency is needed for a little randomness.
fn run_suffix() -> u64 {
    RandomState::new().hash_one(std::process::id()) & 0xff_ffff
}
