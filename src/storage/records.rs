//! The records of `history.jsonl` exactly as the contract spells them, and the translation of
//! one line to and from them. Pure: no files, no clocks. Must never rename, retype or drop a
//! field on the wire; readers of old files and other tools depend on the exact names.

use std::time::Duration;

use jiff::ZonedDateTime;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::changes::{SkipRecord, SwapRecord};
use super::correction::CorrectionRecord;
use crate::core::breathing::record::BreathingDone;
use crate::core::checkin::{MOODS, When};
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
    /// The app an imported session came from ("strong", "hevy"); absent for liftpace's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
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
    /// Where an imported set came from; absent for sets logged in liftpace.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Box<Origin>>,
}

/// The provenance of an imported set, written flat beside its other fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The app it was exported from: "strong" or "hevy".
    pub source: String,
    /// Stable identity from the exported row's content, so importing twice adds nothing.
    pub source_id: String,
    /// How the app tagged a work set, when it did: a drop set or a set taken to failure.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "word::option")]
    pub tag: Option<Tag>,
}

/// A tag another app puts on a work set. Tagged sets are still work sets: they count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// A drop set: the load lowered and the set carried on.
    Drop,
    /// A set taken to failure.
    Failure,
}

impl Tag {
    /// As written in the results file.
    pub fn as_str(self) -> &'static str {
        match self {
            Tag::Drop => "drop",
            Tag::Failure => "failure",
        }
    }
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

/// How the lifter felt, 1 (low) to 5 (great): the optional check-in before or after a workout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckinRecord {
    /// Id of the session it belongs to.
    pub session: String,
    /// "before" or "after" the workout.
    #[serde(with = "word")]
    pub when: When,
    /// 1 to 5; anything else is refused, so a damaged line never reads as a mood.
    #[serde(deserialize_with = "mood")]
    pub mood: u8,
    /// RFC 3339 with the local offset.
    pub at: String,
}

/// A workout taken up again after it was interrupted (quit, or the terminal died): the sets
/// after it belong to the same session, and the time between the last record before it and
/// `at` was spent away, not training.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResumeRecord {
    /// Id of the session taken up again.
    pub session: String,
    /// When it was taken up again, RFC 3339 with the local offset.
    pub at: String,
}

impl CheckinRecord {
    /// A check-in of `mood` at `when`, for the workout or breathing session `session`.
    pub fn new(session: &str, when: When, mood: u8, at: String) -> Self {
        CheckinRecord { session: session.into(), when, mood, at }
    }
}

/// A breathing practice on its own (`liftpace breathe`), done or ended early.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BreathingRecord {
    /// The session's id, which its check-ins name (absent in records written before there
    /// were check-ins around breathing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
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

fn mood<'de, D: Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    let mood = u8::deserialize(d)?;
    if MOODS.contains(&mood) {
        Ok(mood)
    } else {
        Err(serde::de::Error::custom(format!("mood {mood} is not 1 to 5")))
    }
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
    /// `"type": "correction"`: a later fix (or voiding) of one set; see `correction`.
    Correction(CorrectionRecord),
    /// `"type": "checkin"`.
    Checkin(CheckinRecord),
    /// `"type": "breathing"`: a breathing session on its own.
    Breathing(BreathingRecord),
    /// `"type": "resume"`: an interrupted session taken up again.
    Resume(ResumeRecord),
    /// `"type": "skip"`: a set skipped from today's list; see `changes`.
    Skip(SkipRecord),
    /// `"type": "swap"`: an exercise swapped from today's list; see `changes`.
    Swap(SwapRecord),
}

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
// One per line, consumed at once: boxing the record would cost an allocation for every line.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// A record this build understands.
    Record(Record),
    /// A well-formed record of a type this build does not know, from a newer liftpace.
    /// Skipped; the reader warns once per type and file, so nothing vanishes unannounced
    /// and an old build on a new file stays calm.
    UnknownType(String),
    /// Not usable; says why, for a warning.
    Skipped(String),
}

/// The two fields every line shares, read first to know what the rest should be. Other
/// fields are skipped without being built, so this costs little.
#[derive(Deserialize)]
struct Head {
    v: Option<serde_json::Value>,
    #[serde(rename = "type")]
    kind: Option<serde_json::Value>,
}

/// Reads one line (without its newline). The line is parsed straight into the record its
/// `type` names, never into a generic JSON tree: a million lines are read at start-up's
/// first run and by every full pass.
pub fn decode(line: &[u8]) -> Decoded {
    decode_reusing(line, &mut None)
}

