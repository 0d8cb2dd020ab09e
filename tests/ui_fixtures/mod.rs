//! Programmes, sessions and a test terminal for the UI tests, built straight from the model
//! structs so they do not depend on the loader.

use std::collections::HashMap;
use std::time::Duration;

use liftpace::core::breathing::Pattern;
use liftpace::core::home::{Home, HomeEntry};
use liftpace::core::plates::Barbell;
use liftpace::core::programme::{Day, Exercise, Load, Programme, Reps, Target, Units};
use liftpace::core::session::{
    Clock, Field, LastTime, LogForm, Past, PastSet, Screen, Session, Settings, Side,
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
    Programme {
        name: "Full body, twice a week".into(),
        description: None,
        units: Units::Kg,
        sessions_per_week: 2,
        days: vec![Day {
            name: "A".into(),
            exercises: vec![squat, deadlift, plank, push_up, split],
        }],
        one_rep_max: Default::default(),
        barbell: Barbell::default_for(Units::Kg),
    }
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
    assert_eq!(session.set().side, Some(Side::Right));
    session
}

/// A home screen with a working built-in, a user programme and one that does not load.
pub fn home_screen() -> Home {
    let mut home = Home::new(vec![
        HomeEntry {
            title: "Full body, twice a week".into(),
            origin: "built-in".into(),
            next_day: Some("B".into()),
            summary: "2 days, 10 exercises".into(),
            error: None,
        },
        HomeEntry {
            title: "Bodyweight at home".into(),
            origin: "built-in".into(),
            next_day: Some("A".into()),
            summary: "1 day, 5 exercises".into(),
            error: None,
        },
        HomeEntry {
            title: "mine.toml".into(),
            origin: "~/.config/liftpace/programs/mine.toml".into(),
            next_day: None,
            summary: String::new(),
            error: Some("mine.toml:4:9: unknown key `rps` (did you mean `reps`?)".into()),
        },
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
    terminal.draw(|f| ui::draw(f, session, now, &view())).unwrap();
    terminal.backend().to_string()
}

/// `home` drawn on a `w` × `h` terminal, as text.
pub fn draw_home(home: &Home, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| ui::draw_home(f, home, &view())).unwrap();
    terminal.backend().to_string()
}
