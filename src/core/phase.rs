//! What the lifter is told to do right now: the phase vocabulary shared by the tempo bar and
//! the breathing pacer. Owns the words on screen; must never know about time sources. HOLD
//! only ever means a held breath; the weight's pause in a rep is PAUSE.

use std::time::Duration;

/// One kind of breathing phase, named the way the screen says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhaseKind {
    /// Breathe in: the eccentric of a rep, or the inhale of a breath.
    Inhale,
    /// Hold the breath: a breathing pattern's hold, never a pause in a rep.
    Hold,
    /// Keep the weight still: the pause at the bottom or top of a rep.
    Pause,
    /// Breathe out: the concentric of a rep, or the exhale of a breath.
    Exhale,
    /// Hold the breath braced: the hard part of a heavy rep paced with `cue = "brace"`.
    Brace,
    /// Breathe however feels natural: the start of every rest, before any pacing.
    Recover,
    /// A short second inhale on top of the first: the top-up of a cyclic sigh.
    TopUp,
}

impl PhaseKind {
    /// The word on screen, readable from across the room.
    pub fn word(self) -> &'static str {
        match self {
            PhaseKind::Inhale => "INHALE",
            PhaseKind::Hold => "HOLD",
            PhaseKind::Pause => "PAUSE",
            PhaseKind::Exhale => "EXHALE",
            PhaseKind::Brace => "BRACE",
            PhaseKind::Recover => "RECOVER",
            PhaseKind::TopUp => "IN AGAIN",
        }
    }
}

/// Where a schedule is at one instant.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Phase {
    /// What to do.
    pub kind: PhaseKind,
    /// How far through this phase, from 0.0 (just begun) towards 1.0.
    pub fraction: f64,
    /// Zero-based cycle number: the rep being paced, or the breath.
    pub cycle: u32,
    /// Index of this phase within its cycle (after zero-length phases are dropped).
    pub index: usize,
    /// How long this phase lasts in all.
    pub length: Duration,
    /// Time left in this phase.
    pub remaining: Duration,
}

/// A phase of a repeating cycle: a kind and how long it lasts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    /// What to do during the step.
    pub kind: PhaseKind,
    /// How long it lasts; zero-length steps are skipped when pacing.
    pub length: Duration,
}

/// Where a repeating cycle of steps is at `elapsed` since it began. The cycle is computed from
/// the start every time, so nothing accumulates and nothing drifts. Returns `None` for a cycle
/// with no time in it.
pub fn phase_in_cycle(steps: &[Step], elapsed: Duration) -> Option<Phase> {
    let cycle_len: Duration = steps.iter().map(|s| s.length).sum();
    if cycle_len.is_zero() {
        return None;
    }
    let cycle_ns = cycle_len.as_nanos();
    let elapsed_ns = elapsed.as_nanos();
    let cycle = (elapsed_ns / cycle_ns) as u32;
    let mut into = Duration::from_nanos((elapsed_ns % cycle_ns) as u64);
    for (index, step) in steps.iter().filter(|s| !s.length.is_zero()).enumerate() {
        if into < step.length {
            return Some(Phase {
                kind: step.kind,
                fraction: into.as_secs_f64() / step.length.as_secs_f64(),
                cycle,
                index,
                length: step.length,
                remaining: step.length - into,
            });
        }
        into -= step.length;
    }
    unreachable!("elapsed modulo the cycle length always falls inside a step")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(kind: PhaseKind, secs: u64) -> Step {
        Step { kind, length: Duration::from_secs(secs) }
    }

    #[test]
    fn empty_cycle_has_no_phase() {
        assert_eq!(phase_in_cycle(&[], Duration::ZERO), None);
        assert_eq!(phase_in_cycle(&[s(PhaseKind::Pause, 0)], Duration::from_secs(3)), None);
    }

    #[test]
    fn zero_steps_are_skipped_and_boundaries_are_exact() {
        let steps = [s(PhaseKind::Inhale, 2), s(PhaseKind::Pause, 0), s(PhaseKind::Exhale, 3)];
        let at = |ms| phase_in_cycle(&steps, Duration::from_millis(ms)).unwrap();
        assert_eq!((at(0).kind, at(0).index, at(0).cycle), (PhaseKind::Inhale, 0, 0));
        assert_eq!(at(1999).kind, PhaseKind::Inhale);
        assert_eq!((at(2000).kind, at(2000).index), (PhaseKind::Exhale, 1));
        assert_eq!(at(2000).fraction, 0.0);
        assert_eq!(at(4999).kind, PhaseKind::Exhale);
        assert_eq!((at(5000).kind, at(5000).cycle), (PhaseKind::Inhale, 1));
    }
}
