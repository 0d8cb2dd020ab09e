//! The mood check-in: when it is asked (the `checkin` setting), which moment it belongs to,
//! and the one rule about what it says back (two low scores in a row bring, once, a kind
//! line pointing to people who can help). Pure; must never score, diagnose or suggest a cause.

/// A mood is a whole number from 1 (low) to 5 (great).
pub const MOODS: std::ops::RangeInclusive<u8> = 1..=5;

/// At or below this a mood is low.
const LOW: u8 = 2;

/// When a check-in is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CheckinSetting {
    /// After the summary (the default).
    #[default]
    After,
    /// Before the workout and after the summary.
    Both,
    /// Never.
    Off,
}

impl CheckinSetting {
    /// As written in `config.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckinSetting::After => "after",
            CheckinSetting::Both => "both",
            CheckinSetting::Off => "off",
        }
    }

    /// Parses the word `config.toml` uses.
    pub fn parse(word: &str) -> Option<CheckinSetting> {
        [CheckinSetting::After, CheckinSetting::Both, CheckinSetting::Off]
            .into_iter()
            .find(|s| s.as_str() == word)
    }

    /// Whether to ask at `when`.
    pub fn asks(self, when: When) -> bool {
        match self {
            CheckinSetting::Off => false,
            CheckinSetting::After => when == When::After,
            CheckinSetting::Both => true,
        }
    }
}

/// Which side of the workout a check-in was made on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Before the first set.
    Before,
    /// After the summary.
    After,
}

impl When {
    /// As written in the results file.
    pub fn as_str(self) -> &'static str {
        match self {
            When::Before => "before",
            When::After => "after",
        }
    }
}

/// Whether a new `mood`, after the two check-ins before it (`[before last, last]`), is the
/// second low one in a row: then, and only then, the kind line is shown. A third low in a row
/// does not repeat it; the line is said once, never pressed.
pub fn second_low(before: [Option<u8>; 2], mood: u8) -> bool {
    let low = |m: Option<u8>| m.is_some_and(|m| m <= LOW);
    low(Some(mood)) && low(before[1]) && !low(before[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_line_needs_two_low_in_a_row() {
        let cases = [
            ([None, None], 1, false),
            ([None, Some(3)], 1, false),
            ([None, Some(2)], 3, false),
            ([None, Some(2)], 2, true),
            ([Some(4), Some(1)], 2, true),
            ([Some(1), Some(1)], 1, false), // a third low in a row: already said
            ([Some(5), Some(5)], 5, false),
        ];
        for (before, mood, shown) in cases {
            assert_eq!(second_low(before, mood), shown, "{before:?} then {mood}");
        }
    }

    #[test]
    fn the_setting_decides_when_to_ask() {
        assert!(CheckinSetting::default().asks(When::After));
        assert!(!CheckinSetting::default().asks(When::Before));
        assert!(CheckinSetting::Both.asks(When::Before));
        assert!(!CheckinSetting::Off.asks(When::After));
        assert_eq!(CheckinSetting::parse("both"), Some(CheckinSetting::Both));
        assert_eq!(CheckinSetting::parse("sometimes"), None);
    }
}
