//! Breathing patterns: the built-in ones and those a programme defines, as steps with a lung
//! level so the pacer can draw a breath growing and shrinking, an optional lead-in (free
//! breathing, a few sighs) and an optional change of rate (a ramp, a soft start). Also the
//! rest's form of a pattern, `liftpace breathe` as a state machine, the resonance finder and
//! what each pattern is for. Pure data and pure functions of elapsed time; must never read a
//! clock.

use std::time::Duration;

use super::phase::{Phase, PhaseKind, Step};

pub mod about;
pub mod bounds;
pub mod find;
pub mod keymap;
mod pace;
pub mod practice;
pub mod record;
pub mod rest;
mod timeline;

pub use pace::Knot;

/// One phase of a breath: what to do, for how long, and how full the lungs are at its end
/// (0.0 empty to 1.0 full) so the pacer can draw the breath.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BreathStep {
    /// The phase and its length.
    pub step: Step,
    /// Lung level when this step ends.
    pub level_after: f64,
}

/// What comes before a pattern's repeating breath.
#[derive(Debug, Clone, PartialEq)]
pub enum Lead {
    /// Breathe however feels natural for this long: RECOVER.
    Free(Duration),
    /// A number of breaths of another shape, such as a few cyclic sighs.
    Breaths {
        /// One breath.
        steps: Vec<BreathStep>,
        /// How many.
        count: u32,
    },
}

/// A named breathing pattern. An empty `steps` means `none`: a plain countdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// The name the programme uses for it.
    pub name: String,
    /// What comes first, in order; empty for most patterns.
    pub lead: Vec<Lead>,
    /// One breath, in order, at the pattern's settled pace.
    pub steps: Vec<BreathStep>,
    /// How the rate changes once the lead-in is over: knots from time zero, the last at the
    /// breath's own rate. Empty: the breath's own rate throughout.
    pub ramp: Vec<Knot>,
}

/// The names of the built-in patterns, in the order help text lists them.
pub const BUILT_IN: [&str; 6] = ["recover", "resonance", "sigh", "box", "4-7-8", "none"];

/// Resonance breathing's rate until the lifter finds their own, breaths a minute.
pub const RESONANCE_RATE: f64 = 5.5;

/// Where a soft start begins: an easy, natural breathing rate, breaths a minute.
pub const NATURAL_RATE: f64 = 12.0;

/// How long a soft start takes to ease into the pattern.
pub const SOFT_START: Duration = Duration::from_secs(30);

/// Free breathing at the start of `recover` (and of every rest).
pub const RECOVER_FREE: Duration = Duration::from_secs(20);

/// Cyclic sighs in `recover`, between the free breathing and resonance.
const RECOVER_SIGHS: u32 = 3;

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

fn step(kind: PhaseKind, s: f64, level_after: f64) -> BreathStep {
    BreathStep { step: Step { kind, length: secs(s) }, level_after }
}

/// One cyclic sigh: a full breath in through the nose, a short top-up sip, and a long slow
/// exhale through the mouth.
fn sigh() -> Vec<BreathStep> {
    vec![
        step(PhaseKind::Inhale, 2.0, 0.8),
        step(PhaseKind::TopUp, 1.0, 1.0),
        step(PhaseKind::Exhale, 6.0, 0.0),
    ]
}

impl Pattern {
    /// A four-part pattern: inhale, hold, exhale, hold after the exhale (seconds).
    pub fn four_part(name: &str, inhale: f64, hold: f64, exhale: f64, hold_after: f64) -> Self {
        Pattern {
            name: name.to_string(),
            lead: Vec::new(),
            steps: [
                step(PhaseKind::Inhale, inhale, 1.0),
                step(PhaseKind::Hold, hold, 1.0),
                step(PhaseKind::Exhale, exhale, 0.0),
                step(PhaseKind::Hold, hold_after, 0.0),
            ]
            .into_iter()
            .filter(|s| !s.step.length.is_zero())
            .collect(),
            ramp: Vec::new(),
        }
    }

    /// Resonance breathing at `rate` breaths a minute: equal in and out, no holds.
    pub fn resonance(rate: f64) -> Self {
        let half = 30.0 / rate;
        Self::four_part("resonance", half, 0.0, half, 0.0)
    }

    /// A built-in pattern by name, with resonance at its default rate.
    pub fn built_in(name: &str) -> Option<Self> {
        Self::built_in_at(name, RESONANCE_RATE)
    }

