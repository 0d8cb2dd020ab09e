//! The workout as the ui draws it: the header every workout screen shares, the screen the
//! session is on (Ready, Get ready, Pacing, Log, Rest, Summary, each in its own module), and
//! the footer hints from that screen's key table. Must never change the session.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Draw, View};
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
        let mut bands = layout::bands(frame.area());
        let (left, right) = (describe::day_and_programme(session), describe::progress(session));
        layout::draw_header(frame, bands.header, &left, &right, theme);
        if let Some(list) = &session.today.list {
            return today::draw(frame, bands, session, list, now, theme);
        }
        // A record just set is said above the screen after Log, until the next set starts;
        // the summary lists the session's records itself.
        if let Some(record) = &session.records.announce
            && !matches!(session.screen, Screen::Log { .. } | Screen::Summary { .. })
        {
            let lines = layout::wrap_at_most(&record.to_string(), bands.body.width, 2);
            let rows = lines.len() as u16;
            let note = Rect { height: rows, ..bands.body };
            layout::draw_lines(frame, note, &lines, theme.title());
            bands.body.y += rows;
            bands.body.height = bands.body.height.saturating_sub(rows);
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

    /// A bar's next eighth-cell step, a countdown's next second, a breath shape's next size;
    /// `None` on Ready, Log, Summary and paused pacing.
    fn until_change(&self, now: Duration, area: Rect) -> Option<Duration> {
        let session = self;
        let body = layout::bands(area).body;
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
