//! The breathing of a rest between sets. Right after a hard set nobody can follow 5.5 breaths
//! a minute or a 7 s hold, so every rest begins with free breathing (RECOVER), and a pattern
//! that holds the breath waits behind cyclic sighs until the first minute is over. Pure; must
//! never decide how long a rest is.

use std::time::Duration;

use super::{Lead, Pattern, RECOVER_FREE, sigh};

/// No breath is held this soon after a set.
pub const NO_HOLD_BEFORE: Duration = Duration::from_secs(60);

impl Pattern {
    /// This pattern as a rest paces it: free breathing first (unless the pattern already
    /// begins that way, as `recover` does), and, for a pattern that holds the breath, whole
    /// cyclic sighs until at least a minute has passed. `none` stays a plain countdown.
    pub fn for_rest(&self) -> Pattern {
        if self.steps.is_empty() || matches!(self.lead.first(), Some(Lead::Free(_))) {
            return self.clone();
        }
        let mut lead = vec![Lead::Free(RECOVER_FREE)];
        if self.holds_breath() {
            let one = Pattern::length_of(&sigh());
            let wait = NO_HOLD_BEFORE.saturating_sub(RECOVER_FREE);
            let count = wait.as_nanos().div_ceil(one.as_nanos()) as u32;
            lead.push(Lead::Breaths { steps: sigh(), count });
        }
        lead.extend(self.lead.iter().cloned());
        Pattern { lead, ..self.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::breathing::BUILT_IN;
    use crate::core::phase::PhaseKind::*;

    fn kind(p: &Pattern, ms: u64) -> crate::core::phase::PhaseKind {
        p.phase_at(Duration::from_millis(ms)).unwrap().kind
    }

    #[test]
    fn every_rest_recovers_first_then_paces() {
        let rest = Pattern::built_in("resonance").unwrap().for_rest();
        assert_eq!((kind(&rest, 0), kind(&rest, 19_999)), (Recover, Recover));
        assert_eq!(kind(&rest, 20_000), Inhale, "resonance starts when the 20 s are over");
        let recover = Pattern::built_in("recover").unwrap();
        assert_eq!(recover.for_rest(), recover, "recover already begins by recovering");
        let none = Pattern::built_in("none").unwrap();
        assert_eq!(none.for_rest(), none, "a plain countdown stays plain");
    }

    #[test]
    fn no_breath_is_held_in_the_first_minute_of_any_rest() {
        let own = Pattern::four_part("long-hold", 4.0, 10.0, 6.0, 2.0);
        for pattern in BUILT_IN.iter().map(|n| Pattern::built_in(n).unwrap()).chain([own]) {
            let rest = pattern.for_rest();
            for ms in (0..60_000).step_by(100) {
                let phase = rest.phase_at(Duration::from_millis(ms));
                assert_ne!(phase.map(|p| p.kind), Some(Hold), "{} at {ms} ms", pattern.name);
            }
        }
    }

    #[test]
    fn box_in_a_rest_waits_behind_whole_sighs() {
        let rest = Pattern::built_in("box").unwrap().for_rest();
        // 20 s free, then five 9 s sighs: box's first inhale at 65 s, its first hold at 69 s.
        let table = [
            (19_999, Recover),
            (20_000, Inhale),
            (22_000, TopUp),
            (23_000, Exhale),
            (64_999, Exhale),
            (65_000, Inhale),
            (69_000, Hold),
        ];
        for (ms, want) in table {
            assert_eq!(kind(&rest, ms), want, "at {ms} ms");
        }
        assert_eq!(rest.breaths_done(Duration::from_secs(65)), 5);
    }
}
