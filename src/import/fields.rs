//! Reading one cell of another app's export: numbers (with a decimal comma or not), whole
//! counts, durations such as `1h 43m`, Strong's and Hevy's local times, and the stable ids
//! imported records carry. Pure: text in, values out; must never panic on what a cell holds
//! and never guess a time zone (the caller hands one in).

use jiff::ZonedDateTime as Zoned;
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;

/// Reads a column that a layout may lack; a missing column reads as "not given".
pub fn optional<T, E>(
    column: Option<usize>,
    read: impl Fn(usize) -> Result<Option<T>, E>,
) -> Result<Option<T>, E> {
    column.map_or(Ok(None), read)
}

/// A number as an app wrote it: `72.5`, `72,5` (a decimal comma) or blank. Blank and 0 both
/// mean "not given", as in Strong's and Hevy's exports.
pub fn amount(cell: &str) -> Result<Option<f64>, String> {
    let text = cell.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let dotted = if text.contains('.') { text.to_string() } else { text.replacen(',', ".", 1) };
    match dotted.parse::<f64>() {
        Ok(n) if !n.is_finite() => Err(format!("\"{text}\" is not a number")),
        Ok(n) if n < 0.0 => Err(format!("{text} is negative")),
        Ok(0.0) => Ok(None),
        Ok(n) => Ok(Some(n)),
        Err(_) => Err(format!("\"{text}\" is not a number")),
    }
}

/// A count of reps or seconds: a whole number, also when written `8.0`; blank or 0 is none.
pub fn count(cell: &str) -> Result<Option<u32>, String> {
    let Some(n) = amount(cell)? else { return Ok(None) };
    if n.fract() != 0.0 || n > f64::from(u32::MAX) {
        return Err(format!("{} is not a whole number", cell.trim()));
    }
    Ok(Some(n as u32))
}

/// An effort rating: 1 to 10 in half steps or finer; blank or 0 is none.
pub fn rpe(cell: &str) -> Result<Option<f64>, String> {
    match amount(cell)? {
        Some(n) if n > 10.0 => Err(format!("RPE {} is above 10", cell.trim())),
        other => Ok(other),
    }
}

/// A workout's length: plain seconds (`3600`, Strong's `Duration (sec)`), or hours, minutes
/// and seconds as Strong writes them (`1h 43m`, `59m`, `38min`, `45s`). `None` when it cannot
/// be read: a duration only dates the session's end, so it is never worth a skipped row.
pub fn duration_s(cell: &str) -> Option<u64> {
    let text = cell.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(seconds) = text.parse::<f64>() {
        return (seconds.is_finite() && seconds >= 0.0).then_some(seconds as u64);
    }
    let mut total: u64 = 0;
    let mut digits = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        let unit_len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        let word = format!("{c}{}", &rest[..unit_len]).to_lowercase();
        rest = &rest[unit_len..];
        let scale = match word.as_str() {
            "h" | "hr" | "hrs" | "hour" | "hours" => 3600,
            "m" | "min" | "mins" | "minute" | "minutes" => 60,
            "s" | "sec" | "secs" | "second" | "seconds" => 1,
            _ => return None,
        };
        let n: u64 = std::mem::take(&mut digits).parse().ok()?;
        total = total.checked_add(n.checked_mul(scale)?)?;
    }
    digits.is_empty().then_some(total)
}

/// Strong's `Date`: `2020-09-15 11:22:57`, also `2024-01-15 6:30:00 PM` (some exports write a
/// 12-hour clock, with a narrow no-break space before the AM/PM) or a bare date, read as a
/// wall-clock time in `tz`.
pub fn strong_time(cell: &str, tz: &TimeZone) -> Result<Zoned, String> {
    let text = cell.trim();
    let bad = || format!("\"{text}\" is not a date and time like 2024-09-15 18:02:00");
    let (date, clock) = text.split_once([' ', 'T']).unwrap_or((text, ""));
    let date: Date = date.parse().map_err(|_| bad())?;
    let time = if clock.trim().is_empty() { Some(Time::midnight()) } else { clock_time(clock) };
    local(date.to_datetime(time.ok_or_else(bad)?), tz)
}

