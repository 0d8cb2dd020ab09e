//! Every style the screens use, in one place: three palettes (dark, light, high-contrast) and
//! the plain look for `NO_COLOR`. Owns only styles: it must never decide what is shown, and
//! colour must never be the only carrier of meaning (the words and shapes carry it; colour only
//! helps from across the room). The phase colours are chosen to stay apart for colour-blind
//! eyes and to stand out from the background (the tests measure both).

use ratatui::style::{Color, Modifier, Style};

use crate::core::phase::PhaseKind;

/// A set of colours for one kind of terminal background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Palette {
    /// Light colours for a dark background (the default).
    Dark,
    /// Dark colours for a light background: nothing pale, no yellow.
    Light,
    /// White on black with one accent colour, everywhere.
    HighContrast,
}

/// The phase colours of a palette, in the xterm 256-colour set (drawn alike by every colour
/// terminal, unlike the 16 named colours each terminal theme repaints). Blue against orange
/// stays apart under every kind of colour blindness; the pause is a neutral grey.
struct Phases {
    inhale: u8,
    hold: u8,
    exhale: u8,
    brace: u8,
}

const DARK: Phases = Phases { inhale: 39, hold: 254, exhale: 214, brace: 197 };
const LIGHT: Phases = Phases { inhale: 20, hold: 242, exhale: 130, brace: 127 };
/// High contrast's black, white and its one accent (yellow: the brightest on black).
const BLACK: Color = Color::Indexed(16);
const WHITE: Color = Color::Indexed(231);
const ACCENT: Color = Color::Indexed(226);
/// The alarm's background on dark and light terminals: a red white text reads on.
const ALARM_RED: Color = Color::Indexed(124);

/// The look of every screen: a palette, or none for `NO_COLOR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    palette: Option<Palette>,
}

impl Theme {
    /// The dark palette, or (when `color` is false) bold and reverse video only.
    pub fn new(color: bool) -> Self {
        Theme { palette: color.then_some(Palette::Dark) }
    }

    /// The colours of `palette`.
    pub fn of(palette: Palette) -> Self {
        Theme { palette: Some(palette) }
    }

    /// No colour at all: bold, italic and reverse video only (`NO_COLOR`, `--color never`).
    pub fn plain() -> Self {
        Theme { palette: None }
    }

    /// What the whole screen is painted with before anything is drawn: the terminal's own
    /// colours, except in high contrast, which owns every cell.
    pub fn base(self) -> Style {
        match self.palette {
            Some(Palette::HighContrast) => Style::new().fg(WHITE).bg(BLACK),
            _ => Style::new(),
        }
    }

    /// Ordinary text: the terminal's own colours, which the lifter chose to be readable.
    pub fn text(self) -> Style {
        Style::new()
    }

    /// Names and headings: bold in the terminal's own foreground, the one colour sure to
    /// stand out from its background, light or dark.
    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary lines (notes, legend, last time): italic rather than dim, because dim text
    /// vanishes on a laptop in a bright gym.
    pub fn secondary(self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }

    /// The key hints at the bottom of every screen.
    pub fn hint(self) -> Style {
        Style::new()
    }

    /// A breathing or tempo phase: big letters, the bar and the plain word.
    pub fn phase(self, kind: PhaseKind) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let phases = match self.palette {
            None => return bold,
            Some(Palette::HighContrast) => {
                return match kind {
                    PhaseKind::Inhale => bold.fg(ACCENT),
                    PhaseKind::Hold | PhaseKind::Exhale => bold.fg(WHITE),
                    PhaseKind::Brace => bold.fg(BLACK).bg(ACCENT),
                };
            }
            Some(Palette::Dark) => &DARK,
            Some(Palette::Light) => &LIGHT,
        };
        let index = match kind {
            PhaseKind::Inhale => phases.inhale,
            PhaseKind::Hold => phases.hold,
            PhaseKind::Exhale => phases.exhale,
            PhaseKind::Brace => phases.brace,
        };
        bold.fg(Color::Indexed(index))
    }

    /// Big countdown digits and other numbers that matter.
    pub fn figure(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The selected list entry or the focused form field (also marked with `▶`).
    pub fn focus(self) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        match self.palette {
            Some(Palette::HighContrast) => style.fg(BLACK).bg(ACCENT),
            _ => style.add_modifier(Modifier::REVERSED),
        }
    }

    /// Something the lifter must not miss: a failed save, "PAUSED".
    pub fn alarm(self) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        match self.palette {
            None => style.add_modifier(Modifier::REVERSED),
            Some(Palette::HighContrast) => style.fg(BLACK).bg(WHITE),
            Some(Palette::Dark | Palette::Light) => style.fg(WHITE).bg(ALARM_RED),
        }
    }

    /// Borders of boxes drawn over a screen.
    pub fn border(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests;
