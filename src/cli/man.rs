//! `liftpace man`: the manual page in roff, from the clap definitions (clap_mangen) plus the
//! sections clap cannot know: the keys of every screen, the settings with their variables,
//! the files and where they live, the environment and the exit status. Every table comes from
//! the code that acts on it. Must never print anything but the page.

use std::io::Write;

use clap::CommandFactory;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

use super::Cli;
use crate::core::app::CONFIRM_KEYS;
use crate::core::home;
use crate::core::keys::{KeyHelp, help};
use crate::core::session::keymap::{EVERYWHERE, README};
use crate::settings::keys;

/// The whole page.
pub(super) fn render() -> Result<Vec<u8>, std::io::Error> {
    let man = Man::new(Cli::command());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    man.render_subcommands_section(&mut out)?;
    extra().to_writer(&mut out)?;
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// Prints the page on stdout.
pub(super) fn print() -> Result<(), String> {
    let page = render().map_err(|e| format!("cannot render the manual: {e}"))?;
    std::io::stdout().write_all(&page).map_err(|e| format!("cannot print the manual: {e}"))
}

/// A tagged paragraph: `term` in bold, then `text` indented under it.
fn item(roff: &mut Roff, term: &str, text: &str) {
    roff.control("TP", []).text([bold(term)]).text([roman(text)]);
}

/// Every screen's keys from the tables the screens act on, as the README lists them: the
/// keys every workout screen shares once, after each screen's own.
fn key_tables() -> Vec<(&'static str, Vec<KeyHelp>)> {
    let everywhere = help(EVERYWHERE);
    let mut out = vec![("Home", help(home::KEYS))];
    for (screen, table) in README {
        let own = help(table).into_iter().filter(|l| !everywhere.contains(l)).collect();
        out.push((*screen, own));
    }
    out.push(("Every workout screen but Summary", everywhere));
    out.push(("A question", help(CONFIRM_KEYS)));
    out
}

fn extra() -> Roff {
    let mut roff = Roff::default();
    roff.control("SH", ["KEYS"]);
    for (screen, table) in key_tables() {
        roff.control("SS", [screen]);
        for (key, action) in table {
            item(&mut roff, key, action);
        }
    }

    roff.control("SH", ["SETTINGS"]);
    roff.text([
        roman("Every key of "),
        italic("config.toml"),
        roman(" is optional. A command-line flag wins over the environment, which wins over the file, which wins over the default; "),
        bold("liftpace config"),
        roman(" shows each value in effect and where it came from."),
    ]);
    for key in keys::TOP {
        let term = match keys::env_var(key.name) {
            Some(var) => format!("{} ({var})", key.name),
            None => format!("[{}]", key.name),
        };
        item(&mut roff, &term, key.about);
    }

    roff.control("SH", ["FILES"]);
    let files = [
        ("<config dir>/config.toml", "Settings (liftpace config --init writes a commented one)."),
        (
            "<config dir>/programs/",
            "Your own programmes, one .toml file each, listed on the home screen; liftpace new NAME writes here.",
        ),
        ("<config dir>/exercises.toml", "Exercises of your own, added to the built-in library."),
        ("<data dir>/history.jsonl", "The results: one JSON record a line, only ever appended to."),
    ];
    for (path, what) in files {
        item(&mut roff, path, what);
    }
    roff.text([roman(
        "On Linux the config dir is ~/.config/liftpace and the data dir ~/.local/share/liftpace, \
         honouring XDG_CONFIG_HOME and XDG_DATA_HOME.",
    )]);

    roff.control("SH", ["ENVIRONMENT"]);
    let environment = [
        ("LIFTPACE_CONFIG_DIR", "The config dir, as --config-dir."),
        ("LIFTPACE_DATA_DIR", "The data dir, as --data-dir."),
        ("LIFTPACE_<KEY>", "Any top-level setting, e.g. LIFTPACE_THEME=light (see SETTINGS)."),
        ("NO_COLOR", "Any non-empty value turns colour off (--color always turns it back on)."),
        ("TERM", "dumb: plain lines of text, no full-screen drawing and no colour."),
    ];
    for (name, what) in environment {
        item(&mut roff, name, what);
    }

    roff.control("SH", ["EXIT STATUS"]);
    item(&mut roff, "0", "Success.");
    item(&mut roff, "1", "A programme, settings, data or file error.");
    item(&mut roff, "2", "A command-line usage error.");
    roff
}
