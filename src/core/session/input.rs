//! What a key does in a workout: its action is looked up in the key table of the screen the
//! workout is on, and carried out. Keys that open a box or suspend act on the screen as it is;
//! every other key first lets any passed deadline move the workout on.

use std::time::Duration;

use super::keymap::{self, Action};
use super::{DISCARD, DOUBLE_TAP, QUIT, REST_ADD, REST_MAX_WITH_ADDS, Screen, Session};
use crate::core::app::Effect;
use crate::core::checkin::{CheckinScreen, When};
use crate::core::keys::{self, Key};

impl Session {
    /// The key table of the screen the workout is on.
    pub fn keymap(&self) -> &'static [keys::Binding<Action>] {
        keymap::table(&self.screen)
    }

    pub(super) fn key(&mut self, key: Key, now: Duration) -> Vec<Effect> {
        if self.today.list.is_some() {
            return self.list_key(key, now);
        }
        if let Some(action) = keys::action(self.keymap(), key)
            && action.before_deadlines()
        {
            return self.act(action, key, now);
        }
        // A deadline may have passed between the last tick and this key: the key acts on the
        // screen it moved on to.
        let mut effects = self.tick(now);
        if let Some(action) = keys::action(self.keymap(), key) {
            effects.extend(self.act(action, key, now));
        }
        effects
    }

    fn act(&mut self, action: Action, key: Key, now: Duration) -> Vec<Effect> {
        match action {
            Action::Help => {
                self.pause_for_interruption(now);
                return vec![Effect::ShowHelp];
            }
            Action::Quit => {
                self.pause_for_interruption(now);
                return vec![Effect::Ask(QUIT)];
            }
            Action::Suspend => {
                self.pause_for_interruption(now);
                return vec![Effect::Suspend];
            }
            Action::List => {
                self.open_list(now);
                return Vec::new();
            }
            Action::Leave if self.settings.checkin.asks(When::After) => {
                return vec![Effect::open(CheckinScreen::new(When::After, self.moods))];
            }
            Action::Leave => return vec![Effect::StartOver],
            Action::Save => return self.save(now),
            _ => {}
        }
        match (&mut self.screen, action) {
            (Screen::Ready, Action::Start) => {
                // A record is announced until the next set begins.
                self.records.announce = None;
                self.screen = Screen::GetReady { since: now };
            }
            (Screen::Ready, Action::Heavier) => self.change_load(1.0),
            (Screen::Ready, Action::Lighter) => self.change_load(-1.0),
            (Screen::GetReady { .. }, Action::Back) => self.screen = Screen::Ready,
            (Screen::Log { .. }, Action::Back) => return vec![Effect::Ask(DISCARD)],
            (Screen::Pacing { clock }, Action::TogglePause) => clock.toggle(now),
            (Screen::Pacing { clock }, Action::EndSet) => {
                let clock = *clock;
                let end = clock.paused_at.unwrap_or(now);
                self.open_log(clock, end);
            }
            (Screen::Log { form, .. }, Action::NextField) => form.tab(false),
            (Screen::Log { form, .. }, Action::PreviousField) => form.tab(true),
            (Screen::Log { form, .. }, Action::Delete) => form.backspace(),
            (Screen::Log { form, .. }, Action::Type) => {
                if let Key::Char(c) = key {
                    form.type_char(c);
                }
            }
            (Screen::Rest { length, .. }, Action::AddRest) => {
                *length = (*length + REST_ADD).min(REST_MAX_WITH_ADDS.max(*length))
            }
            (Screen::Rest { since, .. }, Action::SkipRest)
                if now.saturating_sub(*since) >= DOUBLE_TAP =>
            {
                self.screen = Screen::Ready
            }
            _ => {}
        }
        Vec::new()
    }
}
