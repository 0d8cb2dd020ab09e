//! The ground most end-to-end tests start from: a small squat programme written into a fresh
//! temp folder, and this machine's journal read back line by line. Owns no waiting or keys
//! (that is `pty`); never reads any journal but the test machine's own.

use std::path::Path;

/// A one-day programme called `name`: day A, Goblet squat at 20 kg for `sets` sets of one rep
/// at tempo 1-0-1-0, for the legs. `defaults` are further `[defaults]` lines (rest,
/// breathing), one a line.
pub fn squat_programme(name: &str, sets: u32, defaults: &str) -> String {
    format!(
        "name = \"{name}\"\n[defaults]\n{defaults}\ntempo = \"1-0-1-0\"\nmuscles = [\"legs\"]\n\n\
         [[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Goblet squat\"\nload = 20\n\
         sets = {sets}\nreps = 1\n"
    )
}

/// A fresh temp folder with `text` written in it as `file_name`, and that file's path.
pub fn programme_in_tempdir(file_name: &str, text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(file_name);
    std::fs::write(&file, text).unwrap();
    let file = file.to_str().expect("a UTF-8 temp path").to_string();
    (dir, file)
}

/// This machine's journal under `dir` (the pty harness names the machine "test"), a JSON
/// value a line; nothing when it does not exist yet.
pub fn journal_lines(dir: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(dir.join("data/history.test.jsonl")).unwrap_or_default();
    text.lines().map(|l| serde_json::from_str(l).expect("every line is JSON")).collect()
}
