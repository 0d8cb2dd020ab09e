//! The Log screen's form: reps (or seconds held), load and RPE as the lifter edits them with
//! digits, Tab and Backspace, and their validation. Pure; never writes anything.

use std::time::Duration;

use super::DOUBLE_TAP;
use crate::core::programme::{Load, format_number};

/// Which field has the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Reps done, or seconds held for a hold.
    Amount,
    /// Load in the programme's units; empty means bodyweight.
    Load,
    /// Rate of perceived exertion, optional.
    Rpe,
}

const ORDER: [Field; 3] = [Field::Amount, Field::Load, Field::Rpe];

/// What the lifter is typing on the Log screen.
#[derive(Debug, Clone, PartialEq)]
pub struct LogForm {
    /// Reps, or seconds held when `hold` is set.
    pub amount: String,
    /// Load; empty for bodyweight.
    pub load: String,
    /// RPE; empty when not given.
    pub rpe: String,
    /// The field being edited.
    pub focus: Field,
    /// The next digit replaces the pre-filled value instead of extending it.
    pub fresh: bool,
    /// The set was a timed hold, so `amount` is seconds.
    pub hold: bool,
    /// The load cannot be left empty: the target was a percentage of a one-rep max not yet
    /// known, so an empty load would record the set as bodyweight.
    pub needs_load: bool,
    /// Why the last save did not happen, shown until the next edit.
    pub error: Option<String>,
    /// When the values as typed were questioned as implausible; Enter again keeps them, but
    /// not the same double tap that asked. Any edit asks afresh.
    pub doubted: Option<Duration>,
}

/// A validated form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    /// Reps or seconds.
    pub amount: u32,
    /// `None` for bodyweight.
    pub load: Option<f64>,
    /// `None` when not given.
    pub rpe: Option<f64>,
}

impl LogForm {
    /// A form pre-filled with what was paced and the target load.
    pub fn new(amount: u32, load: Load, hold: bool) -> Self {
        LogForm {
            amount: amount.to_string(),
            load: match load {
                // An unresolved percentage has no weight to offer: the lifter types it.
                Load::Bodyweight | Load::Percent(_) => String::new(),
                Load::Weight(w) => format_number(w),
            },
            rpe: String::new(),
            focus: Field::Amount,
            fresh: true,
            hold,
            needs_load: matches!(load, Load::Percent(_)),
            error: None,
            doubted: None,
        }
    }

    /// Whether saving waits: `doubt` (what `plausible::doubt` asks, if anything) is put to
    /// the lifter once, and an Enter sooner than `DOUBLE_TAP` after it is the same double
    /// tap that asked, not an answer.
    pub fn holds_back(&mut self, doubt: Option<String>, now: Duration) -> bool {
        match (doubt, self.doubted) {
            (None, _) => false,
            (Some(_), Some(asked)) => now.saturating_sub(asked) < DOUBLE_TAP,
            (Some(question), None) => {
                self.error = Some(question);
                self.doubted = Some(now);
                true
            }
        }
    }

    /// The text of `field`.
    pub fn value(&self, field: Field) -> &str {
        match field {
            Field::Amount => &self.amount,
            Field::Load => &self.load,
            Field::Rpe => &self.rpe,
        }
    }

    fn value_mut(&mut self) -> &mut String {
        match self.focus {
            Field::Amount => &mut self.amount,
            Field::Load => &mut self.load,
            Field::Rpe => &mut self.rpe,
        }
    }

    /// Moves to the next field (or the previous one when `back`).
    pub fn tab(&mut self, back: bool) {
        let i = ORDER.iter().position(|f| *f == self.focus).unwrap_or(0);
        let step = if back { ORDER.len() - 1 } else { 1 };
        self.focus = ORDER[(i + step) % ORDER.len()];
        self.fresh = true;
    }

    /// Types one character; anything but digits (and a point where decimals make sense) is
    /// ignored. Returns whether the form changed.
    pub fn type_char(&mut self, c: char) -> bool {
        let decimal_ok = self.focus != Field::Amount;
        let allowed = c.is_ascii_digit() || (c == '.' && decimal_ok);
        if !allowed {
            return false;
        }
        let fresh = std::mem::replace(&mut self.fresh, false);
        let value = self.value_mut();
        if fresh {
            value.clear();
        }
        if (c == '.' && value.contains('.')) || value.len() >= 7 {
            return false;
        }
        value.push(c);
        self.edited();
        true
    }

    /// Deletes the last character of the focused field.
    pub fn backspace(&mut self) {
        self.fresh = false;
        self.value_mut().pop();
        self.edited();
    }

    /// A value changed: the last complaint no longer holds.
    fn edited(&mut self) {
        self.error = None;
        self.doubted = None;
    }

    /// Checks the form, saying what is wrong in words the lifter can act on.
    pub fn validate(&self) -> Result<Entry, String> {
        let what = if self.hold { "seconds held" } else { "reps" };
        let amount: u32 = self.amount.parse().map_err(|_| format!("Type the {what}."))?;
        if amount > 9999 {
            return Err(format!("{amount} {what} is more than this can log."));
        }
        let load = if self.load.is_empty() && self.needs_load {
            return Err("Type the load you used: it makes the one-rep max known.".into());
        } else if self.load.is_empty() {
            None
        } else {
            let w: f64 = self.load.parse().map_err(|_| "Load is not a number.".to_string())?;
            if w > 10_000.0 {
                return Err(format!("A load of {} is not plausible.", self.load));
            }
            Some(w)
        };
        let rpe = if self.rpe.is_empty() {
            None
        } else {
            match self.rpe.parse::<f64>() {
                Ok(r) if (1.0..=10.0).contains(&r) => Some(r),
                _ => return Err("RPE goes from 1 to 10 (or leave it empty).".to_string()),
            }
        };
        Ok(Entry { amount, load, rpe })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_digit_replaces_the_prefill_then_extends() {
        let mut f = LogForm::new(12, Load::Weight(16.0), false);
        assert!(f.type_char('1'));
        assert!(f.type_char('0'));
        assert_eq!(f.amount, "10");
        assert!(!f.type_char('.'), "reps are whole");
        f.tab(false);
        assert_eq!(f.focus, Field::Load);
        for c in "17.5".chars() {
            f.type_char(c);
        }
        assert_eq!(f.load, "17.5");
        f.tab(false);
        f.type_char('8');
        assert_eq!(f.validate(), Ok(Entry { amount: 10, load: Some(17.5), rpe: Some(8.0) }));
    }

    #[test]
    fn an_unknown_percentage_needs_a_typed_load() {
        let mut f = LogForm::new(5, Load::Percent(75.0), false);
        assert_eq!(f.load, "");
        assert!(f.validate().unwrap_err().contains("Type the load"));
        f.tab(false);
        f.type_char('6');
        f.type_char('0');
        assert_eq!(f.validate().unwrap().load, Some(60.0));
    }

    #[test]
    fn bodyweight_is_an_empty_load_and_rpe_is_checked() {
        let mut f = LogForm::new(8, Load::Bodyweight, false);
        assert_eq!(f.validate().unwrap().load, None);
        f.tab(true);
        assert_eq!(f.focus, Field::Rpe);
        f.type_char('1');
        f.type_char('1');
        assert!(f.validate().unwrap_err().contains("RPE"));
        f.backspace();
        assert_eq!(f.validate().unwrap().rpe, Some(1.0));
        f.tab(false);
        f.backspace();
        f.backspace();
        assert_eq!(f.validate().unwrap_err(), "Type the reps.");
    }
}
