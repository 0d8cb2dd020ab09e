//! Planning a workout: warm-ups before work sets, supersets in rounds with the rest after the
//! round, per-side pairs, and the loads prescribed from percentages and progression rules.

use std::collections::HashMap;
use std::time::Duration;

use liftpace::core::library::Equipment;
use liftpace::core::programme::{
    Day, Effort, Exercise, Load, Programme, Reps, Target, Warmup, WarmupLoad,
};
use liftpace::core::progression::{PastSession, PastSet, Rule};
use liftpace::core::session::plan::{PlannedSet, SetKind, Side};
use liftpace::core::session::{ExerciseHistory, Key, Msg, Past, Screen, Session, Settings};

fn ex(name: &str, sets: u32, reps: Reps, load: Load) -> Exercise {
    Exercise {
        name: name.into(),
        sets,
        target: Target::Reps(reps),
        load,
        rest: Duration::from_secs(120),
        ..Exercise::default()
    }
}

fn programme(exercises: Vec<Exercise>) -> Programme {
    Programme::new("Plan", vec![Day { name: "A".into(), exercises }])
}

fn session(p: Programme, past: &Past) -> Session {
    Session::new(p, 0, past, Settings::default(), Duration::ZERO)
}

fn shape(plan: &[PlannedSet]) -> Vec<(usize, SetKind, u32, Option<Side>, u64)> {
    plan.iter().map(|s| (s.exercise, s.kind, s.number, s.side, s.rest_after.as_secs())).collect()
}

#[test]
fn warm_ups_come_first_with_short_rests_and_their_own_loads() {
    let mut squat = ex("Back squat", 2, Reps::Exact(5), Load::Weight(100.0));
    squat.equipment = Some(Equipment::Barbell);
    squat.warmups = vec![
        Warmup { reps: 8, load: WarmupLoad::Bar },
        Warmup { reps: 5, load: WarmupLoad::OfWork(0.5) },
        Warmup { reps: 3, load: WarmupLoad::OfWork(0.77) },
    ];
    let s = session(programme(vec![squat]), &Past::default());
    let (w, k) = (SetKind::Warmup, SetKind::Work);
    assert_eq!(
        shape(&s.plan),
        [
            (0, w, 1, None, 60),
            (0, w, 2, None, 60),
            (0, w, 3, None, 60),
            (0, k, 1, None, 120),
            (0, k, 2, None, 120)
        ]
    );
    let loads: Vec<Load> = s.plan.iter().map(|p| p.load).collect();
    // 77 kg cannot be loaded with 1.25 kg plates on a 20 kg bar: 77.5 is the nearest.
    assert_eq!(loads[..3], [Load::Weight(20.0), Load::Weight(50.0), Load::Weight(77.5)]);
    assert_eq!(s.plan[0].target, Target::Reps(Reps::Exact(8)));
    assert_eq!((s.plan[0].of, s.plan[3].of), (3, 2));
}

#[test]
fn a_superset_alternates_one_set_of_each_and_rests_after_the_round() {
    let mut press = ex("Bench press", 3, Reps::Range(8, 12), Load::Weight(40.0));
    press.group = Some("A".into());
    let mut row = ex("Row", 2, Reps::Range(8, 12), Load::Weight(30.0));
    row.group = Some("A".into());
    row.per_side = true;
    row.rest = Duration::from_secs(90);
    let curl = ex("Curl", 1, Reps::Exact(10), Load::Weight(10.0));
    let s = session(programme(vec![press, row, curl]), &Past::default());
    use SetKind::Work;
    assert_eq!(
        shape(&s.plan),
        [
            (0, Work, 1, None, 0),
            (1, Work, 1, Some(Side::Left), 0),
            (1, Work, 1, Some(Side::Right), 90),
            (0, Work, 2, None, 0),
            (1, Work, 2, Some(Side::Left), 0),
            (1, Work, 2, Some(Side::Right), 90),
            (0, Work, 3, None, 120), // the row is done: the press ends the round alone
            (2, Work, 1, None, 120),
        ]
    );
}

