//! The `liftpace breathe` screen: the pacer full window (the phase word large, a shape that
//! grows and shrinks with the breath, the plain word), time left and breaths done, a small
//! "Dizzy? Breathe normally.", and at the end what was done. Must never read a clock or
//! change state.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::layout::{self, Bands, Part};
use super::theme::Theme;
use super::{Draw, View, countdown, describe, pacer};
use crate::core::breathing::keymap::Paced;
use crate::core::breathing::practice::{Practice, Stage};
use crate::core::keys;

/// The pacer panel, the line of time left and breaths, and the dizzy line.
fn areas(body: Rect) -> [Rect; 5] {
    let [word, shape, now] = pacer::panel_parts(body);
    let parts = [word, shape, now, Part::fixed(1), Part::optional(1, 6)];
    let r = layout::stack(body, &parts);
    [r[0], r[1], r[2], r[3], r[4]]
}

/// "3:12 left · 14 breaths".
fn status(practice: &Practice, now: Duration) -> String {
    let elapsed = practice.elapsed(now);
    let left = describe::clock(countdown::shown(practice.length - elapsed));
    format!("{left} left · {}", breaths(practice.pattern.breaths_done(elapsed)))
}

/// "1 breath", "7 breaths".
fn breaths(n: u32) -> String {
    if n == 1 { "1 breath".into() } else { format!("{n} breaths") }
}

/// How a breathing screen draws all but its footer.
pub(super) type Body<S> = fn(&mut Frame, Bands, &S, Duration, &Theme);

/// Draws a breathing screen (the session or the finder): `body` draws it, its keys' hints go
/// in the footer.
pub(super) fn framed<S: Paced>(
    frame: &mut Frame,
    screen: &S,
    now: Duration,
    view: &View,
    body: Body<S>,
) {
    let bands = layout::bands(frame.area());
    body(frame, bands, screen, now, &view.theme);
    layout::draw_hints(frame, bands.footer, &keys::hints(screen.keymap()), &view.theme);
}

impl Draw for Practice {
    fn draw(&self, frame: &mut Frame, now: Duration, view: &View) {
        framed(frame, self, now, view, draw);
    }

    fn until_change(&self, now: Duration, area: Rect) -> Option<Duration> {
        until_change(layout::bands(area).body, self, now)
    }
}

/// Draws the breathing session at `now`, all but the footer.
fn draw(frame: &mut Frame, bands: Bands, practice: &Practice, now: Duration, theme: &Theme) {
    let title = format!("Breathing · {}", practice.pattern.name);
    let length = format!("{} min", practice.length.as_secs() / 60);
    layout::draw_header(frame, bands.header, &title, &length, theme);
    if let Stage::Done { completed } = practice.stage {
        draw_done(frame, bands, practice, completed, theme);
        return;
    }
    let a = areas(bands.body);
    let paused = practice.clock.paused_at.is_some();
    let paused_line = paused.then_some("PAUSED — Space resumes");
    let elapsed = practice.elapsed(now);
    pacer::draw_panel(frame, &a[..3], &practice.pattern, elapsed, paused_line, theme);
    layout::draw_lines(frame, a[3], &[status(practice, now)], theme.figure());
    layout::draw_lines(frame, a[4], &[pacer::DIZZY.to_string()], theme.secondary());
}

fn draw_done(frame: &mut Frame, bands: Bands, practice: &Practice, completed: bool, theme: &Theme) {
    let Some(done) = &practice.done else { return };
    let title = if completed { "Breathing done" } else { "Ended early" };
    let seconds = Duration::from_secs(done.seconds.into());
    let figures =
        format!("{} of {} · {}", describe::clock(seconds), done.pattern, breaths(done.breaths));
    let (saved, saved_style) = match &practice.save_error {
        Some(why) => (format!("NOT SAVED: {why}"), theme.alarm()),
        None if done.seconds > 0 => ("Saved with your workouts.".to_string(), theme.text()),
        None => ("Nothing to save.".to_string(), theme.text()),
    };
    let saved = layout::wrap_at_most(&saved, bands.body.width, 4);
    let parts = [Part::fixed(1), Part::fixed(1), Part::fixed(saved.len() as u16)];
    let r = layout::stack(bands.body, &parts);
    let width = usize::from(bands.body.width);
    layout::draw_lines(frame, r[0], &[title.to_string()], theme.title());
    layout::draw_lines(frame, r[1], &[layout::truncate(&figures, width)], theme.figure());
    layout::draw_lines(frame, r[2], &saved, saved_style);
}

/// How long after `now` the breathing screen next changes by itself: the shape's next size,
/// the next phase, or the next second of time left; `None` when paused or over.
fn until_change(body: Rect, practice: &Practice, now: Duration) -> Option<Duration> {
    if !practice.running() {
        return None;
    }
    let a = areas(body);
    let elapsed = practice.elapsed(now);
    let second = countdown::until_change(practice.length - elapsed);
    let breath = pacer::until_panel_change(&a[..3], &practice.pattern, elapsed);
    [second, breath].into_iter().flatten().min()
}
