//! The layers of settings and how they stack: the file's text, the `LIFTPACE_*` variables and
//! the flags each become a [`Layer`] of typed values with their origin, and [`resolve`] lays
//! them over the defaults, later layers winning. Every value is read by the programme loader's
//! own readers into its own `Problem`s, so a bad setting is reported exactly like a bad
//! programme. Pure: text and variables in, data out; must never read a file or the real
//! environment.

use std::collections::BTreeMap;
use std::fmt;

use toml::de::DeTable;

use super::keys::{self, CHECKINS, RESONANCE_RATES, SOUNDS, THEMES, UNITS};
use super::{Checkin, Settings, Sound, ThemeChoice};
use crate::core::breathing;
use crate::core::programme::Units;
use crate::core::programme::load::keys::{Key, Shape, names, whole};
use crate::core::programme::load::read::{
    Table, Value, boolean, bounded, choice, number, string, table,
};
use crate::core::programme::load::report::Sink;
use crate::core::programme::load::{LoadError, barbell, document};

/// Where an effective value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Nobody set it.
    Default,
    /// `config.toml`, at this one-based line.
    File {
        /// The file as shown.
        path: String,
        /// Where the value is written.
        line: usize,
    },
    /// This environment variable.
    Environment(String),
    /// This command-line flag.
    Flag(&'static str),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Default => write!(f, "default"),
            Origin::File { path, line } => write!(f, "file {path}:{line}"),
            Origin::Environment(var) => write!(f, "environment {var}"),
            Origin::Flag(flag) => write!(f, "flag {flag}"),
        }
    }
}

/// One setting's value, typed.
#[derive(Debug, Clone, PartialEq)]
pub enum Setting {
    /// `units`.
    Units(Units),
    /// `countdown`, whole seconds.
    Countdown(u64),
    /// `brace`.
    Brace(bool),
    /// `sound`.
    Sound(Sound),
    /// `notify`.
    Notify(bool),
    /// `title`.
    Title(bool),
    /// `theme`.
    Theme(ThemeChoice),
    /// `rest_breathing`: a built-in pattern's name.
    RestBreathing(String),
    /// `resonance_rate`, breaths a minute.
    ResonanceRate(f64),
    /// `checkin`.
    Checkin(Checkin),
    /// `device`.
    Device(String),
    /// `bar.kg` or `bar.lb`.
    Bar(Units, f64),
    /// `plates.kg` or `plates.lb`.
    Plates(Units, Vec<f64>),
}

impl Setting {
    /// The key's path as `liftpace config` shows it: `theme`, `bar.kg`.
    pub fn path(&self) -> String {
        let name = match self {
            Setting::Units(_) => "units",
            Setting::Countdown(_) => "countdown",
            Setting::Brace(_) => "brace",
            Setting::Sound(_) => "sound",
            Setting::Notify(_) => "notify",
            Setting::Title(_) => "title",
            Setting::Theme(_) => "theme",
            Setting::RestBreathing(_) => "rest_breathing",
            Setting::ResonanceRate(_) => "resonance_rate",
            Setting::Checkin(_) => "checkin",
            Setting::Device(_) => "device",
            Setting::Bar(units, _) => return format!("bar.{}", units.as_str()),
            Setting::Plates(units, _) => return format!("plates.{}", units.as_str()),
        };
        name.to_string()
    }

    fn apply(self, to: &mut Settings) {
        match self {
            Setting::Units(v) => to.units = v,
            Setting::Countdown(v) => to.countdown = std::time::Duration::from_secs(v),
            Setting::Brace(v) => to.brace = v,
            Setting::Sound(v) => to.sound = v,
            Setting::Notify(v) => to.notify = v,
            Setting::Title(v) => to.title = v,
            Setting::Theme(v) => to.theme = v,
            Setting::RestBreathing(v) => to.rest_breathing = v,
            Setting::ResonanceRate(v) => to.resonance_rate = v,
            Setting::Checkin(v) => to.checkin = v,
            Setting::Device(v) => to.device = Some(v),
            Setting::Bar(units, v) => to.barbell_mut(units).bar = v,
            Setting::Plates(units, v) => to.barbell_mut(units).plates = v,
        }
    }
}

