//! The app as a script: messages in at given times, screens, boxes and effects out. No I/O,
//! no async: the runtime's part (carrying out `Open`, `Back`, a failed save) is played here.

use std::any::Any;
use std::rc::Rc;

use super::*;
use crate::core::home::{Home, HomeEntry};
use crate::core::library::Library;
use crate::core::programme::load::load;
use crate::core::session::launch::Workout;
use crate::core::session::{self, EndStatus, Past, Screen as Step, Session, Settings};

const PROGRAMME: &str = r#"
name = "App"
[defaults]
muscles = ["legs"]
[[day]]
name = "A"
[[day.exercise]]
name = "Squat"
sets = 2
reps = 5
tempo = "2-0-1-0"
"#;

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

fn key(app: &mut App, k: Key, t: u64) -> Vec<Effect> {
    app.update(Msg::Key(k), secs(t))
}

fn workout() -> Workout {
    Workout {
        programme: load(PROGRAMME, "app.toml").unwrap().programme,
        file: "app.toml".into(),
        day: 0,
        past: Rc::new(Past::default()),
        settings: Settings::default(),
        library: Rc::new(Library::built_in()),
    }
}

fn session_of(app: &App) -> &Session {
    let any: &dyn Any = app.screen();
    any.downcast_ref::<Session>().expect("a workout is up")
}

fn home() -> Home {
    let entry = |title: &str, error: Option<&str>| HomeEntry {
        title: title.into(),
        origin: "built-in".into(),
        next_day: error.is_none().then(|| "A".into()),
        summary: String::new(),
        error: error.map(Into::into),
    };
    Home::new(vec![(entry("App", None), Some(workout())), (entry("Broken", Some("bad")), None)])
}

/// Carries out what the runtime would of `effects`, saving nothing: opens screens and goes
/// back, and returns the rest.
fn run(app: &mut App, effects: Vec<Effect>) -> Vec<Effect> {
    let mut rest = Vec::new();
    for effect in effects {
        match effect {
            Effect::Open(Opening(screen)) => app.open(screen),
            Effect::OpenMade(deferred) => app.open(deferred.make()),
            Effect::Back => assert!(app.back(), "something to go back to"),
            other => rest.push(other),
        }
    }
    rest
}

#[test]
fn quitting_asks_first_and_ends_the_session_once() {
    let mut app = App::new(workout().begin(Duration::ZERO).1);
    key(&mut app, Key::Enter, 0);
    app.update(Msg::Tick, secs(3));
    assert!(key(&mut app, Key::Char('q'), 4).is_empty());
    assert_eq!(app.overlay, Some(Overlay::Confirm(session::QUIT)));
    assert_eq!(app.deadline(), None, "nothing runs on under the question");
    assert!(app.update(Msg::Tick, secs(30)).is_empty());
    assert!(key(&mut app, Key::Char('x'), 9).is_empty(), "only an answer closes it");
    assert!(app.overlay.is_some());
    assert!(key(&mut app, Key::Char('n'), 10).is_empty());
    assert_eq!(app.overlay, None);
    let Step::Pacing { clock } = session_of(&app).screen else { panic!() };
    assert_eq!(clock.paused_at, Some(secs(4)), "the set stays paused until Space");
    key(&mut app, Key::CtrlC, 11);
    let effects = key(&mut app, Key::Char('y'), 12);
    let quit = JournalEntry::SessionEnded(EndStatus::Quit);
    assert_eq!(effects, vec![Effect::Save(quit), Effect::Exit]);
    assert_eq!(app.update(Msg::Terminate, secs(13)), vec![Effect::Exit]);
}

#[test]
fn terminate_quits_at_once_and_help_closes_on_any_key() {
    let mut app = App::new(workout().begin(Duration::ZERO).1);
    key(&mut app, Key::Char('?'), 0);
    assert_eq!(app.overlay, Some(Overlay::Help));
    assert_eq!(app.screen().help()[0], ("Space / Enter", "start the set"));
    key(&mut app, Key::Char('x'), 1);
    assert_eq!(app.overlay, None);
    let effects = app.update(Msg::Terminate, secs(2));
    let quit = JournalEntry::SessionEnded(EndStatus::Quit);
    assert_eq!(effects, vec![Effect::Save(quit), Effect::Exit]);
}

#[test]
fn enter_on_home_records_the_start_then_opens_the_workout() {
    let mut app = App::new(home());
    let effects = key(&mut app, Key::Enter, 5);
    let began = JournalEntry::SessionBegan {
        programme: "App".into(),
        file: "app.toml".into(),
        day: "A".into(),
    };
    assert_eq!(effects.len(), 2);
    assert_eq!(effects[0], Effect::Save(began), "recorded before it is opened");
    assert!(matches!(effects[1], Effect::Open(_)));
    assert!(run(&mut app, effects).len() == 1);
    let session = session_of(&app);
    assert_eq!((session.began, &session.screen), (secs(5), &Step::Ready));
    // The workout's end goes back home.
    assert!(app.back());
    assert!(!app.back(), "nothing under home");
}

