//! Everything on the terminal: one file per screen or widget, a theme in one place. Each
//! function draws a frame from the state and a monotonic `now` it is given; nothing here reads
//! a clock, touches a file or changes state. [`next_frame`] tells the runtime when the
//! picture would next change by itself, from the same geometry [`draw`] uses, so still
//! screens cost nothing and moving ones run no faster than they need. Between whole frames a
//! screen may draw only what moves ([`still_key`], [`draw_moving`]): a bar's next step does
//! not redraw the block letters, the details and the hints, nor compare them on the terminal.
//!
//! Each top-level screen of the app is drawn by a module that implements [`Draw`] for the
//! screen's core type, and is found through one line in [`SCREENS`]. A new screen is a new
//! module here and one line there; the boxes over it (key help, questions) come for free.

use std::any::Any;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Duration;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::core::app::{App, Overlay, Screen};
use crate::core::breathing::find::Find;
use crate::core::breathing::practice::Practice;
use crate::core::checkin::CheckinScreen;
use crate::core::home::Home;
use crate::core::phase::PhaseKind;
use crate::core::progress::ProgressScreen;
use crate::core::resume::screen::ResumeScreen;
use crate::core::session::Session;

mod bar;
mod big;
mod breathe;
mod checkin;
mod countdown;
mod describe;
mod find;
mod font;
mod getready;
mod hold;
mod home;
mod layout;
mod log;
mod overlay;
mod pacer;
mod pacing;
pub mod plain;
mod progress;
mod ready;
mod rest;
mod resume;
mod summary;
mod theme;
mod today;
mod workout;

pub use theme::{Palette, Theme};

/// What every screen needs besides the state: the styles and where results are saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    /// Colours or bold/reverse only (`NO_COLOR`).
    pub theme: Theme,
    /// The results file, as the summary shows it.
    pub results_path: String,
}

impl View {
    /// A view with colours (or not, for `NO_COLOR`) that says results go to `results_path`.
    pub fn new(color: bool, results_path: String) -> Self {
        View { theme: Theme::new(color), results_path }
    }
}

/// The phase a screen paces the lifter through at some instant, for a tone as each begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The phase word.
    pub kind: PhaseKind,
    /// Which phase of which set, rep or breath: a new value is a new phase, even of the same
    /// kind.
    pub phase: (usize, u32, usize),
}

/// The shortest wait between two frames: about 60 a second.
const MIN_FRAME: Duration = Duration::from_nanos(1_000_000_000 / 60);

/// How the ui draws one kind of top-level screen, and says it in plain lines.
pub trait Draw: plain::Say {
    /// Draws the screen filling the frame (never too small: that is checked first) at `now`.
    fn draw(&self, frame: &mut Frame, now: Duration, view: &View);

    /// How long after `now` the picture drawn in `area` next changes by itself; `None` when
    /// it is still.
    fn until_change(&self, _now: Duration, _area: Rect) -> Option<Duration> {
        None
    }

    /// Everything the still part of the picture at `now` depends on, fed to `key`: while it
    /// is the same from one frame to the next, only [`Draw::draw_moving`] needs drawing.
    /// `false` (the default) draws every frame whole.
    fn still_key(&self, _now: Duration, _key: &mut DefaultHasher) -> bool {
        false
    }

    /// Draws only the parts that move at `now` into `buf`, which holds the last whole frame
    /// (drawn with the same still key), blanking them first; returns the rects it drew. Only
    /// symbols one column wide, so each rect can be compared on its own.
    fn draw_moving(&self, _buf: &mut Buffer, _now: Duration, _view: &View) -> Vec<Rect> {
        Vec::new()
    }

    /// The phase being paced at `now`, if the screen paces one (for tones, with the `sound`
    /// feature).
    fn cue(&self, _now: Duration) -> Option<Cue> {
        None
    }

    /// The window title at `now`, for a screen worth watching from another window (the rest
    /// time left); `None` leaves the terminal's own title.
    fn title(&self, _now: Duration) -> Option<String> {
        None
    }
}

/// Finds how a screen is drawn, if it is of the type this entry draws.
type Finder = fn(&dyn Any) -> Option<&dyn Draw>;

