//! The `liftpace breathe --find` screen: the pacer at each rate in turn with the time left at
//! it, then the comfort question, then the rate found, said plainly to be a comfort estimate
//! without a heart-rate sensor. Must never read a clock or change state.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::layout::{self, Bands, Part};
use super::theme::Theme;
use super::{Draw, View, countdown, describe, pacer};
use crate::core::app::Screen;
use crate::core::breathing::find::{self, Find, RATES, STEP, Stage};

/// Said wherever the result is: there is no sensor, so this is how it felt, not how the heart
/// responded.
const ESTIMATE: &str = "Without a heart-rate sensor this is a comfort estimate, not a measurement.";

fn rate(r: f64) -> String {
    format!("{r} breaths a minute")
}

impl Draw for Find {
    fn draw(&self, frame: &mut Frame, now: Duration, view: &View) {
        super::breathe::framed(frame, self, now, view, draw);
    }

    fn until_change(&self, now: Duration, area: Rect) -> Option<Duration> {
        until_change(layout::bands(area).body, self, now)
    }
}

/// Draws the finder at `now`, all but the footer.
fn draw(frame: &mut Frame, bands: Bands, finder: &Find, now: Duration, theme: &Theme) {
    let step = format!("rate {} of {}", finder.step + 1, RATES.len());
    layout::draw_header(frame, bands.header, "Finding your resonance rate", &step, theme);
    match finder.stage {
        Stage::Breathing => draw_breathing(frame, bands, finder, now, theme),
        Stage::Rating => {
            let asked = format!("How comfortable was {}?", rate(RATES[finder.step]));
            let scale = "1 strained · 2 · 3 · 4 · 5 easy and smooth".to_string();
            draw_text(frame, bands.body, &[asked, String::new(), scale], theme);
        }
        Stage::Done => {
            let found = match (find::best(&finder.ratings), &finder.save_error) {
                (Some(best), None) => {
                    format!("Most comfortable: {}. Saved: rests and breathe use it.", rate(best))
                }
                (Some(best), Some(why)) => {
                    format!("Most comfortable: {}. NOT SAVED: {why}", rate(best))
                }
                (None, _) => "No rate was rated, so nothing changed.".to_string(),
            };
            let rated: Vec<String> =
                RATES.iter().zip(&finder.ratings).map(|(r, c)| format!("{r}/min: {c}")).collect();
            let lines = [found, rated.join(" · "), String::new(), ESTIMATE.to_string()];
            draw_text(frame, bands.body, &lines, theme);
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
    let [word, shape, now] = pacer::panel_parts(body);
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
}

/// How long after `now` the finder's screen next changes by itself; `None` unless breathing.
fn until_change(body: Rect, finder: &Find, now: Duration) -> Option<Duration> {
    finder.deadline()?;
    let elapsed = finder.elapsed(now);
    let a = areas(body);
    let second = countdown::until_change(STEP - elapsed);
    let breath = pacer::until_panel_change(&a[..3], &finder.pattern(), elapsed);
    [second, breath].into_iter().flatten().min()
}