#[test]
fn a_start_that_cannot_be_recorded_stays_home_and_says_why() {
    let mut app = App::new(home());
    let mut effects = key(&mut app, Key::Enter, 5);
    let Effect::Save(began) = effects.remove(0) else { panic!() };
    // The runtime drops the rest of the batch (the opening) and tells the app.
    assert!(app.update(Msg::SaveFailed(began, "disk full".into()), secs(5)).is_empty());
    let any: &dyn Any = app.screen();
    let home = any.downcast_ref::<Home>().expect("still home");
    assert_eq!(home.message.as_deref(), Some("disk full"));
}

#[test]
fn home_moves_with_its_keys_refuses_a_broken_programme_and_quits() {
    let mut app = App::new(home());
    let home_of = |app: &App| -> Home {
        let any: &dyn Any = app.screen();
        any.downcast_ref::<Home>().unwrap().clone()
    };
    for k in [Key::Down, Key::Char('j'), Key::Tab] {
        key(&mut app, k, 0);
        assert_eq!(home_of(&app).selected, 1, "{k:?} stops at the last");
    }
    assert!(key(&mut app, Key::Enter, 1).is_empty());
    assert!(home_of(&app).message.unwrap().contains("liftpace check"));
    key(&mut app, Key::Up, 2);
    assert_eq!((home_of(&app).selected, home_of(&app).message), (0, None));
    key(&mut app, Key::Char('?'), 3);
    assert_eq!(app.overlay, Some(Overlay::Help));
    assert!(key(&mut app, Key::Char('q'), 4).is_empty(), "the first key closes the help");
    assert_eq!(key(&mut app, Key::Char('q'), 5), vec![Effect::Exit]);
    assert_eq!(key(&mut app, Key::Esc, 5), vec![Effect::Exit]);
    assert_eq!(app.update(Msg::Terminate, secs(6)), vec![Effect::Exit]);
}

#[test]
fn a_screen_opened_over_another_closes_its_box_and_goes_back_to_it() {
    let mut app = App::new(home());
    key(&mut app, Key::Char('?'), 0);
    app.open(Box::new(workout().begin(Duration::ZERO).1));
    assert_eq!(app.overlay, None);
    assert!(app.back());
    let any: &dyn Any = app.screen();
    assert!(any.is::<Home>());
}

#[test]
fn the_first_records_are_given_once() {
    let (began, session) = workout().begin(Duration::ZERO);
    let mut app = App::new(session).recording_first(vec![began.clone()]);
    assert_eq!(app.take_first_records(), vec![began]);
    assert!(app.take_first_records().is_empty());
}

#[test]
fn home_picks_any_day_with_left_and_right_and_starts_it() {
    let two_days = format!(
        "{PROGRAMME}\n[[day]]\nname = \"B\"\n[[day.exercise]]\nname = \"Row\"\nsets = 1\nreps = 8\n"
    );
    let mut w = workout();
    w.programme = load(&two_days, "app.toml").unwrap().programme;
    let entry = HomeEntry {
        title: "App".into(),
        origin: "built-in".into(),
        next_day: Some("A".into()),
        summary: String::new(),
        error: None,
    };
    let mut app = App::new(Home::new(vec![(entry, Some(w))]));
    let day_shown = |app: &App| {
        let any: &dyn Any = app.screen();
        any.downcast_ref::<Home>().unwrap().entries[0].next_day.clone().unwrap()
    };
    key(&mut app, Key::Right, 0);
    assert_eq!(day_shown(&app), "B");
    key(&mut app, Key::Right, 0);
    assert_eq!(day_shown(&app), "A", "wraps round");
    key(&mut app, Key::Left, 0);
    assert_eq!(day_shown(&app), "B", "and back");
    let effects = key(&mut app, Key::Enter, 1);
    let Some(Effect::Save(JournalEntry::SessionBegan { day, .. })) = effects.first() else {
        panic!("{effects:?}")
    };
    assert_eq!(day, "B", "Enter starts the day shown");
}

#[test]
fn progress_is_read_only_when_p_is_pressed_and_each_time_it_is() {
    use std::cell::Cell;

    use crate::core::progress::{Progress, ProgressScreen};

    // Counts the passes over the history the runtime would make.
    let reads = Rc::new(Cell::new(0));
    let counted = Rc::clone(&reads);
    let made = Deferred::new(move || {
        counted.set(counted.get() + 1);
        let today = jiff::civil::date(2026, 11, 28);
        let report = Progress { today, weeks: Vec::new(), exercises: Vec::new(), streak_weeks: 0 };
        Box::new(ProgressScreen::new(report))
    });
    let mut app = App::new(home().with_progress(made.clone()));
    for k in [Key::Down, Key::Up, Key::Right, Key::Char('?'), Key::Esc] {
        key(&mut app, k, 1);
    }
    assert_eq!(reads.get(), 0, "starting and moving about home reads nothing");

    let effects = key(&mut app, Key::Char('p'), 2);
    assert_eq!(effects, vec![Effect::OpenMade(made)], "p asks for the read");
    assert_eq!(reads.get(), 0, "the core never reads: the runtime does");
    run(&mut app, effects);
    assert_eq!(reads.get(), 1);
    let any: &dyn Any = app.screen();
    assert!(any.downcast_ref::<ProgressScreen>().is_some(), "Progress is up");

    // Back home and in again: read afresh, so a set logged since is in it.
    assert_eq!(key(&mut app, Key::Esc, 3), vec![Effect::Back]);
    assert!(app.back());
    let effects = key(&mut app, Key::Char('p'), 4);
    run(&mut app, effects);
    assert_eq!(reads.get(), 2);
}
