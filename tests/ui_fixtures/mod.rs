//! Programmes, sessions and a test terminal for the UI tests, built straight from the model
//! structs so they do not depend on the loader.

// Each ui test binary builds this module and uses a different part of it.
#![allow(dead_code)]

use std::collections::HashMap;
use std::time::Duration;

use liftpace::core::app::{App, Overlay};
use liftpace::core::breathing::Pattern;
use liftpace::core::home::{Home, HomeEntry};
use liftpace::core::library::Equipment;
use liftpace::core::programme::{
    Cue, Day, Effort, Exercise, Load, Programme, Reps, Target, Warmup, WarmupLoad,
};
use liftpace::core::progression::{self, PastSession, Rule};
use liftpace::core::session::{
    Clock, ExerciseHistory, Field, LastTime, LogForm, LoggedSet, Past, PastSet, Screen, Session,
    SetKind, Settings, Side,
};
use liftpace::core::tempo::{StartWith, Tempo};
use liftpace::ui::{self, View};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Whole seconds.
pub fn s(secs: u64) -> Duration {
    Duration::from_secs(secs)
}

/// Milliseconds.
pub fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

fn exercise(name: &str, load: Load, sets: u32, target: Target, breathing: &str) -> Exercise {
    Exercise {
        name: name.to_string(),
        load,
        sets,
        target,
        tempo: Tempo::default(),
        start: StartWith::Eccentric,
        rest: s(90),
        breathing: Pattern::built_in(breathing).expect("a built-in pattern"),
        muscles: Vec::new(),
        notes: None,
        per_side: false,
        ..Exercise::default()
    }
}

/// Indices of the exercises in [`programme`]'s only day.
pub const SQUAT: usize = 0;
/// Concentric-first.
pub const DEADLIFT: usize = 1;
/// A timed hold.
pub const PLANK: usize = 2;
/// As many reps as possible, rest pattern `none`.
pub const PUSH_UP: usize = 3;
/// Per side.
pub const SPLIT_SQUAT: usize = 4;

/// A day with one exercise of every kind the screens treat differently.
pub fn programme() -> Programme {
    let squat = Exercise {
        notes: Some("Elbows inside the knees; sit between your heels.".into()),
        ..exercise(
            "Goblet squat",
            Load::Weight(16.0),
            3,
            Target::Reps(Reps::Range(8, 12)),
            "resonance",
        )
    };
    let deadlift = Exercise {
        start: StartWith::Concentric,
        tempo: Tempo { eccentric: 2, bottom: 1, concentric: 1, top: 1, explosive: false },
        ..exercise("Deadlift", Load::Weight(60.0), 2, Target::Reps(Reps::Exact(5)), "box")
    };
    let plank = Exercise {
        notes: Some("Squeeze the glutes.".into()),
        ..exercise("Plank", Load::Bodyweight, 2, Target::Hold(s(30)), "box")
    };
    let push_up = exercise("Push-up", Load::Bodyweight, 1, Target::Reps(Reps::Max), "none");
    let split = Exercise {
        per_side: true,
        ..exercise("Split squat", Load::Weight(10.0), 2, Target::Reps(Reps::Exact(10)), "sigh")
    };
    let exercises = vec![squat, deadlift, plank, push_up, split];
    Programme::new("Full body, twice a week", vec![Day { name: "A".into(), exercises }])
}

/// A session that began at 0 s, with last time's goblet squats on record.
pub fn session() -> Session {
    let past = |reps| PastSet {
        reps: Some(reps),
        hold_s: None,
        load: Some(16.0),
        unit: "kg".into(),
        side: None,
    };
    let last = HashMap::from([(
        "Goblet squat".to_string(),
        LastTime { date: "2026-11-25".into(), sets: vec![past(12), past(12)] },
    )]);
    let past = Past { last, ..Past::default() };
    Session::new(programme(), 0, &past, Settings::default(), Duration::ZERO)
}

