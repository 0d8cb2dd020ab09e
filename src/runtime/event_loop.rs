//! The one loop: waits for input or for the next instant the picture or the state changes,
//! feeds the core, carries out its effects (saving before drawing) and redraws. Generic over
//! the ratatui backend and the host, so tests run it on a `TestBackend` under tokio's paused
//! clock. Owns the monotonic clock; never decides anything the core should.

use std::time::Duration;

use crossterm::event::Event;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::layout::Rect;
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::time::{Instant, sleep_until};

use super::keys::translate;
use crate::core::home::{Home, HomeAction};
use crate::core::session::{Effect, Msg, Session};
use crate::ui::{self, View};

/// What arrives from outside.
#[derive(Debug, Clone)]
pub enum Input {
    /// A terminal event: a key, a resize, focus.
    Terminal(Event),
    /// SIGTERM, SIGHUP or SIGINT: finish the session as quit and leave.
    Terminate,
}

/// What the terminal does besides drawing: the bell and job control.
pub trait Host {
    /// Rings the terminal bell.
    fn bell(&mut self);
    /// Gives the terminal back, stops the process, and takes the terminal again when the
    /// shell continues it.
    fn suspend(&mut self);
}

/// Where the runtime keeps the workout's records: the journal behind a session, or anything
/// that behaves like it in a test.
pub trait Records {
    /// Starts a session record for `session`, whose programme came from `file`, at `now`.
    fn begin(&mut self, session: &Session, file: &str, now: Duration) -> Result<(), String>;
    /// Appends and syncs one set at monotonic `now`; an error means it is not on disk.
    fn save(&mut self, set: &crate::core::session::LoggedSet, now: Duration) -> Result<(), String>;
    /// Appends the session's end.
    fn end(&mut self, status: crate::core::session::EndStatus, now: Duration)
    -> Result<(), String>;
}

/// What is on screen.
pub enum Mode {
    /// Choosing a programme; `start` turns a choice into a session.
    Home(Home),
    /// A workout.
    Workout(Box<Session>),
}

/// Turns a home-screen choice into a session at monotonic `now`, with the programme's file
/// for the session record.
pub type StartChoice<'a> = Box<dyn FnMut(usize, Duration) -> Option<(Session, String)> + 'a>;

/// Everything the loop needs, apart from the mode it is in.
pub struct Runtime<'a, B: Backend, H: Host, R: Records> {
    /// The terminal drawn on.
    pub terminal: &'a mut Terminal<B>,
    /// Bell and suspend.
    pub host: H,
    /// Where sets go.
    pub records: R,
    /// Fixed strings and theme for drawing.
    pub view: View,
    /// Monotonic zero: every `now` the core sees is time since this.
    pub t0: Instant,
    /// Builds the session for a home-screen choice.
    pub start: StartChoice<'a>,
}

impl<B: Backend, H: Host, R: Records> Runtime<'_, B, H, R> {
    fn now(&self) -> Duration {
        self.t0.elapsed()
    }

    fn draw(&mut self, mode: &Mode) -> Result<(), String> {
        let now = self.now();
        let view = &self.view;
        self.terminal
            .draw(|frame| match mode {
                Mode::Home(home) => ui::draw_home(frame, home, view),
                Mode::Workout(session) => ui::draw(frame, session, now, view),
            })
            .map(|_| ())
            .map_err(|e| format!("cannot draw on the terminal: {e}"))
    }

    /// When to wake without input: the core's next deadline or the UI's next visible change.
    fn wake_at(&self, mode: &Mode) -> Option<Instant> {
        let Mode::Workout(session) = mode else { return None };
        let now = self.now();
        let area = self
            .terminal
            .size()
            .ok()
            .map(|s| ratatui::layout::Rect::new(0, 0, s.width, s.height))?;
        let next =
            [session.deadline(), ui::next_frame(session, now, area)].into_iter().flatten().min()?;
        Some(self.t0 + next)
    }

    /// Runs until the lifter leaves or input ends. Returns an error the lifter must read after
    /// the terminal is restored (a session end that could not be written).
    pub async fn run(
        &mut self,
        mut mode: Mode,
        inputs: &mut UnboundedReceiver<Input>,
    ) -> Result<(), String> {
        let mut late_error = None;
        self.draw(&mode)?;
        loop {
            let wake = self.wake_at(&mode);
            let input = tokio::select! {
                // Input ending (the terminal went away) ends the workout like a signal.
                input = inputs.recv() => Some(input.unwrap_or(Input::Terminate)),
                () = async { sleep_until(wake.expect("guarded")).await }, if wake.is_some() => None,
            };
            let now = self.now();
            let msg = match input {
                None => Msg::Tick,
                Some(Input::Terminate) => Msg::Terminate,
                Some(Input::Terminal(event)) => match translate(&event) {
                    Some(key) => Msg::Key(key),
                    // Resizes and the like only need a redraw.
                    None => {
                        self.draw(&mode)?;
                        continue;
                    }
                },
            };
            match &mut mode {
                Mode::Home(home) => match msg {
                    Msg::Terminate => return Ok(()),
                    Msg::Key(key) => match home.key(key) {
                        HomeAction::Stay => {}
                        HomeAction::Quit => return Ok(()),
                        HomeAction::Start(n) => {
                            if let Some((session, file)) = (self.start)(n, now) {
                                match self.records.begin(&session, &file, now) {
                                    Ok(()) => mode = Mode::Workout(Box::new(session)),
                                    Err(why) => home.message = Some(why),
                                }
                            }
                        }
                    },
                    _ => {}
                },
                Mode::Workout(session) => {
                    let effects = session.update(msg, now);
                    if self.apply(session, effects, &mut late_error) {
                        return late_error.map_or(Ok(()), Err);
                    }
                }
            }
            self.draw(&mode)?;
        }
    }

    /// Carries out effects in order; a failed save drops the rest of the batch and tells the
    /// core. Returns whether to exit.
    fn apply(
        &mut self,
        session: &mut Session,
        effects: Vec<Effect>,
        late_error: &mut Option<String>,
    ) -> bool {
        for effect in effects {
            let now = self.now();
            match effect {
                Effect::SaveSet(set) => {
                    if let Err(why) = self.records.save(&set, now) {
                        let more = session.update(Msg::SaveFailed(why), now);
                        return self.apply(session, more, late_error);
                    }
                }
                Effect::EndSession(status) => {
                    if let Err(why) = self.records.end(status, now) {
                        *late_error = Some(why);
                    }
                }
                Effect::Bell => self.host.bell(),
                Effect::Suspend => {
                    self.host.suspend();
                    // The shell drew over the screen while we were stopped: resizing to the
                    // same size clears it and forces a full redraw. (`Terminal::clear` would
                    // first ask the terminal where the cursor is, racing the event reader.)
                    if let Ok(size) = self.terminal.size() {
                        let _ = self.terminal.resize(Rect::new(0, 0, size.width, size.height));
                    }
                    let more = session.update(Msg::Resumed, self.now());
                    if self.apply(session, more, late_error) {
                        return true;
                    }
                }
                Effect::Exit => return true,
            }
        }
        false
    }
}
