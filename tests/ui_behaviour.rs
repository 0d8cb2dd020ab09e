//! What the screens promise beyond their look: the phase word once, a bar that grows, a frame
//! timer that wakes exactly when the picture changes and sleeps on still screens, and no panic
//! at any size.

mod ui_fixtures;

use std::time::Duration;

use liftpace::core::app::Overlay;
use liftpace::core::plates;
use liftpace::core::programme::Load;
use liftpace::core::session::{Clock, LogForm, Paced, QUIT, Screen, Session, SetKind};
use liftpace::ui;
use ratatui::layout::Rect;
use ui_fixtures::*;

const WORDS: [&str; 4] = ["INHALE", "EXHALE", "HOLD", "BRACE"];
/// The legend of each cue: the one line where other phase words may stand.
const LEGENDS: [&str; 2] = [
    "INHALE lowering · HOLD pause · EXHALE lifting",
    "BRACE through the rep · EXHALE, INHALE between reps",
];
const FRAME: Duration = Duration::from_nanos(1_000_000_000 / 60);

fn area(w: u16, h: u16) -> Rect {
    Rect::new(0, 0, w, h)
}

/// How often each phase word appears on screen outside the fixed legend line.
fn words_outside_legend(screen: &str) -> [usize; 4] {
    let outside = |l: &&str| !LEGENDS.iter().any(|legend| l.contains(legend));
    let text: String = screen.lines().filter(outside).collect::<Vec<_>>().join("\n");
    WORDS.map(|w| text.matches(w).count())
}

#[test]
fn pacing_shows_the_current_phase_word_once_and_no_other() {
    let sessions = [pacing_at(SQUAT), pacing_at(DEADLIFT), pacing_at(PUSH_UP), braced()];
    for (exercise, session) in sessions.iter().enumerate() {
        for (w, h) in [(80, 24), (40, 12), (120, 40), (60, 15)] {
            for t in (0..6000).step_by(250) {
                let now = s(10) + ms(t);
                let word = session.rep_phase(now).unwrap().kind.word();
                let counts = words_outside_legend(&draw(session, now, w, h));
                let want = WORDS.map(|x| usize::from(x == word));
                assert_eq!(counts, want, "{word} at {t} ms, {w}x{h}, exercise {exercise}");
            }
        }
    }
}

#[test]
fn a_braced_rep_braces_then_breathes_out_and_in_at_the_top() {
    let session = braced();
    // 3-1-1-0 braced: BRACE through the first 5 s of each 7 s rep, then a second each to
    // breathe out and in again: at least 2 s between braced reps.
    let words: Vec<&str> =
        (0..7).map(|t| session.rep_phase(s(10 + t)).unwrap().kind.word()).collect();
    assert_eq!(words, ["BRACE", "BRACE", "BRACE", "BRACE", "BRACE", "EXHALE", "INHALE"]);
    for (w, h) in [(80, 24), (40, 12)] {
        let screen = draw(&session, s(11), w, h);
        assert_eq!(words_outside_legend(&screen), [0, 0, 0, 1], "{screen}");
        // BRACE never hides the tempo: the lifter still reads which way the weight goes.
        assert!(screen.contains("Now: BRACE — lower slowly"), "{screen}");
        let screen = draw(&session, ms(13_500), w, h);
        assert!(screen.contains("Now: BRACE — stay still"), "{screen}");
        let screen = draw(&session, ms(14_500), w, h);
        assert!(screen.contains("Now: BRACE — lift"), "{screen}");
        let screen = draw(&session, ms(15_500), w, h);
        assert!(screen.contains("Now: EXHALE — breathe out"), "{screen}");
        let screen = draw(&session, ms(16_500), w, h);
        assert!(screen.contains("Now: INHALE — ") && screen.contains("brace again"), "{screen}");
    }
    let wide = draw(&session, s(11), 80, 24);
    assert!(wide.contains(LEGENDS[1]), "{wide}");
}

