//! Reading the parsed TOML tree by hand: tables with their spans, values of the expected
//! type, unknown keys with a "did you mean", and control characters refused. Must never
//! know what a programme means; that is the caller's business.

use std::ops::{Range, RangeInclusive};

use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use super::keys;
use super::report::Sink;

/// A parsed TOML value with its byte span.
pub(crate) type Value<'i> = Spanned<DeValue<'i>>;

/// A value and where it was written, for warnings that point back at it.
#[derive(Debug, Clone)]
pub(super) struct Written<T> {
    /// As read.
    pub value: T,
    /// Where in the text.
    pub span: Range<usize>,
}

/// `parsed` with the span of the `value` it came from.
pub(super) fn at<T>(value: &Value<'_>, parsed: Option<T>) -> Option<Written<T>> {
    parsed.map(|parsed| Written { value: parsed, span: value.span() })
}

/// A table and the span of its header (or inline braces), read key by key.
#[derive(Clone)]
pub(crate) struct Table<'a, 'i> {
    pub entries: &'a DeTable<'i>,
    pub span: Range<usize>,
}

impl<'a, 'i> Table<'a, 'i> {
    /// The value of the fixed key `key`. Every key a reader asks for must be in the key
    /// table (`keys`), and every key there must be asked for by a reader: debug builds refuse
    /// a key missing from the table, and a test holds the two to each other.
    pub fn get(&self, key: &'static str) -> Option<&'a Value<'i>> {
        debug_assert!(keys::is_listed(key), "the reader asks for `{key}`, not in load/keys.rs");
        asked::note(key);
        self.entries.get(key)
    }

    /// The value under a name the lifter chose (a breathing pattern's, an exercise's), in a
    /// table whose keys are not fixed.
    pub fn named(&self, name: &str) -> Option<&'a Value<'i>> {
        self.entries.get(name)
    }

    /// Every key with its span, in the order the parser keeps them.
    pub fn keys(&self) -> impl Iterator<Item = &'a Spanned<DeString<'i>>> {
        self.entries.keys()
    }

    /// Refuses keys not in `allowed`, so a typo is never silently ignored. `place` names the
    /// table in messages ("an exercise", "`[defaults]`").
    pub fn check_keys(&self, sink: &mut Sink, allowed: &[&str], place: &str) {
        self.check_keys_but(sink, allowed, &[], place);
    }

    /// Like `check_keys`, leaving the keys in `refused` to the caller, which refuses them with a
    /// reason of its own; the hint lists only `allowed`.
    pub fn check_keys_but(&self, sink: &mut Sink, allowed: &[&str], refused: &[&str], place: &str) {
        for key in self.keys() {
            let name: &str = key.get_ref();
            if allowed.contains(&name)
                || refused.contains(&name)
                || !clean_text(sink, name, key.span(), "a key")
            {
                continue;
            }
            let list = quoted(allowed);
            let help = match closest(name, allowed.iter().copied()) {
                Some(best) => format!("did you mean `{best}`? {place} may have {list}"),
                None => format!("{place} may have {list}"),
            };
            sink.error(
                key.span(),
                format!("unknown key `{name}` in {place}"),
                "not a known key",
                help,
            );
        }
    }
}

/// How a value's type is described in messages.
pub(crate) fn kind(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// Records that `key` holds the wrong type of value.
pub(crate) fn wrong_type(sink: &mut Sink, key: &str, value: &Value<'_>, want: &str, help: &str) {
    let message = format!("`{key}` must be {want}, not {}", kind(value.get_ref()));
    sink.error(value.span(), message, &format!("expected {want}"), help);
}

/// Refuses control characters: the terminal would act on them instead of showing them.
/// Returns whether the text is clean.
pub(crate) fn clean_text(sink: &mut Sink, text: &str, span: Range<usize>, what: &str) -> bool {
    let Some(c) = text.chars().find(|c| c.is_control()) else { return true };
    sink.error(
        span,
        format!("{what} contains the control character U+{:04X}", u32::from(c)),
        "control character",
        "write plain text on one line: no tabs, line breaks or escape codes",
    );
    false
}

/// A string value, checked for control characters.
pub(crate) fn string<'a>(
    sink: &mut Sink,
    key: &str,
    value: &'a Value<'_>,
    help: &str,
) -> Option<&'a str> {
    match value.get_ref() {
        DeValue::String(s) => {
            clean_text(sink, s, value.span(), &format!("`{key}`")).then_some(&**s)
        }
        _ => {
            wrong_type(sink, key, value, "a string", help);
            None
        }
    }
}

/// A string that names something: clean and not blank.
pub(crate) fn name(sink: &mut Sink, key: &str, value: &Value<'_>) -> Option<String> {
    let example = if key == "group" { "\"A\"" } else { "\"Goblet squat\"" };
    let help = format!("write the {key} in quotes, e.g. {key} = {example}");
    let help = help.as_str();
    let text = string(sink, key, value, help)?;
    if text.trim().is_empty() {
        sink.error(value.span(), format!("`{key}` is empty"), "empty name", help);
        return None;
    }
    Some(text.trim().to_string())
}

/// An integer value; `None` (with the error recorded) if it is not one. Integers too large
/// for 64 bits come back as `i64::MAX`/`MIN` so range checks call them absurd, not mistyped.
pub(crate) fn integer(sink: &mut Sink, key: &str, value: &Value<'_>, help: &str) -> Option<i64> {
    match value.get_ref() {
        DeValue::Integer(i) => {
            Some(
                i64::from_str_radix(i.as_str(), i.radix())
                    .unwrap_or(if i.as_str().starts_with('-') { i64::MIN } else { i64::MAX }),
            )
        }
        _ => {
            wrong_type(sink, key, value, "a whole number", help);
            None
        }
    }
}

