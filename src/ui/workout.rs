//! The workout as the ui draws it: the header every workout screen shares, the screen the
//! session is on (Ready, Get ready, Pacing, Log, Rest, Summary, each in its own module), and
//! the footer hints from that screen's key table. Must never change the session.

use std::hash::{DefaultHasher, Hash};
use std::time::Duration;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::layout::Bands;
use super::{Cue, Draw, View};
use super::{
    countdown, describe, getready, hold, layout, log, pacing, ready, rest, summary, today,
};
use crate::core::keys;
use crate::core::programme::Target;
use crate::core::session::{Screen, Session};

impl Draw for Session {
    /// "REST 0:42 · liftpace" while resting, counting down as the screen does.
    fn title(&self, now: Duration) -> Option<String> {
        let Screen::Rest { since, length } = self.screen else { return None };
        let left = countdown::shown((since + length).saturating_sub(now));
        Some(format!("REST {} · liftpace", describe::clock(left)))
    }

    fn draw(&self, frame: &mut Frame, now: Duration, view: &View) {
        let session = self;
        let theme = &view.theme;
        let (bands, announce) = bands(session, frame.area());
        let (left, right) = (describe::day_and_programme(session), describe::progress(session));
        layout::draw_header(frame, bands.header, &left, &right, theme);
        if let Some(list) = &session.today.list {
            // The list takes the whole body, with no record note above it.
            let bands = layout::bands(frame.area());
            return today::draw(frame, bands, session, list, now, theme);
        }
        if let Some((note, lines)) = announce {
            layout::draw_lines(frame, note, &lines, theme.title());
        }
        match &session.screen {
            Screen::Ready => ready::draw(frame, bands, session, theme),
            Screen::GetReady { since } => {
                let left = (*since + session.settings.countdown).saturating_sub(now);
                getready::draw(frame, bands, session, left, theme);
            }
            Screen::Pacing { clock } => match session.current_set().target {
                Target::Hold(length) => {
                    hold::draw(frame, bands, session, *clock, length, now, theme)
                }
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
        layout::draw_hints(frame, bands.footer, &keys::hints(session.keymap()), theme);
    }

    /// The phase of a rep being paced (not paused); holds and rests pace no phase words.
    fn cue(&self, now: Duration) -> Option<Cue> {
        let Screen::Pacing { clock } = &self.screen else { return None };
        if clock.paused_at.is_some() {
            return None;
        }
        let phase = self.rep_phase(now)?;
        Some(Cue { kind: phase.kind, phase: (self.current, phase.cycle, phase.index) })
    }

    /// While pacing (not paused) the phase, the rep and its instruction; during a hold, the
    /// set; while resting, the breath. Everything else on those screens stays until a key
    /// or a new screen.
    fn still_key(&self, now: Duration, key: &mut DefaultHasher) -> bool {
        let session = self;
        // Today's list covers the screen and draws whole.
        if session.today.list.is_some() {
            return false;
        }
        session.current.hash(key);
        session.records.announce.is_some().hash(key);
        match &session.screen {
            Screen::Pacing { clock } if clock.paused_at.is_none() => {
                match session.current_set().target {
                    Target::Hold(_) => "hold".hash(key),
                    Target::Reps(_) => {
                        let Some((phase, part)) = session.rep_part(now) else { return false };
                        let motion = session.exercise().motion;
                        ("pacing", phase.kind, phase.cycle).hash(key);
                        pacing::instruction(part, motion, false).hash(key);
                    }
                }
                true
            }
            Screen::Rest { since, length } => {
                let breath = session.rest_breathing().phase_at(now.saturating_sub(*since));
                ("rest", length, breath.map(|p| (p.kind, p.cycle, p.index))).hash(key);
                true
            }
            _ => false,
        }
    }

    /// The bar while pacing; the seconds, their line and the bar of a hold; the shape, the
    /// countdown and its line while resting.
    fn draw_moving(&self, buf: &mut Buffer, now: Duration, view: &View) -> Vec<Rect> {
        let session = self;
        let body = bands(session, buf.area).0.body;
        let theme = &view.theme;
        match &session.screen {
            Screen::Pacing { clock } => match session.current_set().target {
                Target::Hold(length) => {
                    hold::draw_moving(buf, body, session, *clock, length, now, theme)
                }
                Target::Reps(_) => pacing::draw_moving(buf, body, session, now, theme),
            },
            Screen::Rest { since, length } => {
                rest::draw_moving(buf, body, session, now.saturating_sub(*since), *length, theme)
            }
            _ => Vec::new(),
        }
    }

    /// A bar's next eighth-cell step, a countdown's next second, a breath shape's next size;
    /// `None` on Ready, Log, Summary and paused pacing.
    fn until_change(&self, now: Duration, area: Rect) -> Option<Duration> {
        let session = self;
        let body = bands(session, area).0.body;
        if session.today.list.is_some() {
            return today::until_change(session, now);
        }
        match &session.screen {
            Screen::Ready | Screen::Log { .. } | Screen::Summary { .. } => None,
            Screen::GetReady { since } => {
                countdown::until_change((*since + session.settings.countdown).saturating_sub(now))
            }
            Screen::Pacing { clock } if clock.paused_at.is_some() => None,
            Screen::Pacing { clock } => match session.current_set().target {
                Target::Hold(length) => hold::until_change(body, session, *clock, length, now),
                Target::Reps(_) => pacing::until_change(body, session, now),
            },
            Screen::Rest { since, length } => {
                rest::until_change(body, session, now.saturating_sub(*since), *length)
            }
        }
    }
}

/// The screen's bands, the body moved down under a record just set (said above the screen
/// after Log until the next set starts; the summary lists records itself), with where that
/// note goes and its lines.
fn bands(session: &Session, area: Rect) -> (Bands, Option<(Rect, Vec<String>)>) {
    let mut bands = layout::bands(area);
    let Some(record) = &session.records.announce else { return (bands, None) };
    if matches!(session.screen, Screen::Log { .. } | Screen::Summary { .. }) {
        return (bands, None);
    }
    let lines = layout::wrap_at_most(&record.to_string(), bands.body.width, 2);
    let rows = lines.len() as u16;
    let note = Rect { height: rows, ..bands.body };
    bands.body.y += rows;
    bands.body.height = bands.body.height.saturating_sub(rows);
    (bands, Some((note, lines)))
}
