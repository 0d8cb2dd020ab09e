//! The one loop: waits for input or for the next instant the picture or the state changes,
//! feeds the app, carries out its effects (saving before drawing) and redraws. Generic over
//! the surface (a ratatui terminal of any backend, or plain lines) and the host, so tests run
//! it on a `TestBackend` under tokio's paused clock. Owns the monotonic clock; never decides anything the core should, and never knows
//! which screen is up.

use std::time::Duration;

use crossterm::event::Event;
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::time::{Instant, sleep_until};

use super::keys::{Repeats, translate};
use super::surface::Surface;
use crate::core::app::{App, Effect, JournalEntry, Msg, Opening};
use crate::ui::{self, View};

/// What arrives from outside.
#[derive(Debug, Clone)]
pub enum Input {
    /// A terminal event: a key, a resize, focus.
    Terminal(Event),
    /// SIGTERM, SIGHUP or SIGINT: finish the session as quit and leave.
    Terminate,
}

/// What the terminal does besides drawing: the bell, the window title, desktop notices and
/// job control.
pub trait Host {
    /// Rings the terminal bell.
    fn bell(&mut self);
    /// Shows `text` as the window title, or gives back the title there was before when `None`.
    /// Called after every frame; the host writes only when it changed.
    fn title(&mut self, text: Option<&str>);
    /// Shows `text` as a desktop notification.
    fn notify(&mut self, text: &str);
    /// The phase being paced after a frame, `None` when none is; called after every frame so
    /// a host with tones can sound each phase as it begins. The terminal bell has no tones:
    /// by default nothing happens.
    fn cue(&mut self, _cue: Option<ui::Cue>) {}
    /// Gives the terminal back, stops the process, and takes the terminal again when the
    /// shell continues it.
    fn suspend(&mut self);
}

/// Where the runtime writes the app's records: the results file, or anything that behaves
/// like it in a test. One method for every kind of record, so a new kind needs no change here.
pub trait Records {
    /// Appends and syncs `entry` at monotonic `now`; an error means it is not on disk.
    fn append(&mut self, entry: &JournalEntry, now: Duration) -> Result<(), String>;
}

/// Builds the app's first screen again from the files, for `Effect::StartOver`.
pub type Restart = Box<dyn FnMut() -> Result<App, String>>;

/// Everything the loop needs, apart from the app it runs.
pub struct Runtime<'a, S: Surface, H: Host, R: Records> {
    /// Where the app is shown: the terminal drawn on, or plain lines.
    pub terminal: &'a mut S,
    /// Bell and suspend.
    pub host: H,
    /// Where records go.
    pub records: R,
    /// Fixed strings and theme for drawing.
    pub view: View,
    /// Monotonic zero: every `now` the core sees is time since this.
    pub t0: Instant,
    /// How to build the first screen afresh when a piece of work is over; `None` when the app
    /// began on a screen a command chose, and then `Effect::StartOver` leaves.
    pub restart: Option<Restart>,
}

