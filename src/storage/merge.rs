//! Reading every journal as one history: each file decoded line by line (`Source`), the files
//! merged by record time (`Merge`), copies of one record dropped, and corrections applied
//! before anyone sees a set (`for_each_record`). Streams: memory does not grow with the
//! history. Must never write a file and never drop a record that is not a copy of one already
//! given.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::fs::File;
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};
use std::path::{Path, PathBuf};

use super::correction::Corrections;
use super::lines::{Lines, open_regular};
use super::records::{self, Decoded, Record, SetRecord};
use super::{DataDir, StorageError, Warning, time};
use crate::core::session::Side;

/// A record and the instant it happened, in seconds since the epoch. A record with no
/// readable time takes the time of the record before it in its file, so it keeps its place.
#[derive(Debug, Clone, PartialEq)]
pub struct Timed {
    /// The record.
    pub record: Record,
    /// When it happened.
    pub time: i64,
}

/// When a record happened, by its own stamp.
pub fn record_time(record: &Record) -> Option<i64> {
    match record {
        Record::Session(s) => time::seconds(&s.started),
        Record::Set(s) => time::seconds(&s.started),
        Record::SessionEnd(e) => time::seconds(&e.ended),
        Record::Correction(c) => c.at.as_deref().and_then(time::seconds),
        Record::Checkin(c) => time::seconds(&c.at),
        Record::Breathing(b) => time::seconds(&b.started),
        Record::Skip(s) => time::seconds(&s.at),
        Record::Swap(s) => time::seconds(&s.at),
        Record::Resume(r) => time::seconds(&r.at),
    }
}

/// One journal's records in file order.
pub struct Source {
    path: PathBuf,
    lines: Lines,
    last_time: i64,
    /// Record types this build does not know: first line and how many, warned about once.
    unknown: BTreeMap<String, (usize, usize)>,
    /// A set handed back once used, whose buffers the next set line is read into.
    spare: Option<SetRecord>,
}

impl Source {
    /// Reads `path` from byte `start` (line `first_line`); `last_time` is the time of the
    /// record before `start`. `None` when the file is not there.
    pub fn open(
        path: &Path,
        start: u64,
        first_line: usize,
        last_time: i64,
    ) -> Result<Option<Source>, StorageError> {
        let Some(file) = open_regular(path)? else { return Ok(None) };
        Source::from_file(file, path, start, first_line, last_time).map(Some)
    }

    /// Like `open`, for a file already opened (with `open_regular`) from `path`.
    pub fn from_file(
        file: File,
        path: &Path,
        start: u64,
        first_line: usize,
        last_time: i64,
    ) -> Result<Source, StorageError> {
        let lines = Lines::new(file, path, start, first_line)?;
        let unknown = BTreeMap::new();
        Ok(Source { path: path.to_path_buf(), lines, last_time, unknown, spare: None })
    }

    /// The file read.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The lines underneath, for where reading stopped.
    pub fn lines(&self) -> &Lines {
        &self.lines
    }

    /// The time of the last record read.
    pub fn last_time(&self) -> i64 {
        self.last_time
    }

    /// The next record, warning into `warnings` about each line skipped on the way.
    pub fn next(&mut self, warnings: &mut Vec<Warning>) -> Result<Option<Timed>, StorageError> {
        loop {
            let Some(line) = self.lines.next_line()? else {
                self.warn_unknown(warnings);
                return Ok(None);
            };
            let path = &self.path;
            let warn = |reason: String| Warning { path: path.clone(), line: line.number, reason };
            let Some(bytes) = line.bytes else {
                let limit = super::lines::MAX_LINE / 1024;
                warnings.push(warn(format!("longer than {limit} KiB, so not a record")));
                continue;
            };
            if bytes.trim_ascii().is_empty() {
                continue;
            }
            match records::decode_reusing(bytes, &mut self.spare) {
                Decoded::Record(record) => {
                    let time = record_time(&record).unwrap_or(self.last_time);
                    self.last_time = time;
                    return Ok(Some(Timed { record, time }));
                }
                Decoded::UnknownType(kind) => {
                    self.unknown.entry(kind).or_insert((line.number, 0)).1 += 1;
                }
                Decoded::Skipped(reason) => warnings.push(warn(reason)),
            }
        }
    }

    fn warn_unknown(&mut self, warnings: &mut Vec<Warning>) {
        for (kind, (line, count)) in std::mem::take(&mut self.unknown) {
            let lines = if count == 1 { "1 line".to_string() } else { format!("{count} lines") };
            warnings.push(Warning {
                path: self.path.clone(),
                line,
                reason: format!(
                    "record type {kind:?} is not known to this version of liftpace \
                     ({lines} of it, first here; a newer version wrote them)"
                ),
            });
        }
    }
}

