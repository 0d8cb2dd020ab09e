//! `liftpace new FILE [--from PROGRAMME]`: writes a programme to start from, the commented
//! template or a copy of another programme's text. Creates exactly one new file; must never
//! overwrite or create anything else (not even a missing folder).

use std::fs::OpenOptions;
use std::io::{ErrorKind, Write};
use std::path::Path;

use crate::catalog;

/// The starting point when no `--from` is given: short, valid, warning-free, every key taught.
const TEMPLATE: &str = include_str!("../../assets/template.toml");

/// Writes `file`, reporting where and what next on stdout; the error says why not.
pub(super) fn run(file: &Path, from: Option<&str>, config: &Path) -> Result<(), String> {
    let (text, what) = match from {
        None => (TEMPLATE.to_string(), "the template".to_string()),
        Some(name) => {
            let source = catalog::resolve(Some(name), config).map_err(|e| e.to_string())?;
            let what = if source.built_in {
                format!("the built-in programme `{}`", source.name)
            } else {
                source.origin.clone()
            };
            (source.text, what)
        }
    };
    create(file, &text)?;
    let shown = file.display();
    println!("Wrote {shown} from {what}.");
    println!("Check it:  liftpace check {shown}");
    println!("Run it:    liftpace run {shown}");
    Ok(())
}

/// Creates `file` with `text`. `create_new` makes "does it exist?" and "create it" one step,
/// so another program creating the file meanwhile can never be overwritten.
fn create(file: &Path, text: &str) -> Result<(), String> {
    let shown = file.display();
    let mut handle =
        OpenOptions::new().write(true).create_new(true).open(file).map_err(|e| match e.kind() {
            ErrorKind::AlreadyExists => format!(
                "{shown} already exists; liftpace new never overwrites a file: choose another \
                 name, or delete it first if you really mean to start again"
            ),
            ErrorKind::NotFound => {
                let parent = file.parent().filter(|p| !p.as_os_str().is_empty());
                let folder = parent.map_or_else(|| ".".into(), |p| p.display().to_string());
                format!(
                    "cannot create {shown}: the folder {folder} does not exist (create it first)"
                )
            }
            _ => format!("cannot create {shown}: {e}"),
        })?;
    if let Err(e) = handle.write_all(text.as_bytes()).and_then(|()| handle.sync_all()) {
        // Leave no half-written programme behind to be mistaken for a finished one; the file
        // is ours, created a moment ago, so removing it cannot lose anything of the user's.
        drop(handle);
        let _ = std::fs::remove_file(file);
        return Err(format!("cannot write {shown}: {e}"));
    }
    Ok(())
}
