//! The exercise keys beyond sets, reps and tempo, read where they are written: warm-up sets,
//! effort targets (`rpe`/`rir`), `group`, `cue`, `equipment` and `muscles`. Must never resolve
//! inheritance or compare an exercise with another: `fields` and `days` do that.

use toml::de::DeValue;

use super::keys::{self, CUES, EQUIPMENT, MAX_WARMUPS};
use super::quantity::{percent, share, weight};
use super::read::{
    Value, bounded, choice, closest, name, number, quoted, string, tables, wrong_type,
};
use super::report::Sink;
use crate::core::library::Equipment;
use crate::core::programme::{Cue, Effort, Muscle, Warmup, WarmupLoad};

const WARMUP_HELP: &str = "write warm-up sets as a list of { reps = 5, load = \"50%\" }: load is \
     \"bar\", a percentage of the work load, or a fixed load; warmup = [] for none";
const RPE_HELP: &str = "RPE is 1 to 10 in halves (8, 8.5; 10: nothing left in the tank)";
const RIR_HELP: &str = "reps in reserve: a whole number, 0 to 10";

/// The warm-up sets of a `warmup` list, in order; `[]` means none.
pub(super) fn warmups(sink: &mut Sink, value: &Value<'_>) -> Option<Vec<Warmup>> {
    let sets = tables(sink, "warmup", value, WARMUP_HELP)?;
    if sets.len() as u64 > MAX_WARMUPS {
        let message = format!("{} warm-up sets is absurd: at most {MAX_WARMUPS}", sets.len());
        sink.error(value.span(), message, "too many", WARMUP_HELP);
        return None;
    }
    let allowed = keys::names(keys::WARMUP);
    let mut found = Vec::with_capacity(sets.len());
    for set in &sets {
        set.check_keys(sink, &allowed, "a warm-up set");
        let reps = set.get("reps").and_then(|v| {
            let range = keys::whole(keys::WARMUP, "reps");
            bounded(sink, "reps", v, range, "warm-up reps: a whole number, 1 to 100")
        });
        let load = set.get("load").and_then(|v| warmup_load(sink, v));
        for key in ["reps", "load"].into_iter().filter(|k| set.get(k).is_none()) {
            let message = format!("a warm-up set has no `{key}`");
            sink.error(set.span.clone(), message, &format!("`{key}` missing"), WARMUP_HELP);
        }
        if let (Some(reps), Some(load)) = (reps, load) {
            found.push(Warmup { reps, load });
        }
    }
    (found.len() == sets.len()).then_some(found)
}

fn warmup_load(sink: &mut Sink, value: &Value<'_>) -> Option<WarmupLoad> {
    let DeValue::String(text) = value.get_ref() else {
        return weight(sink, "load", value, WARMUP_HELP).map(WarmupLoad::Fixed);
    };
    if text.trim().eq_ignore_ascii_case("bar") {
        return Some(WarmupLoad::Bar);
    }
    match percent(text) {
        Some(p) => {
            share(sink, "load", value, p, WARMUP_HELP).map(|p| WarmupLoad::OfWork(p / 100.0))
        }
        None => {
            let message = format!("a warm-up `load` of \"{}\" is not a load", text.escape_debug());
            sink.error(value.span(), message, "not a load", WARMUP_HELP);
            None
        }
    }
}

