//! A small block-letter font, five rows high, for the words and numbers that must be read from
//! two metres away: the phase words (BRACE, RECOVER and IN AGAIN included), "PAUSED",
//! countdown digits, the rep count ("3/12"), loads ("102.5 KG") and plates ("20+10+1.25").
//! Drawn at whole scales, or at half height (two font rows a cell, with half blocks) where a
//! short window has no room for five rows. Owns only glyph shapes and their scaling; must
//! never decide where text goes or what it says.

/// Rows of one glyph at scale 1.
pub const HEIGHT: u16 = 5;

/// Rows of one glyph at half height: two font rows a cell, the last one alone.
pub const HALF_HEIGHT: u16 = HEIGHT.div_ceil(2);

/// Columns between two glyphs at scale 1.
const GAP: u16 = 1;

/// Glyph rows, `#` for a filled cell. Every row of a glyph has the same length.
fn glyph(c: char) -> Option<[&'static str; 5]> {
    Some(match c {
        'A' => [" ### ", "#   #", "#####", "#   #", "#   #"],
        'B' => ["#### ", "#   #", "#### ", "#   #", "#### "],
        'C' => [" ####", "#    ", "#    ", "#    ", " ####"],
        'D' => ["#### ", "#   #", "#   #", "#   #", "#### "],
        'E' => ["#####", "#    ", "#### ", "#    ", "#####"],
        'G' => [" ####", "#    ", "#  ##", "#   #", " ### "],
        'H' => ["#   #", "#   #", "#####", "#   #", "#   #"],
        'I' => ["###", " # ", " # ", " # ", "###"],
        'K' => ["#   #", "#  # ", "###  ", "#  # ", "#   #"],
        'L' => ["#    ", "#    ", "#    ", "#    ", "#####"],
        'N' => ["#   #", "##  #", "# # #", "#  ##", "#   #"],
        'O' => [" ### ", "#   #", "#   #", "#   #", " ### "],
        'P' => ["#### ", "#   #", "#### ", "#    ", "#    "],
        'R' => ["#### ", "#   #", "#### ", "#  # ", "#   #"],
        'S' => [" ####", "#    ", " ### ", "    #", "#### "],
        'U' => ["#   #", "#   #", "#   #", "#   #", " ### "],
        'V' => ["#   #", "#   #", "#   #", " # # ", "  #  "],
        'X' => ["#   #", " # # ", "  #  ", " # # ", "#   #"],
        '0' => [" ### ", "#  ##", "# # #", "##  #", " ### "],
        '1' => ["  #  ", " ##  ", "  #  ", "  #  ", " ### "],
        '2' => [" ### ", "#   #", "  ## ", " #   ", "#####"],
        '3' => ["#### ", "    #", " ### ", "    #", "#### "],
        '4' => ["#   #", "#   #", "#####", "    #", "    #"],
        '5' => ["#####", "#    ", "#### ", "    #", "#### "],
        '6' => [" ### ", "#    ", "#### ", "#   #", " ### "],
        '7' => ["#####", "    #", "   # ", "  #  ", "  #  "],
        '8' => [" ### ", "#   #", " ### ", "#   #", " ### "],
        '9' => [" ### ", "#   #", " ####", "    #", " ### "],
        ':' => [" ", "#", " ", "#", " "],
        '.' => [" ", " ", " ", " ", "#"],
        '/' => ["    #", "   # ", "  #  ", " #   ", "#    "],
        '+' => ["   ", " # ", "###", " # ", "   "],
        ' ' => ["  ", "  ", "  ", "  ", "  "],
        _ => return None,
    })
}

/// Columns `text` takes at scale 1, or `None` when the font lacks one of its characters.
pub fn width(text: &str) -> Option<u16> {
    let mut total = 0u16;
    for (i, c) in text.chars().enumerate() {
        let w = glyph(c)?[0].len() as u16;
        total = total.saturating_add(w).saturating_add(if i > 0 { GAP } else { 0 });
    }
    Some(total)
}

