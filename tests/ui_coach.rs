//! What the careful coach puts on screen: the bracing caution on every braced Ready screen,
//! a capped percentage said as such, words that fit the exercise's direction, "First time"
//! only where the load is a guess, and the wellbeing lines in `?` and on the summary.

mod ui_fixtures;

use liftpace::core::app::{App, Msg, Overlay};
use liftpace::core::keys::Key;
use liftpace::core::library::Motion;
use liftpace::core::programme::{Load, Reps, Target};
use liftpace::core::progression::{PastSession, PastSet, Rule};
use liftpace::core::safety::{BRACE_CAUTION, CRISIS_LINE, NOT_MEDICAL_ADVICE, WELLBEING_LINE};
use liftpace::core::session::{Clock, ExerciseHistory, Past, Screen, Session, SetKind, Settings};
use std::collections::HashMap;
use ui_fixtures::*;

/// The screen as one line of words, borders and padding gone, so wrapped sentences read whole.
fn flat(screen: &str) -> String {
    let words: Vec<&str> = screen
        .lines()
        .flat_map(|l| l.trim_matches('"').split_whitespace())
        .filter(|w| !w.chars().all(|c| "║═╔╗╚╝".contains(c)))
        .collect();
    words.join(" ").replace(" ║", "").replace("║ ", "")
}

#[test]
fn every_braced_ready_screen_says_who_should_not_brace() {
    let braced = strength_at(BACK_SQUAT, SetKind::Work, Screen::Ready);
    for (w, h) in [(80, 24), (40, 12)] {
        let screen = draw(&braced, s(5), w, h);
        assert!(flat(&screen).contains(BRACE_CAUTION), "{w}x{h}:\n{screen}");
        assert!(flat(&screen).contains("blood pressure"), "{screen}");
    }
    // A warm-up of the same lift is not braced, so it carries no caution.
    let warmup = strength_at(BACK_SQUAT, SetKind::Warmup, Screen::Ready);
    assert!(!draw(&warmup, s(5), 80, 24).contains("blood pressure"));
    let mut off = braced.clone();
    off.settings.brace = false;
    let screen = draw(&off, s(5), 80, 24);
    assert!(!screen.contains("blood pressure") && !screen.contains("Brace:"), "{screen}");
}

#[test]
fn a_percentage_heavier_than_the_reps_allow_is_capped_on_ready_and_said() {
    let mut programme = strength_programme();
    programme.days[0].exercises[BACK_SQUAT].load = Load::Percent(95.0);
    let mut capped = Session::new(programme, 0, &Past::default(), Settings::default(), s(0));
    capped.current = capped.plan.iter().position(|p| p.kind == SetKind::Work).unwrap();
    let screen = draw(&capped, s(5), 80, 24);
    // 86% of 143 kg is 122.98: 122.5 on the plates.
    assert!(screen.contains("122.5 kg × 5"), "{screen}");
    assert!(flat(&screen).contains("95% capped at 86%: the most for 5 reps (Epley)"), "{screen}");
}

#[test]
fn a_plank_written_with_reps_says_on_ready_that_it_is_held() {
    let mut programme = programme();
    programme.days[0].exercises[PLANK].reps_written = Some(Reps::Range(8, 12));
    let mut plank = Session::new(programme, 0, &Past::default(), Settings::default(), s(0));
    plank.current = plank.plan.iter().position(|p| p.exercise == PLANK).unwrap();
    for (w, h) in [(80, 24), (40, 12)] {
        let screen = draw(&plank, s(5), w, h);
        let said = "A 30s hold, not the 8-12 reps written: Plank is a timed hold";
        assert!(flat(&screen).contains(said), "{w}x{h}:\n{screen}");
    }
    // Written as a hold, it says nothing of reps.
    assert!(!draw(&at(PLANK, Screen::Ready), s(5), 80, 24).contains("reps written"));
}

#[test]
fn the_next_harder_variation_is_said_on_ready() {
    let mut programme = programme();
    let push_up = &mut programme.days[0].exercises[PUSH_UP];
    push_up.target = Target::Reps(Reps::Range(8, 12));
    push_up.progression = Rule::Double { increment: 2.5, deload_after: 3, deload: 0.1 };
    push_up.harder = Some("Decline push-up".into());
    let top = PastSet { load: None, reps: 12, target_top: 12, rpe: None };
    let sessions = vec![PastSession { sets: vec![top; 2], ..PastSession::default() }];
    let work = HashMap::from([("Push-up".to_string(), ExerciseHistory { sessions })]);
    let past = Past { work, ..Past::default() };
    let mut ready = Session::new(programme, 0, &past, Settings::default(), s(0));
    ready.current = ready.plan.iter().position(|p| p.exercise == PUSH_UP).unwrap();
    for (w, h) in [(80, 24), (40, 12)] {
        let screen = flat(&draw(&ready, s(5), w, h));
        assert!(screen.contains("move on to Decline push-up, or slow the tempo"), "{screen}");
    }
}

