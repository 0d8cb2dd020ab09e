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

impl Tempo {
    /// The four steps of one rep, in the order the exercise paces them (zero-length steps are
    /// skipped when pacing). With the brace cue the breath is held through everything but the
    /// last pause of the rep, which is paced as EXHALE and given at least a second: a braced
    /// lifter breathes between reps.
    pub fn steps(&self, start: StartWith, cue: Cue) -> [Step; 4] {
        let step = |kind, secs: u32| Step { kind, length: Duration::from_secs(secs.into()) };
        let eccentric = step(PhaseKind::Inhale, self.eccentric);
        let bottom = step(PhaseKind::Pause, self.bottom);
        let concentric = step(PhaseKind::Exhale, self.concentric);
        let top = step(PhaseKind::Pause, self.top);
        let mut steps = match start {
            StartWith::Eccentric => [eccentric, bottom, concentric, top],
            StartWith::Concentric => [concentric, top, eccentric, bottom],
        };
        if cue == Cue::Brace {
            // One BRACE phase for the whole held breath, so the bar fills once per rep.
            let held: Duration = steps[..3].iter().map(|s| s.length).sum();
            let breathe = steps[3].length.max(Duration::from_secs(1));
            let none = Step { kind: PhaseKind::Pause, length: Duration::ZERO };
            steps = [
                Step { kind: PhaseKind::Brace, length: held },
                Step { kind: PhaseKind::Exhale, length: breathe },
                none,
                none,
            ];
        }
        steps
    }

    /// How long one rep takes as written.
    pub fn rep_length(&self) -> Duration {
        Duration::from_secs(u64::from(self.eccentric + self.bottom + self.concentric + self.top))
    }

    /// How long one rep takes as paced from `start` with `cue` (a braced rep may gain a
    /// breathing second, in whichever pause ends the rep).
    pub fn paced_rep_length(&self, start: StartWith, cue: Cue) -> Duration {
        self.steps(start, cue).iter().map(|s| s.length).sum()
    }
}

/// Where a set paced at `tempo` is, `elapsed` after its first rep began. `cycle` is the
/// zero-based rep. `None` only for an all-zero tempo, which the loader refuses.
pub fn phase_at(tempo: &Tempo, start: StartWith, cue: Cue, elapsed: Duration) -> Option<Phase> {
    phase_in_cycle(&tempo.steps(start, cue), elapsed)
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
    fn brace_holds_the_breath_through_the_rep_and_breathes_out_between_reps() {
        let t = tempo(2, 1, 1, 0);
        let steps = t.steps(StartWith::Eccentric, Cue::Brace);
        let paced: Vec<(PhaseKind, u64)> = steps
            .iter()
            .filter(|s| !s.length.is_zero())
            .map(|s| (s.kind, s.length.as_secs()))
            .collect();
        assert_eq!(paced, [(Brace, 4), (Exhale, 1)], "one held breath, a second to breathe out");
        assert_eq!(t.paced_rep_length(StartWith::Eccentric, Cue::Brace), Duration::from_secs(5));
        let at = |ms| phase_at(&t, StartWith::Eccentric, Cue::Brace, Duration::from_millis(ms));
        assert_eq!(at(3999).unwrap().kind, Brace);
        assert_eq!(at(4000).unwrap().kind, Exhale);
        assert_eq!(at(5000).unwrap().cycle, 1);
        assert_eq!(reps_done(&t, StartWith::Eccentric, Cue::Brace, Duration::from_secs(10)), 2);
        // Lift-first: braced through the lift, the top and the lowering; out at the bottom.
        let deadlift = tempo(2, 2, 1, 1).steps(StartWith::Concentric, Cue::Brace);
        assert_eq!((deadlift[0].length, deadlift[1].kind), (Duration::from_secs(4), Exhale));
        assert_eq!(deadlift[1].length, Duration::from_secs(2));
        // A lift-first rep with no pause at the bottom gains its breathing second there, not
        // at the top: the set's length follows the order it is paced in.
        let pull = tempo(1, 0, 1, 3);
        assert_eq!(
            pull.paced_rep_length(StartWith::Concentric, Cue::Brace),
            Duration::from_secs(6)
        );
        assert_eq!(pull.paced_rep_length(StartWith::Eccentric, Cue::Brace), Duration::from_secs(5));
    }
}
