//! Connects the event loop's `Records` to the results file: each `JournalEntry` the app asks
//! for goes to the journal (waiting for a session) or the session's recorder. Owns the
//! wall-clock anchor the recorder stamps times from. Knows record kinds, never screens: a new
//! kind of record is one arm here.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

use super::event_loop::Records;
use crate::core::app::JournalEntry;
use crate::storage::lock::WriterLock;
use crate::storage::recorder::session_id;
use crate::storage::records::{CheckinRecord, stamp};
use crate::storage::{BreathingRecord, Journal, Record, Recorder};

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

/// The system's wall clock in the local zone: the `WallClock` of a real workout.
pub fn system_clock() -> ZonedDateTime {
    local_time(SystemTime::now())
}

/// `at` in the local zone. A clock set outside the years a record can be written in (-9999 to
/// 9999) is taken as the nearest end of that range instead of panicking: the set must be saved
/// whatever the clock says, and a stamp of 9999-12-30 plainly shows the clock was wrong.
pub fn local_time(at: SystemTime) -> ZonedDateTime {
    let nearest_end = || if at > SystemTime::UNIX_EPOCH { Timestamp::MAX } else { Timestamp::MIN };
    let instant = Timestamp::try_from(at).unwrap_or_else(|_| nearest_end());
    instant.to_zoned_datetime(TimeZone::system())
}

/// The results file as the event loop sees it.
pub struct JournalRecords {
    state: State,
    wall: WallClock,
    /// Where `config.toml` is, for a resonance rate found with `breathe --find`.
    config_dir: Option<PathBuf>,
    /// The one-writer lock, while a breathing session is open (a workout's is its recorder's).
    breathing_lock: Option<WriterLock>,
    /// The id of the last breathing session begun, which its record and check-ins name.
    breathing_id: Option<String>,
}

impl JournalRecords {
    /// Records into `journal`, stamping times from `wall`.
    pub fn new(journal: Journal, wall: WallClock) -> Self {
        JournalRecords {
            state: State::Open(journal),
            wall,
            config_dir: None,
            breathing_lock: None,
            breathing_id: None,
        }
    }

    /// The same, keeping settings the app finds (a resonance rate) in `config_dir`.
    pub fn with_config_dir(mut self, config_dir: Option<PathBuf>) -> Self {
        self.config_dir = config_dir;
        self
    }

    /// The journal, with or without a session under way.
    fn journal(&mut self) -> Result<&mut Journal, String> {
        match &mut self.state {
            State::Open(journal) => Ok(journal),
            State::Recording(recorder) => Ok(recorder.journal()),
            State::Failed => Err("the results file could not be written before".into()),
        }
    }

    /// The wall-clock time at monotonic zero, read afresh: the monotonic clock does not run
    /// while a laptop sleeps, so an anchor taken once would stamp everything after a sleep
    /// too early.
    fn anchor(&self, now: Duration) -> ZonedDateTime {
        let wall = (self.wall)();
        wall.checked_sub(now).unwrap_or(wall)
    }

