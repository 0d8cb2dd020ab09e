//! The Progress screen: a heat map of the last 16 weeks (sessions against the plan, full when
//! the guideline was met), this week's sets per muscle group against the guideline's 2,
//! sessions beside mood and breathing minutes for the recent weeks, and one exercise at a
//! time: its estimated max as a sparkline, rep records, volume and RPE per week. Works from
//! 40x12 by dropping the least important parts. Must never change the screen's state.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Sparkline;

use super::layout::{self, Part};
use super::{Draw, View};
use crate::core::guideline;
use crate::core::keys;
use crate::core::programme::Muscle;
use crate::core::progress::{ExerciseProgress, KEYS, Progress, ProgressScreen, WeekSummary, spark};
use crate::core::words::format_number;

/// One cell of the heat map: nothing, some sessions, the plan's sessions, the guideline met.
fn cell(week: &WeekSummary) -> char {
    match (week.met, week.sessions) {
        (true, _) => '█',
        (false, 0) => '·',
        (false, n) if n >= week.planned => '▓',
        (false, _) => '░',
    }
}

fn heat_map(progress: &Progress) -> Vec<String> {
    let cells: String = progress.weeks.iter().flat_map(|w| [cell(w), ' ']).collect();
    let weeks = match progress.streak_weeks {
        1 => "1 week".to_string(),
        n => format!("{n} weeks"),
    };
    vec![format!("Weeks {}", cells.trim_end()), format!("█ met ▓ plan ░ some · streak {weeks}")]
}

/// This week's sets per group, each with a bar to the guideline's 2.
fn groups(progress: &Progress, width: u16) -> Vec<String> {
    let Some(week) = progress.weeks.last() else { return Vec::new() };
    let min = guideline::MIN_SETS as usize;
    let tokens: Vec<String> = Muscle::ALL
        .iter()
        .zip(week.sets_by_group)
        .map(|(muscle, n)| {
            let done = (n as usize).min(min);
            let bar = format!("{}{}", "█".repeat(done), "░".repeat(min - done));
            format!("{} {bar}{n}", short(*muscle))
        })
        .collect();
    layout::wrap(&format!("This week {}", tokens.join(" ")), width)
}

fn short(muscle: Muscle) -> &'static str {
    match muscle {
        Muscle::Abdomen => "abs",
        Muscle::Shoulders => "shldr",
        other => other.as_str(),
    }
}

/// Sessions against the plan beside mood and breathing, newest week first.
fn recent(progress: &Progress) -> Vec<String> {
    let rows = progress.weeks.iter().rev().map(|w| {
        let (_, number) = w.week.year_and_number();
        let mood = w.mood.map_or("-".to_string(), format_number);
        let breathing =
            format!("{} min", format_number((w.breathing_seconds as f64 / 60.0).round()));
        let sessions = format!("{} of {}", w.sessions, w.planned);
        format!("{:<5}{sessions:<10}{mood:<6}{breathing}", format!("W{number:02}"))
    });
    let head = format!("{:<5}{:<10}{:<6}{}", "week", "sessions", "mood", "breathing");
    std::iter::once(head).chain(rows).collect()
}

fn exercise_lines(e: &ExerciseProgress, width: u16) -> (String, Vec<String>) {
    let unit = &e.unit;
    let max = match e.best {
        Some(b) => format!(
            "est. max {} {unit} ({} × {}, {})",
            format_number(b.e1rm),
            format_number(b.load),
            b.reps,
            b.date
        ),
        None => "no estimated max (bodyweight or holds)".to_string(),
    };
    let mut lines = Vec::new();
    if !e.rep_records.is_empty() {
        let records: Vec<String> = e
            .rep_records
            .iter()
            .map(|(reps, load)| format!("{reps}×{}", format_number(*load)))
            .collect();
        lines.extend(layout::wrap_at_most(&format!("Rep records {}", records.join(" ")), width, 2));
    }
    if let Some(last) = e.volume.last() {
        let values: Vec<f64> = e.volume.iter().map(|(_, v)| *v).collect();
        lines.push(format!("Volume/wk {} {} {unit}", spark(&values), format_number(last.1)));
    }
    if let (Some(first), Some(last)) = (e.rpe.first(), e.rpe.last()) {
        let values: Vec<f64> = e.rpe.iter().map(|(_, v)| *v).collect();
        lines.push(format!(
            "RPE/wk {} {} → {}",
            spark(&values),
            format_number(first.1),
            format_number(last.1)
        ));
    }
    (max, lines)
}

/// The estimates as whole tenths above a floor just under the lowest, so the sparkline shows
/// the change rather than the size.
fn sparkline_data(e: &ExerciseProgress) -> Vec<u64> {
    let lo = e.e1rm.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min);
    e.e1rm.iter().map(|(_, v)| ((v - lo) * 10.0).round() as u64 + 1).collect()
}

impl Draw for ProgressScreen {
    fn draw(&self, frame: &mut Frame, _now: Duration, view: &View) {
        let theme = &view.theme;
        let bands = layout::bands(frame.area());
        let width = bands.body.width;
        let progress = &self.progress;
        let this = progress.weeks.last().map(|w| w.week.to_string()).unwrap_or_default();
        layout::draw_header(frame, bands.header, "Progress", &this, theme);
        let heat = heat_map(progress);
        let groups = groups(progress, width);
        let recent = recent(progress);
        let title = match self.exercise() {
            Some(e) => layout::truncate(
                &format!("{} ({}) · {} of {}", e.name, e.unit, self.selected + 1, self.exercises()),
                width.into(),
            ),
            None => self.nothing_shown().to_string(),
        };
        let (max, lines) = self.exercise().map(|e| exercise_lines(e, width)).unwrap_or_default();
        let chart_rows = if self.exercise().is_some_and(|e| !e.e1rm.is_empty()) { 3 } else { 0 };
        let parts = [
            Part::fixed(2),
            Part::optional(groups.len() as u16, 8),
            Part::choices(vec![(5, 3), (3, 3), (0, layout::ESSENTIAL)]),
            Part::fixed(1),
            Part::optional(u16::from(self.exercise().is_some()), 7),
            Part::choices(vec![(chart_rows, 4), (chart_rows.min(1), 6), (0, layout::ESSENTIAL)]),
            Part::optional(lines.len() as u16, 5),
        ];
        let r = layout::stack(bands.body, &parts);
        left(frame, r[0], &heat, theme.text());
        left(frame, r[1], &groups, theme.figure());
        let shown: Vec<String> = recent.into_iter().take(usize::from(r[2].height)).collect();
        left(frame, r[2], &shown, theme.secondary());
        left(frame, r[3], &[title], theme.title());
        left(frame, r[4], &[max], theme.text());
        if let Some(e) = self.exercise()
            && r[5].height > 0
        {
            let data = sparkline_data(e);
            // The newest estimates, as many as there are columns.
            let from = data.len().saturating_sub(usize::from(r[5].width));
            frame.render_widget(
                Sparkline::default().data(&data[from..]).style(theme.figure()),
                r[5],
            );
        }
        left(frame, r[6], &lines, theme.text());
        layout::draw_hints(frame, bands.footer, &keys::hints(KEYS), theme);
    }
}

/// Draws `lines` from the left edge of `area`, one a row.
fn left(frame: &mut Frame, area: Rect, lines: &[String], style: ratatui::style::Style) {
    let lines: Vec<ratatui::text::Line> = lines
        .iter()
        .map(|l| ratatui::text::Line::raw(layout::truncate(l, area.width.into())))
        .collect();
    frame.render_widget(ratatui::widgets::Paragraph::new(lines).style(style), area);
}
