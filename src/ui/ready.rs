//! The Ready screen: what the next set is, how it is paced, the exercise's notes and what was
//! done last time, all still until the lifter is in position. Must never animate, read a clock
//! or change state.

use ratatui::Frame;

use super::describe;
use super::layout::{self, Bands, Part};
use super::theme::Theme;
use crate::core::session::Session;

/// Key hints, each with how much it matters when the row is short.
const HINTS: [(&str, u8); 3] = [("Space/Enter start", 9), ("? keys", 5), ("q quit", 7)];

/// Draws the Ready screen's body and key hints.
pub fn draw(frame: &mut Frame, bands: Bands, session: &Session, theme: &Theme) {
    let ex = session.exercise();
    let width = bands.body.width;
    let set = describe::capitalised(&describe::set_label(session, session.set()));
    let target = describe::target(session, session.set());
    let tempo = describe::tempo(ex);
    let notes = ex.notes.as_deref().map(|n| layout::wrap_at_most(n, width, 3)).unwrap_or_default();
    let last = layout::wrap_at_most(&describe::last_time(session), width, 2);
    let parts = [
        Part::fixed(1),
        Part::fixed(1),
        Part::fixed(1),
        Part::optional(u16::from(tempo.is_some()), 6),
        Part::optional(notes.len() as u16, 2),
        Part::optional(last.len() as u16, 3),
    ];
    let rects = layout::stack(bands.body, &parts);
    let name = layout::truncate(&ex.name, usize::from(width));
    layout::draw_lines(frame, rects[0], &[name], theme.title());
    layout::draw_lines(frame, rects[1], &[set], theme.text());
    layout::draw_lines(frame, rects[2], &[target], theme.figure());
    layout::draw_lines(frame, rects[3], &tempo.into_iter().collect::<Vec<_>>(), theme.text());
    layout::draw_lines(frame, rects[4], &notes, theme.secondary());
    layout::draw_lines(frame, rects[5], &last, theme.secondary());
    layout::draw_hints(frame, bands.footer, &HINTS, theme);
}
