//! A quick reading of the `set` lines liftpace writes itself, which are most of any history: a
//! flat object of plain strings and numbers, read in one pass over the line with no copies of
//! what is not kept. Anything it is not sure of (an escape or a control character in a string,
//! a space, a nested value, a duplicate field, a field of another type, an imported set's
//! origin) gives `None`, and serde reads the line and decides, so both readings always agree.
//! Pure; must never accept a line serde would refuse, nor read one differently.

use super::records::{SetRecord, Word};
use crate::core::session::{SetKind, Side};

/// One value of a flat object.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Value<'a> {
    /// A string with no escapes, without its quotes.
    Text(&'a str),
    /// A number, as written (checked against JSON's grammar).
    Number(&'a str),
    /// `null`.
    Null,
}

/// Gives `each` the fields of a flat object in order; `None` as soon as the object is not
/// plain or `each` gives up.
fn fields<'a>(text: &'a str, mut each: impl FnMut(&'a str, Value<'a>) -> Option<()>) -> Option<()> {
    if !plain(text.as_bytes()) {
        return None;
    }
    let inner = text.strip_prefix('{')?.strip_suffix('}')?;
    let mut rest = inner;
    while !rest.is_empty() {
        let (key, after) = string(rest)?;
        rest = after.strip_prefix(':')?;
        let (value, after) = match rest.as_bytes().first()? {
            b'"' => {
                let (text, after) = string(rest)?;
                (Value::Text(text), after)
            }
            b'n' => (Value::Null, rest.strip_prefix("null")?),
            _ => {
                let end = rest.find([',', '}']).unwrap_or(rest.len());
                let number = &rest[..end];
                json_number(number)?;
                (Value::Number(number), &rest[end..])
            }
        };
        each(key, value)?;
        rest = match after.strip_prefix(',') {
            Some(more) if !more.is_empty() => more,
            Some(_) => return None,
            None if after.is_empty() => after,
            None => return None,
        };
    }
    Some(())
}

/// Whether `bytes` hold neither an escape nor a control character, what only serde reads
/// right: one look at the whole line, eight bytes at a time.
fn plain(bytes: &[u8]) -> bool {
    if memchr::memchr(b'\\', bytes).is_some() {
        return false;
    }
    // Some byte of `x` is below 0x20 exactly when this is not zero (a classic bit trick).
    let below_space = |x: u64| x.wrapping_sub(0x2020_2020_2020_2020) & !x & 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if below_space(x) != 0 {
            return false;
        }
    }
    chunks.remainder().iter().all(|&b| b >= 0x20)
}

/// A string at the start of `text` (with no escapes: `fields` made sure) and what follows it.
fn string(text: &str) -> Option<(&str, &str)> {
    let body = text.strip_prefix('"')?;
    let end = memchr::memchr(b'"', body.as_bytes())?;
    Some((&body[..end], &body[end + 1..]))
}

/// `Some` when `n` is a number as JSON spells it: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn json_number(n: &str) -> Option<()> {
    let b = n.strip_prefix('-').unwrap_or(n).as_bytes();
    let digits = |b: &[u8]| b.iter().take_while(|c| c.is_ascii_digit()).count();
    let whole = digits(b);
    if whole == 0 || (whole > 1 && b[0] == b'0') {
        return None;
    }
    let mut rest = &b[whole..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let d = digits(fraction);
        (d > 0).then_some(())?;
        rest = &fraction[d..];
    }
    if let Some(exponent) = rest.strip_prefix(b"e").or_else(|| rest.strip_prefix(b"E")) {
        let exponent = exponent.strip_prefix(b"+").or_else(|| exponent.strip_prefix(b"-"));
        let exponent = exponent.unwrap_or(rest.get(1..)?);
        let d = digits(exponent);
        (d > 0).then_some(())?;
        rest = &exponent[d..];
    }
    rest.is_empty().then_some(())
}

fn whole(value: Value<'_>) -> Option<u32> {
    match value {
        Value::Number(n) => n.parse().ok(),
        _ => None,
    }
}

fn maybe_whole(value: Value<'_>) -> Option<Option<u32>> {
    match value {
        Value::Null => Some(None),
        other => whole(other).map(Some),
    }
}

fn maybe_number(value: Value<'_>) -> Option<Option<f64>> {
    match value {
        Value::Null => Some(None),
        Value::Number(n) => n.parse::<f64>().ok().filter(|x| x.is_finite()).map(Some),
        Value::Text(_) => None,
    }
}

fn text(value: Value<'_>) -> Option<String> {
    match value {
        Value::Text(t) => Some(t.to_string()),
        _ => None,
    }
}

fn word<T: Word>(value: Value<'_>) -> Option<T> {
    match value {
        Value::Text(t) => T::ALL.iter().copied().find(|w| w.as_str() == t),
        _ => None,
    }
}

