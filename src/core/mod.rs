//! The pure core: the programme model and its loader, the tempo and breathing schedules, the
//! app state machine (`app`) and its screens (`home`, `session`), each with its keys as data
//! (`keys`). Nothing here reads a clock, touches a file or the terminal, or knows about tokio,
//! crossterm or ratatui: time comes in as an argument, effects go out as data.
//!
//! Arrows point one way: `words` (units, muscles, cues, number format) imports nothing of the
//! crate and is at the bottom; `app` is at the top. `scripts/core_cycles.py` checks that no
//! file of the core imports, through any path, a file that imports it.

pub mod app;
pub mod breathing;
pub mod checkin;
pub mod guideline;
pub mod home;
pub mod keys;
pub mod library;
pub mod phase;
pub mod plates;
pub mod printable;
pub mod programme;
pub mod progress;
pub mod progression;
pub mod resume;
pub mod rotation;
pub mod safety;
pub mod session;
pub mod spelling;
pub mod strength;
pub mod tempo;
pub mod words;
