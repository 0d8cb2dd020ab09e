//! Breathing patterns for the rest pacer: the built-in ones and those a programme defines, as
//! steps with a lung level so the pacer can draw a breath growing and shrinking. Pure data and
//! pure functions of elapsed time; must never read a clock.

use std::time::Duration;

use super::phase::{Phase, PhaseKind, Step, phase_in_cycle};

/// One phase of a breath: what to do, for how long, and how full the lungs are at its end
/// (0.0 empty to 1.0 full) so the pacer can draw the breath.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BreathStep {
    /// The phase and its length.
    pub step: Step,
    /// Lung level when this step ends.
    pub level_after: f64,
}

/// A named breathing pattern. An empty `steps` means `none`: a plain countdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// The name the programme uses for it.
    pub name: String,
    /// One breath, in order.
    pub steps: Vec<BreathStep>,
}

/// The names of the built-in patterns, in the order help text lists them.
pub const BUILT_IN: [&str; 5] = ["resonance", "box", "sigh", "4-7-8", "none"];

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

impl Pattern {
    /// A four-part pattern: inhale, hold, exhale, hold after the exhale (seconds).
    pub fn four_part(name: &str, inhale: f64, hold: f64, exhale: f64, hold_after: f64) -> Self {
        let step =
            |kind, s, level_after| BreathStep { step: Step { kind, length: secs(s) }, level_after };
        Pattern {
            name: name.to_string(),
            steps: vec![
                step(PhaseKind::Inhale, inhale, 1.0),
                step(PhaseKind::Hold, hold, 1.0),
                step(PhaseKind::Exhale, exhale, 0.0),
                step(PhaseKind::Hold, hold_after, 0.0),
            ]
            .into_iter()
            .filter(|s| !s.step.length.is_zero())
            .collect(),
        }
    }

    /// A built-in pattern by name.
    pub fn built_in(name: &str) -> Option<Self> {
        Some(match name {
            // 5.5 breaths a minute: 60 / 5.5 / 2 = 5.45 s each way.
            "resonance" => Self::four_part(name, 60.0 / 11.0, 0.0, 60.0 / 11.0, 0.0),
            "box" => Self::four_part(name, 4.0, 4.0, 4.0, 4.0),
            "4-7-8" => Self::four_part(name, 4.0, 7.0, 8.0, 0.0),
            // Cyclic sighing: a full breath in through the nose, a short top-up sip, and a
            // long slow exhale through the mouth.
            "sigh" => Pattern {
                name: name.to_string(),
                steps: vec![
                    BreathStep {
                        step: Step { kind: PhaseKind::Inhale, length: secs(2.0) },
                        level_after: 0.8,
                    },
                    BreathStep {
                        step: Step { kind: PhaseKind::Inhale, length: secs(1.0) },
                        level_after: 1.0,
                    },
                    BreathStep {
                        step: Step { kind: PhaseKind::Exhale, length: secs(6.0) },
                        level_after: 0.0,
                    },
                ],
            },
            "none" => Pattern { name: name.to_string(), steps: Vec::new() },
            _ => return None,
        })
    }

    /// The steps without their levels, for the shared cycle arithmetic.
    fn plain_steps(&self) -> Vec<Step> {
        self.steps.iter().map(|s| s.step).collect()
    }

    /// Where the breath is at `elapsed` since the pacer began; `None` for `none`.
    pub fn phase_at(&self, elapsed: Duration) -> Option<Phase> {
        phase_in_cycle(&self.plain_steps(), elapsed)
    }

    /// How full the lungs are at `elapsed`, 0.0 to 1.0, eased so the shape breathes rather
    /// than ticks.
    pub fn level_at(&self, elapsed: Duration) -> f64 {
        let Some(phase) = self.phase_at(elapsed) else { return 0.0 };
        let i = phase.index;
        let from = if i == 0 {
            self.steps.last().map_or(0.0, |s| s.level_after)
        } else {
            self.steps[i - 1].level_after
        };
        let to = self.steps[i].level_after;
        let eased = 0.5 - 0.5 * (std::f64::consts::PI * phase.fraction).cos();
        from + (to - from) * eased
    }

    /// One whole breath.
    pub fn breath_length(&self) -> Duration {
        self.steps.iter().map(|s| s.step.length).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PhaseKind::*;

    fn kind(p: &Pattern, ms: u64) -> PhaseKind {
        p.phase_at(Duration::from_millis(ms)).unwrap().kind
    }

    #[test]
    fn every_built_in_exists() {
        for name in BUILT_IN {
            assert!(Pattern::built_in(name).is_some(), "{name}");
        }
        assert!(Pattern::built_in("calm").is_none());
    }

    #[test]
    fn resonance_is_five_and_a_half_breaths_a_minute_equal_in_and_out() {
        let p = Pattern::built_in("resonance").unwrap();
        let per_minute = 60.0 / p.breath_length().as_secs_f64();
        assert!((per_minute - 5.5).abs() < 0.01, "{per_minute}");
        assert_eq!(p.steps[0].step.length, p.steps[1].step.length);
        assert_eq!(kind(&p, 5454), Inhale);
        assert_eq!(kind(&p, 5455), Exhale);
    }

    #[test]
    fn box_boundaries() {
        let p = Pattern::built_in("box").unwrap();
        let table = [(0, Inhale), (3999, Inhale), (4000, Hold), (8000, Exhale), (12000, Hold)];
        for (ms, want) in table {
            assert_eq!(kind(&p, ms), want, "at {ms}");
        }
        let next = p.phase_at(Duration::from_secs(16)).unwrap();
        assert_eq!((next.kind, next.cycle, next.index), (Inhale, 1, 0));
    }

    #[test]
    fn four_seven_eight_and_sigh() {
        let p = Pattern::built_in("4-7-8").unwrap();
        assert_eq!((kind(&p, 3999), kind(&p, 4000), kind(&p, 11000)), (Inhale, Hold, Exhale));
        assert_eq!(p.breath_length(), Duration::from_secs(19));
        let s = Pattern::built_in("sigh").unwrap();
        assert_eq!((kind(&s, 0), kind(&s, 2500), kind(&s, 3000)), (Inhale, Inhale, Exhale));
        assert!(s.steps[2].step.length >= s.steps[0].step.length * 2, "long exhale");
    }

    #[test]
    fn none_is_a_plain_countdown() {
        let p = Pattern::built_in("none").unwrap();
        assert_eq!(p.phase_at(Duration::from_secs(1)), None);
        assert_eq!(p.level_at(Duration::from_secs(1)), 0.0);
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
}
