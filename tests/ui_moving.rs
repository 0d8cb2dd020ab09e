//! Frames drawn in two layers look exactly like frames drawn whole: while a screen's still key
//! stays the same, drawing only its moving parts over the last frame gives, cell for cell,
//! the frame `ui::draw` would give. Walked through reps, a hold and a rest at the smallest,
//! the usual and a large window, with the runtime's own retained surface checked the same way.

mod ui_fixtures;

use std::time::Duration;

use liftpace::core::app::App;
use liftpace::core::session::{Screen, Session};
use liftpace::runtime::surface::{Retained, Surface};
use liftpace::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ui_fixtures::*;

const SIZES: [(u16, u16); 3] = [(40, 12), (80, 24), (160, 48)];

fn whole(app: &App, now: Duration, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| ui::draw(f, app, now, &view())).unwrap().buffer.clone()
}

/// Walks `session` from `from` for `span` in uneven steps; returns how many frames were
/// drawn in two layers. Panics at the first frame that differs from a whole one.
fn walk(session: Session, from: Duration, span: Duration) -> usize {
    let app = App::new(session);
    let mut layered = 0;
    for (w, h) in SIZES {
        let area = Rect::new(0, 0, w, h);
        let mut shown: Option<(u64, Buffer)> = None;
        let mut t = from;
        while t < from + span {
            let key = ui::still_key(&app, t, area);
            let want = whole(&app, t, w, h);
            match (&mut shown, key) {
                (Some((last, buf)), Some(key)) if *last == key => {
                    let drawn = ui::draw_moving(buf, &app, t, &view());
                    assert!(!drawn.is_empty(), "a layered frame draws something");
                    assert_eq!(*buf, want, "{w}x{h} at {t:?}");
                    layered += 1;
                }
                _ => shown = key.map(|k| (k, want)),
            }
            t += ms(53);
        }
    }
    layered
}

#[test]
fn layered_frames_equal_whole_frames() {
    assert!(walk(pacing_at(SQUAT), s(10), s(12)) > 300, "reps");
    assert!(walk(braced(), s(10), s(9)) > 200, "braced reps");
    assert!(walk(pacing_at(PLANK), s(10), s(12)) > 300, "a hold");
    let rest = at(SQUAT, Screen::Rest { since: s(10), length: s(90) });
    assert!(walk(rest, s(10), s(30)) > 500, "a rest");
}

#[test]
fn the_retained_surface_shows_what_a_whole_redraw_shows() {
    let app = App::new(pacing_at(SQUAT));
    let mut retained = Retained::new(Terminal::new(TestBackend::new(80, 24)).unwrap());
    let mut t = s(10);
    while t < s(20) {
        retained.show(&app, t, &view()).unwrap();
        // What reached the terminal, cell for cell, is the whole frame.
        assert_eq!(*retained.terminal().backend().buffer(), whole(&app, t, 80, 24), "{t:?}");
        t += ms(29);
    }
}
