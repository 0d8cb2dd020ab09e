//! Changing one top-level key of `config.toml`'s text by code (`breathe --find` saving the
//! lifter's resonance rate) without disturbing anything the lifter wrote: the value is
//! replaced in place, keeping the line's comment, or a line is added before the first table.
//! Pure: text in, text out; must never touch a file or rewrite any other line.

use toml::de::DeTable;

/// `text` with the top-level `key` set to `value` (already written as TOML). Fails when the
/// text is not valid TOML, since editing a broken file could only make it worse.
pub fn set_top_level(text: &str, key: &str, value: &str) -> Result<String, String> {
    let doc = DeTable::parse(text).map_err(|e| format!("it is not valid TOML: {}", e.message()))?;
    if let Some(old) = doc.get_ref().get(key) {
        if matches!(old.get_ref(), toml::de::DeValue::Table(_)) {
            return Err(format!("`{key}` is a table there, not a value"));
        }
        let span = old.span();
        return Ok(format!("{}{value}{}", &text[..span.start], &text[span.end..]));
    }
    let line = format!("{key} = {value}\n");
    let at = before_first_table(text).unwrap_or(text.len());
    let (before, after) = text.split_at(at);
    let gap = if before.is_empty() || before.ends_with('\n') { "" } else { "\n" };
    let out = format!("{before}{gap}{line}{after}");
    // A `[` opening a line inside a multi-line string would fool the scan: make sure.
    match DeTable::parse(&out) {
        Ok(doc) if doc.get_ref().contains_key(key) => Ok(out),
        _ => Err(format!("could not find a place for `{key}` at the top level")),
    }
}

/// The byte offset where a new top-level key must go to stay out of every table: the start of
/// the comments just above the first table header (`[bar]`, `[[x]]`), which belong to it.
fn before_first_table(text: &str) -> Option<usize> {
    let mut offset = 0;
    let mut comments_from = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            return Some(comments_from.unwrap_or(offset));
        }
        comments_from =
            if trimmed.starts_with('#') { comments_from.or(Some(offset)) } else { None };
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_existing_value_is_replaced_keeping_its_comment_and_every_other_line() {
        let text =
            "# mine\ntheme = \"light\"\nresonance_rate = 5.5   # found in May\ncountdown = 5\n";
        let out = set_top_level(text, "resonance_rate", "6.2").unwrap();
        assert_eq!(
            out,
            "# mine\ntheme = \"light\"\nresonance_rate = 6.2   # found in May\ncountdown = 5\n"
        );
    }

    #[test]
    fn a_missing_key_goes_above_the_first_table_or_at_the_end() {
        let text = "theme = \"dark\"\n\n# my bar\n[bar]\nkg = 15\n";
        let out = set_top_level(text, "resonance_rate", "6").unwrap();
        assert_eq!(out, "theme = \"dark\"\n\nresonance_rate = 6\n# my bar\n[bar]\nkg = 15\n");
        let parsed = DeTable::parse(&out).unwrap();
        assert!(parsed.get_ref().contains_key("resonance_rate"), "top level, not in [bar]");
        assert_eq!(set_top_level("", "k", "1").unwrap(), "k = 1\n");
        assert_eq!(set_top_level("a = 1", "k", "1").unwrap(), "a = 1\nk = 1\n");
    }

    #[test]
    fn a_broken_file_or_a_table_of_that_name_is_refused() {
        assert!(set_top_level("theme = ", "resonance_rate", "6").is_err());
        assert!(set_top_level("[resonance_rate]\nx = 1\n", "resonance_rate", "6").is_err());
    }
}
