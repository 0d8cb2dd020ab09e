//! The plate calculator: plates per side, rounding to loadable totals (standard gyms, awkward
//! plate sets), rounding to a step, and how plates are written out.

use liftpace::core::plates::{Barbell, describe_per_side, per_side, round_load, round_to_step};
use liftpace::core::programme::Units;

fn kg() -> Barbell {
    Barbell::default_for(Units::Kg)
}

fn lb() -> Barbell {
    Barbell::default_for(Units::Lb)
}

#[test]
fn defaults_are_a_standard_gym() {
    assert_eq!(kg().bar, 20.0);
    assert_eq!(kg().plates, vec![25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25]);
    assert_eq!(lb().bar, 45.0);
    assert_eq!(lb().plates, vec![45.0, 35.0, 25.0, 10.0, 5.0, 2.5]);
}

#[test]
fn per_side_table() {
    let cases: &[(Barbell, f64, Option<Vec<f64>>)] = &[
        (kg(), 20.0, Some(vec![])),
        (kg(), 62.5, Some(vec![20.0, 1.25])),
        (kg(), 100.0, Some(vec![25.0, 15.0])),
        (kg(), 142.5, Some(vec![25.0, 25.0, 10.0, 1.25])),
        (kg(), 22.5, Some(vec![1.25])),
        (kg(), 21.0, None),
        (kg(), 19.0, None),
        (kg(), f64::NAN, None),
        (lb(), 45.0, Some(vec![])),
        (lb(), 135.0, Some(vec![45.0])),
        (lb(), 225.0, Some(vec![45.0, 45.0])),
        (lb(), 185.0, Some(vec![45.0, 25.0])),
        (lb(), 140.0, Some(vec![45.0, 2.5])),
        (lb(), 137.5, None),
    ];
    for (eq, total, want) in cases {
        assert_eq!(&per_side(*total, eq), want, "per_side({total}) with bar {}", eq.bar);
    }
}

#[test]
fn per_side_tolerates_float_noise() {
    assert_eq!(per_side(62.5 + 1e-9, &kg()), Some(vec![20.0, 1.25]));
}

#[test]
fn round_load_table() {
    let cases: &[(f64, f64)] = &[
        (10.0, 20.0), // below the bar: the bar
        (20.0, 20.0),
        (21.0, 20.0),  // 1 from the bar, 1.5 from 22.5
        (21.25, 20.0), // a tie rounds down
        (21.3, 22.5),
        (61.0, 60.0),
        (61.25, 60.0), // tie
        (61.3, 62.5),
        (87.0, 87.5),
        (101.2, 100.0),
        (f64::NAN, 20.0),
    ];
    for &(target, want) in cases {
        assert_eq!(round_load(target, &kg()), want, "round_load({target})");
    }
    assert_eq!(round_load(140.0, &lb()), 140.0);
    assert_eq!(round_load(138.0, &lb()), 140.0);
    assert_eq!(round_load(137.5, &lb()), 135.0);
}

#[test]
fn awkward_plates_are_searched_not_greedy() {
    // 20 a side from 15s and 10s is 10 + 10; greedy would take a 15 and be stuck.
    let eq = Barbell { bar: 20.0, plates: vec![15.0, 10.0] };
    assert_eq!(per_side(60.0, &eq), Some(vec![10.0, 10.0]));
    assert_eq!(round_load(60.0, &eq), 60.0);
    assert_eq!(per_side(70.0, &eq), Some(vec![15.0, 10.0]));
    // 5 a side cannot be made at all; 30 (bar only) and 40 (10 a side) are as near as it gets.
    assert_eq!(per_side(30.0, &eq), None);
    assert_eq!(round_load(30.0, &eq), 20.0);
    assert_eq!(round_load(31.0, &eq), 40.0);
}

#[test]
fn a_plate_is_used_as_often_as_the_load_needs() {
    let eq = Barbell { bar: 20.0, plates: vec![15.0, 10.0] };
    assert_eq!(per_side(110.0, &eq), Some(vec![15.0, 15.0, 15.0]));
}

#[test]
fn no_plates_means_only_the_bar() {
    let eq = Barbell { bar: 15.0, plates: vec![] };
    assert_eq!(round_load(80.0, &eq), 15.0);
    assert_eq!(per_side(15.0, &eq), Some(vec![]));
    assert_eq!(per_side(20.0, &eq), None);
}

#[test]
fn round_to_step_table() {
    let cases: &[(f64, f64, f64)] = &[
        (17.0, 2.0, 16.0), // tie down
        (17.1, 2.0, 18.0),
        (23.0, 2.5, 22.5),
        (23.75, 2.5, 22.5), // tie down
        (24.0, 2.5, 25.0),
        (0.4, 1.0, 0.0),
        (31.0, 0.0, 31.0), // no step: unchanged
        (31.0, -1.0, 31.0),
    ];
    for &(target, step, want) in cases {
        let got = round_to_step(target, step);
        assert!((got - want).abs() < 1e-9, "round_to_step({target}, {step}) = {got}");
    }
    assert!(round_to_step(0.4, 1.0).is_sign_positive());
}

#[test]
fn describing_plates() {
    assert_eq!(describe_per_side(&[]), "bar only");
    assert_eq!(describe_per_side(&[20.0, 10.0, 1.25]), "20 + 10 + 1.25 per side");
    assert_eq!(describe_per_side(&[45.0]), "45 per side");
    assert_eq!(describe_per_side(&[2.5, 2.5]), "2.5 + 2.5 per side");
}