/// Values set by one source, each with its origin.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layer(pub Vec<(Setting, Origin)>);

/// The settings the command line sets directly.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Flags {
    /// `--theme`.
    pub theme: Option<ThemeChoice>,
    /// `run --countdown`.
    pub countdown: Option<u64>,
}

impl Flags {
    /// The flags as a layer.
    pub fn layer(&self) -> Layer {
        let theme = self.theme.map(|t| (Setting::Theme(t), Origin::Flag("--theme")));
        let countdown =
            self.countdown.map(|c| (Setting::Countdown(c), Origin::Flag("--countdown")));
        Layer(theme.into_iter().chain(countdown).collect())
    }
}

/// The settings in effect and where each came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The values.
    pub settings: Settings,
    /// Every key path set by some layer, with the last layer that set it.
    pub origins: BTreeMap<String, Origin>,
}

impl Resolved {
    /// Where the value of `path` came from.
    pub fn origin(&self, path: &str) -> Origin {
        self.origins.get(path).cloned().unwrap_or(Origin::Default)
    }
}

/// The defaults with `layers` laid over them in order, each later one winning.
pub fn resolve(layers: &[Layer]) -> Resolved {
    let mut settings = Settings::default();
    let mut origins = BTreeMap::new();
    for (setting, origin) in layers.iter().flat_map(|l| l.0.iter().cloned()) {
        origins.insert(setting.path(), origin);
        setting.apply(&mut settings);
    }
    Resolved { settings, origins }
}

// Settings keys are looked up in the table's entries directly: `Table::get` is for the
// programme's own key table, which these keys are not in.

/// Reads `config.toml`'s text; `origin` names the file in reports. Every problem is collected,
/// as for a programme, and any one of them makes the whole file unusable.
pub fn file(text: &str, origin: &str) -> Result<Layer, LoadError> {
    let mut sink = Sink::new(text, origin);
    let mut layer = Vec::new();
    if let Some(doc) = document(&mut sink, text) {
        let top = Table { entries: doc.get_ref(), span: 0..0 };
        top.check_keys(&mut sink, &names(keys::TOP), "the settings");
        for key in keys::TOP {
            let Some(value) = top.entries.get(key.name) else { continue };
            for (setting, at) in read(&mut sink, key.name, key, value) {
                let line = sink.line(at);
                layer.push((setting, Origin::File { path: origin.to_string(), line }));
            }
        }
    }
    sink.finish(Some(Layer(layer))).map(|(layer, _)| layer)
}

/// Reads the `LIFTPACE_*` variables `lookup` knows (`LIFTPACE_THEME=light`). A variable that
/// does not hold a valid value is left out of the layer and reported, shown as the line
/// `VAR = value` of a source called "environment".
pub fn environment(lookup: impl Fn(&str) -> Option<String>) -> (Layer, Vec<LoadError>) {
    let mut layer = Vec::new();
    let mut errors = Vec::new();
    for key in keys::TOP {
        let Some(var) = keys::env_var(key.name) else { continue };
        let Some(raw) = lookup(&var) else { continue };
        let line = as_toml_line(&var, &raw, &key.shape);
        let mut sink = Sink::new(&line, "environment");
        let settings = document(&mut sink, &line).map(|doc| {
            let top = Table { entries: doc.get_ref(), span: 0..0 };
            top.entries
                .get(var.as_str())
                .map(|value| read(&mut sink, &var, key, value))
                .unwrap_or_default()
        });
        match sink.finish(settings) {
            Ok((settings, _)) => layer
                .extend(settings.into_iter().map(|(s, _)| (s, Origin::Environment(var.clone())))),
            Err(e) => errors.push(e),
        }
    }
    (Layer(layer), errors)
}

/// `VAR = value` as TOML: words are quoted for the reader, numbers and `true`/`false` kept as
/// typed, and anything else quoted so the reader says what it should have been.
fn as_toml_line(var: &str, raw: &str, shape: &Shape) -> String {
    let quoted = toml::Value::String(raw.to_string()).to_string();
    let typed = matches!(shape, Shape::Whole { .. } | Shape::Number { .. } | Shape::Flag);
    let line = format!("{var} = {}", raw.trim());
    if typed && DeTable::parse(&line).is_ok() { line } else { format!("{var} = {quoted}") }
}

