//! The Get ready screen: a big countdown (3, 2, 1) while the lifter gets into position, with
//! the exercise named. Must never read a clock or change state; the time left is given.

use std::time::Duration;

use ratatui::Frame;

use super::layout::{self, Bands, Part};
use super::theme::Theme;
use super::{big, countdown, describe};
use crate::core::session::Session;

/// Draws the countdown with `left` to go.
pub fn draw(frame: &mut Frame, bands: Bands, session: &Session, left: Duration, theme: &Theme) {
    let ex = session.exercise();
    let width = bands.body.width;
    let seconds = countdown::shown(left).as_secs().to_string();
    let parts = [
        big::part(&[&seconds], width, big::Keep::two(4, 9)),
        Part::fixed(1),
        Part::fixed(1),
        Part::optional(1, 3),
    ];
    let rects = layout::stack(bands.body, &parts);
    big::draw(frame, rects[0], &seconds, theme.figure());
    let name = layout::truncate(&ex.name, usize::from(width));
    layout::draw_lines(frame, rects[1], &[name], theme.title());
    let starting = format!("Starting in {seconds} — get into position");
    layout::draw_lines(frame, rects[2], &[layout::truncate(&starting, width.into())], theme.text());
    let set = describe::capitalised(&describe::set_label(session.current_set()));
    layout::draw_lines(frame, rects[3], &[set], theme.text());
}
