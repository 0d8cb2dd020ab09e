//! The only file I/O of liftpace's results: appending records to `history.jsonl` durably (to
//! the file at the path, reopened if it was replaced or deleted) and reading them back. Must
//! never truncate, rewrite or seek-and-overwrite the file, never retry a failed write or fsync
//! and carry on as if it worked, and never swallow an error.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use super::disk::{self, Disk, RealDisk};
use super::records::{self, Decoded, Record};
use super::{StorageError, Warning, history_path};
use crate::plain_file;

/// The results file, open for appending.
#[derive(Debug)]
pub struct Journal {
    file: File,
    path: PathBuf,
    dir: PathBuf,
    disk: Box<dyn Disk>,
}

impl Journal {
    /// Opens (creating if needed) `<data_dir>/history.jsonl` for appending, creating the
    /// directory and its parents too. Opening for writing is the up-front proof that sets can
    /// be saved, so an unusable data dir is reported before a workout starts, not after a set.
    pub fn open(data_dir: &Path) -> Result<Journal, StorageError> {
        let path = history_path(data_dir);
        let file = open_file(data_dir, &path)?;
        Ok(Journal { file, path, dir: data_dir.to_path_buf(), disk: Box::new(RealDisk) })
    }

    /// The same journal writing through `disk`: how tests make the disk fail.
    pub fn with_disk(self, disk: Box<dyn Disk>) -> Journal {
        Journal { disk, ..self }
    }

    /// The results file's path, to tell the lifter where their sets are.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends `record` as one line and fsyncs it. When this returns `Ok` the record is on
    /// disk; when it returns an error the caller must tell the lifter.
    pub fn append(&mut self, record: &Record) -> Result<(), StorageError> {
        self.follow_path()?;
        let write_err = |source| StorageError::Write { path: self.path.clone(), source };
        let mut line = Vec::with_capacity(256);
        // A crash or a hand edit can leave a last line without its newline; start afresh so
        // the new record is not glued onto it and lost with it.
        if !self.ends_with_newline().map_err(write_err)? {
            line.push(b'\n');
        }
        let json = records::encode(record).map_err(|e| write_err(io::Error::other(e)))?;
        line.extend_from_slice(json.as_bytes());
        line.push(b'\n');
        // One write of the whole line: with O_APPEND it lands at the end in one piece.
        self.disk.write(&mut self.file, &line).map_err(write_err)?;
        self.disk
            .sync(&self.file)
            .map_err(|source| StorageError::Sync { path: self.path.clone(), source })?;
        // Replaced between the check above and the write: the line went to a file no reader
        // will see, so it is not saved. The next append writes to the new file.
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
            self.file = open_file(&self.dir, &self.path)?;
        }
        Ok(())
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
/// a FIFO or a device (a history symlinked to `/dev/full`) is refused at once, not written to.
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

/// Every record of the results file at `path`, in file order, and a warning for each line
/// that had to be skipped. A missing file is an empty history; anything but a regular file
/// (a FIFO that would hang, a device that never ends) is refused.
pub fn read(path: &Path) -> Result<(Vec<Record>, Vec<Warning>), StorageError> {
    let read_err = |source| StorageError::Read { path: path.to_path_buf(), source };
    let mut file = match plain_file::open(path, OpenOptions::new().read(true)) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
        Err(e) => return Err(read_err(e)),
    };
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(read_err)?;
    Ok(parse(&bytes, path))
}

fn parse(bytes: &[u8], path: &Path) -> (Vec<Record>, Vec<Warning>) {
    let mut records = Vec::new();
    let mut warnings = Vec::new();
    for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.trim_ascii().is_empty() {
            continue;
        }
        match records::decode(line) {
            Decoded::Record(record) => records.push(record),
            Decoded::UnknownType(_) => {}
            Decoded::Skipped(reason) => {
                warnings.push(Warning { path: path.to_path_buf(), line: index + 1, reason })
            }
        }
    }
    (records, warnings)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_are_not_damage_but_keep_the_numbering() {
        let text = b"\n{\"v\":1,\"type\":\"set\"}\n\r\n{oops\n";
        let (records, warnings) = parse(text, Path::new("h.jsonl"));
        assert!(records.is_empty());
        let lines: Vec<_> = warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, [2, 4]);
    }

    #[test]
    fn unknown_types_are_skipped_quietly_and_other_versions_loudly() {
        let text =
            b"{\"v\":1,\"type\":\"note\",\"text\":\"new kind\"}\n{\"v\":2,\"type\":\"set\"}\n";
        let (records, warnings) = parse(text, Path::new("h.jsonl"));
        assert!(records.is_empty());
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, 2);
        assert!(warnings[0].reason.contains("version 2"), "{}", warnings[0]);
    }
}
