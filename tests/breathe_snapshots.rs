//! The breathing screens as text at 80 × 24 and 40 × 12 at a fixed `now`, to be read by eye
//! when they change: `liftpace breathe` breathing, paused, asking, over; `--find` breathing,
//! asking for a rating, and its result.

use std::time::Duration;

use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use liftpace::core::app::{App, Msg, Screen};
use liftpace::core::breathing::Pattern;
use liftpace::core::breathing::find::Find;
use liftpace::core::breathing::practice::Practice;
use liftpace::core::keys::Key;
use liftpace::ui::{self, View};

fn s(secs: u64) -> Duration {
    Duration::from_secs(secs)
}

fn draw(app: &App, now: Duration, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let view = View::new(false, "history.jsonl".into());
    terminal.draw(|f| ui::draw(f, app, now, &view)).unwrap();
    terminal.backend().to_string()
}

fn both(name: &str, app: &App, now: Duration) {
    for (w, h) in [(80, 24), (40, 12)] {
        assert_snapshot!(format!("{name}_{w}x{h}"), draw(app, now, w, h));
    }
}

/// An app on `screen` after `keys` at the times given.
fn after(screen: impl Screen, keys: &[(Key, Duration)]) -> App {
    let mut app = App::new(screen);
    for &(key, at) in keys {
        app.update(Msg::Key(key), at);
    }
    app
}

fn practice(pattern: &str, minutes: u64) -> Practice {
    Practice::new(Pattern::built_in(pattern).unwrap(), s(60 * minutes), s(0))
}

#[test]
fn breathing() {
    // Past the soft start: box's own 4 s phases, half way through an exhale.
    both("breathe_box", &App::new(practice("box", 5)), Duration::from_millis(42_000));
    // recover's free breathing (too wide for block letters at 40 columns: the shape stands in).
    both("breathe_recover", &App::new(practice("recover", 5)), s(5));
    // sigh's top-up inhale, after the soft start.
    let sigh = App::new(practice("sigh", 5));
    let mut times = (400..600).map(|t| Duration::from_millis(t * 100));
    let top_up = times.find(|t| phase_word(&sigh, *t) == Some("IN AGAIN")).unwrap();
    let top_up = top_up + Duration::from_millis(400);
    both("breathe_sigh_top_up", &sigh, top_up);
}

/// The phase word of the breathing screen up in `app` at `t`.
fn phase_word(app: &App, t: Duration) -> Option<&'static str> {
    let any: &dyn std::any::Any = app.screen();
    let practice = any.downcast_ref::<Practice>()?;
    practice.pattern.phase_at(practice.elapsed(t)).map(|p| p.kind.word())
}

#[test]
fn paused_asked_and_over() {
    both("breathe_paused", &after(practice("resonance", 5), &[(Key::Space, s(50))]), s(400));
    let asked = after(practice("resonance", 5), &[(Key::Char('q'), s(130))]);
    both("breathe_end_asked", &asked, s(131));
    let mut done = App::new(practice("resonance", 1));
    done.update(Msg::Tick, s(60));
    both("breathe_done", &done, s(61));
    let early = after(practice("box", 5), &[(Key::Char('q'), s(42))]);
    both("breathe_ended_early", &early, s(43));
}

#[test]
fn finding() {
    both("find_breathing", &App::new(Find::new(s(0))), s(65));
    let mut rating = App::new(Find::new(s(0)));
    rating.update(Msg::Tick, s(120));
    both("find_rating", &rating, s(121));
    let mut done = App::new(Find::new(s(0)));
    for (i, r) in ['3', '5', '4', '5', '2'].into_iter().enumerate() {
        let end = s(120) * (i as u32 + 1) + s(i as u64);
        done.update(Msg::Tick, end);
        done.update(Msg::Key(Key::Char(r)), end + s(1));
    }
    both("find_done", &done, s(700));
}

#[test]
fn a_paused_asked_or_finished_session_arms_no_timer_and_a_running_one_does() {
    let area = ratatui::layout::Rect::new(0, 0, 80, 24);
    let running = App::new(practice("box", 5));
    let wait = ui::next_frame(&running, s(42), area).expect("the pacer moves");
    assert!(wait > s(42) && wait <= s(43), "{wait:?}");
    let paused = after(practice("box", 5), &[(Key::Space, s(50))]);
    let asked = after(practice("box", 5), &[(Key::Char('q'), s(130))]);
    let done = after(practice("box", 5), &[(Key::Char('q'), s(30))]);
    for still in [paused, asked, done] {
        assert_eq!(ui::next_frame(&still, s(200), area), None);
        assert_eq!(still.deadline(), None);
    }
}

#[test]
fn the_phase_word_shows_once_as_plain_text_at_every_size() {
    let app = App::new(practice("recover", 5));
    for t in (0..120).map(|t| s(t) / 2 + s(10)) {
        let word = phase_word(&app, t).unwrap();
        for (w, h) in [(80, 24), (40, 12), (120, 40)] {
            let screen = draw(&app, t, w, h);
            assert_eq!(screen.matches(word).count(), 1, "{word} at {t:?}, {w}x{h}:\n{screen}");
        }
    }
}
