//! The three palettes drawn: the pacing screen (phase colours, bar) and the home screen (the
//! focused entry) in dark, light and high contrast, each snapshot a text grid followed by a
//! grid of style letters and a legend, so a change of colour shows up in review like a change
//! of text. Also the notice a broken settings file puts over the first screen.

mod ui_fixtures;

use std::collections::BTreeMap;
use std::time::Duration;

use insta::assert_snapshot;
use liftpace::core::app::Overlay;
use liftpace::ui::{self, Palette, Theme, View};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};
use ui_fixtures::*;

/// `color` in a few characters: an xterm index, or the terminal's own.
fn color(c: Option<Color>) -> String {
    match c {
        None | Some(Color::Reset) => "-".into(),
        Some(Color::Indexed(i)) => i.to_string(),
        Some(other) => format!("{other:?}"),
    }
}

/// The buffer's text, then the same grid with a letter for each distinct style ('.' for the
/// terminal's own), then what each letter means.
fn with_styles(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut letters: BTreeMap<String, char> = BTreeMap::new();
    let mut text = String::new();
    let mut styles = String::new();
    for y in 0..area.height {
        for x in 0..area.width {
            let cell = &buffer[(x, y)];
            text.push_str(cell.symbol());
            let style: Style = cell.style();
            let plain = style.fg.is_none_or(|c| c == Color::Reset)
                && style.bg.is_none_or(|c| c == Color::Reset)
                && style.add_modifier.is_empty();
            let key = format!(
                "fg {} bg {} {:?}",
                color(style.fg),
                color(style.bg),
                style.add_modifier - Modifier::empty()
            );
            let next = char::from(b'a' + u8::try_from(letters.len() % 26).unwrap());
            let letter = if plain { '.' } else { *letters.entry(key).or_insert(next) };
            styles.push(letter);
        }
        text.push('\n');
        styles.push('\n');
    }
    let mut legend: Vec<(char, String)> = letters.into_iter().map(|(k, v)| (v, k)).collect();
    legend.sort();
    let legend: Vec<String> = legend.into_iter().map(|(l, k)| format!("{l} = {k}")).collect();
    format!("{text}\n{styles}\n{}\n", legend.join("\n"))
}

fn view(palette: Palette) -> View {
    View { theme: Theme::of(palette), results_path: "history.jsonl".into() }
}

const PALETTES: [(Palette, &str); 3] =
    [(Palette::Dark, "dark"), (Palette::Light, "light"), (Palette::HighContrast, "high_contrast")];

/// Snapshots `screen` at `now` at 80 × 24 in every palette, named `what_palette`.
fn in_every_theme(what: &str, screen: &dyn liftpace::core::app::Screen, now: Duration) {
    for (palette, name) in PALETTES {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal.draw(|f| ui::draw_screen(f, screen, now, &view(palette))).unwrap();
        assert_snapshot!(format!("{what}_{name}"), with_styles(terminal.backend().buffer()));
    }
}

#[test]
fn pacing_in_every_theme() {
    // Rep 3 of a 3-1-1-0 tempo, half-way through lowering: INHALE.
    in_every_theme("pacing", &pacing_at(SQUAT), ms(21_500));
}

#[test]
fn home_in_every_theme() {
    in_every_theme("home", &home_screen(), ms(0));
}

#[test]
fn the_settings_notice_over_the_first_screen() {
    let notice =
        "Settings have errors, so defaults are used for them: `liftpace config` shows them.";
    let app = covered(at(SQUAT, liftpace::core::session::Screen::Ready), Overlay::Notice(notice));
    for (w, h) in [(80, 24), (40, 12)] {
        assert_snapshot!(format!("notice_{w}x{h}"), draw_app(&app, ms(0), w, h));
    }
}
