//! `liftpace history --correct SET --reps/--load/--hold/--rpe` and `--void SET`: a set of an
//! earlier session fixed or voided with the same `correction` record today's list writes. SET
//! is addressed as `liftpace history` lists sets: `SESSION:EXERCISE:NUMBER`, the number with
//! `-left`/`-right` for a side and `warmup-` before it for a warm-up. Reads the history (with
//! earlier corrections applied) to find the set, appends one record, prints what changed.
//! Must never touch any line already written.

use super::progress::for_each_record;
use crate::core::programme::format_number;
use crate::core::session::{SetKind, Side};
use crate::storage::{CorrectionRecord, DataDir, Journal, Record, SetRecord};

/// How to write a set's address, for every error about one.
const ADDRESS: &str = "write SESSION:EXERCISE:SET as `liftpace history` lists them, for \
                       example 20261127T063005-3fa91c:Goblet squat:2 (2-left for a side, \
                       warmup-1 for a warm-up)";

/// A set named on the command line.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Address {
    /// The session id, or the start of one.
    session: String,
    exercise: String,
    kind: SetKind,
    number: u32,
    side: Option<Side>,
}

/// The new values of `--correct`; `None` keeps the set's own.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(super) struct NewValues {
    /// Reps done.
    pub reps: Option<u32>,
    /// The load; `Some(None)` for bodyweight.
    pub load: Option<Option<f64>>,
    /// Seconds held.
    pub hold: Option<u32>,
    /// Effort, 1 to 10.
    pub rpe: Option<f64>,
}

/// `--load` as given: a weight, or `None` for bodyweight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LoadArg(pub Option<f64>);

/// Reads `--load`: a number of kg or lb, or `bodyweight`.
pub(super) fn load_arg(text: &str) -> Result<LoadArg, String> {
    if text.eq_ignore_ascii_case("bodyweight") || text.eq_ignore_ascii_case("bw") {
        return Ok(LoadArg(None));
    }
    match text.parse::<f64>() {
        Ok(load) if load.is_finite() && load >= 0.0 => Ok(LoadArg(Some(load))),
        _ => Err(format!("`{text}` is not a load: write a number (100, 62.5) or bodyweight")),
    }
}

/// Reads `--rpe`: 1 to 10, halves allowed.
pub(super) fn rpe_arg(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(rpe) if (1.0..=10.0).contains(&rpe) => Ok(rpe),
        _ => Err(format!("`{text}` is not an RPE: write a number from 1 to 10")),
    }
}

impl Address {
    /// Reads `SESSION:EXERCISE:SET`.
    pub(super) fn parse(text: &str) -> Result<Address, String> {
        let bad = || format!("`{text}` is not a set: {ADDRESS}");
        let (session, rest) = text.split_once(':').ok_or_else(bad)?;
        let (exercise, set) = rest.rsplit_once(':').ok_or_else(bad)?;
        let (session, exercise) = (session.trim(), exercise.trim());
        if session.is_empty() || exercise.is_empty() {
            return Err(bad());
        }
        let set = set.trim().to_ascii_lowercase();
        let (kind, set) = match set.strip_prefix("warmup-") {
            Some(rest) => (SetKind::Warmup, rest),
            None => (SetKind::Work, set.as_str()),
        };
        let (side, number) = match (set.strip_suffix("-left"), set.strip_suffix("-right")) {
            (Some(n), _) => (Some(Side::Left), n),
            (_, Some(n)) => (Some(Side::Right), n),
            _ => (None, set),
        };
        let number: u32 = number.parse().ok().filter(|&n| n >= 1).ok_or_else(bad)?;
        Ok(Address { session: session.into(), exercise: exercise.into(), kind, number, side })
    }
}

/// The set's own words: "Back squat set 2", "Split squat warm-up 1 (left)".
fn named(set: &SetRecord) -> String {
    let kind = if set.kind == SetKind::Warmup { "warm-up" } else { "set" };
    let side = set.side.map(|s| format!(" ({})", s.as_str())).unwrap_or_default();
    format!("{} {kind} {}{side} of session {}", set.exercise, set.set, set.session)
}

/// "5 × 100 kg", "45 s", "12 × bodyweight", with the RPE when there is one.
fn values(
    reps: Option<u32>,
    hold: Option<u32>,
    load: Option<f64>,
    rpe: Option<f64>,
    unit: &str,
) -> String {
    let load = load.map_or("bodyweight".to_string(), |l| format!("{} {unit}", format_number(l)));
    let amount = match (hold, reps) {
        (Some(s), _) => format!("{s} s at {load}"),
        (None, reps) => format!("{} × {load}", reps.unwrap_or(0)),
    };
    match rpe {
        Some(rpe) => format!("{amount}, RPE {}", format_number(rpe)),
        None => amount,
    }
}

