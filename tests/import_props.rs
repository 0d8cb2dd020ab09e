//! Both importers never panic: not on arbitrary bytes, not on a real layout's header followed by
//! rows of random cells, and not on a fixture with a byte deleted or replaced anywhere. Whatever
//! they accept is a well-formed history: every set has reps or a hold, a positive load or none,
//! no control characters in its names, records that read back as written, and an import of the
//! same file on top of itself adds nothing.

mod import_support;

use import_support::{fixture, read};
use liftpace::core::words::Units;
use liftpace::import::{App, fresh};
use liftpace::storage::records::{Decoded, Record, decode, encode};
use proptest::prelude::*;

fn check(app: App, bytes: &[u8], unit: Option<Units>) {
    let Ok(import) = read(app, bytes, unit) else { return };
    let records = fresh(&import, &[]);
    for record in &records {
        let line = encode(record).unwrap();
        assert_eq!(decode(line.as_bytes()), Decoded::Record(record.clone()), "{line}");
        if let Record::Set(set) = record {
            assert!(set.reps.is_some() != set.hold_s.is_some(), "{set:?}");
            assert!(set.load.is_none_or(|l| l > 0.0 && l.is_finite()), "{set:?}");
            assert!(set.set >= 1);
            assert!(!set.exercise.chars().any(char::is_control), "{set:?}");
        }
    }
    assert!(fresh(&import, &records).is_empty(), "a second import added records");
}

fn both(bytes: &[u8]) {
    for unit in [None, Some(Units::Lb)] {
        check(App::Strong, bytes, unit);
        check(App::Hevy, bytes, unit);
    }
}

/// A cell that means something to one of the layouts, or anything at all.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "",
            "0",
            "5",
            "8.0",
            "102,5",
            "-3",
            "1e400",
            "NaN",
            "W",
            "D",
            "F",
            "Note",
            "Rest Timer",
            "normal",
            "warmup",
            "dropset",
            "failure",
            "kg",
            "lbs",
            "1h 5m",
            "2024-09-14 07:05:12",
            "2024-01-15 6:30:00\u{202f}PM",
            "15 Sep 2024, 18:02",
            "31 Feb 2024, 25:61",
            "Bench Press (Barbell)",
            "(",
            ")",
            "\"",
            "\u{1b}[31m",
            "é",
        ])
        .prop_map(str::to_string),
        ".{0,12}",
    ]
}

fn rows(header: &'static str, delimiter: char) -> impl Strategy<Value = String> {
    let width = header.split(delimiter).count();
    prop::collection::vec(prop::collection::vec(cell(), width - 1..=width + 1), 0..12).prop_map(
        move |rows| {
            let mut text = format!("{header}\n");
            for row in rows {
                text += &row.join(&delimiter.to_string());
                text.push('\n');
            }
            text
        },
    )
}

const STRONG: &str = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
const ANDROID: &str = "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration";
const HEVY: &str = "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe";

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        both(&bytes);
    }

    #[test]
    fn random_rows_under_a_real_header_never_panic(
        text in prop_oneof![rows(STRONG, ','), rows(ANDROID, ';'), rows(HEVY, ',')]
    ) {
        both(text.as_bytes());
    }

    #[test]
    fn a_fixture_with_one_byte_changed_never_panics(
        name in prop::sample::select(vec![
            "strong_classic.csv", "strong_android.csv", "strong_units_in_header.csv",
            "hevy_kg.csv", "hevy_lbs.csv",
        ]),
        at in any::<prop::sample::Index>(),
        byte in prop::option::of(any::<u8>()),
    ) {
        let mut bytes = fixture(name);
        let i = at.index(bytes.len());
        match byte {
            Some(b) => bytes[i] = b,
            None => { bytes.remove(i); }
        }
        both(&bytes);
    }
}
