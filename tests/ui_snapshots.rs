//! Every screen and overlay as text at 80 × 24 and 40 × 12 at a fixed `now`, to be read by eye
//! when they change.

mod ui_fixtures;

use insta::assert_snapshot;
use liftpace::core::session::{Clock, LoggedSet, Overlay, Screen, SetKind};
use ui_fixtures::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (40, 12)];

/// Snapshots `session` at `now` at both sizes, named `name_WxH`.
fn both(name: &str, session: &liftpace::core::session::Session, now: std::time::Duration) {
    for (w, h) in SIZES {
        assert_snapshot!(format!("{name}_{w}x{h}"), draw(session, now, w, h));
    }
}

#[test]
fn ready() {
    both("ready", &at(SQUAT, Screen::Ready), s(5));
    both("ready_first_time_per_side", &right_side(), s(5));
    both("ready_hold", &at(PLANK, Screen::Ready), s(5));
}

#[test]
fn get_ready() {
    both("get_ready", &at(SQUAT, Screen::GetReady { since: s(10) }), ms(10_400));
}

#[test]
fn pacing() {
    // Rep 3 of a 3-1-1-0 tempo, half-way through lowering.
    both("pacing", &pacing_at(SQUAT), ms(10_000 + 11_500));
    // A lift-first exercise starts with EXHALE.
    both("pacing_concentric_first", &pacing_at(DEADLIFT), ms(10_500));
    both("pacing_max_reps", &pacing_at(PUSH_UP), ms(10_000 + 31_200));
    let mut paused = pacing_at(SQUAT);
    paused.screen = Screen::Pacing { clock: Clock { start: s(10), paused_at: Some(ms(13_500)) } };
    both("pacing_paused", &paused, s(40));
}

#[test]
fn hold() {
    both("hold", &pacing_at(PLANK), ms(10_000 + 7_300));
}

#[test]
fn log() {
    let mut log = at(SQUAT, Screen::Log { form: log_form(), paced: (s(10), s(70)) });
    both("log", &log, s(80));
    if let Screen::Log { form, .. } = &mut log.screen {
        form.error =
            Some("NOT SAVED: No space left on device (os error 28). Enter tries again.".into());
    }
    both("log_not_saved", &log, s(80));
}

#[test]
fn rest() {
    let mut rest = at(SQUAT, Screen::Rest { since: s(100), length: s(90) });
    rest.current += 1;
    both("rest", &rest, ms(100_000 + 2_700));
    // The rest after push-up set 1, whose pattern is `none`.
    let mut none = at(PUSH_UP, Screen::Rest { since: s(100), length: s(60) });
    none.current += 1;
    both("rest_none", &none, ms(100_000 + 14_200));
}

#[test]
fn summary() {
    let mut done = at(SPLIT_SQUAT, Screen::Summary { ended: s(2_530) });
    done.current = done.plan.len() - 1;
    for reps in [12, 10] {
        done.logged.push(LoggedSet {
            exercise: "Goblet squat".into(),
            set: 1,
            kind: SetKind::Work,
            side: None,
            reps: Some(reps),
            hold_s: None,
            load: Some(16.0),
            unit: "kg",
            target: "8-12".into(),
            tempo: "3-1-1-0".into(),
            rpe: None,
            started: s(10),
            ended: s(70),
        });
    }
    both("summary", &done, s(2_600));
}

#[test]
fn overlays() {
    let mut help = pacing_at(SQUAT);
    help.overlay = Some(Overlay::Help);
    both("help_over_pacing", &help, s(20));
    let mut log_help = at(SQUAT, Screen::Log { form: log_form(), paced: (s(10), s(70)) });
    log_help.overlay = Some(Overlay::Help);
    both("help_over_log", &log_help, s(80));
    let mut quit = at(SQUAT, Screen::Ready);
    quit.overlay = Some(Overlay::ConfirmQuit);
    both("confirm_quit", &quit, s(20));
}

#[test]
fn home() {
    let home = home_screen();
    for (w, h) in SIZES {
        assert_snapshot!(format!("home_{w}x{h}"), draw_home(&home, w, h));
    }
    let mut help = home_screen();
    help.help = true;
    help.message = Some("This programme has errors: run `liftpace check` on it.".into());
    for (w, h) in SIZES {
        assert_snapshot!(format!("home_help_{w}x{h}"), draw_home(&help, w, h));
    }
}

#[test]
fn too_small() {
    assert_snapshot!("too_small_39x12", draw(&at(SQUAT, Screen::Ready), s(1), 39, 12));
    assert_snapshot!("too_small_20x5", draw(&at(SQUAT, Screen::Ready), s(1), 20, 5));
}
