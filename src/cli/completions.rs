//! Shell completion. `liftpace completions SHELL` prints a small script that, on every Tab,
//! asks liftpace itself for the candidates (clap_complete's `COMPLETE=SHELL liftpace` protocol),
//! so programme names include files added to `programs/` a minute ago and `--day` offers the
//! days of the programme typed before it, things no script written once could know. Reads the
//! programmes to list them; must never write anything or print outside the protocol.

use std::ffi::OsStr;
use std::path::PathBuf;

use clap::ValueEnum;
use clap_complete::CompletionCandidate;
use clap_complete::engine::{PathCompleter, ValueCompleter};
use clap_complete::env::Shells;

use crate::catalog;
use crate::core::programme::load;
use crate::storage;

/// The shells there are scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
    /// Elvish.
    Elvish,
    /// PowerShell.
    Powershell,
}

/// Writes `shell`'s script to stdout.
pub(super) fn print(shell: Shell) -> Result<(), String> {
    let name = shell.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default();
    let shells = Shells::builtins();
    let completer =
        shells.completer(&name).ok_or_else(|| format!("no completion script for {name}"))?;
    let mut out = std::io::stdout().lock();
    completer
        .write_registration("COMPLETE", "liftpace", "liftpace", "liftpace", &mut out)
        .map_err(|e| format!("cannot write the script: {e}"))
}

/// The words the shell is completing, as it handed them over (after `--`).
fn typed() -> Vec<String> {
    let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let start = args.iter().position(|a| a == "--").map_or(args.len(), |i| i + 1);
    args[start..].to_vec()
}

/// The value given to `flag` on the line typed so far (`--flag VALUE` or `--flag=VALUE`).
fn flag_value(words: &[String], flag: &str) -> Option<String> {
    let with_eq = format!("{flag}=");
    words.iter().enumerate().find_map(|(i, w)| {
        if w == flag {
            words.get(i + 1).cloned()
        } else {
            w.strip_prefix(&with_eq).map(str::to_string)
        }
    })
}

/// The programme argument of `run` on the line typed so far: the first word after `run` that
/// is neither an option nor an option's value.
fn run_programme(words: &[String]) -> Option<String> {
    const TAKES_VALUE: [&str; 6] =
        ["--day", "--countdown", "--data-dir", "--config-dir", "--color", "--theme"];
    let run = words.iter().position(|w| w == "run")?;
    let mut rest = words[run + 1..].iter();
    while let Some(word) = rest.next() {
        if TAKES_VALUE.contains(&word.as_str()) {
            rest.next();
        } else if !word.starts_with('-') && !word.is_empty() {
            return Some(word.clone());
        }
    }
    None
}

fn config_dir(words: &[String]) -> PathBuf {
    flag_value(words, "--config-dir")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("LIFTPACE_CONFIG_DIR").map(PathBuf::from))
        .or_else(storage::default_config_dir)
        .unwrap_or_default()
}

/// Programme names (built-in and the user's) starting with what is typed, then `.toml` files.
pub(super) fn programme(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed_so_far = current.to_string_lossy();
    let config = config_dir(&typed());
    let mut out: Vec<CompletionCandidate> = catalog::all(&config)
        .into_iter()
        .flatten()
        .filter(|s| s.name.starts_with(typed_so_far.as_ref()))
        .map(|s| {
            let help = if s.built_in { "built-in".to_string() } else { s.origin };
            CompletionCandidate::new(s.name).help(Some(help.into()))
        })
        .collect();
    let files = PathCompleter::any()
        .filter(|p: &std::path::Path| p.is_dir() || p.extension().is_some_and(|x| x == "toml"));
    out.extend(files.complete(current));
    out
}

/// The days of the programme typed after `run` (the default programme when none is).
pub(super) fn day(current: &OsStr) -> Vec<CompletionCandidate> {
    let words = typed();
    let typed_so_far = current.to_string_lossy().to_lowercase();
    let config = config_dir(&words);
    let Ok(source) = catalog::resolve(run_programme(&words).as_deref(), &config) else {
        return Vec::new();
    };
    let Ok(loaded) = load::load(&source.text, &source.origin) else { return Vec::new() };
    loaded
        .programme
        .days
        .iter()
        .filter(|d| d.name.to_lowercase().starts_with(&typed_so_far))
        .map(|d| CompletionCandidate::new(d.name.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn the_programme_of_run_is_found_past_options_and_their_values() {
        let w = words("liftpace --config-dir /c run --countdown 5 home --day");
        assert_eq!(run_programme(&w).as_deref(), Some("home"));
        assert_eq!(run_programme(&words("liftpace run --day ")), None);
        assert_eq!(run_programme(&words("liftpace check x")), None);
        assert_eq!(flag_value(&w, "--config-dir").as_deref(), Some("/c"));
        let eq = words("liftpace --config-dir=/d run");
        assert_eq!(flag_value(&eq, "--config-dir").as_deref(), Some("/d"));
    }
}
