//! The home screen: the programmes found, the selected one marked with `▶` and reverse video,
//! which day of each is next, and entries that do not load flagged "has errors". Must never
//! load programmes or change the selection; it only shows the `Home` it is given.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::layout::{self, Bands};
use super::theme::Theme;
use super::{Draw, View};
use crate::core::home::{Home, HomeEntry, KEYS};
use crate::core::keys;

/// Rows one entry takes, with the gap after it.
const ENTRY_ROWS: u16 = 3;

/// The two lines of one entry.
fn entry_lines(
    entry: &HomeEntry,
    selected: bool,
    width: usize,
    theme: &Theme,
) -> [Line<'static>; 2] {
    let marker = if selected { "▶" } else { " " };
    let status = match (&entry.error, &entry.next_day) {
        (Some(error), _) => format!("has errors · {} · {error}", entry.origin),
        (None, Some(day)) => format!("next: day {day} · {} · {}", entry.origin, entry.summary),
        (None, None) => format!("{} · {}", entry.origin, entry.summary),
    };
    let first = layout::truncate(&format!("{marker} {}", entry.title), width);
    let second = layout::truncate(&format!("  {status}"), width);
    let style = if selected { theme.focus() } else { theme.text() };
    let second_style = if selected { style } else { theme.secondary() };
    [Line::styled(first, style), Line::styled(second, second_style)]
}

/// Draws the home screen into `bands`.
fn draw(frame: &mut Frame, bands: Bands, home: &Home, theme: &Theme) {
    let count = format!("{} programmes", home.entries.len());
    layout::draw_header(frame, bands.header, "liftpace", &count, theme);
    let body = bands.body;
    // The message is why Enter or `b` did nothing (who holds the lock, say): wrapped, not cut.
    let message = home.message.as_ref().map(|m| layout::wrap_at_most(m, body.width, 4));
    let message_rows = message.as_ref().map_or(0, |lines| lines.len() as u16 + 1);
    let list =
        Rect::new(body.x, body.y + 1, body.width, body.height.saturating_sub(1 + message_rows));
    let visible = usize::from((list.height / ENTRY_ROWS).max(1));
    // Scroll just enough to keep the selection in view.
    let first = home.selected.saturating_sub(visible - 1);
    let width = usize::from(body.width);
    let mut lines = Vec::new();
    for (i, entry) in home.entries.iter().enumerate().skip(first).take(visible) {
        lines.extend(entry_lines(entry, i == home.selected, width, theme));
        lines.push(Line::raw(""));
    }
    if home.entries.is_empty() {
        lines.push(Line::raw("No programmes found. Put a .toml file in your programs folder."));
    }
    frame.render_widget(Paragraph::new(lines), list);
    if let Some(message) = &message {
        let rows = message.len() as u16;
        let at = Rect::new(body.x, list.bottom() + 1, body.width, rows).intersection(body);
        layout::draw_lines(frame, at, message, theme.alarm());
    }
    layout::draw_hints(frame, bands.footer, &keys::hints(KEYS), theme);
}

impl Draw for Home {
    fn draw(&self, frame: &mut Frame, _now: Duration, view: &View) {
        draw(frame, layout::bands(frame.area()), self, &view.theme);
    }
}
