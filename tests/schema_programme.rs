//! The JSON Schema `liftpace schema` prints: every built-in programme validates against it, a
//! typo is rejected, its keys are exactly the keys the loader accepts (read back from the
//! loader's own "may have" hints), every key has a description, and on sample values the
//! schema and the loader agree.

use std::process::Command;

use liftpace::core::programme::builtin;
use liftpace::core::programme::load::{load, schema};
use serde_json::Value;

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&schema()).expect("the schema compiles")
}

fn as_json(toml_text: &str) -> Value {
    toml::from_str(toml_text).expect("valid TOML")
}

/// A valid one-exercise programme with `extra` added to the exercise.
fn exercise(extra: &str) -> String {
    format!("name = \"P\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Squat\"\n{extra}\n")
}

/// A valid programme with `extra` at the top level, before the days.
fn top(extra: &str) -> String {
    format!("name = \"P\"\n{extra}\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Squat\"\n")
}

/// Schema errors for `toml_text`, as text.
fn schema_errors(toml_text: &str) -> Vec<String> {
    validator().iter_errors(&as_json(toml_text)).map(|e| e.to_string()).collect()
}

#[test]
fn the_schema_is_valid_draft_07() {
    let s = schema();
    assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
    assert!(jsonschema::meta::is_valid(&s));
}

#[test]
fn every_built_in_programme_validates() {
    for b in builtin::ALL {
        let errors = schema_errors(b.text);
        assert!(errors.is_empty(), "{}: {errors:#?}", b.file);
    }
}

#[test]
fn a_programme_using_every_new_key_validates_and_loads() {
    let text = r#"name = "P"
units = "kg"
[equipment]
bar = 20
plates = [25, 20, 15, 10, 5, 2.5, 1.25]
dumbbell_step = 2.5
[one_rep_max]
"Bench press" = 80
[defaults]
progression = "double"
increment = 2.5
deload_after = 3
deload = "10%"
rpe = 8
[breathing.calm]
inhale = 4
exhale = 6
[[day]]
name = "A"
[[day.exercise]]
name = "Back squat"
load = 60
warmup = [ { reps = 8, load = "bar" }, { reps = 5, load = "50%" }, { reps = 3, load = 40 } ]
reps = 5
tempo = "21X0"
group = "A"
cue = "brace"
equipment = "barbell"
progression = "linear"
[[day.exercise]]
name = "Chin-up"
rir = 2
group = "A"
tempo = "3/1/1/0"
breathing = "calm"
[[day.exercise]]
name = "Bench press"
load = "75%"
reps = 8
progression = "none"
[[day.exercise]]
name = "Push-up"
harder = "Decline push-up"
"#;
    assert_eq!(schema_errors(text), Vec::<String>::new());
    let loaded = load(text, "t.toml").expect("loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn typos_are_rejected_wherever_they_are() {
    let cases = [
        top("titel = \"x\""),
        top("[defaults]\nsetz = 3"),
        top("[defaults]\ngroup = \"A\""),
        top("[equipment]\nbars = 20"),
        top("[breathing.calm]\ninhale = 4\nexhail = 6"),
        exercise("tempoo = \"3-1-1-0\""),
        exercise("warmup = [{ reps = 5, lode = \"bar\" }]"),
        "name = \"P\"\n[[day]]\nname = \"A\"\nexercises = 1\n[[day.exercise]]\nname = \"S\"\n"
            .into(),
    ];
    for text in cases {
        assert!(!schema_errors(&text).is_empty(), "the schema accepts:\n{text}");
        assert!(load(&text, "t.toml").is_err(), "the loader accepts:\n{text}");
    }
}

/// The keys the loader allows in a table, read from the hint of its unknown-key error ("an
/// exercise may have `a`, `b` or `c`").
fn loader_keys(text_with_unknown_key: &str) -> Vec<String> {
    let e = load(text_with_unknown_key, "t.toml").expect_err("an unknown key");
    let p = e
        .problems()
        .iter()
        .find(|p| p.message().starts_with("unknown key `zzz`"))
        .unwrap_or_else(|| panic!("no unknown-key error in {:?}", e.problems()));
    let list = p.hint().split(" may have ").nth(1).expect("a list of keys");
    let mut keys: Vec<String> =
        list.replace(" or ", ", ").split(", ").map(|k| k.trim_matches('`').to_string()).collect();
    keys.sort();
    keys
}

fn schema_keys(object: &Value) -> Vec<String> {
    let mut keys: Vec<String> =
        object["properties"].as_object().expect("properties").keys().cloned().collect();
    keys.sort();
    keys
}

#[test]
fn the_schema_has_exactly_the_keys_the_loader_accepts() {
    let s = schema();
    let props = &s["properties"];
    let day = &props["day"]["items"];
    let ex = &day["properties"]["exercise"]["items"];
    let cases: Vec<(&str, String, &Value)> = vec![
        ("top", top("zzz = 1"), &s),
        (
            "day",
            "name = \"P\"\n[[day]]\nname = \"A\"\nzzz = 1\n[[day.exercise]]\nname = \"S\"\n".into(),
            day,
        ),
        ("exercise", exercise("zzz = 1"), ex),
        (
            "warm-up",
            exercise("warmup = [{ reps = 1, load = 1, zzz = 1 }]"),
            &ex["properties"]["warmup"]["items"],
        ),
        (
            "breathing",
            top("[breathing.calm]\ninhale = 4\nexhale = 6\nzzz = 1"),
            &props["breathing"]["additionalProperties"],
        ),
        ("equipment", top("[equipment]\nzzz = 1"), &props["equipment"]),
        ("defaults", top("[defaults]\nzzz = 1"), &props["defaults"]),
    ];
    for (table, text, object) in cases {
        assert_eq!(loader_keys(&text), schema_keys(object), "{table}");
        assert_eq!(object["additionalProperties"], Value::Bool(false), "{table}");
    }
}

#[test]
fn every_documented_key_is_in_the_schema() {
    let s = schema();
    let ex = &s["properties"]["day"]["items"]["properties"]["exercise"]["items"];
    let documented = [
        "name",
        "load",
        "sets",
        "reps",
        "hold",
        "tempo",
        "rest",
        "breathing",
        "start",
        "per_side",
        "muscles",
        "notes",
        "warmup",
        "rpe",
        "rir",
        "group",
        "cue",
        "equipment",
        "progression",
        "increment",
        "deload_after",
        "deload",
        "harder",
    ];
    let mut documented: Vec<String> = documented.iter().map(|k| k.to_string()).collect();
    documented.sort();
    assert_eq!(schema_keys(ex), documented);
    let top = [
        "name",
        "description",
        "units",
        "sessions_per_week",
        "defaults",
        "day",
        "breathing",
        "equipment",
        "one_rep_max",
    ];
    let mut top: Vec<String> = top.iter().map(|k| k.to_string()).collect();
    top.sort();
    assert_eq!(schema_keys(&s), top);
}

/// Every property of every object in the schema, with its path.
fn properties<'v>(path: String, node: &'v Value, out: &mut Vec<(String, &'v Value)>) {
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        for (key, value) in props {
            out.push((format!("{path}.{key}"), value));
            properties(format!("{path}.{key}"), value, out);
        }
    }
    for nested in ["items", "additionalProperties"] {
        if let Some(inner) = node.get(nested).filter(|v| v.is_object()) {
            properties(path.clone(), inner, out);
        }
    }
    for alternative in node.get("anyOf").and_then(Value::as_array).into_iter().flatten() {
        properties(path.clone(), alternative, out);
    }
}

