//! Advice for the guideline's gaps, in words a lifter can act on: which day to change, which
//! library exercise to add there, and how many sets. Must only describe; never alters the
//! programme or decides whether a group meets the guideline (the report does that).

use super::{GroupReport, MIN_DAYS, MIN_SETS, REPS, Rotation, Suggestion, counts};
use crate::core::library::{Equipment, Library};
use crate::core::programme::{Exercise, Muscle, Programme, Target, format_number};

/// Advice about the whole programme: with fewer than two sessions a week no group can be
/// trained on two days, whatever the days hold.
pub(super) fn for_programme(sessions: u32) -> Vec<Suggestion> {
    if sessions >= MIN_DAYS {
        return Vec::new();
    }
    let text = format!(
        "{} a week cannot train any group on {MIN_DAYS} days — set sessions_per_week = \
         {MIN_DAYS} or more",
        plural(f64::from(sessions), "session")
    );
    vec![Suggestion { muscle: None, text }]
}

/// Writes the advice for one programme, reusing what it learnt about the programme's kit.
pub(super) struct Adviser<'a> {
    programme: &'a Programme,
    library: &'a Library,
    /// The kit the programme mostly uses, so a home programme is not told to add a barbell lift.
    equipment: Option<Equipment>,
}

impl<'a> Adviser<'a> {
    pub(super) fn new(programme: &'a Programme, library: &'a Library) -> Adviser<'a> {
        let used: Vec<Equipment> = all_exercises(programme)
            .filter_map(|ex| library.lookup(&ex.name).map(|info| info.equipment))
            .collect();
        let mut equipment = None;
        let mut most = 0;
        for kind in Equipment::ALL {
            let n = used.iter().filter(|&&e| e == kind).count();
            if n > most {
                (equipment, most) = (Some(kind), n);
            }
        }
        Adviser { programme, library, equipment }
    }

    /// What to change so `group` meets the guideline; `sets_by_day` are its counting sets on
    /// each day. `None` when no change of days can help (the programme-wide advice covers it).
    pub(super) fn advise(
        &self,
        group: &GroupReport,
        sets_by_day: &[u32],
        rotation: Rotation,
    ) -> Option<Suggestion> {
        if rotation.sessions == 0 || sets_by_day.is_empty() {
            return None;
        }
        let sets: u64 = sets_by_day.iter().map(|&n| u64::from(n)).sum();
        let trained = sets_by_day.iter().filter(|&&n| n > 0).count() as u64;
        // Untrained days are added in rotation order until the group is on enough days.
        let mut targets: Vec<usize> = (0..sets_by_day.len())
            .filter(|&i| sets_by_day[i] == 0)
            .scan(trained, |days, i| {
                let short = !rotation.reaches(*days, MIN_DAYS);
                *days += 1;
                short.then_some(i)
            })
            .collect();
        if targets.is_empty() {
            if rotation.reaches(sets, MIN_SETS) {
                return None;
            }
            targets.extend(sets_by_day.iter().position(|&n| n > 0));
        }
        let missing =
            (u64::from(MIN_SETS) * rotation.days).saturating_sub(sets * rotation.sessions);
        let per_day = missing.div_ceil(targets.len() as u64 * rotation.sessions).max(1);

        let name = group.muscle.as_str();
        // A gap that comes from rep ranges is closed first by changing the reps or adding a
        // back-off set to a lift already there; a new exercise comes after.
        let reps = self.uncounted(group.muscle).map(|ex| {
            format!(
                "{} is {}: change reps to {lo}-{hi}, or add a back-off set of {lo}-{hi} after it; \
                 or",
                ex.name,
                describe(ex.target),
                lo = REPS.start(),
                hi = REPS.end()
            )
        });
        let (problem, detail) = if sets > 0 && !rotation.reaches(trained, MIN_DAYS) {
            (plural(group.days_per_week, "day") + " a week", reps)
        } else if sets > 0 {
            (plural(group.sets_per_week, "set") + " a week", reps)
        } else if reps.is_some() {
            (format!("{}-{} reps needed", REPS.start(), REPS.end()), reps)
        } else {
            ("no sets".to_string(), None)
        };
        let action = format!(
            "add {} {name} exercise{} to {}{}, {} of {}-{}{}",
            article(name),
            self.examples(group.muscle, &targets),
            days_list(self.programme, &targets),
            if trained > 0 { " too" } else { "" },
            if per_day == 1 { "a set".to_string() } else { format!("{per_day} sets") },
            REPS.start(),
            REPS.end(),
            if targets.len() > 1 { " each" } else { "" },
        );
        let text = match detail {
            Some(detail) => format!("{name}: {problem} — {detail} {action}"),
            None => format!("{name}: {problem} — {action}"),
        };
        Some(Suggestion { muscle: Some(group.muscle), text })
    }

    /// The first exercise done for reps that trains `muscle` but whose sets do not count: its
    /// reps could be changed, or a back-off set added. Holds have no reps to change.
    fn uncounted(&self, muscle: Muscle) -> Option<&'a Exercise> {
        all_exercises(self.programme).find(|ex| {
            ex.muscles.contains(&muscle)
                && matches!(ex.target, Target::Reps(_))
                && !counts(ex.target)
        })
    }

    /// " such as X or Y": library exercises for `muscle` not already on the target days.
    fn examples(&self, muscle: Muscle, targets: &[usize]) -> String {
        let present: Vec<&str> = targets
            .iter()
            .flat_map(|&i| &self.programme.days[i].exercises)
            .map(|ex| self.library.lookup(&ex.name).map_or(ex.name.as_str(), |i| i.name.as_str()))
            .collect();
        let picks: Vec<&str> = self
            .library
            .suggest_for_muscle(muscle, self.equipment)
            .into_iter()
            .map(|info| info.name.as_str())
            .filter(|name| !present.contains(name))
            .take(2)
            .collect();
        if picks.is_empty() { String::new() } else { format!(" such as {}", picks.join(" or ")) }
    }
}

fn all_exercises(programme: &Programme) -> impl Iterator<Item = &Exercise> {
    programme.days.iter().flat_map(|day| &day.exercises)
}

/// "5 reps", "15-20 reps", "max reps", "a 30s hold".
fn describe(target: Target) -> String {
    match target {
        Target::Reps(reps) => format!("{reps} reps"),
        Target::Hold(_) => format!("a {target} hold"),
    }
}

/// "day B", "day A and day B", "day A, day B and day C".
fn days_list(programme: &Programme, targets: &[usize]) -> String {
    let names: Vec<String> =
        targets.iter().map(|&i| format!("day {}", programme.days[i].name)).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => names.concat(),
    }
}

/// "1 day", "1.5 days", "0 sets".
fn plural(n: f64, word: &str) -> String {
    let s = if n == 1.0 { "" } else { "s" };
    format!("{} {word}{s}", format_number(n))
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" }
}
