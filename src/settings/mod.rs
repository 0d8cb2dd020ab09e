//! The lifter's settings: `<config dir>/config.toml`, the `LIFTPACE_*` environment and the
//! command-line flags, layered flag > environment > file > default into one [`Settings`] that
//! the launch, the runtime and every command read. The model, the key table, the layering,
//! the text edit for `resonance_rate` and the fill-ins for what a programme leaves out (bar
//! and plates, the rest pacer) are pure (`keys`, `layers`, `shown`, `edit`, `equipment`,
//! `rest`); `file` is the edge that reads and writes
//! `config.toml`, and `background` asks the terminal for its colour. Nothing here draws or
//! decides a workout.

pub mod background;
pub mod edit;
pub mod equipment;
pub mod file;
pub mod keys;
pub mod layers;
pub mod rest;
pub mod shown;

use std::time::Duration;

use crate::core::plates::Barbell;
use crate::core::programme::Units;

pub use layers::{Flags, Layer, Resolved, resolve};

/// What sounds at the end of a rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sound {
    /// The terminal bell.
    Bell,
    /// A short rising pair of tones.
    Tones,
    /// Nothing.
    Off,
}

/// The colours asked for; `Auto` is settled by asking the terminal for its background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Light or dark from the terminal's reported background, dark when it does not answer.
    Auto,
    /// Colours for a dark background.
    Dark,
    /// Colours for a light background: nothing pale, no yellow.
    Light,
    /// Pure black and white with one accent.
    HighContrast,
}

impl Sound {
    /// Every sound, in the order `keys::SOUNDS` lists them.
    pub const ALL: [Sound; 3] = [Sound::Bell, Sound::Tones, Sound::Off];

    /// As written in `config.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Sound::Bell => "bell",
            Sound::Tones => "tones",
            Sound::Off => "off",
        }
    }
}

impl ThemeChoice {
    /// Every choice, in the order `keys::THEMES` lists them.
    pub const ALL: [ThemeChoice; 4] =
        [ThemeChoice::Auto, ThemeChoice::Dark, ThemeChoice::Light, ThemeChoice::HighContrast];

    /// As written in `config.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Dark => "dark",
            ThemeChoice::Light => "light",
            ThemeChoice::HighContrast => "high-contrast",
        }
    }
}

/// When the check-in asks how the lifter feels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checkin {
    /// After each workout.
    After,
    /// Before and after.
    Both,
    /// Never.
    Off,
}

impl Checkin {
    /// Every choice, in the order `keys::CHECKINS` lists them.
    pub const ALL: [Checkin; 3] = [Checkin::After, Checkin::Both, Checkin::Off];

    /// As written in `config.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Checkin::After => "after",
            Checkin::Both => "both",
            Checkin::Off => "off",
        }
    }
}

/// Every setting, resolved: what the runtime and the commands use. One struct, passed whole,
/// so each consumer reads its field and a new one is wired in one line.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The unit for new programmes and for imports without units.
    pub units: Units,
    /// The get-ready countdown before each set.
    pub countdown: Duration,
    /// Whether `cue = "brace"` sets are paced braced.
    pub brace: bool,
    /// What sounds when a rest ends.
    pub sound: Sound,
    /// A desktop notification when a rest ends.
    pub notify: bool,
    /// Rest time left in the window title.
    pub title: bool,
    /// The colours asked for.
    pub theme: ThemeChoice,
    /// The rest pacer when a programme does not choose one (a built-in pattern's name).
    pub rest_breathing: String,
    /// Breaths a minute of the resonance pattern.
    pub resonance_rate: f64,
    /// When the check-in asks.
    pub checkin: Checkin,
    /// This machine's journal name, when the lifter chose one.
    pub device: Option<String>,
    /// The bar and plates for kg programmes that do not say.
    pub barbell_kg: Barbell,
    /// The bar and plates for lb programmes that do not say.
    pub barbell_lb: Barbell,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            units: Units::Kg,
            countdown: Duration::from_secs(crate::core::session::COUNTDOWN_SECS),
            brace: true,
            sound: Sound::Bell,
            notify: false,
            title: true,
            theme: ThemeChoice::Auto,
            rest_breathing: "recover".into(),
            resonance_rate: 5.5,
            checkin: Checkin::After,
            device: None,
            barbell_kg: Barbell::default_for(Units::Kg),
            barbell_lb: Barbell::default_for(Units::Lb),
        }
    }
}

impl Settings {
    /// Gives `programme` (loaded from `text`) what the lifter set wherever it says nothing
    /// itself: the bar and plates, and the rest pacer.
    pub fn fill_in(&self, programme: &mut crate::core::programme::Programme, text: &str) {
        equipment::fill_in(programme, text, self);
        rest::fill_in(programme, text, self);
    }

    /// The bar and plates for a programme in `units` that has no `[equipment]` of its own.
    pub fn barbell(&self, units: Units) -> &Barbell {
        match units {
            Units::Kg => &self.barbell_kg,
            Units::Lb => &self.barbell_lb,
        }
    }

    /// The barbell for `units`, to change.
    pub(crate) fn barbell_mut(&mut self, units: Units) -> &mut Barbell {
        match units {
            Units::Kg => &mut self.barbell_kg,
            Units::Lb => &mut self.barbell_lb,
        }
    }

    /// What the session state machine needs of these settings.
    pub fn session(&self) -> crate::core::session::Settings {
        use crate::core::checkin::CheckinSetting;
        let checkin = match self.checkin {
            Checkin::After => CheckinSetting::After,
            Checkin::Both => CheckinSetting::Both,
            Checkin::Off => CheckinSetting::Off,
        };
        crate::core::session::Settings {
            countdown: self.countdown,
            brace: self.brace,
            checkin,
            resonance_rate: self.resonance_rate,
        }
    }
}
