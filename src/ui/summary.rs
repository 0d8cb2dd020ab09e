//! The Summary screen after the last set: time taken, work sets logged (warm-ups named apart),
//! the volume of the work sets, this week's sessions against the plan, each exercise done,
//! skipped or swapped ("Goblet squat instead of Back squat"), the session's records, each
//! exercise against last time, where the results were saved, and at its foot the one-line
//! wellbeing line (not medical advice; where to turn if the day is hard). Must never read a
//! clock or touch the results file; the path is given.

use std::time::Duration;

use ratatui::Frame;

use super::describe;
use super::layout::{self, Bands, Part};
use super::theme::Theme;
use crate::core::safety::WELLBEING_LINE;
use crate::core::session::today::ExerciseReport;
use crate::core::session::{Session, records};

/// "Sets logged  12", with "(and 4 warm-ups)" when there were any: they were done, but they
/// are not work sets and count in no figure.
fn sets_logged(session: &Session) -> String {
    let (work, warmups) = session.sets_logged();
    match warmups {
        0 => format!("Sets logged  {work}"),
        1 => format!("Sets logged  {work} (and 1 warm-up)"),
        n => format!("Sets logged  {work} (and {n} warm-ups)"),
    }
}

/// The exercises in one line of counts: "Exercises 2 done, 1 skipped, 1 swapped".
fn digest(reports: &[ExerciseReport]) -> String {
    let done = reports.iter().filter(|r| r.done > 0).count();
    let skipped = reports.iter().filter(|r| r.done == 0 && r.skipped > 0).count();
    let swapped = reports.iter().filter(|r| r.instead_of.is_some()).count();
    let mut said = vec![format!("{done} done")];
    if skipped > 0 {
        said.push(format!("{skipped} skipped"));
    }
    if swapped > 0 {
        said.push(format!("{swapped} swapped"));
    }
    format!("Exercises {}", said.join(", "))
}

/// Draws the summary of a session that ended at `ended`, saved to `results_path`.
pub fn draw(
    frame: &mut Frame,
    bands: Bands,
    session: &Session,
    ended: Duration,
    results_path: &str,
    theme: &Theme,
) {
    let width = bands.body.width;
    let saved = layout::wrap_at_most(&format!("Saved to {results_path}"), width, 3);
    let records: Vec<String> = session
        .records
        .found
        .iter()
        .map(|(name, record)| format!("Record: {name} {}", records::describe(record)))
        .flat_map(|line| layout::wrap(&line, width))
        .collect();
    let compared: Vec<String> =
        session.against_last_time().iter().map(|(name, said)| format!("{name} {said}")).collect();
    let compared = if compared.is_empty() {
        Vec::new()
    } else {
        layout::wrap_at_most(&format!("Since last time: {}", compared.join(" · ")), width, 3)
    };
    // Each exercise with what became of it: done, skipped, or swapped for another; in one
    // line of counts when the window is short.
    let reports = session.exercise_reports();
    let exercises: Vec<String> =
        reports.iter().flat_map(|report| layout::wrap(&report.to_string(), width)).collect();
    // One calm line at the foot, never dropped: the workout is done, this is no medical advice,
    // and help is there if the day is not. A narrow window breaks it at its middle dot.
    let wellbeing = layout::wrap(WELLBEING_LINE, width);
    let parts = [
        Part::fixed(1),
        // The header names the day already, so on a short window this line makes room first
        // for a record.
        Part::optional(1, 5),
        Part::fixed(4),
        // Below a record: the list gives way to its counts, then the counts go.
        Part::choices(vec![(exercises.len() as u16, 4), (1, 5), (0, layout::ESSENTIAL)]),
        Part::optional(records.len() as u16, 6),
        Part::optional(compared.len() as u16, 4),
        Part::optional(saved.len() as u16, 5),
        Part::fixed(wellbeing.len() as u16),
    ];
    let r = layout::stack(bands.body, &parts);
    layout::draw_lines(frame, r[0], &["Workout complete".to_string()], theme.title());
    let day = layout::truncate(&describe::day_and_programme(session), width.into());
    layout::draw_lines(frame, r[1], &[day], theme.text());
    let (spent, resumed) = session.time_spent(ended);
    let time = if resumed { "Time active " } else { "Time taken  " };
    let figures = [
        format!("{time} {}", describe::clock(spent)),
        sets_logged(session),
        format!("Volume       {}", describe::volume(session)),
        format!(
            "This week    {} of {} sessions",
            session.sessions_this_week + 1,
            session.programme.sessions_per_week
        ),
    ];
    // Padded alike so the centred lines keep their columns aligned.
    let longest = figures.iter().map(|f| f.chars().count()).max().unwrap_or(0);
    let figures = figures.map(|f| format!("{f:<longest$}"));
    layout::draw_lines(frame, r[2], &figures, theme.figure());
    if usize::from(r[3].height) >= exercises.len() {
        layout::draw_lines(frame, r[3], &exercises, theme.text());
    } else {
        let digest = layout::truncate(&digest(&reports), width.into());
        layout::draw_lines(frame, r[3], &[digest], theme.text());
    }
    layout::draw_lines(frame, r[4], &records, theme.title());
    layout::draw_lines(frame, r[5], &compared, theme.text());
    layout::draw_lines(frame, r[6], &saved, theme.text());
    layout::draw_lines(frame, r[7], &wellbeing, theme.secondary());
}