/// Like `decode`, reading a `set` line into `spare` when there is one: a set the caller is done
/// with, whose strings' buffers are reused, so a full pass allocates almost nothing per set.
pub fn decode_reusing(line: &[u8], spare: &mut Option<SetRecord>) -> Decoded {
    let text = match std::str::from_utf8(line) {
        Ok(text) => text,
        Err(e) => return Decoded::Skipped(format!("not valid UTF-8 ({e})")),
    };
    let kind = match written_type(text) {
        Some(kind) => kind,
        None => match head(text) {
            Ok(kind) => kind,
            Err(skipped) => return *skipped,
        },
    };
    let parsed = match kind {
        "session" => serde_json::from_str(text).map(Record::Session),
        "set" => {
            let mut set = spare.take().unwrap_or_else(super::fast::blank);
            if super::fast::set_into(text, &mut set) {
                Ok(Record::Set(set))
            } else {
                *spare = Some(set);
                serde_json::from_str(text).map(Record::Set)
            }
        }
        "session_end" => serde_json::from_str(text).map(Record::SessionEnd),
        "correction" => serde_json::from_str(text).map(Record::Correction),
        "checkin" => serde_json::from_str(text).map(Record::Checkin),
        "breathing" => serde_json::from_str(text).map(Record::Breathing),
        "resume" => serde_json::from_str(text).map(Record::Resume),
        "skip" => serde_json::from_str(text).map(Record::Skip),
        "swap" => serde_json::from_str(text).map(Record::Swap),
        other => return Decoded::UnknownType(other.into()),
    };
    parsed.map_or_else(
        |e| Decoded::Skipped(format!("fields do not fit the record ({e})")),
        Decoded::Record,
    )
}

/// The type of a line that begins exactly as `encode` writes one, `{"v":1,"type":"…",`:
/// then `v` is 1 and the type is known without parsing the line twice. Anything else
/// (spaces, another key order, an escape in the type) goes through `head`.
fn written_type(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(r#"{"v":1,"type":""#)?;
    let end = rest.find('"')?;
    let kind = &rest[..end];
    (!kind.contains('\\') && rest[end..].starts_with("\",")).then_some(kind)
}

/// The type of any other line, after checking its version.
fn head(text: &str) -> Result<&'static str, Box<Decoded>> {
    let skip = |why: String| Box::new(Decoded::Skipped(why));
    let head: Head = serde_json::from_str(text)
        .map_err(|e| skip(format!("not a complete JSON record ({e})")))?;
    match head.v {
        Some(v) if v.as_u64() == Some(VERSION) => {}
        Some(v) => return Err(skip(format!("format version {v} is not supported"))),
        None => return Err(skip("no format version \"v\"".into())),
    }
    match head.kind.as_ref().and_then(|t| t.as_str()) {
        Some(kind) => KNOWN_TYPES
            .iter()
            .find(|known| **known == kind)
            .copied()
            .ok_or_else(|| Box::new(Decoded::UnknownType(kind.into()))),
        None => Err(skip("no record \"type\"".into())),
    }
}

/// The `type` values this build understands; a newer build may write others.
pub const KNOWN_TYPES: [&str; 9] = [
    "session",
    "set",
    "session_end",
    "correction",
    "checkin",
    "breathing",
    "resume",
    "skip",
    "swap",
];

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
            set: set.number,
            kind: set.kind,
            side: set.side,
            reps: set.reps,
            hold_s: set.hold_s,
            load: set.load,
            unit: set.unit.into(),
            target: set.target.to_string(),
            tempo: set.tempo.clone(),
            rpe: set.rpe,
            started: stamp(anchor, set.started),
            ended: stamp(anchor, set.ended),
            origin: None,
        }
    }
}

impl BreathingRecord {
    /// The record of a breathing session with id `id`, times relative to `anchor`.
    pub fn from_done(done: &BreathingDone, id: Option<String>, anchor: &ZonedDateTime) -> Self {
        BreathingRecord {
            id,
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
pub(super) trait Word: Copy + Sized + 'static {
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

impl Word for Tag {
    const ALL: &'static [Self] = &[Tag::Drop, Tag::Failure];
    fn as_str(self) -> &'static str {
        Tag::as_str(self)
    }
}

pub(super) fn work() -> SetKind {
    SetKind::Work
}

impl Word for When {
    const ALL: &'static [Self] = &[When::Before, When::After];
    fn as_str(self) -> &'static str {
        When::as_str(self)
    }
}

impl Word for EndStatus {
    const ALL: &'static [Self] = &[EndStatus::Completed, EndStatus::Quit];
    fn as_str(self) -> &'static str {
        EndStatus::as_str(self)
    }
}

/// `#[serde(with)]` adapters for `Word`s.
pub(super) mod word {
    use super::*;

    pub fn serialize<T: Word, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(value.as_str())
    }

    pub fn deserialize<'de, T: Word, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
        d.deserialize_str(Visitor(std::marker::PhantomData))
    }

    /// Matches the word where it lies in the line, without copying it out first.
    struct Visitor<T>(std::marker::PhantomData<T>);

    impl<T: Word> serde::de::Visitor<'_> for Visitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a word")
        }

        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<T, E> {
            T::ALL.iter().copied().find(|w| w.as_str() == text).ok_or_else(|| {
                let words: Vec<_> = T::ALL.iter().map(|w| format!("\"{}\"", w.as_str())).collect();
                E::custom(format!("\"{text}\" is not one of {}", words.join(", ")))
            })
        }
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