#[test]
fn a_percentage_load_comes_from_the_written_max_or_the_history_and_says_so() {
    let mut squat = ex("Back squat", 1, Reps::Exact(5), Load::Percent(75.0));
    squat.equipment = Some(Equipment::Barbell);
    let mut p = programme(vec![squat.clone()]);
    p.one_rep_max.insert("back squat".into(), 143.0);
    let s = session(p, &Past::default());
    assert_eq!(s.plan[0].load, Load::Weight(107.5), "75% of 143 = 107.25, loadable as 107.5");
    assert!(s.prescription().reason.as_deref().unwrap().contains("75% of 143 kg"));

    let history = ExerciseHistory {
        sessions: vec![PastSession {
            sets: vec![PastSet { load: Some(100.0), reps: 5, target_top: 5, rpe: None }],
            ..PastSession::default()
        }],
    };
    let past = Past { work: HashMap::from([("Back squat".into(), history)]), ..Past::default() };
    let s = session(programme(vec![squat.clone()]), &past);
    // Epley: 100 × (1 + 5/30) = 116.67; 75% = 87.5.
    assert_eq!(s.plan[0].load, Load::Weight(87.5));
    assert!(s.prescription().reason.as_deref().unwrap().contains("Epley"));

    let s = session(programme(vec![squat]), &Past::default());
    assert_eq!(s.plan[0].load, Load::Percent(75.0), "unknown max: the lifter chooses");
    assert!(s.prescription().reason.as_deref().unwrap().contains("unknown"));
}

#[test]
fn double_progression_moves_the_load_when_every_set_hit_the_top() {
    let mut curl = ex("Curl", 2, Reps::Range(8, 12), Load::Weight(10.0));
    curl.progression = Rule::Double { increment: 2.0, deload_after: 3, deload: 0.1 };
    let done = |reps: [u32; 2]| PastSession {
        sets: reps
            .iter()
            .map(|&r| PastSet { load: Some(12.0), reps: r, target_top: 12, rpe: None })
            .collect(),
        ..PastSession::default()
    };
    let past = |sessions| Past {
        work: HashMap::from([("Curl".into(), ExerciseHistory { sessions })]),
        ..Past::default()
    };
    let s = session(programme(vec![curl.clone()]), &past(vec![done([12, 12])]));
    assert_eq!(s.plan[0].load, Load::Weight(14.0));
    assert!(s.prescription().reason.as_deref().unwrap().starts_with("+2 kg"));
    let s = session(programme(vec![curl]), &past(vec![done([12, 10])]));
    assert_eq!(s.plan[1].load, Load::Weight(12.0));
}

#[test]
fn warm_ups_are_logged_as_such_do_not_carry_their_load_and_effort_prefills_rpe() {
    let mut squat = ex("Squat", 1, Reps::Exact(1), Load::Weight(60.0));
    squat.warmups = vec![Warmup { reps: 1, load: WarmupLoad::Fixed(40.0) }];
    squat.effort = Some(Effort::Rir(2));
    squat.tempo.eccentric = 1;
    squat.tempo.bottom = 0;
    let mut s = session(programme(vec![squat]), &Past::default());
    let t = |secs| Duration::from_secs(secs);
    let go = |s: &mut Session, at| {
        s.update(Msg::Key(Key::Enter), t(at));
        s.update(Msg::Tick, t(at + 5));
    };
    go(&mut s, 0);
    let Screen::Log { form, .. } = &s.screen else { panic!("{:?}", s.screen) };
    assert_eq!((form.load.as_str(), form.rpe.as_str()), ("40", ""), "no effort target on warm-ups");
    s.update(Msg::Key(Key::Tab), t(6));
    s.update(Msg::Key(Key::Char('4')), t(6));
    s.update(Msg::Key(Key::Char('5')), t(6));
    s.update(Msg::Key(Key::Enter), t(7));
    assert_eq!(s.logged[0].kind, SetKind::Warmup);
    assert_eq!(s.plan[1].load, Load::Weight(60.0), "a heavier warm-up leaves the work load alone");
    s.update(Msg::Key(Key::Enter), t(70)); // end the rest
    go(&mut s, 71);
    let Screen::Log { form, .. } = &s.screen else { panic!("{:?}", s.screen) };
    assert_eq!((form.load.as_str(), form.rpe.as_str()), ("60", "8"), "RIR 2 is RPE 8");
}

