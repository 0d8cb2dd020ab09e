//! What the runtime shows the app on: the full-screen ratatui terminal (drawn whole each
//! frame, or [`Retained`]: only what moved, between whole frames), or plain lines for a
//! `TERM=dumb` terminal and screen readers (no alternate screen, no colour, no animation: a
//! line each time the ui says something new). All take the same app and `now`; none
//! decides anything about the workout.

use std::io::Write;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
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
    /// Input arrived (a key, a resize): the next frame is drawn whole, whatever changed.
    fn input(&mut self) {}
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

/// The full-screen terminal, drawing only what moved between whole frames. A whole frame is
/// drawn and compared with what is on the terminal as ratatui would; while the ui's still
/// key stays the same (no input, same screen, phase and size) only the moving parts are
/// drawn over the last frame and only their rects are compared, so a bar's step costs its
/// own cells and not the whole window's.
pub struct Retained<B: Backend> {
    terminal: Terminal<B>,
    /// What the terminal shows now, as drawn.
    shown: Buffer,
    /// The same picture, drawn over by the moving parts and then compared with `shown`.
    canvas: Buffer,
    /// The still key of `shown`; `None` when the next frame must be whole.
    still: Option<u64>,
}

impl<B: Backend> Retained<B> {
    /// Draws on `terminal`, whole at first.
    pub fn new(terminal: Terminal<B>) -> Self {
        let nothing = Buffer::empty(Rect::default());
        Retained { terminal, shown: nothing.clone(), canvas: nothing, still: None }
    }

    /// The terminal drawn on.
    pub fn terminal(&self) -> &Terminal<B> {
        &self.terminal
    }

    fn whole(&mut self, app: &App, now: Duration, view: &View) -> Result<(), B::Error> {
        self.terminal.autoresize()?;
        let area = self.terminal.get_frame().area();
        if self.shown.area != area {
            // A new size: ratatui cleared the terminal, so nothing of the old frame is there.
            self.shown = Buffer::empty(area);
        }
        ui::draw(&mut self.terminal.get_frame(), app, now, view);
        let mut next = std::mem::take(self.terminal.current_buffer_mut());
        let updates = self.shown.diff(&next);
        self.terminal.backend_mut().draw(updates.into_iter())?;
        std::mem::swap(&mut self.shown, &mut next);
        self.canvas.clone_from(&self.shown);
        // The old frame's cells become the next whole frame's to draw on, as ratatui's swap
        // does.
        next.reset();
        *self.terminal.current_buffer_mut() = next;
        self.terminal.hide_cursor()?;
        self.still = ui::still_key(app, now, area);
        self.terminal.backend_mut().flush()
    }

    fn moving(&mut self, app: &App, now: Duration, view: &View) -> Result<(), B::Error> {
        let rects = ui::draw_moving(&mut self.canvas, app, now, view);
        let mut changed = Vec::new();
        let area = self.shown.area;
        for rect in rects.iter().map(|r| r.intersection(area)) {
            for y in rect.top()..rect.bottom() {
                for x in rect.left()..rect.right() {
                    if self.canvas[(x, y)] != self.shown[(x, y)] {
                        self.shown[(x, y)] = self.canvas[(x, y)].clone();
                        changed.push((x, y));
                    }
                }
            }
        }
        let shown = &self.shown;
        let updates = changed.into_iter().map(|(x, y)| (x, y, &shown[(x, y)]));
        self.terminal.backend_mut().draw(updates)?;
        self.terminal.backend_mut().flush()
    }
}

impl<B: Backend> Surface for Retained<B> {
    fn show(&mut self, app: &App, now: Duration, view: &View) -> Result<(), String> {
        let area = self.shown.area;
        let layered = self.still.is_some() && ui::still_key(app, now, area) == self.still;
        let drawn = if layered { self.moving(app, now, view) } else { self.whole(app, now, view) };
        drawn.map_err(|e| format!("cannot draw on the terminal: {e}"))
    }

    fn next_change(&self, app: &App, now: Duration) -> Option<Duration> {
        // The size of the last frame: a resize arrives as input, which draws a whole frame.
        ui::next_frame(app, now, self.shown.area)
    }

    fn reclaimed(&mut self) {
        self.terminal.reclaimed();
        self.shown = Buffer::empty(Rect::default());
        self.still = None;
    }

    fn input(&mut self) {
        self.still = None;
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
