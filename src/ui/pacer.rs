//! The breathing pacer shared by the rest screen and `liftpace breathe`: a round shape that
//! grows on the inhale and shrinks on the exhale, drawn with quadrant blocks for half-cell
//! smoothness, and when it next changes; the phase words it may show large, and what each asks.
//! Draw and timer share one quantised size, so the timer wakes exactly when the picture moves.
//! Must never read a clock or choose the pattern.

use std::time::Duration;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::layout::{self, Part};
use super::theme::Theme;
use super::{big, font};
use crate::core::breathing::Pattern;
use crate::core::phase::PhaseKind;

/// Said small under every pacer: paced breathing must never be pushed through.
pub const DIZZY: &str = "Dizzy? Breathe normally.";

/// Every phase word a breathing pacer shows.
const WORDS: [&str; 5] = ["INHALE", "IN AGAIN", "HOLD", "EXHALE", "RECOVER"];

/// The words to size block letters by in `width` columns, so their size never jumps between
/// phases. A word too wide even for the smallest letters (RECOVER in 40 columns) is left out
/// and appears only as the plain word, rather than shrinking every other word away.
pub fn big_words(width: u16) -> Vec<&'static str> {
    WORDS.into_iter().filter(|w| font::fitting_scale(&[w], width, 1) > 0).collect()
}

/// What to do with the breath in each phase, after the plain word.
pub fn instruction(kind: PhaseKind) -> &'static str {
    match kind {
        PhaseKind::Inhale => "in through the nose",
        PhaseKind::TopUp => "a short sip more",
        // Breathing patterns never brace or pause a weight; a held breath stays soft.
        PhaseKind::Hold | PhaseKind::Pause | PhaseKind::Brace => "stay relaxed",
        PhaseKind::Exhale => "out, long and slow",
        PhaseKind::Recover => "breathe freely",
    }
}

/// The size of the shape with empty lungs, as a share of its full size, so it never vanishes.
const SMALLEST: f64 = 0.2;

/// The three parts of a full-window pacer in a stack in `body`: the phase word in block
/// letters, the shape (a third of the height where there is room, so it grows with the
/// window before the letters do, and the room left), and the plain word with what to do.
pub fn panel_parts(body: Rect) -> [Part; 3] {
    let width = body.width;
    [
        big::part(&big_words(width), width, big::Keep::two(3, 9)),
        Part::flex_from(body.height / 3, 4, 6, 5),
        Part::fixed(1),
    ]
}

/// Where the shape of a panel goes: its own part, or the word's part when the phase word is
/// too wide for block letters there, so that room is never left empty.
fn panel_shape(rects: &[Rect], word: &str) -> Rect {
    if big::fits(rects[0], word) || rects[0].is_empty() { rects[1] } else { rects[0] }
}

/// Draws a full-window pacer into the rects `stack` gave `panel_parts`: the big word, the
/// shape and "Now: WORD — what to do", or `paused_line` (in the alarm style) instead of the
/// plain line while paused.
pub fn draw_panel(
    frame: &mut Frame,
    rects: &[Rect],
    pattern: &Pattern,
    elapsed: Duration,
    paused_line: Option<&str>,
    theme: &Theme,
) {
    let Some(phase) = pattern.phase_at(elapsed) else { return };
    let (word, style) = (phase.kind.word(), theme.phase(phase.kind));
    big::draw(frame, rects[0], word, style);
    draw(frame, panel_shape(rects, word), pattern, elapsed, style);
    let width = usize::from(rects[2].width);
    let (line, line_style) = match paused_line {
        Some(paused) => (paused.to_string(), theme.alarm()),
        None => (format!("Now: {word} — {}", instruction(phase.kind)), style),
    };
    layout::draw_lines(frame, rects[2], &[layout::truncate(&line, width)], line_style);
}

/// Draws only the shape of a panel at `elapsed` (the part that moves within a phase), over
/// the last frame; returns where it drew.
pub fn draw_panel_shape(
    buf: &mut Buffer,
    rects: &[Rect],
    pattern: &Pattern,
    elapsed: Duration,
    theme: &Theme,
) -> Option<Rect> {
    let phase = pattern.phase_at(elapsed)?;
    let area = panel_shape(rects, phase.kind.word());
    layout::blank(buf, area, theme.base());
    draw_into(buf, area, pattern, elapsed, theme.phase(phase.kind));
    Some(area)
}

/// How long until a panel drawn at `elapsed` next changes by itself.
pub fn until_panel_change(
    rects: &[Rect],
    pattern: &Pattern,
    elapsed: Duration,
) -> Option<Duration> {
    let word = pattern.phase_at(elapsed).map_or("", |p| p.kind.word());
    until_next_step(panel_shape(rects, word), pattern, elapsed)
}

/// Quadrant blocks indexed by filled quarters: 1 top-left, 2 top-right, 4 bottom-left,
/// 8 bottom-right.
const QUADRANTS: [char; 16] =
    [' ', '▘', '▝', '▀', '▖', '▌', '▞', '▛', '▗', '▚', '▐', '▜', '▄', '▙', '▟', '█'];

