//! The only code that writes liftpace's results: appending records durably to this machine's
//! journal, `history.<device>.jsonl` (reading is `merge`'s). Must never truncate, rewrite or
//! seek-and-overwrite the file, never write any other machine's journal or the legacy
//! `history.jsonl`, never retry a failed write or fsync and carry on as if it worked, and never
//! swallow an error.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use std::time::Duration;

use jiff::ZonedDateTime;

use super::correction::CorrectionRecord;
use super::lock::WriterLock;
use super::records::{self, Record};
use super::{DataDir, StorageError};

/// This machine's journal, open for appending.
#[derive(Debug)]
pub struct Journal {
    file: File,
    path: PathBuf,
    data: DataDir,
}

impl Journal {
    /// Opens (creating if needed) `data`'s journal for this machine for appending, creating
    /// the directory and its parents too. Opening for writing is the up-front proof that sets
    /// can be saved, so an unusable data dir is reported before a workout starts, not after a
    /// set.
    pub fn open(data: &DataDir) -> Result<Journal, StorageError> {
        let data_dir = data.path();
        create_dir_durably(data_dir)?;
        let path = data.journal_path();
        let open_err = |source| StorageError::Open { path: path.clone(), source };
        // Read access only to look at the last byte (see `ends_with_newline`).
        let mut options = OpenOptions::new();
        options.read(true).append(true);
        let file = match options.clone().create_new(true).open(&path) {
            Ok(file) => {
                // A new directory entry is only durable once the directory is synced.
                sync_dir(data_dir)?;
                file
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                options.open(&path).map_err(open_err)?
            }
            Err(e) => return Err(open_err(e)),
        };
        Ok(Journal { file, path, data: data.clone() })
    }

    /// Takes the one-writer lock for `what` ("workout", "breathing session"), open since
    /// `since`; an error says who has it. Held until the lock is dropped.
    pub fn lock(&self, what: &str, since: &str) -> Result<WriterLock, StorageError> {
        WriterLock::acquire(&self.data, what, since)
    }

    /// The results file's path, to tell the lifter where their sets are.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends `record` as one line and fsyncs it. When this returns `Ok` the record is on
    /// disk; when it returns an error the caller must tell the lifter.
    pub fn append(&mut self, record: &Record) -> Result<(), StorageError> {
        self.append_all(std::slice::from_ref(record))
    }

    /// Appends `records` as one write of their lines and one fsync: an import of thousands
    /// of sets costs one flush, not thousands. Same guarantee as `append` for all of them; a
    /// crash part-way leaves whole lines and at most a torn last one, which the next append
    /// heals and readers skip.
    pub fn append_all(&mut self, records: &[Record]) -> Result<(), StorageError> {
        let write_err = |source| StorageError::Write { path: self.path.clone(), source };
        let mut lines = Vec::with_capacity(256 * records.len());
        // A crash or a hand edit can leave a last line without its newline; start afresh so
        // the new records are not glued onto it and lost with it.
        if !self.ends_with_newline().map_err(write_err)? {
            lines.push(b'\n');
        }
        for record in records {
            let json = records::encode(record).map_err(|e| write_err(io::Error::other(e)))?;
            lines.extend_from_slice(json.as_bytes());
            lines.push(b'\n');
        }
        // One write of all the lines: with O_APPEND they land at the end in one piece.
        self.file.write_all(&lines).map_err(write_err)?;
        self.file
            .sync_all()
            .map_err(|source| StorageError::Sync { path: self.path.clone(), source })
    }

    /// Appends `correction`, stamped `at` (the wall clock now, which the caller reads), so
    /// every reader sees the set it names corrected or voided. `Ok` means it is on disk.
    pub fn correct(
        &mut self,
        mut correction: CorrectionRecord,
        at: &ZonedDateTime,
    ) -> Result<(), StorageError> {
        correction.at = Some(records::stamp(at, Duration::ZERO));
        self.append(&Record::Correction(correction))
    }

    /// Checked before every append rather than remembered, so a previous failed write that
    /// left half a line behind is also healed.
    fn ends_with_newline(&self) -> io::Result<bool> {
        let len = self.file.metadata()?.len();
        if len == 0 {
            return Ok(true);
        }
        let mut last = [0u8];
        self.file.read_exact_at(&mut last, len - 1)?;
        Ok(last[0] == b'\n')
    }
}

/// `create_dir_all`, then syncs the parent of every directory it made so the new entries
/// survive a power cut along with the file inside them.
fn create_dir_durably(dir: &Path) -> Result<(), StorageError> {
    let missing: Vec<&Path> = dir
        .ancestors()
        .take_while(|p| !p.as_os_str().is_empty() && fs::symlink_metadata(p).is_err())
        .collect();
    fs::create_dir_all(dir)
        .map_err(|source| StorageError::CreateDir { path: dir.to_path_buf(), source })?;
    for created in missing {
        let parent = created.parent().filter(|p| !p.as_os_str().is_empty());
        sync_dir(parent.unwrap_or(Path::new(".")))?;
    }
    Ok(())
}

fn sync_dir(dir: &Path) -> Result<(), StorageError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|source| StorageError::Sync { path: dir.to_path_buf(), source })
}
