//! The horizontal bar that fills (or drains) over a span of time with eighth-cell steps, and
//! when it next moves. Both answers come from the same integer arithmetic, so the frame timer
//! wakes exactly when a step appears. Must never read a clock or decide what the span is.

use std::time::Duration;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// Sub-cell steps in one cell: the eighth blocks.
const STEPS_PER_CELL: u64 = 8;

/// The bar moves at most this often: 30 steps a second read as smooth motion, and redrawing
/// at 60 cost twice the CPU for no visible gain. Phase ends are not held back by this: the
/// callers wake for them exactly.
const SMOOTH_STEP: Duration = Duration::from_nanos(1_000_000_000 / 30);

/// Left-aligned partial blocks, indexed by eighths filled.
const PARTIAL: [&str; 8] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// How far through a span of time the bar is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Time gone in the span.
    pub elapsed: Duration,
    /// The whole span.
    pub length: Duration,
    /// The bar empties instead of filling (time left rather than time done).
    pub draining: bool,
}

/// Cells between the two end caps.
fn track(area: Rect) -> u64 {
    u64::from(area.width.saturating_sub(2))
}

/// Steps done by `p.elapsed` out of `total`, rounded down so a step shows the instant it is
/// reached.
fn steps_done(p: Progress, total: u64) -> u64 {
    let length = p.length.as_nanos();
    if length == 0 {
        return total;
    }
    let done = p.elapsed.as_nanos().min(length) * u128::from(total) / length;
    done as u64
}

/// Steps of the track shown filled.
pub fn filled_steps(area: Rect, p: Progress) -> u64 {
    let total = track(area) * STEPS_PER_CELL;
    let done = steps_done(p, total);
    if p.draining { total - done } else { done }
}

/// How long after `p.elapsed` the bar in `area` next moves; `None` when it is full (or empty)
/// for good or has no room to draw.
pub fn until_next_step(area: Rect, p: Progress) -> Option<Duration> {
    let total = track(area) * STEPS_PER_CELL;
    if total == 0 || area.height == 0 {
        return None;
    }
    let done = steps_done(p, total);
    if done >= total {
        return None;
    }
    // The first instant at which `steps_done` reaches done + 1, rounding up.
    let length = p.length.as_nanos();
    let total = u128::from(total);
    let at = (u128::from(done + 1) * length).div_ceil(total);
    let wait = at.saturating_sub(p.elapsed.as_nanos());
    Some(Duration::from_nanos(wait as u64).max(SMOOTH_STEP))
}

/// Draws the bar over the whole of `area` (every row alike), with end caps so the track's
/// length shows without colour.
pub fn draw(frame: &mut Frame, area: Rect, p: Progress, fill: Style) {
    draw_into(frame.buffer_mut(), area, p, fill);
}

/// [`draw`] on a buffer, for the parts of a frame drawn on their own. Sets every cell of
/// `area`, so nothing of an earlier bar is left.
pub fn draw_into(buf: &mut Buffer, area: Rect, p: Progress, fill: Style) {
    if area.width < 3 || area.height == 0 {
        return;
    }
    let steps = filled_steps(area, p);
    let full = (steps / STEPS_PER_CELL) as u16;
    let part = (steps % STEPS_PER_CELL) as usize;
    // Cells are set directly: this runs on every frame while pacing, and a Paragraph would
    // segment and measure each of the bar's characters every time.
    for y in area.top()..area.bottom() {
        buf[(area.left(), y)].set_symbol("▕");
        buf[(area.right() - 1, y)].set_symbol("▏");
        for (i, x) in (area.left() + 1..area.right() - 1).enumerate() {
            let symbol = match (i as u16).cmp(&full) {
                std::cmp::Ordering::Less => "█",
                std::cmp::Ordering::Equal => PARTIAL[part],
                std::cmp::Ordering::Greater => " ",
            };
            let cell = &mut buf[(x, y)];
            cell.set_symbol(symbol);
            cell.set_style(fill);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ms: u64, draining: bool) -> Progress {
        Progress { elapsed: Duration::from_millis(ms), length: Duration::from_secs(3), draining }
    }

    #[test]
    fn steps_and_next_step_agree() {
        // 10 columns: 8 track cells, 64 steps over 3 s.
        let area = Rect::new(0, 0, 10, 1);
        assert_eq!(filled_steps(area, at(0, false)), 0);
        let wait = until_next_step(area, at(0, false)).unwrap();
        assert_eq!(wait, Duration::from_nanos(46_875_000));
        let next = Progress { elapsed: wait, ..at(0, false) };
        assert_eq!(filled_steps(area, next), 1);
        let just_before = Progress { elapsed: wait - Duration::from_nanos(1), ..next };
        assert_eq!(filled_steps(area, just_before), 0);
        assert_eq!(filled_steps(area, at(3000, false)), 64);
        assert_eq!(until_next_step(area, at(3000, false)), None);
    }

    #[test]
    fn draining_starts_full() {
        let area = Rect::new(0, 0, 10, 1);
        assert_eq!(filled_steps(area, at(0, true)), 64);
        assert_eq!(filled_steps(area, at(1500, true)), 32);
        assert_eq!(until_next_step(Rect::new(0, 0, 2, 1), at(0, true)), None);
    }
}
