//! Progression rules as tables: (rule, history) in, (load, rep aim, reason) out, for every rule,
//! with no history, after success, after a partial session, through a deload and after it,
//! and on bodyweight.

use liftpace::core::progression::{
    Context, PastSession, PastSet, Prescription, RepTarget, Rule, prescribe,
};

const DOUBLE: Rule = Rule::Double { increment: 2.5, deload_after: 3, deload: 0.1 };
const LINEAR: Rule = Rule::Linear { increment: 5.0, deload_after: 3, deload: 0.1 };

/// One session at `load` with these reps, every set aiming for `target`.
fn session(load: Option<f64>, target: u32, reps: &[u32]) -> PastSession {
    PastSession {
        sets: reps
            .iter()
            .map(|&r| PastSet { load, reps: r, target_top: target, rpe: None })
            .collect(),
        ..PastSession::default()
    }
}

fn at(load: f64, target: u32, reps: &[u32]) -> PastSession {
    session(Some(load), target, reps)
}

fn expect(rule: Rule, range: (u32, u32), history: &[PastSession], want: Prescription) {
    let got = prescribe(&rule, 50.0, range, history, &Context::new("kg"));
    assert!((got.load - want.load).abs() < 1e-9, "{rule:?} {history:?}: load {got:?}");
    assert_eq!(got.reps, want.reps, "{rule:?} {history:?}");
    assert_eq!(got.reason, want.reason, "{rule:?} {history:?}");
}

fn rx(load: f64, reps: RepTarget, reason: Option<&str>) -> Prescription {
    Prescription { load, reps, reason: reason.map(str::to_string) }
}

#[test]
fn no_history_is_the_programme_as_written() {
    let empty_sessions = [PastSession::default(), PastSession::default()];
    for rule in [Rule::None, DOUBLE, LINEAR] {
        expect(rule, (8, 12), &[], rx(50.0, RepTarget::AsWritten, None));
        expect(rule, (8, 12), &empty_sessions, rx(50.0, RepTarget::AsWritten, None));
    }
}

#[test]
fn rule_none_ignores_the_history() {
    let history = [at(80.0, 12, &[12, 12]), at(80.0, 12, &[6, 5])];
    expect(Rule::None, (8, 12), &history, rx(50.0, RepTarget::AsWritten, None));
}

#[test]
fn double_progression_table() {
    let cases: Vec<(Vec<PastSession>, Prescription)> = vec![
        (
            vec![at(60.0, 12, &[12, 12])],
            rx(62.5, RepTarget::Bottom(8), Some("+2.5 kg: 12, 12 last time")),
        ),
        (
            vec![at(60.0, 12, &[13, 12, 12])],
            rx(62.5, RepTarget::Bottom(8), Some("+2.5 kg: 13, 12, 12 last time")),
        ),
        (
            vec![at(60.0, 12, &[12, 10])],
            rx(
                60.0,
                RepTarget::Top(12),
                Some("same load: 12, 10 last time — aim for 12 on every set"),
            ),
        ),
        (
            // Only the most recent session decides; older successes do not carry over.
            vec![at(57.5, 12, &[12, 12]), at(60.0, 12, &[9, 8])],
            rx(
                60.0,
                RepTarget::Top(12),
                Some("same load: 9, 8 last time — aim for 12 on every set"),
            ),
        ),
        (
            // The heaviest work set is the load worked at; a lighter back-off set does not drag it.
            vec![PastSession {
                sets: vec![
                    PastSet { load: Some(60.0), reps: 12, target_top: 12, rpe: None },
                    PastSet { load: Some(55.0), reps: 12, target_top: 12, rpe: None },
                ],
                ..PastSession::default()
            }],
            rx(62.5, RepTarget::Bottom(8), Some("+2.5 kg: 12, 12 last time")),
        ),
    ];
    for (history, want) in cases {
        expect(DOUBLE, (8, 12), &history, want);
    }
}