#[test]
fn the_plate_line_says_what_the_plate_calculator_says() {
    let session = strength();
    let barbell = &session.programme.barbell;
    let mut checked = 0;
    for (i, set) in session.plan.iter().enumerate() {
        let mut ready = strength();
        ready.current = i;
        let screen = draw(&ready, s(1), 80, 24);
        match (set.exercise, set.load) {
            (BACK_SQUAT | BENCH, Load::Weight(total)) => {
                let plates = plates::per_side(total, barbell).expect("loadable");
                let line = format!("Load: {}", plates::describe_per_side(&plates));
                assert!(screen.contains(&line), "{line} for {total}:\n{screen}");
                checked += 1;
            }
            // Dumbbells get no plate line.
            _ => assert!(!screen.contains("Load:"), "{screen}"),
        }
    }
    assert_eq!(checked, 9, "3 warm-ups and 3 work sets of squat, 3 of bench");
    // The session works a set's plates out when its load is planned; drawing only words them.
    let mut odd = strength_at(BACK_SQUAT, SetKind::Work, Screen::Ready);
    odd.loading[odd.current] = plates::Loading::of(101.0, &odd.programme.barbell);
    let screen = draw(&odd, s(1), 80, 24);
    assert!(screen.contains("Load: can't be made with your plates"), "{screen}");
    let bar = draw(&strength_at(BACK_SQUAT, SetKind::Warmup, Screen::Ready), s(1), 40, 12);
    assert!(bar.contains("Load: bar only"), "{bar}");
}

#[test]
fn a_warmup_is_never_called_a_set() {
    let session = strength();
    let warmups: Vec<usize> =
        (0..session.plan.len()).filter(|&i| session.plan[i].kind == SetKind::Warmup).collect();
    assert_eq!(warmups.len(), 3);
    for i in warmups {
        let form = LogForm::new(5, session.plan[i].load, false);
        let screens = [
            Screen::Ready,
            Screen::GetReady { since: s(10) },
            Screen::Pacing { clock: Clock::started(s(10)) },
            Screen::Log { form, paced: Paced { began: s(10), ended: s(40) } },
        ];
        for screen in screens {
            let mut at = strength();
            at.current = i;
            at.screen = screen;
            for (w, h) in [(80, 24), (40, 12)] {
                let text = draw(&at, s(12), w, h).to_lowercase();
                let n = session.plan[i].number;
                assert!(text.contains(&format!("warm-up {n} of 3")), "{text}");
                assert!(!text.contains(&format!("set {n} of")), "{text}");
                // Warm-ups aim for nothing and explain no load.
                assert!(!text.contains("aim") && !text.contains("one_rep_max"), "{text}");
            }
        }
    }
}

#[test]
fn a_work_set_shows_its_effort_target_in_words() {
    let form = LogForm::new(5, Load::Weight(107.5), false);
    let log = strength_at(
        BACK_SQUAT,
        SetKind::Work,
        Screen::Log { form, paced: Paced { began: s(10), ended: s(40) } },
    );
    for (w, h) in [(80, 24), (40, 12)] {
        assert!(draw(&log, s(50), w, h).contains("aim 8"), "{w}x{h}");
    }
    let ready = draw(&strength_at(BENCH, SetKind::Work, Screen::Ready), s(1), 40, 12);
    assert!(ready.contains("Aim: 2 in reserve (RIR 2)"), "{ready}");
}

#[test]
fn the_summary_counts_work_sets_only() {
    for (w, h) in [(80, 24), (40, 12)] {
        let screen = draw(&strength_summary(), s(3_100), w, h);
        // 3 × 5 × 107.5 + 10 × 62.5; the warm-ups' 662.5 kg are left out.
        assert!(screen.contains("Volume       2237.5 kg"), "{screen}");
        assert!(screen.contains("Sets logged  4 (and 3 warm-ups)"), "{screen}");
    }
}

