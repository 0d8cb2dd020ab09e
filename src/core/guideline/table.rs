//! The guideline report as `liftpace check` prints it: a seven-row table, the verdict in a
//! sentence, then the advice. Words always accompany the ✓/✗, for screen readers and for
//! anyone who cannot tell the symbols apart. Formatting only; never decides anything.

use std::fmt;

use super::{MIN_DAYS, MIN_SETS, REPS, Report};
use crate::core::programme::format_number;

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<10} {:>9} {:>9}", "group", "sets/week", "days/week")?;
        for g in &self.groups {
            let mark = if g.meets { "✓ meets" } else { "✗ gap" };
            let (sets, days) = (format_number(g.sets_per_week), format_number(g.days_per_week));
            // Sets only partly in 8-12 are said apart, so they never pass for guideline sets.
            let partly = match g.partial_sets_per_week {
                0.0 => String::new(),
                n => format!(
                    " · {} more {} partly in {}-{}",
                    format_number(n),
                    if n == 1.0 { "set" } else { "sets" },
                    REPS.start(),
                    REPS.end()
                ),
            };
            writeln!(f, "{:<10} {sets:>9} {days:>9}  {mark}{partly}", g.muscle.as_str())?;
        }
        let rule = format!(
            "{MIN_SETS}+ sets of {}-{} reps on {MIN_DAYS}+ days a week",
            REPS.start(),
            REPS.end()
        );
        let sessions = self.sessions_per_week;
        if self.meets() {
            write!(f, "Meets the guideline: {rule} for every group, at {sessions} sessions a week.")
        } else {
            let gaps = self.groups.iter().filter(|g| !g.meets).count();
            let of = self.groups.len();
            write!(f, "Gaps: {gaps} of {of} groups miss the guideline of {rule}.")?;
            self.suggestions.iter().try_for_each(|s| write!(f, "\n  - {}", s.text))
        }
    }
}
