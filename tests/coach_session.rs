//! The careful coach in a workout: the `brace` setting and warm-ups never braced, dumbbell
//! loads that exist, the time away and a quit session read from the history, percentages
//! capped at what the reps allow, and a load the lifter changes on Ready before a set.

use std::collections::HashMap;
use std::time::Duration;

use jiff::civil::date;
use liftpace::core::library::Equipment;
use liftpace::core::phase::PhaseKind;
use liftpace::core::plates::Barbell;
use liftpace::core::programme::{
    Cue, Day, Exercise, Load, Programme, Reps, Target, Units, Warmup, WarmupLoad,
};
use liftpace::core::progression::{PastSession, PastSet, Rule};
use liftpace::core::session::{
    Clock, ExerciseHistory, Key, Msg, Past, Screen, Session, SetKind, Settings,
};

fn ex(name: &str, equipment: Equipment, load: f64, reps: Reps) -> Exercise {
    Exercise {
        name: name.into(),
        load: Load::Weight(load),
        sets: 3,
        target: Target::Reps(reps),
        equipment: Some(equipment),
        ..Exercise::default()
    }
}

fn programme(exercises: Vec<Exercise>, dumbbell_step: f64) -> Programme {
    Programme {
        name: "Plan".into(),
        description: None,
        units: Units::Kg,
        sessions_per_week: 2,
        days: vec![Day { name: "A".into(), exercises }],
        one_rep_max: Default::default(),
        barbell: Barbell::default_for(Units::Kg),
        dumbbell_step,
    }
}

fn session(p: Programme, past: &Past, settings: Settings) -> Session {
    Session::new(p, 0, past, settings, Duration::ZERO)
}

/// A braced squat with two warm-ups, paced from 0 s.
fn braced_squat(settings: Settings) -> Session {
    let mut squat = ex("Back squat", Equipment::Barbell, 60.0, Reps::Exact(5));
    squat.cue = Cue::Brace;
    squat.warmups = vec![Warmup { reps: 5, load: WarmupLoad::Bar }; 2];
    session(programme(vec![squat], 2.0), &Past::default(), settings)
}

fn kinds_while_pacing(s: &mut Session) -> Vec<PhaseKind> {
    s.screen = Screen::Pacing { clock: Clock::started(Duration::ZERO) };
    (0..12).filter_map(|t| s.rep_phase(Duration::from_millis(t * 500)).map(|p| p.kind)).collect()
}

#[test]
fn warm_ups_are_never_braced_and_brace_false_turns_every_brace_into_breathing() {
    let mut s = braced_squat(Settings::default());
    assert_eq!(s.current_set().kind, SetKind::Warmup);
    assert_eq!(s.cue(), Cue::Breathe);
    assert!(!kinds_while_pacing(&mut s).contains(&PhaseKind::Brace), "a warm-up breathes");
    s.current = 2;
    assert_eq!((s.current_set().kind, s.cue()), (SetKind::Work, Cue::Brace));
    assert!(kinds_while_pacing(&mut s).contains(&PhaseKind::Brace));

    let mut off = braced_squat(Settings { brace: false, ..Settings::default() });
    off.current = 2;
    assert_eq!(off.cue(), Cue::Breathe);
    let kinds = kinds_while_pacing(&mut off);
    assert!(!kinds.contains(&PhaseKind::Brace), "{kinds:?}");
    assert!(kinds.contains(&PhaseKind::Inhale) && kinds.contains(&PhaseKind::Exhale));
    // The set is as long as its breathing tempo: 5 reps of 3-1-1-0, no braced breath added.
    assert_eq!(off.set_length(), Some(Duration::from_secs(25)));
}

fn history(name: &str, sessions: Vec<PastSession>) -> Past {
    Past { work: HashMap::from([(name.into(), ExerciseHistory { sessions })]), ..Past::default() }
}

fn done(load: f64, reps: &[u32]) -> PastSession {
    let sets =
        reps.iter().map(|&r| PastSet { load: Some(load), reps: r, target_top: 12, rpe: None });
    PastSession { sets: sets.collect(), ..PastSession::default() }
}

