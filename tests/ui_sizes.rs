//! No window size makes any screen panic: every screen and box drawn (and its next frame
//! asked for) at the sizes where layouts change, then at sizes proptest picks at random.
//! Heights are walked in full at the narrowest and the usual width, because the vertical
//! stack decides what to drop by height; widths in full at the shortest and usual height,
//! because wrapping and truncation decide by width; and below the minimum in both directions.

mod ui_fixtures;

use liftpace::core::app::{App, Overlay};
use liftpace::core::programme::Load;
use liftpace::core::session::{Clock, LogForm, Paced, QUIT, Screen, SetKind};
use liftpace::ui;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ui_fixtures::*;

/// Every screen and box the ui draws, in the states that draw differently.
fn every_app() -> Vec<App> {
    let mut sessions = vec![
        at(SQUAT, Screen::Ready),
        right_side(),
        at(SQUAT, Screen::GetReady { since: s(10) }),
        pacing_at(SQUAT),
        pacing_at(PUSH_UP),
        pacing_at(PLANK),
        at(SQUAT, Screen::Log { form: log_form(), paced: Paced { began: s(10), ended: s(70) } }),
        at(SQUAT, Screen::Rest { since: s(10), length: s(90) }),
        at(PUSH_UP, Screen::Rest { since: s(10), length: s(60) }),
        at(SQUAT, Screen::Summary { ended: s(900) }),
    ];
    let mut paused = pacing_at(SQUAT);
    paused.screen =
        Screen::Pacing { clock: Clock { paused_at: Some(s(12)), ..Clock::started(s(10)) } };
    let mut error =
        at(PLANK, Screen::Log { form: log_form(), paced: Paced { began: s(10), ended: s(40) } });
    if let Screen::Log { form, .. } = &mut error.screen {
        form.error = Some("NOT SAVED: disk full. Enter tries again.".into());
    }
    let mut warmup_rest =
        strength_at(BACK_SQUAT, SetKind::Warmup, Screen::Rest { since: s(10), length: s(60) });
    warmup_rest.current += 1;
    let form = LogForm::new(8, Load::Weight(20.0), false);
    sessions.extend([
        paused,
        error,
        braced(),
        warmup_rest,
        strength_at(BACK_SQUAT, SetKind::Warmup, Screen::Ready),
        strength_at(BACK_SQUAT, SetKind::Work, Screen::Ready),
        strength_at(BENCH, SetKind::Work, Screen::Ready),
        strength_at(
            BACK_SQUAT,
            SetKind::Warmup,
            Screen::Log { form, paced: Paced { began: s(10), ended: s(40) } },
        ),
        strength_summary(),
    ]);
    let mut apps: Vec<App> = sessions.into_iter().map(App::new).collect();
    let mut home_help = home_screen();
    home_help.message = Some("This programme has errors.".into());
    apps.extend([
        covered(pacing_at(SQUAT), Overlay::Help),
        covered(at(SQUAT, Screen::Ready), Overlay::Confirm(QUIT)),
        covered(braced(), Overlay::Help),
        App::new(home_screen()),
        covered(home_help, Overlay::Help),
        App::new(liftpace::core::home::Home::new(Vec::new())),
    ]);
    apps
}

/// Draws every app at `w` × `h`, and asks when each would next change.
fn draw_all(apps: &[App], w: u16, h: u16) {
    let now = s(12);
    let view = view();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    for app in apps {
        terminal.draw(|f| ui::draw(f, app, now, &view)).unwrap();
        ui::next_frame(app, now, Rect::new(0, 0, w, h));
    }
}

/// The sizes where layouts change: every height up to 40 at the minimum and the usual width;
/// every width up to 100 below, at, and well above the minimum height; and one large window.
fn edge_sizes() -> Vec<(u16, u16)> {
    let heights = [40, 80].into_iter().flat_map(|w| (0..=40).map(move |h| (w, h)));
    let widths = [0, 11, 12, 24, 40].into_iter().flat_map(|h| (0..=100).map(move |w| (w, h)));
    heights.chain(widths).chain([(400, 150)]).collect()
}

#[test]
fn no_size_makes_any_screen_panic() {
    let apps = every_app();
    for (w, h) in edge_sizes() {
        draw_all(&apps, w, h);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn no_random_size_makes_any_screen_panic(w in 0u16..=240, h in 0u16..=100) {
        draw_all(&every_app(), w, h);
    }
}
