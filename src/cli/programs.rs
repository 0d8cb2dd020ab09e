//! `liftpace programs`: every programme liftpace can find, its one-word guideline verdict
//! ("meets", "gaps" or "errors"), where it lives, what it holds, which day is next and when
//! it was last done, and which programme is next overall (the one trained last, which home
//! opens on). Reads the programmes, the user's exercise library and the history; must
//! never change them.

use std::path::Path;

use super::{coach, say};
use crate::catalog;
use crate::core::guideline;
use crate::core::programme::Programme;
use crate::storage::{self, DataDir, Record};

/// The one word for a programme that does not load.
const ERRORS: &str = "errors";

/// Lists the programmes. False (exit 1) when a user's file or exercise library cannot be read;
/// a programme with errors is still listed, marked "errors", and is not a failure of the list.
pub(super) fn run(config: &Path, data: &DataDir) -> bool {
    let (library, library_error) = coach::library(config);
    let mut ok = true;
    if let Some(e) = &library_error {
        say::error(&e.to_string());
        ok = false;
    }
    // Without a readable history every programme simply starts at its first day.
    // The start-up digest holds what "next" and "last done" ask about, every journal merged.
    let records = match storage::load_digest(data) {
        Ok((digest, _)) => digest.into_records(),
        Err(e) => {
            say::warning(&format!("{e}; next days assume nothing was done"));
            Vec::new()
        }
    };
    let current = storage::current_programme(&records);
    let mut next_up = None;
    for found in catalog::all(config) {
        let source = match found {
            Ok(source) => source,
            Err(e) => {
                say::error(&e.to_string());
                ok = false;
                continue;
            }
        };
        let (verdict, summary, when) = match coach::coach(&source, &library) {
            Ok(coached) => {
                let programme = &coached.loaded.programme;
                let (next, mut when) = when(programme, &records);
                if next_up.is_none() && current == Some(programme.name.as_str()) {
                    when.push_str(" · next up");
                    next_up = Some(format!("{} (`{}`), day {next}", programme.name, source.name));
                }
                (guideline::verdict_word(&coached.report), coached.summary(), Some(when))
            }
            Err(_) => (ERRORS, format!("run `liftpace check {}` to see them", source.origin), None),
        };
        let place = if source.built_in { "built-in" } else { source.origin.as_str() };
        println!("{:<20} {verdict:<7} {place}\n{:<28} {summary}", source.name, "");
        if let Some(when) = when {
            println!("{:<28} {when}", "");
        }
    }
    match next_up {
        Some(next) => println!("\nNext up: {next}, the programme trained last (home opens on it)."),
        None => println!("\nNext up: nothing trained yet; home opens on the first programme."),
    }
    println!("\nmeets: every muscle group gets 2+ sets of 8-12 on 2+ days a week; gaps: some do");
    println!("not (`liftpace check FILE` says what to add); errors: the file does not load.");
    println!("Your own programmes go in {}", config.join("programs").display());
    ok
}

/// The next day's name, and "next: day B · last done 2026-11-25 (day A)", or "next: day A ·
/// not done yet".
fn when<'p>(programme: &'p Programme, records: &[Record]) -> (&'p str, String) {
    let names: Vec<&str> = programme.days.iter().map(|d| d.name.as_str()).collect();
    let next = names[storage::next_day(records, &programme.name, &names)];
    let said = match last_done(records, &programme.name) {
        Some((day, started)) => {
            let date = started.split('T').next().unwrap_or(started);
            format!("next: day {next} · last done {date} (day {day})")
        }
        None => format!("next: day {next} · not done yet"),
    };
    (next, said)
}

/// The day and start of the latest session of `programme` in which a set was saved.
fn last_done<'r>(records: &'r [Record], programme: &str) -> Option<(&'r str, &'r str)> {
    let with_sets: std::collections::HashSet<&str> = records
        .iter()
        .filter_map(|r| match r {
            Record::Set(s) => Some(s.session.as_str()),
            _ => None,
        })
        .collect();
    records.iter().rev().find_map(|r| match r {
        Record::Session(s) if s.programme == programme && with_sets.contains(s.id.as_str()) => {
            Some((s.day.as_str(), s.started.as_str()))
        }
        _ => None,
    })
}
