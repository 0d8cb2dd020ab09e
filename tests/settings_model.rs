//! The settings model without the binary: every key read from a file and from the
//! environment, every kind of error with its place, the precedence of the layers, the
//! commented file `config --init` writes, the schema, and `resonance_rate` saved by code.

use std::time::Duration;

use liftpace::core::programme::Units;
use liftpace::core::programme::load::render;
use liftpace::settings::layers::{self, Origin, Setting};
use liftpace::settings::{
    Checkin, Flags, Settings, Sound, ThemeChoice, file, keys, resolve, shown,
};

fn read(text: &str) -> Settings {
    let layer =
        layers::file(text, "config.toml").unwrap_or_else(|e| panic!("{}", render(&e, false)));
    resolve(&[layer]).settings
}

fn error(text: &str) -> String {
    let e = layers::file(text, "config.toml").expect_err(text);
    render(&e, false)
}

fn env(vars: &[(&str, &str)]) -> (layers::Layer, Vec<String>) {
    let (layer, errors) = layers::environment(|name| {
        vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    });
    (layer, errors.iter().map(|e| render(e, false)).collect())
}

#[test]
fn every_key_is_read_from_the_file() {
    let s = read(
        r#"
units = "lb"
countdown = 0
brace = false
sound = "tones"
notify = true
title = false
theme = "high-contrast"
rest_breathing = "box"
resonance_rate = 6.2
checkin = "both"
device = "gym-laptop_2"

[bar]
kg = 15
lb = 35

[plates]
kg = [20, 10, 5, 2.5]
lb = [45, 25, 10]
"#,
    );
    assert_eq!(s.units, Units::Lb);
    assert_eq!(s.countdown, Duration::ZERO);
    assert!(!s.brace);
    assert!(!s.session().brace, "the workout is told: no set is braced");
    assert_eq!(s.sound, Sound::Tones);
    assert!(s.notify);
    assert!(!s.title);
    assert_eq!(s.theme, ThemeChoice::HighContrast);
    assert_eq!(s.rest_breathing, "box");
    assert_eq!(s.resonance_rate, 6.2);
    assert_eq!(s.checkin, Checkin::Both);
    assert_eq!(s.device.as_deref(), Some("gym-laptop_2"));
    assert_eq!(s.barbell(Units::Kg).bar, 15.0);
    assert_eq!(s.barbell(Units::Lb).bar, 35.0);
    assert_eq!(s.barbell(Units::Kg).plates, vec![20.0, 10.0, 5.0, 2.5]);
    assert_eq!(s.barbell(Units::Lb).plates, vec![45.0, 25.0, 10.0]);
    assert_eq!(s.session().countdown, Duration::ZERO, "the session gets the countdown");
}

#[test]
fn an_empty_file_or_a_half_table_changes_only_what_it_says() {
    assert_eq!(read(""), Settings::default());
    assert_eq!(read("# nothing but a comment\n"), Settings::default());
    let s = read("[bar]\nkg = 10\n");
    assert_eq!(s.barbell(Units::Kg).bar, 10.0);
    assert_eq!(s.barbell(Units::Kg).plates, Settings::default().barbell(Units::Kg).plates);
    assert_eq!(s.barbell(Units::Lb), Settings::default().barbell(Units::Lb));
}

#[test]
fn unknown_keys_are_errors_with_did_you_mean_and_their_place() {
    let report = error("theme = \"dark\"\ncountdwn = 5\n");
    assert!(report.contains("unknown key `countdwn` in the settings"), "{report}");
    assert!(report.contains("config.toml:2:1"), "{report}");
    assert!(report.contains("did you mean `countdown`?"), "{report}");
    let report = error("[bar]\nkgs = 15\n");
    assert!(report.contains("unknown key `kgs` in `[bar]`"), "{report}");
    assert!(report.contains("did you mean `kg`?"), "{report}");
    assert!(report.contains("config.toml:2:1"), "{report}");
}

#[test]
fn every_bad_value_is_an_error_at_its_value_saying_what_would_do() {
    let cases: &[(&str, &str)] = &[
        ("units = \"kgs\"", "did you mean \"kg\"?"),
        ("countdown = 61", "`countdown` of 61 is absurd: at most 60"),
        ("countdown = -1", "`countdown` must be at least 0"),
        ("countdown = \"3\"", "`countdown` must be a whole number, not a string"),
        ("brace = \"yes\"", "`brace` must be true or false"),
        ("sound = \"beep\"", "`sound` must be \"bell\", \"tones\" or \"off\""),
        ("notify = 1", "`notify` must be true or false"),
        ("title = \"on\"", "`title` must be true or false"),
        ("theme = \"ligth\"", "did you mean \"light\"?"),
        ("rest_breathing = \"boxx\"", "did you mean \"box\"?"),
        ("resonance_rate = 12", "outside 3 to 10"),
        ("resonance_rate = \"6\"", "`resonance_rate` must be a number"),
        ("checkin = \"before\"", "`checkin` must be \"after\", \"both\" or \"off\""),
        ("device = \"my laptop\"", "cannot name a file"),
        ("device = \"../x\"", "cannot name a file"),
        ("bar = 20", "`bar` must be a table"),
        ("[bar]\nkg = -5", "`bar` cannot be negative"),
        ("[plates]\nkg = []", "`plates` is empty"),
        ("[plates]\nlb = [45, 0]", "a plate must weigh more than 0"),
        ("theme = dark", "this is not valid TOML"),
        ("theme = \"da\u{1b}rk\"", "control character"),
    ];
    for (text, expected) in cases {
        let report = error(text);
        assert!(report.contains(expected), "{text}: wanted {expected:?} in\n{report}");
        assert!(report.contains("config.toml:"), "{text}: no place in\n{report}");
    }
    let report = error("countdown = 99\n");
    assert!(report.contains("config.toml:1:13"), "points at the value: {report}");
}

