//! The few sentences liftpace says about safety, word for word the same wherever they appear
//! (the Ready screen, `?`, `check`, `--help`, the summary, the README and the template), so a
//! lifter never reads two versions of a caution. Words only; must never decide when to show them.

/// Who should not brace, said on the Ready screen of every braced set, in `?`, in `check`, in
/// the template and in the README.
pub const BRACE_CAUTION: &str = "Don't brace if you have high blood pressure or a heart \
    condition, or are pregnant: breathe out through the lift instead.";

/// What liftpace is and is not, in `--help`, `?` and the README.
pub const NOT_MEDICAL_ADVICE: &str = "liftpace is a training aid, not medical advice. Check \
    with a health professional before starting if you have a condition; stop if you feel chest \
    pain, faintness or unusual breathlessness.";

/// Where to turn in a crisis, in `--help`, `?` and the README.
pub const CRISIS_LINE: &str =
    "If you're struggling, in the US call or text 988; elsewhere, your local emergency number.";

/// The two wellbeing sentences, in the order they are said.
pub const WELLBEING: [&str; 2] = [NOT_MEDICAL_ADVICE, CRISIS_LINE];

/// Both of the above in one short line, where a screen has room for one line only: the foot of
/// the summary, and the top of a `?` box too short for the two sentences (which it then
/// scrolls to). Keeps the words "not medical advice" and "988".
pub const WELLBEING_LINE: &str =
    "Training aid, not medical advice · struggling? call or text 988 (US)";