/// The part of `area` the shape uses: as large as fits, about round on screen (a cell is
/// roughly twice as tall as it is wide), centred.
fn shape_area(area: Rect) -> Rect {
    let w = area.width.min(area.height.saturating_mul(2));
    let h = area.height.min(w.div_ceil(2));
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

/// Distinct sizes the shape can take in `area`: one per half cell of its radius.
fn sizes(area: Rect) -> u32 {
    let s = shape_area(area);
    u32::from(s.width.max(s.height)).max(1)
}

/// The lung level rounded down to a drawable size step.
fn size_step(pattern: &Pattern, area: Rect, elapsed: Duration) -> u32 {
    let n = sizes(area);
    ((pattern.level_at(elapsed).clamp(0.0, 1.0) * f64::from(n)).floor() as u32).min(n)
}

/// Draws the shape for `pattern` at `elapsed` into `area`.
pub fn draw(frame: &mut Frame, area: Rect, pattern: &Pattern, elapsed: Duration, style: Style) {
    draw_into(frame.buffer_mut(), area, pattern, elapsed, style);
}

/// [`draw`] on a buffer.
fn draw_into(buf: &mut Buffer, area: Rect, pattern: &Pattern, elapsed: Duration, style: Style) {
    let shape = shape_area(area);
    if shape.is_empty() {
        return;
    }
    let step = f64::from(size_step(pattern, area, elapsed)) / f64::from(sizes(area));
    let scale = SMALLEST + (1.0 - SMALLEST) * step;
    // Work on a grid of half cells; the ellipse fills `scale` of it each way.
    let (gw, gh) = (f64::from(shape.width) * 2.0, f64::from(shape.height) * 2.0);
    let (rx, ry) = (scale * gw / 2.0, scale * gh / 2.0);
    let inside = |gx: u16, gy: u16| {
        let dx = (f64::from(gx) + 0.5 - gw / 2.0) / rx;
        let dy = (f64::from(gy) + 0.5 - gh / 2.0) / ry;
        dx * dx + dy * dy <= 1.0
    };
    let lines: Vec<Line> = (0..shape.height)
        .map(|y| {
            let row: String = (0..shape.width)
                .map(|x| {
                    let (gx, gy) = (x * 2, y * 2);
                    let bits = usize::from(inside(gx, gy))
                        | usize::from(inside(gx + 1, gy)) << 1
                        | usize::from(inside(gx, gy + 1)) << 2
                        | usize::from(inside(gx + 1, gy + 1)) << 3;
                    QUADRANTS[bits]
                })
                .collect();
            Line::styled(row, style)
        })
        .collect();
    Paragraph::new(lines).render(shape, buf);
}

/// How long after `elapsed` the shape in `area` next changes size, or its phase ends, whichever
/// is first; `None` for a pattern with no breath (`none`). The level moves one way within a
/// phase, so the first changed step is found by bisection on the very function `draw` uses.
pub fn until_next_step(area: Rect, pattern: &Pattern, elapsed: Duration) -> Option<Duration> {
    let phase = pattern.phase_at(elapsed)?;
    let end = phase.remaining;
    if shape_area(area).is_empty() {
        return Some(end);
    }
    let now_step = size_step(pattern, area, elapsed);
    let differs =
        |wait: u64| size_step(pattern, area, elapsed + Duration::from_nanos(wait)) != now_step;
    let last = (end.as_nanos() as u64).saturating_sub(1);
    if !differs(last) {
        return Some(end);
    }
    // Invariant: the step at `lo` is unchanged, at `hi` it has changed.
    let (mut lo, mut hi) = (0u64, last);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if differs(mid) { hi = mid } else { lo = mid }
    }
    Some(Duration::from_nanos(hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_area_is_round_and_centred() {
        assert_eq!(shape_area(Rect::new(0, 0, 40, 6)), Rect::new(14, 0, 12, 6));
        assert_eq!(shape_area(Rect::new(0, 0, 0, 0)), Rect::new(0, 0, 0, 0));
    }

    #[test]
    fn next_step_lands_on_a_change() {
        let p = Pattern::built_in("box").unwrap();
        let area = Rect::new(0, 0, 20, 10);
        let t = Duration::from_millis(500);
        let wait = until_next_step(area, &p, t).unwrap();
        assert!(wait > Duration::ZERO && wait < Duration::from_millis(3500));
        assert_ne!(size_step(&p, area, t + wait), size_step(&p, area, t));
        let before = t + wait - Duration::from_nanos(1);
        assert_eq!(size_step(&p, area, before), size_step(&p, area, t));
        // A hold does not change the shape: the next change is the phase end.
        let hold = Duration::from_secs(5);
        assert_eq!(until_next_step(area, &p, hold), Some(Duration::from_secs(3)));
        assert_eq!(until_next_step(area, &Pattern::built_in("none").unwrap(), hold), None);
    }
}
