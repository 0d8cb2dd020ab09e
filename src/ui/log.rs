//! The Log screen: which set is logged (a warm-up or a work set), reps (or seconds held), load
//! and RPE (with the effort aimed for) as the lifter edits them, the focused field marked with
//! `▶` and reverse video, and any error (above all "NOT SAVED") in a box that cannot be missed.
//! Must never validate, save or change the form; it only shows it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::describe;
use super::layout::{self, Bands, Part};
use super::theme::Theme;
use crate::core::programme::format_number;
use crate::core::session::{Field, LogForm, Session, SetKind};

/// The widest the form gets, so labels and values stay close on a wide screen.
const FORM_WIDTH: u16 = 40;

/// Label columns, so the values line up.
const LABEL_WIDTH: usize = 14;

/// A field's label, and what to show in place of an empty value.
fn label(form: &LogForm, field: Field, unit: &str) -> (String, &'static str) {
    match field {
        Field::Amount if form.hold => ("Seconds held".into(), "type the seconds"),
        Field::Amount => ("Reps".into(), "type the reps"),
        Field::Load if form.needs_load => (format!("Load ({unit})"), "type the load"),
        Field::Load => (format!("Load ({unit})"), "bodyweight"),
        Field::Rpe => ("RPE (1-10)".into(), "optional"),
    }
}

/// Draws one field; `aim` is written after the RPE value ("aim 8") so the effort target is
/// in words, not only in the pre-filled number.
pub(super) fn field_line(
    form: &LogForm,
    field: Field,
    unit: &str,
    aim: Option<&str>,
    theme: &Theme,
) -> Line<'static> {
    let (name, empty) = label(form, field, unit);
    let value = form.value(field);
    let focused = form.focus == field;
    let marker = if focused { "▶" } else { " " };
    let shown = match (value.is_empty(), focused) {
        (true, true) => format!("_  ({empty})"),
        (true, false) => format!("({empty})"),
        (false, true) => format!("{value}_"),
        (false, false) => value.to_string(),
    };
    let aim = match (field, aim) {
        (Field::Rpe, Some(aim)) => format!("   aim {aim}"),
        _ => String::new(),
    };
    let text = format!("{marker} {name:<LABEL_WIDTH$}{shown}{aim}");
    Line::styled(text, if focused { theme.focus() } else { theme.text() })
}

/// The fields in the order they are shown.
pub(super) const FIELDS: [Field; 3] = [Field::Amount, Field::Load, Field::Rpe];

/// Draws the form for the current set.
pub fn draw(frame: &mut Frame, bands: Bands, session: &Session, form: &LogForm, theme: &Theme) {
    let body = bands.body;
    let set = session.current_set();
    let heading = format!("Log {} — {}", describe::set_label(set), session.exercise().name);
    let error = form.error.as_deref().map(|e| layout::wrap(e, body.width.saturating_sub(4)));
    let error_rows = error.as_ref().map_or(0, |lines| lines.len() as u16 + 2);
    let parts = [Part::fixed(1), Part::fixed(error_rows), Part::fixed(3), Part::optional(1, 2)];
    let r = layout::stack(body, &parts);
    let heading = layout::truncate(&heading, body.width.into());
    layout::draw_lines(frame, r[0], &[heading], theme.title());
    if let Some(lines) = error {
        let block = Block::bordered().border_type(BorderType::Thick).border_style(theme.alarm());
        let text: Vec<Line> = lines.into_iter().map(Line::raw).collect();
        frame.render_widget(Paragraph::new(text).style(theme.alarm()).block(block), r[1]);
    }
    let unit = session.programme.units.as_str();
    let effort = session.exercise().effort.filter(|_| set.kind == SetKind::Work);
    let aim = effort.map(|e| format_number(e.as_rpe()));
    let fields = FIELDS.map(|f| field_line(form, f, unit, aim.as_deref(), theme));
    let w = FORM_WIDTH.min(body.width);
    let form_area = Rect::new(r[2].x + (r[2].width - w) / 2, r[2].y, w, r[2].height);
    frame.render_widget(Paragraph::new(fields.to_vec()), form_area);
    let note =
        if form.needs_load { "Type the load you used" } else { "An empty load means bodyweight" };
    layout::draw_lines(
        frame,
        r[3],
        &[layout::truncate(note, body.width.into())],
        theme.secondary(),
    );
}
