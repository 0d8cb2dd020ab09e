//! Every screen and overlay as text at 80 × 24 and 40 × 12 at a fixed `now`, to be read by eye
//! when they change.

mod ui_fixtures;

use insta::assert_snapshot;
use liftpace::core::app::{App, Overlay};
use liftpace::core::programme::Load;
use liftpace::core::session::{Clock, DISCARD, Key, LogForm, Msg, Paced, QUIT, Screen, SetKind};
use ui_fixtures::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (40, 12)];

/// Snapshots the app at `now` at both sizes, named `name_WxH`.
fn both_app(name: &str, app: &App, now: std::time::Duration) {
    for (w, h) in SIZES {
        assert_snapshot!(format!("{name}_{w}x{h}"), draw_app(app, now, w, h));
    }
}

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
    paused.screen =
        Screen::Pacing { clock: Clock { paused_at: Some(ms(13_500)), ..Clock::started(s(10)) } };
    both("pacing_paused", &paused, s(40));
}

#[test]
fn hold() {
    both("hold", &pacing_at(PLANK), ms(10_000 + 7_300));
}

#[test]
fn log() {
    let mut log =
        at(SQUAT, Screen::Log { form: log_form(), paced: Paced { began: s(10), ended: s(70) } });
    both("log", &log, s(80));
    if let Screen::Log { form, .. } = &mut log.screen {
        form.error =
            Some("NOT SAVED: No space left on device (os error 28). Enter tries again.".into());
    }
    both("log_not_saved", &log, s(80));
    // A slipped finger, questioned once before saving.
    if let Screen::Log { form, .. } = &mut log.screen {
        form.error = None;
        form.load = "160".into();
    }
    log.update(Msg::Key(Key::Enter), s(80)); // questioned, not saved
    assert!(log.logged.is_empty());
    both("log_implausible", &log, s(80));
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
        done.logged.push(logged("Goblet squat", SetKind::Work, 1, reps, 16.0));
    }
    both("summary", &done, s(2_600));
}

#[test]
fn overlays() {
    let help = covered(pacing_at(SQUAT), Overlay::Help);
    both_app("help_over_pacing", &help, s(20));
    let log =
        at(SQUAT, Screen::Log { form: log_form(), paced: Paced { began: s(10), ended: s(70) } });
    both_app("help_over_log", &covered(log, Overlay::Help), s(80));
    let quit = covered(at(SQUAT, Screen::Ready), Overlay::Confirm(QUIT));
    both_app("confirm_quit", &quit, s(20));
    let log =
        at(SQUAT, Screen::Log { form: log_form(), paced: Paced { began: s(10), ended: s(70) } });
    both_app("confirm_discard_set", &covered(log, Overlay::Confirm(DISCARD)), s(80));
}

#[test]
fn ready_strength_day() {
    // Warm-up 2 of 3: 50% of the 107.5 kg work load, rounded to the plates.
    let mut warmup = strength_at(BACK_SQUAT, SetKind::Warmup, Screen::Ready);
    warmup.current += 1;
    both("ready_warmup", &warmup, s(5));
    // Plates, 75% of a known max, RPE 8 and the brace cue.
    both("ready_barbell_work", &strength_at(BACK_SQUAT, SetKind::Work, Screen::Ready), s(5));
    // Superset A, double progression, 2 in reserve.
    both("ready_superset", &strength_at(BENCH, SetKind::Work, Screen::Ready), s(5));
}

#[test]
fn pacing_braced() {
    let braced = braced();
    // A braced 3-1-1-0 rep: BRACE for 5 s (still saying which way the weight goes), then a
    // second to breathe out and a second to breathe in. Rep 2, half-way down.
    both("pacing_brace", &braced, ms(10_000 + 8_500));
    // Rep 3's breath out at the top, then in again.
    both("pacing_brace_exhale", &braced, ms(10_000 + 19_500));
    both("pacing_brace_inhale", &braced, ms(10_000 + 20_500));
    both_app("help_over_braced_pacing", &covered(braced, Overlay::Help), s(20));
}

#[test]
fn warmups_and_summary() {
    let form = LogForm::new(8, Load::Weight(20.0), false);
    let log = strength_at(
        BACK_SQUAT,
        SetKind::Warmup,
        Screen::Log { form, paced: Paced { began: s(10), ended: s(42) } },
    );
    both("log_warmup", &log, s(50));
    let mut rest =
        strength_at(BACK_SQUAT, SetKind::Warmup, Screen::Rest { since: s(100), length: s(60) });
    rest.current += 1;
    both("rest_before_warmup", &rest, ms(100_000 + 2_700));
    both("summary_warmups", &strength_summary(), s(3_100));
}

#[test]
fn home() {
    let home = home_screen();
    for (w, h) in SIZES {
        assert_snapshot!(format!("home_{w}x{h}"), draw_home(&home, w, h));
    }
    let mut home = home_screen();
    home.message = Some("This programme has errors: run `liftpace check` on it.".into());
    both_app("home_help", &covered(home, Overlay::Help), s(0));
}

#[test]
fn too_small() {
    assert_snapshot!("too_small_39x12", draw(&at(SQUAT, Screen::Ready), s(1), 39, 12));
    assert_snapshot!("too_small_20x5", draw(&at(SQUAT, Screen::Ready), s(1), 20, 5));
}

/// At 160 × 48 nothing a lifter reads from the bench is small: the phase word and the rep
/// count, the load and the plates, the rest countdown and the pacer's shape all grow.
#[test]
fn large_window() {
    let big = |name: &str, session: &liftpace::core::session::Session, now| {
        assert_snapshot!(format!("{name}_160x48"), draw(session, now, 160, 48));
    };
    big("pacing", &pacing_at(SQUAT), ms(10_000 + 11_500));
    big("ready_barbell_work", &strength_at(BACK_SQUAT, SetKind::Work, Screen::Ready), s(5));
    big("rest", &at(SQUAT, Screen::Rest { since: s(10), length: s(90) }), s(50));
    big("hold", &pacing_at(PLANK), ms(10_000 + 7_300));
}
