//! Finding programmes: the built-ins compiled into the binary and the `.toml` files in the
//! user's `<config dir>/programs/`, and resolving the PROGRAMME argument of `liftpace run` to
//! one of them. Reads files; never parses history or draws anything.

use std::path::{Path, PathBuf};

use crate::core::programme::builtin;
use crate::core::spelling::closest;

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
    /// The file exists but cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
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

/// Reads one programme file.
pub fn read_file(path: &Path) -> Result<Source, FindError> {
    let bytes =
        std::fs::read(path).map_err(|source| FindError::Read { path: path.into(), source })?;
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    Ok(Source {
        name: path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
        origin: path.display().to_string(),
        file: absolute.display().to_string(),
        built_in: false,
        // Invalid UTF-8 becomes U+FFFD, which the loader then refuses with a place.
        text: String::from_utf8_lossy(&bytes).into_owned(),
    })
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
    if arg.ends_with(".toml") || path.is_file() {
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
    names.extend(
        user_files(config_dir)
            .iter()
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned())),
    );
    let hint = closest(arg, names.iter().map(String::as_str))
        .map(|n| format!(" (did you mean `{n}`?)"))
        .unwrap_or_default();
    Err(FindError::Unknown { name: arg.to_string(), hint, known: names.join(", ") })
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
