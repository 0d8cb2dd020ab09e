//! The edge of the settings: reading `<config dir>/config.toml`, writing the commented one
//! for `config --init`, and saving `resonance_rate` for `breathe --find`. Every write goes to a
//! temporary file beside the target, is synced, and then takes the target's name in one step,
//! so a crash never leaves half a settings file. Must never decide what a value means (the
//! pure `layers` does) and never overwrite a file the lifter did not ask to change.

use std::fs::{self, File};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use super::edit::set_top_level;
use super::keys::RESONANCE_RATES;
use super::layers::{self, Layer};
use crate::core::programme::format_number;
use crate::core::programme::load::LoadError;

/// The settings file's name inside the config directory.
pub const FILE_NAME: &str = "config.toml";

/// Where the settings file lives in `config_dir`.
pub fn path(config_dir: &Path) -> PathBuf {
    config_dir.join(FILE_NAME)
}

/// What was found in the settings file.
#[derive(Debug)]
pub enum Found {
    /// There is no file: every value is a default.
    Missing,
    /// The file's values.
    Read(Layer),
    /// The file has errors (every one, with its place).
    Broken(LoadError),
    /// The file exists but cannot be read; why.
    Unreadable(String),
}

/// Reads and checks `<config_dir>/config.toml`.
pub fn read(config_dir: &Path) -> Found {
    let file = path(config_dir);
    match fs::read(&file) {
        Ok(bytes) => {
            // Invalid UTF-8 becomes U+FFFD, which the reader then refuses with a place.
            let text = String::from_utf8_lossy(&bytes);
            match layers::file(&text, &file.display().to_string()) {
                Ok(layer) => Found::Read(layer),
                Err(e) => Found::Broken(e),
            }
        }
        Err(e) if e.kind() == ErrorKind::NotFound => Found::Missing,
        Err(e) => Found::Unreadable(format!("cannot read {}: {e}", file.display())),
    }
}

/// Writes the commented settings file into `config_dir` (creating the folder), never over an
/// existing one. Returns its path.
pub fn init(config_dir: &Path) -> Result<PathBuf, String> {
    let file = path(config_dir);
    let shown = file.display();
    fs::create_dir_all(config_dir)
        .map_err(|e| format!("cannot create the folder {}: {e}", config_dir.display()))?;
    let temp = write_temp(&file, &super::shown::template())?;
    // A hard link fails if the name is taken, so "is it there?" and "put it there" are one
    // step and a file created meanwhile is never replaced; rename would replace it.
    let linked = fs::hard_link(&temp, &file);
    let _ = fs::remove_file(&temp);
    match linked {
        Ok(()) => Ok(file),
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Err(format!(
            "{shown} already exists; `liftpace config --init` never overwrites it \
             (`liftpace config` shows what it sets)"
        )),
        Err(e) => Err(format!("cannot create {shown}: {e}")),
    }
}

/// Saves `rate` (breaths a minute) as `resonance_rate` in `<config_dir>/config.toml`, creating
/// the file if there is none. Only that one value changes: every other line and comment stays
/// as the lifter wrote it. Refuses a rate outside the allowed range, and a file with errors.
pub fn set_resonance_rate(config_dir: &Path, rate: f64) -> Result<PathBuf, String> {
    let (lo, hi) = RESONANCE_RATES;
    if !(lo..=hi).contains(&rate) {
        return Err(format!("a resonance rate of {rate} breaths a minute is outside {lo} to {hi}"));
    }
    let file = path(config_dir);
    let shown = file.display();
    let text = match fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) if e.kind() == ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("cannot read {shown}: {e}")),
    };
    let rounded = format_number((rate * 100.0).round() / 100.0);
    let edited = set_top_level(&text, "resonance_rate", &rounded)
        .map_err(|why| format!("cannot save the resonance rate in {shown}: {why}"))?;
    fs::create_dir_all(config_dir)
        .map_err(|e| format!("cannot create the folder {}: {e}", config_dir.display()))?;
    let temp = write_temp(&file, &edited)?;
    fs::rename(&temp, &file).map_err(|e| {
        let _ = fs::remove_file(&temp);
        format!("cannot save {shown}: {e}")
    })?;
    Ok(file)
}

/// Writes `text` to a new temporary file beside `target` and syncs it; returns its path.
fn write_temp(target: &Path, text: &str) -> Result<PathBuf, String> {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = target.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = File::create(&temp).and_then(|mut f| {
        f.write_all(text.as_bytes())?;
        f.sync_all()
    });
    written.map_err(|e| {
        let _ = fs::remove_file(&temp);
        format!("cannot write {}: {e}", temp.display())
    })?;
    Ok(temp)
}
