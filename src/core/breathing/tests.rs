//! Tables of every pattern's phase sequence at its boundaries, of a ramp, and of recover's
//! lead-in into resonance.

use std::time::Duration;

use super::*;
use PhaseKind::*;

fn at(p: &Pattern, ms: u64) -> Phase {
    p.phase_at(Duration::from_millis(ms)).unwrap()
}

fn kind(p: &Pattern, ms: u64) -> PhaseKind {
    at(p, ms).kind
}

/// Checks `(ms, kind, breaths done)` rows against `p`.
fn table(p: &Pattern, rows: &[(u64, PhaseKind, u32)]) {
    for &(ms, want, breaths) in rows {
        assert_eq!(kind(p, ms), want, "{} at {ms} ms", p.name);
        assert_eq!(p.breaths_done(Duration::from_millis(ms)), breaths, "{} at {ms} ms", p.name);
    }
}

#[test]
fn every_built_in_exists() {
    for name in BUILT_IN {
        assert_eq!(Pattern::built_in(name).map(|p| p.name), Some(name.to_string()));
    }
    assert!(Pattern::built_in("calm").is_none());
}

#[test]
fn resonance_is_five_and_a_half_breaths_a_minute_equal_in_and_out() {
    let p = Pattern::built_in("resonance").unwrap();
    assert!((p.rate() - 5.5).abs() < 1e-9, "{}", p.rate());
    assert_eq!(p.steps[0].step.length, p.steps[1].step.length);
    table(&p, &[(0, Inhale, 0), (5454, Inhale, 0), (5455, Exhale, 0), (10_910, Inhale, 1)]);
    let own = Pattern::built_in("resonance").unwrap().at_resonance_rate(6.0);
    assert!((own.rate() - 6.0).abs() < 1e-9);
    table(&own, &[(4999, Inhale, 0), (5000, Exhale, 0), (10_000, Inhale, 1)]);
}

#[test]
fn box_boundaries() {
    let p = Pattern::built_in("box").unwrap();
    table(
        &p,
        &[
            (0, Inhale, 0),
            (3999, Inhale, 0),
            (4000, Hold, 0),
            (7999, Hold, 0),
            (8000, Exhale, 0),
            (12_000, Hold, 0),
            (15_999, Hold, 0),
            (16_000, Inhale, 1),
        ],
    );
    let next = at(&p, 16_000);
    assert_eq!((next.cycle, next.index), (1, 0));
}

#[test]
fn four_seven_eight_boundaries() {
    let p = Pattern::built_in("4-7-8").unwrap();
    table(&p, &[(3999, Inhale, 0), (4000, Hold, 0), (10_999, Hold, 0), (11_000, Exhale, 0)]);
    table(&p, &[(18_999, Exhale, 0), (19_000, Inhale, 1)]);
}

#[test]
fn sigh_cues_its_second_inhale_as_its_own_phase() {
    let p = Pattern::built_in("sigh").unwrap();
    table(
        &p,
        &[
            (0, Inhale, 0),
            (1999, Inhale, 0),
            (2000, TopUp, 0),
            (2999, TopUp, 0),
            (3000, Exhale, 0),
            (8999, Exhale, 0),
            (9000, Inhale, 1),
        ],
    );
    assert_eq!(TopUp.word(), "IN AGAIN");
    assert!(p.steps[2].step.length >= p.steps[0].step.length * 2, "long exhale");
    // The top-up fills the lungs the rest of the way.
    assert!(p.level_at(Duration::from_millis(1999)) < p.level_at(Duration::from_millis(2999)));
}

#[test]
fn recover_breathes_freely_then_sighs_then_resonance() {
    let p = Pattern::built_in("recover").unwrap();
    table(
        &p,
        &[
            (0, Recover, 0),
            (19_999, Recover, 0),
            (20_000, Inhale, 0),
            (22_000, TopUp, 0),
            (23_000, Exhale, 0),
            (29_000, Inhale, 1),
            (46_999, Exhale, 2),
            (47_000, Inhale, 3),
            (52_455, Exhale, 3),
            (57_910, Inhale, 4),
        ],
    );
    let free = at(&p, 5_000);
    assert_eq!((free.remaining, free.length), (Duration::from_secs(15), Duration::from_secs(20)));
    assert_eq!(p.level_at(Duration::from_secs(5)), 0.5, "a still shape: nothing to follow");
    assert!(!p.holds_breath());
}

