//! The words every part of liftpace shares: units, muscle groups, the breathing cue, the side
//! of a per-side set, and how a load number is written. A leaf: it must never import anything
//! of the crate, so every other module can use it without making a circle.

/// The unit loads are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Units {
    /// Kilograms (the default).
    #[default]
    Kg,
    /// Pounds.
    Lb,
}

impl Units {
    /// As written in the programme and the results file.
    pub fn as_str(self) -> &'static str {
        match self {
            Units::Kg => "kg",
            Units::Lb => "lb",
        }
    }
}

/// The seven major muscle groups of the public guideline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Muscle {
    /// Quadriceps, hamstrings, calves.
    Legs,
    /// Glutes and hip flexors.
    Hips,
    /// Lats, traps, spinal erectors.
    Back,
    /// The trunk: abdominals and obliques.
    Abdomen,
    /// Pectorals.
    Chest,
    /// Deltoids.
    Shoulders,
    /// Biceps, triceps, forearms.
    Arms,
}

impl Muscle {
    /// Every group, in the order the guideline lists them.
    pub const ALL: [Muscle; 7] = [
        Muscle::Legs,
        Muscle::Hips,
        Muscle::Back,
        Muscle::Abdomen,
        Muscle::Chest,
        Muscle::Shoulders,
        Muscle::Arms,
    ];

    /// As written in a programme.
    pub fn as_str(self) -> &'static str {
        match self {
            Muscle::Legs => "legs",
            Muscle::Hips => "hips",
            Muscle::Back => "back",
            Muscle::Abdomen => "abdomen",
            Muscle::Chest => "chest",
            Muscle::Shoulders => "shoulders",
            Muscle::Arms => "arms",
        }
    }

    /// Parses a name as written in a programme.
    pub fn parse(s: &str) -> Option<Muscle> {
        Muscle::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// What the tempo bar tells the lifter to do with their breath.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cue {
    /// Inhale on the eccentric, exhale on the concentric (the default).
    #[default]
    Breathe,
    /// Hold the breath braced through the hard part of the rep and breathe out at the top,
    /// for near-maximal sets.
    Brace,
}

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

    /// Whether a set done on `side` is a set of its own. A right side is the second half of the
    /// set its left side began, so a left and right pair is one set, as the programme counts.
    pub fn counts_alone(side: Option<Side>) -> bool {
        side != Some(Side::Right)
    }
}

/// Formats a load number without a trailing `.0` (16, 22.5).
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 { format!("{n:.0}") } else { format!("{}", (n * 100.0).round() / 100.0) }
}