#[test]
fn the_bracing_caution_is_in_the_help_of_a_braced_exercise_only() {
    let caution = liftpace::core::safety::BRACE_CAUTION;
    let help = covered(braced(), Overlay::Help);
    for (w, h) in [(80, 24), (40, 12)] {
        let screen = draw_app(&help, s(20), w, h);
        assert!(screen.replace('║', "").contains("instead."), "{screen}");
        let flat: String =
            screen.lines().map(|l| l.trim_matches(['║', ' ', '"'])).collect::<Vec<_>>().join(" ");
        assert!(flat.contains(caution), "{flat}");
    }
    let plain = covered(pacing_at(SQUAT), Overlay::Help);
    assert!(!draw_app(&plain, s(20), 80, 24).contains("Bracing"));
}

#[test]
fn concentric_first_starts_with_exhale() {
    let screen = draw(&pacing_at(DEADLIFT), s(10), 80, 24);
    assert!(screen.contains("Now: EXHALE"), "{screen}");
}

#[test]
fn a_hold_says_hold_once_and_never_the_breath_words() {
    for (w, h) in [(80, 24), (40, 12)] {
        let screen = draw(&pacing_at(PLANK), s(17), w, h);
        assert_eq!(words_outside_legend(&screen), [0, 0, 1, 0], "{screen}");
        assert!(screen.contains("breathe steadily"), "{screen}");
    }
}

#[test]
fn rest_shows_its_breath_phase_once() {
    let mut rest = at(SQUAT, Screen::Rest { since: s(100), length: s(90) });
    rest.current += 1;
    let pattern = rest.exercise().breathing.clone();
    for t in (0..12_000).step_by(500) {
        let word = pattern.phase_at(ms(t)).unwrap().kind.word();
        let counts = words_outside_legend(&draw(&rest, s(100) + ms(t), 80, 24));
        assert_eq!(counts, WORDS.map(|x| usize::from(x == word)), "at {t} ms");
    }
}

/// Eighth-cell steps filled in the bar row (the row with the track's left cap).
fn bar_steps(screen: &str) -> usize {
    let row = screen.lines().find(|l| l.contains('▕')).expect("a bar");
    let track = row.split('▕').nth(1).unwrap().split('▏').next().unwrap_or("");
    // The partial blocks and the right cap share a glyph, so read the track cell by cell.
    let partial = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    track
        .chars()
        .map(|c| match c {
            '█' => 8,
            c => partial.iter().position(|p| p.starts_with(c)).map_or(0, |i| i + 1),
        })
        .sum()
}

#[test]
fn the_bar_fills_over_a_phase() {
    let session = pacing_at(SQUAT);
    for (w, h) in [(80, 24), (40, 12)] {
        // The first INHALE runs 0..3 s.
        let steps: Vec<usize> = (0..=29)
            .map(|tenth| bar_steps(&draw(&session, s(10) + ms(tenth * 100), w, h)))
            .collect();
        assert_eq!(steps[0], 0, "{w}x{h}");
        assert!(steps.windows(2).all(|p| p[0] < p[1]), "{w}x{h}: {steps:?}");
    }
}

#[test]
fn the_hold_bar_drains() {
    let session = pacing_at(PLANK);
    let early = bar_steps(&draw(&session, s(11), 80, 24));
    let late = bar_steps(&draw(&session, s(30), 80, 24));
    assert!(early > late && late > 0, "{early} then {late}");
}

#[test]
fn still_screens_arm_no_timer() {
    let big = area(80, 24);
    let log =
        at(SQUAT, Screen::Log { form: log_form(), paced: Paced { began: s(10), ended: s(70) } });
    let summary = at(SQUAT, Screen::Summary { ended: s(900) });
    let mut paused = pacing_at(SQUAT);
    paused.screen =
        Screen::Pacing { clock: Clock { paused_at: Some(s(12)), ..Clock::started(s(10)) } };
    for session in [at(SQUAT, Screen::Ready), log, summary, paused] {
        assert_eq!(ui::next_screen_frame(&session, s(20), big), None, "{:?}", session.screen);
    }
    // Under a box nothing moves, though the screen beneath would.
    let help = covered(pacing_at(SQUAT), Overlay::Help);
    assert!(ui::next_screen_frame(help.screen(), s(20), big).is_some());
    let rest = at(SQUAT, Screen::Rest { since: s(100), length: s(90) });
    let quit = covered(rest, Overlay::Confirm(QUIT));
    for app in [help, quit] {
        assert_eq!(ui::next_frame(&app, s(20), big), None, "{:?}", app.overlay);
    }
    assert_eq!(ui::next_screen_frame(&pacing_at(SQUAT), s(20), area(39, 24)), None, "too small");
}

