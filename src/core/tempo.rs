//! The tempo of a rep: the four-number notation, the order it is paced in, and where a set is
//! at any elapsed time. Pure functions of time; must never count ticks or read a clock.

use std::fmt;
use std::time::Duration;

use super::phase::{Phase, PhaseKind, Step, phase_in_cycle};
use super::words::Cue;

/// Which half of the rep an exercise begins with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StartWith {
    /// Lower first (squat, bench press): the usual case.
    #[default]
    Eccentric,
    /// Lift first (deadlift, row, pull-up).
    Concentric,
}

/// `eccentric-pause-concentric-pause` in whole seconds, as lifters write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tempo {
    /// Seconds lowering (the lengthening half): paced as INHALE.
    pub eccentric: u32,
    /// Seconds paused in the stretched position: paced as PAUSE.
    pub bottom: u32,
    /// Seconds lifting (the shortening half): paced as EXHALE.
    pub concentric: u32,
    /// Seconds paused at the top: paced as PAUSE.
    pub top: u32,
    /// The concentric was written `X` (explosive); it is paced as one second.
    pub explosive: bool,
}

impl Default for Tempo {
    fn default() -> Self {
        Tempo { eccentric: 3, bottom: 1, concentric: 1, top: 0, explosive: false }
    }
}

impl fmt::Display for Tempo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let concentric = if self.explosive { "X".to_string() } else { self.concentric.to_string() };
        write!(f, "{}-{}-{}-{}", self.eccentric, self.bottom, concentric, self.top)
    }
}

/// Which part of a rep a paced step is: the weight moving one way or the other, a pause at
/// either end, or (braced) the breath taken between reps. The pacing screen says what to do
/// from it, so a BRACE still tells the lifter which way the weight goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepPart {
    /// The lengthening half: lowering the weight.
    Eccentric,
    /// Still, in the stretched position.
    StretchedPause,
    /// The shortening half: lifting the weight.
    Concentric,
    /// Still, in the shortened position.
    ShortenedPause,
    /// Braced: the breath goes out between reps.
    BreatheOut,
    /// Braced: a new breath in, and brace again, before the next rep.
    BreatheIn,
}

/// One step of a paced rep and the part of the rep it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PacedStep {
    /// What the screen says and for how long.
    pub step: Step,
    /// Which part of the rep it is.
    pub part: RepPart,
}

/// The least time between braced reps: one breath out and one in, a second each.
pub const BRACE_BREATH: Duration = Duration::from_secs(2);

impl Tempo {
    /// The steps of one rep with time in them, in the order the exercise paces them. With the
    /// brace cue every part of the rep but its last pause is paced as BRACE (the part still
    /// says which way the weight moves), and that last pause, at least [`BRACE_BREATH`] long,
    /// is split into EXHALE then INHALE: a braced lifter breathes out and in again between reps.
    pub fn paced(&self, start: StartWith, cue: Cue) -> Vec<PacedStep> {
        let step = |kind, secs: u32, part| PacedStep {
            step: Step { kind, length: Duration::from_secs(secs.into()) },
            part,
        };
        let eccentric = step(PhaseKind::Inhale, self.eccentric, RepPart::Eccentric);
        let bottom = step(PhaseKind::Pause, self.bottom, RepPart::StretchedPause);
        let concentric = step(PhaseKind::Exhale, self.concentric, RepPart::Concentric);
        let top = step(PhaseKind::Pause, self.top, RepPart::ShortenedPause);
        let mut steps = match start {
            StartWith::Eccentric => vec![eccentric, bottom, concentric, top],
            StartWith::Concentric => vec![concentric, top, eccentric, bottom],
        };
        if cue == Cue::Brace {
            let last = steps.pop().map_or(Duration::ZERO, |s| s.step.length);
            for s in &mut steps {
                s.step.kind = PhaseKind::Brace;
            }
            let gap = last.max(BRACE_BREATH);
            let out = gap / 2;
            let breath = |kind, length, part| PacedStep { step: Step { kind, length }, part };
            steps.push(breath(PhaseKind::Exhale, out, RepPart::BreatheOut));
            steps.push(breath(PhaseKind::Inhale, gap - out, RepPart::BreatheIn));
        }
        steps.retain(|s| !s.step.length.is_zero());
        steps
    }