/// The session on `screen` at the first set of `exercise`.
pub fn at(exercise: usize, screen: Screen) -> Session {
    let mut session = session();
    session.current = session.plan.iter().position(|p| p.exercise == exercise).unwrap();
    session.screen = screen;
    session
}

/// Indices of the exercises in [`strength_programme`]'s only day.
/// A barbell squat at 75% of a known one-rep max: three warm-ups, RPE 8, braced.
pub const BACK_SQUAT: usize = 0;
/// A barbell bench press in superset A, moved on by double progression, 2 reps in reserve.
pub const BENCH: usize = 1;
/// Dumbbell rows, the other half of superset A.
pub const ROW: usize = 2;

/// A strength day using the rest of the vocabulary: warm-ups, a percentage load, plates, a
/// superset, effort targets, progression and the brace cue.
pub fn strength_programme() -> Programme {
    let squat = Exercise {
        warmups: vec![
            Warmup { reps: 8, load: WarmupLoad::Bar },
            Warmup { reps: 5, load: WarmupLoad::OfWork(0.5) },
            Warmup { reps: 3, load: WarmupLoad::OfWork(0.75) },
        ],
        effort: Some(Effort::Rpe(8.0)),
        cue: Cue::Brace,
        equipment: Some(Equipment::Barbell),
        rest: s(180),
        notes: Some("Big breath into the belly, knees out.".into()),
        ..exercise("Back squat", Load::Percent(75.0), 3, Target::Reps(Reps::Exact(5)), "resonance")
    };
    let bench = Exercise {
        group: Some("A".into()),
        effort: Some(Effort::Rir(2)),
        progression: Rule::Double { increment: 2.5, deload_after: 3, deload: 0.1 },
        equipment: Some(Equipment::Barbell),
        ..exercise("Bench press", Load::Weight(60.0), 3, Target::Reps(Reps::Range(8, 12)), "box")
    };
    let row = Exercise {
        group: Some("A".into()),
        equipment: Some(Equipment::Dumbbell),
        ..exercise("Row", Load::Weight(24.0), 3, Target::Reps(Reps::Exact(10)), "box")
    };
    let days = vec![Day { name: "S".into(), exercises: vec![squat, bench, row] }];
    Programme {
        sessions_per_week: 3,
        one_rep_max: [("Back squat".to_string(), 143.0)].into(),
        ..Programme::new("Strength, three days", days)
    }
}

/// A strength session that began at 0 s, after a bench session of 12, 12, 12 at 60 kg: the
/// double progression adds 2.5 kg.
pub fn strength() -> Session {
    let set = |reps| progression::PastSet { load: Some(60.0), reps, target_top: 12, rpe: None };
    let bench = ExerciseHistory {
        sessions: vec![PastSession { sets: vec![set(12); 3], ..PastSession::default() }],
    };
    let past =
        Past { work: HashMap::from([("Bench press".to_string(), bench)]), ..Past::default() };
    Session::new(strength_programme(), 0, &past, Settings::default(), Duration::ZERO)
}

/// The strength session on `screen` at the first `kind` set of `exercise`.
pub fn strength_at(exercise: usize, kind: SetKind, screen: Screen) -> Session {
    let mut session = strength();
    session.current =
        session.plan.iter().position(|p| p.exercise == exercise && p.kind == kind).unwrap();
    session.screen = screen;
    session
}

/// A logged set of `reps` at `load`, for the summaries (they show no target or tempo).
pub fn logged(exercise: &str, kind: SetKind, set: u32, reps: u32, load: f64) -> LoggedSet {
    LoggedSet {
        exercise: exercise.into(),
        number: set,
        kind,
        side: None,
        reps: Some(reps),
        hold_s: None,
        load: Some(load),
        unit: "kg",
        target: Target::Reps(Reps::Exact(5)),
        tempo: "3-1-1-0".into(),
        rpe: None,
        started: s(10),
        ended: s(40),
    }
}

