//! Block-letter text as a part of a screen: the heights it may take in a stack (bigger when
//! there is room, nothing when even the smallest does not fit) and drawing it centred at the
//! size its rect was given. Must never choose the words.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::font;
use super::layout::{ESSENTIAL, Part};

/// The largest scale worth using: beyond this the words stop fitting anything else.
const MAX_SCALE: u16 = 3;

/// Stack options for block text wide enough for each of `texts` (every text the part may show
/// while the screen is up, so the size does not jump between them): each scale from the
/// largest that fits `width` down to 1, the larger ones costing `keep_extra` to give up and
/// scale 1 costing `keep`, then nothing (the caller's plain line carries the words).
pub fn part(texts: &[&str], width: u16, keep_extra: u8, keep: u8) -> Part {
    let top = font::fitting_scale(texts, width, MAX_SCALE);
    let mut options: Vec<(u16, u8)> = (1..=top)
        .rev()
        .map(|s| (font::HEIGHT * s, if s > 1 { keep_extra } else { keep }))
        .collect();
    options.push((0, ESSENTIAL));
    Part::choices(options)
}

/// Whether `text` fits `area` in block letters at the scale its height gives.
pub fn fits(area: Rect, text: &str) -> bool {
    let scale = area.height / font::HEIGHT;
    scale > 0
        && font::width(text)
            .is_some_and(|w| u32::from(w) * u32::from(scale) <= u32::from(area.width))
}

/// Draws `text` in block letters centred in `area`, at the largest scale the area's height
/// allows; nothing when it has no room.
pub fn draw(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    if !fits(area, text) {
        return;
    }
    let scale = area.height / font::HEIGHT;
    let rows = font::render(text, scale);
    let top = (area.height - font::HEIGHT * scale) / 2;
    let area = Rect::new(area.x, area.y + top, area.width, font::HEIGHT * scale);
    let buf = frame.buffer_mut();
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
