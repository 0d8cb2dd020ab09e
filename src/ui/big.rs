//! Block-letter text as a part of a screen: the heights it may take in a stack (bigger when
//! there is room, half height in a short window, nothing when even that does not fit) and
//! drawing it centred at the size its rect was given. Must never choose the words.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::font;
use super::layout::{ESSENTIAL, Part};

/// The largest scale worth using: beyond this the words stop fitting anything else.
const MAX_SCALE: u16 = 3;

/// What giving up each size of block text costs a stack: a scale above 1, scale 1 (five
/// rows), and half height (three rows; below it the caller's plain line carries the words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keep {
    /// Stepping down from a scale above 1.
    pub extra: u8,
    /// Stepping down from scale 1 to half height.
    pub full: u8,
    /// Giving up the half-height letters.
    pub half: u8,
}

impl Keep {
    /// The same cost for scale 1 and half height.
    pub const fn two(extra: u8, keep: u8) -> Keep {
        Keep { extra, full: keep, half: keep }
    }
}

/// Stack options for block text wide enough for each of `texts` (every text the part may show
/// while the screen is up, so the size does not jump between them): each scale from the
/// largest that fits `width` down to 1, then half height, then nothing.
pub fn part(texts: &[&str], width: u16, keep: Keep) -> Part {
    part_up_to(texts, width, keep, MAX_SCALE)
}

/// [`part`] no larger than `max_scale`, for figures that share the screen with much else.
pub fn part_up_to(texts: &[&str], width: u16, keep: Keep, max_scale: u16) -> Part {
    let top = font::fitting_scale(texts, width, max_scale.min(MAX_SCALE));
    let mut options: Vec<(u16, u8)> = (1..=top)
        .rev()
        .map(|s| (font::HEIGHT * s, if s > 1 { keep.extra } else { keep.full }))
        .collect();
    if top > 0 {
        options.push((font::HALF_HEIGHT, keep.half));
    }
    options.push((0, ESSENTIAL));
    Part::choices(options)
}

/// The rows `text` takes in `area`: whole scales, or half height; `None` when it does not fit.
fn size(area: Rect, text: &str) -> Option<Size> {
    let width = u32::from(font::width(text)?);
    let size = match area.height / font::HEIGHT {
        0 if area.height >= font::HALF_HEIGHT => Size::Half,
        0 => return None,
        scale => Size::Scale(scale),
    };
    let scale = match size {
        Size::Half => 1,
        Size::Scale(s) => u32::from(s),
    };
    (width * scale <= u32::from(area.width)).then_some(size)
}

/// How large block text is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Size {
    /// Scale 1 squeezed into three rows.
    Half,
    /// Each font cell this many columns wide and rows high.
    Scale(u16),
}

/// Whether `text` fits `area` in block letters at the size its height gives.
pub fn fits(area: Rect, text: &str) -> bool {
    size(area, text).is_some()
}

/// Draws `text` in block letters centred in `area`, at the largest size the area's height
/// allows; nothing when it has no room.
pub fn draw(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    draw_into(frame.buffer_mut(), area, text, style);
}

/// [`draw`] on a buffer, for the parts of a frame drawn on their own.
pub fn draw_into(buf: &mut Buffer, area: Rect, text: &str, style: Style) {
    let Some(size) = size(area, text) else { return };
    let rows = match size {
        Size::Half => font::render_half(text),
        Size::Scale(scale) => font::render(text, scale),
    };
    let height = rows.len() as u16;
    let top = (area.height - height) / 2;
    let area = Rect::new(area.x, area.y + top, area.width, height);
    // Only the glyphs' own cells are set, one by one: a Paragraph (or styling the whole area)
    // would touch every cell of the block on every frame, which was most of the CPU spent
    // while pacing.
    for (row, y) in rows.iter().zip(area.y..area.bottom()) {
        let width = row.chars().count() as u16;
        let left = area.x + area.width.saturating_sub(width) / 2;
        for (c, x) in row.chars().zip(left..area.right()) {
            if c != ' ' {
                buf[(x, y)].set_char(c).set_style(style);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_step_down_to_half_height_then_nothing() {
        assert_eq!(size(Rect::new(0, 0, 46, 10), "3/12"), Some(Size::Scale(2)));
        assert_eq!(size(Rect::new(0, 0, 45, 10), "3/12"), None, "too wide at scale 2");
        assert_eq!(size(Rect::new(0, 0, 40, 4), "3/12"), Some(Size::Half));
        assert_eq!(size(Rect::new(0, 0, 40, 2), "3/12"), None);
        assert_eq!(size(Rect::new(0, 0, 10, 5), "3/12"), None, "too wide");
        let keep = Keep { extra: 1, full: 2, half: 3 };
        let heights = |w| part(&["12/12"], w, keep);
        assert_eq!(heights(78), Part::choices(vec![(10, 1), (5, 2), (3, 3), (0, ESSENTIAL)]));
        assert_eq!(heights(20), Part::choices(vec![(0, ESSENTIAL)]));
    }
}