#[test]
fn a_ramp_slows_from_its_start_rate_to_its_own() {
    // 12 down to 6 a minute over 60 s: 9 breaths in the ramp, each longer than the last.
    let p = Pattern::resonance(6.0).ramped(12.0, Duration::from_secs(60));
    let starts: Vec<f64> = (0..=10)
        .map(|n| {
            let t =
                (0..200_000).step_by(10).find(|&ms| p.breaths_done(Duration::from_millis(ms)) >= n);
            t.unwrap() as f64 / 1000.0
        })
        .collect();
    let lengths: Vec<f64> = starts.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(
        lengths[0] > 5.0 - 0.02 && lengths[0] < 5.3,
        "first breath near 12 a minute: {lengths:?}"
    );
    assert!(lengths.windows(2).take(8).all(|w| w[1] > w[0]), "slowing: {lengths:?}");
    assert!((starts[9] - 60.0).abs() < 0.02, "nine breaths in the ramp: {starts:?}");
    assert!((lengths[9] - 10.0).abs() < 0.02, "then 6 a minute: {lengths:?}");
    // Each breath is half in, half out, even while the rate changes.
    let mid = at(&p, 30_000);
    assert_eq!(mid.kind, Inhale, "a quarter into the sixth breath");
    assert!(mid.length > Duration::from_millis(3300) && mid.length < Duration::from_millis(3500));
    // Exact boundaries after the ramp: 9 breaths at 60 s, inhale 5 s, exhale 5 s.
    table(
        &p,
        &[(60_000, Inhale, 9), (64_999, Inhale, 9), (65_000, Exhale, 9), (70_000, Inhale, 10)],
    );
}

#[test]
fn no_drift_after_an_hour_even_after_a_ramp() {
    let p = Pattern::resonance(6.0).ramped(12.0, Duration::from_secs(60));
    let hour = 3_600_000;
    // 9 breaths in the ramp, then 6 a minute for 59 minutes.
    table(&p, &[(hour, Inhale, 9 + 354), (hour + 4_999, Inhale, 363), (hour + 5_000, Exhale, 363)]);
    let steady = Pattern::built_in("box").unwrap();
    table(&steady, &[(hour, Inhale, 225), (hour + 3_999, Inhale, 225), (hour + 4_000, Hold, 225)]);
}

#[test]
fn none_is_a_plain_countdown() {
    let p = Pattern::built_in("none").unwrap();
    assert_eq!(p.phase_at(Duration::from_secs(1)), None);
    assert_eq!(p.level_at(Duration::from_secs(1)), 0.0);
    assert_eq!(p.breaths_done(Duration::from_secs(100)), 0);
    assert_eq!(p.clone().soft_started(), p);
}

#[test]
fn level_rises_on_inhale_and_falls_on_exhale() {
    let p = Pattern::built_in("box").unwrap();
    let lvl = |ms| p.level_at(Duration::from_millis(ms));
    assert_eq!(lvl(0), 0.0);
    assert!(lvl(1000) < lvl(2000) && lvl(2000) < lvl(3000));
    assert!((lvl(4000) - 1.0).abs() < 1e-9 && (lvl(7999) - 1.0).abs() < 1e-9);
    assert!(lvl(9000) > lvl(11000));
    assert!(lvl(12500).abs() < 1e-9);
}

#[test]
fn soft_start_eases_from_a_natural_pace_into_a_ramp() {
    let p = Pattern::resonance(5.5).ramped(7.0, Duration::from_secs(180)).soft_started();
    let rates: Vec<f64> = p.ramp.iter().map(|k| k.rate).collect();
    let times: Vec<u64> = p.ramp.iter().map(|k| k.at.as_secs()).collect();
    assert_eq!(rates[..2], [NATURAL_RATE, 7.0]);
    assert!((rates[2] - 5.5).abs() < 1e-9);
    assert_eq!(times, [0, 30, 210]);
    assert_eq!(kind(&p, 0), Inhale);
    assert!(at(&p, 0).length < Duration::from_millis(2600), "the first inhale is natural-length");
    let recover = Pattern::built_in("recover").unwrap();
    assert_eq!(recover.clone().soft_started(), recover, "recover starts gently already");
}
