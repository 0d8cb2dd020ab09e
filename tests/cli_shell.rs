//! Terminal citizenship through the real binary: a completion script for each of the five
//! shells, checked by the shell itself where it is installed (a check whose shell is missing
//! says so on stderr and passes, so the suite runs anywhere); completions of programme names
//! and days through the protocol the scripts use; and the manual page rendered by `man` where
//! there is one, else read section by section.

mod cli_support;

use std::path::Path;
use std::process::{Command, Stdio};

use cli_support::liftpace;

/// Whether `program` can be run at all.
fn installed(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// Runs `shell` with `args` and then the script's path: whether it succeeded, and stderr.
fn shell_check(shell: &str, args: &[&str], script: &Path) -> (bool, String) {
    let out = Command::new(shell).args(args).arg(script).output().unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn every_shell_gets_a_script_and_the_installed_shells_parse_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let checks: [(&str, &[&str]); 5] = [
        ("bash", &["-n"]),
        ("zsh", &["-n"]),
        ("fish", &["--no-execute"]),
        ("elvish", &["-compileonly"]),
        ("pwsh", &["-NoProfile", "-File"]),
    ];
    for (shell, (program, args)) in
        ["bash", "zsh", "fish", "elvish", "powershell"].into_iter().zip(checks)
    {
        let run = liftpace(dir.path(), &["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        assert!(run.stdout.contains("liftpace"), "{shell}:\n{}", run.stdout);
        assert!(run.stdout.contains("COMPLETE"), "{shell}: calls back into liftpace");
        // pwsh would run the script, not just parse it: PowerShell is only printed.
        if program == "pwsh" {
            continue;
        }
        if !installed(program) {
            eprintln!("skipped: {program} is not installed, so its script was not parsed");
            continue;
        }
        let script = dir.path().join(format!("liftpace.{shell}"));
        std::fs::write(&script, &run.stdout).unwrap();
        let (ok, stderr) = shell_check(program, args, &script);
        assert!(ok, "{program} refuses the script: {stderr}\n{}", run.stdout);
    }
    let bad = liftpace(dir.path(), &["completions", "tcsh"]);
    assert_eq!(bad.code, 2, "an unknown shell is a usage error");
}

/// What the completion protocol offers for the words typed so far, as fish asks for them.
fn complete(config: &Path, words: &[&str]) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_liftpace"))
        .arg("--")
        .args(words)
        .env("COMPLETE", "fish")
        .env("LIFTPACE_CONFIG_DIR", config)
        .current_dir(config)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn programme_names_and_days_complete() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("programs")).unwrap();
    let text = liftpace::core::programme::builtin::find("upper-lower").unwrap().text;
    std::fs::write(dir.path().join("programs/my-split.toml"), text).unwrap();
    std::fs::write(dir.path().join("local.toml"), "").unwrap();

    let names = complete(dir.path(), &["liftpace", "run", "full"]);
    assert_eq!(names, ["full-body", "full-body-3x"]);
    let mine = complete(dir.path(), &["liftpace", "check", "my"]);
    assert_eq!(mine, ["my-split"], "user programmes complete too");
    let files = complete(dir.path(), &["liftpace", "run", "loc"]);
    assert_eq!(files, ["local.toml"], "and .toml files");

    let days = complete(dir.path(), &["liftpace", "run", "my-split", "--day", ""]);
    assert_eq!(days, ["Upper A", "Lower A", "Upper B", "Lower B"]);
    let lower = complete(dir.path(), &["liftpace", "run", "my-split", "--day", "l"]);
    assert_eq!(lower, ["Lower A", "Lower B"], "in any case");
    let default = complete(dir.path(), &["liftpace", "run", "--day", ""]);
    assert_eq!(default, ["A", "B"], "the default programme's days");
    let themes = complete(dir.path(), &["liftpace", "--theme", "h"]);
    assert_eq!(themes, ["high-contrast"]);
}

#[test]
fn fish_itself_completes_days_when_installed() {
    if !installed("fish") {
        eprintln!("skipped: fish is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_liftpace")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new("fish")
        .args(["--no-config", "-c"])
        .arg(
            "liftpace completions fish | source; complete --do-complete 'liftpace run home --day '",
        )
        .env("PATH", path)
        .env("LIFTPACE_CONFIG_DIR", dir.path())
        .output()
        .unwrap();
    let offered = String::from_utf8_lossy(&out.stdout);
    let days: Vec<&str> = offered.lines().collect();
    assert_eq!(days, ["A", "B"], "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn the_manual_renders_with_the_keys_settings_and_files() {
    let dir = tempfile::tempdir().unwrap();
    let run = liftpace(dir.path(), &["man"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = run.stdout;
    assert!(page.lines().any(|l| l.starts_with(".TH liftpace 1")), "{page}");
    let sections = [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "SUBCOMMANDS",
        "KEYS",
        "SETTINGS",
        "FILES",
        "ENVIRONMENT",
        "EXIT STATUS",
        "VERSION",
    ];
    let headers: Vec<&str> =
        page.lines().filter_map(|l| l.strip_prefix(".SH ")).map(|h| h.trim_matches('"')).collect();
    assert_eq!(headers, sections);

    if !installed("man") {
        eprintln!("skipped: man is not installed, so the page was only read section by section");
        return;
    }
    let file = dir.path().join("liftpace.1");
    std::fs::write(&file, &page).unwrap();
    let out = Command::new("man")
        .args(["--warnings", "-l"])
        .arg(&file)
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "no roff warnings");
    let shown = String::from_utf8_lossy(&out.stdout);
    for words in
        ["KEYS", "Pacing", "pause / resume", "LIFTPACE_THEME", "config.toml", "history.jsonl"]
    {
        assert!(shown.contains(words), "{words} missing from:\n{shown}");
    }
}