#[test]
fn moving_screens_wait_at_least_a_sixtieth() {
    let sessions = [
        pacing_at(SQUAT),
        pacing_at(PLANK),
        at(SQUAT, Screen::GetReady { since: s(10) }),
        at(SQUAT, Screen::Rest { since: s(10), length: s(90) }),
    ];
    for session in &sessions {
        for (w, h) in [(80, 24), (40, 12), (200, 60)] {
            // Inside the 3 s get-ready countdown, which stops moving when it ends.
            for t in (0..2900).step_by(37) {
                let now = s(10) + ms(t);
                let next = ui::next_screen_frame(session, now, area(w, h)).expect("it moves");
                assert!(next >= now + FRAME, "{:?} at {t} ms", session.screen);
                assert!(next <= now + s(1), "{:?} at {t} ms", session.screen);
            }
        }
    }
}

#[test]
fn a_fast_bar_moves_at_most_thirty_times_a_second_but_a_phase_end_is_never_held_back() {
    // 3-1-1-0 on a 200-column bar: a step every few milliseconds, far faster than needed.
    let squat = pacing_at(SQUAT);
    let wide = area(200, 60);
    let thirtieth = Duration::from_nanos(1_000_000_000 / 30);
    for t in (0..2900).step_by(37) {
        let now = s(10) + ms(t);
        let next = ui::next_screen_frame(&squat, now, wide).unwrap();
        assert!(next >= now + thirtieth, "{t} ms: the bar waits a thirtieth");
    }
    // 20 ms before INHALE ends, the next frame is the end itself, not a thirtieth later.
    let end_of_inhale = s(13);
    let next = ui::next_screen_frame(&squat, end_of_inhale - ms(20), wide).unwrap();
    assert_eq!(next, end_of_inhale);
}

#[test]
fn a_plain_countdown_wakes_on_the_next_whole_second() {
    let none = at(PUSH_UP, Screen::Rest { since: s(100), length: s(60) });
    assert_eq!(ui::next_screen_frame(&none, ms(114_200), area(80, 24)), Some(s(115)));
    assert_eq!(ui::next_screen_frame(&none, s(115), area(40, 12)), Some(s(116)));
    let get_ready = at(SQUAT, Screen::GetReady { since: s(10) });
    assert_eq!(ui::next_screen_frame(&get_ready, ms(10_400), area(80, 24)), Some(s(11)));
}

/// Checks that the timer wakes when the picture changes: not before (the frame just before
/// the instant is the same as now's), and not after (the frame at the instant differs).
fn wakes_exactly_on_a_change(session: &Session, now: Duration, w: u16, h: u16) {
    let next = ui::next_screen_frame(session, now, area(w, h)).unwrap();
    assert!(next > now + FRAME, "capped at {:?}, so this proves nothing", session.screen);
    let before = draw(session, now, w, h);
    assert_eq!(before, draw(session, next - Duration::from_nanos(1), w, h), "changed early");
    assert_ne!(before, draw(session, next, w, h), "woke for nothing");
}

