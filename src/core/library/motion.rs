//! Which way an exercise moves, so the pacing screen's words fit it: a squat lowers and
//! lifts, a pulldown pulls and returns, a pushdown pushes and returns. Words only; must never
//! know about time or the screen.

/// The kind of movement of an exercise's working half.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Motion {
    /// Against gravity: lower slowly, then lift (squats, presses, rows, curls).
    #[default]
    Lift,
    /// Pulled towards the body on a cable or band: pull, then return slowly (pulldowns, face
    /// pulls, cable rows).
    Pull,
    /// Pushed down or away on a cable or band: push, then return slowly (pushdowns).
    Push,
    /// The trunk curled against a cable: crunch, then return slowly.
    Crunch,
    /// A limb reached out from a braced trunk: reach, then return slowly (dead bug, bird dog).
    Reach,
}

impl Motion {
    /// Every motion, as an exercises file may write it.
    pub const ALL: [Motion; 5] =
        [Motion::Lift, Motion::Pull, Motion::Push, Motion::Crunch, Motion::Reach];

    /// As written in an exercises file.
    pub fn as_str(self) -> &'static str {
        match self {
            Motion::Lift => "lift",
            Motion::Pull => "pull",
            Motion::Push => "push",
            Motion::Crunch => "crunch",
            Motion::Reach => "reach",
        }
    }

    /// Parses a motion as written in an exercises file.
    pub fn parse(s: &str) -> Option<Motion> {
        Motion::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// What to do in the lengthening half (the eccentric).
    pub fn eccentric(self) -> &'static str {
        match self {
            Motion::Lift => "lower slowly",
            Motion::Pull | Motion::Push | Motion::Crunch | Motion::Reach => "return slowly",
        }
    }

    /// What to do in the shortening half (the concentric): the motion's own name, "pull".
    pub fn concentric(self) -> &'static str {
        self.as_str()
    }

    /// The lengthening half as a legend names it: "lowering", "returning".
    pub fn eccentric_ing(self) -> &'static str {
        match self {
            Motion::Lift => "lowering",
            Motion::Pull | Motion::Push | Motion::Crunch | Motion::Reach => "returning",
        }
    }

    /// The shortening half as a legend names it: "lifting", "pulling".
    pub fn concentric_ing(self) -> &'static str {
        match self {
            Motion::Lift => "lifting",
            Motion::Pull => "pulling",
            Motion::Push => "pushing",
            Motion::Crunch => "crunching",
            Motion::Reach => "reaching",
        }
    }
}
