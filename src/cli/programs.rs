//! `liftpace programs`: every programme liftpace can find, its one-word guideline verdict
//! ("meets", "gaps" or "errors"), where it lives and what it holds. Reads the programmes and
//! the user's exercise library; must never change them.

use std::path::Path;

use super::coach;
use crate::catalog;
use crate::core::guideline;

/// The one word for a programme that does not load.
const ERRORS: &str = "errors";

/// Lists the programmes. False (exit 1) when a user's file or exercise library cannot be read;
/// a programme with errors is still listed, marked "errors", and is not a failure of the list.
pub(super) fn run(config: &Path) -> bool {
    let (library, library_error) = coach::library(config);
    let mut ok = true;
    if let Some(e) = &library_error {
        eprintln!("liftpace: {e}");
        ok = false;
    }
    for found in catalog::all(config) {
        let source = match found {
            Ok(source) => source,
            Err(e) => {
                eprintln!("liftpace: {e}");
                ok = false;
                continue;
            }
        };
        let (verdict, summary) = match coach::coach(&source, &library) {
            Ok(coached) => (guideline::verdict_word(&coached.report), coached.summary()),
            Err(_) => (ERRORS, format!("run `liftpace check {}` to see them", source.origin)),
        };
        let place = if source.built_in { "built-in" } else { source.origin.as_str() };
        println!("{:<20} {verdict:<7} {place}\n{:<28} {summary}", source.name, "");
    }
    println!("\nmeets: every muscle group gets 2+ sets of 8-12 on 2+ days a week; gaps: some do");
    println!("not (`liftpace check FILE` says what to add); errors: the file does not load.");
    println!("Your own programmes go in {}", config.join("programs").display());
    ok
}
