//! liftpace: a terminal strength coach with guided breathing.
//!
//! `core` is pure (programme model, tempo and breathing schedules, the session state machine);
//! `ui` draws frames from state and time; `storage` owns the results file; `runtime` is the only
//! place with clocks, the terminal and signals; `cli` is the command line.

pub mod catalog;
pub mod cli;
pub mod core;
pub mod plain_file;
pub mod runtime;
pub mod storage;
pub mod ui;