#[test]
fn the_direction_words_fit_the_exercise() {
    for (motion, down, up) in [
        (Motion::Lift, "lower slowly", "lift"),
        (Motion::Pull, "return slowly", "pull"),
        (Motion::Push, "return slowly", "push"),
        (Motion::Crunch, "return slowly", "crunch"),
    ] {
        let mut session = pacing_at(SQUAT);
        session.programme.days[0].exercises[SQUAT].motion = motion;
        for (w, h) in [(80, 24), (40, 12)] {
            // 3-1-1-0 from 10 s: the eccentric at 11 s, the concentric at 14.5 s.
            let screen = draw(&session, s(11), w, h);
            assert!(screen.contains(&format!("Now: INHALE — {down}")), "{motion:?}:\n{screen}");
            let screen = draw(&session, ms(14_500), w, h);
            assert!(screen.contains(&format!("Now: EXHALE — {up} ")), "{motion:?}:\n{screen}");
        }
    }
}

#[test]
fn first_time_appears_only_where_the_load_is_a_guess() {
    let weighted = at(SQUAT, Screen::Ready);
    let text = draw(&weighted, s(5), 120, 30);
    assert!(!text.contains("First time"), "it has a last time:\n{text}");
    let mut fresh = weighted.clone();
    fresh.last.clear();
    let text = draw(&fresh, s(5), 120, 30);
    assert!(text.contains("First time — 16 kg is a starting guess; +/- changes it"), "{text}");
    let mut bodyweight = at(PUSH_UP, Screen::Ready);
    bodyweight.last.clear();
    assert!(!draw(&bodyweight, s(5), 120, 30).contains("First time"));
    // A percentage of a known one-rep max is worked out, and a warm-up follows the work load.
    let worked_out = strength_at(BACK_SQUAT, SetKind::Work, Screen::Ready);
    assert!(!draw(&worked_out, s(5), 120, 30).contains("First time"));
    let warmup = strength_at(BACK_SQUAT, SetKind::Warmup, Screen::Ready);
    assert!(!draw(&warmup, s(5), 120, 30).contains("First time"));
    assert!(draw(&weighted, s(5), 80, 24).contains("+/- load"), "the key is in the footer");
}

#[test]
fn the_help_box_says_not_medical_advice_and_988_on_every_screen() {
    let screens = [
        covered(at(SQUAT, Screen::Ready), Overlay::Help),
        covered(pacing_at(SQUAT), Overlay::Help),
        covered(home_screen(), Overlay::Help),
        covered(strength_summary(), Overlay::Help),
    ];
    for app in &screens {
        let text = flat(&draw_app(app, s(20), 80, 24));
        assert!(text.contains(NOT_MEDICAL_ADVICE), "{text}");
        assert!(text.contains(CRISIS_LINE), "{text}");
        assert!(text.contains("not medical advice") && text.contains("988"));
    }
    let braced = covered(
        strength_at(BACK_SQUAT, SetKind::Work, Screen::Pacing { clock: Clock::started(s(10)) }),
        Overlay::Help,
    );
    let text = flat(&draw_app(&braced, s(20), 80, 24));
    assert!(text.contains(BRACE_CAUTION) && text.contains("988"), "{text}");
}

/// Presses `key` on `app` at `now` (a box takes it first).
fn press(app: &mut App, key: Key) {
    app.update(Msg::Key(key), s(20));
}

