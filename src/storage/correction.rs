//! The `correction` record: a set fixed (or voided) after it was saved, without touching the
//! line that saved it, and the one place where a correction is applied to a set. Readers apply
//! corrections before anyone sees a set, so progression, last time, rotation, summaries,
//! progress and exports all agree. Pure: no files, no clocks. Must never change a set it does
//! not name, and never let an older correction undo a newer one.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::records::{SetRecord, word, work};
use crate::core::session::messages::SetName;
use crate::core::session::{SetKind, Side};

/// `{"v":1,"type":"correction","session":…,"exercise":…,"kind":…,"set":…,"side":…,…}`: the
/// set it names now reads with the values given here (a field left out keeps the set's own),
/// or, with `"void": true`, is treated as never done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorrectionRecord {
    /// The set it corrects, named as its set record names it (written flat).
    #[serde(flatten)]
    pub key: SetKey,
    /// True: the set is removed from the history as every reader sees it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub void: bool,
    /// The corrected reps (`null` for a hold); absent keeps the set's.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "given")]
    pub reps: Option<Option<u32>>,
    /// The corrected seconds held; absent keeps the set's.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "given")]
    pub hold_s: Option<Option<u32>>,
    /// The corrected load (`null` for bodyweight); absent keeps the set's.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "given")]
    pub load: Option<Option<f64>>,
    /// The corrected effort rating; absent keeps the set's.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "given")]
    pub rpe: Option<Option<f64>>,
    /// When the correction was made, RFC 3339 with the local offset: of two corrections of one
    /// set, the later one wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
}

/// What names one set across records: its session, exercise, kind, number and side. The
/// records that name a set (`correction`, `skip`) write these five fields flat, under these
/// names, exactly as the set record does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetKey {
    /// Session id.
    pub session: String,
    /// Exercise name, as the set record wrote it (or would have).
    pub exercise: String,
    /// "work" or "warmup"; records written before warm-ups existed name work sets.
    #[serde(default = "work", with = "word")]
    pub kind: SetKind,
    /// The set's number.
    pub set: u32,
    /// The set's side, for per-side sets; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "word::option")]
    pub side: Option<Side>,
}

impl SetKey {
    /// The key of today's set `name` in `session`.
    pub fn named(session: &str, name: &SetName) -> SetKey {
        SetKey {
            session: session.into(),
            exercise: name.exercise.clone(),
            kind: name.kind,
            set: name.number,
            side: name.side,
        }
    }

    /// The set as today's session names it.
    pub fn name(&self) -> SetName {
        let (kind, number, side) = (self.kind, self.set, self.side);
        SetName { exercise: self.exercise.clone(), kind, number, side }
    }
}

impl Hash for SetKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // By the words the records use: the core's enums stay free of hashing.
        (&self.session, &self.exercise, self.kind.as_str(), self.set).hash(state);
        self.side.map(Side::as_str).hash(state);
    }
}

impl SetRecord {
    /// The key a correction uses to name this set.
    pub fn key(&self) -> SetKey {
        SetKey {
            session: self.session.clone(),
            exercise: self.exercise.clone(),
            kind: self.kind,
            set: self.set,
            side: self.side,
        }
    }
}

impl CorrectionRecord {
    /// A correction of `set` to new values; `None` for a field keeps the set's own.
    pub fn of(set: &SetRecord) -> CorrectionRecord {
        CorrectionRecord::named(set.key())
    }

    /// A correction of the set `key` names that changes nothing yet.
    pub fn named(key: SetKey) -> CorrectionRecord {
        CorrectionRecord {
            key,
            void: false,
            reps: None,
            hold_s: None,
            load: None,
            rpe: None,
            at: None,
        }
    }

    /// `set` as corrected; `None` when the correction voids it.
    pub fn apply(&self, mut set: SetRecord) -> Option<SetRecord> {
        if self.void {
            return None;
        }
        if let Some(reps) = self.reps {
            set.reps = reps;
        }
        if let Some(hold_s) = self.hold_s {
            set.hold_s = hold_s;
        }
        if let Some(load) = self.load {
            set.load = load;
        }
        if let Some(rpe) = self.rpe {
            set.rpe = rpe;
        }
        Some(set)
    }
}

/// The corrections of a history, the latest for each set, ready to be applied as sets are
/// read. Records arrive merged by time, so a correction read later replaces one read earlier
/// unless its own `at` says it was made before.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Corrections {
    latest: HashMap<SetKey, (Option<i64>, CorrectionRecord)>,
}

impl Corrections {
    /// Takes `correction` into account. `at` is its time in seconds since the epoch, when it
    /// has a readable one.
    pub fn add(&mut self, correction: CorrectionRecord, at: Option<i64>) {
        let key = correction.key.clone();
        let newer = match self.latest.get(&key) {
            Some((Some(held), _)) => at.is_none_or(|at| at >= *held),
            _ => true,
        };
        if newer {
            self.latest.insert(key, (at, correction));
        }
    }

    /// True when the history has no corrections (most do not).
    pub fn is_empty(&self) -> bool {
        self.latest.is_empty()
    }

    /// `set` as every reader must see it: corrected, or `None` when voided.
    pub fn apply(&self, set: SetRecord) -> Option<SetRecord> {
        // Most histories have no corrections; skip building a key for every set.
        if self.latest.is_empty() {
            return Some(set);
        }
        match self.latest.get(&set.key()) {
            Some((_, correction)) => correction.apply(set),
            None => Some(set),
        }
    }

    /// Every correction held, in no particular order (for the start-up cache).
    pub fn iter(&self) -> impl Iterator<Item = (&CorrectionRecord, Option<i64>)> {
        self.latest.values().map(|(at, c)| (c, *at))
    }
}

/// `#[serde(with)]` for a field whose absence means "unchanged" and whose `null` means "none":
/// absent is `None`, `null` is `Some(None)`.
mod given {
    use super::*;

    pub fn serialize<T: Serialize, S: Serializer>(
        value: &Option<Option<T>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }
}