/// A whole number within `range`, else an error naming the limits.
pub(crate) fn bounded(
    sink: &mut Sink,
    key: &str,
    value: &Value<'_>,
    range: RangeInclusive<i64>,
    help: &str,
) -> Option<u32> {
    let n = integer(sink, key, value, help)?;
    let (lo, hi) = range.into_inner();
    if n < lo {
        sink.error(
            value.span(),
            format!("`{key}` must be at least {lo}, not {n}"),
            "too small",
            help,
        );
        None
    } else if n > hi {
        sink.error(
            value.span(),
            format!("`{key}` of {n} is absurd: at most {hi}"),
            "too large",
            help,
        );
        None
    } else {
        u32::try_from(n).ok()
    }
}

/// A number, whole or decimal, finite.
pub(crate) fn number(sink: &mut Sink, key: &str, value: &Value<'_>, help: &str) -> Option<f64> {
    let n = match value.get_ref() {
        DeValue::Integer(_) => integer(sink, key, value, help).map(|i| i as f64),
        DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
        _ => {
            wrong_type(sink, key, value, "a number", help);
            return None;
        }
    }?;
    if n.is_finite() {
        // -0.0 passes every `< 0.0` check yet makes `Duration::from_secs_f64` panic.
        Some(if n == 0.0 { 0.0 } else { n })
    } else {
        sink.error(value.span(), format!("`{key}` must be a real number"), "not a number", help);
        None
    }
}

/// One of `choices` (spaces around it ignored), else an error with "did you mean" and the list.
/// `help` says what the choices mean.
pub(crate) fn choice(
    sink: &mut Sink,
    key: &str,
    value: &Value<'_>,
    choices: &[&'static str],
    help: &str,
) -> Option<&'static str> {
    let text = string(sink, key, value, help)?.trim();
    if let Some(found) = choices.iter().find(|c| **c == text) {
        return Some(found);
    }
    let words: Vec<String> = choices.iter().map(|c| format!("\"{c}\"")).collect();
    let list = match words.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, init)) => format!("{} or {last}", init.join(", ")),
        None => "nothing".to_string(),
    };
    let hint = closest(text, choices.iter().copied())
        .map_or(String::new(), |best| format!("did you mean \"{best}\"? "));
    let message = format!("`{key}` must be {list}, not \"{}\"", text.escape_debug());
    sink.error(value.span(), message, &format!("unknown {key}"), format!("{hint}{help}"));
    None
}

/// A boolean.
pub(crate) fn boolean(sink: &mut Sink, key: &str, value: &Value<'_>) -> Option<bool> {
    match value.get_ref() {
        DeValue::Boolean(b) => Some(*b),
        _ => {
            wrong_type(sink, key, value, "true or false", "write true or false, without quotes");
            None
        }
    }
}

/// A table (a `[header]` section or an inline `{ ... }`).
pub(crate) fn table<'a, 'i>(
    sink: &mut Sink,
    key: &str,
    value: &'a Value<'i>,
    help: &str,
) -> Option<Table<'a, 'i>> {
    match value.get_ref() {
        DeValue::Table(entries) => Some(Table { entries, span: value.span() }),
        _ => {
            wrong_type(sink, key, value, "a table", help);
            None
        }
    }
}

/// A list of tables (`[[key]]` sections). `None` (with errors recorded) if it is not a list or
/// holds anything but tables, so callers never add "empty" on top of "wrong type".
pub(crate) fn tables<'a, 'i>(
    sink: &mut Sink,
    key: &str,
    value: &'a Value<'i>,
    help: &str,
) -> Option<Vec<Table<'a, 'i>>> {
    let DeValue::Array(items) = value.get_ref() else {
        wrong_type(sink, key, value, &format!("a list of `[[{key}]]` sections"), help);
        return None;
    };
    let found: Vec<_> = items.iter().filter_map(|item| table(sink, key, item, help)).collect();
    (found.len() == items.len()).then_some(found)
}

pub(super) use crate::core::spelling::closest;

/// "`a`, `b` or `c`", for listing what is valid.
pub(crate) fn quoted(items: &[&str]) -> String {
    match items {
        [] => "nothing".to_string(),
        [only] => format!("`{only}`"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|i| format!("`{i}`")).collect();
            format!("{} or `{last}`", init.join(", "))
        }
    }
}

/// The keys readers ask for, noted in tests so a test can check them against the key table.
pub(super) mod asked {
    #[cfg(test)]
    thread_local! {
        static ASKED: std::cell::RefCell<std::collections::BTreeSet<&'static str>> =
            Default::default();
    }

    /// Notes that a reader asked for `key` (in tests; nothing otherwise).
    pub fn note(_key: &'static str) {
        #[cfg(test)]
        ASKED.with(|asked| asked.borrow_mut().insert(_key));
    }

    /// Every key asked for on this thread since the last call.
    #[cfg(test)]
    pub fn take() -> std::collections::BTreeSet<&'static str> {
        ASKED.with(|asked| std::mem::take(&mut *asked.borrow_mut()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_lists_read_naturally() {
        assert_eq!(quoted(&["kg"]), "`kg`");
        assert_eq!(quoted(&["kg", "lb"]), "`kg` or `lb`");
        assert_eq!(quoted(&["a", "b", "c"]), "`a`, `b` or `c`");
    }
}
