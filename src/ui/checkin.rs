//! The check-in screen: the question and the 1-to-5 scale, the kind line after a second low
//! score, and always the two wellbeing lines. Must never change the check-in or show a score
//! back as a judgement.

use std::time::Duration;

use ratatui::Frame;

use super::layout::{self, Part};
use super::{Draw, View};
use crate::core::checkin::{Around, CheckinScreen, KEYS, KIND_LINE, QUESTION, When};
use crate::core::keys;
use crate::core::safety::{CRISIS_LINE, NOT_MEDICAL_ADVICE};

impl Draw for CheckinScreen {
    fn draw(&self, frame: &mut Frame, _now: Duration, view: &View) {
        let theme = &view.theme;
        let bands = layout::bands(frame.area());
        let width = bands.body.width;
        let moment = match (self.when, self.around) {
            (When::Before, Around::Workout) => "before the workout",
            (When::After, Around::Workout) => "after the workout",
            (When::Before, Around::Breathing) => "before breathing",
            (When::After, Around::Breathing) => "after breathing",
        };
        layout::draw_header(frame, bands.header, "Check-in", moment, theme);
        let (main, main_style) = match (self.kind_line, self.mood, &self.message) {
            (true, _, _) => {
                (layout::wrap(&format!("{KIND_LINE} {CRISIS_LINE}"), width), theme.text())
            }
            (_, _, Some(message)) => (layout::wrap(message, width), theme.alarm()),
            (false, Some(mood), None) => (vec![format!("Saved: {mood}")], theme.text()),
            (false, None, None) => (layout::wrap(QUESTION, width), theme.title()),
        };
        let scale = vec!["1 low · 2 · 3 · 4 · 5 great".to_string()];
        let not_medical = layout::wrap(NOT_MEDICAL_ADVICE, width);
        // The kind line already says where help is.
        let help = if self.kind_line { Vec::new() } else { layout::wrap(CRISIS_LINE, width) };
        let asking = self.mood.is_none() && !self.kind_line;
        let parts = [
            Part::fixed(main.len() as u16),
            Part::optional(if asking { 1 } else { 0 }, 6),
            Part::fixed(not_medical.len() as u16),
            Part::fixed(help.len() as u16),
        ];
        let r = layout::stack(bands.body, &parts);
        layout::draw_lines(frame, r[0], &main, main_style);
        if asking {
            layout::draw_lines(frame, r[1], &scale, theme.figure());
        }
        layout::draw_lines(frame, r[2], &not_medical, theme.secondary());
        layout::draw_lines(frame, r[3], &help, theme.secondary());
        let hints = if self.kind_line { vec![("Enter go on", 9)] } else { keys::hints(KEYS) };
        layout::draw_hints(frame, bands.footer, &hints, theme);
    }
}