#[test]
fn every_error_in_the_file_is_reported_at_once() {
    let e = layers::file("theme = \"x\"\nsound = \"y\"\nnope = 1\n", "c.toml").unwrap_err();
    assert_eq!(e.problems().len(), 3);
}

#[test]
fn the_environment_sets_every_top_level_key_and_reports_bad_values_like_the_file() {
    let (layer, errors) = env(&[
        ("LIFTPACE_THEME", "light"),
        ("LIFTPACE_COUNTDOWN", "7"),
        ("LIFTPACE_NOTIFY", "true"),
        ("LIFTPACE_RESONANCE_RATE", "6"),
        ("LIFTPACE_DEVICE", "desk"),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    let s = resolve(std::slice::from_ref(&layer)).settings;
    assert_eq!(s.theme, ThemeChoice::Light);
    assert_eq!(s.countdown, Duration::from_secs(7));
    assert!(s.notify);
    assert_eq!(s.resonance_rate, 6.0);
    assert_eq!(s.device.as_deref(), Some("desk"));
    assert!(layer.0.iter().all(|(_, o)| matches!(o, Origin::Environment(_))));

    let (layer, errors) = env(&[("LIFTPACE_THEME", "blue"), ("LIFTPACE_COUNTDOWN", "five")]);
    assert!(layer.0.is_empty(), "bad values are left out");
    assert_eq!(errors.len(), 2);
    assert!(errors[0].contains("`LIFTPACE_COUNTDOWN` must be a whole number"), "{}", errors[0]);
    assert!(errors[0].contains("environment:1:"), "{}", errors[0]);
    assert!(errors[1].contains("LIFTPACE_THEME = \"blue\""), "shows the variable: {}", errors[1]);
    assert_eq!(keys::env_var("bar"), None, "tables have no variable");
    assert_eq!(keys::env_var("resonance_rate").as_deref(), Some("LIFTPACE_RESONANCE_RATE"));
}

#[test]
fn flags_beat_the_environment_which_beats_the_file_which_beats_the_default() {
    let file =
        layers::file("theme = \"dark\"\ncountdown = 5\nsound = \"off\"\n", "c.toml").unwrap();
    let (env, _) = env(&[("LIFTPACE_THEME", "light"), ("LIFTPACE_COUNTDOWN", "8")]);
    let flags = Flags { theme: Some(ThemeChoice::HighContrast), countdown: None }.layer();
    let r = resolve(&[file.clone(), env.clone(), flags]);
    assert_eq!(r.settings.theme, ThemeChoice::HighContrast);
    assert_eq!(r.origin("theme"), Origin::Flag("--theme"));
    assert_eq!(r.settings.countdown, Duration::from_secs(8));
    assert_eq!(r.origin("countdown"), Origin::Environment("LIFTPACE_COUNTDOWN".into()));
    assert_eq!(r.settings.sound, Sound::Off);
    assert_eq!(r.origin("sound"), Origin::File { path: "c.toml".into(), line: 3 });
    assert_eq!(r.settings.checkin, Checkin::After);
    assert_eq!(r.origin("checkin"), Origin::Default);

    let countdown_flag = Flags { theme: None, countdown: Some(0) }.layer();
    let r = resolve(&[file, env, countdown_flag]);
    assert_eq!(
        (r.settings.countdown, r.origin("countdown")),
        (Duration::ZERO, Origin::Flag("--countdown"))
    );
}

#[test]
fn the_listing_names_every_key_its_value_and_origin() {
    let file = layers::file("[plates]\nkg = [20, 1.25]\n", "c.toml").unwrap();
    let lines = shown::listing(&resolve(&[file]));
    assert_eq!(lines.len(), keys::paths().len());
    let plates = lines.iter().find(|l| l.starts_with("plates.kg")).unwrap();
    assert!(plates.contains("[20, 1.25]") && plates.ends_with("file c.toml:2"), "{plates}");
    let device = lines.iter().find(|l| l.starts_with("device")).unwrap();
    assert!(device.contains("unset") && device.ends_with("default"), "{device}");
}

#[test]
fn the_init_file_is_all_comments_and_uncommented_gives_the_defaults() {
    let text = shown::template();
    assert_eq!(read(&text), Settings::default(), "commented out, it changes nothing");
    for key in keys::TOP {
        assert!(text.contains(key.about.split_whitespace().next().unwrap()), "{}", key.name);
    }
    let uncommented: String = text
        .lines()
        .filter_map(|l| l.strip_prefix("# "))
        .filter(|l| {
            l.split_once(" = ").is_some_and(|(k, _)| !k.contains(' ')) || l.starts_with('[')
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let expected = Settings { device: Some("gym-laptop".into()), ..Settings::default() };
    assert_eq!(read(&uncommented), expected, "every example line is valid:\n{uncommented}");
}

#[test]
fn init_writes_once_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("new-folder");
    let path = file::init(&config).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), shown::template());
    std::fs::write(&path, "theme = \"light\" # mine\n").unwrap();
    let err = file::init(&config).unwrap_err();
    assert!(err.contains("already exists") && err.contains("never overwrites"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "theme = \"light\" # mine\n");
    let leftovers: Vec<_> = std::fs::read_dir(&config).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
}

#[test]
fn resonance_rate_is_saved_keeping_every_comment_and_other_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = file::set_resonance_rate(dir.path(), 6.0).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "resonance_rate = 6\n");

    let mine = "# my settings\ntheme = \"light\"  # bright gym\nresonance_rate = 6 # found in May\n\n# home bar\n[bar]\nkg = 15\n";
    std::fs::write(&path, mine).unwrap();
    file::set_resonance_rate(dir.path(), 5.25).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text, mine.replace("resonance_rate = 6 #", "resonance_rate = 5.25 #"));

    std::fs::write(&path, "theme = \"light\"\n# home bar\n[bar]\nkg = 15\n").unwrap();
    file::set_resonance_rate(dir.path(), 4.8).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text, "theme = \"light\"\nresonance_rate = 4.8\n# home bar\n[bar]\nkg = 15\n");
    assert_eq!(read(&text).resonance_rate, 4.8);
    assert_eq!(read(&text).barbell(Units::Kg).bar, 15.0);

    assert!(file::set_resonance_rate(dir.path(), 42.0).is_err(), "out of range");
    std::fs::write(&path, "theme = \n").unwrap();
    let err = file::set_resonance_rate(dir.path(), 6.0).unwrap_err();
    assert!(err.contains("not valid TOML"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "theme = \n",
        "a broken file is left alone"
    );
}