#[test]
fn a_percentage_follows_the_one_rep_max_not_a_progression_rule() {
    let mut squat = ex("Back squat", 1, Reps::Exact(1), Load::Percent(75.0));
    squat.progression = Rule::Linear { increment: 2.5, deload_after: 3, deload: 0.1 };
    let mut p = programme(vec![squat]);
    p.one_rep_max.insert("Back squat".into(), 200.0);
    let history = ExerciseHistory {
        sessions: vec![PastSession {
            sets: vec![PastSet { load: Some(75.0), reps: 1, target_top: 1, rpe: None }],
            ..PastSession::default()
        }],
    };
    let past = Past { work: HashMap::from([("Back squat".into(), history)]), ..Past::default() };
    let s = session(p, &past);
    assert_eq!(s.plan[0].load, Load::Weight(150.0), "75% of the written 200, not 75 + 2.5");
    let reason = s.prescription().reason.clone().unwrap();
    assert!(!reason.contains("+2.5"), "{reason}");
}

#[test]
fn after_a_double_progression_increase_the_reason_says_where_to_start_again() {
    let mut curl = ex("Curl", 1, Reps::Range(8, 12), Load::Weight(10.0));
    curl.progression = Rule::Double { increment: 1.0, deload_after: 3, deload: 0.1 };
    let history = ExerciseHistory {
        sessions: vec![PastSession {
            sets: vec![PastSet { load: Some(10.0), reps: 12, target_top: 12, rpe: None }],
            ..PastSession::default()
        }],
    };
    let past = Past { work: HashMap::from([("Curl".into(), history)]), ..Past::default() };
    let s = session(programme(vec![curl]), &past);
    let reason = s.prescription().reason.clone().unwrap();
    assert!(reason.ends_with("start again at 8 reps"), "{reason}");
}

fn history_of(name: &str, sessions: Vec<Vec<(f64, u32, u32)>>) -> Past {
    let sessions = sessions
        .into_iter()
        .map(|sets| PastSession {
            sets: sets
                .into_iter()
                .map(|(load, reps, target_top)| PastSet {
                    load: Some(load),
                    reps,
                    target_top,
                    rpe: None,
                })
                .collect(),
            ..PastSession::default()
        })
        .collect();
    Past { work: HashMap::from([(name.into(), ExerciseHistory { sessions })]), ..Past::default() }
}

#[test]
fn a_light_day_is_not_judged_by_the_heavy_days_sets_of_the_same_lift() {
    let mut light = ex("Bench press", 3, Reps::Range(8, 12), Load::Weight(60.0));
    light.progression = Rule::Double { increment: 2.5, deload_after: 3, deload: 0.1 };
    let past = history_of("Bench press", vec![vec![(80.0, 5, 5); 3]]);
    let s = session(programme(vec![light]), &past);
    assert_eq!(s.plan[0].load, Load::Weight(60.0), "the fives at 80 kg are another entry");
    assert_eq!(s.prescription().reason, None);
}

#[test]
fn an_increase_smaller_than_the_plates_make_still_moves_the_load() {
    let mut bench = ex("Bench press", 2, Reps::Exact(5), Load::Weight(60.0));
    bench.equipment = Some(Equipment::Barbell);
    bench.progression = Rule::Linear { increment: 1.25, deload_after: 3, deload: 0.1 };
    let past = history_of("Bench press", vec![vec![(60.0, 5, 5); 2]]);
    let s = session(programme(vec![bench]), &past);
    assert_eq!(s.plan[0].load, Load::Weight(62.5), "1.25 kg plates make 2.5 kg steps");
    let reason = s.prescription().reason.clone().unwrap();
    assert!(reason.contains("+1.25 kg") && reason.contains("62.5 kg: the nearest"), "{reason}");
}

#[test]
fn a_session_quit_half_way_is_not_a_success() {
    let mut squat = ex("Back squat", 3, Reps::Range(8, 12), Load::Weight(100.0));
    squat.progression = Rule::Double { increment: 5.0, deload_after: 3, deload: 0.1 };
    let past = history_of("Back squat", vec![vec![(100.0, 12, 12)]]);
    let s = session(programme(vec![squat]), &past);
    assert_eq!(s.plan[0].load, Load::Weight(100.0), "two of three sets were never done");
}
