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
    /// When the correction was made, RFC 3339 with the local offset: corrections of one set
    /// apply oldest first, so a later one wins the fields it gives.
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

/// The corrections of a history, every one of each set in journal order, ready to be applied
/// as sets are read. Corrections of one set build on each other field by field: `--reps 11`
/// then `--load 9` gives 11 reps at 9 kg. Journal order is by `at`; a correction with no
/// readable `at` comes after every timed one; ties keep the order read, which every reader
/// makes the same (files by name, lines in file order). A void anywhere voids the set: a
/// later correction does not bring it back (the lifter adds a set to redo it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Corrections {
    by_set: HashMap<SetKey, Vec<(Option<i64>, CorrectionRecord)>>,
}

impl Corrections {
    /// Takes `correction` into account. `at` is its time in seconds since the epoch, when it
    /// has a readable one.
    pub fn add(&mut self, correction: CorrectionRecord, at: Option<i64>) {
        let held = self.by_set.entry(correction.key.clone()).or_default();
        // The same record copied into two journals is one correction, not two: applied twice
        // around a same-second rival, it would let the order of files decide.
        if held.iter().any(|(t, c)| *t == at && *c == correction) {
            return;
        }
        let rank = |at: Option<i64>| (at.is_none(), at);
        let place = held.partition_point(|(t, _)| rank(*t) <= rank(at));
        held.insert(place, (at, correction));
    }

    /// True when the history has no corrections (most do not).
    pub fn is_empty(&self) -> bool {
        self.by_set.is_empty()
    }

    /// `set` as every reader must see it: corrected, or `None` when voided.
    pub fn apply(&self, set: SetRecord) -> Option<SetRecord> {
        // Most histories have no corrections; skip building a key for every set.
        if self.by_set.is_empty() {
            return Some(set);
        }
        match self.by_set.get(&set.key()) {
            Some(held) => held.iter().try_fold(set, |set, (_, c)| c.apply(set)),
            None => Some(set),
        }
    }

    /// Every correction held, each set's in journal order (for the start-up cache, which adds
    /// them back in this order).
    pub fn iter(&self) -> impl Iterator<Item = (&CorrectionRecord, Option<i64>)> {
        self.by_set.values().flatten().map(|(at, c)| (c, *at))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::records::{Decoded, Record, decode};

    const ROW: &str = r#"{"v":1,"type":"set","session":"s","exercise":"Row","set":1,"kind":"work","reps":5,"load":50,"unit":"kg","target":"5","tempo":"2-0-1-0","started":"2026-11-27T06:31:00+01:00","ended":"2026-11-27T06:31:30+01:00"}"#;

    fn row() -> SetRecord {
        let Decoded::Record(Record::Set(set)) = decode(ROW.as_bytes()) else { panic!() };
        set
    }

    fn fix(
        reps: Option<u32>,
        load: Option<f64>,
        at: Option<i64>,
    ) -> (CorrectionRecord, Option<i64>) {
        let mut fix = CorrectionRecord::of(&row());
        (fix.reps, fix.load) = (reps.map(Some), load.map(Some));
        (fix, at)
    }

    /// The row's 5 × 50 as `fixes` leave it, added in this order.
    fn fold(fixes: &[(CorrectionRecord, Option<i64>)]) -> Option<(Option<u32>, Option<f64>)> {
        let mut all = Corrections::default();
        for (fix, at) in fixes {
            all.add(fix.clone(), *at);
        }
        all.apply(row()).map(|s| (s.reps, s.load))
    }

    #[test]
    fn corrections_fold_by_time_then_order_read_whatever_order_they_arrive_in() {
        let (reps, load) = (fix(Some(8), None, Some(10)), fix(None, Some(40.0), Some(20)));
        assert_eq!(fold(&[reps.clone(), load.clone()]), Some((Some(8), Some(40.0))));
        // An older correction read later still comes first: the newer load stays.
        let old_load = fix(Some(6), Some(45.0), Some(5));
        assert_eq!(fold(&[load.clone(), old_load.clone()]), Some((Some(6), Some(40.0))));
        // A tie keeps the order read; no time at all counts as after every timed one.
        let tie = fix(None, Some(30.0), Some(20));
        assert_eq!(fold(&[tie.clone(), load.clone()]), Some((Some(5), Some(40.0))));
        assert_eq!(fold(&[fix(None, Some(1.0), None), load.clone()]), Some((Some(5), Some(1.0))));
        // A copy of a correction read again after a rival of the same second is not re-applied.
        assert_eq!(fold(&[load.clone(), tie.clone(), load.clone()]), Some((Some(5), Some(30.0))));
    }

    #[test]
    fn a_void_wins_over_any_correction_after_it() {
        let (mut void, at) = fix(None, None, Some(10));
        void.void = true;
        assert_eq!(fold(&[(void, at), fix(Some(8), Some(40.0), Some(20))]), None);
    }
}
