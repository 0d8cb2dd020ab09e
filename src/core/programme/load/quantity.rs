//! The quantities a lifter writes: durations ("90s", "1m30s"), rep targets ("8-12", "max"),
//! loads and percentages ("75%"), with their limits. Must never accept a value the pacer could
//! not run (an hour-long hold) and never overflow on huge numbers.

use std::time::Duration;

use toml::de::DeValue;

use super::read::{Value, closest, integer, number, wrong_type};
use super::report::Sink;
use crate::core::programme::{Load, Reps};

/// One phase (a tempo part, a breath, a hold) must stay under this; rest may reach it.
pub(super) const HOUR_S: f64 = 3600.0;
const MAX_REPS: u64 = 1000;

const DURATION_HELP: &str = "write seconds as a number (90) or text: \"90s\", \"2m\", \"1m30s\"";
const REPS_HELP: &str =
    "write a whole number (10), a range \"8-12\" with the smaller first, or \"max\"";

/// Seconds in "90", "90s", "2m", "1m30s" or "1.5s"; `None` if it is none of these.
fn parse_seconds(text: &str) -> Option<f64> {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let (minutes, rest) = match text.split_once('m') {
        Some((m, rest)) => (digits(m)?, rest),
        None => (0.0, text.as_str()),
    };
    let seconds = match rest.strip_suffix('s') {
        Some(s) => decimal(s)?,
        // "2m" alone, or a bare number of seconds.
        None if rest.is_empty() && text.contains('m') => 0.0,
        None if !text.contains('m') => decimal(rest)?,
        None => return None,
    };
    Some(minutes * 60.0 + seconds)
}

/// A non-empty run of ASCII digits as a number (huge ones become huge floats, never an error).
pub(super) fn digits(s: &str) -> Option<f64> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// Digits with at most one decimal point between digits.
fn decimal(s: &str) -> Option<f64> {
    match s.split_once('.') {
        Some((whole, frac)) => {
            digits(whole)?;
            digits(frac)?;
            s.parse().ok()
        }
        None => digits(s),
    }
}

/// A length of time in seconds, written as a number or as text; errors if negative.
pub(super) fn seconds(sink: &mut Sink, key: &str, value: &Value<'_>) -> Option<f64> {
    let secs = match value.get_ref() {
        DeValue::String(s) => match parse_seconds(s) {
            Some(secs) => secs,
            None => {
                let message =
                    format!("`{key}` of \"{}\" is not a length of time", s.escape_debug());
                sink.error(value.span(), message, "not a duration", DURATION_HELP);
                return None;
            }
        },
        DeValue::Integer(_) | DeValue::Float(_) => number(sink, key, value, DURATION_HELP)?,
        _ => {
            wrong_type(sink, key, value, "a length of time", DURATION_HELP);
            return None;
        }
    };
    if secs < 0.0 {
        sink.error(value.span(), format!("`{key}` cannot be negative"), "negative", DURATION_HELP);
        return None;
    }
    Some(secs)
}

/// A rest between sets: zero up to an hour.
pub(super) fn rest(sink: &mut Sink, value: &Value<'_>) -> Option<Duration> {
    let secs = seconds(sink, "rest", value)?;
    if secs > HOUR_S {
        let message = "`rest` of more than an hour is absurd";
        sink.error(value.span(), message, "too long", "rest at most \"60m\"; 60-180 s is usual");
        return None;
    }
    Some(Duration::from_secs_f64(secs))
}

/// A timed hold: more than nothing, less than an hour.
pub(super) fn hold(sink: &mut Sink, value: &Value<'_>) -> Option<Duration> {
    let secs = seconds(sink, "hold", value)?;
    if secs >= HOUR_S {
        let message = "a `hold` of an hour or more is absurd";
        sink.error(value.span(), message, "too long", "hold for less than an hour, e.g. \"45s\"");
        None
    } else if secs < 1.0 {
        sink.error(
            value.span(),
            "a `hold` must last at least a second",
            "too short",
            DURATION_HELP,
        );
        None
    } else {
        Some(Duration::from_secs_f64(secs))
    }
}

/// A whole number in text; overflowing ones saturate so they read as absurd, not as junk.
pub(super) fn count(s: &str) -> Option<u64> {
    digits(s.trim())?;
    Some(s.trim().parse().unwrap_or(u64::MAX))
}

/// Checks one rep count of a target: at least one, not absurd.
fn rep_count(sink: &mut Sink, value: &Value<'_>, n: u64) -> Option<u32> {
    if n == 0 {
        sink.error(value.span(), "`reps` must be at least 1", "zero reps", REPS_HELP);
        None
    } else if n > MAX_REPS {
        let message = format!("`reps` of more than {MAX_REPS} is absurd");
        sink.error(value.span(), message, "too many", REPS_HELP);
        None
    } else {
        u32::try_from(n).ok()
    }
}

