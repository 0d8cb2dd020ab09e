//! Today's list as the ui draws it: every exercise and set of the day, each set marked done
//! (with what was logged), current, skipped, deleted or still to come, the cursor's row in
//! reverse, scrolled to keep the cursor in view; or the alternatives to swap an exercise for;
//! or the form correcting a logged set. The row words are shared with the plain lines. Must
//! never change the session.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::layout::{self, Bands};
use super::theme::Theme;
use super::{countdown, describe, log};
use crate::core::keys;
use crate::core::programme::format_number;
use crate::core::session::today::{List, Mode};
use crate::core::session::{LoggedSet, Mark, Row, Screen, Session};

/// The widest the list gets, so a row's words stay together on a wide screen.
const LIST_WIDTH: u16 = 60;

/// What was logged: "100 kg × 5", "bodyweight × 12", "45 s".
fn logged(session: &Session, set: &LoggedSet) -> String {
    let load = match set.load {
        Some(load) => format!("{} {}", format_number(load), session.programme.units.as_str()),
        None => "bodyweight".into(),
    };
    match (set.hold_s, set.reps) {
        (Some(s), _) => format!("{s} s · {load}"),
        (None, reps) => format!("{load} × {}", reps.unwrap_or(0)),
    }
}

/// The words of one row: "Back squat", "Goblet squat (instead of Back squat)", "✓ set 1/3 ·
/// 100 kg × 5 · done", "• set 2/3 · 100 kg × 5 · now", "  set 3/3 · 100 kg × 5",
/// "– set 3/3 · skipped", "✗ set 1/3 · deleted".
pub fn row_text(session: &Session, row: Row) -> String {
    match row {
        Row::Exercise(e) => {
            let name = &session.programme.days[session.day].exercises[e].name;
            match session.swapped_from(e) {
                Some(planned) => format!("{name} (instead of {planned})"),
                None => name.clone(),
            }
        }
        Row::Set(i) => {
            let set = session.plan[i];
            let label = describe::set_label(set).replacen(" of ", "/", 1);
            let planned = describe::target(session, set);
            match session.mark(i) {
                Mark::Done(l) => {
                    format!("✓ {label} · {} · done", logged(session, &session.logged[l]))
                }
                Mark::Skipped => format!("– {label} · skipped"),
                Mark::Deleted => format!("✗ {label} · deleted"),
                Mark::ToDo if i == session.current => format!("• {label} · {planned} · now"),
                Mark::ToDo => format!("  {label} · {planned}"),
            }
        }
    }
}

/// What the workout is doing under the list: "Resting: 0:42 left", "Paused", ...
fn underneath(session: &Session, now: Duration) -> String {
    match session.screen {
        Screen::Rest { since, length } => {
            let left = countdown::shown((since + length).saturating_sub(now));
            format!("resting, {} left", describe::clock(left))
        }
        Screen::Pacing { .. } => "set paused".into(),
        Screen::Log { .. } => "set to log".into(),
        Screen::Summary { .. } => "workout over".into(),
        Screen::Ready | Screen::GetReady { .. } => "ready".into(),
    }
}

/// The first row shown so that `cursor` is in view among `rows` rows in `height` lines,
/// with some of what surrounds it.
fn scrolled(cursor: usize, rows: usize, height: usize) -> usize {
    if rows <= height || height == 0 {
        return 0;
    }
    cursor.saturating_sub(height / 2).min(rows - height)
}

