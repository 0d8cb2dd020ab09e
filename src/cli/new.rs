//! `liftpace new FILE [--from PROGRAMME]`: writes a programme to start from, the commented
//! template or a copy of another programme's text. Creates exactly one new file (by way of a
//! hidden temporary file beside it, removed again); must never overwrite or leave anything
//! else (not even a missing folder), nor a half-written programme.

use std::ffi::OsString;
use std::fs::{self, OpenOptions};
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

/// Creates `file` with `text`, whole or not at all. The text goes to a hidden file beside it
/// and is synced; only then is it linked in under the real name. A link never replaces an
/// existing name, so another program creating the file meanwhile is never overwritten, and a
/// failure part way (a full disk, a file-size limit) leaves no half-written programme behind
/// to be mistaken for a finished one.
fn create(file: &Path, text: &str) -> Result<(), String> {
    let shown = file.display();
    let folder = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let Some(name) = file.file_name() else {
        return Err(format!("cannot create {shown}: it names a folder, not a file"));
    };
    let why = |e: std::io::Error| match e.kind() {
        ErrorKind::AlreadyExists => format!(
            "{shown} already exists; liftpace new never overwrites a file: choose another \
             name, or delete it first if you really mean to start again"
        ),
        ErrorKind::NotFound => format!(
            "cannot create {shown}: the folder {} does not exist (create it first)",
            folder.display()
        ),
        _ => format!("cannot create {shown}: {e}"),
    };
    // Said before anything is written, so the common mistake costs nothing.
    if fs::symlink_metadata(file).is_ok() {
        return Err(why(ErrorKind::AlreadyExists.into()));
    }
    let mut hidden = OsString::from(".");
    hidden.push(name);
    hidden.push(format!(".liftpace-new-{}", std::process::id()));
    let temp = folder.join(hidden);
    let mut handle = OpenOptions::new().write(true).create_new(true).open(&temp).map_err(|e| {
        match e.kind() {
            // Left by a `new` killed half way with this same process id: not the user's file.
            ErrorKind::AlreadyExists => format!(
                "cannot create {shown}: the temporary file {} is in the way; delete it",
                temp.display()
            ),
            _ => why(e),
        }
    })?;
    let written = handle.write_all(text.as_bytes()).and_then(|()| handle.sync_all());
    drop(handle);
    let linked = written.and_then(|()| fs::hard_link(&temp, file));
    // The temporary file is ours, made a moment ago: removing it cannot lose the user's work.
    let _ = fs::remove_file(&temp);
    linked.map_err(why)?;
    // Makes the new name survive a power cut; the file is complete either way, so a folder
    // that cannot be synced is not worth failing for.
    let _ = fs::File::open(folder).and_then(|d| d.sync_all());
    Ok(())
}
