//! One-rep max: the Epley table at its edges, the best-of estimate, and percentages of it.

use liftpace::core::strength::{PastWork, epley, estimate_one_rep_max, percent_of};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn epley_table() {
    let cases: &[(f64, u32, Option<f64>)] = &[
        (100.0, 0, None),
        (100.0, 1, Some(100.0)),
        (100.0, 2, Some(100.0 * (1.0 + 2.0 / 30.0))),
        (100.0, 5, Some(100.0 * (1.0 + 5.0 / 30.0))),
        (60.0, 10, Some(80.0)),
        (90.0, 12, Some(126.0)),
        (90.0, 13, None),
        (90.0, 30, None),
        (0.0, 5, None),
        (-20.0, 5, None),
        (f64::NAN, 5, None),
        (f64::INFINITY, 5, None),
    ];
    for &(load, reps, want) in cases {
        let got = epley(load, reps);
        let same = match (got, want) {
            (Some(g), Some(w)) => close(g, w),
            (None, None) => true,
            _ => false,
        };
        assert!(same, "epley({load}, {reps}) = {got:?}, want {want:?}");
    }
}

#[test]
fn estimate_takes_the_best_usable_set() {
    let sets = [
        PastWork { load: 100.0, reps: 5 }, // 116.67
        PastWork { load: 110.0, reps: 3 }, // 121
        PastWork { load: 60.0, reps: 20 }, // too many reps to count
        PastWork { load: 120.0, reps: 0 }, // a failed attempt says nothing
    ];
    let best = estimate_one_rep_max(&sets).expect("two usable sets");
    assert!(close(best, 121.0), "{best}");
}

#[test]
fn estimate_is_none_when_nothing_is_usable() {
    assert_eq!(estimate_one_rep_max(&[]), None);
    let unusable = [PastWork { load: 40.0, reps: 15 }, PastWork { load: 50.0, reps: 0 }];
    assert_eq!(estimate_one_rep_max(&unusable), None);
}

#[test]
fn percent_is_written_as_lifters_write_it() {
    assert!(close(percent_of(120.0, 75.0), 90.0));
    assert!(close(percent_of(140.0, 100.0), 140.0));
    assert!(close(percent_of(100.0, 0.0), 0.0));
}
