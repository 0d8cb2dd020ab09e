//! The palettes measured: phase colours stand out from their background (WCAG contrast) and
//! stay apart from each other for protanopes, deuteranopes and tritanopes (simulated with
//! Machado et al. 2009 at full severity, compared by CIE76 distance in Lab).

use super::*;

const KINDS: [PhaseKind; 4] =
    [PhaseKind::Inhale, PhaseKind::Hold, PhaseKind::Exhale, PhaseKind::Brace];

/// The sRGB value xterm gives a 256-colour index (16..=255).
fn rgb(color: Color) -> [f64; 3] {
    let Color::Indexed(i) = color else { panic!("{color:?} is not an xterm index") };
    assert!(i >= 16, "the 16 base colours are repainted by terminal themes");
    if i >= 232 {
        let grey = 8.0 + 10.0 * f64::from(i - 232);
        return [grey; 3];
    }
    let level = |n: u8| if n == 0 { 0.0 } else { 55.0 + 40.0 * f64::from(n) };
    let i = i - 16;
    [level(i / 36), level(i / 6 % 6), level(i % 6)]
}

fn linear(c: f64) -> f64 {
    let c = c / 255.0;
    if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
}

fn luminance(lin: [f64; 3]) -> f64 {
    0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
}

fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (luminance(a.map(linear)), luminance(b.map(linear)));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

const MACHADO: [[[f64; 3]; 3]; 3] = [
    // protanopia
    [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ],
    // deuteranopia
    [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ],
    // tritanopia
    [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ],
];

fn simulate(color: [f64; 3], m: &[[f64; 3]; 3]) -> [f64; 3] {
    let l = color.map(linear);
    m.map(|row| (row[0] * l[0] + row[1] * l[1] + row[2] * l[2]).clamp(0.0, 1.0))
}

fn lab(lin: [f64; 3]) -> [f64; 3] {
    let [r, g, b] = lin;
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| if t > 0.008856 { t.cbrt() } else { 7.787 * t + 16.0 / 116.0 };
    [116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))]
}

fn distance(a: [f64; 3], b: [f64; 3]) -> f64 {
    a.iter().zip(b).map(|(p, q)| (p - q).powi(2)).sum::<f64>().sqrt()
}

fn phase_rgb(theme: Theme, kind: PhaseKind) -> [f64; 3] {
    rgb(theme.phase(kind).fg.expect("a phase colour"))
}

#[test]
fn phase_colours_stand_out_from_their_background() {
    for (palette, background) in [(Palette::Dark, [0.0; 3]), (Palette::Light, [255.0; 3])] {
        for kind in KINDS {
            let c = contrast(phase_rgb(Theme::of(palette), kind), background);
            assert!(c >= 4.5, "{palette:?} {kind:?}: contrast {c:.2} < 4.5");
        }
    }
}

#[test]
fn the_light_theme_has_no_yellow_or_pale_text_on_white() {
    let t = Theme::of(Palette::Light);
    let styles = [t.text(), t.title(), t.secondary(), t.hint(), t.figure(), t.focus(), t.border()];
    let fgs =
        styles.iter().chain(&KINDS.map(|k| t.phase(k))).filter_map(|s| s.fg).collect::<Vec<_>>();
    for fg in fgs {
        let c = contrast(rgb(fg), [255.0; 3]);
        assert!(c >= 4.5, "{fg:?} on white: contrast {c:.2}");
    }
}

#[test]
fn phase_colours_stay_apart_for_colour_blind_eyes() {
    for palette in [Palette::Dark, Palette::Light] {
        let theme = Theme::of(palette);
        for (m, matrix) in MACHADO.iter().enumerate() {
            for (i, a) in KINDS.iter().enumerate() {
                for b in &KINDS[i + 1..] {
                    let la = lab(simulate(phase_rgb(theme, *a), matrix));
                    let lb = lab(simulate(phase_rgb(theme, *b), matrix));
                    let d = distance(la, lb);
                    assert!(d >= 20.0, "{palette:?} {a:?}/{b:?} under matrix {m}: ΔE {d:.1}");
                }
            }
        }
    }
}

#[test]
fn high_contrast_is_black_white_and_one_accent() {
    let t = Theme::of(Palette::HighContrast);
    let mut styles = vec![t.base(), t.focus(), t.alarm(), t.border(), t.text()];
    styles.extend(KINDS.map(|k| t.phase(k)));
    for s in styles {
        for c in [s.fg, s.bg].into_iter().flatten() {
            assert!([BLACK, WHITE, ACCENT].contains(&c), "{c:?} in {s:?}");
        }
    }
    assert_eq!((t.base().fg, t.base().bg), (Some(WHITE), Some(BLACK)));
}

#[test]
fn no_color_means_no_colour_at_all() {
    let t = Theme::plain();
    assert_eq!(t, Theme::new(false));
    let mut styles = vec![
        t.base(),
        t.text(),
        t.title(),
        t.secondary(),
        t.hint(),
        t.figure(),
        t.focus(),
        t.alarm(),
        t.border(),
    ];
    styles.extend(KINDS.map(|k| t.phase(k)));
    for s in styles {
        assert_eq!((s.fg, s.bg), (None, None), "{s:?}");
    }
    assert!(t.alarm().add_modifier.contains(Modifier::REVERSED));
}
