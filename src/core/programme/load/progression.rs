//! The progression keys as written (`progression`, `increment`, `deload_after`, `deload`) and
//! the `Rule` they resolve to, with a note for every key that cannot have an effect. Must never
//! compute a load: that is `core::progression`'s job when a workout starts.

use toml::de::DeValue;

use super::keys::{self, PROGRESSIONS};
use super::quantity::{percent, share};
use super::read::{Table, Value, Written, at, bounded, choice, number, wrong_type};
use super::report::Sink;
use crate::core::programme::Units;
use crate::core::progression::Rule;

const INCREMENT_MAX: f64 = 100.0;
const DEFAULT_DELOAD_AFTER: u32 = 3;
const DEFAULT_DELOAD: f64 = 0.1;
const KIND_HELP: &str = "\"none\" keeps the load as written, \"double\" adds `increment` once \
     every set reaches the top of the rep range, \"linear\" adds it after every session that hits \
     its targets";
const INCREMENT_HELP: &str =
    "the load added when progressing, in the programme's units: more than 0, at most 100";
const DELOAD_HELP: &str = "the fraction taken off by a deload: \"10%\" or 0.1, under 100%";

/// The three tuning keys, in the order `Used` counts them.
const TUNING: [&str; 3] = ["increment", "deload_after", "deload"];

/// The progression keys one table wrote.
#[derive(Debug, Clone, Default)]
pub(super) struct Progress {
    kind: Option<Written<&'static str>>,
    increment: Option<Written<f64>>,
    deload_after: Option<Written<u32>>,
    deload: Option<Written<f64>>,
}

/// Which of `[defaults]`' tuning keys some exercise took and used.
#[derive(Debug, Default)]
pub(super) struct Used([bool; 3]);

impl Progress {
    /// Where this table wrote `progression`, if it did.
    pub fn kind(&self) -> &Option<Written<&'static str>> {
        &self.kind
    }

    /// Reads the progression keys of `table`.
    pub fn read(sink: &mut Sink, table: &Table<'_, '_>) -> Self {
        let after_help = "failed sessions in a row before a deload, 0 to 20 (0 never deloads)";
        Progress {
            kind: table
                .get("progression")
                .and_then(|v| at(v, choice(sink, "progression", v, PROGRESSIONS, KIND_HELP))),
            increment: table.get("increment").and_then(|v| at(v, increment(sink, v))),
            deload_after: table.get("deload_after").and_then(|v| {
                let range = keys::whole(keys::EXERCISE, "deload_after");
                at(v, bounded(sink, "deload_after", v, range, after_help))
            }),
            deload: table.get("deload").and_then(|v| at(v, deload(sink, v))),
        }
    }

    fn tuning(&self) -> [Option<std::ops::Range<usize>>; 3] {
        [
            self.increment.as_ref().map(|w| w.span.clone()),
            self.deload_after.as_ref().map(|w| w.span.clone()),
            self.deload.as_ref().map(|w| w.span.clone()),
        ]
    }

    /// The rule of an exercise that wrote `self` under `defaults`. Notes each tuning key this
    /// exercise wrote that its rule ignores, and marks in `used` the defaults' keys it uses.
    pub fn resolve(
        &self,
        defaults: &Progress,
        units: Units,
        sink: &mut Sink,
        used: &mut Used,
    ) -> Rule {
        let kind = self.kind.as_ref().or(defaults.kind.as_ref()).map_or("none", |w| w.value);
        let uses = match kind {
            "double" | "linear" => [true, true, true],
            _ => [false; 3],
        };
        for (i, (own, inherited)) in self.tuning().into_iter().zip(defaults.tuning()).enumerate() {
            match own {
                Some(span) if !uses[i] => no_effect(sink, span, TUNING[i], kind),
                None if inherited.is_some() && uses[i] => used.0[i] = true,
                _ => {}
            }
        }
        let increment = self.increment.as_ref().or(defaults.increment.as_ref()).map_or(
            match units {
                Units::Kg => 2.5,
                Units::Lb => 5.0,
            },
            |w| w.value,
        );
        let deload_after = self
            .deload_after
            .as_ref()
            .or(defaults.deload_after.as_ref())
            .map_or(DEFAULT_DELOAD_AFTER, |w| w.value);
        let deload =
            self.deload.as_ref().or(defaults.deload.as_ref()).map_or(DEFAULT_DELOAD, |w| w.value);
        match kind {
            "double" => Rule::Double { increment, deload_after, deload },
            "linear" => Rule::Linear { increment, deload_after, deload },
            _ => Rule::None,
        }
    }

    /// Notes each tuning key of `[defaults]` that no exercise used (call on the defaults, after
    /// every exercise resolved).
    pub fn note_unused(&self, sink: &mut Sink, used: &Used) {
        for (i, span) in self.tuning().into_iter().enumerate() {
            if let Some(span) = span.filter(|_| !used.0[i]) {
                let message = format!(
                    "`{}` in `[defaults]` has no effect: no exercise that takes it progresses by a rule that uses it",
                    TUNING[i]
                );
                sink.warn(span, message, "no effect", use_help(TUNING[i]));
            }
        }
    }
}

fn use_help(key: &str) -> &'static str {
    if key == "increment" {
        "`increment` is used by progression = \"double\" or \"linear\"; set one, or remove it"
    } else {
        "`deload_after` and `deload` are used by progression = \"double\" or \"linear\"; set one, \
         or remove them"
    }
}

fn no_effect(sink: &mut Sink, span: std::ops::Range<usize>, key: &str, kind: &str) {
    let with = if kind == "none" {
        "without a progression".to_string()
    } else {
        format!("with progression \"{kind}\"")
    };
    sink.warn(span, format!("`{key}` has no effect {with}"), "no effect", use_help(key));
}

fn increment(sink: &mut Sink, value: &Value<'_>) -> Option<f64> {
    let n = number(sink, "increment", value, INCREMENT_HELP)?;
    if n <= 0.0 {
        sink.error(value.span(), "`increment` must be more than 0", "not positive", INCREMENT_HELP);
        None
    } else if n > INCREMENT_MAX {
        let message = format!("`increment` of {n} is absurd: at most {INCREMENT_MAX}");
        sink.error(value.span(), message, "too large", INCREMENT_HELP);
        None
    } else {
        Some(n)
    }
}

/// The fraction a deload takes off, written "10%" or 0.1.
fn deload(sink: &mut Sink, value: &Value<'_>) -> Option<f64> {
    let fraction = match value.get_ref() {
        DeValue::String(s) => match percent(s) {
            Some(p) => share(sink, "deload", value, p, DELOAD_HELP)? / 100.0,
            None => {
                let message = format!("`deload` of \"{}\" is not a percentage", s.escape_debug());
                sink.error(value.span(), message, "not a percentage", DELOAD_HELP);
                return None;
            }
        },
        DeValue::Integer(_) | DeValue::Float(_) => number(sink, "deload", value, DELOAD_HELP)?,
        _ => {
            wrong_type(sink, "deload", value, "a percentage or a fraction", DELOAD_HELP);
            return None;
        }
    };
    if fraction <= 0.0 || fraction >= 1.0 {
        let message = "`deload` must take off more than nothing and less than everything";
        sink.error(value.span(), message, "out of range", DELOAD_HELP);
        return None;
    }
    Some(fraction)
}
