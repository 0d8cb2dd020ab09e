//! What the runtime shows the app on: the full-screen ratatui terminal, or plain lines for a
//! `TERM=dumb` terminal and screen readers (no alternate screen, no colour, no animation: a
//! line each time the ui says something new). Both take the same app and `now`; neither
//! decides anything about the workout.

use std::io::Write;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::layout::Rect;

use crate::core::app::App;
use crate::ui::{self, View, plain};

/// Where the app is shown.
pub trait Surface {
    /// Shows the app as it is at `now`.
    fn show(&mut self, app: &App, now: Duration, view: &View) -> Result<(), String>;
    /// The next instant after `now` at which what is shown changes by itself.
    fn next_change(&self, app: &App, now: Duration) -> Option<Duration>;
    /// Shows everything again after the shell had the terminal (Ctrl-Z, then `fg`).
    fn reclaimed(&mut self);
}

impl<B: Backend> Surface for Terminal<B> {
    fn show(&mut self, app: &App, now: Duration, view: &View) -> Result<(), String> {
        self.draw(|frame| ui::draw(frame, app, now, view))
            .map(|_| ())
            .map_err(|e| format!("cannot draw on the terminal: {e}"))
    }

    fn next_change(&self, app: &App, now: Duration) -> Option<Duration> {
        let size = self.size().ok()?;
        ui::next_frame(app, now, Rect::new(0, 0, size.width, size.height))
    }

    fn reclaimed(&mut self) {
        // The shell drew over the screen while we were stopped: resizing to the same size
        // clears it and forces a full redraw. (`Terminal::clear` would first ask the terminal
        // where the cursor is, racing the event reader.)
        if let Ok(size) = self.size() {
            let _ = self.resize(Rect::new(0, 0, size.width, size.height));
        }
    }
}

/// Plain lines on `out`, each said once.
pub struct Lines<W: Write> {
    out: W,
    last: Option<String>,
}

impl<W: Write> Lines<W> {
    /// Lines written to `out`.
    pub fn new(out: W) -> Self {
        Lines { out, last: None }
    }

    /// What has been written, for tests that write into a buffer.
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> Surface for Lines<W> {
    fn show(&mut self, app: &App, now: Duration, view: &View) -> Result<(), String> {
        let said = plain::said(app, now, view);
        if self.last.as_ref() == Some(&said.about) || said.text.is_empty() {
            return Ok(());
        }
        // The terminal is in raw mode for single keys, so a line ends with a carriage return.
        let line = format!("{}\r\n", said.text);
        self.out
            .write_all(line.as_bytes())
            .and_then(|()| self.out.flush())
            .map_err(|e| format!("cannot write to the terminal: {e}"))?;
        self.last = Some(said.about);
        Ok(())
    }

    fn next_change(&self, app: &App, now: Duration) -> Option<Duration> {
        plain::until_said(app, now)
    }

    fn reclaimed(&mut self) {
        // Say where things stand again: the shell's output came in between.
        self.last = None;
    }
}
