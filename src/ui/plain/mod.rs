//! The app as plain lines of text, for `TERM=dumb` terminals and screen readers: no colour,
//! no drawing, no animation, one line each time what the lifter must know changes (a screen,
//! a phase, a countdown second, an edit). Every screen says itself through [`Say`], which
//! `Draw` requires, so a new screen cannot be missing here. Pure like the rest of the ui:
//! text from state and `now`; must never print, read a clock or change state.

use std::time::Duration;

use super::View;
use crate::core::app::{App, Overlay};
use crate::core::keys::KeyHelp;
use crate::core::safety::WELLBEING;

mod breathe;
mod home;
mod progress;
mod workout;

/// One line for the lifter, and what it is about: the line is said again only when `about`
/// changes, so a rest's seconds ticking by do not repeat a line within one breath.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// What the line is about; a new value means a new line.
    pub about: String,
    /// The line.
    pub text: String,
}

impl Said {
    /// A line that is said again whenever its text changes.
    pub fn text(text: String) -> Said {
        Said { about: text.clone(), text }
    }
}

/// How a screen says itself in plain lines.
pub trait Say {
    /// The line for the screen at `now`.
    fn say(&self, now: Duration, view: &View) -> Said;

    /// How long after `now` the line next changes by itself; `None` when only a key moves it.
    fn until_said(&self, _now: Duration) -> Option<Duration> {
        None
    }
}

/// The line for the app at `now`: its box if one is open, else its screen.
pub fn said(app: &App, now: Duration, view: &View) -> Said {
    let screen = app.screen();
    match &app.overlay {
        Some(Overlay::Help) => {
            let mut text = format!("Keys: {}.", keys(&screen.help()));
            if let Some(note) = screen.help_note() {
                text.push(' ');
                text.push_str(note);
            }
            for sentence in WELLBEING {
                text.push(' ');
                text.push_str(sentence);
            }
            Said::text(text + " Any key closes this.")
        }
        Some(Overlay::Confirm(q)) => {
            Said::text(format!("{} {} y {}, n {}.", q.title, q.body, q.yes, q.no))
        }
        Some(Overlay::Notice(text)) => Said::text(format!("Note: {text} Any key closes this.")),
        None => match super::drawing(screen) {
            Some(drawing) => drawing.say(now, view),
            None => Said::text(String::new()),
        },
    }
}

/// When the app's line next changes by itself, after `now`; `None` under a box.
pub fn until_said(app: &App, now: Duration) -> Option<Duration> {
    if app.overlay.is_some() {
        return None;
    }
    super::drawing(app.screen())?.until_said(now).map(|wait| now + wait)
}

/// "Space / Enter start the set, ? show these keys".
fn keys(lines: &[KeyHelp]) -> String {
    let each: Vec<String> = lines.iter().map(|(k, what)| format!("{k} {what}")).collect();
    each.join(", ")
}