/// The strength day finished at 3000 s: the squat's three warm-ups (20 × 8, 52.5 × 5,
/// 80 × 3) and three work sets of 107.5 × 5, and one bench set of 62.5 × 10.
pub fn strength_summary() -> Session {
    let mut done = strength_at(ROW, SetKind::Work, Screen::Summary { ended: s(3_000) });
    done.current = done.plan.len() - 1;
    done.logged = vec![
        logged("Back squat", SetKind::Warmup, 1, 8, 20.0),
        logged("Back squat", SetKind::Warmup, 2, 5, 52.5),
        logged("Back squat", SetKind::Warmup, 3, 3, 80.0),
        logged("Back squat", SetKind::Work, 1, 5, 107.5),
        logged("Back squat", SetKind::Work, 2, 5, 107.5),
        logged("Back squat", SetKind::Work, 3, 5, 107.5),
        logged("Bench press", SetKind::Work, 1, 10, 62.5),
    ];
    done
}

/// Pacing that started at 10 s.
pub fn pacing_at(exercise: usize) -> Session {
    at(exercise, Screen::Pacing { clock: Clock::started(s(10)) })
}

/// The Log form for the first goblet squat set, with the load field focused.
pub fn log_form() -> LogForm {
    let mut form = LogForm::new(12, Load::Weight(16.0), false);
    form.focus = Field::Load;
    form
}

/// The first right-side split squat.
pub fn right_side() -> Session {
    let mut session = at(SPLIT_SQUAT, Screen::Ready);
    session.current += 1;
    assert_eq!(session.current_set().side, Some(Side::Right));
    session
}

/// Pacing the braced back squat's first work set from 10 s.
pub fn braced() -> Session {
    strength_at(BACK_SQUAT, SetKind::Work, Screen::Pacing { clock: Clock::started(s(10)) })
}

/// A home screen with a working built-in, a user programme and one that does not load.
pub fn home_screen() -> Home {
    let mut home = Home::new(vec![
        (
            HomeEntry {
                title: "Full body, twice a week".into(),
                origin: "built-in".into(),
                next_day: Some("B".into()),
                summary: "2 days, 10 exercises".into(),
                error: None,
            },
            None,
        ),
        (
            HomeEntry {
                title: "Bodyweight at home".into(),
                origin: "built-in".into(),
                next_day: Some("A".into()),
                summary: "1 day, 5 exercises".into(),
                error: None,
            },
            None,
        ),
        (
            HomeEntry {
                title: "mine.toml".into(),
                origin: "~/.config/liftpace/programs/mine.toml".into(),
                next_day: None,
                summary: String::new(),
                error: Some("mine.toml:4:9: unknown key `rps` (did you mean `reps`?)".into()),
            },
            None,
        ),
    ]);
    home.selected = 1;
    home
}

/// The view the tests draw with: no colour, so snapshots show only what words and shapes say.
pub fn view() -> View {
    View::new(false, "/home/lifter/.local/share/liftpace/history.jsonl".into())
}

/// `session` drawn at `now` on a `w` × `h` terminal, as text.
pub fn draw(session: &Session, now: Duration, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| ui::draw_screen(f, session, now, &view())).unwrap();
    terminal.backend().to_string()
}

/// The app drawn at `now` on a `w` × `h` terminal, as text.
pub fn draw_app(app: &App, now: Duration, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| ui::draw(f, app, now, &view())).unwrap();
    terminal.backend().to_string()
}

/// An app showing `screen` with `overlay` over it, as it is once the box has opened.
pub fn covered(screen: impl liftpace::core::app::Screen, overlay: Overlay) -> App {
    let mut app = App::new(screen);
    app.overlay = Some(overlay);
    app
}

/// `home` drawn on a `w` × `h` terminal, as text.
pub fn draw_home(home: &Home, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| ui::draw_screen(f, home, Duration::ZERO, &view())).unwrap();
    terminal.backend().to_string()
}
