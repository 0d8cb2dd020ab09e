//! The `liftpace breathe --find` screen: the pacer at each rate in turn with the time left at
//! it, then the comfort question, then the rate found, said plainly to be a comfort estimate
//! without a heart-rate sensor. Must never read a clock or change state.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::layout::{self, Bands, Part};
use super::theme::Theme;
use super::{countdown, describe, pacer};
use crate::core::breathing::find::{self, Find, RATES, STEP, Stage};

/// Said wherever the result is: there is no sensor, so this is how it felt, not how the heart
/// responded.
const ESTIMATE: &str = "Without a heart-rate sensor this is a comfort estimate, not a measurement.";

fn rate(r: f64) -> String {
    format!("{r} breaths a minute")
}

/// Draws the finder at `now`.
pub fn draw(frame: &mut Frame, bands: Bands, finder: &Find, now: Duration, theme: &Theme) {
    let step = format!("rate {} of {}", finder.step + 1, RATES.len());
    layout::draw_header(frame, bands.header, "Finding your resonance rate", &step, theme);
    match finder.stage {
        Stage::Breathing => draw_breathing(frame, bands, finder, now, theme),
        Stage::Rating => {
            let asked = format!("How comfortable was {}?", rate(RATES[finder.step]));
            let scale = "1 strained · 2 · 3 · 4 · 5 easy and smooth".to_string();
            draw_text(frame, bands.body, &[asked, String::new(), scale], theme);
            layout::draw_hints(frame, bands.footer, &[("1-5 rate", 9), ("q stop here", 8)], theme);
        }
        Stage::Done => {
            let found = match find::best(&finder.ratings) {
                Some(best) => {
                    format!("Most comfortable: {}. Rests and breathe now use it.", rate(best))
                }
                None => "No rate was rated, so nothing changed.".to_string(),
            };
            let rated: Vec<String> =
                RATES.iter().zip(&finder.ratings).map(|(r, c)| format!("{r}/min: {c}")).collect();
            let lines = [found, rated.join(" · "), String::new(), ESTIMATE.to_string()];
            draw_text(frame, bands.body, &lines, theme);
            layout::draw_hints(frame, bands.footer, &[("Enter/q leave", 9)], theme);
        }
    }
}

/// Centred paragraphs, each wrapped to the body's width.
fn draw_text(frame: &mut Frame, body: Rect, paragraphs: &[String], theme: &Theme) {
    let lines: Vec<String> = paragraphs.iter().flat_map(|p| layout::wrap(p, body.width)).collect();
    let r = layout::stack(body, &[Part::fixed(lines.len() as u16)]);
    layout::draw_lines(frame, r[0], &lines, theme.text());
}

/// The pacer panel and the line saying the rate and the time left at it.
fn areas(body: Rect) -> [Rect; 4] {
    let [word, shape, now] = pacer::panel_parts(body.width);
    let r = layout::stack(body, &[word, shape, now, Part::fixed(1)]);
    [r[0], r[1], r[2], r[3]]
}

fn draw_breathing(frame: &mut Frame, bands: Bands, finder: &Find, now: Duration, theme: &Theme) {
    let a = areas(bands.body);
    let paused = finder.clock.paused_at.is_some();
    let elapsed = finder.elapsed(now);
    let pattern = finder.pattern();
    let paused_line = paused.then_some("PAUSED — Space resumes");
    pacer::draw_panel(frame, &a[..3], &pattern, elapsed, paused_line, theme);
    let left = describe::clock(countdown::shown(STEP - elapsed));
    let line = format!("{} · {left} left", rate(RATES[finder.step]));
    layout::draw_lines(frame, a[3], &[line], theme.figure());
    let space = if paused { "Space resume" } else { "Space pause" };
    layout::draw_hints(frame, bands.footer, &[(space, 9), ("q stop", 8)], theme);
}

/// How long after `now` the finder's screen next changes by itself; `None` unless breathing.
pub fn until_change(body: Rect, finder: &Find, now: Duration) -> Option<Duration> {
    finder.deadline()?;
    let elapsed = finder.elapsed(now);
    let a = areas(body);
    let second = countdown::until_change(STEP - elapsed);
    let breath = pacer::until_panel_change(&a[..3], &finder.pattern(), elapsed);
    [second, breath].into_iter().flatten().min()
}