#[test]
fn dumbbell_loads_move_to_totals_that_exist() {
    let mut raise = ex("Lateral raise", Equipment::Dumbbell, 6.0, Reps::Range(8, 12));
    raise.progression = Rule::Double { increment: 2.5, deload_after: 3, deload: 0.1 };
    let past = history("Lateral raise", vec![done(6.0, &[12, 12, 12])]);
    for (step, want) in [(2.0, 8.0), (1.0, 7.0), (2.5, 7.5)] {
        let s = session(programme(vec![raise.clone()], step), &past, Settings::default());
        assert_eq!(s.plan[0].load, Load::Weight(want), "dumbbells in steps of {step}");
    }
}

#[test]
fn the_time_away_and_a_quit_session_come_from_the_history() {
    let mut squat = ex("Back squat", Equipment::Barbell, 60.0, Reps::Range(8, 12));
    squat.progression = Rule::Double { increment: 5.0, deload_after: 1, deload: 0.1 };
    let long_ago = PastSession { date: Some(date(2026, 1, 10)), ..done(100.0, &[12, 12, 12]) };
    let mut past = history("Back squat", vec![long_ago]);
    past.today = Some(date(2026, 11, 28));
    let s = session(programme(vec![squat.clone()], 2.0), &past, Settings::default());
    assert_eq!(s.plan[0].load, Load::Weight(90.0));
    let reason = s.prescription().reason.clone().unwrap();
    assert_eq!(reason, "−10%: 46 weeks since you last did it; build back up");

    // Quit after one set short of the range: of three planned sets, one was logged.
    let past = history("Back squat", vec![done(100.0, &[6])]);
    let s = session(programme(vec![squat], 2.0), &past, Settings::default());
    assert_eq!(s.plan[0].load, Load::Weight(100.0), "stopping early never deloads");
    let reason = s.prescription().reason.clone().unwrap();
    assert!(!reason.contains(", 0"), "{reason}");
    assert!(reason.contains("stopped early"), "{reason}");
}

#[test]
fn a_percentage_is_capped_at_what_the_reps_allow() {
    let mut bench = ex("Bench press", Equipment::Barbell, 0.0, Reps::Range(8, 12));
    bench.load = Load::Percent(90.0);
    let mut p = programme(vec![bench], 2.0);
    p.one_rep_max.insert("Bench press".into(), 100.0);
    let s = session(p, &Past::default(), Settings::default());
    assert_eq!(s.plan[0].load, Load::Weight(70.0), "71% of 100, to the nearest plates");
    let reason = s.prescription().reason.clone().unwrap();
    assert!(reason.starts_with("90% capped at 71%: the most for 8-12 reps (Epley)"), "{reason}");
}

#[test]
fn the_load_on_ready_can_be_changed_before_the_set_and_carries_to_later_sets() {
    let squat = ex("Back squat", Equipment::Barbell, 60.0, Reps::Exact(5));
    let curl = ex("Dumbbell curl", Equipment::Dumbbell, 8.0, Reps::Range(8, 12));
    let mut push_up = ex("Push-up", Equipment::Bodyweight, 0.0, Reps::Range(8, 12));
    push_up.load = Load::Bodyweight;
    let mut s =
        session(programme(vec![squat, curl, push_up], 2.0), &Past::default(), Settings::default());
    let key = |s: &mut Session, c| s.update(Msg::Key(Key::Char(c)), Duration::ZERO);
    key(&mut s, '+');
    assert_eq!(s.current_set().load, Load::Weight(62.5), "two of the smallest plates");
    key(&mut s, '-');
    key(&mut s, '-');
    assert_eq!(s.current_set().load, Load::Weight(57.5));
    assert!(s.plan[1..3].iter().all(|p| p.load == Load::Weight(57.5)), "later squat sets");
    assert_eq!(s.screen, Screen::Ready, "changing the load starts nothing");
    s.current = 3;
    key(&mut s, '-');
    assert_eq!(s.current_set().load, Load::Weight(6.0), "the next dumbbell down");
    s.current = 6;
    key(&mut s, '+');
    assert_eq!(s.current_set().load, Load::Bodyweight, "no number to change");
    // Never below the empty bar.
    s.current = 0;
    for _ in 0..40 {
        key(&mut s, '-');
    }
    assert_eq!(s.current_set().load, Load::Weight(20.0));
}