/// Draws the list (or the swap or correction under way) over the workout's body.
pub fn draw(
    frame: &mut Frame,
    bands: Bands,
    session: &Session,
    list: &List,
    now: Duration,
    theme: &Theme,
) {
    let body = bands.body;
    let width = LIST_WIDTH.min(body.width);
    let area = Rect::new(body.x + (body.width - width) / 2, body.y, width, body.height);
    let note_rows = u16::from(list.note.is_some());
    let heading = Rect { height: 1.min(area.height), ..area };
    let rows_area =
        Rect { y: area.y + 1, height: area.height.saturating_sub(1 + note_rows), ..area };
    if let Some(note) = &list.note {
        let at = Rect { y: area.bottom().saturating_sub(1), height: 1, ..area };
        let style = if note.starts_with("NOT SAVED") { theme.alarm() } else { theme.secondary() };
        layout::draw_lines(frame, at, &[layout::truncate(note, width.into())], style);
    }
    match &list.mode {
        Mode::Rows => {
            let title = format!("Today's list · {}", underneath(session, now));
            let title = layout::truncate(&title, width.into());
            frame.render_widget(Paragraph::new(title).style(theme.title()), heading);
            let rows = session.rows();
            let height = usize::from(rows_area.height);
            let first = scrolled(list.cursor, rows.len(), height);
            let lines: Vec<Line> = rows
                .iter()
                .enumerate()
                .skip(first)
                .take(height)
                .map(|(k, row)| {
                    let focused = k == list.cursor;
                    let marker = if focused { "▶ " } else { "  " };
                    let indent = if matches!(row, Row::Set(_)) { "  " } else { "" };
                    let text = format!("{marker}{indent}{}", row_text(session, *row));
                    let text = layout::truncate(&text, width.into());
                    let style = match (focused, row) {
                        (true, _) => theme.focus(),
                        (false, Row::Exercise(_)) => theme.title(),
                        (false, Row::Set(_)) => theme.text(),
                    };
                    Line::styled(text, style)
                })
                .collect();
            frame.render_widget(Paragraph::new(lines), rows_area);
        }
        Mode::Swap { exercise, choices, cursor } => {
            let name = &session.programme.days[session.day].exercises[*exercise].name;
            let title = layout::truncate(&format!("Swap {name} for"), width.into());
            frame.render_widget(Paragraph::new(title).style(theme.title()), heading);
            let lines: Vec<Line> = choices
                .iter()
                .enumerate()
                .map(|(k, choice)| {
                    let focused = k == *cursor;
                    let text = format!("{}{choice}", if focused { "▶ " } else { "  " });
                    let text = layout::truncate(&text, width.into());
                    Line::styled(text, if focused { theme.focus() } else { theme.text() })
                })
                .collect();
            frame.render_widget(Paragraph::new(lines), rows_area);
        }
        Mode::Correct { set, form } => {
            let planned = session.plan[*set];
            let name = &session.exercise_of(planned).name;
            let title = format!("Correct {} — {name}", describe::set_label(planned));
            let title = layout::truncate(&title, width.into());
            frame.render_widget(Paragraph::new(title).style(theme.title()), heading);
            let unit = session.programme.units.as_str();
            let mut lines: Vec<Line> =
                log::FIELDS.iter().map(|f| log::field_line(form, *f, unit, None, theme)).collect();
            if let Some(error) = &form.error {
                for line in layout::wrap(error, width) {
                    lines.push(Line::styled(line, theme.alarm()));
                }
            }
            frame.render_widget(Paragraph::new(lines), rows_area);
        }
    }
    if let Some(table) = session.list_keymap() {
        layout::draw_hints(frame, bands.footer, &keys::hints(table), theme);
    }
}

/// When the list's picture next changes by itself: each second of a rest under it.
pub fn until_change(session: &Session, now: Duration) -> Option<Duration> {
    let Screen::Rest { since, length } = session.screen else { return None };
    countdown::until_change((since + length).saturating_sub(now))
}

/// The list in one plain line: where the cursor is, what just happened, and the way to the
/// keys (said in full by `?`, not on every move).
pub fn say(session: &Session, list: &List) -> String {
    let what = match &list.mode {
        Mode::Rows => {
            let rows = session.rows();
            let row = rows.get(list.cursor).map(|r| row_text(session, *r)).unwrap_or_default();
            let exercise = match rows.get(list.cursor) {
                Some(Row::Set(i)) => format!("{}, ", session.exercise_of(session.plan[*i]).name),
                _ => String::new(),
            };
            let row = row.trim_start_matches(['✓', '–', '✗', '•', ' ']);
            format!("Today's list, {} of {}: {exercise}{row}.", list.cursor + 1, rows.len())
        }
        Mode::Swap { exercise, choices, cursor } => {
            let name = &session.programme.days[session.day].exercises[*exercise].name;
            format!("Swap {name} for {} ({} of {}).", choices[*cursor], cursor + 1, choices.len())
        }
        Mode::Correct { form, .. } => {
            let load = if form.load.is_empty() { "bodyweight" } else { form.load.as_str() };
            let error = form.error.as_deref().map(|e| format!(" {e}")).unwrap_or_default();
            let rpe = if form.rpe.is_empty() { "none" } else { form.rpe.as_str() };
            format!(
                "Correct the set: {}, load {load}, RPE {rpe}.{error} Tab moves, Enter saves.",
                form.amount
            )
        }
    };
    let note = list.note.as_deref().map(|n| format!(" {n}")).unwrap_or_default();
    format!("{what}{note} ↑/↓ move, ? keys, Esc back.")
}