#[test]
fn the_timer_wakes_exactly_when_the_picture_changes() {
    // A 10 s pause on a narrow bar: the bar steps slower than 30 fps.
    let mut slow = pacing_at(SQUAT);
    slow.programme.days[0].exercises[SQUAT].tempo.bottom = 10;
    wakes_exactly_on_a_change(&slow, s(13), 40, 12);
    // The draining plank bar, from just after a frame (so its next step is not held back).
    let plank = pacing_at(PLANK);
    wakes_exactly_on_a_change(
        &plank,
        ui::next_screen_frame(&plank, s(13), area(40, 12)).unwrap(),
        40,
        12,
    );
    // A braced rep's EXHALE at the top, made 20 s long (half of a 40 s pause; the other half
    // is the INHALE) so the bar steps slower than 30 fps.
    let mut breath = braced();
    breath.programme.days[0].exercises[BACK_SQUAT].tempo.top = 40;
    let after_a_frame = ui::next_screen_frame(&breath, ms(15_320), area(40, 12)).unwrap();
    wakes_exactly_on_a_change(&breath, after_a_frame, 40, 12);
    let none = at(PUSH_UP, Screen::Rest { since: s(100), length: s(60) });
    wakes_exactly_on_a_change(&none, ms(114_200), 80, 24);
    // The breathing shape of a box breath: mid-inhale, and during a hold (the next change is
    // the phase word at the end of the hold).
    let boxed = at(DEADLIFT, Screen::Rest { since: s(100), length: s(90) });
    wakes_exactly_on_a_change(&boxed, s(100) + ms(1_300), 80, 24);
    wakes_exactly_on_a_change(&boxed, s(100) + ms(5_000), 80, 24);
}

#[test]
fn home_marks_the_selection_and_flags_errors() {
    for (w, h) in [(80, 24), (40, 12)] {
        let screen = draw_home(&home_screen(), w, h);
        assert_eq!(screen.matches('▶').count(), 1, "{screen}");
        assert!(screen.contains("▶ Bodyweight at home"), "{screen}");
        assert!(screen.contains("has errors"), "{screen}");
        assert!(screen.contains("next: day B"), "{screen}");
    }
}

#[test]
fn ready_shows_what_was_done_today_before_last_time() {
    let mut session = at(SQUAT, Screen::Ready);
    session.logged.push(logged("Goblet squat", SetKind::Work, 1, 10, 17.5));
    session.logged.push(logged("Goblet squat", SetKind::Warmup, 1, 8, 8.0));
    session.current += 1;
    let text = draw(&session, s(60), 120, 30);
    assert!(
        text.contains("Today: 17.5 kg × 10 · last time: 16 kg × 12, 12 (2026-11-25)"),
        "{text}"
    );
    let first = draw(&at(SQUAT, Screen::Ready), s(60), 120, 30);
    assert!(first.contains("Last time: 16 kg × 12, 12 (2026-11-25)") && !first.contains("Today"));
}

#[test]
fn the_brace_cue_says_where_the_breath_goes_out() {
    let mut ready = strength_at(BACK_SQUAT, SetKind::Work, Screen::Ready);
    assert!(draw(&ready, s(5), 80, 24).contains("out and in at the top"));
    ready.programme.days[0].exercises[BACK_SQUAT].start =
        liftpace::core::tempo::StartWith::Concentric;
    let text = draw(&ready, s(5), 80, 24);
    assert!(text.contains("out and in at the bottom") && !text.contains("at the top"), "{text}");
}

#[test]
fn the_reason_for_a_load_goes_once_the_lifter_chose_another() {
    let mut ready = strength_at(BENCH, SetKind::Work, Screen::Ready);
    assert!(draw(&ready, s(5), 80, 24).contains("+2.5 kg: 12, 12, 12 last time"));
    let current = ready.current;
    ready.plan[current].load = Load::Weight(70.0); // carried from a set logged at 70 kg
    let text = draw(&ready, s(5), 80, 24);
    assert!(text.contains("70 kg × 8-12") && !text.contains("+2.5 kg"), "{text}");
}

#[test]
fn a_superset_line_names_only_the_exercises_left_in_the_round() {
    let mut ready = strength_at(BENCH, SetKind::Work, Screen::Ready);
    assert!(draw(&ready, s(5), 80, 24).contains("Superset A: Bench press → Row"));
    // The row has one set fewer: in the bench's last round it is done alone.
    let sets = ready.programme.days[0].exercises[BENCH].sets;
    ready.programme.days[0].exercises[ROW].sets = sets - 1;
    let current = ready.current;
    ready.plan[current].number = sets;
    assert!(!draw(&ready, s(5), 80, 24).contains("Superset"));
}
