//! The Rest screen: the breathing pacer (RECOVER first, then the pattern's big phase words and
//! a shape that grows on the inhale and shrinks on the exhale), the rest time left, what comes
//! next, and a small "Dizzy? Breathe normally.". With the `none` pattern, only the countdown.
//! Must never read a clock or change state.

use std::time::Duration;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::layout::{self, Bands, Part};
use super::theme::Theme;
use super::{big, countdown, describe, pacer};
use crate::core::session::Session;

/// Where each part of the rest screen goes; parts a `none` pattern lacks are empty.
struct Areas {
    /// The pacer panel: big word, shape, plain line.
    panel: [Rect; 3],
    figure: Rect,
    left: Rect,
    next: Rect,
    pattern: Rect,
    dizzy: Rect,
}

fn areas(body: Rect, session: &Session, length: Duration, next: &[String]) -> Areas {
    let breathing = !session.rest_breathing().steps.is_empty();
    let pacer_part = |part: Part| if breathing { part } else { Part::fixed(0) };
    let widest = describe::clock(countdown::shown(length));
    let [word, shape, now] = pacer::panel_parts(body).map(pacer_part);
    let parts = [
        word,
        shape,
        now,
        // The countdown is what a lifter on the bench looks for: in a short window it keeps
        // its half-height digits before the phase word does.
        big::part(&[&widest], body.width, big::Keep { extra: 2, full: 6, half: 10 }),
        Part::fixed(1),
        // What comes next stays before the phase word keeps its full size.
        Part::optional(next.len() as u16, 10),
        pacer_part(Part::optional(1, 1)),
        // Paced breathing must never be pushed through: said at every size.
        pacer_part(Part::optional(1, 10)),
    ];
    let r = layout::stack(body, &parts);
    Areas {
        panel: [r[0], r[1], r[2]],
        figure: r[3],
        left: r[4],
        next: r[5],
        pattern: r[6],
        dizzy: r[7],
    }
}

/// What comes next, on one line in a short window (so the countdown, the phase and the
/// dizzy line keep their room), on two where there is room.
fn next_lines(session: &Session, body: Rect) -> Vec<String> {
    let most = if body.height <= SHORT { 1 } else { 2 };
    layout::wrap_at_most(&describe::next_up(session), body.width, most)
}

/// A body this short (a 12-row window) has room for one line of what comes next.
const SHORT: u16 = 10;

/// Draws the rest, `elapsed` into a rest of `length`.
pub fn draw(
    frame: &mut Frame,
    bands: Bands,
    session: &Session,
    elapsed: Duration,
    length: Duration,
    theme: &Theme,
) {
    let next = next_lines(session, bands.body);
    let a = areas(bands.body, session, length, &next);
    let width = usize::from(bands.body.width);
    let pattern = session.rest_breathing();
    if !pattern.steps.is_empty() {
        pacer::draw_panel(frame, &a.panel, pattern, elapsed, None, theme);
        let name = format!("breathing: {}", pattern.name);
        layout::draw_lines(frame, a.pattern, &[layout::truncate(&name, width)], theme.secondary());
        layout::draw_lines(frame, a.dizzy, &[pacer::DIZZY.to_string()], theme.secondary());
    }
    draw_time(frame.buffer_mut(), &a, elapsed, length, theme);
    layout::draw_lines(frame, a.next, &next, theme.text());
}

/// The time left in block letters and in words.
fn draw_time(buf: &mut Buffer, a: &Areas, elapsed: Duration, length: Duration, theme: &Theme) {
    let left = describe::clock(countdown::shown(length.saturating_sub(elapsed)));
    big::draw_into(buf, a.figure, &left, theme.figure());
    layout::draw_lines_into(buf, a.left, &[format!("Rest: {left} left")], theme.figure());
}

/// Draws only what moves within a breath over the last frame: the shape, the countdown and
/// its line. Returns where it drew.
pub fn draw_moving(
    buf: &mut Buffer,
    body: Rect,
    session: &Session,
    elapsed: Duration,
    length: Duration,
    theme: &Theme,
) -> Vec<Rect> {
    let next = next_lines(session, body);
    let a = areas(body, session, length, &next);
    let mut drawn = vec![a.figure, a.left];
    for rect in &drawn {
        layout::blank(buf, *rect, theme.base());
    }
    draw_time(buf, &a, elapsed, length, theme);
    let shape = pacer::draw_panel_shape(buf, &a.panel, session.rest_breathing(), elapsed, theme);
    drawn.extend(shape);
    drawn
}

/// How long until the rest picture next changes: the next second of the countdown, the
/// shape's next size or the next breath phase.
pub fn until_change(
    body: Rect,
    session: &Session,
    elapsed: Duration,
    length: Duration,
) -> Option<Duration> {
    let next = next_lines(session, body);
    let a = areas(body, session, length, &next);
    let second = countdown::until_change(length.saturating_sub(elapsed));
    let breath = pacer::until_panel_change(&a.panel, session.rest_breathing(), elapsed);
    [second, breath].into_iter().flatten().min()
}
