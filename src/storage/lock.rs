//! One writer per journal: an advisory lock (`flock`) on `history.<device>.lock`, held while a
//! workout or a breathing session is open, with who holds it written inside so a second
//! liftpace can say so. The kernel drops the lock when the holder exits, however it exits, so
//! a crash never leaves a stale lock. Must never block waiting for the lock, and never touch
//! the journal itself.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::os::fd::AsRawFd;
use std::os::unix::fs::FileExt;

use serde::{Deserialize, Serialize};

use super::{DataDir, StorageError};

/// Who holds the lock, as written in the lock file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    /// The process id.
    pub pid: u32,
    /// What it has open: "workout" or "breathing session".
    pub what: String,
    /// Since when, RFC 3339 with the local offset.
    pub since: String,
}

impl Holder {
    /// "a workout is already open in another terminal since 18:02 (process 4242)".
    pub fn describe(&self) -> String {
        let clock = self.since.get(11..16).filter(|t| t.as_bytes().get(2) == Some(&b':'));
        let since = clock.map(|t| format!(" since {t}")).unwrap_or_default();
        format!(
            "a {} is already open in another terminal{since} (process {})",
            self.what.escape_debug(),
            self.pid
        )
    }
}

/// The lock, held until dropped.
#[derive(Debug)]
pub struct WriterLock {
    _file: File,
}

impl WriterLock {
    /// Takes the lock on `data`'s journal for `what` (open since `since`), or says who has it.
    /// The data folder must exist (opening the journal makes it).
    pub fn acquire(data: &DataDir, what: &str, since: &str) -> Result<WriterLock, StorageError> {
        let path = data.lock_path();
        let open_err = |source| StorageError::Open { path: path.clone(), source };
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(open_err)?;
        // SAFETY: flock on a descriptor we own; LOCK_NB makes it return at once.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
            let error = io::Error::last_os_error();
            if error.kind() != io::ErrorKind::WouldBlock {
                return Err(open_err(error));
            }
            return Err(StorageError::Locked { path, holder: holder(&mut file) });
        }
        let me = Holder { pid: std::process::id(), what: what.into(), since: since.into() };
        let text = serde_json::to_string(&me).map_err(|e| open_err(io::Error::other(e)))?;
        // Who holds it is a courtesy for the message; the lock itself is what counts.
        let _ = file.set_len(0).and_then(|()| file.write_all_at(text.as_bytes(), 0));
        Ok(WriterLock { _file: file })
    }
}

/// What the lock file says about its holder, when it says anything readable.
fn holder(file: &mut File) -> Option<Holder> {
    let mut text = String::new();
    file.take(4096).read_to_string(&mut text).ok()?;
    serde_json::from_str(&text).ok()
}
