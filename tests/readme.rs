//! The README shows a full programme and what records look like; these must stay true, so
//! the examples are loaded and decoded exactly as written there.

use liftpace::core::programme::load::load;
use liftpace::storage::records::{Decoded, decode};

fn blocks<'a>(readme: &'a str, lang: &str) -> Vec<&'a str> {
    let fence = format!("```{lang}\n");
    readme
        .split(&fence)
        .skip(1)
        .map(|rest| rest.split("```").next().expect("closed fence"))
        .collect()
}

#[test]
fn the_readme_programme_loads_without_errors_or_warnings() {
    let readme = include_str!("../README.md");
    let toml = blocks(readme, "toml");
    assert!(!toml.is_empty(), "README has a programme example");
    for text in toml {
        let loaded = load(text, "README.md").unwrap_or_else(|e| panic!("{e:?}"));
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        assert!(loaded.programme.days[0].exercises.iter().any(|e| e.per_side));
    }
}

#[test]
fn the_readme_records_are_records_this_build_reads() {
    let readme = include_str!("../README.md");
    let json = blocks(readme, "json");
    let lines: Vec<&str> = json.iter().flat_map(|b| b.lines()).collect();
    let mut types = std::collections::BTreeSet::new();
    for line in lines {
        assert!(matches!(decode(line.as_bytes()), Decoded::Record(_)), "{line}");
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        types.insert(value["type"].as_str().unwrap().to_owned());
    }
    // Every record type this build reads (and so writes) has an example the lifter can read.
    for kind in liftpace::storage::records::KNOWN_TYPES {
        assert!(types.contains(kind), "README shows no `{kind}` record");
    }
}

/// The README's key table, built from the key tables the screens handle keys with (the same
/// tables their footers and `?` boxes are drawn from).
fn key_table() -> String {
    use liftpace::core::keys::{KeyHelp, help, readme_row};
    use liftpace::core::session::keymap::{EVERYWHERE, README};
    let everywhere = help(EVERYWHERE);
    let mut rows = vec![
        "| screen | keys |".to_string(),
        "| --- | --- |".to_string(),
        readme_row("Home", &help(liftpace::core::home::KEYS)),
        readme_row("Progress", &help(liftpace::core::progress::KEYS)),
        readme_row("Check-in", &help(liftpace::core::checkin::KEYS)),
        readme_row("Resume", &help(liftpace::core::resume::screen::KEYS)),
    ];
    for (screen, table) in README {
        let lines = help(table);
        let shared = everywhere.iter().all(|l| lines.contains(l));
        let own: Vec<KeyHelp> =
            lines.into_iter().filter(|l| !(shared && everywhere.contains(l))).collect();
        rows.push(readme_row(screen, &own));
    }
    rows.push(readme_row("the workout but Summary", &everywhere));
    use liftpace::core::session::today::keymap::{CORRECT, LIST, LIST_OVER, SWAP};
    rows.push(readme_row("Today's list (`l`)", &help(LIST)));
    rows.push(readme_row("Today's list, after the workout", &help(LIST_OVER)));
    rows.push(readme_row("Today's list, swapping", &help(SWAP)));
    rows.push(readme_row("Today's list, correcting", &help(CORRECT)));
    rows.push(readme_row("a question", &help(liftpace::core::app::CONFIRM_KEYS)));
    rows.push(readme_row("the `?` box", &help(liftpace::core::app::HELP_KEYS)));
    use liftpace::core::breathing::keymap::{BREATHING, DONE, FINDING, RATING};
    rows.push(readme_row("Breathe", &help(BREATHING)));
    rows.push(readme_row("Breathe --find", &help(FINDING)));
    rows.push(readme_row("Breathe --find, rating", &help(RATING)));
    rows.push(readme_row("Breathe, at the end", &help(DONE)));
    rows.join("\n") + "\n"
}

#[test]
fn the_readme_key_table_is_the_key_tables() {
    let readme = include_str!("../README.md");
    let table = key_table();
    assert!(readme.contains(&table), "README's key table should be:\n{table}");
}
