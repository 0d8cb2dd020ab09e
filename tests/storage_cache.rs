//! The start-up digest and its cache on a real disk: the digest of a long generated history
//! answers exactly as the whole history does, the cache is extended by what is appended and
//! rebuilt when a journal is replaced, shortened or the cache damaged, and reading never hangs
//! on a FIFO or a device.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use liftpace::core::programme::Units;
use liftpace::core::session::Past;
use liftpace::storage::{
    DataDir, Record, for_each_record, last_time, load_digest, next_day, past, read,
};

/// A history of `sessions` sessions on two programmes and five exercises, some days skipped,
/// some sets warm-ups, some in pounds, a per-side exercise, and one session with no sets.
fn generated(sessions: usize) -> String {
    let mut out = String::new();
    for n in 0..sessions {
        let (programme, days) = if n % 3 == 0 { ("Q", ["X", "Y"]) } else { ("P", ["A", "B"]) };
        let day = days[n % 2];
        let minute = |m: usize| {
            let t = jiff::Timestamp::from_second(1_700_000_000 + (n * 86_400 + m * 60) as i64);
            t.unwrap().strftime("%Y-%m-%dT%H:%M:%S+00:00").to_string()
        };
        let id = format!("S{n}");
        out += &format!(
            r#"{{"v":1,"type":"session","id":"{id}","programme":"{programme}","programme_file":"p","day":"{day}","started":"{}"}}"#,
            minute(0)
        );
        out.push('\n');
        if n % 17 == 5 {
            continue; // quit before any set
        }
        for (e, exercise) in ["Squat", "Bench", "Row", "Curl", "Lunge"].iter().enumerate() {
            if (n + e) % 4 == 0 {
                continue;
            }
            for set in 1..=3 {
                let kind = if set == 1 && e == 0 { "warmup" } else { "work" };
                let unit = if n % 11 == 0 { "lb" } else { "kg" };
                let sides: &[&str] = if *exercise == "Lunge" { &["left", "right"] } else { &[""] };
                for side in sides {
                    let side = if side.is_empty() {
                        String::new()
                    } else {
                        format!(r#","side":"{side}""#)
                    };
                    out += &format!(
                        r#"{{"v":1,"type":"set","session":"{id}","exercise":"{exercise}","set":{set},"kind":"{kind}"{side},"reps":{},"load":{},"unit":"{unit}","target":"8-12","tempo":"3-1-1-0","started":"{}","ended":"{}"}}"#,
                        6 + (n * 7 + set) % 7,
                        20.0 + (n % 13) as f64 * 2.5,
                        minute(e * 10 + set),
                        minute(e * 10 + set + 1)
                    );
                    out.push('\n');
                }
            }
        }
        out += &format!(
            r#"{{"v":1,"type":"session_end","session":"{id}","ended":"{}","status":"completed"}}"#,
            minute(59)
        );
        out.push('\n');
    }
    out
}

/// The questions start-up asks, answered from `records`.
type Answers = (usize, usize, Past, Past);

fn answers(records: &[Record]) -> Answers {
    (
        next_day(records, "P", &["A", "B"]),
        next_day(records, "Q", &["X", "Y"]),
        past(records, Units::Kg),
        past(records, Units::Lb),
    )
}

fn digest_answers(data: &DataDir) -> Answers {
    let (digest, warnings) = load_digest(data).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    answers(&digest.into_records())
}

/// The full history's answers.
fn full_answers(path: &Path) -> Answers {
    let (records, _) = read(path).unwrap();
    answers(&records)
}

#[test]
fn the_digest_of_a_long_history_answers_as_the_whole_history_does() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::new(tmp.path(), "m");
    // Enough sessions that the digest trims many times, but each exercise has fewer than
    // the digest's bound, so `past` must match the whole history exactly.
    fs::write(data.journal_path(), generated(30)).unwrap();
    assert_eq!(digest_answers(&data), full_answers(&data.journal_path()));

    let long = DataDir::new(tmp.path().join("long"), "m");
    fs::create_dir(long.path()).unwrap();
    fs::write(long.journal_path(), generated(600)).unwrap();
    let (digest, _) = load_digest(&long).unwrap();
    let kept = digest.into_records();
    let (all, _) = read(&long.journal_path()).unwrap();
    assert!(kept.len() < all.len() / 10, "{} of {} records kept", kept.len(), all.len());
    assert_eq!(next_day(&kept, "P", &["A", "B"]), next_day(&all, "P", &["A", "B"]));
    assert_eq!(next_day(&kept, "Q", &["X", "Y"]), next_day(&all, "Q", &["X", "Y"]));
    assert_eq!(last_time(&kept, None), last_time(&all, None));
    // Progression and estimates look at the recent sessions: those must be the same ones.
    let (kept, all) = (past(&kept, Units::Kg).work, past(&all, Units::Kg).work);
    for (exercise, history) in &all {
        let recent = |h: &liftpace::core::session::ExerciseHistory| {
            h.sessions[h.sessions.len().saturating_sub(21)..].to_vec()
        };
        assert_eq!(recent(&kept[exercise]), recent(history), "{exercise}");
    }
    let mut sets = 0;
    for_each_record(&long, |r| sets += usize::from(matches!(r, Record::Set(_)))).unwrap();
    let written = fs::read_to_string(long.journal_path()).unwrap();
    assert_eq!(sets, written.matches(r#""type":"set""#).count());
}

#[test]
fn appends_extend_the_cache_and_a_replaced_or_shortened_journal_rebuilds_it() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::new(tmp.path(), "m");
    // Short enough that the digest keeps every session of every exercise.
    let text = generated(30);
    let cut = text[..text.len() / 2].rfind('\n').unwrap() + 1;
    let (first, rest) = text.split_at(cut);
    fs::write(data.journal_path(), first).unwrap();
    digest_answers(&data);
    assert!(data.cache_path().exists());
    let saved = fs::read(data.cache_path()).unwrap();
    // Unchanged journals: the cache is read and left as it is.
    digest_answers(&data);
    assert_eq!(fs::read(data.cache_path()).unwrap(), saved);

    // Appended, in two steps, the first cut mid-line: the torn line is read again next time.
    let mut file = fs::OpenOptions::new().append(true).open(data.journal_path()).unwrap();
    let (a, b) = rest.split_at(rest.len() / 3);
    file.write_all(a.as_bytes()).unwrap();
    let (digest, _) = load_digest(&data).unwrap();
    drop(digest);
    file.write_all(b.as_bytes()).unwrap();
    assert_eq!(digest_answers(&data), full_answers(&data.journal_path()));
    // A few hundred lines are cheaper to read again next time than to save the cache for.
    assert_eq!(fs::read(data.cache_path()).unwrap(), saved);
    file.write_all(&generated(120).as_bytes()[text.len()..]).unwrap();
    assert_eq!(digest_answers(&data).0, full_answers(&data.journal_path()).0);
    assert_ne!(fs::read(data.cache_path()).unwrap(), saved, "many lines: saved again");

    // Replaced by a shorter history (an editor's save): rebuilt, nothing of the old kept.
    let short = generated(3);
    let temp = tmp.path().join("new");
    fs::write(&temp, &short).unwrap();
    fs::rename(&temp, data.journal_path()).unwrap();
    assert_eq!(digest_answers(&data), full_answers(&data.journal_path()));

    // Shortened in place, same file.
    let half = short[..short.len() / 2].rfind('\n').unwrap() + 1;
    fs::write(data.journal_path(), &short[..half]).unwrap();
    let (digest, _) = load_digest(&data).unwrap();
    let (all, _) = read(&data.journal_path()).unwrap();
    assert_eq!(answers(&digest.into_records()), answers(&all));

    // A damaged cache is rebuilt, and a deleted one too.
    fs::write(data.cache_path(), "{\"format\":1,\"journals\":[{").unwrap();
    assert_eq!(digest_answers(&data), answers(&all));
    fs::remove_file(data.cache_path()).unwrap();
    assert_eq!(digest_answers(&data), answers(&all));
}

#[test]
fn a_journal_that_disappears_or_appears_is_taken_into_account() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::new(tmp.path(), "m");
    let text = generated(10);
    fs::write(data.journal_path(), &text).unwrap();
    let copy = tmp.path().join("history.sync-conflict-1.jsonl");
    fs::write(&copy, &text).unwrap();
    let with_copy = digest_answers(&data);
    fs::remove_file(&copy).unwrap();
    assert_eq!(digest_answers(&data), with_copy, "the copy only repeated the journal");
    // A second machine's journal synced in later, with a later session.
    let later = generated(11);
    let last_session = &later[text.len()..];
    fs::write(tmp.path().join("history.desk.jsonl"), last_session).unwrap();
    fs::write(tmp.path().join("all.txt"), &later).unwrap();
    assert_eq!(digest_answers(&data), full_answers(&tmp.path().join("all.txt")));
}

/// Runs `f` on another thread and fails (rather than hangs) if it takes over 20 s.
fn bounded<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(20)).expect("reading hung")
}

#[test]
fn a_fifo_or_device_journal_is_refused_at_once_not_read() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::new(tmp.path(), "m");
    let fifo = data.journal_path();
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let (dir, path) = (data.clone(), fifo.clone());
    let err = bounded(move || load_digest(&dir).map(|_| ()).unwrap_err().to_string());
    assert!(err.contains("not a regular file") && err.contains("history.m.jsonl"), "{err}");
    let err = bounded(move || read(&path).map(|_| ()).unwrap_err().to_string());
    assert!(err.contains("not a regular file"), "{err}");

    fs::remove_file(&fifo).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &fifo).unwrap();
    let dir = data.clone();
    let err = bounded(move || for_each_record(&dir, |_| {}).map(|_| ()).unwrap_err().to_string());
    assert!(err.contains("not a regular file"), "{err}");
}
