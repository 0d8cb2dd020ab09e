//! The resume rules, as tables and scripts: when an interrupted workout is offered back, what
//! the prompt says, what each answer does, and how a resumed session goes on (at the first set
//! not done, the sets on disk counted once, the time away left out). No I/O, no async; the
//! prompt drawn at 80 × 24 and 40 × 12.

mod ui_fixtures;

use std::rc::Rc;
use std::time::Duration;

use insta::assert_snapshot;
use liftpace::core::app::{App, Effect, JournalEntry, Msg, Opening};
use liftpace::core::keys::Key;
use liftpace::core::library::Library;
use liftpace::core::programme::Load;
use liftpace::core::resume::screen::ResumeScreen;
use liftpace::core::resume::{DoneSet, Interrupted};
use liftpace::core::session::launch::Workout;
use liftpace::core::session::{Past, Screen, Session, SetKind, Settings, Side};
use ui_fixtures::*;

/// Seconds since the epoch the prompt is judged at.
const NOW: i64 = 1_800_000_000;
const MINUTE: i64 = 60;
const HOUR: i64 = 3600;

fn workout() -> Workout {
    Workout {
        programme: programme(),
        file: "built-in:full-body".into(),
        day: 0,
        past: Rc::new(Past::default()),
        settings: Settings::default(),
        library: Rc::new(Library::built_in()),
    }
}

fn done(exercise: &str, number: u32, side: Option<Side>, load: Option<f64>) -> DoneSet {
    DoneSet {
        exercise: exercise.into(),
        kind: SetKind::Work,
        number,
        side,
        reps: Some(10),
        hold_s: None,
        load,
        rpe: None,
    }
}

/// The goblet squat's three sets and the first deadlift, done 40 minutes ago.
fn four_done() -> Vec<DoneSet> {
    let squat = |n| done("Goblet squat", n, None, Some(18.0));
    vec![squat(1), squat(2), squat(3), done("Deadlift", 1, None, Some(60.0))]
}

fn interrupted(started: i64, completed: bool, sets: Vec<DoneSet>) -> Interrupted {
    Interrupted {
        session: "20261128T063005-3fa91c".into(),
        day: "A".into(),
        started,
        completed,
        sets,
        skipped: Vec::new(),
        swaps: Vec::new(),
        active: Duration::from_secs(25 * 60),
    }
}

/// The interrupted session with `sets` on disk and `active` already spent on it.
fn with(sets: Vec<DoneSet>, active: Duration) -> Interrupted {
    Interrupted { active, ..interrupted(NOW, false, sets) }
}

fn offer(last: Interrupted) -> Option<ResumeScreen> {
    ResumeScreen::offer(last, NOW, &workout(), &workout())
}

fn prompt() -> ResumeScreen {
    offer(interrupted(NOW - 40 * MINUTE, false, four_done())).expect("offered")
}

#[test]
fn what_is_offered_and_what_is_not() {
    let cases = [
        ("40 min ago, 4 sets", interrupted(NOW - 40 * MINUTE, false, four_done()), true),
        ("a second short of 12 h", interrupted(NOW - 12 * HOUR + 1, false, four_done()), true),
        ("exactly 12 h", interrupted(NOW - 12 * HOUR, false, four_done()), false),
        ("yesterday", interrupted(NOW - 20 * HOUR, false, four_done()), false),
        ("nothing logged", interrupted(NOW - 10 * MINUTE, false, Vec::new()), false),
        ("completed", interrupted(NOW - 10 * MINUTE, true, four_done()), false),
        ("the clock went back", interrupted(NOW + 5 * MINUTE, false, four_done()), false),
    ];
    for (what, last, offered) in cases {
        assert_eq!(offer(last).is_some(), offered, "{what}");
    }
}

#[test]
fn a_day_gone_from_the_programme_or_a_day_all_done_is_not_offered() {
    let gone = Interrupted { day: "Z".into(), ..interrupted(NOW - MINUTE, false, four_done()) };
    assert!(offer(gone).is_none());
    let session = workout().begin(Duration::ZERO).1;
    let every: Vec<DoneSet> = session
        .plan
        .iter()
        .map(|p| {
            let name = &session.programme.days[0].exercises[p.exercise].name;
            DoneSet { kind: p.kind, ..done(name, p.number, p.side, None) }
        })
        .collect();
    assert!(offer(interrupted(NOW - MINUTE, false, every)).is_none(), "nothing left to do");
}

#[test]
fn the_prompt_says_the_day_the_sets_done_and_when() {
    let prompt = prompt();
    assert_eq!(prompt.question(), "Resume day A — 4 of 10 sets done, 40 min ago?");
    assert_eq!(prompt.answers(), "Enter resume · n start day A fresh · d pick another day");
    let hours = offer(interrupted(NOW - 3 * HOUR - 5 * MINUTE, false, four_done())).unwrap();
    assert!(hours.question().ends_with("3 h 5 min ago?"), "{}", hours.question());
}

