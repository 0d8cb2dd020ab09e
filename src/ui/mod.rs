//! Everything on the terminal: one file per screen or widget, a theme in one place. Each
//! function draws a frame from the state and a monotonic `now` it is given; nothing here reads
//! a clock, touches a file or changes state. [`next_frame`] tells the runtime when the
//! picture would next change by itself, from the same geometry [`draw`] uses, so still
//! screens cost nothing and moving ones run no faster than they need.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::core::home::Home;
use crate::core::programme::Target;
use crate::core::session::{Overlay, Screen, Session};

mod bar;
mod big;
pub mod breathe;
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
mod ready;
mod rest;
mod summary;
mod theme;

pub use theme::Theme;

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

/// The shortest wait between two frames: about 60 a second.
const MIN_FRAME: Duration = Duration::from_nanos(1_000_000_000 / 60);

/// Draws the workout screen for the session's state at `now`, with any overlay on top.
pub fn draw(frame: &mut Frame, session: &Session, now: Duration, view: &View) {
    let area = frame.area();
    let theme = &view.theme;
    if layout::too_small(area) {
        layout::draw_too_small(frame, area, theme);
        return;
    }
    let bands = layout::bands(area);
    let (left, right) = (describe::day_and_programme(session), describe::progress(session));
    layout::draw_header(frame, bands.header, &left, &right, theme);
    match &session.screen {
        Screen::Ready => ready::draw(frame, bands, session, theme),
        Screen::GetReady { since } => {
            let left = (*since + session.settings.countdown).saturating_sub(now);
            getready::draw(frame, bands, session, left, theme);
        }
        Screen::Pacing { clock } => match session.set().target {
            Target::Hold(length) => hold::draw(frame, bands, session, *clock, length, now, theme),
            Target::Reps(_) => pacing::draw(frame, bands, session, *clock, now, theme),
        },
        Screen::Log { form, .. } => log::draw(frame, bands, session, form, theme),
        Screen::Rest { since, length } => {
            rest::draw(frame, bands, session, now.saturating_sub(*since), *length, theme)
        }
        Screen::Summary { ended } => {
            summary::draw(frame, bands, session, *ended, &view.results_path, theme)
        }
    }
    match session.overlay {
        Some(Overlay::Help) => {
            let keys = overlay::keys(&session.screen);
            overlay::draw_help(frame, area, &keys, overlay::caution(session), theme)
        }
        Some(Overlay::ConfirmQuit) => overlay::draw_confirm_quit(frame, area, theme),
        None => {}
    }
}

/// Draws the home screen: the programmes to choose from, and the key help when open.
pub fn draw_home(frame: &mut Frame, home: &Home, view: &View) {
    let area = frame.area();
    if layout::too_small(area) {
        layout::draw_too_small(frame, area, &view.theme);
        return;
    }
    home::draw(frame, layout::bands(area), home, &view.theme);
    if home.help {
        overlay::draw_help(frame, area, home::KEYS, None, &view.theme);
    }
}

/// The next instant after `now` at which the workout screen drawn in `area` would change by
/// itself (a bar's next eighth-cell step, a countdown's next second, a breath shape's next
/// size), never sooner than 1/60 s after `now`; `None` when it is still (Ready, Log, Summary,
/// paused pacing, an overlay open, or a window too small to draw in).
pub fn next_frame(session: &Session, now: Duration, area: Rect) -> Option<Duration> {
    if session.overlay.is_some() || layout::too_small(area) {
        return None;
    }
    let body = layout::bands(area).body;
    let wait = match &session.screen {
        Screen::Ready | Screen::Log { .. } | Screen::Summary { .. } => None,
        Screen::GetReady { since } => {
            countdown::until_change((*since + session.settings.countdown).saturating_sub(now))
        }
        Screen::Pacing { clock } if clock.paused_at.is_some() => None,
        Screen::Pacing { clock } => match session.set().target {
            Target::Hold(length) => hold::until_change(body, session, *clock, length, now),
            Target::Reps(_) => pacing::until_change(body, session, now),
        },
        Screen::Rest { since, length } => {
            rest::until_change(body, session, now.saturating_sub(*since), *length)
        }
    }?;
    Some(now + wait.max(MIN_FRAME))
}
