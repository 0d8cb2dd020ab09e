//! Where things go: the frame every screen shares (a header row, a body, a row of key hints),
//! the too-small message, and the vertical stack that drops the least important parts first
//! when the window is short. Pure geometry shared by drawing and by the frame timer, so both
//! agree on every size; must never draw phase content or read state.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::theme::Theme;

/// The smallest window the screens are designed for.
pub const MIN_WIDTH: u16 = 40;
/// The smallest window the screens are designed for.
pub const MIN_HEIGHT: u16 = 12;

/// Whether `area` is below the designed minimum.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Says the window is too small, centred, in whatever room there is.
pub fn draw_too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = format!("Window too small — make it at least {MIN_WIDTH} × {MIN_HEIGHT}");
    let rows = wrap(&text, area.width).len() as u16;
    let y = area.y + area.height.saturating_sub(rows) / 2;
    let body = Rect::new(area.x, y, area.width, area.height.min(rows));
    let p = Paragraph::new(text).style(theme.title()).alignment(Alignment::Center);
    frame.render_widget(p.wrap(Wrap { trim: true }), body);
}

/// The three bands of a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bands {
    /// One row: where we are.
    pub header: Rect,
    /// Everything else.
    pub body: Rect,
    /// One row: the keys.
    pub footer: Rect,
}

/// Splits a screen (at least the minimum size) into header, body and footer, one column in
/// from each side so text never touches the terminal's edge.
pub fn bands(area: Rect) -> Bands {
    let inner = Rect::new(area.x + 1, area.y, area.width.saturating_sub(2), area.height);
    let row = |y| Rect::new(inner.x, y, inner.width, 1.min(inner.height));
    Bands {
        header: row(inner.y),
        body: Rect::new(inner.x, inner.y + 1, inner.width, inner.height.saturating_sub(2)),
        footer: row(inner.bottom().saturating_sub(1)),
    }
}

/// Draws the header: `left` (truncated if need be) and `right` when both fit.
pub fn draw_header(frame: &mut Frame, area: Rect, left: &str, right: &str, theme: &Theme) {
    let width = usize::from(area.width);
    let right_w = Span::raw(right).width();
    // The right side stays while the left keeps a dozen columns; the left is cut to make room.
    let show_right = right_w + 2 + 12 <= width;
    let room = if show_right { width - right_w - 2 } else { width };
    let left = truncate(left, room);
    let left_w = Span::raw(left.as_str()).width();
    let mut spans = vec![Span::styled(left, theme.title())];
    if show_right {
        spans.push(Span::raw(" ".repeat(width - left_w - right_w)));
        spans.push(Span::styled(right, theme.text()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Draws the key hints, dropping the least important ones until the rest fit. Each hint comes
/// with how much it matters; they stay in the order given.
pub fn draw_hints(frame: &mut Frame, area: Rect, hints: &[(&str, u8)], theme: &Theme) {
    let mut kept: Vec<(&str, u8)> = hints.to_vec();
    let width = |k: &[(&str, u8)]| {
        k.iter().map(|(h, _)| Span::raw(*h).width()).sum::<usize>() + 3 * k.len().saturating_sub(1)
    };
    while width(&kept) > usize::from(area.width) && !kept.is_empty() {
        let least = (0..kept.len()).rev().min_by_key(|&i| kept[i].1).unwrap_or(0);
        kept.remove(least);
    }
    let text: Vec<&str> = kept.iter().map(|(h, _)| *h).collect();
    let p = Paragraph::new(text.join(" · ")).style(theme.hint()).alignment(Alignment::Center);
    frame.render_widget(p, area);
}

/// `text` cut to `width` columns, ending in `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if Span::raw(text).width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if Span::raw(format!("{out}{c}…")).width() > width {
            break;
        }
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `text` broken into lines of at most `width` columns at spaces (a word longer than a line,
/// like a path, is broken where the line ends), so the stack knows how many rows a paragraph
/// needs before it is drawn.
pub fn wrap(text: &str, width: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    let fits = |s: &str| Span::raw(s).width() <= width;
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if fits(&candidate) {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if !fits(&line) {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// How many rows [`wrap_at_most`] gives, without writing them when one row holds it all.
pub fn rows_at_most(text: &str, width: u16, max: usize) -> usize {
    if Span::raw(text).width() <= usize::from(width.max(1)) {
        return 1;
    }
    wrap(text, width).len().min(max)
}

/// `text` wrapped to `width`, at most `max` lines, the last one ending in `…` when cut.
pub fn wrap_at_most(text: &str, width: u16, max: usize) -> Vec<String> {
    let mut lines = wrap(text, width);
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            *last = truncate(&format!("{last} …"), usize::from(width));
        }
    }
    lines
}

/// Draws `lines` centred in `area`, one a row.
pub fn draw_lines(frame: &mut Frame, area: Rect, lines: &[String], style: Style) {
    draw_lines_into(frame.buffer_mut(), area, lines, style);
}

/// [`draw_lines`] on a buffer, for the parts of a frame drawn on their own.
pub fn draw_lines_into(buf: &mut Buffer, area: Rect, lines: &[String], style: Style) {
    let lines: Vec<Line> = lines.iter().map(|l| Line::raw(l.as_str())).collect();
    Paragraph::new(lines).style(style).alignment(Alignment::Center).render(area, buf);
}

/// Empties `area` to the screen's `base` style, as a new frame starts, so a part drawn on its
/// own over the last frame leaves nothing of what was there.
pub fn blank(buf: &mut Buffer, area: Rect, base: Style) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].reset();
            buf[(x, y)].set_style(base);
        }
    }
}

/// One part of a vertical stack: the heights it can take, best first, each with how much the
/// screen would lose by stepping down from it (the last option is never given up).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    options: Vec<(u16, u8)>,
    flex: bool,
}

