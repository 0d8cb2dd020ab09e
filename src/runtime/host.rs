//! The real terminal as the loop's [`Host`]: the bell, the window title (saved on the
//! terminal's title stack and given back), desktop notifications by OSC 9 (wrapped for tmux),
//! and Ctrl-Z, as the lifter's settings allow (`sound`, `title`, `notify`); with the `sound`
//! feature and `sound = "tones"`, tones for each paced phase and in place of the bell while an
//! audio device plays them. Writes escape sequences and nothing else; failures to write are
//! ignored, since none of these is worth stopping a workout for.

use std::io::Write;

use super::Host;
use crate::settings::{Settings, Sound};

/// The real terminal, the lifter's settings, and the title it shows now, if we set one.
pub struct Terminal {
    /// Whether it holds the alternate screen; plain lines (`TERM=dumb`, screen readers) get
    /// no title or notification sequences, which would print as junk there.
    full_screen: bool,
    /// What the lifter chose: the sound, the title, notifications.
    prefs: Settings,
    /// The title we set last; `None` while the terminal shows its own.
    title: Option<String>,
    /// Whether we run inside tmux, which passes OSC 9 on only when wrapped.
    tmux: bool,
    /// Where the sequences go: stdout, or a buffer in tests.
    out: Box<dyn Write>,
    /// Tones, when the lifter chose them and the build has them.
    #[cfg(feature = "sound")]
    tones: Option<super::sound::Player>,
    /// The phase last cued, so each phase sounds once as it begins.
    #[cfg(feature = "sound")]
    cued: Option<crate::ui::Cue>,
}

impl Terminal {
    /// The terminal of this process, full screen or plain lines, with the lifter's `prefs`.
    pub fn new(full_screen: bool, prefs: Settings) -> Terminal {
        Terminal::writing_to(full_screen, prefs, Box::new(std::io::stdout()))
    }

    /// The same, writing its sequences to `out`.
    pub fn writing_to(full_screen: bool, prefs: Settings, out: Box<dyn Write>) -> Terminal {
        let tmux = std::env::var_os("TMUX").is_some();
        #[cfg(feature = "sound")]
        let tones = (prefs.sound == Sound::Tones)
            .then(|| super::sound::Player::spawn(Box::new(super::sound::device::open)));
        Terminal {
            full_screen,
            prefs,
            title: None,
            tmux,
            out,
            #[cfg(feature = "sound")]
            tones,
            #[cfg(feature = "sound")]
            cued: None,
        }
    }

    fn write(&mut self, bytes: &[u8]) {
        let _ = self.out.write_all(bytes).and_then(|()| self.out.flush());
    }

    /// Plays `tone` if tones are on and the device is open; `false` otherwise.
    #[cfg(feature = "sound")]
    fn tone(&self, tone: super::sound::Tone) -> bool {
        self.tones.as_ref().is_some_and(|player| player.play(tone))
    }

    /// Without the feature there are no tones: the bell rings for `tones` too.
    #[cfg(not(feature = "sound"))]
    fn chimed(&self) -> bool {
        false
    }

    /// Whether the bell's moment was sounded as a tone.
    #[cfg(feature = "sound")]
    fn chimed(&self) -> bool {
        self.tone(super::sound::Tone::Bell)
    }
}

/// What the terminal is sent to make `sound`: the bell, or nothing. `Tones` rings the bell
/// here: the optional `sound` feature plays tones itself and only falls back to this.
pub fn sound_bytes(sound: Sound) -> &'static [u8] {
    match sound {
        Sound::Bell | Sound::Tones => b"\x07",
        Sound::Off => b"",
    }
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
        // `tones` rings the bell when there are no tones to play (no `sound` feature, no
        // audio device, or the device went away).
        let bytes = sound_bytes(self.prefs.sound);
        if !bytes.is_empty() && !self.chimed() {
            self.write(bytes);
        }
    }

    #[cfg(feature = "sound")]
    fn cue(&mut self, cue: Option<crate::ui::Cue>) {
        if cue == self.cued {
            return;
        }
        self.cued = cue;
        if let Some(tone) = cue.and_then(|c| super::sound::Tone::of(c.kind)) {
            // Without a device the phases are silent; the bell keeps its own moments.
            self.tone(tone);
        }
    }

    fn title(&mut self, text: Option<&str>) {
        if !self.full_screen || !self.prefs.title {
            return;
        }
        if let Some(seq) = title_change(self.title.as_deref(), text) {
            self.write(seq.as_bytes());
            self.title = text.map(str::to_owned);
        }
    }

    fn notify(&mut self, text: &str) {
        if !self.full_screen || !self.prefs.notify {
            return;
        }
        let seq = notification(text, self.tmux);
        self.write(seq.as_bytes());
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

    /// A terminal with `prefs` whose output the test reads back.
    fn terminal(prefs: Settings) -> (Terminal, std::rc::Rc<std::cell::RefCell<Vec<u8>>>) {
        #[derive(Clone, Default)]
        struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);
        impl Write for Shared {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                self.0.borrow_mut().extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let out = Shared::default();
        (Terminal::writing_to(true, prefs, Box::new(out.clone())), out.0)
    }

    fn written(prefs: Settings) -> String {
        let (mut t, out) = terminal(prefs);
        t.bell();
        t.title(Some("REST 0:42 · liftpace"));
        t.notify("Rest over");
        String::from_utf8(out.borrow().clone()).unwrap()
    }

    #[test]
    fn the_settings_decide_what_reaches_the_terminal() {
        let everything = Settings { notify: true, ..Settings::default() };
        let all = written(everything.clone());
        assert!(all.starts_with('\x07'), "the bell: {all:?}");
        assert!(all.contains("\x1b]2;REST 0:42"), "the title: {all:?}");
        assert!(all.contains("\x1b]9;Rest over"), "the notice: {all:?}");

        let quiet = written(Settings { sound: Sound::Off, ..everything.clone() });
        assert!(quiet.starts_with('\x1b'), "sound = off rings nothing: {quiet:?}");
        let tones = written(Settings { sound: Sound::Tones, ..everything.clone() });
        assert!(tones.starts_with('\x07'), "tones ring the bell until tones exist: {tones:?}");
        let untitled = written(Settings { title: false, ..everything.clone() });
        assert!(!untitled.contains("]2;"), "title = false: {untitled:?}");
        let unnoticed = written(Settings { notify: false, ..everything });
        assert!(!unnoticed.contains("]9;"), "notify = false: {unnoticed:?}");
        assert!(!written(Settings::default()).contains("]9;"), "notify is off by default");
    }

    #[test]
    fn notifications_are_osc_9_and_wrapped_for_tmux() {
        assert_eq!(notification("Rest over", false), "\x1b]9;Rest over\x07");
        assert_eq!(notification("Rest over", true), "\x1bPtmux;\x1b\x1b]9;Rest over\x07\x1b\\");
    }
}