    /// The journal, taken to record a new session: free, or left by a session that has ended
    /// (the lifter went back home and starts another). A failure to begin loses it.
    fn between_sessions(&mut self) -> Result<Journal, String> {
        // This liftpace's own breathing lock would otherwise refuse its workout.
        self.breathing_lock = None;
        match std::mem::replace(&mut self.state, State::Failed) {
            State::Open(journal) => Ok(journal),
            State::Recording(recorder) if recorder.ended() => Ok(recorder.into_journal()),
            busy @ State::Recording(_) => {
                self.state = busy;
                Err("a session was already started".into())
            }
            State::Failed => Err("the results file could not be written before".into()),
        }
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
                let journal = self.between_sessions()?;
                let recorder = Recorder::begin(journal, anchor, programme, file, day, now)
                    .map_err(|e| e.to_string())?;
                self.state = State::Recording(recorder);
                Ok(())
            }
            JournalEntry::SessionResumed { session } => {
                let journal = self.between_sessions()?;
                let recorder =
                    Recorder::resume(journal, &anchor, session, now).map_err(|e| e.to_string())?;
                self.state = State::Recording(recorder);
                Ok(())
            }
            JournalEntry::Set(set) => {
                let recorder = self.recorder()?;
                recorder.save_set(set, &anchor).map_err(|e| e.to_string())
            }
            JournalEntry::SessionEnded(status) => {
                let recorder = self.recorder()?;
                recorder.end(*status, &anchor, now).map_err(|e| e.to_string())
            }
            JournalEntry::Checkin { when, mood } => match (&mut self.state, &self.breathing_id) {
                (State::Recording(recorder), _) => {
                    recorder.checkin(*when, *mood, &anchor, now).map_err(|e| e.to_string())
                }
                (_, Some(id)) => {
                    let record = CheckinRecord::new(id, *when, *mood, stamp(&anchor, now));
                    self.journal()?.append(&Record::Checkin(record)).map_err(|e| e.to_string())
                }
                _ => Err("no session was started in the results file".into()),
            },
            JournalEntry::BreathingBegan => {
                self.breathing_lock = None;
                let since = stamp(&anchor, now);
                let lock = self.journal()?.lock("breathing session", &since);
                self.breathing_lock = Some(lock.map_err(|e| e.to_string())?);
                self.breathing_id = Some(session_id(&anchor, now));
                Ok(())
            }
            JournalEntry::Skipped(set) => {
                let recorder = self.recorder()?;
                recorder.skip(set, &anchor, now).map_err(|e| e.to_string())
            }
            JournalEntry::Swapped { planned, done } => {
                let recorder = self.recorder()?;
                recorder.swap(planned, done, &anchor, now).map_err(|e| e.to_string())
            }
            JournalEntry::Fixed(fix) => {
                let recorder = self.recorder()?;
                recorder.fix(fix, &anchor, now).map_err(|e| e.to_string())
            }
            JournalEntry::Breathing(done) => {
                let id = self.breathing_id.clone();
                let record = Record::Breathing(BreathingRecord::from_done(done, id, &anchor));
                self.journal()?.append(&record).map_err(|e| e.to_string())
            }
            JournalEntry::BreathingEnded => {
                self.breathing_lock = None;
                Ok(())
            }
            JournalEntry::ResonanceRate(rate) => match &self.config_dir {
                Some(dir) => save_resonance_rate(dir, *rate),
                None => Err("there is no settings folder to keep it in".into()),
            },
        }
    }
}

/// Keeps the lifter's resonance rate in `config_dir`'s config.toml, comments and all.
fn save_resonance_rate(config_dir: &Path, rate: f64) -> Result<(), String> {
    crate::settings::file::set_resonance_rate(config_dir, rate).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::programme::{Reps, Target};
    use crate::core::session::{LoggedSet, SetKind};
    use crate::storage::DataDir;

    #[test]
    fn a_clock_past_year_9999_still_saves_the_set() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::open(&DataDir::new(dir.path(), "test")).unwrap();
        // Year 11476: jiff cannot represent it, and `ZonedDateTime::now` would panic.
        let far = SystemTime::UNIX_EPOCH + Duration::from_secs(300_000_000_000);
        let mut records = JournalRecords::new(journal, Box::new(move || local_time(far)));
        let began = JournalEntry::SessionBegan {
            programme: "Clock".into(),
            file: "clock.toml".into(),
            day: "A".into(),
        };
        records.append(&began, Duration::ZERO).unwrap();
        let set = LoggedSet {
            exercise: "Squat".into(),
            number: 1,
            kind: SetKind::Work,
            side: None,
            reps: Some(8),
            hold_s: None,
            load: None,
            unit: "kg",
            target: Target::Reps(Reps::Range(8, 12)),
            tempo: "3-1-1-0".into(),
            rpe: None,
            started: Duration::from_secs(5),
            ended: Duration::from_secs(40),
        };
        records.append(&JournalEntry::Set(set), Duration::from_secs(41)).unwrap();
        let text = std::fs::read_to_string(dir.path().join("history.test.jsonl")).unwrap();
        let set_line = text.lines().find(|l| l.contains("\"type\":\"set\"")).expect("saved");
        assert!(set_line.contains("\"started\":\"9999-12-"), "{set_line}");
    }

    #[test]
    fn a_clock_before_year_minus_9999_is_the_earliest_time_not_a_panic() {
        let early = SystemTime::UNIX_EPOCH - Duration::from_secs(400_000_000_000);
        assert_eq!(local_time(early).timestamp(), Timestamp::MIN);
    }
}
