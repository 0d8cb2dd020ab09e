//! Sane bounds for a pattern someone wrote: no breath held longer than 10 s, and between 3 and
//! 20 breaths a minute (ramps included). Outside them a pattern is allowed but warned about,
//! because a long hold or a very slow pace can leave someone dizzy. Pure; must never refuse.

use std::time::Duration;

use super::Pattern;
use crate::core::phase::PhaseKind;

/// The longest breath hold that passes without a warning.
pub const LONGEST_HOLD: Duration = Duration::from_secs(10);
/// The slowest and fastest rates, breaths a minute, that pass without a warning.
pub const RATES: (f64, f64) = (3.0, 20.0);

/// Why `pattern` is outside the bounds, one sentence each; empty when it is within them.
pub fn problems(pattern: &Pattern) -> Vec<String> {
    let mut out = Vec::new();
    let longest = pattern
        .steps
        .iter()
        .filter(|s| s.step.kind == PhaseKind::Hold)
        .map(|s| s.step.length)
        .max()
        .unwrap_or_default();
    if longest > LONGEST_HOLD {
        out.push(format!(
            "pattern `{}` holds the breath for {} s; holds over {} s can leave you dizzy",
            pattern.name,
            trim(longest.as_secs_f64()),
            LONGEST_HOLD.as_secs()
        ));
    }
    if pattern.steps.is_empty() {
        return out;
    }
    let rates = pattern.ramp.iter().map(|k| k.rate).chain([pattern.rate()]);
    let (slow, fast) = RATES;
    if let Some(rate) = rates.clone().find(|r| *r < slow) {
        out.push(format!(
            "pattern `{}` paces {} breaths a minute, slower than {slow}; so slow a pace can \
             leave you short of air",
            pattern.name,
            trim(rate)
        ));
    }
    if let Some(rate) = rates.into_iter().find(|r| *r > fast) {
        out.push(format!(
            "pattern `{}` paces {} breaths a minute, faster than {fast}; that is quicker than \
             calm breathing and can make you light-headed",
            pattern.name,
            trim(rate)
        ));
    }
    out
}

fn trim(x: f64) -> String {
    let s = format!("{x:.1}");
    s.trim_end_matches(".0").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::breathing::BUILT_IN;

    #[test]
    fn built_ins_are_within_bounds() {
        for name in BUILT_IN {
            assert_eq!(problems(&Pattern::built_in(name).unwrap()), Vec::<String>::new(), "{name}");
        }
    }

    #[test]
    fn long_holds_and_odd_rates_are_named() {
        let table = [
            (Pattern::four_part("a", 4.0, 10.0, 6.0, 0.0), 0),
            (Pattern::four_part("b", 4.0, 10.5, 4.0, 0.0), 1),
            (Pattern::four_part("c", 8.0, 0.0, 13.0, 0.0), 1), // 21 s: 2.9 a minute
            (Pattern::four_part("d", 1.0, 0.0, 1.5, 0.0), 1),  // 24 a minute
            (Pattern::four_part("e", 10.0, 0.0, 10.0, 0.0), 0), // exactly 3 a minute
            (Pattern::four_part("f", 4.0, 0.0, 6.0, 0.0).ramped(25.0, Duration::from_secs(60)), 1),
        ];
        for (pattern, count) in table {
            let found = problems(&pattern);
            assert_eq!(found.len(), count, "{}: {found:?}", pattern.name);
        }
        let hold = problems(&Pattern::four_part("deep", 4.0, 12.0, 6.0, 0.0));
        assert!(hold[0].contains("12 s"), "{hold:?}");
    }
}