#[test]
fn a_short_help_box_opens_with_both_wellbeing_phrases_and_scrolls_to_every_sentence() {
    let braced =
        strength_at(BACK_SQUAT, SetKind::Work, Screen::Pacing { clock: Clock::started(s(10)) });
    let mut screens = [
        covered(braced, Overlay::Help),
        covered(at(SQUAT, Screen::Ready), Overlay::Help),
        covered(home_screen(), Overlay::Help),
        covered(strength_summary(), Overlay::Help),
    ];
    for app in &mut screens {
        let opened = draw_app(app, s(20), 40, 12);
        assert!(opened.contains("not medical advice") && opened.contains("988"), "{opened}");
        assert!(opened.contains("↓ more · other keys close"), "{opened}");
        // Down to the end: every key line, the caution and both sentences pass by, whole.
        let mut seen = flat(&opened);
        let mut frames = vec![opened.clone()];
        for _ in 0..30 {
            press(app, Key::Down);
            frames.push(draw_app(app, s(20), 40, 12));
            seen.push_str(&flat(frames.last().unwrap()));
        }
        // No line runs into the border: a long key line wraps under itself.
        for row in frames.iter().flat_map(|f| f.lines()).filter(|l| l.matches('║').count() == 2) {
            assert!(row.trim_end_matches(['"', ' ']).ends_with(" ║"), "{row}");
        }
        let end = draw_app(app, s(20), 40, 12);
        assert!(flat(&end).contains(CRISIS_LINE), "the last sentence shows at the end:\n{end}");
        assert!(end.contains("↑ back · other keys close"), "{end}");
        assert!(seen.contains(NOT_MEDICAL_ADVICE) && seen.contains(CRISIS_LINE), "{seen}");
        let screen = app.screen();
        for (keys, does) in screen.help() {
            assert!(seen.contains(&format!("{keys} {does}")), "{keys} never shown: {seen}");
        }
        if let Some(caution) = screen.help_note() {
            assert!(seen.contains(caution), "{seen}");
        }
        // Up (k too) goes back to the top at once, however far down was pressed.
        for _ in 0..30 {
            press(app, Key::Char('k'));
        }
        assert_eq!(draw_app(app, s(20), 40, 12), opened);
        press(app, Key::Char('j'));
        assert_ne!(draw_app(app, s(20), 40, 12), opened, "j scrolls");
        press(app, Key::Char('x'));
        assert_eq!(app.overlay, None, "any other key closes it");
        // Opened again, it starts at the top.
        press(app, Key::Down);
        press(app, Key::Char('?'));
        assert_eq!((app.overlay, app.help_scroll), (Some(Overlay::Help), 0));
    }
}

#[test]
fn the_plain_help_says_the_wellbeing_sentences_too() {
    let app = covered(at(SQUAT, Screen::Ready), Overlay::Help);
    let said = liftpace::ui::plain::said(&app, s(20), &view()).text;
    assert!(said.contains(NOT_MEDICAL_ADVICE) && said.contains(CRISIS_LINE), "{said}");
}

#[test]
fn the_plain_ready_line_says_the_caution_and_why_the_load_is_what_it_is() {
    let view = view();
    let said = |session: Session| liftpace::ui::plain::said(&App::new(session), s(5), &view).text;
    let braced = said(strength_at(BACK_SQUAT, SetKind::Work, Screen::Ready));
    assert!(braced.contains(BRACE_CAUTION), "{braced}");
    assert!(!said(strength_at(BACK_SQUAT, SetKind::Warmup, Screen::Ready)).contains("brace"));
    let mut programme = strength_programme();
    programme.days[0].exercises[BACK_SQUAT].load = Load::Percent(95.0);
    let mut capped = Session::new(programme, 0, &Past::default(), Settings::default(), s(0));
    capped.current = capped.plan.iter().position(|p| p.kind == SetKind::Work).unwrap();
    let capped = said(capped);
    assert!(capped.contains("95% capped at 86%: the most for 5 reps (Epley)"), "{capped}");
}

#[test]
fn a_help_box_with_room_shows_everything_and_does_not_scroll() {
    let mut app = covered(at(SQUAT, Screen::Ready), Overlay::Help);
    let opened = draw_app(&app, s(20), 80, 24);
    assert!(opened.contains("any key closes this") && !opened.contains("more"), "{opened}");
    press(&mut app, Key::Down);
    assert_eq!(draw_app(&app, s(20), 80, 24), opened, "nothing to scroll to");
    assert_eq!(app.overlay, Some(Overlay::Help), "an arrow does not close it");
}

#[test]
fn the_summary_ends_with_the_wellbeing_line_at_every_size() {
    for summary in [strength_summary()] {
        let screen = draw(&summary, s(3_100), 80, 24);
        // One line, at the foot of the body, just above the keys.
        let rows: Vec<&str> = screen.lines().map(|l| l.trim_matches('"').trim()).collect();
        let last = rows.iter().rposition(|r| !r.is_empty() && !r.contains("leave")).unwrap();
        assert_eq!(rows[last], WELLBEING_LINE, "{screen}");
        for (w, h) in [(40, 12), (40, 13), (60, 16)] {
            let screen = draw(&summary, s(3_100), w, h);
            let text = flat(&screen);
            assert!(text.contains(WELLBEING_LINE), "{w}x{h}:\n{screen}");
            // Broken at the middle dot, so neither phrase is split.
            assert!(screen.lines().any(|l| l.contains("not medical advice")), "{screen}");
            assert!(screen.lines().any(|l| l.contains("988")), "{screen}");
        }
    }
    assert!(WELLBEING_LINE.contains("not medical advice") && WELLBEING_LINE.contains("988"));
}
