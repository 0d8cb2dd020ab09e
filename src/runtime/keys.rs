//! Translating terminal events into the core's `Key`: presses only (a held key's repeats and
//! releases would otherwise log a set twice on some terminals). Pure.

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
}
