//! UI stub (temporary).
use crate::core::{
    home::Home,
    session::{Screen, Session},
};
use ratatui::{Frame, layout::Rect, widgets::Paragraph};
use std::time::Duration;
pub struct View {
    pub results_path: String,
}
impl View {
    pub fn new(_color: bool, results_path: String) -> Self {
        View { results_path }
    }
}
pub fn draw(frame: &mut Frame, s: &Session, now: Duration, _v: &View) {
    let text = format!(
        "{:?}\n{} Set {} of {}\nphase {:?}",
        s.screen,
        s.exercise().name,
        s.set().set,
        s.exercise().sets,
        s.rep_phase(now).map(|p| p.kind.word())
    );
    let text = if matches!(s.screen, Screen::Log { .. }) {
        format!("{text}\nReps")
    } else if matches!(s.screen, Screen::Rest { .. }) {
        format!("{text}\nNext")
    } else {
        text
    };
    let text = if s.overlay.is_some() { format!("{text}\nQuit the workout?") } else { text };
    frame.render_widget(Paragraph::new(text), frame.area());
}
pub fn draw_home(frame: &mut Frame, h: &Home, _v: &View) {
    frame.render_widget(Paragraph::new(format!("{:?}", h.entries)), frame.area());
}
pub fn next_frame(s: &Session, now: Duration, _a: Rect) -> Option<Duration> {
    s.rep_phase(now).map(|_| now + Duration::from_millis(100))
}
