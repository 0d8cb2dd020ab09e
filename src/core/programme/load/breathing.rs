//! The breathing patterns a programme can name: its own `[breathing.NAME]` tables and the
//! built-ins. Owns their validation (a warning outside sane bounds) and the lookup by name;
//! must never let a programme redefine a built-in, so a name always means the same breath. The
//! one exception is a name that became built in later (`recover`): a programme that already
//! defined it keeps its own, with a warning, rather than stop loading.

use std::time::Duration;

use toml::de::DeValue;

use super::keys;
use super::quantity::{self, HOUR_S};
use super::read::{Table, Value, clean_text, closest, number, quoted, table, wrong_type};
use super::report::Sink;
use crate::core::breathing::{BUILT_IN, Pattern, bounds};

const PART_HELP: &str = "seconds for the phase, e.g. inhale = 4 (decimals are fine)";
const RATE_HELP: &str = "breaths a minute, e.g. start_rate = 7 with ramp = \"3m\"";

/// Built-in names added after programmes could already use them for their own patterns.
const NEWER_BUILT_IN: [&str; 1] = ["recover"];

/// The patterns a programme may name: its own, then the built-ins.
pub(super) struct Patterns {
    own: Vec<Pattern>,
}

impl Patterns {
    /// Reads the top-level `breathing` table, if the programme has one.
    pub fn read(sink: &mut Sink, value: Option<&Value<'_>>) -> Self {
        let help = "define a pattern as a table: [breathing.calm] with inhale = 4 and exhale = 6";
        let Some(patterns) = value.and_then(|v| table(sink, "breathing", v, help)) else {
            return Patterns { own: Vec::new() };
        };
        let own = patterns
            .keys()
            .filter_map(|key| {
                let name: &str = key.get_ref();
                if !clean_text(sink, name, key.span(), "a breathing pattern's name") {
                    return None;
                }
                if name.trim().is_empty() {
                    sink.error(
                        key.span(),
                        "a breathing pattern's name is empty",
                        "empty name",
                        help,
                    );
                    return None;
                }
                if NEWER_BUILT_IN.contains(&name) {
                    let message = format!(
                        "`{name}` is now a built-in pattern; this programme keeps its own here"
                    );
                    let help = format!("rename yours to use the built-in `{name}` as well");
                    sink.warn(key.span(), message, "shadows a built-in", help);
                } else if BUILT_IN.contains(&name) {
                    let message =
                        format!("the pattern `{name}` would hide the built-in one of that name");
                    let help = format!("pick another name; {} are built in", quoted(&BUILT_IN));
                    sink.error(key.span(), message, "a built-in name", help);
                    return None;
                }
                let body = table(sink, name, patterns.named(name)?, help)?;
                read_pattern(sink, name, &body)
            })
            .collect();
        Patterns { own }
    }

    /// The pattern `value` names, or an error listing what exists.
    pub fn lookup(&self, sink: &mut Sink, value: &Value<'_>) -> Option<Pattern> {
        let DeValue::String(name) = value.get_ref() else {
            wrong_type(sink, "breathing", value, "a pattern's name", &self.choices());
            return None;
        };
        if !clean_text(sink, name, value.span(), "`breathing`") {
            return None;
        }
        if let Some(own) = self.own.iter().find(|p| p.name == **name) {
            return Some(own.clone());
        }
        if let Some(built_in) = Pattern::built_in(name) {
            return Some(built_in);
        }
        let names = BUILT_IN.into_iter().chain(self.own.iter().map(|p| p.name.as_str()));
        let help = match closest(name, names) {
            Some(best) => format!("did you mean `{best}`? {}", self.choices()),
            None => self.choices(),
        };
        let message = format!("there is no breathing pattern called \"{}\"", name.escape_debug());
        sink.error(value.span(), message, "unknown pattern", help);
        None
    }