#[test]
fn read_tells_a_missing_file_from_a_broken_one() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(file::read(dir.path()), file::Found::Missing));
    std::fs::write(file::path(dir.path()), "theme = \"light\"\n").unwrap();
    let file::Found::Read(layer) = file::read(dir.path()) else { panic!("reads") };
    assert_eq!(layer.0[0].0, Setting::Theme(ThemeChoice::Light));
    std::fs::write(file::path(dir.path()), "them = \"light\"\n").unwrap();
    assert!(matches!(file::read(dir.path()), file::Found::Broken(_)));
}

#[test]
fn the_word_lists_and_the_enums_agree() {
    assert_eq!(keys::SOUNDS, Sound::ALL.map(Sound::as_str));
    assert_eq!(keys::THEMES, ThemeChoice::ALL.map(ThemeChoice::as_str));
    assert_eq!(keys::CHECKINS, Checkin::ALL.map(Checkin::as_str));
}

#[test]
fn the_schema_accepts_the_init_file_and_refuses_what_the_reader_refuses() {
    let schema = keys::schema();
    let validator = jsonschema::draft7::new(&schema).unwrap();
    let as_json = |text: &str| -> serde_json::Value {
        serde_json::to_value(toml::from_str::<toml::Value>(text).unwrap()).unwrap()
    };
    let good = "units = \"lb\"\ncountdown = 5\ntheme = \"light\"\ndevice = \"desk-2\"\nresonance_rate = 5.5\n[bar]\nkg = 15\n[plates]\nlb = [45, 10]\n";
    assert!(validator.is_valid(&as_json(good)));
    for bad in
        ["countdwn = 3", "theme = \"lite\"", "countdown = 61", "device = \"a b\"", "[bar]\nkgs = 1"]
    {
        assert!(layers::file(bad, "c").is_err(), "the reader refuses {bad}");
        assert!(!validator.is_valid(&as_json(bad)), "the schema refuses {bad}");
    }
    assert!(schema["properties"]["theme"]["description"].as_str().unwrap().contains("auto"));
}

#[test]
fn the_readme_lists_every_key_and_its_example_is_a_valid_file() {
    let readme = include_str!("../README.md");
    let section = readme.split("\n## Settings\n").nth(1).unwrap().split("\n## ").next().unwrap();
    for key in keys::TOP {
        let plain = format!("| `{}` |", key.name);
        let table = format!("| `[{}]`", key.name);
        assert!(section.contains(&plain) || section.contains(&table), "{} missing", key.name);
    }
    let example = section.split("```text\n").nth(1).unwrap().split("```").next().unwrap();
    assert_eq!(read(example).units, Units::Lb);
}

#[test]
fn the_default_rest_pattern_shown_is_the_one_rests_begin_with() {
    let programme_default = liftpace::core::programme::Exercise::default().breathing.name;
    assert_eq!(Settings::default().rest_breathing, programme_default);
}
