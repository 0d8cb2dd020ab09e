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
    let b = text.as_bytes();
    let mut quotes = scan(b)?;
    if b.len() < 2 || b[0] != b'{' || b[b.len() - 1] != b'}' {
        return None;
    }
    // Everything between the braces; the index always sits on an ASCII byte, a char boundary.
    let end = b.len() - 1;
    let mut i = 1;
    while i < end {
        let key;
        (key, i) = quotes.string(text, i)?;
        (b[i] == b':').then_some(())?;
        i += 1;
        let value = match *b.get(i).filter(|_| i < end)? {
            b'"' => {
                let value;
                (value, i) = quotes.string(text, i)?;
                Value::Text(value)
            }
            b'n' => {
                b[i..end].starts_with(b"null").then_some(())?;
                i += 4;
                Value::Null
            }
            _ => {
                let start = i;
                while i < end && b[i] != b',' && b[i] != b'}' {
                    i += 1;
                }
                let number = &text[start..i];
                json_number(number)?;
                Value::Number(number)
            }
        };
        each(key, value)?;
        if i < end {
            (b[i] == b',' && i + 1 < end).then_some(())?;
            i += 1;
        }
    }
    Some(())
}

/// More quotes than a set line liftpace writes ever has (about fifty); a line with more is
/// left to serde.
const MAX_QUOTES: usize = 96;

/// Where a line's quotes are, in order, found once for the whole line: with no escapes, every
/// string runs from one quote to the next, so finding a string's end is a lookup.
struct Quotes {
    at: [u16; MAX_QUOTES],
    len: usize,
    next: usize,
}

impl Quotes {
    /// The string whose opening quote is at `at` and the index just past its closing quote;
    /// `None` when the next quote is not at `at` (something unquoted held one).
    fn string<'a>(&mut self, text: &'a str, at: usize) -> Option<(&'a str, usize)> {
        let mut next = || {
            let quote = *self.at[..self.len].get(self.next)?;
            self.next += 1;
            Some(usize::from(quote))
        };
        (next()? == at).then_some(())?;
        let close = next()?;
        Some((&text[at + 1..close], close + 1))
    }
}