/// The largest scale (at most `max`) at which every one of `texts` fits in `columns`; 0 when
/// even scale 1 does not fit, so the caller falls back to plain text.
pub fn fitting_scale(texts: &[&str], columns: u16, max: u16) -> u16 {
    let widest = texts.iter().map(|t| width(t).unwrap_or(u16::MAX)).max().unwrap_or(0);
    (1..=max).rev().find(|&s| u32::from(widest) * u32::from(s) <= u32::from(columns)).unwrap_or(0)
}

/// `text` in block letters, each font cell drawn `scale` columns wide and `scale` rows high.
/// Characters the font lacks are skipped, so check with [`width`] first.
pub fn render(text: &str, scale: u16) -> Vec<String> {
    let scale = usize::from(scale.max(1));
    let glyphs: Vec<_> = text.chars().filter_map(glyph).collect();
    let mut rows = Vec::with_capacity(usize::from(HEIGHT) * scale);
    for r in 0..usize::from(HEIGHT) {
        let mut row = String::new();
        for (i, g) in glyphs.iter().enumerate() {
            if i > 0 {
                row.push_str(&" ".repeat(usize::from(GAP) * scale));
            }
            for cell in g[r].chars() {
                let fill = if cell == '#' { "█" } else { " " };
                row.push_str(&fill.repeat(scale));
            }
        }
        rows.extend(std::iter::repeat_n(row, scale));
    }
    rows
}

/// `text` in block letters at scale 1 and half height: each cell holds two font rows, drawn
/// with upper and lower half blocks, so the letters keep their width in three rows.
pub fn render_half(text: &str) -> Vec<String> {
    let full = render(text, 1);
    full.chunks(2)
        .map(|pair| {
            let lower: Vec<char> = pair.get(1).map_or_else(Vec::new, |r| r.chars().collect());
            pair[0]
                .chars()
                .enumerate()
                .map(|(i, top)| match (top != ' ', lower.get(i).is_some_and(|&c| c != ' ')) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_glyph_is_rectangular() {
        for c in "ABCDEGHIKLNOPRSUVX0123456789: ./+".chars() {
            let g = glyph(c).unwrap();
            assert!(g.iter().all(|row| row.len() == g[0].len()), "{c}");
        }
    }

    #[test]
    fn the_longest_phase_word_fits_forty_columns() {
        for word in ["INHALE", "EXHALE", "HOLD", "PAUSE", "BRACE", "PAUSED"] {
            assert!(width(word).unwrap() <= 38, "{word}");
        }
        // The breathing pacer's two longest words need 41 and 40 columns: at 40 they are
        // left to the plain line (see `pacer::big_words`).
        assert_eq!((width("RECOVER"), width("IN AGAIN")), (Some(41), Some(40)));
        assert_eq!(fitting_scale(&["EXHALE"], 38, 3), 1);
        assert_eq!(fitting_scale(&["EXHALE", "?"], 78, 3), 0);
        assert_eq!(fitting_scale(&["EXHALE"], 78, 3), 2);
    }

    #[test]
    fn render_has_the_width_it_promises() {
        let rows = render("10:00", 2);
        assert_eq!(rows.len(), 10);
        let w = usize::from(width("10:00").unwrap()) * 2;
        assert!(rows.iter().all(|r| r.chars().count() == w));
        assert_eq!(width("?"), None);
    }

    #[test]
    fn half_height_keeps_the_width_in_three_rows() {
        let rows = render_half("12/12");
        assert_eq!(rows.len(), usize::from(HALF_HEIGHT));
        let w = usize::from(width("12/12").unwrap());
        assert!(rows.iter().all(|r| r.chars().count() == w));
        // Each of the colon's dots is the lower half of a cell.
        assert_eq!(render_half(":"), ["▄", "▄", " "]);
    }
}
