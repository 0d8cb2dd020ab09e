//! The two disk calls of an append (one write, one fsync) behind a trait, so tests can make a
//! disk fail (ENOSPC, EIO, half a line written) without root or a full disk; and the check
//! that an open results file is still the file at its path. Must never retry a failed call or
//! hide its error.

use std::fmt;
use std::fs::{self, File};
use std::io::{self, Write};
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// Where an append's bytes go. The real one is [`RealDisk`]; a test's may fail on purpose.
pub trait Disk: fmt::Debug {
    /// Writes all of `bytes` at the end of `file` (opened with `O_APPEND`) in one call.
    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()>;
    /// Flushes `file` to the disk (`fsync`).
    fn sync(&mut self, file: &File) -> io::Result<()>;
}

/// The real disk.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealDisk;

impl Disk for RealDisk {
    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }

    fn sync(&mut self, file: &File) -> io::Result<()> {
        file.sync_all()
    }
}

/// Whether `file` is still the file at `path`: same device and inode, and not deleted (link
/// count above zero). An editor saving by rename, `sed -i` or a sync tool can put a new file
/// at the path, or remove it, while a workout holds the old one open; lines written to the
/// old one would be lost to every reader.
pub fn is_at(file: &File, path: &Path) -> io::Result<bool> {
    let open = file.metadata()?;
    if open.nlink() == 0 {
        return Ok(false);
    }
    match fs::metadata(path) {
        Ok(there) => Ok(there.dev() == open.dev() && there.ino() == open.ino()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}