    /// A built-in pattern by name, with resonance (alone or in `recover`) at `rate`.
    pub fn built_in_at(name: &str, rate: f64) -> Option<Self> {
        let mut pattern = match name {
            "resonance" => Self::resonance(rate),
            "recover" => Pattern {
                lead: vec![
                    Lead::Free(RECOVER_FREE),
                    Lead::Breaths { steps: sigh(), count: RECOVER_SIGHS },
                ],
                ..Self::resonance(rate)
            },
            "box" => Self::four_part(name, 4.0, 4.0, 4.0, 4.0),
            "4-7-8" => Self::four_part(name, 4.0, 7.0, 8.0, 0.0),
            "sigh" => Pattern { steps: sigh(), ..Self::four_part(name, 0.0, 0.0, 0.0, 0.0) },
            "none" => Self::four_part(name, 0.0, 0.0, 0.0, 0.0),
            _ => return None,
        };
        pattern.name = name.to_string();
        Some(pattern)
    }

    /// The same pattern with resonance at the lifter's own `rate`: built-ins that use
    /// resonance are rebuilt at it; every other pattern is left as written.
    pub fn at_resonance_rate(&self, rate: f64) -> Self {
        match self.name.as_str() {
            "resonance" | "recover" if self == &Self::built_in(&self.name).expect("built in") => {
                Self::built_in_at(&self.name, rate).expect("built in")
            }
            _ => self.clone(),
        }
    }

    /// The same breath easing in from `from` breaths a minute to its own rate over `over`.
    pub fn ramped(mut self, from: f64, over: Duration) -> Self {
        self.ramp =
            vec![Knot { at: Duration::ZERO, rate: from }, Knot { at: over, rate: self.rate() }];
        self
    }

    /// The same pattern starting at a natural pace and easing into its own over about 30 s,
    /// rather than snapping to it. A pattern with a lead-in already starts gently, and `none`
    /// has no pace, so both are left alone; a ramp begins after the soft start.
    pub fn soft_started(mut self) -> Self {
        if self.steps.is_empty() || !self.lead.is_empty() {
            return self;
        }
        let start = self.ramp.first().map_or(self.rate(), |k| k.rate);
        let later = self.ramp.iter().skip(1).map(|k| Knot { at: k.at + SOFT_START, ..*k });
        let mut ramp = vec![
            Knot { at: Duration::ZERO, rate: NATURAL_RATE },
            Knot { at: SOFT_START, rate: start },
        ];
        ramp.extend(later);
        self.ramp = ramp;
        self
    }

    /// Where the breath is at `elapsed` since the pacer began; `None` for `none`.
    pub fn phase_at(&self, elapsed: Duration) -> Option<Phase> {
        timeline::locate(self, elapsed).map(|l| l.phase)
    }

    /// How full the lungs are at `elapsed`, 0.0 to 1.0, eased so the shape breathes rather
    /// than ticks. Free breathing shows a still, half-full shape: nothing to follow.
    pub fn level_at(&self, elapsed: Duration) -> f64 {
        let Some(located) = timeline::locate(self, elapsed) else { return 0.0 };
        let Some(steps) = located.steps else { return 0.5 };
        let (i, fraction) = (located.phase.index, located.phase.fraction);
        let from = if i == 0 {
            steps.last().map_or(0.0, |s| s.level_after)
        } else {
            steps[i - 1].level_after
        };
        let to = steps[i].level_after;
        let eased = 0.5 - 0.5 * (std::f64::consts::PI * fraction).cos();
        from + (to - from) * eased
    }

    /// Whole breaths paced by `elapsed`, lead-in sighs included.
    pub fn breaths_done(&self, elapsed: Duration) -> u32 {
        timeline::breaths_done(self, elapsed)
    }

    /// One whole breath at the settled pace.
    pub fn breath_length(&self) -> Duration {
        Self::length_of(&self.steps)
    }

    /// Breaths a minute at the settled pace; zero for `none`.
    pub fn rate(&self) -> f64 {
        let length = self.breath_length().as_secs_f64();
        if length > 0.0 { 60.0 / length } else { 0.0 }
    }

    /// Whether the breath is ever held (a HOLD phase), in the lead-in or the breath itself.
    pub fn holds_breath(&self) -> bool {
        let lead = self.lead.iter().flat_map(|l| match l {
            Lead::Free(_) => &[][..],
            Lead::Breaths { steps, .. } => &steps[..],
        });
        lead.chain(&self.steps).any(|s| s.step.kind == PhaseKind::Hold)
    }

    fn length_of(steps: &[BreathStep]) -> Duration {
        steps.iter().map(|s| s.step.length).sum()
    }
}

#[cfg(test)]
mod tests;
