//! `liftpace new NAME|FILE [--from PROGRAMME]`: writes a programme to start from, the
//! commented template or a copy of another programme's text. A bare name goes into the user's
//! `programs/` folder (made if missing), so the home screen lists it; a path is taken as given.
//! Creates exactly one new file (by way of a hidden temporary file beside it, removed again)
//! and that folder; must never overwrite anything, create a folder the lifter named, or leave
//! a half-written programme.

use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use crate::catalog;
use crate::core::programme::Units;

/// The starting point when no `--from` is given: short, valid, warning-free, every key taught.
const TEMPLATE: &str = include_str!("../../assets/template.toml");

/// Where `new ARG` writes: `<config>/programs/ARG.toml` for a bare name (`.toml` added when
/// missing), else the path as given.
pub(super) fn target(arg: &str, config: &Path) -> PathBuf {
    if arg.contains('/') || arg.contains(std::path::MAIN_SEPARATOR) {
        return PathBuf::from(arg);
    }
    let file = if arg.ends_with(".toml") { arg.to_string() } else { format!("{arg}.toml") };
    config.join("programs").join(file)
}

/// Writes the programme `arg` names, reporting where and what next on stdout; the error says
/// why not. The template is written in `units`.
pub(super) fn run(
    arg: &str,
    from: Option<&str>,
    config: &Path,
    units: Units,
) -> Result<(), String> {
    let file = target(arg, config);
    let bare = file != Path::new(arg);
    let (text, what) = match from {
        None => (template(units), "the template".to_string()),
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
    if bare {
        let folder = config.join("programs");
        std::fs::create_dir_all(&folder)
            .map_err(|e| format!("cannot create your programs folder {}: {e}", folder.display()))?;
    }
    create(&file, &text)?;
    let shown = file.display();
    println!("Wrote {shown} from {what}.");
    if bare {
        let name = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        println!("It is in your programs folder, so the home screen lists it as `{name}`.");
        println!("Check it:  liftpace check {name}");
        println!("Run it:    liftpace run {name}");
    } else {
        println!("Check it:  liftpace check {shown}");
        println!("Run it:    liftpace run {shown}");
    }
    Ok(())
}

/// The template, its `units` line saying `units` (the numbers are a start either way).
fn template(units: Units) -> String {
    TEMPLATE.replacen("units = \"kg\"", &format!("units = \"{}\"", units.as_str()), 1)
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
