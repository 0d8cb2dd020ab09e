//! Text from a file made safe to print: the one cleaning every string read from a file (a
//! programme, `exercises.toml`, a history line, a file name) goes through before it reaches
//! the terminal. Imports nothing of the crate; must never drop or reorder characters, so a
//! cleaned text still lines up with the original.

/// `text` safe to print: every control character but a line break or tab becomes a visible
/// stand-in of the same length in bytes (`?` or `¿`), so byte spans into the original still
/// point at the same place and no file can send escape sequences or binary junk to the
/// terminal.
pub fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let line_end = c == '\n' || (c == '\r' && chars.peek() == Some(&'\n'));
        out.push(match c {
            c if !c.is_control() || line_end || c == '\t' => c,
            c if c.len_utf8() == 1 => '?',
            _ => '¿',
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_stand_ins_of_the_same_length() {
        let raw = "a\u{1b}[31mb\u{9b}c\r\nd\te\rf\u{7}";
        let clean = shown(raw);
        assert_eq!(clean, "a?[31mb¿c\r\nd\te?f?");
        assert_eq!(clean.len(), raw.len());
    }
}