fn opened(effect: &Effect) -> &Session {
    let Effect::Open(Opening(screen)) = effect else { panic!("not an opening: {effect:?}") };
    let any: &dyn std::any::Any = screen.as_ref();
    any.downcast_ref::<Session>().expect("a workout")
}

#[test]
fn enter_resumes_the_same_session_at_the_first_set_not_done() {
    let mut prompt = prompt();
    let effects = liftpace::core::app::Screen::update(&mut prompt, Msg::Key(Key::Enter), ms(500));
    let resumed = JournalEntry::SessionResumed { session: "20261128T063005-3fa91c".into() };
    assert_eq!(effects[0], Effect::Save(resumed), "the resume is recorded first");
    assert_eq!(effects[1], Effect::Back, "the prompt gives way");
    let session = opened(&effects[2]);
    assert_eq!(effects.len(), 3);
    let next = session.current_set();
    assert_eq!((session.exercise().name.as_str(), next.number), ("Deadlift", 2));
    assert_eq!(session.progress(), (5, 10));
    assert_eq!(session.sets_logged(), (4, 0));
    assert_eq!(session.screen, Screen::Ready);
    // 3 × 10 × 18 + 10 × 60: the sets on disk count in the summary's volume.
    assert_eq!(session.volume(), 1140.0);
}

#[test]
fn n_starts_the_day_fresh_and_d_goes_to_the_day_choice() {
    let mut prompt = prompt();
    let mut press = |key| liftpace::core::app::Screen::update(&mut prompt, Msg::Key(key), ms(1));
    let fresh = press(Key::Char('n'));
    assert!(
        matches!(&fresh[..2], [Effect::Save(JournalEntry::SessionBegan { day, .. }), Effect::Back] if day == "A"),
        "{fresh:?}"
    );
    let session = opened(&fresh[2]);
    assert_eq!((session.current, session.sets_logged()), (0, (0, 0)));
    assert_eq!(press(Key::Char('d')), vec![Effect::Back]);
    assert_eq!(press(Key::Esc), vec![Effect::Back]);
    assert_eq!(press(Key::Char('q')), vec![Effect::Exit]);
    assert_eq!(press(Key::Char('x')), Vec::new());
}

#[test]
fn a_failed_save_keeps_the_prompt_up_with_the_reason() {
    let mut prompt = prompt();
    let entry = JournalEntry::SessionResumed { session: "x".into() };
    let msg = Msg::SaveFailed(entry, "disk full".into());
    assert!(liftpace::core::app::Screen::update(&mut prompt, msg, ms(1)).is_empty());
    assert_eq!(prompt.message.as_deref(), Some("Not saved: disk full"));
}

#[test]
fn loads_logged_before_the_break_carry_forward() {
    // The first squat was logged at 20 kg, not the 16 kg planned: the rest follow it.
    let sets = vec![done("Goblet squat", 1, None, Some(20.0))];
    let session = workout().begin(Duration::ZERO).1.resumed(&with(sets, Duration::ZERO));
    assert_eq!(session.current, 1);
    assert_eq!(session.current_set().load, Load::Weight(20.0));
}

#[test]
fn a_left_side_done_resumes_at_its_right_side() {
    let mut sets = four_done();
    sets.extend([done("Deadlift", 2, None, Some(60.0))]);
    sets.extend((1..=2).map(|n| DoneSet {
        hold_s: Some(30),
        reps: None,
        ..done("Plank", n, None, None)
    }));
    sets.push(done("Push-up", 1, None, None));
    sets.push(done("Split squat", 1, Some(Side::Left), Some(10.0)));
    let session = workout().begin(Duration::ZERO).1.resumed(&with(sets, Duration::ZERO));
    let set = session.current_set();
    assert_eq!(
        (session.exercise().name.as_str(), set.number, set.side),
        ("Split squat", 1, Some(Side::Right))
    );
}

#[test]
fn the_summary_counts_the_time_before_the_break_as_active_time() {
    let session = workout().begin(s(100)).1.resumed(&with(four_done(), s(25 * 60)));
    assert_eq!(session.time_spent(s(100 + 10 * 60)), (s(35 * 60), true));
    let fresh = workout().begin(s(100)).1;
    assert_eq!(fresh.time_spent(s(100 + 10 * 60)), (s(10 * 60), false));
}

#[test]
fn the_prompt_over_home_at_both_sizes() {
    let mut app = App::new(home_screen());
    app.open(Box::new(prompt()));
    for (w, h) in [(80, 24), (40, 12)] {
        assert_snapshot!(format!("resume_prompt_{w}x{h}"), draw_app(&app, s(0), w, h));
    }
}

#[test]
fn the_summary_of_a_resumed_workout_says_active_time() {
    let mut session = workout().begin(s(0)).1.resumed(&with(four_done(), s(25 * 60)));
    session.screen = Screen::Summary { ended: s(20 * 60) };
    for (w, h) in [(80, 24), (40, 12)] {
        let drawn = draw(&session, s(20 * 60), w, h);
        assert!(drawn.contains("Time active  45:00"), "{drawn}");
        assert!(drawn.contains("Sets logged  4"), "{drawn}");
    }
}
