//! Where the journals live and which one is this machine's: the data folder, the device name,
//! and the names of every file in the folder that holds history (this machine's journal, the
//! other machines', the legacy `history.jsonl`, and the copies sync tools make on a
//! conflict). Reads directory listings only; must never open, change or delete a journal.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::StorageError;

/// The environment variable that names this machine (the `device` setting wins over it).
pub const DEVICE_ENV: &str = "LIFTPACE_DEVICE";

/// The data folder, and the name of the machine writing into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    path: PathBuf,
    device: String,
}

impl DataDir {
    /// `path`, written to by `device` (cleaned to a safe file name part; see `device_name`).
    pub fn new(path: impl Into<PathBuf>, device: &str) -> DataDir {
        DataDir { path: path.into(), device: clean(device) }
    }

    /// `path`, written to by this machine: the `device` setting when given, else
    /// `LIFTPACE_DEVICE`, else the host name.
    pub fn for_this_machine(path: impl Into<PathBuf>, setting: Option<&str>) -> DataDir {
        DataDir::new(path, &device_name(setting))
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// This machine's journal, the only file it appends to: `history.<device>.jsonl`.
    pub fn journal_path(&self) -> PathBuf {
        self.path.join(format!("history.{}.jsonl", self.device))
    }

    /// The lock file that says which process is writing this machine's journal.
    pub fn lock_path(&self) -> PathBuf {
        self.path.join(format!("history.{}.lock", self.device))
    }

    /// The start-up cache, derived from the journals and private to this machine (another
    /// machine's files have other inodes, so sharing one would only rebuild it each time).
    pub fn cache_path(&self) -> PathBuf {
        self.path.join(format!("history.{}.cache", self.device))
    }

    /// Every journal in the folder, by file name: whatever starts with `history` and ends in
    /// `.jsonl`, so a sync tool's `history.sync-conflict-….jsonl` or `history (1).jsonl` is
    /// read too. Hidden files (a sync tool's temporary copies) are not. A missing folder is an
    /// empty history.
    pub fn journals(&self) -> Result<Vec<PathBuf>, StorageError> {
        let read_err = |source| StorageError::Read { path: self.path.clone(), source };
        let entries = match fs::read_dir(&self.path) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(read_err(e)),
        };
        let mut found = Vec::new();
        for entry in entries {
            let entry = entry.map_err(read_err)?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if is_journal_name(name) {
                found.push(entry.path());
            }
        }
        found.sort();
        Ok(found)
    }
}

/// Whether a file name in the data folder is a journal.
pub fn is_journal_name(name: &str) -> bool {
    name.starts_with("history") && name.ends_with(".jsonl")
}

/// This machine's name: `setting` (from config.toml) when given and not blank, else
/// `LIFTPACE_DEVICE`, else the host name, cleaned for a file name; `this-machine` when none
/// of them says anything usable. The same machine gives the same name every run.
pub fn device_name(setting: Option<&str>) -> String {
    let env = std::env::var(DEVICE_ENV).ok();
    [setting.map(str::to_string), env, host_name()]
        .into_iter()
        .flatten()
        .map(|name| clean(&name))
        .find(|name| !name.is_empty() && name != "this-machine")
        .unwrap_or_else(|| "this-machine".into())
}

/// A name safe inside a file name on every system and unambiguous between the dots of
/// `history.<device>.jsonl`: ASCII letters, digits, `-` and `_`, lower case, at most 40
/// characters; anything else becomes `-`.
fn clean(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        let c = if c.is_ascii_alphanumeric() || c == '_' { c.to_ascii_lowercase() } else { '-' };
        if !(c == '-' && (out.is_empty() || out.ends_with('-'))) {
            out.push(c);
        }
        if out.len() >= 40 {
            break;
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() { "this-machine".into() } else { trimmed.into() }
}

fn host_name() -> Option<String> {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname writes at most that many bytes.
    let ok = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } == 0;
    let end = buf.iter().position(|&b| b == 0)?;
    // Only the first label: "laptop.local" and "laptop" are one machine.
    let name = std::str::from_utf8(&buf[..end]).ok()?.split('.').next()?.to_string();
    (ok && !name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_names_are_cleaned_for_file_names() {
        assert_eq!(clean("Gym Laptop"), "gym-laptop");
        assert_eq!(clean("../etc/passwd"), "etc-passwd");
        assert_eq!(clean("a.b.c"), "a-b-c");
        assert_eq!(clean("  "), "this-machine");
        assert_eq!(clean("ümlaut"), "mlaut");
        assert_eq!(clean(&"x".repeat(100)).len(), 40);
    }

    #[test]
    fn a_setting_wins_and_names_never_come_out_empty() {
        assert_eq!(device_name(Some("Desk top")), "desk-top");
        assert!(!device_name(Some("")).is_empty());
    }

    #[test]
    fn journals_are_every_history_jsonl_and_nothing_else() {
        for name in [
            "history.jsonl",
            "history.laptop.jsonl",
            "history.sync-conflict-20261128-101010-ABCDEFG.jsonl",
            "history (1).jsonl",
            "history.laptop (conflicted copy 2026-11-28).jsonl",
        ] {
            assert!(is_journal_name(name), "{name}");
        }
        for name in [
            "history.laptop.cache",
            "history.laptop.lock",
            ".syncthing.history.jsonl.tmp",
            "history.jsonl~",
            "notes.jsonl",
        ] {
            assert!(!is_journal_name(name), "{name}");
        }
    }
}