    /// The steps of one rep, as [`Tempo::paced`] gives them, without their parts.
    pub fn steps(&self, start: StartWith, cue: Cue) -> Vec<Step> {
        self.paced(start, cue).into_iter().map(|s| s.step).collect()
    }

    /// How long one rep takes as written.
    pub fn rep_length(&self) -> Duration {
        Duration::from_secs(u64::from(self.eccentric + self.bottom + self.concentric + self.top))
    }

    /// How long one rep takes as paced from `start` with `cue` (a braced rep may gain time to
    /// breathe, in whichever pause ends the rep).
    pub fn paced_rep_length(&self, start: StartWith, cue: Cue) -> Duration {
        self.steps(start, cue).iter().map(|s| s.length).sum()
    }

    /// How long the breath is held braced in one rep: every part but the breath between reps.
    pub fn braced_length(&self, start: StartWith) -> Duration {
        let paced = self.paced(start, Cue::Brace);
        paced.iter().filter(|s| s.step.kind == PhaseKind::Brace).map(|s| s.step.length).sum()
    }
}

/// Where a set paced at `tempo` is, `elapsed` after its first rep began. `cycle` is the
/// zero-based rep. `None` only for an all-zero tempo, which the loader refuses.
pub fn phase_at(tempo: &Tempo, start: StartWith, cue: Cue, elapsed: Duration) -> Option<Phase> {
    phase_in_cycle(&tempo.steps(start, cue), elapsed)
}

/// Like [`phase_at`], with the part of the rep the phase is.
pub fn part_at(
    tempo: &Tempo,
    start: StartWith,
    cue: Cue,
    elapsed: Duration,
) -> Option<(Phase, RepPart)> {
    let paced = tempo.paced(start, cue);
    let steps: Vec<Step> = paced.iter().map(|s| s.step).collect();
    let phase = phase_in_cycle(&steps, elapsed)?;
    Some((phase, paced[phase.index].part))
}

