//! The start-up digest: the few sessions a new workout or the home screen can ask about, kept
//! while the whole history streams past. For each programme its last `PER_PROGRAMME` sessions
//! with sets (and any newer ones without), for each exercise the last `PER_EXERCISE` sessions
//! with work sets of it (with their check-ins, resumes, skips and swaps), every correction,
//! and every exercise's all-time bests (`bests`). `into_records()` gives them as records in time order,
//! so the questions in `query` get the same answers from the digest as from the full history.
//! Its state depends on which records were added, not on the order: a copy adds nothing and a
//! late old record lands in its place. Pure: no files, no clocks. Must never keep more than
//! its bounds allow, so memory stays flat however long the history.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::bests::Bests;
use super::changes::{SkipRecord, SwapRecord};
use super::correction::Corrections;
use super::merge::Timed;
use super::records::{
    CheckinRecord, Record, ResumeRecord, SessionEndRecord, SessionRecord, SetRecord,
};
use super::time;
use crate::core::session::{EndStatus, SetKind};

/// Sessions kept per programme: the rotation asks about the last one; a few more cover
/// sessions whose every set was later voided.
pub const PER_PROGRAMME: usize = 8;

/// Sessions kept per exercise: progression looks at the last one, an estimated max at five,
/// and a failure streak back to the longest deload setting (20); the rest is margin for
/// exercises done with two rep targets in turn.
pub const PER_EXERCISE: usize = 24;

/// New sessions allowed in before the digest trims itself back to its bounds.
const TRIM_EVERY: usize = 256;

/// Where a session sits in time: its start in seconds since the epoch, then the order in
/// which it was first seen, so sessions with the same (or no readable) time keep file order.
pub type Place = (i64, u64);

/// What the digest holds of one session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The session's id.
    pub id: String,
    /// Its `session` record, once read.
    #[serde(default)]
    pub session: Option<SessionRecord>,
    /// Its `session_end` record, once read: a completed end over a quit one (a session quit,
    /// resumed and finished ends twice), else the first read.
    #[serde(default)]
    pub end: Option<SessionEndRecord>,
    /// Its sets as written, in the order read, each once.
    #[serde(default)]
    pub sets: Vec<SetRecord>,
    /// Its mood check-ins, each once.
    #[serde(default)]
    pub checkins: Vec<CheckinRecord>,
    /// When it was taken up again after an interruption, each once.
    #[serde(default)]
    pub resumes: Vec<ResumeRecord>,
    /// Its sets skipped from today's list, each once: a resume keeps them skipped.
    #[serde(default)]
    pub skips: Vec<SkipRecord>,
    /// Its exercises swapped from today's list, in the order read, each once: a resume makes
    /// them again.
    #[serde(default)]
    pub swaps: Vec<SwapRecord>,
}

/// The bounded summary of a history; see the module header.
#[derive(Debug, Clone, Default)]
pub struct Digest {
    pub(super) entries: BTreeMap<Place, Entry>,
    by_id: HashMap<String, Place>,
    pub(super) corrections: Corrections,
    pub(super) seen: u64,
    new_since_trim: usize,
    /// Every exercise's bests over the whole history, not only the sessions kept.
    pub(super) bests: Bests,
}

impl Digest {
    /// A digest holding `entries` and `corrections`, as saved after `seen` records.
    pub(super) fn from_parts(
        entries: BTreeMap<Place, Entry>,
        corrections: Corrections,
        seen: u64,
        bests: Bests,
    ) -> Digest {
        let by_id = entries.iter().map(|(place, e)| (e.id.clone(), *place)).collect();
        Digest { entries, by_id, corrections, seen, new_since_trim: 0, bests }
    }

    /// Every exercise's bests over the whole history: what a set must beat to be a record.
    pub fn bests(&self) -> &Bests {
        &self.bests
    }

