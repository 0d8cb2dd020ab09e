//! Questions asked of the breathing records: minutes of practice per week, for the progress
//! screen and `progress --format json`. Pure functions over records already read; must never
//! read a file or a clock.

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::Date;

use super::records::{Record, local_date};

/// Minutes of breathing practice per week, keyed by the Monday that starts each week (in the
/// local date the session started on). Sessions ended early count what was done; weeks with
/// none are absent. Records whose start is not a date are skipped.
pub fn breathing_minutes_per_week<'a>(
    records: impl IntoIterator<Item = &'a Record>,
) -> BTreeMap<Date, f64> {
    let mut minutes = BreathingMinutes::default();
    records.into_iter().for_each(|r| minutes.add(r));
    minutes.weeks
}

/// The same, one record at a time, for a reader that streams the journals
/// (`storage::for_each_record(data, |r| minutes.add(r))`) rather than hold them all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BreathingMinutes {
    /// Minutes by the Monday of their week.
    pub weeks: BTreeMap<Date, f64>,
}

impl BreathingMinutes {
    /// Counts `record` if it is a breathing session; any other record is passed over.
    pub fn add(&mut self, record: &Record) {
        let Record::Breathing(b) = record else { return };
        let Ok(day) = local_date(&b.started).parse::<Date>() else { return };
        let back = i64::from(day.weekday().to_monday_zero_offset());
        let monday = day.checked_sub(back.days()).unwrap_or(day);
        *self.weeks.entry(monday).or_insert(0.0) += f64::from(b.seconds) / 60.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::records::BreathingRecord;

    fn breathing(started: &str, seconds: u32) -> Record {
        Record::Breathing(BreathingRecord {
            id: None,
            pattern: "resonance".into(),
            started: started.into(),
            ended: started.into(),
            seconds,
            breaths: 0,
            completed: true,
        })
    }

    #[test]
    fn minutes_add_up_by_the_week_they_started_in() {
        let records = [
            breathing("2026-11-23T07:00:00+01:00", 300), // Monday
            breathing("2026-11-29T23:50:00+01:00", 90),  // Sunday, same week
            breathing("2026-11-30T06:00:00+01:00", 120), // the next Monday
            breathing("garbage", 600),
        ];
        let weeks = breathing_minutes_per_week(&records);
        let monday = |d: &str| d.parse::<Date>().unwrap();
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[&monday("2026-11-23")], 6.5);
        assert_eq!(weeks[&monday("2026-11-30")], 2.0);
    }
}
