//! The results: one journal per machine in the data folder (`place`), their records
//! (`records`, `correction`), the only code that appends to a journal (`journal`, one writer at
//! a time by `lock`), the stamping of a workout's sets into records (`recorder`), reading every
//! journal as one stream (`lines`, `merge`), the bounded summary start-up reads (`digest`, kept
//! in `cache`) and questions asked of the history (`query`, and `practice` for breathing
//! minutes). Must never truncate, rewrite or
//! reorder a journal, and must never report a set as saved before it is fsynced.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::core::printable::shown;

pub mod bests;
mod cache;
pub mod changes;
pub mod correction;
pub mod digest;
pub mod disk;
mod fast;
pub mod interrupted;
pub mod journal;
pub mod lines;
pub mod lock;
pub mod merge;
pub mod place;
pub mod practice;
pub mod query;
pub mod recorder;
pub mod records;
pub mod time;

pub use bests::Bests;
pub use cache::load as load_digest;
pub use changes::{SkipRecord, SwapRecord};
pub use correction::{CorrectionRecord, Corrections, SetKey};
pub use digest::Digest;
pub use interrupted::last_session;
pub use journal::Journal;
pub use lock::{Holder, WriterLock};
pub use merge::{for_each_record, read, read_all};
pub use place::{DEVICE_ENV, DataDir};
pub use practice::{BreathingMinutes, breathing_minutes_per_week};
pub use query::{
    current_programme, last_moods, last_time, next_day, past, progress_event, sessions_in_week,
};
pub use recorder::Recorder;
pub use records::{
    BreathingRecord, CheckinRecord, Record, ResumeRecord, SessionEndRecord, SessionRecord,
    SetRecord,
};

/// The journal of builds before per-machine journals: still read, never written again.
pub const HISTORY_FILE: &str = "history.jsonl";

/// The platform's data directory for liftpace (`~/.local/share/liftpace` on Linux, honouring
/// `XDG_DATA_HOME`), or `None` when there is no home directory to put it in.
pub fn default_data_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().to_path_buf())
}

/// The platform's config directory for liftpace (`~/.config/liftpace` on Linux, honouring
/// `XDG_CONFIG_HOME`), or `None` when there is no home directory.
pub fn default_config_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().to_path_buf())
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "liftpace")
}

/// Something went wrong with the results file. Every message names the path, because the
/// lifter has to go and look at it.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The data directory could not be made.
    #[error("cannot create the data folder {}: {source}", path.display())]
    CreateDir {
        /// The directory.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The results file could not be opened for appending.
    #[error("cannot open {} for writing: {source}", path.display())]
    Open {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// A record could not be written.
    #[error("could not save to {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// A record was written but the disk did not confirm it (fsync failed); it may be lost.
    #[error("could not flush {} to disk: {source}", path.display())]
    Sync {
        /// The file or directory.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The results file exists but could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// Another liftpace is recording into this machine's journal.
    #[error(
        "{}; this one can show what is saved but not record. Finish or quit that one first \
         (the lock is {})",
        holder.as_ref().map_or("a workout is already open in another terminal".into(), Holder::describe),
        path.display()
    )]
    Locked {
        /// The lock file.
        path: PathBuf,
        /// Who holds it, when the lock file says.
        holder: Option<Holder>,
    },
}

/// A line of the results file that was skipped while reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file.
    pub path: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// Why it was skipped.
    pub reason: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The reason can quote the line (a `status` or `side` it did not understand), and the
        // line can hold anything: cleaned for the terminal.
        let path = shown(&self.path.display().to_string());
        write!(f, "{path}:{}: line skipped: {}", self.line, shown(&self.reason))
    }
}
