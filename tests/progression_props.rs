//! Invariants of the progression maths over generated inputs: rounded loads can be loaded and
//! are nearest, prescriptions stay sane whatever the history, and Epley only ever grows with
//! more load or more reps.

use liftpace::core::plates::{Barbell, per_side, round_load, round_to_step};
use liftpace::core::progression::{Context, PastSession, PastSet, Rule, prescribe};
use liftpace::core::strength::{EPLEY_MAX_REPS, epley};
use proptest::prelude::*;

/// Plate sizes as gyms sell them, in quarter units, so awkward sets (15s and 10s) come up.
fn equipment() -> impl Strategy<Value = Barbell> {
    let plate = (1u32..=100).prop_map(|q| f64::from(q) * 0.25);
    (prop::sample::select(vec![0.0, 10.0, 15.0, 20.0, 45.0]), prop::collection::vec(plate, 0..6))
        .prop_map(|(bar, plates)| Barbell { bar, plates })
}

fn rule() -> impl Strategy<Value = Rule> {
    prop_oneof![
        Just(Rule::None),
        (-10.0..10.0f64).prop_map(|increment| Rule::Double {
            increment,
            deload_after: 3,
            deload: 0.1
        }),
        (-10.0..10.0f64, 0u32..5, -0.5..1.5f64).prop_map(|(increment, deload_after, deload)| {
            Rule::Linear { increment, deload_after, deload }
        }),
    ]
}

fn history() -> impl Strategy<Value = Vec<PastSession>> {
    let set = (prop::option::of(prop_oneof![-50.0..300.0f64, Just(f64::NAN)]), 0u32..20, 0u32..20)
        .prop_map(|(load, reps, target_top)| PastSet { load, reps, target_top, rpe: None });
    let session = prop::collection::vec(set, 0..5)
        .prop_map(|sets| PastSession { sets, ..PastSession::default() });
    prop::collection::vec(session, 0..8)
}

proptest! {
    #[test]
    fn rounded_loads_are_loadable_and_never_below_the_bar(
        eq in equipment(),
        target in -50.0..400.0f64,
    ) {
        let total = round_load(target, &eq);
        prop_assert!(total >= eq.bar - 1e-9, "{total} below bar {}", eq.bar);
        prop_assert!(per_side(total, &eq).is_some(), "{total} from {target} not loadable: {eq:?}");
    }

    #[test]
    fn rounded_loads_are_the_nearest_loadable(eq in equipment(), target in 0.0..200.0f64) {
        let total = round_load(target, &eq);
        let distance = (total - target).abs();
        // Every total in the plates' quarter-unit grid up to past the target: none is nearer.
        for half_steps in 0..=1000u32 {
            let other = eq.bar + f64::from(half_steps) * 0.5;
            if per_side(other, &eq).is_some() {
                prop_assert!(
                    (other - target).abs() >= distance - 1e-9,
                    "{other} is nearer {target} than {total}: {eq:?}"
                );
            }
        }
    }

    #[test]
    fn per_side_plates_add_up(eq in equipment(), target in 0.0..300.0f64) {
        let total = round_load(target, &eq);
        let side = per_side(total, &eq).expect("round_load gives loadable totals");
        let sum: f64 = side.iter().sum();
        prop_assert!((eq.bar + 2.0 * sum - total).abs() < 1e-6);
        prop_assert!(side.windows(2).all(|w| w[0] >= w[1]), "not heaviest first: {side:?}");
    }

    #[test]
    fn round_to_step_lands_on_the_nearest_multiple(target in -500.0..500.0f64, q in 1u32..40) {
        let step = f64::from(q) * 0.25;
        let got = round_to_step(target, step);
        let multiple = got / step;
        prop_assert!((multiple - multiple.round()).abs() < 1e-9);
        prop_assert!((got - target).abs() <= step / 2.0 + 1e-9);
    }

    #[test]
    fn prescriptions_are_never_negative_or_nan(
        rule in rule(),
        base in prop_oneof![-50.0..300.0f64, Just(f64::NAN)],
        bottom in 1u32..15,
        span in 0u32..6,
        history in history(),
    ) {
        let got = prescribe(&rule, base, (bottom, bottom + span), &history, &Context::new("kg"));
        prop_assert!(got.load.is_finite() && got.load >= 0.0, "{got:?}");
    }

    #[test]
    fn epley_grows_with_load_and_reps(
        load in 0.5..500.0f64,
        more in 0.0..100.0f64,
        reps in 1..EPLEY_MAX_REPS,
    ) {
        let base = epley(load, reps).expect("usable set");
        let heavier = epley(load + more, reps).expect("usable set");
        let longer = epley(load, reps + 1).expect("usable set");
        prop_assert!(heavier >= base);
        prop_assert!(longer > base);
        prop_assert!(base >= load);
    }
}