/// A rep target: a whole number, a range "8-12" or "max".
pub(super) fn reps(sink: &mut Sink, value: &Value<'_>) -> Option<Reps> {
    let text = match value.get_ref() {
        DeValue::Integer(_) => {
            let n = integer(sink, "reps", value, REPS_HELP)?;
            if n < 0 {
                sink.error(value.span(), "`reps` cannot be negative", "negative", REPS_HELP);
                return None;
            }
            return rep_count(sink, value, n.unsigned_abs()).map(Reps::Exact);
        }
        DeValue::String(s) => s.trim(),
        _ => {
            wrong_type(sink, "reps", value, "a number, a range or \"max\"", REPS_HELP);
            return None;
        }
    };
    if text.eq_ignore_ascii_case("max") {
        return Some(Reps::Max);
    }
    let parsed = match text.split_once('-') {
        Some((lo, hi)) => count(lo).zip(count(hi)),
        None => count(text).map(|n| (n, n)),
    };
    let Some((lo, hi)) = parsed else {
        let message =
            format!("`reps` of \"{}\" is not a number, a range or \"max\"", text.escape_debug());
        sink.error(value.span(), message, "not a rep target", REPS_HELP);
        return None;
    };
    if lo > hi {
        let message = format!("the range \"{text}\" is reversed: {lo} is more than {hi}");
        sink.error(
            value.span(),
            message,
            "reversed range",
            format!("write it smaller first: \"{hi}-{lo}\""),
        );
        return None;
    }
    let lo = rep_count(sink, value, lo)?;
    let hi = rep_count(sink, value, hi)?;
    Some(if text.contains('-') { Reps::Range(lo, hi) } else { Reps::Exact(lo) })
}

/// The number of a percentage written "75%" or "72.5 %", if the text is one.
pub(super) fn percent(text: &str) -> Option<f64> {
    decimal(text.trim().strip_suffix('%')?.trim())
}

/// A percentage of a load: more than 0, at most 100 (more would be a new max, not a share).
pub(super) fn share(
    sink: &mut Sink,
    key: &str,
    value: &Value<'_>,
    percent: f64,
    help: &str,
) -> Option<f64> {
    if percent <= 0.0 {
        sink.error(value.span(), format!("`{key}` must be more than 0%"), "zero", help);
        None
    } else if percent > 100.0 {
        let message = format!("`{key}` of {percent}% is absurd: at most 100%");
        sink.error(value.span(), message, "over 100%", help);
        None
    } else {
        Some(percent)
    }
}

/// A weight of zero or more in the programme's units.
pub(super) fn weight(sink: &mut Sink, key: &str, value: &Value<'_>, help: &str) -> Option<f64> {
    let w = number(sink, key, value, help)?;
    if w < 0.0 {
        sink.error(value.span(), format!("`{key}` cannot be negative"), "negative", help);
        return None;
    }
    Some(w)
}

/// What is lifted: a weight of zero or more, a percentage of the one-rep max, or "bodyweight".
pub(super) fn load(sink: &mut Sink, value: &Value<'_>) -> Option<Load> {
    let help = "write a weight in the programme's units (16, 22.5), a percentage of the \
                one-rep max (\"75%\") or \"bodyweight\"";
    if let DeValue::String(s) = value.get_ref() {
        if s.trim().eq_ignore_ascii_case("bodyweight") {
            return Some(Load::Bodyweight);
        }
        if let Some(p) = percent(s) {
            return share(sink, "load", value, p, help).map(Load::Percent);
        }
        let message = format!("`load` of \"{}\" is not a weight", s.escape_debug());
        let help = match closest(s, ["bodyweight"]) {
            Some(_) => "did you mean \"bodyweight\"? Otherwise write a number like 16".to_string(),
            None => help.to_string(),
        };
        sink.error(value.span(), message, "not a weight", help);
        return None;
    }
    weight(sink, "load", value, help).map(Load::Weight)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_in_every_written_form() {
        let table = [
            ("90", Some(90.0)),
            ("90s", Some(90.0)),
            ("2m", Some(120.0)),
            ("1m30s", Some(90.0)),
            ("1m 30s", Some(90.0)),
            ("1.5s", Some(1.5)),
            ("0s", Some(0.0)),
            ("", None),
            ("s", None),
            ("m", None),
            ("1m30", None),
            ("-5s", None),
            ("1.s", None),
            ("1h", None),
            ("2m2m", None),
        ];
        for (text, want) in table {
            assert_eq!(parse_seconds(text), want, "{text:?}");
        }
    }

    #[test]
    fn huge_digit_runs_are_numbers_not_panics() {
        let huge = "9".repeat(400);
        assert!(parse_seconds(&format!("{huge}s")).unwrap() > HOUR_S);
        assert_eq!(count(&huge), Some(u64::MAX));
    }
}
