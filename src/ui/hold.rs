//! The pacing screen for a timed hold (a plank): the seconds left in block letters, a bar
//! draining over the hold, and a steady breathing cue. Never the word HOLD, which means a
//! held breath, and never the INHALE/EXHALE phase words: a plank is breathed through, not
//! paced breath by breath. Must never read a clock or change state.

use std::time::Duration;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::bar::{self, Progress};
use super::layout::{self, Bands, ESSENTIAL, Part};
use super::pacing::{self, Details};
use super::theme::Theme;
use super::{big, countdown};
use crate::core::phase::PhaseKind;
use crate::core::session::{Clock, Session};

/// The plain line's words for what to do: keep still and keep breathing.
const NOW: &str = "keep breathing";
const CUE: &str = "breathe steadily: in through the nose, out through the mouth";

/// Where each part of the hold screen goes.
struct Areas {
    figure: Rect,
    now: Rect,
    bar: Rect,
    cue: Rect,
    details: [Rect; 3],
}

fn areas(body: Rect, length: Duration, details: [Part; 3], cue_rows: usize) -> Areas {
    let widest = countdown::shown(length).as_secs().to_string();
    let [exercise, target, notes] = details;
    let parts = [
        big::part(&[&widest, "PAUSED"], body.width, big::Keep::two(3, 9)),
        Part::fixed(1),
        Part::choices(vec![(3, 4), (1, ESSENTIAL)]),
        Part::optional(cue_rows as u16, 7),
        exercise,
        target,
        notes,
    ];
    let r = layout::stack(body, &parts);
    Areas { figure: r[0], now: r[1], bar: r[2], cue: r[3], details: [r[4], r[5], r[6]] }
}

fn progress(clock: Clock, length: Duration, now: Duration) -> Progress {
    Progress { elapsed: clock.elapsed(now).min(length), length, draining: true }
}

/// Draws the hold of `length` at `now`.
pub fn draw(
    frame: &mut Frame,
    bands: Bands,
    session: &Session,
    clock: Clock,
    length: Duration,
    now: Duration,
    theme: &Theme,
) {
    let width = bands.body.width;
    let cue = layout::wrap_at_most(CUE, width, 2);
    let details = Details::of(session, width);
    let a = areas(bands.body, length, details.parts(), cue.len());
    draw_time(frame.buffer_mut(), &a, clock, length, now, theme);
    layout::draw_lines(frame, a.cue, &cue, theme.text());
    details.draw(frame, &a.details, theme);
}

/// Draws only what moves in a hold over the last frame: the seconds, their line and the bar.
/// Returns where it drew.
pub fn draw_moving(
    buf: &mut Buffer,
    body: Rect,
    session: &Session,
    clock: Clock,
    length: Duration,
    now: Duration,
    theme: &Theme,
) -> Vec<Rect> {
    let cue_rows = layout::rows_at_most(CUE, body.width, 2);
    let a = areas(body, length, Details::parts_of(session, body.width), cue_rows);
    for rect in [a.figure, a.now] {
        layout::blank(buf, rect, theme.base());
    }
    draw_time(buf, &a, clock, length, now, theme);
    vec![a.figure, a.now, pacing::centred_bar(a.bar)]
}

/// The seconds left in block letters, the plain line and the draining bar.
fn draw_time(
    buf: &mut Buffer,
    a: &Areas,
    clock: Clock,
    length: Duration,
    now: Duration,
    theme: &Theme,
) {
    let width = a.now.width;
    let p = progress(clock, length, now);
    let seconds = countdown::shown(length - p.elapsed).as_secs();
    let paused = clock.paused_at.is_some();
    // The bar is drawn calm, in the colour of the exhale: nothing here asks for a held breath.
    let style = theme.phase(PhaseKind::Exhale);
    let (figure, figure_style, line, line_style) = if paused {
        let line = format!("PAUSED — {seconds} s left · Space resumes");
        ("PAUSED".to_string(), theme.alarm(), line, theme.alarm())
    } else {
        (seconds.to_string(), theme.figure(), format!("Now: {NOW} — {seconds} s left"), style)
    };
    big::draw_into(buf, a.figure, &figure, figure_style);
    layout::draw_lines_into(buf, a.now, &[layout::truncate(&line, width.into())], line_style);
    bar::draw_into(buf, pacing::centred_bar(a.bar), p, style);
}

/// How long after `now` the hold picture next changes: the bar's next step or the next second.
pub fn until_change(
    body: Rect,
    session: &Session,
    clock: Clock,
    length: Duration,
    now: Duration,
) -> Option<Duration> {
    let cue_rows = layout::rows_at_most(CUE, body.width, 2);
    let a = areas(body, length, Details::parts_of(session, body.width), cue_rows);
    let p = progress(clock, length, now);
    let second = countdown::until_change(length - p.elapsed);
    let step = bar::until_next_step(pacing::centred_bar(a.bar), p);
    [second, step].into_iter().flatten().min()
}
