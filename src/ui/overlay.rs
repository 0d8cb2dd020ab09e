//! Boxes drawn over any screen: the key help (the lines of the screen's key table, its note,
//! such as who should not brace, and what liftpace is not and where to turn), a yes/no question
//! ("Quit the workout?") and a notice to read once. Must never change state; opening and
//! closing them is the app's job.

use ratatui::Frame;
use ratatui::layout::{Alignment, Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::layout;
use super::theme::Theme;
use crate::core::app::Confirm;
use crate::core::keys::KeyHelp;
use crate::core::safety::{CRISIS_LINE, NOT_MEDICAL_ADVICE};

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
/// what liftpace is not and where to turn. When the window is short the last keys (those that
/// work everywhere) give way to the caution; the two wellbeing sentences take the rows left,
/// each whole or not at all.
pub fn draw_help(
    frame: &mut Frame,
    area: Rect,
    keys: &[KeyHelp],
    caution: Option<&str>,
    theme: &Theme,
) {
    // Each line has a space before it, and the box a border and a space each side.
    let note_width = area.width.min(NOTE_WIDTH + 5).saturating_sub(5);
    let rows = usize::from(area.height.saturating_sub(2));
    let caution: Vec<String> = caution
        .map(|n| layout::wrap_at_most(n, note_width, rows.saturating_sub(1)))
        .unwrap_or_default();
    // The caution and the closing line stay; blank lines round the notes go first, then keys.
    let room = rows.saturating_sub(caution.len() + 1);
    let keys = &keys[..keys.len().min(room)];
    let mut left = room - keys.len();
    let mut wellbeing: Vec<String> = Vec::new();
    for sentence in [NOT_MEDICAL_ADVICE, CRISIS_LINE] {
        let lines = layout::wrap(sentence, note_width);
        // A blank line before the first note, when there is room for it too.
        let gap = usize::from(wellbeing.is_empty() && caution.is_empty());
        if lines.len() + gap <= left {
            left -= lines.len();
            wellbeing.extend(lines);
        }
    }
    let notes = !caution.is_empty() || !wellbeing.is_empty();
    let blank = if notes { left.min(2) } else { 0 };
    let key_width = keys.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    let mut lines: Vec<Line> =
        keys.iter().map(|(k, what)| Line::raw(format!(" {k:>key_width$}  {what}"))).collect();
    lines.extend((blank > 0).then(|| Line::raw("")));
    lines.extend(caution.into_iter().map(|l| Line::raw(format!(" {l}"))));
    lines.extend(wellbeing.into_iter().map(|l| Line::styled(format!(" {l}"), theme.secondary())));
    lines.extend((blank > 1).then(|| Line::raw("")));
    lines.push(Line::styled(" any key closes this", theme.secondary()));
    draw_box(frame, area, "Keys", lines, theme);
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
