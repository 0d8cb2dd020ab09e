//! The one table of every key `config.toml` may hold: its name, a sentence saying what it
//! does, and the shape of its value, in the programme loader's own `Key` form. The unknown-key
//! check, "did you mean", `liftpace config`, `config --init`, the JSON Schema and the man page
//! all read it, so none of them can drift from the others. Must never parse or judge a value.

use crate::core::breathing;
use crate::core::programme::load::keys::{Key, Shape};

/// The words `units` accepts.
pub const UNITS: &[&str] = &["kg", "lb"];
/// The words `sound` accepts.
pub const SOUNDS: &[&str] = &["bell", "tones", "off"];
/// The words `theme` accepts.
pub const THEMES: &[&str] = &["auto", "dark", "light", "high-contrast"];
/// The words `checkin` accepts.
pub const CHECKINS: &[&str] = &["after", "both", "off"];
/// The slowest and fastest `resonance_rate`, in breaths a minute: slow-breathing research
/// finds people's resonance between about 4.5 and 7; the margin keeps a measured rate legal.
pub const RESONANCE_RATES: (f64, f64) = (3.0, 10.0);
/// A device name becomes part of a file name: letters, digits, `-` and `_`, 1 to 32 of them.
pub const DEVICE_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$";

const fn key(name: &'static str, about: &'static str, shape: Shape) -> Key {
    Key { name, about, shape, required: false, in_defaults: false }
}

const WEIGHT: Shape =
    Shape::Number { min: 0.0, above: false, max: Some(100.0), below: false, step: None };
const PLATE_LIST: Shape = Shape::List {
    item: &Shape::Number { min: 0.0, above: true, max: Some(100.0), below: false, step: None },
    max: None,
};

/// `[bar]`: the empty bar's weight for programmes in each unit.
pub const BAR: &[Key] = &[
    key("kg", "The bar for programmes in kg, 0 to 100 (default 20).", WEIGHT),
    key("lb", "The bar for programmes in lb, 0 to 100 (default 45).", WEIGHT),
];

/// `[plates]`: the plate sizes at hand for programmes in each unit.
pub const PLATES: &[Key] = &[
    key(
        "kg",
        "Plate sizes for programmes in kg (default [25, 20, 15, 10, 5, 2.5, 1.25]).",
        PLATE_LIST,
    ),
    key("lb", "Plate sizes for programmes in lb (default [45, 35, 25, 10, 5, 2.5]).", PLATE_LIST),
];

/// Every key of `config.toml`, in the order `liftpace config` lists them.
pub const TOP: &[Key] = &[
    key(
        "units",
        "The unit for new programmes and for imports that do not say: \"kg\" (the default) or \"lb\".",
        Shape::Choice(UNITS),
    ),
    key(
        "countdown",
        "Seconds of get-ready countdown before each set, 0 to 60 (default 3).",
        Shape::Whole { min: 0, max: 60 },
    ),
    key(
        "brace",
        "Whether sets marked cue = \"brace\" are paced with a braced breath (default true); false paces them breathing out through the lift, as for anyone with high blood pressure or a heart condition.",
        Shape::Flag,
    ),
    key(
        "sound",
        "What sounds at the end of a rest: \"bell\" (the terminal bell, the default), \"tones\" or \"off\".",
        Shape::Choice(SOUNDS),
    ),
    key("notify", "A desktop notification when a rest ends (default false).", Shape::Flag),
    key("title", "The rest time left in the window title (default true).", Shape::Flag),
    key(
        "theme",
        "Colours: \"auto\" (the default: light or dark from the terminal's background, dark when it does not say), \"dark\", \"light\" or \"high-contrast\".",
        Shape::Choice(THEMES),
    ),
    key(
        "rest_breathing",
        "The breathing pacer during rests when a programme does not choose: recover (the default: free breathing, a few sighs, then resonance), resonance, box, sigh, 4-7-8 or none.",
        Shape::Choice(&breathing::BUILT_IN),
    ),
    key(
        "resonance_rate",
        "Breaths a minute of the resonance pattern, 3 to 10 (default 5.5); `liftpace breathe --find` writes it.",
        Shape::Number {
            min: RESONANCE_RATES.0,
            above: false,
            max: Some(RESONANCE_RATES.1),
            below: false,
            step: None,
        },
    ),
    key(
        "checkin",
        "When to ask how you feel: \"after\" a workout (the default), \"both\" before and after, or \"off\".",
        Shape::Choice(CHECKINS),
    ),
    key(
        "device",
        "This machine's name for its own results journal: letters, digits, - and _, up to 32 (unset: liftpace names it for this machine).",
        Shape::Pattern(DEVICE_PATTERN),
    ),
    key(
        "bar",
        "The empty bar for programmes without an [equipment] section, by unit: kg and lb.",
        Shape::Table(BAR),
    ),
    key(
        "plates",
        "The plates at hand for programmes without an [equipment] section, by unit: kg and lb.",
        Shape::Table(PLATES),
    ),
];

/// The environment variable that sets the top-level key `name`: `LIFTPACE_` and the name in
/// capitals (`LIFTPACE_THEME`). The `[bar]` and `[plates]` tables have none.
pub fn env_var(name: &str) -> Option<String> {
    let key = TOP.iter().find(|k| k.name == name)?;
    (!matches!(key.shape, Shape::Table(_))).then(|| format!("LIFTPACE_{}", name.to_uppercase()))
}

/// Every settable key as `liftpace config` names it: top-level names, then `bar.kg` and the like.
pub fn paths() -> Vec<String> {
    let mut out = Vec::new();
    for key in TOP {
        match key.shape {
            Shape::Table(inner) => {
                out.extend(inner.iter().map(|k| format!("{}.{}", key.name, k.name)))
            }
            _ => out.push(key.name.to_string()),
        }
    }
    out
}

/// The JSON Schema of `config.toml` for editors, from this same table.
pub fn schema() -> serde_json::Value {
    let mut root = crate::core::programme::load::schema::object(TOP.iter());
    root["$schema"] = "http://json-schema.org/draft-07/schema#".into();
    root["title"] = "liftpace settings".into();
    root["description"] =
        "liftpace's config.toml: every key optional. `liftpace config` shows what is in effect."
            .into();
    root
}
