//! The results file, `<data dir>/history.jsonl`: its records (`records`), the only code that
//! touches it on disk (`journal`), the stamping of a workout's sets into records (`recorder`)
//! and questions asked of the history (`query`, and `practice` for breathing minutes). Must never truncate, rewrite or reorder the
//! file, and must never report a set as saved before it is fsynced.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

pub mod journal;
pub mod practice;
pub mod query;
pub mod recorder;
pub mod records;

pub use journal::{Journal, read};
pub use practice::breathing_minutes_per_week;
pub use query::{last_time, next_day, past};
pub use recorder::Recorder;
pub use records::{BreathingRecord, Record, SessionEndRecord, SessionRecord, SetRecord};

/// The results file's name inside the data directory.
pub const HISTORY_FILE: &str = "history.jsonl";

/// Where the results file lives in `data_dir`.
pub fn history_path(data_dir: &Path) -> PathBuf {
    data_dir.join(HISTORY_FILE)
}

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
        write!(f, "{}:{}: line skipped: {}", self.path.display(), self.line, self.reason)
    }
}
