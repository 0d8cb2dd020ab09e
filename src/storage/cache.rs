//! The start-up cache: the `Digest` saved beside the journals with, for each journal, its
//! identity (device and inode), how far it was read and a hash of the bytes just before that
//! point. The next start reads only what was appended since. Derived and disposable: a cache
//! that is missing, damaged, from another format, or that no longer matches a journal (one
//! replaced, shortened, edited before the point read, or gone) is rebuilt from the journals,
//! which stay the only source of truth. Must never write a journal, and never let a failure
//! to save the cache stop anyone training.

use std::collections::BTreeMap;
use std::collections::hash_map::DefaultHasher;
use std::fs::{self, File};
use std::hash::{Hash, Hasher};
use std::io::Read;
use std::os::unix::fs::{FileExt, MetadataExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::bests::Bests;
use super::correction::{CorrectionRecord, Corrections};
use super::digest::{Digest, Entry};
use super::lines::{Lines, open_regular};
use super::merge::{Merge, Source, Timed, open_all};
use super::records::Record;
use super::{DataDir, StorageError, Warning};

/// Bumped whenever what the digest keeps changes, so an older cache is rebuilt.
const FORMAT: u32 = 4;

/// Warnings kept in the cache, to repeat them on later starts as a full read would.
const KEPT_WARNINGS: usize = 100;

/// Records appended since the cache was saved before it is saved again.
const SAVE_AFTER: usize = 512;

/// The largest cache read; a digest within its bounds is a few hundred KiB.
const MAX_CACHE: u64 = 32 << 20;

/// Bytes before the point read that must still be there, unchanged, to trust the cache.
const TAIL: u64 = 64;

/// How far one journal was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Mark {
    name: String,
    dev: u64,
    ino: u64,
    offset: u64,
    lines: usize,
    last_time: i64,
    tail: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct SavedWarning {
    name: String,
    line: usize,
    reason: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct Saved {
    format: u32,
    journals: Vec<Mark>,
    seen: u64,
    entries: Vec<(i64, u64, Entry)>,
    corrections: Vec<(CorrectionRecord, Option<i64>)>,
    warnings: Vec<SavedWarning>,
    bests: Bests,
}

/// The digest of every journal in `data`, and the warnings a full read would give: from the
/// cache when it still matches, extended by what was appended since, and saved back when it
/// was rebuilt, the journals changed, or enough was appended that reading it again each start
/// would cost more than saving (every workout appends a few lines; re-saving for those would
/// cost more than reading them).
pub fn load(data: &DataDir) -> Result<(Digest, Vec<Warning>), StorageError> {
    let journals = data.journals()?;
    let saved = read_saved(&data.cache_path());
    let old_marks = saved.as_ref().map(|s| s.journals.clone()).unwrap_or_default();
    let resumed = saved.and_then(|s| resume(s, data, &journals));
    let rebuilt = resumed.is_none();
    let (mut digest, mut warnings, sources) = match resumed {
        Some(resumed) => resumed,
        None => (Digest::default(), Vec::new(), open_all(&journals)?),
    };
    let mut merge = Merge::new(sources, &mut warnings)?;
    let mut read = 0;
    while let Some((_, timed)) = merge.next(&mut warnings)? {
        digest.add(timed);
        read += 1;
    }
    digest.trim();
    let marks: Vec<Mark> = merge.sources().filter_map(mark).collect();
    let recounted = !digest.bests.stale().is_empty();
    if recounted {
        recount_bests(&mut digest, &journals)?;
    }
    let names = |marks: &[Mark]| marks.iter().map(|m| m.name.clone()).collect::<Vec<_>>();
    let worth_it = rebuilt || recounted || read >= SAVE_AFTER || names(&marks) != names(&old_marks);
    if marks != old_marks && worth_it && data.path().is_dir() {
        save(data, &digest, marks, &warnings);
    }
    Ok((digest, warnings))
}

/// The saved digest with each journal opened where it was left, or `None` when any journal
/// it read has changed other than by growing.
fn resume(
    saved: Saved,
    data: &DataDir,
    journals: &[PathBuf],
) -> Option<(Digest, Vec<Warning>, Vec<Source>)> {
    let names: Vec<String> = journals.iter().map(|p| name_of(p)).collect();
    if saved.journals.iter().any(|m| !names.contains(&m.name)) {
        return None;
    }
    let mut sources = Vec::new();
    for (path, name) in journals.iter().zip(&names) {
        let file = open_regular(path).ok()??;
        let source = match saved.journals.iter().find(|m| &m.name == name) {
            Some(mark) => {
                let meta = file.metadata().ok()?;
                let same = meta.dev() == mark.dev && meta.ino() == mark.ino;
                if !same || meta.len() < mark.offset || tail_hash(&file, mark.offset)? != mark.tail
                {
                    return None;
                }
                Source::from_file(file, path, mark.offset, mark.lines + 1, mark.last_time).ok()?
            }
            None => Source::from_file(file, path, 0, 1, i64::MIN).ok()?,
        };
        sources.push(source);
    }
    let warnings = saved
        .warnings
        .into_iter()
        .map(|w| Warning { path: data.path().join(&w.name), line: w.line, reason: w.reason })
        .collect();
    let entries: BTreeMap<_, _> =
        saved.entries.into_iter().map(|(time, seq, entry)| ((time, seq), entry)).collect();
    let mut corrections = Corrections::default();
    for (correction, at) in saved.corrections {
        corrections.add(correction, at);
    }
    Some((Digest::from_parts(entries, corrections, saved.seen, saved.bests), warnings, sources))
}

/// Counts the bests of every exercise a correction touched again, from every journal, with
/// every correction now known. A second pass, but a rare one: once after each correction (the
/// cache is saved after it), never on a common start.
fn recount_bests(digest: &mut Digest, journals: &[PathBuf]) -> Result<(), StorageError> {
    let stale = digest.bests.forget_stale();
    // The first pass gave these warnings already.
    let mut again = Vec::new();
    let mut merge = Merge::new(open_all(journals)?, &mut again)?;
    while let Some((_, Timed { record, .. })) = merge.next(&mut again)? {
        if let Record::Set(set) = record
            && stale.contains(&set.exercise)
            && let Some(set) = digest.corrections.apply(set)
        {
            digest.bests.add(&set);
        }
    }
    Ok(())
}

/// Where `source` stopped, to resume from next time.
fn mark(source: &Source) -> Option<Mark> {
    let lines: &Lines = source.lines();
    let meta = lines.file().metadata().ok()?;
    let offset = lines.complete_end();
    Some(Mark {
        name: name_of(source.path()),
        dev: meta.dev(),
        ino: meta.ino(),
        offset,
        lines: lines.complete_lines(),
        last_time: source.last_time(),
        tail: tail_hash(lines.file(), offset)?,
    })
}

/// A hash of the (up to) `TAIL` bytes before `offset`.
fn tail_hash(file: &File, offset: u64) -> Option<u64> {
    let start = offset.saturating_sub(TAIL);
    let mut buf = vec![0u8; (offset - start) as usize];
    file.read_exact_at(&mut buf, start).ok()?;
    let mut h = DefaultHasher::new();
    buf.hash(&mut h);
    Some(h.finish())
}

fn name_of(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The saved cache, if it is there, readable and of this format. Read in one piece (it is
/// small: the digest's bounds keep it so), which parses several times faster than a stream;
/// a file far larger than any digest is not a cache this build wrote.
fn read_saved(path: &Path) -> Option<Saved> {
    let file = open_regular(path).ok()??;
    let mut bytes = Vec::new();
    file.take(MAX_CACHE + 1).read_to_end(&mut bytes).ok()?;
    if bytes.len() as u64 > MAX_CACHE {
        return None;
    }
    let saved: Saved = serde_json::from_slice(&bytes).ok()?;
    (saved.format == FORMAT).then_some(saved)
}

/// Writes the cache whole to a temporary file, then renames it over the old one, so a reader
/// never sees half a cache. Failures are ignored: the next start simply reads more.
fn save(data: &DataDir, digest: &Digest, marks: Vec<Mark>, warnings: &[Warning]) {
    // A warning about a line not yet complete is given again when that line is read again.
    let read_to = |w: &Warning| {
        marks.iter().find(|m| m.name == name_of(&w.path)).is_some_and(|m| w.line <= m.lines)
    };
    let saved = Saved {
        format: FORMAT,
        journals: marks.clone(),
        seen: digest.seen,
        entries: digest.entries.iter().map(|(&(t, s), e)| (t, s, e.clone())).collect(),
        corrections: digest.corrections.iter().map(|(c, at)| (c.clone(), at)).collect(),
        warnings: warnings
            .iter()
            .filter(|w| read_to(w))
            .take(KEPT_WARNINGS)
            .map(|w| SavedWarning {
                name: name_of(&w.path),
                line: w.line,
                reason: w.reason.clone(),
            })
            .collect(),
        bests: digest.bests.clone(),
    };
    let path = data.cache_path();
    let temp = path.with_extension(format!("cache-{}", std::process::id()));
    let written = File::create(&temp).and_then(|file| {
        let mut out = std::io::BufWriter::new(file);
        serde_json::to_writer(&mut out, &saved).map_err(std::io::Error::other)?;
        std::io::Write::flush(&mut out)
    });
    if written.and_then(|()| fs::rename(&temp, &path)).is_err() {
        let _ = fs::remove_file(&temp);
    }
}
