//! The programme's `[equipment]` table: the bar's weight and the plate sizes at hand, in the
//! programme's units. Must never round a load: `core::plates` does that with what this reads.

use toml::de::DeValue;

use super::keys::{self, MAX_PLATE_SIZES};
use super::read::{Value, number, table, wrong_type};
use super::report::Sink;
use crate::core::plates::{Barbell, default_dumbbell_step};
use crate::core::programme::Units;

/// Heavier than any bar or plate made; past it, a value is a slip (a total, or grams).
const HEAVIEST: f64 = 100.0;
const BAR_HELP: &str = "the empty bar's weight in the programme's units, 0 to 100, e.g. bar = 20";
const PLATES_HELP: &str =
    "the plate sizes at hand, one entry per size, e.g. plates = [25, 20, 15, 10, 5, 2.5, 1.25]";

/// The bar and plates `value` describes, and the step between dumbbells, each unwritten part
/// the standard one for `units`. `None` after an error.
pub(super) fn read(
    sink: &mut Sink,
    value: Option<&Value<'_>>,
    units: Units,
) -> Option<(Barbell, f64)> {
    let standard = Barbell::default_for(units);
    let Some(value) = value else { return Some((standard, default_dumbbell_step(units))) };
    let help = "write the bar and plates as an [equipment] section with bar and plates";
    let written = table(sink, "equipment", value, help)?;
    written.check_keys(sink, &keys::names(keys::BARBELL), "`[equipment]`");
    let bar = match written.get("bar") {
        Some(v) => bar(sink, v),
        None => Some(standard.bar),
    };
    let plates = match written.get("plates") {
        Some(v) => plates(sink, v),
        None => Some(standard.plates),
    };
    let step = match written.get("dumbbell_step") {
        Some(v) => dumbbell_step(sink, v),
        None => Some(default_dumbbell_step(units)),
    };
    Some((Barbell { bar: bar?, plates: plates? }, step?))
}

fn dumbbell_step(sink: &mut Sink, value: &Value<'_>) -> Option<f64> {
    let help = "the step between your dumbbells, more than 0 and at most 10, e.g. \
                dumbbell_step = 2 (2, 4, 6 kg ...) or 2.5";
    let w = number(sink, "dumbbell_step", value, help)?;
    if w > 0.0 && w <= 10.0 {
        Some(w)
    } else {
        sink.error(value.span(), "`dumbbell_step` must be more than 0 and at most 10", "", help);
        None
    }
}

pub(crate) fn bar(sink: &mut Sink, value: &Value<'_>) -> Option<f64> {
    let w = number(sink, "bar", value, BAR_HELP)?;
    if w < 0.0 {
        sink.error(value.span(), "`bar` cannot be negative", "negative", BAR_HELP);
        None
    } else if w > HEAVIEST {
        let message = format!("a `bar` of {w} is absurd: at most {HEAVIEST}");
        sink.error(value.span(), message, "too heavy", BAR_HELP);
        None
    } else {
        Some(w)
    }
}

pub(crate) fn plates(sink: &mut Sink, value: &Value<'_>) -> Option<Vec<f64>> {
    let DeValue::Array(items) = value.get_ref() else {
        wrong_type(sink, "plates", value, "a list of plate sizes", PLATES_HELP);
        return None;
    };
    if items.is_empty() {
        let message = "`plates` is empty: with no plates, only the bar could be lifted";
        sink.error(value.span(), message, "no plates", PLATES_HELP);
        return None;
    }
    if items.len() as u64 > MAX_PLATE_SIZES {
        let message = format!(
            "`plates` lists {} sizes: at most {MAX_PLATE_SIZES}, one entry per size",
            items.len()
        );
        sink.error(value.span(), message, "too many sizes", PLATES_HELP);
        return None;
    }
    let sizes: Vec<f64> = items
        .iter()
        .filter_map(|item| {
            let w = number(sink, "plates", item, PLATES_HELP)?;
            let problem = if w <= 0.0 {
                "a plate must weigh more than 0"
            } else if w > HEAVIEST {
                "a plate heavier than 100 is absurd"
            } else {
                return Some(w);
            };
            sink.error(item.span(), problem, "not a plate", PLATES_HELP);
            None
        })
        .collect();
    (sizes.len() == items.len()).then_some(sizes)
}