/// A `set` line read quickly, or `None` to leave it to serde.
pub(super) fn set(text: &str) -> Option<SetRecord> {
    let mut seen = 0u32;
    let (mut session, mut exercise, mut unit, mut target, mut tempo) =
        (None, None, None, None, None);
    let (mut started, mut ended, mut number) = (None, None, None);
    let (mut kind, mut side, mut reps, mut hold_s, mut load, mut rpe) =
        (SetKind::Work, None, None, None, None, None);
    fields(text, |key, value| {
        let index = match key {
            "v" => 0,
            "type" => 1,
            "session" => 2,
            "exercise" => 3,
            "set" => 4,
            "kind" => 5,
            "side" => 6,
            "reps" => 7,
            "hold_s" => 8,
            "load" => 9,
            "unit" => 10,
            "target" => 11,
            "tempo" => 12,
            "rpe" => 13,
            "started" => 14,
            "ended" => 15,
            // An imported set's origin, or a field this build does not know: serde's call.
            _ => return None,
        };
        if seen & (1 << index) != 0 {
            return None;
        }
        seen |= 1 << index;
        match index {
            0 | 1 => {} // checked by the caller
            2 => session = Some(self::text(value)?),
            3 => exercise = Some(self::text(value)?),
            4 => number = Some(whole(value)?),
            5 => kind = word(value)?,
            6 => side = if value == Value::Null { None } else { Some(word::<Side>(value)?) },
            7 => reps = maybe_whole(value)?,
            8 => hold_s = maybe_whole(value)?,
            9 => load = maybe_number(value)?,
            10 => unit = Some(self::text(value)?),
            11 => target = Some(self::text(value)?),
            12 => tempo = Some(self::text(value)?),
            13 => rpe = maybe_number(value)?,
            14 => started = Some(self::text(value)?),
            _ => ended = Some(self::text(value)?),
        }
        Some(())
    })?;
    Some(SetRecord {
        session: session?,
        exercise: exercise?,
        set: number?,
        kind,
        side,
        reps,
        hold_s,
        load,
        unit: unit?,
        target: target?,
        tempo: tempo?,
        rpe,
        started: started?,
        ended: ended?,
        origin: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::records::{Record, encode};

    fn serde_set(line: &str) -> Option<SetRecord> {
        serde_json::from_str(line).ok()
    }

    #[test]
    fn what_liftpace_writes_reads_the_same_either_way() {
        let base = SetRecord {
            session: "2026-11-27T07:00:00+01:00-1".into(),
            exercise: "Goblet squat".into(),
            set: 3,
            kind: SetKind::Work,
            side: None,
            reps: Some(10),
            hold_s: None,
            load: Some(62.5),
            unit: "kg".into(),
            target: "8-12".into(),
            tempo: "3-1-1-0".into(),
            rpe: Some(8.5),
            started: "2026-11-27T07:01:00+01:00".into(),
            ended: "2026-11-27T07:02:00+01:00".into(),
            origin: None,
        };
        let variants = [
            base.clone(),
            SetRecord { side: Some(Side::Left), kind: SetKind::Warmup, ..base.clone() },
            SetRecord { reps: None, hold_s: Some(45), load: None, rpe: None, ..base.clone() },
            SetRecord {
                load: Some(0.1 + 0.2),
                rpe: Some(1e-7),
                exercise: "Ünïcode ✓".into(),
                ..base
            },
        ];
        for set in variants {
            let line = encode(&Record::Set(set.clone())).unwrap();
            assert_eq!(super::set(&line), Some(set.clone()), "{line}");
            assert_eq!(serde_set(&line), Some(set), "{line}");
        }
    }

    #[test]
    fn anything_unsure_is_left_to_serde() {
        let ok = r#"{"v":1,"type":"set","session":"s","exercise":"Row","set":1,"reps":8,"load":20,"unit":"kg","target":"8","tempo":"3-1-1-0","started":"a","ended":"b"}"#;
        assert!(set(ok).is_some() && serde_set(ok).is_some(), "kind absent: a work set");
        let unsure = [
            ok.replace("\"Row\"", r#""R\"ow""#),   // an escape
            ok.replace("\"Row\"", "\"R\u{1}ow\""), // a control character
            ok.replace("\"3-1-1-0\"", "\"3-1-1-0\u{1f}\""),
            ok.replace("\"set\":1", "\"set\": 1"),  // a space
            ok.replace("\"set\":1", "\"set\":01"),  // not a JSON number
            ok.replace("\"set\":1", "\"set\":1.5"), // not a whole number
            ok.replace("\"set\":1", "\"set\":-1"),  // below zero
            ok.replace("\"load\":20", "\"load\":1e999"), // out of range
            ok.replace("\"load\":20", "\"load\":\"20\""), // a string for a number
            ok.replace("\"reps\":8", "\"reps\":8,\"reps\":9"), // a duplicate
            ok.replace("\"reps\":8", "\"reps\":[8]"), // nested
            ok.replace(",\"ended\":\"b\"", ""),     // missing
            ok.replace("\"reps\":8", "\"kind\":\"cooldown\""), // an unknown word
            ok.replace("}", ",\"source\":\"strong\",\"source_id\":\"x\"}"), // an import
            ok.replace("}", ",}"),                  // a trailing comma
            ok.replace("}", ",\"later\":true}"),    // a field this build lacks
        ];
        for line in unsure {
            assert_eq!(set(&line), None, "{line}");
        }
    }
}
