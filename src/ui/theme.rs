//! Every style the screens use, in one place, for colour and for `NO_COLOR` terminals. Owns
//! only styles: it must never decide what is shown, and colour must never be the only carrier
//! of meaning (the words and shapes carry it; colour only helps from across the room).

use ratatui::style::{Color, Modifier, Style};

use crate::core::phase::PhaseKind;

/// The look of every screen. Build it once with [`Theme::new`]; the runtime decides `color`
/// from `NO_COLOR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// A theme with colours, or (when `color` is false) one made of bold and reverse video only.
    pub fn new(color: bool) -> Self {
        Theme { color }
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

    /// A breathing or tempo phase: big letters, the bar and the plain word. Blue, magenta,
    /// green and red stay readable on light and dark backgrounds alike (yellow and cyan vanish
    /// on white); red, the colour of effort, marks the held breath of BRACE. RECOVER, which
    /// asks nothing, keeps the terminal's own colour.
    pub fn phase(self, kind: PhaseKind) -> Style {
        let color = match kind {
            PhaseKind::Inhale | PhaseKind::TopUp => Color::Blue,
            PhaseKind::Hold | PhaseKind::Pause => Color::Magenta,
            PhaseKind::Exhale => Color::Green,
            PhaseKind::Brace => Color::Red,
            PhaseKind::Recover => Color::Reset,
        };
        let style = Style::new().add_modifier(Modifier::BOLD);
        if self.color { style.fg(color) } else { style }
    }

    /// Big countdown digits and other numbers that matter.
    pub fn figure(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The selected list entry or the focused form field (also marked with `▶`).
    pub fn focus(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Something the lifter must not miss: a failed save, "PAUSED".
    pub fn alarm(self) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        if self.color {
            style.fg(Color::White).bg(Color::Red)
        } else {
            style.add_modifier(Modifier::REVERSED)
        }
    }

    /// Borders of boxes drawn over a screen.
    pub fn border(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_means_no_colour_at_all() {
        let t = Theme::new(false);
        let styles = [
            t.text(),
            t.title(),
            t.secondary(),
            t.hint(),
            t.phase(PhaseKind::Inhale),
            t.phase(PhaseKind::Hold),
            t.phase(PhaseKind::Exhale),
            t.phase(PhaseKind::Brace),
            t.phase(PhaseKind::Pause),
            t.phase(PhaseKind::Recover),
            t.figure(),
            t.focus(),
            t.alarm(),
            t.border(),
        ];
        for s in styles {
            assert_eq!((s.fg, s.bg), (None, None), "{s:?}");
        }
        assert!(t.alarm().add_modifier.contains(Modifier::REVERSED));
    }
}
