//! The only code that writes liftpace's results: appending records durably to this machine's
//! journal, `history.<device>.jsonl` (reading is `merge`'s), to the file at that path, reopened
//! if an editor or a sync tool replaced or deleted it. Must never truncate, rewrite or
//! seek-and-overwrite the file, never write any other machine's journal or the legacy
//! `history.jsonl`, never retry a failed write or fsync and carry on as if it worked, and never
//! swallow an error.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use std::time::Duration;

use jiff::ZonedDateTime;

use super::correction::CorrectionRecord;
use super::disk::{self, Disk, RealDisk};
use super::lock::WriterLock;
use super::records::{self, Record};
use super::{DataDir, StorageError};
use crate::plain_file;

/// This machine's journal, open for appending.
#[derive(Debug)]
pub struct Journal {
    file: File,
    path: PathBuf,
    data: DataDir,
    disk: Box<dyn Disk>,
}

impl Journal {
    /// Opens (creating if needed) `data`'s journal for this machine for appending, creating
    /// the directory and its parents too. Opening for writing is the up-front proof that sets
    /// can be saved, so an unusable data dir is reported before a workout starts, not after a
    /// set.
    pub fn open(data: &DataDir) -> Result<Journal, StorageError> {
        let path = data.journal_path();
        let file = open_file(data.path(), &path)?;
        Ok(Journal { file, path, data: data.clone(), disk: Box::new(RealDisk) })
    }

    /// The same journal writing through `disk`: how tests make the disk fail.
    pub fn with_disk(self, disk: Box<dyn Disk>) -> Journal {
        Journal { disk, ..self }
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
        self.follow_path()?;
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
        self.disk.write(&mut self.file, &lines).map_err(write_err)?;
        self.disk
            .sync(&self.file)
            .map_err(|source| StorageError::Sync { path: self.path.clone(), source })?;
        // Replaced between the check above and the write: the lines went to a file no reader
        // will see, so they are not saved. The next append writes to the new file.
        if !disk::is_at(&self.file, &self.path).map_err(write_err)? {
            return Err(write_err(io::Error::other(REPLACED)));
        }
        Ok(())
    }

    /// Reopens the file at the path when the one held open is no longer it (replaced by an
    /// editor or a sync tool, or deleted), so the next line lands where readers look.
    fn follow_path(&mut self) -> Result<(), StorageError> {
        let at_path = disk::is_at(&self.file, &self.path)
            .map_err(|source| StorageError::Open { path: self.path.clone(), source })?;
        if !at_path {
            self.file = open_file(self.data.path(), &self.path)?;
        }
        Ok(())
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

/// Why a line did not count as saved although it was written.
const REPLACED: &str = "the file was replaced or deleted while saving; save again";

/// Opens `path` in `dir` for appending, creating both if needed. Only a regular file will do:
/// a FIFO or a device (a journal symlinked to `/dev/full`) is refused at once, not written to.
fn open_file(dir: &Path, path: &Path) -> Result<File, StorageError> {
    create_dir_durably(dir)?;
    let open_err = |source| StorageError::Open { path: path.to_path_buf(), source };
    // Read access only to look at the last byte (see `ends_with_newline`).
    let mut options = OpenOptions::new();
    options.read(true).append(true);
    match options.clone().create_new(true).open(path) {
        Ok(file) => {
            // A new directory entry is only durable once the directory is synced.
            sync_dir(dir)?;
            Ok(file)
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            plain_file::open(path, &mut options).map_err(open_err)
        }
        Err(e) => Err(open_err(e)),
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
