//! The records of `history.jsonl` exactly as the contract spells them, and the translation of
//! one line to and from them. Pure: no files, no clocks. Must never rename, retype or drop a
//! field on the wire; readers of old files and other tools depend on the exact names.

use std::time::Duration;

use jiff::ZonedDateTime;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::breathing::record::BreathingDone;
use crate::core::session::{EndStatus, LoggedSet, SetKind, Side};

/// The only format version this build writes and reads.
pub const VERSION: u64 = 1;

/// The start of a workout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Unique id the session's other records refer to (see `Recorder`).
    pub id: String,
    /// The programme's name.
    pub programme: String,
    /// Where the programme came from: a path, or an origin such as `built-in:full-body`.
    pub programme_file: String,
    /// The day's name.
    pub day: String,
    /// RFC 3339 with the local offset.
    pub started: String,
}

/// One saved set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetRecord {
    /// Id of the session it belongs to.
    pub session: String,
    /// Exercise name.
    pub exercise: String,
    /// 1-based set number among the exercise's sets of its kind.
    pub set: u32,
    /// "work" or "warmup"; records written before warm-ups existed are work sets.
    #[serde(default = "work", with = "word")]
    pub kind: SetKind,
    /// Per-side sets only; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "word::option")]
    pub side: Option<Side>,
    /// Reps done; written as `null` for holds.
    #[serde(default)]
    pub reps: Option<u32>,
    /// Seconds held; holds only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_s: Option<u32>,
    /// Load in `unit`; written as `null` for bodyweight.
    #[serde(default)]
    pub load: Option<f64>,
    /// "kg" or "lb".
    pub unit: String,
    /// The target as the programme wrote it.
    pub target: String,
    /// The tempo, as notation.
    pub tempo: String,
    /// Effort rating, when the lifter gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpe: Option<f64>,
    /// When pacing began, RFC 3339 with the local offset.
    pub started: String,
    /// When pacing ended, RFC 3339 with the local offset.
    pub ended: String,
}

/// The end of a workout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionEndRecord {
    /// Id of the session that ended.
    pub session: String,
    /// RFC 3339 with the local offset.
    pub ended: String,
    /// "completed" or "quit".
    #[serde(with = "word")]
    pub status: EndStatus,
}

/// A breathing practice on its own (`liftpace breathe`), done or ended early.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BreathingRecord {
    /// The pattern's name.
    pub pattern: String,
    /// RFC 3339 with the local offset.
    pub started: String,
    /// RFC 3339 with the local offset.
    pub ended: String,
    /// Seconds of breathing, pauses left out.
    pub seconds: u32,
    /// Whole breaths paced.
    pub breaths: u32,
    /// Whether it ran its full length (false when ended early).
    pub completed: bool,
}

/// Any record of the results file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Record {
    /// `"type": "session"`.
    Session(SessionRecord),
    /// `"type": "set"`.
    Set(SetRecord),
    /// `"type": "session_end"`.
    SessionEnd(SessionEndRecord),
    /// `"type": "breathing"`.
    Breathing(BreathingRecord),
}

/// The `type` values this build understands; a newer build may write others.
const KNOWN_TYPES: [&str; 4] = ["session", "set", "session_end", "breathing"];

/// The envelope every line shares, so `v` always comes first.
#[derive(Serialize)]
struct Line<'a> {
    v: u64,
    #[serde(flatten)]
    record: &'a Record,
}

/// One line of JSON for `record`, without the newline.
pub fn encode(record: &Record) -> Result<String, serde_json::Error> {
    serde_json::to_string(&Line { v: VERSION, record })
}

/// What one line of the file turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// A record this build understands.
    Record(Record),
    /// A well-formed record of a type this build does not know, from a newer liftpace.
    /// Skipped without a warning so old builds stay quiet on new files.
    UnknownType(String),
    /// Not usable; says why, for a warning.
    Skipped(String),
}

/// Reads one line (without its newline).
pub fn decode(line: &[u8]) -> Decoded {
    let text = match std::str::from_utf8(line) {
        Ok(text) => text,
        Err(e) => return Decoded::Skipped(format!("not valid UTF-8 ({e})")),
    };
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => return Decoded::Skipped(format!("not a complete JSON record ({e})")),
    };
    match value.get("v") {
        Some(v) if v.as_u64() == Some(VERSION) => {}
        Some(v) => return Decoded::Skipped(format!("format version {v} is not supported")),
        None => return Decoded::Skipped("no format version \"v\"".into()),
    }
    match value.get("type").and_then(|t| t.as_str()) {
        Some(kind) if !KNOWN_TYPES.contains(&kind) => return Decoded::UnknownType(kind.into()),
        Some(_) => {}
        None => return Decoded::Skipped("no record \"type\"".into()),
    }
    match Record::deserialize(&value) {
        Ok(record) => Decoded::Record(record),
        Err(e) => Decoded::Skipped(format!("fields do not fit the record ({e})")),
    }
}

