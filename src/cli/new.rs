//! `liftpace new NAME|FILE [--from PROGRAMME]`: writes a programme to start from, the
//! commented template or a copy of another programme's text. A bare name goes into the user's
//! `programs/` folder (made if missing), so the home screen lists it; a path is taken as given.
//! Creates exactly one new file (and that folder); must never overwrite anything or create a
//! folder the lifter named.

use std::fs::OpenOptions;
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
