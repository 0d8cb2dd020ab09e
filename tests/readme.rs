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
    assert_eq!(lines.len(), 3);
    for line in lines {
        assert!(matches!(decode(line.as_bytes()), Decoded::Record(_)), "{line}");
    }
}
