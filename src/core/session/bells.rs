//! When the workout rings the bell: pacing starts, the last rep of a set begins, a hold ends,
//! a rest ends (and what the desktop is told then). Works out the instant of the last rep's bell so the session can wake for it;
//! the transitions that ring the others stay in the session. Pure: returns instants, rings
//! nothing.

use std::time::Duration;

use super::{Screen, Session};
use crate::core::programme::Target;

impl Session {
    /// When the bell for the last rep rings while pacing, if it is still to ring: the start of
    /// the last rep of a set with a fixed top, shifted by pauses like everything paced. A
    /// one-rep set has none (the bell that started pacing was it), nor does "max" or a hold.
    pub(super) fn last_rep_bell(&self) -> Option<Duration> {
        let Screen::Pacing { clock } = &self.screen else { return None };
        if clock.paused_at.is_some() || self.last_rep_rung {
            return None;
        }
        let Target::Reps(reps) = self.current_set().target else { return None };
        let top = reps.top().filter(|&n| n >= 2)?;
        let ex = self.exercise();
        Some(clock.start + ex.tempo.paced_rep_length(ex.start, self.cue()) * (top - 1))
    }

    /// What the desktop says when a rest runs out: "Rest over: Squat, set 2 of 3".
    pub(super) fn rest_over(&self) -> String {
        let set = self.current_set();
        format!("Rest over: {}, set {} of {}", self.exercise().name, set.number, set.of)
    }

    /// Whether the set being paced is a hold, whose end by time is rung.
    pub(super) fn is_hold(&self) -> bool {
        matches!(self.current_set().target, Target::Hold(_))
    }
}