/// Several journals read as one stream, by time: at each step the earliest of the next
/// records of every file (the first file, by name, on a tie).
pub struct Merge {
    heads: Vec<(Source, Option<Timed>)>,
}

impl Merge {
    /// Merges `sources`, reading the first record of each.
    pub fn new(sources: Vec<Source>, warnings: &mut Vec<Warning>) -> Result<Merge, StorageError> {
        let mut heads = Vec::with_capacity(sources.len());
        for mut source in sources {
            let head = source.next(warnings)?;
            heads.push((source, head));
        }
        Ok(Merge { heads })
    }

    /// The next record of all, and the index of the source it came from.
    pub fn next(
        &mut self,
        warnings: &mut Vec<Warning>,
    ) -> Result<Option<(usize, Timed)>, StorageError> {
        let earliest = self
            .heads
            .iter()
            .enumerate()
            .filter_map(|(i, (_, head))| head.as_ref().map(|h| (h.time, i)))
            .min();
        let Some((_, i)) = earliest else { return Ok(None) };
        let (source, head) = &mut self.heads[i];
        let next = source.next(warnings)?;
        Ok(std::mem::replace(head, next).map(|timed| (i, timed)))
    }

    /// Hands back a set the caller is done with, for source `i` to read a later set into.
    pub fn recycle(&mut self, i: usize, set: SetRecord) {
        if let Some((source, _)) = self.heads.get_mut(i) {
            source.spare = Some(set);
        }
    }

    /// The sources, for where each stopped.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.heads.iter().map(|(source, _)| source)
    }
}

/// Opens every journal in `paths` from its start.
pub fn open_all(paths: &[PathBuf]) -> Result<Vec<Source>, StorageError> {
    let mut sources = Vec::new();
    for path in paths {
        sources.extend(Source::open(path, 0, 1, i64::MIN)?);
    }
    Ok(sources)
}

/// What makes two records the same record, whichever file they were read from: a session by
/// its id, a set by its session, exercise, kind, number, side and start time, a session end
/// by its session, status and time (a resumed session may end twice: quit, then completed),
/// anything else by its whole content.
fn identity(record: &Record) -> u64 {
    // foldhash's quality variant: 64 well-mixed bits, so two records of a window of 4096
    // share one by chance about once in 10^12 windows, at a fraction of SipHash's cost.
    let mut h = foldhash::quality::FixedState::with_seed(0x6c69_6674).build_hasher();
    match record {
        Record::Session(s) => ("session", &s.id).hash(&mut h),
        Record::Set(s) => {
            let (kind, side) = (s.kind.as_str(), s.side.map(Side::as_str));
            ("set", &s.session, &s.exercise, kind, s.set, side, &s.started).hash(&mut h);
        }
        Record::SessionEnd(e) => {
            ("session_end", &e.session, e.status.as_str(), &e.ended).hash(&mut h)
        }
        Record::Correction(_)
        | Record::Breathing(_)
        | Record::Resume(_)
        | Record::Skip(_)
        | Record::Swap(_) => records::encode(record).ok().hash(&mut h),
        Record::Checkin(c) => ("checkin", &c.session, c.when.as_str(), &c.at).hash(&mut h),
    }
    h.finish()
}

/// How many recent records a copy is looked for among. Copies of one record have the same
/// time, so the merge brings them together; the window only has to cover a journal whose
/// clock went backwards.
const WINDOW: usize = 4096;

/// The window's keys are well-mixed hashes already: hashing them again would only cost time.
#[derive(Default)]
struct AlreadyHashed(u64);

