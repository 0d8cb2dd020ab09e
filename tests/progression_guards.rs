//! The guard-rails a careful coach puts on progression, each as a case a real history once
//! produced: a lateral raise pushed +42%, progress after sets logged at RPE 10, +5 kg after an
//! 11-month gap, and a deload after a session that was only quit early.

use liftpace::core::progression::{Context, PastSession, PastSet, RepTarget, Rule, prescribe};

const DOUBLE: Rule = Rule::Double { increment: 2.5, deload_after: 2, deload: 0.1 };
const LINEAR: Rule = Rule::Linear { increment: 5.0, deload_after: 2, deload: 0.1 };

fn sets(load: f64, target: u32, reps: &[u32], rpe: Option<f64>) -> Vec<PastSet> {
    reps.iter().map(|&r| PastSet { load: Some(load), reps: r, target_top: target, rpe }).collect()
}

fn done(load: f64, target: u32, reps: &[u32]) -> PastSession {
    PastSession { sets: sets(load, target, reps, None), ..PastSession::default() }
}

fn kg() -> Context<'static> {
    Context::new("kg")
}

#[test]
fn no_increase_is_more_than_a_tenth_or_one_step_of_the_kit() {
    // The lateral raise: 6 kg, 2.5 kg increment, dumbbells in 2 kg steps. 10% is 0.6 kg, so
    // one step (2 kg) is the most: 8 kg, never 8.5.
    let cx = Context { step: 2.0, ..kg() };
    let got = prescribe(&DOUBLE, 6.0, (8, 12), &[done(6.0, 12, &[12, 12])], &cx);
    assert_eq!(got.load, 8.0);
    assert_eq!(got.reason.as_deref(), Some("+2 kg: 12, 12 last time"));
    // A 60 kg squat with 5 kg increments and 2.5 kg plates (step 2.5): 10% is 6, so +5 stands.
    let cx = Context { step: 2.5, ..kg() };
    let got = prescribe(&LINEAR, 60.0, (5, 5), &[done(60.0, 5, &[5, 5, 5])], &cx);
    assert_eq!((got.load, got.reason.as_deref()), (65.0, Some("+5 kg: every set hit 5 last time")));
    // A 30 kg press with 5 kg increments, 1.25 kg plates: 10% (3 kg) is the most.
    let got = prescribe(&LINEAR, 30.0, (5, 5), &[done(30.0, 5, &[5, 5])], &cx);
    assert_eq!(got.load, 33.0);
}

#[test]
fn a_session_at_rpe_nine_and_a_half_or_ten_holds_the_load() {
    for rpe in [9.5, 10.0] {
        let hard = PastSession { sets: sets(60.0, 12, &[12, 12], Some(rpe)), ..Default::default() };
        let got = prescribe(&DOUBLE, 60.0, (8, 12), &[hard], &kg());
        assert_eq!(got.load, 60.0, "RPE {rpe}");
        assert_eq!(got.reps, RepTarget::Top(12));
        let reason = got.reason.unwrap();
        assert!(reason.starts_with("same load: 12, 12 last time at RPE"), "{reason}");
        assert!(reason.contains("hold it until it feels lighter"), "{reason}");
    }
    let fine = PastSession { sets: sets(60.0, 5, &[5, 5], Some(9.0)), ..Default::default() };
    assert_eq!(prescribe(&LINEAR, 60.0, (5, 5), &[fine], &kg()).load, 65.0, "RPE 9 progresses");
}

#[test]
fn more_than_four_weeks_away_brings_the_load_back_ten_percent_lighter() {
    let last = done(100.0, 5, &[5, 5, 5]);
    let away = |days| Context { days_away: Some(days), ..kg() };
    let got = prescribe(&LINEAR, 80.0, (5, 5), std::slice::from_ref(&last), &away(330));
    assert_eq!(got.load, 90.0, "never +5 kg after 11 months");
    assert_eq!(got.reason.as_deref(), Some("−10%: 47 weeks since you last did it; build back up"));
    // Four weeks exactly is not "more than four weeks".
    assert_eq!(prescribe(&LINEAR, 80.0, (5, 5), &[last], &away(28)).load, 105.0);
}

#[test]
fn a_session_stopped_early_is_neither_a_failure_nor_a_success() {
    let quit = |reps: &[u32]| PastSession { stopped_early: true, ..done(100.0, 5, reps) };
    // One set logged, then quit: no deload, no "0" in the reasons, no increase.
    let got = prescribe(&LINEAR, 100.0, (5, 5), &[done(100.0, 5, &[5, 4, 5]), quit(&[4])], &kg());
    assert_eq!(got.load, 100.0);
    let reason = got.reason.unwrap();
    assert_eq!(reason, "same load: 4 last time — stopped early, so the load stays");
    assert!(!reason.contains('0'), "{reason}");
    let got = prescribe(&LINEAR, 100.0, (5, 5), &[quit(&[5, 5])], &kg());
    assert_eq!(got.load, 100.0, "two good sets of three are not a session that hit every set");
    // A quit session neither adds to a run of misses nor ends it.
    let history = [done(100.0, 5, &[5, 4, 5]), quit(&[3]), done(100.0, 5, &[5, 5, 4])];
    let got = prescribe(&LINEAR, 100.0, (5, 5), &history, &kg());
    assert_eq!(got.load, 90.0, "two complete misses in a row: deload");
}

#[test]
fn double_progression_deloads_after_misses_below_the_range() {
    let history = [done(60.0, 12, &[12, 7]), done(60.0, 12, &[7, 6])];
    let got = prescribe(&DOUBLE, 60.0, (8, 12), &history, &kg());
    assert_eq!((got.load, got.reason.as_deref()), (54.0, Some("−10%: 2 sessions in a row missed")));
    // Within the range but short of the top is not a miss: keep going.
    let history = [done(60.0, 12, &[10, 9]), done(60.0, 12, &[11, 9])];
    let got = prescribe(&DOUBLE, 60.0, (8, 12), &history, &kg());
    assert_eq!(got.load, 60.0);
    assert_eq!(got.reason.as_deref(), Some("same load: 11, 9 last time — aim for 12 on every set"));
    // One miss so far: said, with when the deload would come.
    let got = prescribe(&DOUBLE, 60.0, (8, 12), &[done(60.0, 12, &[12, 7])], &kg());
    let reason = got.reason.unwrap();
    assert!(reason.ends_with("(1 miss in a row; deload after 2)"), "{reason}");
}

#[test]
fn bodyweight_at_the_top_of_the_range_moves_on_to_the_harder_variation() {
    let bodyweight = PastSession {
        sets: vec![PastSet { load: None, reps: 12, target_top: 12, rpe: None }; 2],
        ..Default::default()
    };
    let cx = Context { harder: Some("Decline push-up"), ..kg() };
    let got = prescribe(&DOUBLE, 0.0, (8, 12), std::slice::from_ref(&bodyweight), &cx);
    assert_eq!(
        got.reason.as_deref(),
        Some(
            "bodyweight: 12, 12 last time — top of the range on every set; move on to Decline \
             push-up, or slow the tempo"
        )
    );
}
