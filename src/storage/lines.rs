//! A journal read line by line through a small buffer, never whole: one line in memory at a
//! time, at most `MAX_LINE` bytes of it. Opens regular files only, without blocking, so a FIFO,
//! a device or a symlink to `/dev/zero` is refused instead of hanging or filling memory. Must
//! never write, and never follow a line past `MAX_LINE` into memory.

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use super::StorageError;
use crate::plain_file;

/// The longest line kept; a longer one is skipped as damage. Real records are a few hundred
/// bytes, so this only ever stops a file that is not a journal.
pub const MAX_LINE: usize = 1 << 20;

/// Opens `path` for reading if it is a regular file (following symlinks); `None` when there
/// is nothing there. A FIFO, socket, device or directory is an error naming the path and what
/// it is (`plain_file::open`: never blocking on a FIFO, checked on the opened handle).
pub fn open_regular(path: &Path) -> Result<Option<File>, StorageError> {
    match plain_file::open(path, OpenOptions::new().read(true)) {
        Ok(file) => Ok(Some(file)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(StorageError::Read { path: path.to_path_buf(), source }),
    }
}

/// One line as read.
#[derive(Debug)]
pub struct Line<'a> {
    /// 1-based line number in the file.
    pub number: usize,
    /// The bytes without the newline, or `None` when the line was longer than `MAX_LINE`.
    pub bytes: Option<&'a [u8]>,
}

/// The lines of one open journal, from a byte offset on.
pub struct Lines {
    reader: BufReader<File>,
    path: PathBuf,
    buf: Vec<u8>,
    number: usize,
    offset: u64,
    complete_end: u64,
    /// Bytes of the reader's buffer the last line was lent from, consumed on the next call.
    lent: usize,
}

impl Lines {
    /// Reads `file` (at `path`) from byte `start`, which begins line `first_line` (1-based).
    pub fn new(
        mut file: File,
        path: &Path,
        start: u64,
        first_line: usize,
    ) -> Result<Lines, StorageError> {
        file.seek(SeekFrom::Start(start))
            .map_err(|source| StorageError::Read { path: path.to_path_buf(), source })?;
        Ok(Lines {
            reader: BufReader::with_capacity(64 * 1024, file),
            path: path.to_path_buf(),
            buf: Vec::new(),
            number: first_line.saturating_sub(1),
            offset: start,
            complete_end: start,
            lent: 0,
        })
    }

    /// The byte offset just past the last complete line read: where a later read of the same
    /// file picks up. A last line with no newline yet is read again then.
    pub fn complete_end(&self) -> u64 {
        self.complete_end
    }

    /// The open file.
    pub fn file(&self) -> &File {
        self.reader.get_ref()
    }

    /// How many lines were read up to `complete_end`.
    pub fn complete_lines(&self) -> usize {
        if self.offset == self.complete_end { self.number } else { self.number - 1 }
    }

    /// The next line, or `None` at the end of the file.
    pub fn next_line(&mut self) -> Result<Option<Line<'_>>, StorageError> {
        self.reader.consume(std::mem::take(&mut self.lent));
        self.buf.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(source) => return Err(StorageError::Read { path: self.path.clone(), source }),
            };
            if available.is_empty() {
                if !any {
                    return Ok(None);
                }
                break;
            }
            let first = !any;
            any = true;
            let (take, done) = match memchr::memchr(b'\n', available) {
                Some(i) => (i, true),
                None => (available.len(), false),
            };
            // A whole line in the buffer is lent from there, not copied (nearly every line).
            if done && first {
                self.lent = take + 1;
                self.offset += self.lent as u64;
                self.complete_end = self.offset;
                self.number += 1;
                let bytes = Some(&self.reader.buffer()[..take]);
                return Ok(Some(Line { number: self.number, bytes }));
            }
            if !too_long {
                if self.buf.len() + take > MAX_LINE {
                    too_long = true;
                    self.buf = Vec::new();
                } else {
                    self.buf.extend_from_slice(&available[..take]);
                }
            }
            let used = take + usize::from(done);
            self.reader.consume(used);
            self.offset += used as u64;
            if done {
                self.complete_end = self.offset;
                break;
            }
        }
        self.number += 1;
        Ok(Some(Line { number: self.number, bytes: (!too_long).then_some(self.buf.as_slice()) }))
    }
}
