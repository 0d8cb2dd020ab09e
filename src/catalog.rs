//! Finding programmes: the built-ins compiled into the binary and the `.toml` files in the
//! user's `<config dir>/programs/`, and resolving the PROGRAMME argument of `liftpace run` to
//! one of them. Reads files (regular ones only, as UTF-8 text); never parses history or draws
//! anything, and cleans every file name before it can be printed.

use std::path::{Path, PathBuf};

use crate::core::printable::shown;
use crate::core::programme::builtin;
use crate::core::spelling::closest;
use crate::plain_file::{self, NotUtf8};

/// A programme's text and where it came from, not yet loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The short name `liftpace run NAME` accepts (file stem).
    pub name: String,
    /// The path reports name: the repository path for built-ins, the file otherwise.
    pub origin: String,
    /// For the results file: `built-in:NAME` or the absolute path.
    pub file: String,
    /// Whether it ships with liftpace.
    pub built_in: bool,
    /// The TOML text.
    pub text: String,
}

/// Why a programme could not be found or read.
#[derive(Debug, thiserror::Error)]
pub enum FindError {
    /// The file exists but cannot be read, or is not a regular file of a sensible size.
    #[error("cannot read {}: {source}", shown_path(path))]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{}:{}:{}: {place}", shown_path(path), place.line, place.column)]
    NotText {
        /// The file.
        path: PathBuf,
        /// Where it stops being text.
        place: NotUtf8,
    },
    /// No programme has this name.
    #[error("no programme called `{name}`{hint}\nKnown programmes: {known}")]
    Unknown {
        /// What was asked for.
        name: String,
        /// " (did you mean `x`?)" or nothing.
        hint: String,
        /// Every name there is.
        known: String,
    },
}

fn built_in(b: builtin::BuiltIn) -> Source {
    Source {
        name: b.name.to_string(),
        origin: b.file.to_string(),
        file: format!("built-in:{}", b.name),
        built_in: true,
        text: b.text.to_string(),
    }
}

/// The programme a results file's `programme_file` names (`built-in:NAME` or a path), if it
/// can still be found and read.
pub fn by_file(file: &str) -> Option<Source> {
    match file.strip_prefix("built-in:") {
        Some(name) => builtin::find(name).map(built_in),
        None => read_file(Path::new(file)).ok(),
    }
}

/// The largest programme file read: a long programme is a few kilobytes.
const MAX_PROGRAMME_MB: u64 = 10;

/// Reads one programme file: a regular file (never a FIFO or a device, which could hang or
/// never end), at most `MAX_PROGRAMME_MB`, and UTF-8 text, refused with its place otherwise.
pub fn read_file(path: &Path) -> Result<Source, FindError> {
    let bytes = plain_file::read(path, MAX_PROGRAMME_MB)
        .map_err(|source| FindError::Read { path: path.into(), source })?;
    let text =
        plain_file::utf8(bytes).map_err(|place| FindError::NotText { path: path.into(), place })?;
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    Ok(Source {
        // The name and origin are printed and drawn: cleaned at the door.
        name: stem(path),
        origin: shown_path(path),
        file: absolute.display().to_string(),
        built_in: false,
        text,
    })
}

/// A file's name without `.toml`, as `liftpace run NAME` takes it, safe to print.
fn stem(path: &Path) -> String {
    path.file_stem().map(|s| shown(&s.to_string_lossy())).unwrap_or_default()
}

/// A path as it is printed: a file name can hold escape sequences too.
fn shown_path(path: &Path) -> String {
    shown(&path.display().to_string())
}

/// The user's programme files, sorted by name; unreadable ones are returned as errors so the
/// caller can say so instead of hiding them.
pub fn user_files(config_dir: &Path) -> Vec<PathBuf> {
    let Ok(dir) = std::fs::read_dir(config_dir.join("programs")) else { return Vec::new() };
    let mut files: Vec<PathBuf> = dir
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
        .collect();
    files.sort();
    files
}

/// Every programme: built-ins first, then the user's.
pub fn all(config_dir: &Path) -> Vec<Result<Source, FindError>> {
    let mut out: Vec<Result<Source, FindError>> =
        builtin::ALL.iter().map(|b| Ok(built_in(*b))).collect();
    out.extend(user_files(config_dir).iter().map(|p| read_file(p)));
    out
}

/// Resolves `liftpace run [PROGRAMME]`: a path to a `.toml` file, or the name of a user or
/// built-in programme (the user's own wins, so a lifter can replace a built-in); none means
/// the default.
pub fn resolve(arg: Option<&str>, config_dir: &Path) -> Result<Source, FindError> {
    let Some(arg) = arg else { return Ok(built_in(builtin::default())) };
    let path = Path::new(arg);
    // A name never holds a `/`, so `/dev/zero` is read (and refused) as the path it is.
    if arg.ends_with(".toml") || arg.contains('/') || path.is_file() {
        return read_file(path);
    }
    let user = config_dir.join("programs").join(format!("{arg}.toml"));
    if user.is_file() {
        return read_file(&user);
    }
    if let Some(b) = builtin::find(arg) {
        return Ok(built_in(b));
    }
    let mut names: Vec<String> = builtin::ALL.iter().map(|b| b.name.to_string()).collect();
    names.extend(user_files(config_dir).iter().map(|p| stem(p)));
    let hint = closest(arg, names.iter().map(String::as_str))
        .map(|n| format!(" (did you mean `{n}`?)"))
        .unwrap_or_default();
    Err(FindError::Unknown { name: shown(arg), hint, known: names.join(", ") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_default_built_in_user_and_path_and_suggests_on_typos() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(resolve(None, dir.path()).unwrap().name, builtin::default().name);
        assert!(resolve(Some("full-body"), dir.path()).unwrap().built_in);
        std::fs::create_dir(dir.path().join("programs")).unwrap();
        let mine = dir.path().join("programs/full-body.toml");
        std::fs::write(&mine, "name = \"mine\"").unwrap();
        let found = resolve(Some("full-body"), dir.path()).unwrap();
        assert!(!found.built_in, "the user's own programme wins");
        assert_eq!(
            resolve(Some(mine.to_str().unwrap()), dir.path()).unwrap().text,
            "name = \"mine\""
        );
        let err = resolve(Some("full-bdy"), dir.path()).unwrap_err().to_string();
        assert!(err.contains("did you mean `full-body`"), "{err}");
        assert!(matches!(resolve(Some("nope.toml"), dir.path()), Err(FindError::Read { .. })));
        assert_eq!(all(dir.path()).len(), builtin::ALL.len() + 1);
    }
}
