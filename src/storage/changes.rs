//! The `skip` and `swap` records: what the lifter changed in a workout from today's list. A
//! skipped set was never done and is never a failure (no set record exists for it; the skip
//! says it was left on purpose). A swapped exercise's sets are saved under the name actually
//! done; the swap says which programme exercise it replaced. Plain records, no files or
//! clocks.

use serde::{Deserialize, Serialize};

use super::records::{word, work};
use crate::core::session::messages::SetName;
use crate::core::session::{SetKind, Side};

/// `{"v":1,"type":"skip","session":…,"exercise":…,"kind":…,"set":…,"side":…,"at":…}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkipRecord {
    /// Id of the session.
    pub session: String,
    /// The exercise, under the name its sets are saved with.
    pub exercise: String,
    /// "work" or "warmup".
    #[serde(default = "work", with = "word")]
    pub kind: SetKind,
    /// The set's number.
    pub set: u32,
    /// The set's side, for per-side sets.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "word::option")]
    pub side: Option<Side>,
    /// When it was skipped, RFC 3339 with the local offset.
    pub at: String,
}

impl SkipRecord {
    /// The record of skipping `set` in `session` at `at`.
    pub fn of(set: &SetName, session: &str, at: String) -> SkipRecord {
        SkipRecord {
            session: session.into(),
            exercise: set.exercise.clone(),
            kind: set.kind,
            set: set.number,
            side: set.side,
            at,
        }
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