/// Finds the set `address` names in the history as every reader now sees it.
fn find(address: &Address, data: &DataDir) -> Result<SetRecord, String> {
    let mut sessions: Vec<String> = Vec::new();
    let mut sets: Vec<SetRecord> = Vec::new();
    let wanted = |id: &str| id == address.session || id.starts_with(&address.session);
    for_each_record(data, |record| match record {
        Record::Session(s) if wanted(&s.id) => sessions.push(s.id.clone()),
        Record::Set(s) if wanted(&s.session) => sets.push(s.clone()),
        _ => {}
    })?;
    if let Some(exact) = sessions.iter().find(|id| **id == address.session).cloned() {
        sessions = vec![exact];
    }
    let session = match sessions.as_slice() {
        [one] => one.clone(),
        [] => {
            return Err(format!(
                "no session `{}` in the history; `liftpace history` lists every session and set",
                address.session
            ));
        }
        many => {
            return Err(format!(
                "`{}` starts {} sessions ({}); write more of the id",
                address.session,
                many.len(),
                many.join(", ")
            ));
        }
    };
    sets.retain(|s| s.session == session);
    let exercise: Vec<&SetRecord> =
        sets.iter().filter(|s| s.exercise.eq_ignore_ascii_case(&address.exercise)).collect();
    if exercise.is_empty() {
        let mut names: Vec<&str> = sets.iter().map(|s| s.exercise.as_str()).collect();
        names.dedup();
        return Err(format!(
            "session {session} has no `{}`; its exercises are: {}",
            address.exercise,
            if names.is_empty() { "none".to_string() } else { names.join(", ") }
        ));
    }
    let found = exercise
        .iter()
        .find(|s| s.kind == address.kind && s.set == address.number && s.side == address.side);
    match found {
        Some(set) => Ok((*set).clone()),
        None => {
            let each: Vec<String> = exercise
                .iter()
                .map(|s| {
                    let warm = if s.kind == SetKind::Warmup { "warmup-" } else { "" };
                    let side = s.side.map(|d| format!("-{}", d.as_str())).unwrap_or_default();
                    format!("{warm}{}{side}", s.set)
                })
                .collect();
            Err(format!(
                "{} in session {session} has no set {}; its sets are: {} (a deleted set is gone)",
                exercise[0].exercise,
                address_set(address),
                each.join(", ")
            ))
        }
    }
}

/// The set part of an address as the lifter wrote it, tidied.
fn address_set(address: &Address) -> String {
    let warm = if address.kind == SetKind::Warmup { "warmup-" } else { "" };
    let side = address.side.map(|d| format!("-{}", d.as_str())).unwrap_or_default();
    format!("{warm}{}{side}", address.number)
}

/// Corrects (with `new`) or voids (without) the set at `address`, and says what changed.
/// Errors are one line for stderr; exit 1.
pub(super) fn run(address: &str, new: Option<NewValues>, data: &DataDir) -> Result<(), String> {
    let address = Address::parse(address)?;
    let set = find(&address, data)?;
    let mut correction = CorrectionRecord::of(&set);
    let before = values(set.reps, set.hold_s, set.load, set.rpe, &set.unit);
    let said = match new {
        None => {
            correction.void = true;
            format!("Voided {}, {before}: it no longer counts anywhere.", named(&set))
        }
        Some(new) => {
            let hold = set.hold_s.is_some();
            if hold && new.reps.is_some() {
                return Err(format!(
                    "{} is a timed hold: correct it with --hold SECONDS",
                    named(&set)
                ));
            }
            if !hold && new.hold.is_some() {
                return Err(format!("{} is a set of reps: correct it with --reps N", named(&set)));
            }
            correction.reps = new.reps.map(Some);
            correction.hold_s = new.hold.map(Some);
            correction.load = new.load;
            correction.rpe = new.rpe.map(Some);
            let after = correction.apply(set.clone()).unwrap_or(set.clone());
            let after = values(after.reps, after.hold_s, after.load, after.rpe, &set.unit);
            if after == before {
                format!("{} already reads {before}; recorded again, nothing changes.", named(&set))
            } else {
                format!("Corrected {}: {before} → {after}.", named(&set))
            }
        }
    };
    let mut journal = Journal::open(data).map_err(|e| e.to_string())?;
    // The wall clock read safely: a clock set absurdly far ahead must not panic.
    journal
        .correct(correction, &crate::runtime::journal::system_clock())
        .map_err(|e| e.to_string())?;
    println!("{said}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_read_as_history_lists_sets() {
        let a = |text| Address::parse(text);
        let set = |exercise: &str, kind, number, side| Address {
            session: "20261127T063005-3fa91c".into(),
            exercise: exercise.into(),
            kind,
            number,
            side,
        };
        let table = [
            ("20261127T063005-3fa91c:Back squat:2", set("Back squat", SetKind::Work, 2, None)),
            (
                "20261127T063005-3fa91c:Split squat:1-LEFT",
                set("Split squat", SetKind::Work, 1, Some(Side::Left)),
            ),
            ("20261127T063005-3fa91c: Squat: warmup-3 ", set("Squat", SetKind::Warmup, 3, None)),
            // The exercise may hold a colon: the set is after the last one.
            ("20261127T063005-3fa91c:A: B:1", set("A: B", SetKind::Work, 1, None)),
        ];
        for (text, want) in table {
            assert_eq!(a(text), Ok(want), "{text}");
        }
        for bad in ["", "s", "s:x", "s:Squat:0", "s:Squat:two", ":Squat:1", "s::1", "s:Squat:1-up"]
        {
            let err = a(bad).unwrap_err();
            assert!(err.contains("SESSION:EXERCISE:SET"), "{bad}: {err}");
        }
        assert_eq!(load_arg("bodyweight"), Ok(LoadArg(None)));
        assert_eq!(load_arg("62.5"), Ok(LoadArg(Some(62.5))));
        assert!(load_arg("-5").is_err() && load_arg("NaN").is_err());
        assert!(rpe_arg("11").is_err() && rpe_arg("8.5") == Ok(8.5));
    }
}
