//! Every error the contract lists, each pinned to its message and the exact `line:col` its
//! span points at, and rendered once to check the report names `origin:line:col`.

use liftpace::core::programme::load::{LoadError, load, render};

const ORIGIN: &str = "my/programme.toml";

/// A valid programme whose one exercise gets `extra` on line 6.
fn exercise(extra: &str) -> String {
    format!("name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Squat\"\n{extra}\n")
}

/// A valid programme with `extra` on line 2, at the top level.
fn top(extra: &str) -> String {
    format!("name = \"P\"\n{extra}\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Squat\"\n")
}

/// A valid programme followed by `extra` from line 5 on.
fn after(extra: &str) -> String {
    format!("name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Squat\"\n{extra}\n")
}

fn error(text: &str) -> LoadError {
    match load(text, ORIGIN) {
        Ok(_) => panic!("loaded, but should not have:\n{text}"),
        Err(e) => e,
    }
}

#[test]
fn every_error_names_its_place_and_what_would_be_valid() {
    #[rustfmt::skip]
    let table: Vec<(&str, String, &str, (usize, usize))> = vec![
        ("no name", "[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"S\"\n".into(), "the programme has no `name`", (1, 1)),
        ("empty name", "name = \" \"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"S\"\n".into(), "`name` is empty", (1, 8)),
        ("name not text", "name = 3\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"S\"\n".into(), "`name` must be a string, not a whole number", (1, 8)),
        ("no days", "name = \"P\"\n".into(), "the programme has no days", (1, 1)),
        ("empty day list", top("day = []").replace("[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Squat\"\n", ""), "the programme has no days", (2, 7)),
        ("day as one table", "name = \"P\"\n[day]\nname = \"A\"\n".into(), "`day` must be a list of `[[day]]` sections, not a table", (2, 1)),
        ("day without exercises", "name = \"P\"\n[[day]]\nname = \"A\"\n".into(), "a day has no exercises", (2, 1)),
        ("day without name", "name = \"P\"\n[[day]]\n[[day.exercise]]\nname = \"S\"\n".into(), "a day has no `name`", (2, 1)),
        ("duplicate day", after("[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Lunge\""), "two days are called \"A\"", (7, 8)),
        ("exercise without name", exercise("").replace("name = \"Squat\"\n", "sets = 2\n"), "an exercise has no `name`", (4, 1)),
        ("zero sets", exercise("sets = 0"), "`sets` must be at least 1, not 0", (6, 8)),
        ("absurd sets", exercise("sets = 101"), "`sets` of 101 is absurd: at most 100", (6, 8)),
        ("sets as text", exercise("sets = \"3\""), "`sets` must be a whole number, not a string", (6, 8)),
        ("huge sets", exercise("sets = 99999999999999999999"), "`sets` of 9223372036854775807 is absurd", (6, 8)),
        ("reversed range", exercise("reps = \"12-8\""), "the range \"12-8\" is reversed: 12 is more than 8", (6, 8)),
        ("range with zero", exercise("reps = \"0-8\""), "`reps` must be at least 1", (6, 8)),
        ("zero reps", exercise("reps = 0"), "`reps` must be at least 1", (6, 8)),
        ("negative reps", exercise("reps = -3"), "`reps` cannot be negative", (6, 8)),
        ("absurd reps", exercise("reps = 1001"), "`reps` of more than 1000 is absurd", (6, 8)),
        ("absurd range", exercise("reps = \"10-5000\""), "`reps` of more than 1000 is absurd", (6, 8)),
        ("reps not a target", exercise("reps = \"lots\""), "`reps` of \"lots\" is not a number, a range or \"max\"", (6, 8)),
        ("tempo of three parts", exercise("tempo = \"3-1-1\""), "a tempo has four parts, \"3-1-1\" has 3", (6, 9)),
        ("tempo all zero", exercise("tempo = \"0-0-0-0\""), "a tempo of all zeros cannot be paced", (6, 9)),
        ("tempo not numbers", exercise("tempo = \"3-a-1-0\""), "tempo part \"a\" is not a whole number of seconds", (6, 9)),
        ("tempo fraction", exercise("tempo = \"1.5-0-1-0\""), "tempo part \"1.5\" is not a whole number of seconds", (6, 9)),
        ("X lowering", exercise("tempo = \"X-1-1-0\""), "`X` (explosive) only fits the lifting part, the third; not part 1", (6, 9)),
        ("tempo hour", exercise("tempo = \"3600-0-1-0\""), "a tempo phase of 3600 s is absurd: an hour or more", (6, 9)),
        ("tempo as number", exercise("tempo = 3110"), "`tempo` must be a string like \"3-1-1-0\", not a whole number", (6, 9)),
        ("negative load", exercise("load = -5"), "`load` cannot be negative", (6, 8)),
        ("load word", exercise("load = \"heavy\""), "`load` of \"heavy\" is not a weight", (6, 8)),
        ("load infinite", exercise("load = inf"), "`load` must be a real number", (6, 8)),
        ("unknown units", top("units = \"stone\""), "unknown units \"stone\"", (2, 9)),
        ("sessions zero", top("sessions_per_week = 0"), "`sessions_per_week` must be at least 1, not 0", (2, 21)),
        ("sessions absurd", top("sessions_per_week = 15"), "`sessions_per_week` of 15 is absurd: at most 14", (2, 21)),
        ("unknown pattern", exercise("breathing = \"calmm\""), "there is no breathing pattern called \"calmm\"", (6, 13)),
        ("unknown muscle", exercise("muscles = [\"legs\", \"neck\"]"), "\"neck\" is not a muscle group", (6, 20)),
        ("muscles not a list", exercise("muscles = \"legs\""), "`muscles` must be a list like [\"legs\", \"hips\"], not a string", (6, 11)),
        ("reps and hold", exercise("reps = 10\nhold = \"30s\""), "an exercise has both `reps` and `hold`", (7, 8)),
        ("hold and reps in defaults", top("[defaults]\nhold = 30\nreps = 8"), "`[defaults]` has both `reps` and `hold`", (4, 8)),
        ("hour hold", exercise("hold = \"60m\""), "a `hold` of an hour or more is absurd", (6, 8)),
        ("zero hold", exercise("hold = 0"), "a `hold` must last at least a second", (6, 8)),
        ("rest over an hour", exercise("rest = \"60m1s\""), "`rest` of more than an hour is absurd", (6, 8)),
        ("rest not a time", exercise("rest = \"soon\""), "`rest` of \"soon\" is not a length of time", (6, 8)),
        ("negative rest", exercise("rest = -1"), "`rest` cannot be negative", (6, 8)),
        ("start", exercise("start = \"up\""), "`start` must be \"eccentric\" or \"concentric\", not \"up\"", (6, 9)),
        ("per_side text", exercise("per_side = \"yes\""), "`per_side` must be true or false, not a string", (6, 12)),
        ("pattern without time", after("[breathing.still]\ninhale = 0\nexhale = 0"), "`[breathing.still]` has no time in it", (6, 1)),
        ("pattern without exhale", after("[breathing.half]\ninhale = 4"), "`[breathing.half]` has no `exhale`", (6, 1)),
        ("pattern hour", after("[breathing.slow]\ninhale = 3600\nexhale = 4"), "a breathing phase of an hour or more is absurd (`inhale`)", (7, 10)),
        ("pattern negative", after("[breathing.odd]\ninhale = 4\nexhale = -4"), "`exhale` cannot be negative", (8, 10)),
        ("pattern shadows built-in", after("[breathing.box]\ninhale = 4\nexhale = 4"), "the pattern `box` would hide the built-in one of that name", (6, 12)),
        ("unknown key", exercise("tempoo = \"3-1-1-0\""), "unknown key `tempoo` in an exercise", (6, 1)),
        ("unknown top key", top("title = \"x\""), "unknown key `title` in the top level", (2, 1)),
        ("unknown day key", "name = \"P\"\n[[day]]\nname = \"A\"\nexercises = 1\n[[day.exercise]]\nname = \"S\"\n".into(), "unknown key `exercises` in a day", (4, 1)),
        ("escaped control in name", "name = \"red\\u001b[31m\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"S\"\n".into(), "`name` contains the control character U+001B", (1, 8)),
        ("line break in notes", exercise("notes = \"\"\"one\ntwo\"\"\""), "`notes` contains the control character U+000A", (6, 9)),
        ("tab in a day name", "name = \"P\"\n[[day]]\nname = \"A\tB\"\n[[day.exercise]]\nname = \"S\"\n".into(), "`name` contains the control character U+0009", (3, 8)),
        ("control in a key", exercise("\"t\\u0007\" = 1"), "a key contains the control character U+0007", (6, 1)),
        ("raw control in a comment", exercise("# bell \u{7}"), "the file contains the control character U+0007", (6, 8)),
        ("syntax", "name = \"P\n".into(), "this is not valid TOML", (1, 10)),
        ("tempo without separators", exercise("tempo = \"10110\""), "a tempo without separators has four figures, one a phase; \"10110\" has 5", (6, 9)),
        ("tempo mixed separators", exercise("tempo = \"3-1/1-0\""), "the tempo \"3-1/1-0\" mixes `-` and `/`", (6, 9)),
        ("tempo in no form", exercise("tempo = \"3.1.1.0\""), "\"3.1.1.0\" is not a tempo", (6, 9)),
        ("tempo slashes of three", exercise("tempo = \"3/1/1\""), "a tempo has four parts, \"3/1/1\" has 3", (6, 9)),
        ("compact X lowering", exercise("tempo = \"x110\""), "`X` (explosive) only fits the lifting part, the third; not part 1", (6, 9)),
        ("zero percent", exercise("load = \"0%\""), "`load` must be more than 0%", (6, 8)),
        ("over 100 percent", exercise("load = \"150%\""), "`load` of 150% is absurd: at most 100%", (6, 8)),
        ("warm-up zero reps", exercise("warmup = [{ reps = 0, load = \"bar\" }]"), "`reps` must be at least 1, not 0", (6, 20)),
        ("warm-up absurd reps", exercise("warmup = [{ reps = 101, load = \"bar\" }]"), "`reps` of 101 is absurd: at most 100", (6, 20)),
        ("warm-up over 100 percent", exercise("warmup = [{ reps = 5, load = \"120%\" }]"), "`load` of 120% is absurd: at most 100%", (6, 30)),
        ("warm-up negative load", exercise("warmup = [{ reps = 5, load = -20 }]"), "`load` cannot be negative", (6, 30)),
        ("warm-up load word", exercise("warmup = [{ reps = 5, load = \"light\" }]"), "a warm-up `load` of \"light\" is not a load", (6, 30)),
        ("warm-up without load", exercise("warmup = [{ reps = 5 }]"), "a warm-up set has no `load`", (6, 11)),
        ("warm-up unknown key", exercise("warmup = [{ reps = 5, load = \"bar\", sets = 2 }]"), "unknown key `sets` in a warm-up set", (6, 37)),
        ("warm-up not a list", exercise("warmup = 5"), "`warmup` must be a list", (6, 10)),
        ("too many warm-ups", exercise(&format!("warmup = [{}]", ["{ reps = 1, load = \"bar\" }"; 11].join(", "))), "11 warm-up sets is absurd: at most 10", (6, 10)),
        ("rpe over 10", exercise("rpe = 11"), "`rpe` of 11 is outside 1 to 10", (6, 7)),
        ("rpe under 1", exercise("rpe = 0.5"), "`rpe` of 0.5 is outside 1 to 10", (6, 7)),
        ("rpe not in halves", exercise("rpe = 7.3"), "`rpe` of 7.3 is finer than half a point", (6, 7)),
        ("rpe as text", exercise("rpe = \"8\""), "`rpe` must be a number, not a string", (6, 7)),
        ("rir absurd", exercise("rir = 11"), "`rir` of 11 is absurd: at most 10", (6, 7)),
        ("rir negative", exercise("rir = -1"), "`rir` must be at least 0, not -1", (6, 7)),
        ("rpe and rir", exercise("rpe = 8\nrir = 2"), "an exercise has both `rpe` and `rir`", (7, 7)),
        ("rpe and rir in defaults", top("[defaults]\nrir = 2\nrpe = 8"), "`[defaults]` has both `rpe` and `rir`", (4, 7)),
        ("group in defaults", top("[defaults]\ngroup = \"A\""), "`group` cannot be a default: a default group would make every day one circuit", (3, 9)),
        ("empty group", exercise("group = \" \""), "`group` is empty", (6, 9)),
        ("group split", after("group = \"A\"\n[[day.exercise]]\nname = \"Plank\"\n[[day.exercise]]\nname = \"Lunge\"\ngroup = \"A\""), "the exercises of group \"A\" are not next to each other", (11, 9)),
        ("unknown cue", exercise("cue = \"brase\""), "`cue` must be \"breathe\" or \"brace\", not \"brase\"", (6, 7)),
        ("unknown equipment", exercise("equipment = \"bench\""), "`equipment` must be \"barbell\", \"dumbbell\"", (6, 13)),
        ("unknown progression", exercise("progression = \"wave\""), "`progression` must be \"none\", \"double\" or \"linear\", not \"wave\"", (6, 15)),
        ("zero increment", exercise("increment = 0"), "`increment` must be more than 0", (6, 13)),
        ("absurd increment", exercise("increment = 150"), "`increment` of 150 is absurd: at most 100", (6, 13)),
        ("increment as text", exercise("increment = \"2.5kg\""), "`increment` must be a number, not a string", (6, 13)),
        ("deload of everything", exercise("deload = \"100%\""), "`deload` must take off more than nothing and less than everything", (6, 10)),
        ("deload fraction of everything", exercise("deload = 1"), "`deload` must take off more than nothing and less than everything", (6, 10)),
        ("deload word", exercise("deload = \"some\""), "`deload` of \"some\" is not a percentage", (6, 10)),
        ("absurd deload_after", exercise("deload_after = 21"), "`deload_after` of 21 is absurd: at most 20", (6, 16)),
        ("negative bar", after("[equipment]\nbar = -1"), "`bar` cannot be negative", (7, 7)),
        ("absurd bar", after("[equipment]\nbar = 150"), "a `bar` of 150 is absurd: at most 100", (7, 7)),
        ("zero plate", after("[equipment]\nplates = [20, 0]"), "a plate must weigh more than 0", (7, 15)),
        ("absurd plate", after("[equipment]\nplates = [200]"), "a plate heavier than 100 is absurd", (7, 11)),
        ("no plates", after("[equipment]\nplates = []"), "`plates` is empty", (7, 10)),
        ("plates not a list", after("[equipment]\nplates = 20"), "`plates` must be a list of plate sizes, not a whole number", (7, 10)),
        ("unknown equipment key", after("[equipment]\nbars = 20"), "unknown key `bars` in `[equipment]`", (7, 1)),
        ("zero one-rep max", after("[one_rep_max]\nSquat = 0"), "the one-rep max of \"Squat\" must be more than 0", (7, 9)),
        ("absurd one-rep max", after("[one_rep_max]\nSquat = 5000"), "a one-rep max of 5000 is absurd: at most 1500", (7, 9)),
        ("one-rep max as text", after("[one_rep_max]\nSquat = \"100\""), "`Squat` must be a number, not a string", (7, 9)),
        ("two maxes for one exercise", after("[one_rep_max]\nSquat = 100\n\"back squat\" = 110"), "two one-rep maxes for \"Squat\"", (8, 1)),
    ];
    let failures: Vec<String> = table
        .into_iter()
        .filter_map(|(case, text, message, place)| {
            check(&text, message, place).err().map(|why| format!("{case}: {why}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// One error, starting with `message`, at `line:col`, with a hint, rendered with its place.
fn check(text: &str, message: &str, (line, col): (usize, usize)) -> Result<(), String> {
    let e = error(text);
    let [p] = e.problems() else {
        return Err(format!(
            "want one error, got {:#?}",
            e.problems().iter().map(|p| p.message()).collect::<Vec<_>>()
        ));
    };
    if !p.message().starts_with(message) {
        return Err(format!("{:?} does not start with {message:?}", p.message()));
    }
    if p.line_col() != (line, col) {
        return Err(format!("at {:?}, not {:?}: {}", p.line_col(), (line, col), p.message()));
    }
    if p.hint().is_empty() || p.label().is_empty() || e.to_string() != p.message() {
        return Err(format!("no hint or label, or Display is not the sentence: {e}"));
    }
    let report = render(&e, false);
    if !report.contains(&format!("{ORIGIN}:{line}:{col}")) || !report.contains(p.label()) {
        return Err(format!("report lacks its place or label:\n{report}"));
    }
    Ok(())
}

#[test]
fn duplicate_day_names_point_back_at_the_first() {
    let e = error(&after("[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Lunge\""));
    assert!(e.problems()[0].hint().contains("line 3"), "{}", e.problems()[0].hint());
}

#[test]
fn did_you_mean_is_offered_when_something_is_close() {
    let cases = [
        (exercise("tempoo = \"3-1-1-0\""), "did you mean `tempo`?"),
        (exercise("breath = \"box\""), "did you mean `breathing`?"),
        (top("unit = \"kg\""), "did you mean `units`?"),
        (top("units = \"lbs\""), "did you mean \"lb\"?"),
        (exercise("breathing = \"resonant\""), "did you mean `resonance`?"),
        (
            after("[breathing.calm]\ninhale = 4\nexhale = 6\n[defaults]\nbreathing = \"clam\""),
            "did you mean `calm`?",
        ),
        (exercise("muscles = [\"shoulder\"]"), "did you mean `shoulders`?"),
        (exercise("muscles = [\"glutes\"]"), "glutes count as `hips`"),
        (exercise("start = \"concentrc\""), "did you mean \"concentric\"?"),
        (exercise("load = \"bodyweigth\""), "did you mean \"bodyweight\"?"),
        (after("[breathing.calm]\ninhal = 4\nexhale = 6"), "did you mean `inhale`?"),
        (exercise("warmups = []"), "did you mean `warmup`?"),
        (exercise("deload_afer = 2"), "did you mean `deload_after`?"),
        (exercise("progresion = \"double\""), "did you mean `progression`?"),
        (exercise("increment_kg = 2.5"), "did you mean `increment`?"),
        (exercise("cue = \"brase\""), "did you mean \"brace\"?"),
        (exercise("progression = \"linar\""), "did you mean \"linear\"?"),
        (exercise("equipment = \"dumbell\""), "did you mean \"dumbbell\"?"),
        (after("[equipment]\nplate = [20]"), "did you mean `plates`?"),
        (exercise("warmup = [{ rep = 5, load = \"bar\" }]"), "did you mean `reps`?"),
        (top("one_rep_maxes = 3"), "did you mean `one_rep_max`?"),
    ];
    for (text, want) in cases {
        let e = error(&text);
        let hints: Vec<&str> = e.problems().iter().map(|p| p.hint()).collect();
        assert!(hints.iter().any(|h| h.contains(want)), "{want:?} not in {hints:#?}");
    }
}

#[test]
fn with_nothing_close_the_valid_choices_are_listed() {
    let e = error(&exercise("colour = \"red\""));
    let hint = e.problems()[0].hint();
    assert!(!hint.contains("did you mean"), "{hint}");
    assert!(
        hint.contains("`tempo`") && hint.contains("`per_side`") && hint.contains("`name`"),
        "{hint}"
    );
    let e = error(&exercise("breathing = \"zen\""));
    let hint = e.problems()[0].hint();
    for name in ["resonance", "box", "sigh", "4-7-8", "none"] {
        assert!(hint.contains(&format!("`{name}`")), "{hint}");
    }
    let e = error(&exercise("muscles = [\"neck\"]"));
    let hint = e.problems()[0].hint();
    for group in ["legs", "hips", "back", "abdomen", "chest", "shoulders", "arms"] {
        assert!(hint.contains(&format!("`{group}`")), "{hint}");
    }
}

#[test]
fn every_error_is_reported_at_once_in_file_order() {
    let text = "name = \"P\"\nunits = \"st\"\n[defaults]\nsets = 0\n[[day]]\nname = \"A\"\n\
                [[day.exercise]]\nname = \"S\"\nreps = \"9-3\"\nzzz = 1\n";
    let e = error(text);
    let places: Vec<(usize, usize)> = e.problems().iter().map(|p| p.line_col()).collect();
    assert_eq!(places, [(2, 9), (4, 8), (9, 8), (10, 1)]);
    assert!(e.to_string().ends_with("(and 3 more errors)"), "{e}");
    let report = render(&e, false);
    for (line, col) in places {
        assert!(report.contains(&format!("{ORIGIN}:{line}:{col}")), "{report}");
    }
}