/// How much a part matters; parts with a lower value shrink or go first.
pub const ESSENTIAL: u8 = u8::MAX;

impl Part {
    /// A part that is always there.
    pub fn fixed(height: u16) -> Self {
        Part { options: vec![(height, ESSENTIAL)], flex: false }
    }

    /// A part dropped when the room is needed for something that matters more than `keep`.
    pub fn optional(height: u16, keep: u8) -> Self {
        Part { options: vec![(height, keep), (0, ESSENTIAL)], flex: false }
    }

    /// A part with several heights, best first, each with what giving it up costs.
    pub fn choices(options: Vec<(u16, u8)>) -> Self {
        Part { options, flex: false }
    }

    /// A part that asks for `rows` (giving them up costs `keep_rows`), then makes do with
    /// `min` (costing `keep`), and takes any room left over.
    pub fn flex_from(rows: u16, keep_rows: u8, min: u16, keep: u8) -> Self {
        let mut options = vec![(min, keep), (0, ESSENTIAL)];
        if rows > min {
            options.insert(0, (rows, keep_rows));
        }
        Part { options, flex: true }
    }
}

/// Stacks `parts` top to bottom in `area`. While they do not fit, the part whose current
/// height is cheapest to give up steps down (ties: the lower one on screen). Spare rows go
/// first to one-row gaps between parts, then to a flexible part, and the rest centres the
/// stack. Returns one rect per part, empty for a part that was dropped.
pub fn stack(area: Rect, parts: &[Part]) -> Vec<Rect> {
    let mut choice = vec![0usize; parts.len()];
    let height = |choice: &[usize]| -> u32 {
        parts.iter().zip(choice).map(|(p, &c)| u32::from(p.options[c].0)).sum()
    };
    while height(&choice) > u32::from(area.height) {
        let cheapest = (0..parts.len())
            .rev()
            .filter(|&i| choice[i] + 1 < parts[i].options.len())
            .min_by_key(|&i| parts[i].options[choice[i]].1);
        match cheapest {
            Some(i) => choice[i] += 1,
            None => break,
        }
    }
    // The greedy steps can give up more than needed (a cheap part before a dear one that then
    // had to go anyway): step parts back up, dearest first, while they still fit.
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(parts[i].options[choice[i].saturating_sub(1)].1));
    for i in order {
        while choice[i] > 0 {
            choice[i] -= 1;
            if height(&choice) > u32::from(area.height) {
                choice[i] += 1;
                break;
            }
        }
    }
    let mut heights: Vec<u16> = parts.iter().zip(&choice).map(|(p, &c)| p.options[c].0).collect();
    let shown = heights.iter().filter(|&&h| h > 0).count() as u16;
    let used = height(&choice).min(u32::from(area.height)) as u16;
    let mut spare = area.height - used;
    // One-row gaps between parts, from the top down, as far as the spare rows go.
    let mut gaps = spare.min(shown.saturating_sub(1));
    spare -= gaps;
    if let Some(i) = (0..parts.len()).find(|&i| parts[i].flex && heights[i] > 0) {
        heights[i] += spare;
        spare = 0;
    }
    let mut y = area.y + spare / 2;
    let mut rects = Vec::with_capacity(parts.len());
    for h in heights {
        let top = y.min(area.bottom());
        let h = h.min(area.bottom() - top);
        rects.push(Rect::new(area.x, top, area.width, h));
        if h > 0 {
            y = top + h;
            if gaps > 0 {
                y += 1;
                gaps -= 1;
            }
        }
    }
    rects
}

/// A box of at most `width` × `height` centred in `area`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let (w, h) = (width.min(area.width), height.min(area.height));
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stack_drops_the_cheapest_first_and_keeps_essentials() {
        let parts = [
            Part::choices(vec![(10, 3), (5, 9), (0, ESSENTIAL)]),
            Part::fixed(1),
            Part::optional(2, 2),
            Part::optional(1, 1),
        ];
        let tall = stack(Rect::new(0, 0, 40, 20), &parts);
        assert_eq!(tall.iter().map(|r| r.height).collect::<Vec<_>>(), [10, 1, 2, 1]);
        let mid = stack(Rect::new(0, 0, 40, 13), &parts);
        assert_eq!(mid.iter().map(|r| r.height).collect::<Vec<_>>(), [10, 1, 2, 0]);
        let short = stack(Rect::new(0, 0, 40, 8), &parts);
        // The legend went first, then the notes; shrinking the big part made room for the
        // notes again.
        assert_eq!(short.iter().map(|r| r.height).collect::<Vec<_>>(), [5, 1, 2, 0]);
        let tiny = stack(Rect::new(0, 0, 40, 1), &parts);
        assert_eq!(tiny.iter().map(|r| r.height).collect::<Vec<_>>(), [0, 1, 0, 0]);
    }

    #[test]
    fn stack_never_leaves_its_area() {
        let parts = [Part::fixed(3), Part::fixed(3), Part::flex_from(4, 1, 2, 1)];
        for h in 0..12 {
            let area = Rect::new(2, 5, 10, h);
            for r in stack(area, &parts) {
                assert!(r.y >= area.y && r.bottom() <= area.bottom(), "{r:?} in {area:?}");
            }
        }
    }

    #[test]
    fn wrap_and_truncate() {
        assert_eq!(wrap("Elbows inside the knees.", 12), ["Elbows", "inside the", "knees."]);
        assert_eq!(truncate("Goblet squat", 7), "Goblet…");
        assert_eq!(truncate("Goblet", 0), "");
        assert_eq!(wrap("", 5), [""]);
        assert_eq!(wrap("to /a/long/path", 6), ["to", "/a/lon", "g/path"]);
    }
}