/// `anchor + offset` as RFC 3339 with the local offset, to the second. An offset too large
/// for the calendar cannot come from a real workout, so it saturates at the anchor.
pub fn stamp(anchor: &ZonedDateTime, offset: Duration) -> String {
    let at = anchor.checked_add(offset).unwrap_or_else(|_| anchor.clone());
    at.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// The local calendar date of an RFC 3339 time ("2026-11-27"), as it was written.
pub fn local_date(stamp: &str) -> &str {
    stamp.split_once('T').map_or(stamp, |(date, _)| date)
}

impl SetRecord {
    /// The record of `set`, in session `session`, with times relative to `anchor`.
    pub fn from_logged(set: &LoggedSet, session: &str, anchor: &ZonedDateTime) -> Self {
        SetRecord {
            session: session.into(),
            exercise: set.exercise.clone(),
            set: set.set,
            kind: set.kind,
            side: set.side,
            reps: set.reps,
            hold_s: set.hold_s,
            load: set.load,
            unit: set.unit.into(),
            target: set.target.clone(),
            tempo: set.tempo.clone(),
            rpe: set.rpe,
            started: stamp(anchor, set.started),
            ended: stamp(anchor, set.ended),
        }
    }
}

impl BreathingRecord {
    /// The record of a breathing session, with times relative to `anchor`.
    pub fn from_done(done: &BreathingDone, anchor: &ZonedDateTime) -> Self {
        BreathingRecord {
            pattern: done.pattern.clone(),
            started: stamp(anchor, done.started),
            ended: stamp(anchor, done.ended),
            seconds: done.seconds,
            breaths: done.breaths,
            completed: done.completed,
        }
    }
}

/// A core enum written on the wire as one of a few fixed words. The core types stay free of
/// serde; this is the one place that maps them.
trait Word: Copy + Sized + 'static {
    const ALL: &'static [Self];
    fn as_str(self) -> &'static str;
}

impl Word for Side {
    const ALL: &'static [Self] = &[Side::Left, Side::Right];
    fn as_str(self) -> &'static str {
        Side::as_str(self)
    }
}

impl Word for SetKind {
    const ALL: &'static [Self] = &[SetKind::Work, SetKind::Warmup];
    fn as_str(self) -> &'static str {
        SetKind::as_str(self)
    }
}

fn work() -> SetKind {
    SetKind::Work
}

impl Word for EndStatus {
    const ALL: &'static [Self] = &[EndStatus::Completed, EndStatus::Quit];
    fn as_str(self) -> &'static str {
        EndStatus::as_str(self)
    }
}

/// `#[serde(with)]` adapters for `Word`s.
mod word {
    use super::*;

    pub fn serialize<T: Word, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(value.as_str())
    }

    pub fn deserialize<'de, T: Word, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
        let text = String::deserialize(d)?;
        T::ALL.iter().copied().find(|w| w.as_str() == text).ok_or_else(|| {
            let words: Vec<_> = T::ALL.iter().map(|w| format!("\"{}\"", w.as_str())).collect();
            serde::de::Error::custom(format!("\"{text}\" is not one of {}", words.join(", ")))
        })
    }

    pub mod option {
        use super::*;

        pub fn serialize<T: Word, S: Serializer>(
            value: &Option<T>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match value {
                Some(w) => super::serialize(w, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, T: Word, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<T>, D::Error> {
            #[derive(Deserialize)]
            struct Inner<T: Word>(#[serde(with = "super")] T);
            Ok(Option::<Inner<T>>::deserialize(d)?.map(|Inner(w)| w))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_keep_the_local_offset_and_drop_fractions() {
        let anchor: ZonedDateTime = "2026-11-27T06:30:05.9+01:00[+01:00]".parse().unwrap();
        let at = stamp(&anchor, Duration::from_millis(61_500));
        assert_eq!(at, "2026-11-27T06:31:07+01:00");
        assert_eq!(local_date(&at), "2026-11-27");
    }

    #[test]
    fn an_unknown_word_is_a_field_error() {
        let line = br#"{"v":1,"type":"session_end","session":"s","ended":"x","status":"napped"}"#;
        let Decoded::Skipped(why) = decode(line) else { panic!("accepted") };
        assert!(why.contains("\"completed\", \"quit\""), "{why}");
    }
}