    /// Takes in one record read from a journal.
    pub fn add(&mut self, timed: Timed) {
        self.seen += 1;
        let Timed { record, time } = timed;
        match record {
            Record::Session(session) => {
                let place = self.place_of(&session.id, time);
                let Some(entry) = self.entries.get_mut(&place) else { return };
                if entry.session.is_some() {
                    return;
                }
                entry.session = Some(session);
                // Placed by a set or an end read first; the session's own start is its place.
                if place.0 != time
                    && let Some(entry) = self.entries.remove(&place)
                {
                    self.by_id.insert(entry.id.clone(), (time, place.1));
                    self.entries.insert((time, place.1), entry);
                }
            }
            Record::Set(set) => {
                if self.corrections.is_empty() {
                    self.bests.add(&set);
                } else if let Some(corrected) = self.corrections.apply(set.clone()) {
                    self.bests.add(&corrected);
                }
                let place = self.place_of(&set.session, time);
                let Some(entry) = self.entries.get_mut(&place) else { return };
                let copy = entry.sets.iter().any(|s| {
                    (&s.exercise, s.kind, s.set, s.side, &s.started)
                        == (&set.exercise, set.kind, set.set, set.side, &set.started)
                });
                if !copy {
                    entry.sets.push(set);
                }
            }
            Record::SessionEnd(end) => {
                let place = self.place_of(&end.session, time);
                if let Some(entry) = self.entries.get_mut(&place) {
                    let quit = |e: &SessionEndRecord| e.status == EndStatus::Quit;
                    if entry.end.as_ref().is_none_or(|had| quit(had) && !quit(&end)) {
                        entry.end = Some(end);
                    }
                }
            }
            Record::Correction(correction) => {
                self.bests.corrected(&correction);
                let at = correction.at.as_deref().and_then(time::seconds);
                self.corrections.add(correction, at);
            }
            // The last check-ins of the sessions kept are what the next check-in asks about.
            Record::Checkin(checkin) => {
                let place = self.place_of(&checkin.session, time);
                if let Some(entry) = self.entries.get_mut(&place)
                    && !entry.checkins.contains(&checkin)
                {
                    entry.checkins.push(checkin);
                }
            }
            // How long an interrupted session has taken so far leaves out the time away.
            Record::Resume(resume) => {
                let place = self.place_of(&resume.session, time);
                if let Some(entry) = self.entries.get_mut(&place)
                    && !entry.resumes.contains(&resume)
                {
                    entry.resumes.push(resume);
                }
            }
            // What an interrupted session's list looked like is what its resume takes up.
            Record::Skip(skip) => {
                let place = self.place_of(&skip.key.session, time);
                if let Some(entry) = self.entries.get_mut(&place)
                    && !entry.skips.contains(&skip)
                {
                    entry.skips.push(skip);
                }
            }
            Record::Swap(swap) => {
                let place = self.place_of(&swap.session, time);
                if let Some(entry) = self.entries.get_mut(&place)
                    && !entry.swaps.contains(&swap)
                {
                    entry.swaps.push(swap);
                }
            }
            // Breathing sessions matter to no question asked at start-up.
            Record::Breathing(_) => {}
        }
        if self.new_since_trim >= TRIM_EVERY {
            self.trim();
        }
    }

    /// The place of session `id`, making an entry for it at `time` if it has none.
    fn place_of(&mut self, id: &str, time: i64) -> Place {
        if let Some(place) = self.by_id.get(id) {
            return *place;
        }
        let place = (time, self.seen);
        self.entries.insert(place, Entry { id: id.to_string(), ..Entry::default() });
        self.by_id.insert(id.to_string(), place);
        self.new_since_trim += 1;
        place
    }

    /// Drops every session no start-up question can reach any more (see the module header).
    /// Counting from the newest, a session stays while its programme has fewer than
    /// `PER_PROGRAMME` newer sessions with sets, or one of its exercises fewer than
    /// `PER_EXERCISE` newer sessions with work sets of it. A session known only by its end
    /// stays while fewer than `PER_PROGRAMME` sessions with sets are newer.
    pub fn trim(&mut self) {
        self.new_since_trim = 0;
        let mut per_programme: HashMap<&str, usize> = HashMap::new();
        let mut per_exercise: HashMap<&str, usize> = HashMap::new();
        let mut with_sets = 0;
        let mut gone = Vec::new();
        for (place, entry) in self.entries.iter().rev() {
            let work: HashSet<&str> = entry
                .sets
                .iter()
                .filter(|s| s.kind == SetKind::Work)
                .map(|s| s.exercise.as_str())
                .collect();
            let programme = entry.session.as_ref().map(|s| s.programme.as_str());
            let count = |map: &HashMap<&str, usize>, key: &str| map.get(key).copied().unwrap_or(0);
            let keep = programme.is_some_and(|p| count(&per_programme, p) < PER_PROGRAMME)
                || work.iter().any(|x| count(&per_exercise, x) < PER_EXERCISE)
                || (programme.is_none() && with_sets < PER_PROGRAMME);
            if !keep {
                gone.push(*place);
            }
            if !entry.sets.is_empty() {
                with_sets += 1;
                if let Some(p) = programme {
                    *per_programme.entry(p).or_default() += 1;
                }
                for x in work {
                    *per_exercise.entry(x).or_default() += 1;
                }
            }
        }
        for place in gone {
            if let Some(entry) = self.entries.remove(&place) {
                self.by_id.remove(&entry.id);
            }
        }
    }

    /// The kept sessions as records, oldest first, sets corrected and voided ones left out:
    /// what `query::next_day`, `query::past` and `query::last_time` are asked of.
    pub fn into_records(self) -> Vec<Record> {
        let mut out = Vec::new();
        for entry in self.entries.into_values() {
            out.extend(entry.session.map(Record::Session));
            let sets = entry.sets.into_iter().filter_map(|s| self.corrections.apply(s));
            out.extend(sets.map(Record::Set));
            out.extend(entry.end.clone().map(Record::SessionEnd));
            out.extend(entry.checkins.iter().cloned().map(Record::Checkin));
            out.extend(entry.resumes.into_iter().map(Record::Resume));
            out.extend(entry.skips.into_iter().map(Record::Skip));
            out.extend(entry.swaps.into_iter().map(Record::Swap));
        }
        out
    }
}