#[test]
fn linear_progression_table() {
    let cases: Vec<(Vec<PastSession>, Prescription)> = vec![
        (
            vec![at(100.0, 5, &[5, 5, 5])],
            rx(105.0, RepTarget::AsWritten, Some("+5 kg: every set hit 5 last time")),
        ),
        (
            vec![at(100.0, 5, &[5, 4, 5])],
            rx(
                100.0,
                RepTarget::AsWritten,
                Some("same load: 4 of 5 reps on set 2 last time (1 miss in a row; deload after 3)"),
            ),
        ),
        (
            vec![at(100.0, 5, &[5, 4, 5]), at(100.0, 5, &[5, 5, 3])],
            rx(
                100.0,
                RepTarget::AsWritten,
                Some(
                    "same load: 3 of 5 reps on set 3 last time (2 misses in a row; deload after 3)",
                ),
            ),
        ),
        (
            vec![at(100.0, 5, &[5, 4, 5]), at(100.0, 5, &[5, 5, 3]), at(100.0, 5, &[4, 4, 4])],
            rx(90.0, RepTarget::AsWritten, Some("−10%: 3 sessions in a row missed")),
        ),
        (
            // A success before the misses ends the run: only two in a row.
            vec![at(95.0, 5, &[5, 5, 5]), at(100.0, 5, &[4, 5, 5]), at(100.0, 5, &[5, 5, 4])],
            rx(
                100.0,
                RepTarget::AsWritten,
                Some(
                    "same load: 4 of 5 reps on set 3 last time (2 misses in a row; deload after 3)",
                ),
            ),
        ),
        (
            // After the deload the load changed, so the next miss is the first of a new run.
            vec![
                at(100.0, 5, &[4, 5, 5]),
                at(100.0, 5, &[4, 5, 5]),
                at(100.0, 5, &[4, 5, 5]),
                at(90.0, 5, &[5, 5, 4]),
            ],
            rx(
                90.0,
                RepTarget::AsWritten,
                Some("same load: 4 of 5 reps on set 3 last time (1 miss in a row; deload after 3)"),
            ),
        ),
        (
            vec![at(100.0, 5, &[3, 5, 2])],
            rx(
                100.0,
                RepTarget::AsWritten,
                Some(
                    "same load: 3 of 5 reps on set 1, 2 of 5 reps on set 3 last time (1 miss in a row; deload after 3)",
                ),
            ),
        ),
        (
            // Sets with different targets (a top set and back-offs) each answer to their own.
            vec![PastSession {
                sets: vec![
                    PastSet { load: Some(100.0), reps: 3, target_top: 3, rpe: None },
                    PastSet { load: Some(90.0), reps: 5, target_top: 5, rpe: None },
                ],
                ..PastSession::default()
            }],
            rx(105.0, RepTarget::AsWritten, Some("+5 kg: every set hit its target last time")),
        ),
    ];
    for (history, want) in cases {
        expect(LINEAR, (5, 5), &history, want);
    }
}

#[test]
fn linear_without_deload_never_takes_weight_off() {
    let never = Rule::Linear { increment: 2.5, deload_after: 0, deload: 0.1 };
    let history = vec![at(100.0, 5, &[4]); 6];
    expect(
        never,
        (5, 5),
        &history,
        rx(
            100.0,
            RepTarget::AsWritten,
            Some("same load: 4 of 5 reps on set 1 last time (6 misses in a row)"),
        ),
    );
}

#[test]
fn a_deload_is_not_rounded_here() {
    let rule = Rule::Linear { increment: 2.5, deload_after: 1, deload: 0.1 };
    let got = prescribe(&rule, 50.0, (5, 5), &[at(67.5, 5, &[3])], &Context::new("kg"));
    assert!((got.load - 60.75).abs() < 1e-9, "{got:?}");
    assert_eq!(got.reason.as_deref(), Some("−10%: 1 session in a row missed"));
}

#[test]
fn bodyweight_keeps_the_load_and_talks_about_reps() {
    let bw = |reps: &[u32], target| session(None, target, reps);
    expect(
        DOUBLE,
        (8, 12),
        &[bw(&[12, 12], 12)],
        rx(
            50.0,
            RepTarget::Top(12),
            Some(
                "bodyweight: 12, 12 last time — top of the range on every set; slow the tempo or add load to keep progressing",
            ),
        ),
    );
    expect(
        DOUBLE,
        (8, 12),
        &[bw(&[12, 9], 12)],
        rx(50.0, RepTarget::Top(12), Some("bodyweight: 12, 9 last time — aim for 12 on every set")),
    );
    expect(
        LINEAR,
        (5, 5),
        &[bw(&[5, 5], 5)],
        rx(50.0, RepTarget::AsWritten, Some("bodyweight: every set hit 5 last time")),
    );
    let misses = vec![bw(&[5, 3], 5); 4];
    expect(
        LINEAR,
        (5, 5),
        &misses,
        rx(50.0, RepTarget::AsWritten, Some("bodyweight: 3 of 5 reps on set 2 last time")),
    );
}

#[test]
fn units_and_signs_are_spelled_for_the_lifter() {
    let lb = Rule::Double { increment: 5.0, deload_after: 3, deload: 0.1 };
    let got = prescribe(&lb, 95.0, (6, 8), &[at(95.0, 8, &[8, 8, 8])], &Context::new("lb"));
    assert_eq!(got.reason.as_deref(), Some("+5 lb: 8, 8, 8 last time"));
    let down = Rule::Double { increment: -2.5, deload_after: 3, deload: 0.1 };
    let got = prescribe(&down, 20.0, (8, 12), &[at(20.0, 12, &[12])], &Context::new("kg"));
    assert_eq!(got.reason.as_deref(), Some("−2.5 kg: 12 last time"));
    assert!((got.load - 17.5).abs() < 1e-9);
}
