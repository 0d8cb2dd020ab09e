//! The real terminal as the loop's [`Host`]: the bell, the window title (saved on the
//! terminal's title stack and given back), desktop notifications by OSC 9 (wrapped for tmux),
//! and Ctrl-Z, as the lifter's settings allow. Writes escape sequences and nothing else;
//! failures to write are ignored, since none of these is worth stopping a workout for.

use std::io::Write;

use super::Host;
use crate::settings::{Settings, Sound};

/// The real terminal, the lifter's settings, and the title it shows now, if we set one.
#[derive(Debug)]
pub struct Terminal {
    /// Whether it holds the alternate screen; plain lines (`TERM=dumb`, screen readers) get
    /// no title or notification sequences, which would print as junk there.
    full_screen: bool,
    /// What the lifter chose (sound now; notifications and the title are theirs to read too).
    prefs: Settings,
    /// The title we set last; `None` while the terminal shows its own.
    title: Option<String>,
    /// Whether we run inside tmux, which passes OSC 9 on only when wrapped.
    tmux: bool,
}

impl Terminal {
    /// The terminal of this process, full screen or plain lines, with the lifter's `prefs`.
    pub fn new(full_screen: bool, prefs: Settings) -> Terminal {
        Terminal { full_screen, prefs, title: None, tmux: std::env::var_os("TMUX").is_some() }
    }
}

fn write(bytes: &[u8]) {
    let mut out = std::io::stdout();
    let _ = out.write_all(bytes).and_then(|()| out.flush());
}

/// The escape sequences that move the title from `was` to `now`: the first title pushes the
/// terminal's own onto its stack (CSI 22 t), the last pops it back (CSI 23 t). Text is cleaned
/// of control characters so nothing can end the sequence early.
pub fn title_change(was: Option<&str>, now: Option<&str>) -> Option<String> {
    let clean = |s: &str| s.chars().filter(|c| !c.is_control()).collect::<String>();
    match (was, now) {
        (a, b) if a == b => None,
        (None, Some(t)) => Some(format!("\x1b[22;0t\x1b]2;{}\x07", clean(t))),
        (Some(_), Some(t)) => Some(format!("\x1b]2;{}\x07", clean(t))),
        (Some(_), None) => Some("\x1b[23;0t".into()),
        (None, None) => None,
    }
}

/// A desktop notification: OSC 9, inside tmux's passthrough (`ESC P tmux;` with each ESC
/// doubled, then `ESC \`) so it reaches the outer terminal; over SSH it travels as any output.
pub fn notification(text: &str, tmux: bool) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    let osc = format!("\x1b]9;{clean}\x07");
    if tmux { format!("\x1bPtmux;{}\x1b\\", osc.replace('\x1b', "\x1b\x1b")) } else { osc }
}

impl Host for Terminal {
    fn bell(&mut self) {
        // `tones` rings the bell until there are tones to play.
        if self.prefs.sound != Sound::Off {
            write(b"\x07");
        }
    }

    fn title(&mut self, text: Option<&str>) {
        if !self.full_screen {
            return;
        }
        if let Some(seq) = title_change(self.title.as_deref(), text) {
            write(seq.as_bytes());
            self.title = text.map(str::to_owned);
        }
    }

    fn notify(&mut self, text: &str) {
        if !self.full_screen {
            return;
        }
        write(notification(text, self.tmux).as_bytes());
    }

    fn suspend(&mut self) {
        if self.full_screen {
            ratatui::restore();
            // ratatui only shows the cursor when its terminal is dropped; the shell needs it
            // now. The next frame after the return hides it again.
            let _ = crossterm::execute!(std::io::stdout(), crossterm::cursor::Show);
        } else {
            let _ = crossterm::terminal::disable_raw_mode();
        }
        // SAFETY: kill(2) with pid 0 signals our own process group, as a shell's Ctrl-Z would;
        // it returns once the group is continued.
        unsafe {
            libc::kill(0, libc::SIGTSTP);
        }
        let _ = crossterm::terminal::enable_raw_mode();
        if self.full_screen {
            let stdout = &mut std::io::stdout();
            let _ = crossterm::execute!(stdout, crossterm::terminal::EnterAlternateScreen);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_is_saved_changed_and_given_back() {
        let first = title_change(None, Some("REST 0:42 · liftpace")).unwrap();
        assert_eq!(first, "\x1b[22;0t\x1b]2;REST 0:42 · liftpace\x07");
        assert_eq!(title_change(Some("a"), Some("a")), None, "unchanged: nothing written");
        assert_eq!(title_change(Some("a"), Some("b\x07")).unwrap(), "\x1b]2;b\x07");
        assert_eq!(title_change(Some("a"), None).unwrap(), "\x1b[23;0t");
        assert_eq!(title_change(None, None), None);
    }

    #[test]
    fn notifications_are_osc_9_and_wrapped_for_tmux() {
        assert_eq!(notification("Rest over", false), "\x1b]9;Rest over\x07");
        assert_eq!(notification("Rest over", true), "\x1bPtmux;\x1b\x1b]9;Rest over\x07\x1b\\");
    }
}
