//! A breath rate that changes over time: a ramp from one rate to another, or the soft start
//! that eases from a natural pace into a pattern. The rate is piecewise linear between knots,
//! so the breaths taken by any instant are a closed-form integral and the instant a given
//! breath is reached is its exact inverse: nothing is stepped or accumulated. Pure arithmetic;
//! must never know what a breath looks like.

use std::time::Duration;

/// The breath rate at one instant of a ramp.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Knot {
    /// Time since the paced breathing began.
    pub at: Duration,
    /// Breaths a minute at that instant.
    pub rate: f64,
}

/// Breaths taken by `t` seconds on `knots`, holding `last` breaths a minute after the last
/// knot (and from the start when there are none).
pub fn breaths_at(knots: &[Knot], last: f64, t: f64) -> f64 {
    let mut done = 0.0;
    for w in knots.windows(2) {
        let (t0, r0) = (w[0].at.as_secs_f64(), w[0].rate);
        let (t1, r1) = (w[1].at.as_secs_f64(), w[1].rate);
        if t <= t1 {
            let tau = (t - t0).max(0.0);
            let slope = (r1 - r0) / (t1 - t0);
            return done + (r0 * tau + slope * tau * tau / 2.0) / 60.0;
        }
        done += (r0 + r1) / 2.0 * (t1 - t0) / 60.0;
    }
    let from = knots.last().map_or(0.0, |k| k.at.as_secs_f64());
    done + last * (t - from).max(0.0) / 60.0
}

/// The time in seconds at which `breaths` have been taken: the inverse of [`breaths_at`].
/// Rates are positive, so the count only grows and the inverse is unique.
pub fn time_of(knots: &[Knot], last: f64, breaths: f64) -> f64 {
    let mut done = 0.0;
    for w in knots.windows(2) {
        let (t0, r0) = (w[0].at.as_secs_f64(), w[0].rate);
        let (t1, r1) = (w[1].at.as_secs_f64(), w[1].rate);
        let here = (r0 + r1) / 2.0 * (t1 - t0) / 60.0;
        if breaths <= done + here {
            // Solve r0·τ + slope·τ²/2 = 60·b for τ, in the form that stays exact when the
            // slope is zero or tiny.
            let b = 60.0 * (breaths - done).max(0.0);
            let slope = (r1 - r0) / (t1 - t0);
            let root = (r0 * r0 + 2.0 * slope * b).max(0.0).sqrt();
            return t0 + 2.0 * b / (r0 + root);
        }
        done += here;
    }
    let from = knots.last().map_or(0.0, |k| k.at.as_secs_f64());
    from + (breaths - done).max(0.0) * 60.0 / last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn knot(secs: u64, rate: f64) -> Knot {
        Knot { at: Duration::from_secs(secs), rate }
    }

    #[test]
    fn steady_rate_is_linear() {
        assert_eq!(breaths_at(&[], 6.0, 60.0), 6.0);
        assert_eq!(time_of(&[], 6.0, 3.0), 30.0);
    }

    #[test]
    fn a_ramp_integrates_and_inverts() {
        // 12 down to 6 a minute over 60 s: 9 breaths on average, then 6 a minute.
        let ramp = [knot(0, 12.0), knot(60, 6.0)];
        assert!((breaths_at(&ramp, 6.0, 60.0) - 9.0).abs() < 1e-12);
        assert!((breaths_at(&ramp, 6.0, 120.0) - 15.0).abs() < 1e-12);
        for t in [0.0, 0.5, 7.25, 30.0, 59.9, 60.0, 61.0, 300.0] {
            let b = breaths_at(&ramp, 6.0, t);
            assert!((time_of(&ramp, 6.0, b) - t).abs() < 1e-9, "at {t}");
        }
        // Faster at first: the first breath takes less than the 10 s a steady 6 would.
        assert!(time_of(&ramp, 6.0, 1.0) < 6.0);
    }

    #[test]
    fn a_flat_segment_does_not_divide_by_zero() {
        let flat = [knot(0, 6.0), knot(30, 6.0)];
        assert_eq!(time_of(&flat, 6.0, 1.0), 10.0);
        assert_eq!(breaths_at(&flat, 6.0, 40.0), 4.0);
    }
}
