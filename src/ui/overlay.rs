//! Boxes drawn over any screen: the key help (the lines of the screen's key table, its note,
//! such as who should not brace, and what liftpace is not and where to turn, scrolled when the
//! window is short), a yes/no question
//! ("Quit the workout?") and a notice to read once. Must never change state; opening and
//! closing them is the app's job.

use ratatui::Frame;
use ratatui::layout::{Alignment, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::layout;
use super::theme::Theme;
use crate::core::app::Confirm;
use crate::core::keys::KeyHelp;
use crate::core::safety::{WELLBEING, WELLBEING_LINE};

/// The widest the help's note is wrapped to, so it reads as a paragraph on a wide screen.
const NOTE_WIDTH: u16 = 60;

/// A bordered box of `lines` centred in `area`, with whatever was under it cleared.
fn draw_box(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>, theme: &Theme) {
    let width = lines.iter().map(Line::width).chain([title.chars().count() + 2]).max().unwrap_or(0);
    let width = u16::try_from(width + 4).unwrap_or(u16::MAX);
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let rect = layout::centred(area, width, height);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.border())
        .title(Line::styled(title, theme.title()).alignment(Alignment::Center));
    // A clear margin round the box so no stray letters of the screen below touch its border.
    frame.render_widget(Clear, rect.outer(Margin::new(1, 0)).intersection(area));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

/// The key help: each key right-aligned against what it does, then `caution` in full, then
/// what liftpace is not and where to turn. When the window is too short for all of it, the box
/// opens with both wellbeing lines in one line at its top, then the caution, and shows as many
/// whole parts (the caution, a key line, a sentence) as fit from part `scroll`, and says which
/// way there is more.
pub fn draw_help(
    frame: &mut Frame,
    area: Rect,
    keys: &[KeyHelp],
    caution: Option<&str>,
    scroll: usize,
    theme: &Theme,
) {
    // Each line has a space before it, and the box a border and a space each side.
    let note_width = area.width.min(NOTE_WIDTH + 5).saturating_sub(5);
    let rows = usize::from(area.height.saturating_sub(2));
    let key_width = keys.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    let lines = |text: Vec<String>, style: Style| -> Vec<Line<'static>> {
        text.into_iter().map(|l| Line::styled(format!(" {l}"), style)).collect()
    };
    // The parts in the order the app scrolls through them (`App::help_parts`).
    // What a key does wraps under itself rather than run into the border.
    let what_width = area.width.saturating_sub(5 + 2).saturating_sub(key_width as u16);
    let mut parts: Vec<Vec<Line>> = keys
        .iter()
        .map(|(k, what)| {
            let mut rows = layout::wrap(what, what_width).into_iter();
            let first = rows.next().unwrap_or_default();
            std::iter::once(Line::raw(format!(" {k:>key_width$}  {first}")))
                .chain(rows.map(|row| Line::raw(format!(" {:key_width$}  {row}", ""))))
                .collect()
        })
        .collect();
    let first_note = parts.len();
    parts.extend(caution.map(|c| lines(layout::wrap(c, note_width), Style::default())));
    parts.extend(WELLBEING.map(|w| lines(layout::wrap(w, note_width), theme.secondary())));
    let total: usize = parts.iter().map(Vec::len).sum();
    // The box keeps one width while it scrolls: its closing line is padded to the widest part.
    let widest = parts.iter().flatten().map(Line::width).max().unwrap_or(0);
    let (mut body, close) = if total < rows {
        (whole(parts, first_note, rows - total - 1), " any key closes this")
    } else {
        // Who should not brace comes before the keys here, so a short box still opens on it.
        if caution.is_some() {
            parts[..=first_note].rotate_right(1);
        }
        let top = lines(layout::wrap(WELLBEING_LINE, note_width), theme.secondary());
        let view = rows.saturating_sub(top.len() + 1);
        let (shown, more) = window(&parts, scroll, view);
        (top.into_iter().chain(shown).collect(), more)
    };
    body.push(Line::styled(format!("{close:<widest$}"), theme.secondary()));
    draw_box(frame, area, "Keys", body, theme);
}

/// Every part, with a blank line before the notes and one after them while `spare` rows last.
fn whole(parts: Vec<Vec<Line<'static>>>, first_note: usize, spare: usize) -> Vec<Line<'static>> {
    let mut body = Vec::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i == first_note && spare > 0 {
            body.push(Line::raw(""));
        }
        body.extend(part);
    }
    if spare > 1 {
        body.push(Line::raw(""));
    }
    body
}

/// The whole parts that fit in `view` rows from part `scroll` (never so far that the view
/// would not reach the last part, so an overshoot shows the end), then as much of the next
/// part as the rows left hold, padded to `view` rows, and the closing line saying which way
/// there is more.
fn window(
    parts: &[Vec<Line<'static>>],
    scroll: usize,
    view: usize,
) -> (Vec<Line<'static>>, &'static str) {
    let mut furthest = parts.len().saturating_sub(1);
    let mut below: usize = parts.last().map_or(0, Vec::len);
    while furthest > 0 && below + parts[furthest - 1].len() <= view {
        furthest -= 1;
        below += parts[furthest].len();
    }
    let start = scroll.min(furthest);
    let mut shown: Vec<Line> = Vec::new();
    let mut end = start;
    while end < parts.len() && shown.len() + parts[end].len() <= view {
        shown.extend(parts[end].iter().cloned());
        end += 1;
    }
    if end == start && end < parts.len() {
        // A part taller than the whole view: as much of it as fits.
        shown.extend(parts[end].iter().take(view).cloned());
        end += 1;
    }
    // The rows left show the start of the next part, so the box reads on to "↓ more".
    if let Some(next) = parts.get(end) {
        let room = view.saturating_sub(shown.len());
        shown.extend(next.iter().take(room).cloned());
    }
    // The box keeps its height too.
    shown.resize(view, Line::raw(""));
    let more = match (start > 0, end < parts.len()) {
        (true, true) => " ↑/↓ more · other keys close",
        (false, true) => " ↓ more · other keys close",
        (true, false) => " ↑ back · other keys close",
        (false, false) => " any key closes this",
    };
    (shown, more)
}

/// A yes/no question: what the lifter should know, and the two answers.
pub fn draw_confirm(frame: &mut Frame, area: Rect, question: &Confirm, theme: &Theme) {
    let answers = format!(" y {} · n {}", question.yes, question.no);
    let lines = vec![
        Line::raw(format!(" {}", question.body)),
        Line::raw(""),
        Line::styled(answers, theme.hint()),
    ];
    draw_box(frame, area, question.title, lines, theme);
}

/// A notice the lifter must read once (the settings had errors): the text wrapped to the
/// window, and how to close it.
pub fn draw_notice(frame: &mut Frame, area: Rect, text: &str, theme: &Theme) {
    let width = area.width.min(NOTE_WIDTH + 5).saturating_sub(5);
    let rows = usize::from(area.height.saturating_sub(4));
    let mut lines: Vec<Line> = layout::wrap_at_most(text, width, rows)
        .into_iter()
        .map(|l| Line::raw(format!(" {l}")))
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(" any key closes this", theme.secondary()));
    draw_box(frame, area, "Note", lines, theme);
}
