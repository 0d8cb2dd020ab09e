//! The `skip` and `swap` records: what the lifter changed in a workout from today's list. A
//! skipped set was never done and is never a failure (no set record exists for it; the skip
//! says it was left on purpose). A swapped exercise's sets are saved under the name actually
//! done; the swap says which programme exercise it replaced. Plain records, no files or
//! clocks.

use serde::{Deserialize, Serialize};

use super::correction::SetKey;
use crate::core::session::messages::SetName;

/// `{"v":1,"type":"skip","session":…,"exercise":…,"kind":…,"set":…,"side":…,"at":…}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkipRecord {
    /// The set skipped, its exercise under the name its sets are saved with (written flat).
    #[serde(flatten)]
    pub key: SetKey,
    /// When it was skipped, RFC 3339 with the local offset.
    pub at: String,
}

impl SkipRecord {
    /// The record of skipping `set` in `session` at `at`.
    pub fn of(set: &SetName, session: &str, at: String) -> SkipRecord {
        SkipRecord { key: SetKey::named(session, set), at }
    }
}

/// `{"v":1,"type":"swap","session":…,"exercise":…,"instead_of":…,"at":…}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SwapRecord {
    /// Id of the session.
    pub session: String,
    /// The exercise done, as its sets are saved.
    pub exercise: String,
    /// The programme's exercise it replaced.
    pub instead_of: String,
    /// When it was swapped, RFC 3339 with the local offset.
    pub at: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::session::{SetKind, Side};
    use crate::storage::records::{Decoded, Record, decode, encode};

    /// `line` read and written again, byte for byte.
    fn round_trip(line: &str) -> Record {
        let Decoded::Record(record) = decode(line.as_bytes()) else { panic!("{line}") };
        assert_eq!(encode(&record).unwrap(), line);
        record
    }

    #[test]
    fn skip_and_correction_name_their_set_with_the_same_five_flat_fields() {
        let skip = r#"{"v":1,"type":"skip","session":"s1","exercise":"Split squat","kind":"work","set":2,"side":"left","at":"2026-11-28T07:03:00+01:00"}"#;
        let fix = r#"{"v":1,"type":"correction","session":"s1","exercise":"Split squat","kind":"work","set":2,"side":"left","reps":8,"load":null,"at":"2026-11-28T07:09:00+01:00"}"#;
        let void = r#"{"v":1,"type":"correction","session":"s1","exercise":"Back squat","kind":"warmup","set":1,"void":true}"#;
        let name = SetName {
            exercise: "Split squat".into(),
            kind: SetKind::Work,
            number: 2,
            side: Some(Side::Left),
        };
        let key = SetKey::named("s1", &name);
        let Record::Skip(skip) = round_trip(skip) else { panic!("not a skip") };
        assert_eq!(skip, SkipRecord::of(&name, "s1", "2026-11-28T07:03:00+01:00".into()));
        let Record::Correction(fix) = round_trip(fix) else { panic!("not a correction") };
        assert_eq!(fix.key, key);
        assert_eq!((fix.reps, fix.load, fix.hold_s), (Some(Some(8)), Some(None), None));
        let Record::Correction(void) = round_trip(void) else { panic!("not a correction") };
        assert!(void.void && void.key.side.is_none() && void.key.kind == SetKind::Warmup);
        // Written before warm-ups existed: no kind is a work set, and it reads back as one.
        let old =
            r#"{"v":1,"type":"correction","session":"s0","exercise":"Row","set":1,"void":true}"#;
        let Decoded::Record(Record::Correction(old)) = decode(old.as_bytes()) else { panic!() };
        assert_eq!((old.key.kind, old.key.set, old.void), (SetKind::Work, 1, true));
    }
}
