//! Records in the moment are judged against the whole history: the start-up digest keeps every
//! exercise's all-time bests (in its cache, a few KiB), though it keeps only the last sessions'
//! sets. A set that beats only the recent sessions is no record; corrections, in any journal,
//! are applied, and a voided best stops being the one to beat.

use std::io::Write;
use std::path::Path;

use liftpace::core::progress::{PersonalBests, beats};
use liftpace::storage::digest::PER_EXERCISE;
use liftpace::storage::{DataDir, load_digest};

fn stamp(day: usize, minute: usize) -> String {
    let t = jiff::Timestamp::from_second(1_700_000_000 + (day * 86_400 + minute * 60) as i64);
    t.unwrap().strftime("%Y-%m-%dT%H:%M:%S+00:00").to_string()
}

/// Session `n` with one work set of squats, `load` kg × `reps`, and a per-side lunge pair.
fn session(n: usize, load: f64, reps: u32) -> String {
    let id = format!("S{n}");
    let mut out = format!(
        r#"{{"v":1,"type":"session","id":"{id}","programme":"P","programme_file":"p","day":"A","started":"{}"}}"#,
        stamp(n, 0)
    ) + "\n";
    out += &format!(
        r#"{{"v":1,"type":"set","session":"{id}","exercise":"Squat","set":1,"kind":"work","reps":{reps},"load":{load},"unit":"kg","target":"5","tempo":"3-1-1-0","started":"{}","ended":"{}"}}{}"#,
        stamp(n, 1),
        stamp(n, 2),
        "\n"
    );
    for (side, lunge) in [("left", 30.0), ("right", 20.0)] {
        out += &format!(
            r#"{{"v":1,"type":"set","session":"{id}","exercise":"Lunge","set":1,"kind":"work","side":"{side}","reps":8,"load":{lunge},"unit":"kg","target":"8","tempo":"2-0-1-0","started":"{}","ended":"{}"}}{}"#,
            stamp(n, 3),
            stamp(n, 4),
            "\n"
        );
    }
    out
}

fn append(path: &Path, text: &str) {
    let mut file = std::fs::OpenOptions::new().create(true).append(true).open(path).unwrap();
    file.write_all(text.as_bytes()).unwrap();
}

fn squat(data: &DataDir) -> PersonalBests {
    let (digest, warnings) = load_digest(data).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    digest.bests().in_unit("kg").remove("Squat").expect("squats done")
}

/// One heavy session long ago, then many lighter ones: more than the digest keeps.
fn long_ago_heavy(data: &DataDir) {
    let mut text = session(0, 100.0, 5);
    for n in 1..=PER_EXERCISE + 10 {
        text += &session(n, 80.0, 5);
    }
    append(&data.journal_path(), &text);
}

#[test]
fn a_set_that_beats_only_the_recent_sessions_is_no_record() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path(), "test");
    long_ago_heavy(&data);
    let (digest, _) = load_digest(&data).unwrap();
    let kept = digest.clone().into_records();
    assert!(
        !kept.iter().any(|r| matches!(r, liftpace::storage::Record::Session(s) if s.id == "S0")),
        "the heavy session is beyond what the digest keeps"
    );
    for bests in [digest.bests().in_unit("kg")["Squat"].clone(), squat(&data)] {
        assert_eq!(bests.rep_records.get(&5), Some(&100.0), "from the first read and the cache");
        assert_eq!(beats(&bests, 90.0, "kg", 5), None, "90 beats the last sessions, not the best");
        assert!(beats(&bests, 102.5, "kg", 5).is_some_and(|r| r.rep_record));
    }
    // A pair counts as its weaker side, and nothing is mixed into another unit.
    let lunge = &digest.bests().in_unit("kg")["Lunge"];
    assert_eq!(lunge.rep_records.get(&8), Some(&20.0));
    assert!(digest.bests().in_unit("lb").is_empty());
}

#[test]
fn corrections_from_another_journal_move_the_best_on_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path(), "test");
    long_ago_heavy(&data);
    assert_eq!(squat(&data).rep_records.get(&5), Some(&100.0));
    // Fixed on the laptop: the heavy set was a typo, and one light set was heavier.
    let laptop = DataDir::new(dir.path(), "laptop").journal_path();
    let fix = |session: &str, what: &str| {
        format!(
            r#"{{"v":1,"type":"correction","session":"{session}","exercise":"Squat","kind":"work","set":1,{what},"at":"{}"}}"#,
            stamp(PER_EXERCISE + 20, 0)
        ) + "\n"
    };
    append(&laptop, &fix("S0", r#""void":true"#));
    let bests = squat(&data);
    assert_eq!(bests.rep_records.get(&5), Some(&80.0), "the voided set is no longer the best");
    assert!(beats(&bests, 90.0, "kg", 5).is_some(), "90 is a record now");
    append(&laptop, &fix("S3", r#""load":85"#));
    assert_eq!(squat(&data).rep_records.get(&5), Some(&85.0));
    // Saved after the recount: the next start gives the same from the cache alone.
    let before = std::fs::read(data.cache_path()).unwrap();
    assert_eq!(squat(&data).rep_records.get(&5), Some(&85.0));
    assert_eq!(std::fs::read(data.cache_path()).unwrap(), before, "nothing left to recount");
}
