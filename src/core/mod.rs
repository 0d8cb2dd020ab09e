//! The pure core: the programme model and its loader, the tempo and breathing schedules, and
//! the workout state machine. Nothing here reads a clock, touches a file or the terminal, or
//! knows about tokio, crossterm or ratatui: time comes in as an argument, effects go out as data.

pub mod breathing;
pub mod checkin;
pub mod guideline;
pub mod home;
pub mod library;
pub mod phase;
pub mod plates;
pub mod programme;
pub mod progress;
pub mod progression;
pub mod session;
pub mod strength;
pub mod tempo;
