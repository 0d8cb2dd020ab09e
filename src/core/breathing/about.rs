//! What each pattern is, in words: its timing, what it is for, and one line of where it comes
//! from, for `liftpace breathe --list`. Honest about the evidence: box and 4-7-8 are popular
//! but little studied. Pure text; must never claim to treat anything.

use super::{Lead, Pattern, RESONANCE_RATE};
use crate::core::phase::PhaseKind;

/// A pattern explained.
#[derive(Debug, Clone, PartialEq)]
pub struct About {
    /// The phases and the rate, e.g. "in 4 · hold 4 · out 4 · hold 4 s (3.8 a minute)".
    pub timing: String,
    /// What it is for.
    pub purpose: String,
    /// Where it comes from.
    pub source: String,
}

/// A number of seconds or breaths as people write it: "4", "5.5", "5.45".
fn number(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn word(kind: PhaseKind) -> &'static str {
    match kind {
        PhaseKind::Inhale => "in",
        PhaseKind::TopUp => "in again",
        PhaseKind::Exhale => "out",
        PhaseKind::Hold | PhaseKind::Brace => "hold",
        PhaseKind::Pause => "pause",
        PhaseKind::Recover => "free",
    }
}

/// The breath's phases and its rate; with a ramp, where the rate starts and how long it takes.
pub fn timing(pattern: &Pattern) -> String {
    if pattern.steps.is_empty() {
        return "a countdown, no pacing".into();
    }
    let parts: Vec<String> = pattern
        .steps
        .iter()
        .map(|s| format!("{} {}", word(s.step.kind), number(s.step.length.as_secs_f64())))
        .collect();
    let mut text = format!("{} s ({} a minute)", parts.join(" · "), number(pattern.rate()));
    if let (Some(first), Some(last)) = (pattern.ramp.first(), pattern.ramp.last()) {
        let over = last.at.as_secs_f64() / 60.0;
        text = format!(
            "{} → {} a minute over {} min: {text}",
            number(first.rate),
            number(last.rate),
            number(over)
        );
    }
    let lead: Vec<String> = pattern
        .lead
        .iter()
        .map(|l| match l {
            Lead::Free(d) => format!("{} s breathing freely", d.as_secs()),
            Lead::Breaths { count, .. } => format!("{count} sighs"),
        })
        .collect();
    if lead.is_empty() { text } else { format!("{}, then {text}", lead.join(", ")) }
}

/// The pattern explained; `origin` says where a pattern that is not built in was defined.
pub fn about(pattern: &Pattern, origin: &str) -> About {
    let (purpose, source) = match pattern.name.as_str() {
        "resonance" => (
            "slow, even breathing near 6 a minute, where heart rate rises and falls most with \
             the breath: for calm, heart rate variability and the baroreflex",
            "Lehrer & Gevirtz 2014; Steffen et al. 2017 (resonance-frequency breathing)",
        ),
        "recover" => (
            "for right after a set: breathe freely, a few sighs, then resonance",
            "cyclic sighing and resonance breathing (below), in the order a tired body can follow",
        ),
        "sigh" => (
            "cyclic sighing: a double inhale and a long exhale; five minutes a day did best \
             for mood of the practices compared",
            "Balban et al. 2023, Cell Reports Medicine",
        ),
        "box" => (
            "equal in, hold, out, hold: popular for focus",
            "less studied: little controlled research behind it",
        ),
        "4-7-8" => (
            "a long hold and a longer exhale, often used before sleep",
            "less studied: little controlled research behind it",
        ),
        "none" => ("for when you would rather not be paced", "—"),
        _ => ("a programme's own pattern", origin),
    };
    let purpose = if pattern.name == "resonance" && (pattern.rate() - RESONANCE_RATE).abs() > 1e-9 {
        format!("{purpose}; at your own rate, found with --find")
    } else {
        purpose.to_string()
    };
    About { timing: timing(pattern), purpose, source: source.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn timings_read_as_written() {
        let at = |n| timing(&Pattern::built_in(n).unwrap());
        assert_eq!(at("box"), "in 4 · hold 4 · out 4 · hold 4 s (3.75 a minute)");
        assert_eq!(at("sigh"), "in 2 · in again 1 · out 6 s (6.67 a minute)");
        assert_eq!(at("resonance"), "in 5.45 · out 5.45 s (5.5 a minute)");
        assert_eq!(
            at("recover"),
            "20 s breathing freely, 3 sighs, then in 5.45 · out 5.45 s (5.5 a minute)"
        );
        assert_eq!(at("none"), "a countdown, no pacing");
        let ramp = Pattern::resonance(5.5).ramped(7.0, Duration::from_secs(180));
        assert_eq!(
            timing(&ramp),
            "7 → 5.5 a minute over 3 min: in 5.45 · out 5.45 s (5.5 a minute)"
        );
    }

    #[test]
    fn box_and_four_seven_eight_are_honestly_less_studied() {
        for name in ["box", "4-7-8"] {
            assert!(about(&Pattern::built_in(name).unwrap(), "").source.contains("less studied"));
        }
        let sigh = about(&Pattern::built_in("sigh").unwrap(), "");
        assert!(sigh.source.contains("Balban et al. 2023"));
        let own = about(&Pattern::four_part("calm", 4.0, 0.0, 6.0, 0.0), "programs/mine.toml");
        assert_eq!(own.source, "programs/mine.toml");
        let personal = about(&Pattern::resonance(6.0), "");
        assert!(personal.purpose.contains("your own rate"), "{}", personal.purpose);
    }
}
