//! Which day of a programme comes next: the one after the last day that was really trained,
//! so quitting early (the phone rang, the gym closed) does not skip a day. A day counts when
//! its session was completed or at least half its work sets were done. Pure rules over what
//! the history says; the storage layer gathers the facts and never decides.

/// How far one session of a day got, as the history tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Attempt {
    /// A `session_end` with status "completed" was written.
    pub completed: bool,
    /// Work sets saved (a left and right pair is one set).
    pub work_sets: u32,
    /// Sets of any kind saved, warm-ups included.
    pub sets: u32,
}

/// Whether `attempt` moves the rotation on, for a day of `planned` work sets (0 when the
/// caller does not know the day's shape: then any saved set counts, as before this rule).
/// A session with nothing saved never counts, even if it says completed.
pub fn counts(attempt: Attempt, planned: u32) -> bool {
    attempt.sets > 0 && (attempt.completed || attempt.work_sets * 2 >= planned)
}

/// A day as the rotation sees it: its name and how many work sets it plans.
pub trait DayShape {
    /// The day's name, as the session record writes it.
    fn name(&self) -> &str;
    /// Work sets the day plans; 0 when not known.
    fn work_sets(&self) -> u32 {
        0
    }
}

impl DayShape for &str {
    fn name(&self) -> &str {
        self
    }
}

impl DayShape for (&str, u32) {
    fn name(&self) -> &str {
        self.0
    }
    fn work_sets(&self) -> u32 {
        self.1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule() {
        let at = |completed, work_sets, sets| Attempt { completed, work_sets, sets };
        // (attempt, planned work sets, moves the rotation on?)
        let table = [
            (at(true, 6, 8), 6, true),
            (at(true, 1, 1), 6, true), // completed is completed, however short
            (at(false, 3, 5), 6, true), // half the work sets
            (at(false, 2, 4), 6, false), // quit early
            (at(false, 0, 2), 6, false), // only warm-ups
            (at(false, 0, 0), 6, false),
            (at(true, 0, 0), 6, false), // nothing saved
            (at(false, 1, 1), 0, true), // day unknown: any saved set
            (at(false, 2, 2), 3, true), // 2 of 3 is more than half
            (at(false, 1, 1), 3, false),
        ];
        for (attempt, planned, want) in table {
            assert_eq!(counts(attempt, planned), want, "{attempt:?} of {planned}");
        }
    }
}