impl Hasher for AlreadyHashed {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The identities of the last `WINDOW` records given.
#[derive(Default)]
struct Recent {
    order: VecDeque<u64>,
    seen: HashSet<u64, BuildHasherDefault<AlreadyHashed>>,
}

impl Recent {
    /// True the first time `id` is seen within the window.
    fn first(&mut self, id: u64) -> bool {
        if !self.seen.insert(id) {
            return false;
        }
        self.order.push_back(id);
        if self.order.len() > WINDOW
            && let Some(old) = self.order.pop_front()
        {
            self.seen.remove(&old);
        }
        true
    }
}

/// Every record of every journal in `data`, merged by time, each copy given once, with
/// corrections applied: a corrected set is given as corrected, a voided set not at all, and
/// correction records themselves are not given. Streams: a million sets take a few MiB.
/// Returns the warnings for lines that had to be skipped.
///
/// This is the pass for reports over the whole history (progress, history, export); start-up
/// reads the small `Digest` instead.
pub fn for_each_record(
    data: &DataDir,
    mut visit: impl FnMut(&Record),
) -> Result<Vec<Warning>, StorageError> {
    let corrections = corrections(data)?;
    for_each_copy_once(data, |record| match record {
        Record::Correction(_) => None,
        Record::Set(set) => {
            let record = Record::Set(corrections.apply(set)?);
            visit(&record);
            Some(record)
        }
        other => {
            visit(&other);
            Some(other)
        }
    })
}

/// Every record of every journal in `data` as written, merged by time and each copy given
/// once, corrections included and not applied: for a tool that must know what the journals
/// hold, such as an import leaving out what it added before (a set the lifter voided since
/// is still one it added). Everyone else wants `for_each_record`.
pub fn read_all(data: &DataDir) -> Result<(Vec<Record>, Vec<Warning>), StorageError> {
    let mut records = Vec::new();
    let warnings = for_each_copy_once(data, |record| {
        records.push(record);
        None
    })?;
    Ok((records, warnings))
}

/// The merged stream of `data`'s journals, each record once. `visit` may hand a record back
/// when done with it: a set's buffers are then reused for a later set.
fn for_each_copy_once(
    data: &DataDir,
    mut visit: impl FnMut(Record) -> Option<Record>,
) -> Result<Vec<Warning>, StorageError> {
    let mut warnings = Vec::new();
    let mut merge = Merge::new(open_all(&data.journals()?)?, &mut warnings)?;
    let mut recent = Recent::default();
    while let Some((i, Timed { record, .. })) = merge.next(&mut warnings)? {
        let done = if recent.first(identity(&record)) { visit(record) } else { Some(record) };
        if let Some(Record::Set(set)) = done {
            merge.recycle(i, set);
        }
    }
    Ok(warnings)
}

/// Every correction in the journals, found by a quick scan that decodes only the lines that
/// mention one, so sets can be corrected as they stream past. Damage is warned about by the
/// main pass, not here.
fn corrections(data: &DataDir) -> Result<Corrections, StorageError> {
    let finder = memchr::memmem::Finder::new(b"\"correction\"");
    let mut found = Corrections::default();
    for path in data.journals()? {
        let Some(file) = open_regular(&path)? else { continue };
        if !mentions(&file, &path, &finder)? {
            continue;
        }
        let mut lines = Lines::new(file, &path, 0, 1)?;
        while let Some(line) = lines.next_line()? {
            let Some(bytes) = line.bytes.filter(|b| finder.find(b).is_some()) else { continue };
            if let Decoded::Record(Record::Correction(c)) = records::decode(bytes) {
                let at = c.at.as_deref().and_then(time::seconds);
                found.add(c, at);
            }
        }
    }
    Ok(found)
}

/// Whether `file` holds `finder`'s word anywhere, looked for in large blocks without splitting
/// lines: most journals have no correction, and then this is all the scan costs.
fn mentions(
    file: &File,
    path: &Path,
    finder: &memchr::memmem::Finder,
) -> Result<bool, StorageError> {
    use std::io::Read;
    let overlap = finder.needle().len() - 1;
    let mut block = vec![0u8; 1 << 20];
    let mut kept = 0;
    let mut reader = file;
    loop {
        let read = match reader.read(&mut block[kept..]) {
            Ok(0) => return Ok(false),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(source) => return Err(StorageError::Read { path: path.to_path_buf(), source }),
        };
        let filled = kept + read;
        if finder.find(&block[..filled]).is_some() {
            return Ok(true);
        }
        // The word may straddle two blocks: keep the tail it could begin in.
        kept = overlap.min(filled);
        block.copy_within(filled - kept..filled, 0);
    }
}

/// Every record of the one file at `path`, in file order and as written (no merging, no
/// corrections applied), and a warning for each line skipped. A missing file is an empty
/// history. For tools and tests that look at one file; the app reads through
/// `for_each_record` and `Digest`.
pub fn read(path: &Path) -> Result<(Vec<Record>, Vec<Warning>), StorageError> {
    let mut records = Vec::new();
    let mut warnings = Vec::new();
    if let Some(mut source) = Source::open(path, 0, 1, i64::MIN)? {
        while let Some(timed) = source.next(&mut warnings)? {
            records.push(timed.record);
        }
    }
    Ok((records, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_across_two_blocks_is_found_and_an_absent_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let finder = memchr::memmem::Finder::new(b"\"correction\"");
        for at in [0, (1 << 20) - 5, (1 << 20) - 12, 3 << 20] {
            let mut bytes = vec![b'x'; (3 << 20) + 100];
            bytes[at..at + 12].copy_from_slice(b"\"correction\"");
            std::fs::write(&path, &bytes).unwrap();
            let file = File::open(&path).unwrap();
            assert!(mentions(&file, &path, &finder).unwrap(), "at {at}");
        }
        std::fs::write(&path, vec![b'x'; 3 << 20]).unwrap();
        assert!(!mentions(&File::open(&path).unwrap(), &path, &finder).unwrap());
    }
}
