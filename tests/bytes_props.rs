//! Arbitrary bytes through the doors real files come in by: a programme file read by the
//! catalog and then loaded, and a results file read by the history reader. Neither ever
//! panics; nothing either reports carries a control character to the terminal; a programme
//! that is not UTF-8 is refused with its place; damaged history lines never cost good ones.

use liftpace::catalog::{self, FindError};
use liftpace::core::programme::builtin;
use liftpace::core::programme::load::{load, render};
use liftpace::plain_file;
use liftpace::storage::records::{Decoded, decode};
use liftpace::storage::{Record, read};
use proptest::prelude::*;

/// Whether `text` is safe to print: no control characters but line breaks.
fn printable(text: &str) -> bool {
    !text.chars().any(|c| c.is_control() && c != '\n')
}

/// Writes `bytes` to a fresh file and returns its folder (kept alive) and path.
fn file_of(bytes: &[u8], name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

/// A built-in programme with a few bytes overwritten by anything at all, so most cases get
/// past the TOML parser and some stop being UTF-8 in the middle of a real line.
fn mutated_built_in() -> impl Strategy<Value = Vec<u8>> {
    (
        0..builtin::ALL.len(),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..5),
    )
        .prop_map(|(which, edits)| {
            let mut bytes = builtin::ALL[which].text.as_bytes().to_vec();
            for (at, byte) in edits {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            bytes
        })
}

/// Lines this build reads as records.
const GOOD: [&str; 3] = [
    r#"{"v":1,"type":"session","id":"s1","programme":"P","programme_file":"p.toml","day":"A","started":"2026-11-28T07:00:00+00:00"}"#,
    r#"{"v":1,"type":"set","session":"s1","exercise":"Squat","set":1,"reps":5,"load":60.0,"unit":"kg","target":"5","tempo":"3-1-1-0","started":"2026-11-28T07:01:00+00:00","ended":"2026-11-28T07:01:30+00:00"}"#,
    r#"{"v":1,"type":"session_end","session":"s1","ended":"2026-11-28T07:30:00+00:00","status":"completed"}"#,
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_programme_bytes_are_loaded_or_refused_printably(
        bytes in prop_oneof![prop::collection::vec(any::<u8>(), 0..600), mutated_built_in()],
    ) {
        let (_dir, path) = file_of(&bytes, "p.toml");
        match catalog::read_file(&path) {
            Err(e) => {
                prop_assert!(printable(&e.to_string()), "{e}");
                let FindError::NotText { place, .. } = e else { panic!("a regular file: {e}") };
                prop_assert_eq!(Err::<String, _>(place), plain_file::utf8(bytes));
            }
            Ok(source) => {
                prop_assert_eq!(source.text.as_bytes(), &bytes[..], "never altered");
                let reports = match load(&source.text, &source.origin) {
                    Ok(loaded) => loaded.warnings.iter().map(|w| render(w, false)).collect(),
                    Err(e) => vec![render(&e, false)],
                };
                for report in reports {
                    prop_assert!(printable(&report), "{report}");
                }
            }
        }
    }

    #[test]
    fn any_history_bytes_read_without_failing_and_warn_printably(
        bytes in prop::collection::vec(any::<u8>(), 0..800),
    ) {
        let (_dir, path) = file_of(&bytes, "history.jsonl");
        let (records, warnings) = read(&path).unwrap();
        let lines = bytes.split(|&b| b == b'\n').count();
        prop_assert!(records.len() + warnings.len() <= lines);
        for warning in &warnings {
            prop_assert!(printable(&warning.to_string()), "{warning}");
        }
    }

    #[test]
    fn damaged_history_lines_never_cost_the_good_ones(
        lines in prop::collection::vec(
            prop_oneof![
                (0..GOOD.len()).prop_map(Ok),
                prop::collection::vec(any::<u8>(), 1..120).prop_map(Err),
            ],
            0..40,
        ),
    ) {
        let mut bytes = Vec::new();
        let mut good = Vec::new();
        let mut damaged = Vec::new();
        for (n, line) in lines.iter().enumerate() {
            match line {
                Ok(i) => {
                    bytes.extend_from_slice(GOOD[*i].as_bytes());
                    let Decoded::Record(record) = decode(GOOD[*i].as_bytes()) else { panic!() };
                    good.push(record);
                }
                Err(junk) => {
                    bytes.extend(junk.iter().filter(|&&b| b != b'\n'));
                    damaged.push(n + 1);
                }
            }
            bytes.push(b'\n');
        }
        let (_dir, path) = file_of(&bytes, "history.jsonl");
        let (records, warnings): (Vec<Record>, _) = read(&path).unwrap();
        prop_assert_eq!(records, good);
        for warning in warnings {
            prop_assert!(damaged.contains(&warning.line), "line {} was good", warning.line);
        }
    }
}
