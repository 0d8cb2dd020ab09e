//! `liftpace progress` for people: a table of the weeks (sessions against the plan, sets per
//! muscle group, mood and breathing beside them), the streak, and a few lines per exercise.
//! Only lays out what the core worked out; must never decide anything.

use std::fmt::Write;

use super::minutes;
use crate::core::guideline;
use crate::core::programme::format_number;
use crate::core::progress::{ExerciseProgress, Progress, spark};

/// Column heads for the seven groups, in `Muscle::ALL` order, short enough for 80 columns.
const GROUP_HEADS: [&str; 7] = ["legs", "hips", "back", "abs", "chest", "shldr", "arms"];

/// The whole report. `all_exercises` lists exercises even when not done in the weeks shown
/// (when the lifter named one).
pub(super) fn report(progress: &Progress, all_exercises: bool) -> String {
    let mut out = String::new();
    weeks(&mut out, progress);
    let shown: Vec<&ExerciseProgress> =
        progress.exercises.iter().filter(|e| all_exercises || !e.volume.is_empty()).collect();
    for e in &shown {
        exercise(&mut out, e);
    }
    let hidden = progress.exercises.len() - shown.len();
    if hidden > 0 {
        let s = if hidden == 1 { "" } else { "s" };
        let _ = writeln!(
            out,
            "\n{hidden} more exercise{s} not done in these weeks (--weeks N shows more)."
        );
    }
    out
}

fn weeks(out: &mut String, progress: &Progress) {
    let first = progress.weeks.first().map(|w| w.week.to_string()).unwrap_or_default();
    let _ =
        writeln!(out, "Weeks {first} to {} (sets of 8-12 per muscle group)\n", week_of(progress));
    let _ = write!(out, "{:<9} {:>8}", "week", "sessions");
    for head in GROUP_HEADS {
        let _ = write!(out, " {head:>5}");
    }
    let _ = writeln!(out, "  {:<4} {:>4} {:>9}", "met", "mood", "breathing");
    for w in &progress.weeks {
        let sessions = format!("{} of {}", w.sessions, w.planned);
        let _ = write!(out, "{:<9} {sessions:>8}", w.week.to_string());
        for n in w.sets_by_group {
            let _ = write!(out, " {n:>5}");
        }
        let met = if w.met { "yes" } else { "-" };
        let mood = w.mood.map_or("-".to_string(), format_number);
        let breathing = match w.breathing_seconds {
            0 => "-".to_string(),
            s => format!("{} min", format_number(minutes(s))),
        };
        let _ = writeln!(out, "  {met:<4} {mood:>4} {breathing:>9}");
    }
    let weeks = match progress.streak_weeks {
        1 => "1 week".to_string(),
        n => format!("{n} weeks"),
    };
    let _ = writeln!(
        out,
        "\nStreak: {weeks} in a row of {}+ sessions with every group given {}+ sets.",
        guideline::MIN_DAYS,
        guideline::MIN_SETS
    );
}

fn week_of(progress: &Progress) -> String {
    progress.weeks.last().map(|w| w.week.to_string()).unwrap_or_default()
}

fn exercise(out: &mut String, e: &ExerciseProgress) {
    let unit = &e.unit;
    let _ = writeln!(out, "\n{} ({unit})", e.name);
    match e.best {
        Some(best) => {
            let _ = writeln!(
                out,
                "  estimated max  {} {unit}, from {} {unit} × {} on {}",
                format_number(best.e1rm),
                format_number(best.load),
                best.reps,
                best.date
            );
        }
        None => {
            let _ = writeln!(out, "  no estimated max (no loaded sets of 12 reps or fewer)");
        }
    }
    if let (Some(first), Some(last)) = (e.e1rm.first(), e.e1rm.last()) {
        let values: Vec<f64> = e.e1rm.iter().map(|(_, v)| *v).collect();
        let _ = writeln!(
            out,
            "  over time      {} {} → {} {unit} ({} to {})",
            spark(&values),
            format_number(first.1),
            format_number(last.1),
            first.0,
            last.0
        );
    }
    if !e.rep_records.is_empty() {
        let records: Vec<String> = e
            .rep_records
            .iter()
            .map(|(reps, load)| format!("{reps} × {}", format_number(*load)))
            .collect();
        let _ = writeln!(out, "  rep records    {} ({unit})", records.join(", "));
    }
    if let Some(last) = e.volume.last() {
        let values: Vec<f64> = e.volume.iter().map(|(_, v)| *v).collect();
        let _ = writeln!(
            out,
            "  volume/week    {} {} {unit} in {}",
            spark(&values),
            format_number(last.1),
            last.0
        );
    }
    if let (Some(first), Some(last)) = (e.rpe.first(), e.rpe.last()) {
        let _ = writeln!(
            out,
            "  RPE/week       {} → {} ({} to {})",
            format_number(first.1),
            format_number(last.1),
            first.0,
            last.0
        );
    }
}