/// The value of `key` (called `shown` in messages) with the byte offset it is written at, or
/// nothing after an error. A table gives one value per key it holds.
fn read(sink: &mut Sink, shown: &str, key: &Key, value: &Value<'_>) -> Vec<(Setting, usize)> {
    let about = key.about;
    let one = match key.name {
        "units" => choice(sink, shown, value, UNITS, about)
            .and_then(|u| word(&[Units::Kg, Units::Lb], Units::as_str, u))
            .map(Setting::Units),
        "countdown" => bounded(sink, shown, value, whole(keys::TOP, key.name), about)
            .map(|n| Setting::Countdown(n.into())),
        "brace" => boolean(sink, shown, value).map(Setting::Brace),
        "notify" => boolean(sink, shown, value).map(Setting::Notify),
        "title" => boolean(sink, shown, value).map(Setting::Title),
        "sound" => choice(sink, shown, value, SOUNDS, about)
            .and_then(|s| word(&Sound::ALL, Sound::as_str, s))
            .map(Setting::Sound),
        "theme" => choice(sink, shown, value, THEMES, about)
            .and_then(|t| word(&ThemeChoice::ALL, ThemeChoice::as_str, t))
            .map(Setting::Theme),
        "checkin" => choice(sink, shown, value, CHECKINS, about)
            .and_then(|c| word(&Checkin::ALL, Checkin::as_str, c))
            .map(Setting::Checkin),
        "rest_breathing" => choice(sink, shown, value, &breathing::BUILT_IN, about)
            .map(|b| Setting::RestBreathing(b.to_string())),
        "resonance_rate" => resonance_rate(sink, shown, value, about),
        "device" => device(sink, shown, value, about),
        "bar" | "plates" => return per_units(sink, key, value),
        _ => None,
    };
    one.into_iter().map(|s| (s, value.span().start)).collect()
}

fn resonance_rate(sink: &mut Sink, shown: &str, value: &Value<'_>, help: &str) -> Option<Setting> {
    let rate = number(sink, shown, value, help)?;
    let (lo, hi) = RESONANCE_RATES;
    if (lo..=hi).contains(&rate) {
        return Some(Setting::ResonanceRate(rate));
    }
    let message = format!("`{shown}` of {rate} breaths a minute is outside {lo} to {hi}");
    sink.error(value.span(), message, "out of range", help);
    None
}

fn device(sink: &mut Sink, shown: &str, value: &Value<'_>, help: &str) -> Option<Setting> {
    let name = string(sink, shown, value, help)?;
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if first_ok && rest_ok && name.len() <= 32 {
        return Some(Setting::Device(name.to_string()));
    }
    let message = format!("`{shown}` \"{}\" cannot name a file", name.escape_debug());
    sink.error(value.span(), message, "not a device name", help);
    None
}

/// `[bar]` or `[plates]`: a value for `kg`, `lb` or both, read by the loader's `[equipment]`
/// readers so the limits are the programme's.
fn per_units(sink: &mut Sink, key: &Key, value: &Value<'_>) -> Vec<(Setting, usize)> {
    let help = format!("write [{}] with kg = ... and lb = ...", key.name);
    let Some(table) = table(sink, key.name, value, &help) else { return Vec::new() };
    let Shape::Table(inner) = key.shape else { return Vec::new() };
    table.check_keys(sink, &names(inner), &format!("`[{}]`", key.name));
    let mut out = Vec::new();
    for units in [Units::Kg, Units::Lb] {
        let Some(v) = table.entries.get(units.as_str()) else { continue };
        let setting = if key.name == "bar" {
            barbell::bar(sink, v).map(|w| Setting::Bar(units, w))
        } else {
            barbell::plates(sink, v).map(|p| Setting::Plates(units, p))
        };
        out.extend(setting.map(|s| (s, v.span().start)));
    }
    out
}

/// The one of `all` written `word`; the reader has already refused any other word.
fn word<T: Copy>(all: &[T], as_str: fn(T) -> &'static str, word: &str) -> Option<T> {
    all.iter().copied().find(|t| as_str(*t) == word)
}
