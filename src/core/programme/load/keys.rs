//! The one table of every key a programme may write: its name, a sentence saying what it does,
//! and the shape of its value. The loader's unknown-key check and "did you mean" read it, and
//! so does the JSON Schema generator, so the two cannot drift apart. Must never parse or judge
//! a value: it only describes them; the readers beside it do the checking.

/// One key of a table.
#[derive(Debug)]
pub struct Key {
    /// As written in the TOML.
    pub name: &'static str,
    /// One sentence for the editor's hover and the schema's `description`.
    pub about: &'static str,
    /// What its value looks like.
    pub shape: Shape,
    /// The table is incomplete without it.
    pub required: bool,
    /// `[defaults]` may set it too (exercise keys only).
    pub in_defaults: bool,
}

/// The JSON shape of a value, as the schema states it.
#[derive(Debug)]
pub enum Shape {
    /// Any text.
    Text,
    /// Text matching this regular expression (a subset both ECMA and Rust regex read).
    Pattern(&'static str),
    /// This word, in any letter case, spaces around allowed.
    Word(&'static str),
    /// One of these words exactly.
    Choice(&'static [&'static str]),
    /// A whole number in `min..=max`.
    Whole {
        /// Smallest allowed.
        min: i64,
        /// Largest allowed.
        max: i64,
    },
    /// A number (whole or decimal).
    Number {
        /// Lower bound.
        min: f64,
        /// Whether `min` itself is refused.
        above: bool,
        /// Upper bound, if any.
        max: Option<f64>,
        /// Whether `max` itself is refused.
        below: bool,
        /// The value must be a multiple of this, if set.
        step: Option<f64>,
    },
    /// `true` or `false`.
    Flag,
    /// Any one of these shapes.
    AnyOf(&'static [Shape]),
    /// A list of items of one shape, with at most `max` of them.
    List {
        /// Every item's shape.
        item: &'static Shape,
        /// Longest allowed list.
        max: Option<u64>,
    },
    /// A table whose keys are fixed.
    Table(&'static [Key]),
    /// A list of tables (`[[day]]`), each with these fixed keys.
    Tables(&'static [Key]),
    /// A table whose keys are names the user chooses, every value of one shape.
    Map(&'static Shape),
    /// `[defaults]`: the exercise keys marked `in_defaults`.
    Defaults,
}

const fn key(name: &'static str, about: &'static str, shape: Shape) -> Key {
    Key { name, about, shape, required: false, in_defaults: true }
}

const fn required(name: &'static str, about: &'static str, shape: Shape) -> Key {
    Key { name, about, shape, required: true, in_defaults: false }
}

const fn exercise_only(name: &'static str, about: &'static str, shape: Shape) -> Key {
    Key { name, about, shape, required: false, in_defaults: false }
}

const fn at_least(min: f64) -> Shape {
    Shape::Number { min, above: false, max: None, below: false, step: None }
}

/// A share of a load as text, more than 0% and at most 100%: "75%", "72.5 %".
const PERCENT: &str = r"^\s*(100(\.0+)?|[1-9][0-9]?(\.[0-9]+)?|0\.[0-9]*[1-9][0-9]*)\s*%\s*$";
/// A deload as text, more than 0% and under 100%.
const DELOAD_PERCENT: &str = r"^\s*([1-9][0-9]?(\.[0-9]+)?|0\.[0-9]*[1-9][0-9]*)\s*%\s*$";
const DURATION: &str = r"^\s*([0-9]+\s*m(\s*[0-9]+(\.[0-9]+)?\s*s)?|[0-9]+(\.[0-9]+)?\s*s?)\s*$";
const REPS: &str = r"^\s*([0-9]+(\s*-\s*[0-9]+)?|[Mm][Aa][Xx])\s*$";
const TEMPO: &str = r"^\s*([0-9]+\s*-\s*[0-9]+\s*-\s*([0-9]+|[Xx])\s*-\s*[0-9]+|[0-9]+\s*/\s*[0-9]+\s*/\s*([0-9]+|[Xx])\s*/\s*[0-9]+|[0-9][0-9][0-9Xx][0-9])\s*$";
const SECONDS: Shape = Shape::AnyOf(&[at_least(0.0), Shape::Pattern(DURATION)]);
const RATE: Shape =
    Shape::Number { min: 1.0, above: false, max: Some(60.0), below: false, step: None };
const PHASE: Shape =
    Shape::Number { min: 0.0, above: false, max: Some(3600.0), below: true, step: None };

/// The most warm-up sets one exercise may have.
pub const MAX_WARMUPS: u64 = 10;
/// More plate sizes than any gym has: a longer list is a mistake (every plate written out, or a
/// generated list), and each size lengthens the plate search.
pub const MAX_PLATE_SIZES: u64 = 20;

/// The muscle groups as written; a test holds this to `Muscle::ALL`.
pub const MUSCLES: &[&str] = &["legs", "hips", "back", "abdomen", "chest", "shoulders", "arms"];
/// The kinds of equipment as written; a test holds this to `Equipment::ALL`.
pub const EQUIPMENT: &[&str] =
    &["barbell", "dumbbell", "cable", "machine", "bodyweight", "band", "kettlebell"];
/// The progression rules as written.
pub const PROGRESSIONS: &[&str] = &["none", "double", "linear"];
/// The breathing cues as written.
pub const CUES: &[&str] = &["breathe", "brace"];
/// Where a rep starts, as written.
pub const STARTS: &[&str] = &["eccentric", "concentric"];

/// The keys of one warm-up set, `{ reps = 5, load = "50%" }`.
pub const WARMUP: &[Key] = &[
    required("reps", "Reps of this warm-up set, 1 to 100.", Shape::Whole { min: 1, max: 100 }),
    required(
        "load",
        "\"bar\" for the empty bar, a percentage of the work load (\"50%\"), or a fixed load in the programme's units.",
        Shape::AnyOf(&[at_least(0.0), Shape::Word("bar"), Shape::Pattern(PERCENT)]),
    ),
];

/// Every key of an exercise; those marked `in_defaults` may also be set in `[defaults]`.
pub const EXERCISE: &[Key] = &[
    required(
        "name",
        "The exercise's name; one the exercise library knows needs no `muscles` or `start`.",
        Shape::Text,
    ),
    key(
        "load",
        "What to lift, in the programme's units: a number, \"bodyweight\" (the default), or a percentage of the one-rep max like \"75%\".",
        Shape::AnyOf(&[at_least(0.0), Shape::Word("bodyweight"), Shape::Pattern(PERCENT)]),
    ),
    key("sets", "Work sets, 1 to 100 (default 2).", Shape::Whole { min: 1, max: 100 }),
    key(
        "reps",
        "Reps per set: a whole number, a range like \"8-12\" (the default), or \"max\"; replaces an inherited `hold`.",
        Shape::AnyOf(&[Shape::Whole { min: 1, max: 1000 }, Shape::Pattern(REPS)]),
    ),
    key(
        "hold",
        "A timed isometric hold instead of reps, like \"30s\"; replaces an inherited `reps`.",
        SECONDS,
    ),
    key(
        "tempo",
        "Seconds lowering-pause-lifting-pause: \"3-1-1-0\" (the default), \"3/1/1/0\" or \"3110\"; X in the third place is explosive.",
        Shape::Pattern(TEMPO),
    ),
    key(
        "rest",
        "Rest after each set: seconds as a number, or \"90s\" (the default), \"2m\", \"1m30s\".",
        SECONDS,
    ),
    key(
        "breathing",
        "The breathing pacer during rest, after its free breathing: recover (the default), resonance, sigh, box, 4-7-8, none, or a [breathing.NAME] of this file.",
        Shape::Text,
    ),
    key(
        "start",
        "\"eccentric\" (the default: lower first, like a squat) or \"concentric\" (lift first, like a deadlift).",
        Shape::Choice(STARTS),
    ),
    key("per_side", "Every set is done left, then right (default false).", Shape::Flag),
    key(
        "muscles",
        "The muscle groups it trains, for the guideline report; optional where the exercise library knows the exercise.",
        Shape::List { item: &Shape::Choice(MUSCLES), max: None },
    ),
    key("notes", "Coaching notes shown while pacing.", Shape::Text),
    key(
        "warmup",
        "Warm-up sets before the work sets, at most 10, like [{ reps = 5, load = \"50%\" }]; [] clears inherited ones.",
        Shape::List { item: &Shape::Table(WARMUP), max: Some(MAX_WARMUPS) },
    ),
    key(
        "rpe",
        "How hard the work sets should feel, RPE 1 to 10 in halves (10: nothing left); not with `rir`.",
        Shape::Number { min: 1.0, above: false, max: Some(10.0), below: false, step: Some(0.5) },
    ),
    key(
        "rir",
        "Reps in reserve the work sets should leave, 0 to 10; not with `rpe`.",
        Shape::Whole { min: 0, max: 10 },
    ),
    exercise_only(
        "group",
        "Exercises next to each other sharing a group (a superset or circuit) are done in turn, one set of each, resting after the round.",
        Shape::Text,
    ),
    key(
        "cue",
        "\"breathe\" (the default) or \"brace\": hold the breath braced through the hard part and exhale at the top; not for anyone with high blood pressure or a heart condition.",
        Shape::Choice(CUES),
    ),
    key(
        "equipment",
        "What it is done with; optional where the exercise library knows the exercise. A barbell gets a plate calculator.",
        Shape::Choice(EQUIPMENT),
    ),
    key(
        "harder",
        "The harder variation to move on to once a bodyweight exercise with double progression reaches the top of its range on every set; said on the Ready screen.",
        Shape::Text,
    ),
    key(
        "progression",
        "How the load moves by itself: \"none\" (the default), \"double\" (top of the rep range on every set adds `increment`) or \"linear\" (every target hit adds `increment`).",
        Shape::Choice(PROGRESSIONS),
    ),
    key(
        "increment",
        "Load added when progressing, in the programme's units (default 2.5 kg or 5 lb); more than 0, at most 100.",
        Shape::Number { min: 0.0, above: true, max: Some(100.0), below: false, step: None },
    ),
    key(
        "deload_after",
        "Double or linear progression: failed sessions in a row before a deload (default 3; 0 never deloads); a session stopped early never counts.",
        Shape::Whole { min: 0, max: 20 },
    ),
    key(
        "deload",
        "Double or linear progression: the fraction of the load taken off by a deload, \"10%\" (the default) or 0.1.",
        Shape::AnyOf(&[
            Shape::Number { min: 0.0, above: true, max: Some(1.0), below: true, step: None },
            Shape::Pattern(DELOAD_PERCENT),
        ]),
    ),
];

/// The keys of a `[[day]]`.
pub const DAY: &[Key] = &[
    required(
        "name",
        "The day's name, different for every day; `liftpace run --day NAME` picks it.",
        Shape::Text,
    ),
    required(
        "exercise",
        "The day's exercises, in the order they are done.",
        Shape::Tables(EXERCISE),
    ),
];

/// The keys of a `[breathing.NAME]` pattern.
pub const BREATHING: &[Key] = &[
    required("inhale", "Seconds breathing in.", PHASE),
    key("hold", "Seconds held full after the inhale (default 0).", PHASE),
    required("exhale", "Seconds breathing out.", PHASE),
    key("hold_after", "Seconds held empty after the exhale (default 0).", PHASE),
    key(
        "end_rate",
        "Breaths a minute to pace at; the phases keep their proportions (default: as their seconds give).",
        RATE,
    ),
    key(
        "start_rate",
        "Breaths a minute to start at, easing to the pattern's own pace over `ramp` (with `ramp`).",
        RATE,
    ),
    key(
        "ramp",
        "How long the ease from `start_rate` takes: \"3m\", 90 (with `start_rate`).",
        SECONDS,
    ),
];

/// The keys of `[equipment]`.
pub const BARBELL: &[Key] = &[
    key(
        "bar",
        "The empty bar's weight in the programme's units, 0 to 100 (default 20 kg or 45 lb).",
        Shape::Number { min: 0.0, above: false, max: Some(100.0), below: false, step: None },
    ),
    key(
        "plates",
        "The plate sizes at hand, one entry per size (at most 20), e.g. [25, 20, 15, 10, 5, 2.5, 1.25].",
        Shape::List {
            item: &Shape::Number {
                min: 0.0,
                above: true,
                max: Some(100.0),
                below: false,
                step: None,
            },
            max: Some(MAX_PLATE_SIZES),
        },
    ),
    key(
        "dumbbell_step",
        "The step between your dumbbells (and between a pair's totals per hand), in the programme's units: loads of dumbbell exercises move to multiples of it (default 2 kg or 5 lb).",
        Shape::Number { min: 0.0, above: true, max: Some(10.0), below: false, step: None },
    ),
];

/// The defaults table: every exercise key marked `in_defaults`.
pub fn defaults() -> impl Iterator<Item = &'static Key> {
    EXERCISE.iter().filter(|k| k.in_defaults)
}

/// The keys at the top of a programme.
pub const TOP: &[Key] = &[
    required(
        "name",
        "The programme's name, shown on the home screen and saved with every set.",
        Shape::Text,
    ),
    key("description", "One line about the programme, shown under its name.", Shape::Text),
    key(
        "units",
        "The unit loads are written in: \"kg\" (the default) or \"lb\".",
        Shape::Choice(&["kg", "lb"]),
    ),
    key(
        "sessions_per_week",
        "How many workouts a week you mean to do, 1 to 14 (default 2).",
        Shape::Whole { min: 1, max: 14 },
    ),
    key(
        "defaults",
        "Values every exercise takes unless it sets its own; anything an exercise can set except `name` and `group`.",
        Shape::Defaults,
    ),
    required(
        "day",
        "The training days, done in turn: each a [[day]] with a name and [[day.exercise]] sections.",
        Shape::Tables(DAY),
    ),
    key(
        "breathing",
        "Breathing patterns of your own, as [breathing.NAME] with seconds for inhale, hold, exhale and hold_after.",
        Shape::Map(&Shape::Table(BREATHING)),
    ),
    key(
        "equipment",
        "The bar and plates at hand, for the plate calculator and rounding loads.",
        Shape::Table(BARBELL),
    ),
    key(
        "one_rep_max",
        "One-rep maxes by exercise name, in the programme's units, for percentage loads like \"75%\".",
        Shape::Map(&Shape::Number {
            min: 0.0,
            above: true,
            max: Some(1500.0),
            below: false,
            step: None,
        }),
    ),
];

/// Every table of fixed keys a programme may have, from the top down, each once.
pub fn tables() -> Vec<&'static [Key]> {
    fn walk(shape: &'static Shape, out: &mut Vec<&'static [Key]>) {
        match shape {
            Shape::Table(keys) | Shape::Tables(keys)
                if !out.iter().any(|k| std::ptr::eq(*k, *keys)) =>
            {
                out.push(keys);
                keys.iter().for_each(|k| walk(&k.shape, out));
            }
            Shape::AnyOf(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::List { item, .. } | Shape::Map(item) => walk(item, out),
            Shape::Defaults => walk(&Shape::Table(EXERCISE), out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&Shape::Table(TOP), &mut out);
    out
}

/// Whether `name` is a key of some table, for holding the readers to this file.
pub fn is_listed(name: &str) -> bool {
    static LISTED: std::sync::LazyLock<Vec<&str>> =
        std::sync::LazyLock::new(|| names(tables().into_iter().flatten()));
    LISTED.contains(&name)
}

/// The names of `keys`, for the unknown-key check and its "did you mean".
pub fn names<'k>(keys: impl IntoIterator<Item = &'k Key>) -> Vec<&'static str> {
    keys.into_iter().map(|k| k.name).collect()
}

/// The whole numbers `name` of `keys` allows; everything when it is not a whole-number key, so
/// a slip in the table can only loosen a check, never panic.
pub fn whole(keys: &[Key], name: &str) -> std::ops::RangeInclusive<i64> {
    match keys.iter().find(|k| k.name == name).map(|k| &k.shape) {
        Some(Shape::Whole { min, max }) => *min..=*max,
        _ => i64::MIN..=i64::MAX,
    }
}