/// Whole reps finished by `elapsed`.
pub fn reps_done(tempo: &Tempo, start: StartWith, cue: Cue, elapsed: Duration) -> u32 {
    let rep = tempo.paced_rep_length(start, cue);
    if rep.is_zero() { 0 } else { (elapsed.as_nanos() / rep.as_nanos()) as u32 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PhaseKind::*;

    fn tempo(e: u32, b: u32, c: u32, t: u32) -> Tempo {
        Tempo { eccentric: e, bottom: b, concentric: c, top: t, explosive: false }
    }

    fn at(t: &Tempo, start: StartWith, ms: u64) -> (PhaseKind, u32, f64) {
        let p = phase_at(t, start, Cue::Breathe, Duration::from_millis(ms)).unwrap();
        (p.kind, p.cycle, p.fraction)
    }

    #[test]
    fn eccentric_first_boundaries() {
        let t = tempo(3, 1, 1, 0);
        let table = [
            (0, (Inhale, 0, 0.0)),
            (1500, (Inhale, 0, 0.5)),
            (2999, (Inhale, 0, 2.999 / 3.0)),
            (3000, (Pause, 0, 0.0)),
            (3001, (Pause, 0, 0.001)),
            (3999, (Pause, 0, 0.999)),
            (4000, (Exhale, 0, 0.0)),
            (4999, (Exhale, 0, 0.999)),
            (5000, (Inhale, 1, 0.0)),
            (5001, (Inhale, 1, 0.001 / 3.0)),
        ];
        for (ms, want) in table {
            let got = at(&t, StartWith::Eccentric, ms);
            assert_eq!((got.0, got.1), (want.0, want.1), "at {ms} ms");
            assert!((got.2 - want.2).abs() < 1e-9, "fraction at {ms} ms: {} vs {}", got.2, want.2);
        }
    }

    #[test]
    fn concentric_first_starts_with_exhale() {
        let t = tempo(3, 1, 1, 2);
        assert_eq!(at(&t, StartWith::Concentric, 0).0, Exhale);
        assert_eq!(at(&t, StartWith::Concentric, 999).0, Exhale);
        assert_eq!(at(&t, StartWith::Concentric, 1000).0, Pause); // top pause
        assert_eq!(at(&t, StartWith::Concentric, 3000).0, Inhale); // lowering
        assert_eq!(at(&t, StartWith::Concentric, 6000).0, Pause); // bottom pause
        assert_eq!(at(&t, StartWith::Concentric, 7000), (Exhale, 1, 0.0));
    }

    #[test]
    fn explosive_is_paced_as_one_second() {
        let t = Tempo { concentric: 1, explosive: true, ..tempo(2, 0, 1, 0) };
        assert_eq!(t.to_string(), "2-0-X-0");
        assert_eq!(t.rep_length(), Duration::from_secs(3));
        assert_eq!(at(&t, StartWith::Eccentric, 2000).0, Exhale);
        assert_eq!(at(&t, StartWith::Eccentric, 3000), (Inhale, 1, 0.0));
    }

    #[test]
    fn no_drift_after_an_hour() {
        let t = tempo(3, 1, 1, 0);
        let hour = Duration::from_secs(3600);
        assert_eq!(at(&t, StartWith::Eccentric, hour.as_millis() as u64), (Inhale, 720, 0.0));
        assert_eq!(reps_done(&t, StartWith::Eccentric, Cue::Breathe, hour), 720);
    }

    #[test]
    fn reps_done_counts_whole_reps() {
        let t = tempo(3, 1, 1, 0);
        assert_eq!(
            reps_done(&t, StartWith::Eccentric, Cue::Breathe, Duration::from_millis(4999)),
            0
        );
        assert_eq!(
            reps_done(&t, StartWith::Eccentric, Cue::Breathe, Duration::from_millis(5000)),
            1
        );
    }

    #[test]
    fn brace_keeps_the_tempo_and_breathes_out_then_in_between_reps() {
        let t = tempo(2, 1, 1, 0);
        let paced: Vec<(PhaseKind, RepPart, u64)> = t
            .paced(StartWith::Eccentric, Cue::Brace)
            .iter()
            .map(|s| (s.step.kind, s.part, s.step.length.as_millis() as u64))
            .collect();
        assert_eq!(
            paced,
            [
                (Brace, RepPart::Eccentric, 2000),
                (Brace, RepPart::StretchedPause, 1000),
                (Brace, RepPart::Concentric, 1000),
                (Exhale, RepPart::BreatheOut, 1000),
                (Inhale, RepPart::BreatheIn, 1000),
            ],
            "the parts of the rep stay visible; two seconds of breath between reps"
        );
        assert_eq!(t.paced_rep_length(StartWith::Eccentric, Cue::Brace), Duration::from_secs(6));
        assert_eq!(t.braced_length(StartWith::Eccentric), Duration::from_secs(4));
        let at = |ms| part_at(&t, StartWith::Eccentric, Cue::Brace, Duration::from_millis(ms));
        assert_eq!(at(1999).map(|(p, part)| (p.kind, part)), Some((Brace, RepPart::Eccentric)));
        assert_eq!(at(3000).map(|(p, part)| (p.kind, part)), Some((Brace, RepPart::Concentric)));
        assert_eq!(at(4000).map(|(p, part)| (p.kind, part)), Some((Exhale, RepPart::BreatheOut)));
        assert_eq!(at(5000).map(|(p, part)| (p.kind, part)), Some((Inhale, RepPart::BreatheIn)));
        assert_eq!(at(6000).map(|(p, _)| p.cycle), Some(1));
        assert_eq!(reps_done(&t, StartWith::Eccentric, Cue::Brace, Duration::from_secs(12)), 2);
        // A long pause that ends the rep is all breath, split evenly.
        let long = tempo(2, 0, 1, 4).paced(StartWith::Eccentric, Cue::Brace);
        assert_eq!(long[2].step.length, Duration::from_secs(2));
        assert_eq!(long[3].step.length, Duration::from_secs(2));
        // Lift-first: braced through the lift, the top and the lowering; the breath is taken at
        // the bottom, and the set's length follows the order it is paced in.
        let deadlift = tempo(2, 2, 1, 1).paced(StartWith::Concentric, Cue::Brace);
        let kinds: Vec<RepPart> = deadlift.iter().map(|s| s.part).collect();
        assert_eq!(
            kinds,
            [
                RepPart::Concentric,
                RepPart::ShortenedPause,
                RepPart::Eccentric,
                RepPart::BreatheOut,
                RepPart::BreatheIn
            ]
        );
        let pull = tempo(1, 0, 1, 3);
        assert_eq!(
            pull.paced_rep_length(StartWith::Concentric, Cue::Brace),
            Duration::from_secs(7)
        );
        assert_eq!(pull.paced_rep_length(StartWith::Eccentric, Cue::Brace), Duration::from_secs(5));
    }
}
