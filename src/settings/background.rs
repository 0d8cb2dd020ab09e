//! `theme = "auto"`: asks the terminal for its background colour (OSC 11) before anything
//! else reads the keyboard, and says whether it is light or dark. The query is followed by a
//! device-attributes request that every terminal answers, so a terminal that ignores OSC 11
//! costs one round trip, not the whole timeout; the wait is bounded either way. Must never run
//! once the event stream is reading keys (it would steal them), and never fail a workout: no
//! answer simply means dark.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// How long to wait for the terminal's answers; a local terminal answers in well under 10 ms.
pub const TIMEOUT: Duration = Duration::from_millis(150);

/// What the terminal's background looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    /// Dark text on a light background wants the light theme.
    Light,
    /// Light text on a dark background.
    Dark,
}

/// Asks the terminal on stdin/stdout for its background, waiting at most `timeout`. `None`
/// when either is not a terminal or it does not say.
pub fn query(timeout: Duration) -> Option<Background> {
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return None;
    }
    crossterm::terminal::enable_raw_mode().ok()?;
    let answer = ask(timeout);
    let _ = crossterm::terminal::disable_raw_mode();
    parse(&answer?)
}

/// Sends OSC 11 and DA1 and collects the replies until DA1's arrives or time is up.
fn ask(timeout: Duration) -> Option<Vec<u8>> {
    let mut out = std::io::stdout();
    out.write_all(b"\x1b]11;?\x1b\\\x1b[c").and_then(|()| out.flush()).ok()?;
    let deadline = Instant::now() + timeout;
    let mut got = Vec::new();
    while !answered(&got) {
        let left = deadline.saturating_duration_since(Instant::now());
        let mut poll = libc::pollfd { fd: libc::STDIN_FILENO, events: libc::POLLIN, revents: 0 };
        let millis = libc::c_int::try_from(left.as_millis()).unwrap_or(0);
        // SAFETY: one valid pollfd, for the duration of the call.
        if millis == 0 || unsafe { libc::poll(&mut poll, 1, millis) } <= 0 {
            break;
        }
        let mut buf = [0u8; 256];
        // SAFETY: reads at most buf.len() bytes into buf, which outlives the call.
        let n = unsafe { libc::read(libc::STDIN_FILENO, buf.as_mut_ptr().cast(), buf.len()) };
        let Ok(n) = usize::try_from(n) else { break };
        if n == 0 {
            break;
        }
        got.extend_from_slice(&buf[..n]);
    }
    Some(got)
}

/// Whether the device-attributes reply (`ESC [ ? ... c`), which comes after OSC 11's, is in.
fn answered(got: &[u8]) -> bool {
    got.windows(3).position(|w| w == b"\x1b[?").is_some_and(|at| got[at..].contains(&b'c'))
}

/// Reads `rgb:RRRR/GGGG/BBBB` (one to four hex digits a channel) out of the replies and
/// judges it by its luma.
pub fn parse(reply: &[u8]) -> Option<Background> {
    let text = String::from_utf8_lossy(reply);
    let start = text.find("]11;rgb:")? + "]11;rgb:".len();
    let end = text[start..].find(['\x07', '\x1b']).map_or(text.len(), |e| start + e);
    let channels: Vec<f64> = text[start..end].split('/').map(channel).collect::<Option<_>>()?;
    let [r, g, b] = channels[..] else { return None };
    let luma = 0.299 * r + 0.587 * g + 0.114 * b;
    Some(if luma > 0.5 { Background::Light } else { Background::Dark })
}

/// One channel as a fraction of its full scale.
fn channel(hex: &str) -> Option<f64> {
    if hex.is_empty() || hex.len() > 4 {
        return None;
    }
    let value = u32::from_str_radix(hex, 16).ok()?;
    let full = (1u32 << (4 * hex.len())) - 1;
    Some(f64::from(value) / f64::from(full))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_of_every_width_and_terminator_are_read() {
        let white = b"\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?62;22c";
        assert_eq!(parse(white), Some(Background::Light));
        assert_eq!(parse(b"\x1b]11;rgb:00/00/00\x07"), Some(Background::Dark));
        assert_eq!(parse(b"\x1b]11;rgb:fdf6/e3e3/d0d0\x07"), Some(Background::Light));
        assert_eq!(parse(b"\x1b]11;rgb:2/3/3\x1b\\"), Some(Background::Dark));
    }

    #[test]
    fn no_or_garbled_answers_mean_no_answer() {
        assert_eq!(parse(b"\x1b[?62;22c"), None, "only device attributes: no OSC 11");
        assert_eq!(parse(b"\x1b]11;rgb:zz/00/00\x07"), None);
        assert_eq!(parse(b"\x1b]11;rgb:00/00\x07"), None);
        assert_eq!(parse(b""), None);
    }

    #[test]
    fn waiting_stops_at_the_device_attributes_reply() {
        assert!(!answered(b"\x1b]11;rgb:0/0/0\x07"));
        assert!(!answered(b"\x1b[?62;2"), "not complete yet");
        assert!(answered(b"\x1b]11;rgb:0/0/0\x07\x1b[?62;22c"));
    }
}
