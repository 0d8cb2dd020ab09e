//! Translating terminal events into the core's `Key`: presses only (a held key's repeats and
//! releases would otherwise log a set twice on some terminals), and telling a held key's
//! repeats from presses where the terminal does not say (`Repeats`). Pure: time comes in.

use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::core::keys::Key;

/// The core key for a terminal event, if it is one any screen might use.
pub fn translate(event: &Event) -> Option<Key> {
    let Event::Key(KeyEvent { code, modifiers, kind, .. }) = event else { return None };
    if *kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = modifiers.contains(KeyModifiers::CONTROL);
    Some(match code {
        KeyCode::Char('c') if ctrl => Key::CtrlC,
        KeyCode::Char('z') if ctrl => Key::CtrlZ,
        _ if ctrl => return None,
        KeyCode::Enter => Key::Enter,
        KeyCode::Char(' ') => Key::Space,
        KeyCode::Esc => Key::Esc,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Char(c) => Key::Char(*c),
        _ => return None,
    })
}

/// The same key again sooner than this is the terminal repeating a held key: people do not
/// press one key twice within 60 ms, and terminals repeat every 25-50 ms once they start.
pub const REPEAT_GAP: Duration = Duration::from_millis(60);

/// Drops a held key's repeats. Without the kitty keyboard protocol a repeat arrives as a
/// press, and the first one comes only after the terminal's repeat delay (250-660 ms), far too
/// late to tell by its own gap. So each key waits `REPEAT_GAP` before it counts: a key with
/// the same key within `REPEAT_GAP` before or after it is part of a repeat run and is dropped,
/// and only the press that began the hold gets through. Holding Enter on Log saves once and
/// never skips the rest, however long it is held. The cost is 60 ms before a key acts.
#[derive(Debug, Default)]
pub struct Repeats {
    /// The key waiting to be known as a press, and when it arrived.
    pending: Option<(Key, Duration)>,
    /// The last key to arrive, counted or not, and when.
    last: Option<(Key, Duration)>,
}

impl Repeats {
    /// `key` arrived at `now`: returns the keys that now count, in order (one that waited,
    /// when another key comes first). Only Enter and Space are filtered: they move a workout
    /// on (start, save, skip the rest), so a held one must act once; typed characters repeat
    /// as in any text field, and a burst like "22.5" must stay whole.
    pub fn arrive(&mut self, key: Key, now: Duration) -> Vec<Key> {
        if !matches!(key, Key::Enter | Key::Space) {
            return self.pending.take().map(|(k, _)| k).into_iter().chain([key]).collect();
        }
        let repeat =
            matches!(self.last, Some((k, at)) if k == key && now.saturating_sub(at) < REPEAT_GAP);
        self.last = Some((key, now));
        if repeat {
            if matches!(self.pending, Some((k, _)) if k == key) {
                self.pending = None;
            }
            return Vec::new();
        }
        self.pending.replace((key, now)).map(|(k, _)| k).into_iter().collect()
    }

    /// When the waiting key counts as a press, if one waits.
    pub fn due_at(&self) -> Option<Duration> {
        self.pending.map(|(_, at)| at + REPEAT_GAP)
    }

    /// The waiting key, if its wait is over at `now`.
    pub fn due(&mut self, now: Duration) -> Option<Key> {
        if self.due_at().is_some_and(|at| now >= at) {
            return self.pending.take().map(|(k, _)| k);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn presses_translate_and_releases_do_not() {
        assert_eq!(translate(&press(KeyCode::Char('c'), KeyModifiers::CONTROL)), Some(Key::CtrlC));
        assert_eq!(translate(&press(KeyCode::Char(' '), KeyModifiers::NONE)), Some(Key::Space));
        assert_eq!(
            translate(&press(KeyCode::Char('+'), KeyModifiers::SHIFT)),
            Some(Key::Char('+'))
        );
        assert_eq!(translate(&press(KeyCode::Char('x'), KeyModifiers::CONTROL)), None);
        let mut release = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(translate(&Event::Key(release)), None);
        assert_eq!(translate(&Event::FocusGained), None);
    }

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    /// Feeds `(key, ms)` arrivals and collects what counts, draining due keys in between.
    fn counted(arrivals: &[(Key, u64)]) -> Vec<(Key, u64)> {
        let mut repeats = Repeats::default();
        let mut out = Vec::new();
        for &(key, at) in arrivals {
            while let Some(due) = repeats.due_at().filter(|&d| d <= ms(at)) {
                out.push((repeats.due(due).unwrap(), due.as_millis() as u64));
            }
            out.extend(repeats.arrive(key, ms(at)).into_iter().map(|k| (k, at)));
        }
        if let Some(due) = repeats.due_at() {
            out.push((repeats.due(due).unwrap(), due.as_millis() as u64));
        }
        out
    }

    #[test]
    fn a_held_key_counts_once_however_late_its_repeats_start() {
        // Enter held: the press, then after a 500 ms repeat delay a run every 33 ms for 2 s.
        let mut held = vec![(Key::Enter, 0)];
        held.extend((0..60).map(|i| (Key::Enter, 500 + 33 * i)));
        assert_eq!(counted(&held), vec![(Key::Enter, 60)], "only the press, 60 ms on");
        // Two deliberate taps 150 ms apart are two presses; different keys never wait on
        // each other.
        assert_eq!(
            counted(&[(Key::Enter, 0), (Key::Enter, 150)]),
            vec![(Key::Enter, 60), (Key::Enter, 210)]
        );
        assert_eq!(
            counted(&[(Key::Space, 0), (Key::Enter, 20), (Key::Space, 40)]),
            vec![(Key::Space, 20), (Key::Enter, 40), (Key::Space, 100)]
        );
        // Typed text is never held back or dropped, and a waiting Enter stays before it.
        assert_eq!(
            counted(&[(Key::Enter, 0), (Key::Char('2'), 10), (Key::Char('2'), 20)]),
            vec![(Key::Enter, 10), (Key::Char('2'), 10), (Key::Char('2'), 20)]
        );
        // Exactly at the gap is a press again.
        assert_eq!(counted(&[(Key::Space, 0), (Key::Space, 60)]).len(), 2);
        assert_eq!(counted(&[(Key::Space, 0), (Key::Space, 59)]), vec![]);
    }
}