#[test]
fn every_key_has_a_one_sentence_description() {
    let s = schema();
    let mut all = Vec::new();
    properties(String::new(), &s, &mut all);
    assert!(all.len() > 40, "{}", all.len());
    for (path, property) in all {
        let about = property["description"].as_str().unwrap_or_else(|| panic!("{path}"));
        assert!(about.len() > 10 && about.ends_with('.'), "{path}: {about:?}");
    }
}

#[test]
fn on_sample_values_the_schema_and_the_loader_agree() {
    let samples = [
        "tempo = \"3-1-X-0\"",
        "tempo = \"31X0\"",
        "tempo = \"3/1/x/0\"",
        "tempo = \"10-1-1-0\"",
        "tempo = \"10110\"",
        "tempo = \"3.1.1.0\"",
        "tempo = \"X-1-1-0\"",
        "tempo = \"3-1-1\"",
        "load = 20",
        "load = \"75%\"",
        "load = \"72.5 %\"",
        "load = \"Bodyweight\"",
        "load = \"heavy\"",
        "load = -1",
        "load = \"0%\"",
        "load = \"0.0%\"",
        "load = \"0.5%\"",
        "load = \"100%\"",
        "load = \"100.5%\"",
        "load = \"101%\"",
        "reps = \"8-12\"",
        "reps = \"MAX\"",
        "reps = 0",
        "rest = \"1m30s\"",
        "rest = 90",
        "rest = \"soon\"",
        "rpe = 8.5",
        "rpe = 7.3",
        "rpe = 11",
        "rir = 10",
        "rir = 11",
        "sets = 100",
        "sets = 101",
        "cue = \"brace\"",
        "cue = \"brase\"",
        "equipment = \"kettlebell\"",
        "equipment = \"bench\"",
        "increment = 100",
        "increment = 100.5",
        "increment = 0",
        "deload = \"10%\"",
        "deload = \"100%\"",
        "deload = \"0%\"",
        "deload = 0.1",
        "deload = 1",
        "deload_after = 0",
        "deload_after = 21",
        "muscles = [\"legs\"]",
        "muscles = [\"neck\"]",
        "warmup = [{ reps = 5, load = \"bar\" }]",
        "warmup = [{ reps = 5, load = \"BAR\" }]",
        "warmup = [{ reps = 5, load = \"50%\" }]",
        "warmup = [{ reps = 101, load = 20 }]",
        "warmup = [{ reps = 5 }]",
        "start = \"concentric\"",
        "start = \"up\"",
        "per_side = true",
        "group = \"A\"",
    ];
    let disagreements: Vec<String> = samples
        .iter()
        .filter_map(|sample| {
            let text = exercise(sample);
            let by_schema = schema_errors(&text).is_empty();
            let by_loader = load(&text, "t.toml").is_ok();
            (by_schema != by_loader)
                .then(|| format!("{sample}: schema {by_schema}, loader {by_loader}"))
        })
        .collect();
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}

#[test]
fn liftpace_schema_prints_the_same_schema() {
    let out = Command::new(env!("CARGO_BIN_EXE_liftpace")).arg("schema").output().expect("runs");
    assert!(out.status.success());
    let printed: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(printed, schema());
}

#[test]
fn the_schema_enums_are_the_models_own_lists() {
    use liftpace::core::library::Equipment;
    use liftpace::core::programme::Muscle;
    let s = schema();
    let ex = &s["properties"]["day"]["items"]["properties"]["exercise"]["items"]["properties"];
    let muscles: Vec<&str> = Muscle::ALL.iter().map(|m| m.as_str()).collect();
    assert_eq!(ex["muscles"]["items"]["enum"], serde_json::json!(muscles));
    let kinds: Vec<&str> = Equipment::ALL.iter().map(|e| e.as_str()).collect();
    assert_eq!(ex["equipment"]["enum"], serde_json::json!(kinds));
}