/// Hevy's `start_time`/`end_time`: `15 Sep 2024, 18:02` (the day zero-padded or not), read as
/// a wall-clock time in `tz`. ISO dates are taken too, for files other tools wrote.
pub fn hevy_time(cell: &str, tz: &TimeZone) -> Result<Zoned, String> {
    let text = cell.trim();
    if text.starts_with(|c: char| c.is_ascii_digit()) && text.get(4..5) == Some("-") {
        return strong_time(text, tz);
    }
    let bad = || format!("\"{text}\" is not a time like 15 Sep 2024, 18:02");
    let (date, clock) = text.split_once(',').ok_or_else(bad)?;
    let mut parts = date.split_whitespace();
    let (Some(day), Some(month), Some(year), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    let month = month_number(month).ok_or_else(bad)?;
    let day: i8 = day.parse().map_err(|_| bad())?;
    let year: i16 = year.parse().map_err(|_| bad())?;
    let date = Date::new(year, month, day).map_err(|_| bad())?;
    let time = clock_time(clock).ok_or_else(bad)?;
    local(date.to_datetime(time), tz)
}

/// `18:02`, `18:02:05`, or a 12-hour `6:02:05 PM` (any space before the AM/PM).
fn clock_time(text: &str) -> Option<Time> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let (clock, pm) = match lower.strip_suffix("am").or_else(|| lower.strip_suffix("a.m.")) {
        Some(clock) => (clock.to_string(), Some(false)),
        None => match lower.strip_suffix("pm").or_else(|| lower.strip_suffix("p.m.")) {
            Some(clock) => (clock.to_string(), Some(true)),
            None => (lower.clone(), None),
        },
    };
    let clock = clock.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{202f}');
    let mut parts = clock.split(':');
    let hour: i8 = parts.next()?.trim().parse().ok()?;
    let minute: i8 = parts.next()?.trim().parse().ok()?;
    let second: i8 = parts.next().map_or(Some(0), |s| s.trim().parse().ok())?;
    if parts.next().is_some() {
        return None;
    }
    let hour = match pm {
        None => hour,
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(false) => hour % 12,
        Some(true) => hour % 12 + 12,
    };
    Time::new(hour, minute, second, 0).ok()
}

fn month_number(word: &str) -> Option<i8> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // "Sep", "Sept" and "September" are all September; "Se" and "Sepx" are not months.
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    MONTHS.iter().position(|m| m.starts_with(word.as_str())).map(|i| i as i8 + 1)
}

fn local(at: DateTime, tz: &TimeZone) -> Result<Zoned, String> {
    at.to_zoned_datetime(tz.clone())
        .map_err(|e| format!("{at} has no place in the local time zone ({e})"))
}

/// A time as the results file writes it: RFC 3339 with the offset, to the second.
pub fn rfc3339(at: &Zoned) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// A short id that depends only on `parts`, the same on every machine and every run (FNV-1a,
/// 64 bits; the standard library's hasher may change between Rust releases).
pub fn stable_id(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        // A separator no cell can hold, so ("ab", "c") and ("a", "bc") differ.
        for byte in part.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_a_decimal_comma_and_zero_means_not_given() {
        assert_eq!(amount("72,5"), Ok(Some(72.5)));
        assert_eq!(amount(" 45.0 "), Ok(Some(45.0)));
        assert_eq!(amount("0"), Ok(None));
        assert_eq!(amount(""), Ok(None));
        assert!(amount("-5").is_err());
        assert!(amount("NaN").is_err());
        assert_eq!(count("8.0"), Ok(Some(8)));
        assert!(count("8.5").is_err());
        assert!(rpe("11").is_err());
    }

    #[test]
    fn durations_in_every_spelling_strong_uses() {
        assert_eq!(duration_s("1h 43m"), Some(6180));
        assert_eq!(duration_s("38min"), Some(2280));
        assert_eq!(duration_s("59m"), Some(3540));
        assert_eq!(duration_s("5060"), Some(5060));
        assert_eq!(duration_s("264h 1m"), Some(950_460));
        assert_eq!(duration_s("soon"), None);
        assert_eq!(duration_s("5"), Some(5));
        assert_eq!(duration_s("1h 5"), None);
    }

    #[test]
    fn times_are_wall_clock_in_the_given_zone() {
        let tz = TimeZone::fixed(jiff::tz::offset(2));
        let strong = strong_time("2020-09-15 11:22:57", &tz).unwrap();
        assert_eq!(rfc3339(&strong), "2020-09-15T11:22:57+02:00");
        let twelve = strong_time("2024-01-15 6:30:00\u{202f}PM", &tz).unwrap();
        assert_eq!(rfc3339(&twelve), "2024-01-15T18:30:00+02:00");
        let hevy = hevy_time("15 Sep 2024, 18:02", &tz).unwrap();
        assert_eq!(rfc3339(&hevy), "2024-09-15T18:02:00+02:00");
        let padded = hevy_time("02 Jul 2025, 07:56", &tz).unwrap();
        assert_eq!(rfc3339(&padded), "2025-07-02T07:56:00+02:00");
        assert!(hevy_time("15 Sepx 2024, 18:02", &tz).is_err());
        assert!(hevy_time("31 Feb 2024, 18:02", &tz).is_err());
        assert!(strong_time("yesterday", &tz).is_err());
        assert!(strong_time("2024-01-15 13:00:00 PM", &tz).is_err());
    }

    #[test]
    fn ids_are_stable_and_keep_cells_apart() {
        assert_eq!(stable_id(&["a", "b"]), stable_id(&["a", "b"]));
        assert_ne!(stable_id(&["ab", "c"]), stable_id(&["a", "bc"]));
        assert_eq!(stable_id(&[]).len(), 16);
    }
}
