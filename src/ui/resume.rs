//! The resume prompt: the question ("Resume day A — 5 of 18 sets done, 40 min ago?"), the
//! three answers, and why the last one did nothing, if it did. Drawn, and said in plain lines.
//! Must never change the prompt or work out what it offers.

use std::time::Duration;

use ratatui::Frame;

use super::layout::{self, Part};
use super::plain::{Said, Say};
use super::{Draw, View};
use crate::core::keys;
use crate::core::resume::screen::{KEYS, ResumeScreen};

impl Draw for ResumeScreen {
    fn draw(&self, frame: &mut Frame, _now: Duration, view: &View) {
        let theme = &view.theme;
        let bands = layout::bands(frame.area());
        let width = bands.body.width;
        layout::draw_header(frame, bands.header, "Resume", "an unfinished workout", theme);
        let question = layout::wrap(&self.question(), width);
        let answers = layout::wrap(&self.answers(), width);
        let message = self.message.as_deref().map_or_else(Vec::new, |m| layout::wrap(m, width));
        let parts = [
            Part::fixed(question.len() as u16),
            Part::optional(1, 3),
            Part::fixed(answers.len() as u16),
            Part::optional(message.len() as u16, 6),
        ];
        let r = layout::stack(bands.body, &parts);
        layout::draw_lines(frame, r[0], &question, theme.title());
        layout::draw_lines(frame, r[2], &answers, theme.text());
        layout::draw_lines(frame, r[3], &message, theme.alarm());
        layout::draw_hints(frame, bands.footer, &keys::hints(KEYS), theme);
    }
}

impl Say for ResumeScreen {
    fn say(&self, _now: Duration, _view: &View) -> Said {
        let message = self.message.as_deref().map(|m| format!(" {m}")).unwrap_or_default();
        Said::text(format!("{} {}.{message}", self.question(), self.answers()))
    }
}
