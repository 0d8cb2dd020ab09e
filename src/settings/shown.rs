//! Settings as people read them: each effective value written as it would be in
//! `config.toml`, the listing `liftpace config` prints, and the commented file `config --init`
//! writes, all generated from the key table. Pure; must never read or write anything.

use super::Settings;
use super::keys::{self, TOP};
use super::layers::Resolved;
use crate::core::programme::Units;
use crate::core::programme::format_number;
use crate::core::programme::load::keys::Shape;

/// The value of the key at `path` (`theme`, `bar.kg`) written as TOML; `None` for an unset
/// optional key or an unknown path.
pub fn value(settings: &Settings, path: &str) -> Option<String> {
    let quoted = |s: &str| format!("\"{s}\"");
    let flag = |b: bool| b.to_string();
    Some(match path {
        "units" => quoted(settings.units.as_str()),
        "countdown" => settings.countdown.as_secs().to_string(),
        "brace" => flag(settings.brace),
        "sound" => quoted(settings.sound.as_str()),
        "notify" => flag(settings.notify),
        "title" => flag(settings.title),
        "theme" => quoted(settings.theme.as_str()),
        "rest_breathing" => quoted(&settings.rest_breathing),
        "resonance_rate" => format_number(settings.resonance_rate),
        "checkin" => quoted(settings.checkin.as_str()),
        "device" => quoted(settings.device.as_deref()?),
        "bar.kg" => format_number(settings.barbell(Units::Kg).bar),
        "bar.lb" => format_number(settings.barbell(Units::Lb).bar),
        "plates.kg" => list(&settings.barbell(Units::Kg).plates),
        "plates.lb" => list(&settings.barbell(Units::Lb).plates),
        _ => return None,
    })
}

fn list(numbers: &[f64]) -> String {
    let items: Vec<String> = numbers.iter().map(|n| format_number(*n)).collect();
    format!("[{}]", items.join(", "))
}

/// One line per key: its path, its effective value (or "unset") and where that came from,
/// aligned in columns.
pub fn listing(resolved: &Resolved) -> Vec<String> {
    let rows: Vec<(String, String, String)> = keys::paths()
        .into_iter()
        .map(|path| {
            let shown = value(&resolved.settings, &path).unwrap_or_else(|| "unset".into());
            let origin = resolved.origin(&path).to_string();
            (path, shown, origin)
        })
        .collect();
    let width = |pick: fn(&(String, String, String)) -> usize| rows.iter().map(pick).max();
    let path_width = width(|r| r.0.len()).unwrap_or(0);
    let value_width = width(|r| r.1.chars().count()).unwrap_or(0);
    rows.iter()
        .map(|(path, shown, origin)| {
            format!("{path:<path_width$}  {shown:<value_width$}  {origin}").trim_end().to_string()
        })
        .collect()
}

/// The commented `config.toml` that `liftpace config --init` writes: every key, what it does,
/// and its default, commented out so the file changes nothing until a line is uncommented.
pub fn template() -> String {
    let defaults = Settings::default();
    let mut out = String::from(
        "# liftpace settings. Every key is optional: uncomment a line and change it.\n\
         # `liftpace config` shows what is in effect and where each value came from;\n\
         # LIFTPACE_<KEY> in the environment and command-line flags win over this file.\n",
    );
    for key in TOP {
        out.push('\n');
        for line in wrap(key.about, 90) {
            out.push_str(&format!("# {line}\n"));
        }
        match key.shape {
            Shape::Table(inner) => {
                out.push_str(&format!("# [{}]\n", key.name));
                for sub in inner {
                    let path = format!("{}.{}", key.name, sub.name);
                    let shown = value(&defaults, &path).unwrap_or_default();
                    out.push_str(&format!("# {} = {shown}\n", sub.name));
                }
            }
            _ => match value(&defaults, key.name) {
                Some(shown) => out.push_str(&format!("# {} = {shown}\n", key.name)),
                None => out.push_str(&format!("# {} = \"gym-laptop\"\n", key.name)),
            },
        }
    }
    out
}

/// `text` in lines of at most about `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("never empty");
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}