/// Every screen the ui draws, one line each: the screen's core type, found by its type.
const SCREENS: &[Finder] = &[
    drawn::<Home>,
    drawn::<Session>,
    drawn::<CheckinScreen>,
    drawn::<ProgressScreen>,
    drawn::<Practice>,
    drawn::<Find>,
    drawn::<ResumeScreen>,
];

fn drawn<T: Draw + 'static>(screen: &dyn Any) -> Option<&dyn Draw> {
    screen.downcast_ref::<T>().map(|s| s as &dyn Draw)
}

/// How `screen` is drawn; `None` only for a screen missing from [`SCREENS`].
fn drawing(screen: &dyn Screen) -> Option<&dyn Draw> {
    let any: &dyn Any = screen;
    let found = SCREENS.iter().find_map(|as_draw| as_draw(any));
    debug_assert!(found.is_some(), "no drawing for {screen:?}: add it to ui::SCREENS");
    found
}

/// Draws the app at `now`: its screen, and the box over it if one is open.
pub fn draw(frame: &mut Frame, app: &App, now: Duration, view: &View) {
    let area = frame.area();
    draw_screen(frame, app.screen(), now, view);
    if layout::too_small(area) {
        return;
    }
    let screen = app.screen();
    match &app.overlay {
        Some(Overlay::Help) => {
            let (keys, note) = (screen.help(), screen.help_note());
            overlay::draw_help(frame, area, &keys, note, app.help_scroll, &view.theme)
        }
        Some(Overlay::Confirm(question)) => {
            overlay::draw_confirm(frame, area, question, &view.theme)
        }
        Some(Overlay::Notice(text)) => overlay::draw_notice(frame, area, text, &view.theme),
        None => {}
    }
}

/// Draws one screen at `now` with nothing over it, or says the window is too small.
pub fn draw_screen(frame: &mut Frame, screen: &dyn Screen, now: Duration, view: &View) {
    let area = frame.area();
    frame.buffer_mut().set_style(area, view.theme.base());
    if layout::too_small(area) {
        layout::draw_too_small(frame, area, &view.theme);
        return;
    }
    if let Some(drawing) = drawing(screen) {
        drawing.draw(frame, now, view);
    }
}

/// The phase the app paces at `now`; `None` under a box or on a screen that paces nothing.
pub fn cue(app: &App, now: Duration) -> Option<Cue> {
    if app.overlay.is_some() {
        return None;
    }
    drawing(app.screen())?.cue(now)
}

/// The key of the still part of the app's picture at `now` in `area`: two frames with the
/// same key differ only where [`draw_moving`] draws. `None` when every frame must be whole (a
/// box open, a window too small, a screen that does not split its picture).
pub fn still_key(app: &App, now: Duration, area: Rect) -> Option<u64> {
    if app.overlay.is_some() || layout::too_small(area) {
        return None;
    }
    let mut key = DefaultHasher::new();
    area.hash(&mut key);
    drawing(app.screen())?.still_key(now, &mut key).then(|| key.finish())
}

/// Draws the moving parts of the app at `now` over the last whole frame in `buf`; returns
/// where it drew. Only for a frame whose [`still_key`] is that of the frame in `buf`.
pub fn draw_moving(buf: &mut Buffer, app: &App, now: Duration, view: &View) -> Vec<Rect> {
    drawing(app.screen()).map_or_else(Vec::new, |d| d.draw_moving(buf, now, view))
}

/// The window title for the app at `now`, if its screen sets one; never under a box.
pub fn title(app: &App, now: Duration) -> Option<String> {
    if app.overlay.is_some() {
        return None;
    }
    drawing(app.screen())?.title(now)
}

/// The next instant after `now` at which the app drawn in `area` would change by itself,
/// never sooner than 1/60 s after `now`; `None` when it is still (a still screen, a box open,
/// or a window too small to draw in).
pub fn next_frame(app: &App, now: Duration, area: Rect) -> Option<Duration> {
    if app.overlay.is_some() {
        return None;
    }
    next_screen_frame(app.screen(), now, area)
}

/// [`next_frame`] for one screen with nothing over it.
pub fn next_screen_frame(screen: &dyn Screen, now: Duration, area: Rect) -> Option<Duration> {
    if layout::too_small(area) {
        return None;
    }
    let wait = drawing(screen)?.until_change(now, area)?;
    Some(now + wait.max(MIN_FRAME))
}