/// An effort target from `rpe` or `rir`; `place` names the table in messages. Both written in
/// one table is an error at the later one.
pub(super) fn effort(
    sink: &mut Sink,
    rpe: Option<&Value<'_>>,
    rir: Option<&Value<'_>>,
    place: &str,
) -> Option<Effort> {
    match (rpe, rir) {
        (Some(rpe), Some(rir)) => {
            let later = if rpe.span().start > rir.span().start { rpe } else { rir };
            let message = format!("{place} has both `rpe` and `rir`");
            let help = "they say the same thing two ways (RIR 2 is RPE 8); keep one";
            sink.error(later.span(), message, "choose rpe or rir", help);
            None
        }
        (Some(value), None) => {
            let r = number(sink, "rpe", value, RPE_HELP)?;
            if !(1.0..=10.0).contains(&r) {
                let message = format!("`rpe` of {r} is outside 1 to 10");
                sink.error(value.span(), message, "out of range", RPE_HELP);
                None
            } else if (r * 2.0).fract() != 0.0 {
                let message = format!("`rpe` of {r} is finer than half a point");
                sink.error(value.span(), message, "not in halves", RPE_HELP);
                None
            } else {
                Some(Effort::Rpe(r))
            }
        }
        (None, Some(value)) => {
            let range = keys::whole(keys::EXERCISE, "rir");
            bounded(sink, "rir", value, range, RIR_HELP).map(Effort::Rir)
        }
        (None, None) => None,
    }
}

/// The name of a superset or circuit.
pub(super) fn group(sink: &mut Sink, value: &Value<'_>) -> Option<String> {
    name(sink, "group", value)
}

/// The breathing cue of the tempo bar.
pub(super) fn cue(sink: &mut Sink, value: &Value<'_>) -> Option<Cue> {
    let help = "\"breathe\": inhale lowering, exhale lifting; \"brace\": hold the breath braced \
                through the hard part, exhale at the top (not with high blood pressure or a \
                heart condition)";
    match choice(sink, "cue", value, CUES, help)? {
        "brace" => Some(Cue::Brace),
        _ => Some(Cue::Breathe),
    }
}

/// The kind of gear an exercise is done with.
pub(super) fn equipment(sink: &mut Sink, value: &Value<'_>) -> Option<Equipment> {
    let help = "what the exercise is done with; a barbell gets a plate calculator";
    choice(sink, "equipment", value, EQUIPMENT, help).and_then(Equipment::parse)
}

/// Names lifters use for parts of a group, so the hint can say which group they belong to.
const PARTS_OF_GROUPS: [(&str, Muscle); 14] = [
    ("quads", Muscle::Legs),
    ("hamstrings", Muscle::Legs),
    ("calves", Muscle::Legs),
    ("glutes", Muscle::Hips),
    ("abs", Muscle::Abdomen),
    ("core", Muscle::Abdomen),
    ("obliques", Muscle::Abdomen),
    ("lats", Muscle::Back),
    ("traps", Muscle::Back),
    ("pecs", Muscle::Chest),
    ("delts", Muscle::Shoulders),
    ("biceps", Muscle::Arms),
    ("triceps", Muscle::Arms),
    ("forearms", Muscle::Arms),
];

/// A list of muscle groups; repeats are harmless and kept once.
pub(super) fn muscles(sink: &mut Sink, value: &Value<'_>) -> Option<Vec<Muscle>> {
    let all = Muscle::ALL.map(Muscle::as_str);
    let help = format!("use one of {}", quoted(&all));
    let DeValue::Array(items) = value.get_ref() else {
        wrong_type(sink, "muscles", value, "a list like [\"legs\", \"hips\"]", &help);
        return None;
    };
    let mut found = Vec::new();
    let mut valid = true;
    for item in items.iter() {
        let Some(text) = string(sink, "muscles", item, &help) else {
            valid = false;
            continue;
        };
        let text = text.trim();
        match Muscle::parse(&text.to_lowercase()) {
            Some(m) if !found.contains(&m) => found.push(m),
            Some(_) => {}
            None => {
                valid = false;
                let part = PARTS_OF_GROUPS.iter().find(|(part, _)| text.eq_ignore_ascii_case(part));
                let hint = match (part, closest(text, all)) {
                    (Some((part, group)), _) => {
                        format!("{part} count as `{}`; {help}", group.as_str())
                    }
                    (None, Some(best)) => format!("did you mean `{best}`? {help}"),
                    (None, None) => help.clone(),
                };
                let message = format!("\"{}\" is not a muscle group", text.escape_debug());
                sink.error(item.span(), message, "unknown muscle group", hint);
            }
        }
    }
    valid.then_some(found)
}
