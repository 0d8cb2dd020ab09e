//! Keys as data. A screen's keys are one table of [`Binding`]s: which keys do which action,
//! how the `?` box and the README name them, and the footer hint. The screen's key handling
//! looks its action up here ([`action`]), the footer draws [`hints`], the `?` box draws
//! [`help`] and a test holds the README's key table to [`readme_row`], so they cannot drift.
//! Pure data and lookups: must never carry out an action.
//!
//! A new key on a screen is one row in that screen's table and one arm where its action is
//! handled (the compiler asks for the arm when the action is new).

/// A key, already translated from the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Enter / Return.
    Enter,
    /// The space bar.
    Space,
    /// Escape.
    Esc,
    /// Tab: next field.
    Tab,
    /// Shift-Tab: previous field.
    BackTab,
    /// Backspace.
    Backspace,
    /// Ctrl-C: asks before quitting, like `q`.
    CtrlC,
    /// Ctrl-Z: suspend to the shell.
    CtrlZ,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Any printable character.
    Char(char),
}

/// One line of a screen's keys: the keys and the action each does, with the words shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Binding<A: 'static> {
    /// Each key and what it does; a line may bind several keys (↑ and ↓) to related actions.
    pub keys: &'static [(Key, A)],
    /// The keys and what they do as the `?` box and the README say it: ("Space / Enter",
    /// "start the set"). `None` for a key that works but is not worth a line.
    pub help: Option<KeyHelp>,
    /// The footer's short form and how much it matters there (the least goes first when the
    /// row is short); `None` when the footer leaves it out.
    pub hint: Option<Hint>,
}

/// The keys and what they do: ("Space / Enter", "start the set").
pub type KeyHelp = (&'static str, &'static str);

/// A footer hint and its weight: ("Space/Enter start", 9).
pub type Hint = (&'static str, u8);

impl<A: Copy> Binding<A> {
    /// The same line with no footer hint, for a screen whose footer has no room for it.
    pub const fn unhinted(self) -> Self {
        Binding { keys: self.keys, help: self.help, hint: None }
    }
}

/// The keys that move through a list, the same on every screen with one: ↓, `j` and Tab to
/// the `next` item, ↑, `k` and Shift-Tab to the `previous`.
pub const fn list_moves<A: Copy>(next: A, previous: A) -> [(Key, A); 6] {
    [
        (Key::Down, next),
        (Key::Char('j'), next),
        (Key::Tab, next),
        (Key::Up, previous),
        (Key::Char('k'), previous),
        (Key::BackTab, previous),
    ]
}

/// A list's line of keys: [`list_moves`] choosing `what` ("choose an exercise"), shown in the
/// footer as `hint` ("↑/↓ exercise").
pub const fn list_line<A: Copy>(
    moves: &'static [(Key, A); 6],
    what: &'static str,
    hint: &'static str,
) -> Binding<A> {
    Binding { keys: moves, help: Some(("↑/↓ or j/k", what)), hint: Some((hint, 8)) }
}

/// The line every screen has for `?`, whose `keys` bind it to the screen's help action.
pub const fn help_line<A: Copy>(keys: &'static [(Key, A)]) -> Binding<A> {
    Binding { keys, help: Some(("?", "show these keys")), hint: Some(("? keys", 5)) }
}

/// What `key` does on the screen whose table is `table`; the first line that binds it wins.
pub fn action<A: Copy>(table: &[Binding<A>], key: Key) -> Option<A> {
    table.iter().flat_map(|b| b.keys).find(|(k, _)| *k == key).map(|(_, a)| *a)
}

/// The lines of the `?` box, in table order.
pub fn help<A>(table: &[Binding<A>]) -> Vec<KeyHelp> {
    table.iter().filter_map(|b| b.help).collect()
}

/// The footer hints, in table order.
pub fn hints<A>(table: &[Binding<A>]) -> Vec<Hint> {
    table.iter().filter_map(|b| b.hint).collect()
}

/// One row of the README's key table: `| screen | `keys` what they do · ... |`.
pub fn readme_row(screen: &str, lines: &[KeyHelp]) -> String {
    let keys: Vec<String> = lines.iter().map(|(keys, does)| format!("`{keys}` {does}")).collect();
    format!("| {screen} | {} |", keys.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &[Binding<u8>] = &[
        Binding {
            keys: &[(Key::Down, 1), (Key::Up, 2)],
            help: Some(("↑/↓", "move")),
            hint: Some(("↑/↓ move", 5)),
        },
        Binding { keys: &[(Key::Down, 9), (Key::CtrlZ, 3)], help: None, hint: None },
    ];

    #[test]
    fn the_first_line_that_binds_a_key_wins_and_hidden_lines_still_work() {
        assert_eq!(action(TABLE, Key::Down), Some(1));
        assert_eq!(action(TABLE, Key::Up), Some(2));
        assert_eq!(action(TABLE, Key::CtrlZ), Some(3));
        assert_eq!(action(TABLE, Key::Esc), None);
        assert_eq!(help(TABLE), vec![("↑/↓", "move")]);
        assert_eq!(hints(TABLE), vec![("↑/↓ move", 5)]);
        assert_eq!(hints(&[TABLE[0].unhinted()]), vec![]);
        assert_eq!(readme_row("Here", &help(TABLE)), "| Here | `↑/↓` move |");
    }
}