    fn choices(&self) -> String {
        let built_in = format!("built-in patterns are {}", quoted(&BUILT_IN));
        if self.own.is_empty() {
            format!("{built_in}, or define your own as [breathing.NAME]")
        } else {
            let own: Vec<&str> = self.own.iter().map(|p| p.name.as_str()).collect();
            format!("{built_in}; this programme defines {}", quoted(&own))
        }
    }
}

/// One `[breathing.NAME]` table: inhale and exhale required, the holds default to 0.
fn read_pattern(sink: &mut Sink, name: &str, body: &Table<'_, '_>) -> Option<Pattern> {
    let place = format!("`[breathing.{name}]`");
    body.check_keys(sink, &keys::names(keys::BREATHING), &place);
    // The table lists the parts in breathing order: inhale, hold, exhale, hold after.
    let mut secs = [0.0; 4];
    let mut complete = true;
    for (i, part) in keys::BREATHING.iter().enumerate().take(4) {
        let (part, required) = (part.name, part.required);
        match body.get(part) {
            Some(value) => match phase(sink, part, value) {
                Some(s) => secs[i] = s,
                None => complete = false,
            },
            None if required => {
                let message = format!("{place} has no `{part}`");
                sink.error(body.span.clone(), message, &format!("`{part}` missing"), PART_HELP);
                complete = false;
            }
            None => {}
        }
    }
    if complete && secs.iter().all(|&s| s == 0.0) {
        let help = "give the inhale and exhale some seconds, e.g. inhale = 4, exhale = 6";
        sink.error(body.span.clone(), format!("{place} has no time in it"), "all zero", help);
        return None;
    }
    let [inhale, hold, exhale, hold_after] = secs;
    let mut pattern = Pattern::four_part(name, inhale, hold, exhale, hold_after);
    if let Some(rate) = body.get("end_rate").and_then(|v| rate(sink, "end_rate", v)) {
        let scale = pattern.rate() / rate;
        for s in &mut pattern.steps {
            s.step.length = s.step.length.mul_f64(scale);
        }
    }
    match (body.get("start_rate"), body.get("ramp")) {
        (Some(start), Some(over)) => {
            let start = rate(sink, "start_rate", start);
            let over = quantity::seconds(sink, "ramp", over);
            if let (Some(start), Some(over)) = (start, over) {
                pattern = pattern.ramped(start, Duration::from_secs_f64(over.min(HOUR_S)));
            }
        }
        (Some(_), None) | (None, Some(_)) => {
            let message = format!("{place} needs both `start_rate` and `ramp` to ramp");
            sink.error(body.span.clone(), message, "half a ramp", RATE_HELP);
            complete = false;
        }
        (None, None) => {}
    }
    if complete {
        for problem in bounds::problems(&pattern) {
            let help = "keep holds to 10 s or less and the pace between 3 and 20 breaths a minute";
            sink.warn(body.span.clone(), problem, "outside sane bounds", help);
        }
    }
    complete.then_some(pattern)
}

/// A breath rate: breaths a minute, from 1 to 60.
fn rate(sink: &mut Sink, key: &str, value: &Value<'_>) -> Option<f64> {
    let n = number(sink, key, value, RATE_HELP)?;
    if (1.0..=60.0).contains(&n) {
        Some(n)
    } else {
        let message = format!("`{key}` of {n} breaths a minute is not a breathing pace");
        sink.error(value.span(), message, "out of range", RATE_HELP);
        None
    }
}

/// One phase of a breath: zero or more seconds, under an hour.
fn phase(sink: &mut Sink, part: &str, value: &Value<'_>) -> Option<f64> {
    let secs = number(sink, part, value, PART_HELP)?;
    if secs < 0.0 {
        sink.error(value.span(), format!("`{part}` cannot be negative"), "negative", PART_HELP);
        None
    } else if secs >= HOUR_S {
        let message = format!("a breathing phase of an hour or more is absurd (`{part}`)");
        sink.error(value.span(), message, "too long", PART_HELP);
        None
    } else {
        Some(secs)
    }
}
