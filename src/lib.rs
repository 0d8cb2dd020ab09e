//! liftpace: a terminal strength coach with guided breathing.
//!
//! `core` is pure (programme model, tempo and breathing schedules, the app state machine and
//! its screens); `ui` draws frames from state and time; `storage` owns the results file;
//! `launch` turns files and history into the app's first screen; `runtime` is the only place
//! with clocks, the terminal and signals while it runs; `import` and `export` translate the
//! history from and to other apps' files; `cli` is the command line.

pub mod catalog;
pub mod cli;
pub mod core;
pub mod export;
pub mod import;
pub mod launch;
pub mod plain_file;
pub mod runtime;
pub mod settings;
pub mod storage;
pub mod ui;
