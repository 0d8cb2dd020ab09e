//! `liftpace new` through the real binary: the template it writes passes `check` with no
//! warnings, `--from` copies a programme's text, and nothing is ever overwritten or created
//! beyond the one file.

mod cli_support;

use cli_support::liftpace;
use liftpace::core::programme::builtin;

#[test]
fn the_template_is_written_and_passes_check_without_warnings() {
    let config = tempfile::tempdir().unwrap();
    let file = config.path().join("mine.toml");
    let file = file.to_str().unwrap();
    let run = liftpace(config.path(), &["new", file]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(&format!("Wrote {file}")), "{}", run.stdout);
    assert!(run.stdout.contains(&format!("liftpace check {file}")), "{}", run.stdout);
    assert!(run.stdout.contains(&format!("liftpace run {file}")), "{}", run.stdout);
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.lines().filter(|l| l.contains('#')).count() >= 10, "it teaches:\n{text}");

    let check = liftpace(config.path(), &["check", file]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert_eq!(check.stderr, "", "no warnings");
    assert!(check.stdout.contains("Meets the guideline"), "{}", check.stdout);
}

#[test]
fn an_existing_file_is_never_overwritten() {
    let config = tempfile::tempdir().unwrap();
    let file = config.path().join("mine.toml");
    std::fs::write(&file, "my own careful work").unwrap();
    let run = liftpace(config.path(), &["new", file.to_str().unwrap(), "--from", "home"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert!(run.stderr.contains("never overwrites"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "my own careful work");
}

#[test]
fn from_copies_a_built_in_a_user_programme_or_a_path_word_for_word() {
    let config = tempfile::tempdir().unwrap();
    let copy = config.path().join("strength.toml");
    let run =
        liftpace(config.path(), &["new", copy.to_str().unwrap(), "--from", "strength-linear"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("the built-in programme `strength-linear`"), "{}", run.stdout);
    let expected = builtin::find("strength-linear").unwrap().text;
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), expected);

    std::fs::create_dir(config.path().join("programs")).unwrap();
    std::fs::write(config.path().join("programs/legs.toml"), "name = \"Legs\"\n").unwrap();
    let from_user = config.path().join("legs-copy.toml");
    let run = liftpace(config.path(), &["new", from_user.to_str().unwrap(), "--from", "legs"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&from_user).unwrap(), "name = \"Legs\"\n");

    let from_path = config.path().join("again.toml");
    let args = ["new", from_path.to_str().unwrap(), "--from", copy.to_str().unwrap()];
    assert_eq!(liftpace(config.path(), &args).code, 0);
    assert_eq!(std::fs::read_to_string(&from_path).unwrap(), expected);
}

#[test]
fn an_unknown_from_says_did_you_mean_and_writes_nothing() {
    let config = tempfile::tempdir().unwrap();
    let file = config.path().join("mine.toml");
    let run =
        liftpace(config.path(), &["new", file.to_str().unwrap(), "--from", "strenght-linear"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("did you mean `strength-linear`"), "{}", run.stderr);
    assert!(!file.exists());
}

#[test]
fn a_missing_folder_is_an_error_not_created() {
    let config = tempfile::tempdir().unwrap();
    let file = config.path().join("no/such/folder/mine.toml");
    let run = liftpace(config.path(), &["new", file.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("does not exist"), "{}", run.stderr);
    assert!(!config.path().join("no").exists());
}

#[test]
fn usage_errors_exit_2() {
    let config = tempfile::tempdir().unwrap();
    assert_eq!(liftpace(config.path(), &["new"]).code, 2);
    assert_eq!(liftpace(config.path(), &["check", "--format", "yaml", "x.toml"]).code, 2);
}
