//! `liftpace export [--format csv|json|hevy] [--since DATE]`: the history, read through the
//! storage reader (so corrections are applied), written to stdout. Damaged lines are warned
//! about on stderr and left out; must never write anything but the export to stdout.

use std::io::{self, Write};

use jiff::civil::Date;

use crate::export::{self, Format};
use crate::storage::{self, DataDir};

/// Writes the export. An error is the one message for an export that could not be made.
pub(super) fn run(format: Format, since: Option<Date>, data: &DataDir) -> Result<(), String> {
    // Every journal merged by time, copies given once, corrections applied.
    let mut records = Vec::new();
    let warnings =
        storage::for_each_record(data, |r| records.push(r.clone())).map_err(|e| e.to_string())?;
    for warning in warnings {
        eprintln!("liftpace: warning: {warning}");
    }
    if format == Format::Hevy && export::mixes_units(&records) {
        eprintln!(
            "liftpace: note: your sets are in both kg and lb; Hevy's layout has one weight \
             column, so this export has weight_kg and weight_lbs, each set in its own unit"
        );
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    export::write(format, &records, since, &mut out)
        .and_then(|()| out.flush())
        .map_err(|e| format!("cannot write the export: {e}"))
}
