//! Whether a logged set is plausible next to what was prescribed, so a slipped finger (1000 kg
//! on a 100 kg squat, 999 reps) is questioned once before it reaches the history and poisons
//! the next prescription. Pure words and arithmetic; never refuses a set: the lifter who
//! really did it presses Enter again.

use super::form::Entry;
use crate::core::programme::{Load, Target, format_number};

/// A load above this multiple of the prescribed one is questioned.
const LOAD_HIGH: f64 = 1.5;
/// A load under this multiple of the prescribed one is questioned.
const LOAD_LOW: f64 = 0.5;
/// Reps above this multiple of the top of the range are questioned.
const REPS_HIGH: u32 = 2;

/// What to ask the lifter about `entry`, logged against `target` at the prescribed `load`
/// in `unit`; `None` when it looks like a set a person did.
pub fn doubt(entry: &Entry, target: Target, load: Load, unit: &str) -> Option<String> {
    const AGAIN: &str = "Enter again to keep it, or fix it.";
    if let (Load::Weight(prescribed), Some(logged)) = (load, entry.load)
        && prescribed > 0.0
    {
        let ratio = logged / prescribed;
        if !(LOAD_LOW..=LOAD_HIGH).contains(&ratio) {
            let (logged, prescribed) = (format_number(logged), format_number(prescribed));
            // One decimal is enough to see the slip: 10×, 0.1×, 1.6×; "0×" says nothing.
            let times = (ratio * 10.0).round() / 10.0;
            let how = if times > 0.0 {
                format!("{}×", format_number(times))
            } else {
                "far under".to_string()
            };
            return Some(format!("{logged} {unit} is {how} today's {prescribed} {unit}. {AGAIN}"));
        }
    }
    if let Target::Reps(reps) = target
        && let Some(top) = reps.top()
        && entry.amount > top.saturating_mul(REPS_HIGH)
    {
        return Some(format!("{} reps is more than twice today's {reps}. {AGAIN}", entry.amount));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::programme::Reps;

    fn entry(amount: u32, load: Option<f64>) -> Entry {
        Entry { amount, load, rpe: None }
    }

    #[test]
    fn thresholds() {
        let eight_to_twelve = Target::Reps(Reps::Range(8, 12));
        let hundred = Load::Weight(100.0);
        // (reps, load, questioned?)
        let table: &[(u32, Option<f64>, bool)] = &[
            (10, Some(100.0), false),
            (10, Some(150.0), false), // exactly 1.5× is allowed
            (10, Some(150.5), true),
            (10, Some(50.0), false), // exactly 0.5× is allowed
            (10, Some(49.5), true),
            (10, Some(1000.0), true),
            (10, None, false),        // bodyweight: nothing to compare
            (24, Some(100.0), false), // twice the top of the range is allowed
            (25, Some(100.0), true),
            (999, Some(100.0), true),
            (0, Some(100.0), false), // a failed set is a real set
        ];
        for &(reps, load, questioned) in table {
            let asked = doubt(&entry(reps, load), eight_to_twelve, hundred, "kg");
            assert_eq!(asked.is_some(), questioned, "{reps} reps at {load:?}: {asked:?}");
        }
    }

    #[test]
    fn nothing_to_compare_with_is_never_questioned() {
        let e = entry(5, Some(1000.0));
        assert_eq!(doubt(&e, Target::Reps(Reps::Max), Load::Bodyweight, "kg"), None);
        assert_eq!(doubt(&e, Target::Reps(Reps::Max), Load::Percent(75.0), "kg"), None);
        let hold = Target::Hold(std::time::Duration::from_secs(30));
        assert_eq!(doubt(&entry(999, None), hold, Load::Bodyweight, "kg"), None);
    }

    #[test]
    fn the_question_names_the_slip_and_says_again() {
        let five = Target::Reps(Reps::Exact(5));
        let asked = doubt(&entry(5, Some(1000.0)), five, Load::Weight(100.0), "kg").unwrap();
        assert_eq!(asked, "1000 kg is 10× today's 100 kg. Enter again to keep it, or fix it.");
        let asked = doubt(&entry(5, Some(0.0)), five, Load::Weight(8.0), "kg").unwrap();
        assert_eq!(asked, "0 kg is far under today's 8 kg. Enter again to keep it, or fix it.");
        let asked = doubt(&entry(999, Some(100.0)), five, Load::Weight(100.0), "lb").unwrap();
        assert_eq!(
            asked,
            "999 reps is more than twice today's 5. Enter again to keep it, or fix it."
        );
    }
}
