//! The home screen in plain lines: the programme under the cursor and its next day, said
//! again as the cursor moves (`?` says the keys). Must never change the home screen.

use std::time::Duration;

use super::{Said, Say};
use crate::core::home::Home;
use crate::ui::View;

impl Say for Home {
    fn say(&self, _now: Duration, _view: &View) -> Said {
        let count = self.entries.len();
        let Some(entry) = self.entries.get(self.selected) else {
            return Said::text(
                "No programmes found. Put a .toml file in your programs folder.".into(),
            );
        };
        let status = match (&entry.error, &entry.next_day) {
            (Some(error), _) => format!("has errors: {error}"),
            (None, Some(day)) => format!("next: day {day}, {}", entry.summary),
            (None, None) => entry.summary.clone(),
        };
        let message = self.message.as_deref().map(|m| format!(" {m}")).unwrap_or_default();
        Said::text(format!(
            "Programme {} of {count}: {} ({}), {status}.{message} (? keys)",
            self.selected + 1,
            entry.title,
            entry.origin
        ))
    }
}