impl<S: Surface, H: Host, R: Records> Runtime<'_, S, H, R> {
    fn now(&self) -> Duration {
        self.t0.elapsed()
    }

    fn draw(&mut self, app: &App) -> Result<(), String> {
        let now = self.now();
        self.terminal.show(app, now, &self.view)?;
        self.host.title(ui::title(app, now).as_deref());
        self.host.cue(ui::cue(app, now));
        Ok(())
    }

    /// When to wake without input: the app's next deadline or the UI's next visible change.
    fn wake_at(&self, app: &App) -> Option<Instant> {
        let now = self.now();
        let shown = self.terminal.next_change(app, now);
        let next = [app.deadline(), shown].into_iter().flatten().min()?;
        Some(self.t0 + next)
    }

    /// Runs until the lifter leaves or input ends. Returns an error the lifter must read after
    /// the terminal is restored (a session end that could not be written).
    pub async fn run(
        &mut self,
        mut app: App,
        inputs: &mut UnboundedReceiver<Input>,
    ) -> Result<(), String> {
        let mut late_error = None;
        let mut repeats = Repeats::default();
        // Terminals that report focus say when it is lost; until then it is in front.
        let mut focused = true;
        self.draw(&app)?;
        loop {
            let waiting_key = repeats.due_at().map(|at| self.t0 + at);
            let wake = [self.wake_at(&app), waiting_key].into_iter().flatten().min();
            let input = tokio::select! {
                // Input ending (the terminal went away) ends the workout like a signal.
                input = inputs.recv() => Some(input.unwrap_or(Input::Terminate)),
                () = async { sleep_until(wake.expect("guarded")).await }, if wake.is_some() => None,
            };
            let now = self.now();
            if input.is_some() {
                // Whatever a key or a resize changed, the next frame is drawn whole.
                self.terminal.input();
            }
            let msg = match input {
                None => match repeats.due(now) {
                    Some(key) => {
                        self.terminal.input();
                        Msg::Key(key)
                    }
                    None => Msg::Tick,
                },
                Some(Input::Terminate) => Msg::Terminate,
                Some(Input::Terminal(Event::FocusLost)) => {
                    focused = false;
                    continue;
                }
                Some(Input::Terminal(Event::FocusGained)) => {
                    focused = true;
                    continue;
                }
                Some(Input::Terminal(event)) => match translate(&event) {
                    Some(key) => {
                        // Keys wait to be known as presses; a repeat to drop gives none.
                        let keys = repeats.arrive(key, now);
                        if keys.is_empty() {
                            continue;
                        }
                        for key in keys {
                            let effects = app.update(Msg::Key(key), now);
                            if self.apply(&mut app, effects, focused, &mut late_error) {
                                return late_error.map_or(Ok(()), Err);
                            }
                        }
                        self.draw(&app)?;
                        continue;
                    }
                    // Resizes and the like only need a redraw.
                    None => {
                        self.draw(&app)?;
                        continue;
                    }
                },
            };
            let effects = app.update(msg, now);
            if self.apply(&mut app, effects, focused, &mut late_error) {
                return late_error.map_or(Ok(()), Err);
            }
            self.draw(&app)?;
        }
    }

    /// Carries out effects in order; a failed save drops the rest of the batch and tells the
    /// app; desktop notices go out only while the terminal is not `focused`. Returns whether
    /// to exit.
    fn apply(
        &mut self,
        app: &mut App,
        effects: Vec<Effect>,
        focused: bool,
        late_error: &mut Option<String>,
    ) -> bool {
        for effect in effects {
            let now = self.now();
            match effect {
                Effect::Save(entry) => {
                    if let Err(why) = self.records.append(&entry, now) {
                        let more = app.update(Msg::SaveFailed(entry, why), now);
                        return self.apply(app, more, focused, late_error);
                    }
                }
                Effect::Bell => self.host.bell(),
                // The lifter is looking at this terminal: the bell and the screen say it.
                Effect::Notify(_) if focused => {}
                Effect::Notify(text) => self.host.notify(&text),
                Effect::Suspend => {
                    self.host.suspend();
                    self.terminal.reclaimed();
                    let more = app.update(Msg::Resumed, self.now());
                    if self.apply(app, more, focused, late_error) {
                        return true;
                    }
                }
                Effect::Open(Opening(screen)) => app.open(screen),
                Effect::OpenMade(deferred) => app.open(deferred.make()),
                Effect::Back => {
                    if !app.back() {
                        return true;
                    }
                }
                // The app opens its own boxes in `update`; these never reach here.
                Effect::ShowHelp | Effect::Ask(_) => {}
                Effect::ReportOnExit(why) => *late_error = Some(why),
                // What followed in the batch belonged to the app being left.
                Effect::StartOver => match self.restart.as_mut().map(|build| build()) {
                    Some(Ok(fresh)) => {
                        *app = fresh;
                        return false;
                    }
                    Some(Err(why)) => {
                        *late_error = Some(why);
                        return true;
                    }
                    None => return true,
                },
                Effect::Exit => return true,
            }
        }
        false
    }
}