/// Looks at the whole line once, eight bytes at a time: `None` if it holds an escape or a
/// control character (what only serde reads right), or too many quotes; else where its quotes
/// are.
fn scan(bytes: &[u8]) -> Option<Quotes> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // 0x80 in each byte of `x` equal to `byte`, and nothing else (a classic bit trick).
    let equal = |x: u64, byte: u8| {
        let t = x ^ (ONES * u64::from(byte));
        !(((t & LOW) + LOW) | t | LOW)
    };
    // Some byte of `x` is below 0x20 exactly when this is not zero.
    let below_space = |x: u64| x.wrapping_sub(ONES * 0x20) & !x & !LOW;
    let mut quotes = Quotes { at: [0; MAX_QUOTES], len: 0, next: 0 };
    let mut word = |x: u64, base: usize| -> Option<()> {
        if below_space(x) != 0 || equal(x, b'\\') != 0 {
            return None;
        }
        let mut found = equal(x, b'"');
        while found != 0 {
            let at = base + found.trailing_zeros() as usize / 8;
            *quotes.at.get_mut(quotes.len)? = u16::try_from(at).ok()?;
            quotes.len += 1;
            found &= found - 1;
        }
        Some(())
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        word(u64::from_le_bytes(chunk.try_into().expect("eight bytes")), base)?;
        base += 8;
    }
    // The last few bytes, padded with spaces, which are neither quotes nor trouble.
    let mut last = [b' '; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    word(u64::from_le_bytes(last), base)?;
    Some(quotes)
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

/// Puts a string value in `into`, reusing its buffer: most sets need no allocation at all.
fn text(value: Value<'_>, into: &mut String) -> Option<()> {
    match value {
        Value::Text(t) => {
            into.clear();
            into.push_str(t);
            Some(())
        }
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
#[cfg(test)]
pub(super) fn set(text: &str) -> Option<SetRecord> {
    let mut into = blank();
    set_into(text, &mut into).then_some(into)
}

/// An empty set to read into.
pub(super) fn blank() -> SetRecord {
    SetRecord {
        session: String::new(),
        exercise: String::new(),
        set: 0,
        kind: SetKind::Work,
        side: None,
        reps: None,
        hold_s: None,
        load: None,
        unit: String::new(),
        target: String::new(),
        tempo: String::new(),
        rpe: None,
        started: String::new(),
        ended: String::new(),
        origin: None,
    }
}

/// Reads a `set` line into `into`, reusing its strings' buffers (a reader hands back each set
/// it is done with); false to leave the line to serde, and then `into` holds nothing useful.
pub(super) fn set_into(line: &str, into: &mut SetRecord) -> bool {
    /// The fields a set must have: session, exercise, set, unit, target, tempo, started, ended.
    const REQUIRED: u32 =
        1 << 2 | 1 << 3 | 1 << 4 | 1 << 10 | 1 << 11 | 1 << 12 | 1 << 14 | 1 << 15;
    let mut seen = 0u32;
    into.kind = SetKind::Work;
    (into.side, into.reps, into.hold_s, into.load, into.rpe) = (None, None, None, None, None);
    into.origin = None;
    let read = fields(line, |key, value| {
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
            2 => text(value, &mut into.session)?,
            3 => text(value, &mut into.exercise)?,
            4 => into.set = whole(value)?,
            5 => into.kind = word(value)?,
            6 => into.side = if value == Value::Null { None } else { Some(word::<Side>(value)?) },
            7 => into.reps = maybe_whole(value)?,
            8 => into.hold_s = maybe_whole(value)?,
            9 => into.load = maybe_number(value)?,
            10 => text(value, &mut into.unit)?,
            11 => text(value, &mut into.target)?,
            12 => text(value, &mut into.tempo)?,
            13 => into.rpe = maybe_number(value)?,
            14 => text(value, &mut into.started)?,
            _ => text(value, &mut into.ended)?,
        }
        Some(())
    });
    read.is_some() && seen & REQUIRED == REQUIRED
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

    #[test]
    fn trouble_in_the_last_few_bytes_or_too_many_quotes_is_left_to_serde() {
        let ok = r#"{"v":1,"type":"set","session":"s","exercise":"Row","set":1,"reps":8,"load":20,"unit":"kg","target":"8","tempo":"3-1-1-0","started":"a","ended":"b"}"#;
        // Every length modulo eight, so the trouble lands in the padded tail at least once.
        for pad in 0..8 {
            let padded = ok.replace("\"Row\"", &format!("\"Row{}\"", "x".repeat(pad)));
            assert!(set(&padded).is_some(), "{padded}");
            for trouble in ["\\\"", "\u{1}"] {
                let line = padded.replace("\"b\"}", &format!("\"b{trouble}\"}}"));
                assert_eq!(set(&line), None, "{line}");
            }
        }
        // No set line has that many quotes; a line that does is not held in the fixed table.
        assert_eq!(scan(&[b'"'; MAX_QUOTES]).map(|q| q.len), Some(MAX_QUOTES));
        assert!(scan(&[b'"'; MAX_QUOTES + 1]).is_none());
    }

    #[test]
    fn a_set_read_into_a_used_one_keeps_nothing_of_it() {
        let first = r#"{"v":1,"type":"set","session":"a-long-session-id","exercise":"One-arm dumbbell row","set":3,"kind":"warmup","side":"left","reps":12,"load":14.5,"unit":"lb","target":"8-12","tempo":"3-1-1-0","rpe":9,"started":"2026-11-27T07:01:00+01:00","ended":"2026-11-27T07:02:00+01:00"}"#;
        let second = r#"{"v":1,"type":"set","session":"s","exercise":"Row","set":1,"hold_s":30,"reps":null,"load":null,"unit":"kg","target":"8","tempo":"3","started":"a","ended":"b"}"#;
        let mut into = blank();
        assert!(set_into(first, &mut into));
        assert!(set_into(second, &mut into));
        assert_eq!(Some(into), serde_set(second));
    }
}
