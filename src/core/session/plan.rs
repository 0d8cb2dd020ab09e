//! The order of a workout: every set of a day laid out in programme order, per-side sets split
//! into left then right. Pure; knows nothing of time.

use crate::core::programme::{Day, Load};

/// Which side a per-side set is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Done first.
    Left,
    /// Done straight after the left.
    Right,
}

impl Side {
    /// As written in the results file.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

/// One set of the workout, in order.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlannedSet {
    /// Index into the day's exercises.
    pub exercise: usize,
    /// 1-based set number within the exercise.
    pub set: u32,
    /// For per-side exercises.
    pub side: Option<Side>,
    /// The load to use: the programme's, until the lifter logs a different one.
    pub load: Load,
}

/// Every set of `day`, in the order it is done.
pub fn plan(day: &Day) -> Vec<PlannedSet> {
    let mut out = Vec::new();
    for (exercise, ex) in day.exercises.iter().enumerate() {
        for set in 1..=ex.sets {
            let sides: &[Option<Side>] =
                if ex.per_side { &[Some(Side::Left), Some(Side::Right)] } else { &[None] };
            out.extend(sides.iter().map(|&side| PlannedSet { exercise, set, side, load: ex.load }));
        }
    }
    out
}
