//! Where a pattern is at any elapsed time: through its lead-in (free breathing, a few sighs),
//! then its repeating breath, steady or on a changing rate. Everything is computed from the
//! start each time, so pausing (which shifts the start) and long sessions never drift. Pure;
//! must never read a clock.

use std::time::Duration;

use super::pace::{self, Knot};
use super::{BreathStep, Lead, Pattern};
use crate::core::phase::{Phase, PhaseKind, Step, phase_in_cycle};

/// A breath phase on the timeline, with the steps it belongs to (none for free breathing) so
/// the level of the lungs can be found, and the breaths finished in earlier sections.
pub struct Located<'a> {
    /// Where the breath is.
    pub phase: Phase,
    /// The breath being paced, or `None` while breathing freely.
    pub steps: Option<&'a [BreathStep]>,
    /// Whole breaths paced before this section began.
    pub breaths_before: u32,
}

/// A fraction of a breath small enough to be rounding, so exact boundaries land on the
/// phase that begins there.
const EPSILON: f64 = 1e-9;

fn plain(steps: &[BreathStep]) -> Vec<Step> {
    steps.iter().map(|s| s.step).collect()
}

/// Locates `elapsed` on `pattern`'s timeline; `None` for a pattern with no breath (`none`).
pub fn locate(pattern: &Pattern, elapsed: Duration) -> Option<Located<'_>> {
    if pattern.steps.is_empty() {
        return None;
    }
    let mut left = elapsed;
    let mut breaths_before = 0;
    for lead in &pattern.lead {
        match lead {
            Lead::Free(length) if left < *length => {
                let phase = Phase {
                    kind: PhaseKind::Recover,
                    fraction: left.as_secs_f64() / length.as_secs_f64(),
                    cycle: 0,
                    index: 0,
                    length: *length,
                    remaining: *length - left,
                };
                return Some(Located { phase, steps: None, breaths_before });
            }
            Lead::Free(length) => left -= *length,
            Lead::Breaths { steps, count } => {
                let length = Pattern::length_of(steps) * *count;
                if left < length {
                    let phase = phase_in_cycle(&plain(steps), left)?;
                    return Some(Located { phase, steps: Some(steps), breaths_before });
                }
                left -= length;
                breaths_before += count;
            }
        }
    }
    let steps = &pattern.steps[..];
    let phase = if pattern.ramp.is_empty() {
        phase_in_cycle(&plain(steps), left)?
    } else {
        ramped(steps, &pattern.ramp, left)
    };
    Some(Located { phase, steps: Some(steps), breaths_before })
}

/// The phase of a breath whose rate follows `knots`: the breath keeps its proportions and is
/// stretched or squeezed to the rate of the moment.
fn ramped(steps: &[BreathStep], knots: &[Knot], elapsed: Duration) -> Phase {
    let own = 60.0 / Pattern::length_of(steps).as_secs_f64();
    let t = elapsed.as_secs_f64();
    let breaths = pace::breaths_at(knots, own, t) + EPSILON;
    let cycle = breaths.floor();
    let into = breaths - cycle;
    let total = Pattern::length_of(steps).as_secs_f64();
    let mut from = 0.0;
    for (index, s) in steps.iter().enumerate() {
        let to = from + s.step.length.as_secs_f64() / total;
        if into < to || index == steps.len() - 1 {
            let start = pace::time_of(knots, own, cycle + from);
            let end = pace::time_of(knots, own, cycle + to);
            let length = (end - start).max(EPSILON);
            return Phase {
                kind: s.step.kind,
                fraction: ((t - start) / length).clamp(0.0, 1.0),
                cycle: cycle as u32,
                index,
                length: Duration::from_secs_f64(length),
                remaining: Duration::from_secs_f64((end - t).max(EPSILON)),
            };
        }
        from = to;
    }
    unreachable!("a breath's proportions add up to one")
}

/// Whole breaths paced by `elapsed`: every sigh of the lead-in and every breath after it.
pub fn breaths_done(pattern: &Pattern, elapsed: Duration) -> u32 {
    locate(pattern, elapsed).map_or(0, |l| match l.steps {
        Some(_) => l.breaths_before + l.phase.cycle,
        None => l.breaths_before,
    })
}
