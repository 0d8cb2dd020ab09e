//! How long `liftpace progress --format json` takes over a generated history of 100,000 and
//! 1,000,000 sets (the target: under 1 s for a million): wall time and CPU time (user +
//! system, which the load of other processes distorts less). Run with `cargo bench --bench
//! progress`. Numbers are printed, never asserted. Peak RSS is not printed: the child's
//! `ru_maxrss` counts pages shared with this process before it execs; measure it with
//! `/usr/bin/time -f %M liftpace progress --format json` on a history instead.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[path = "../tests/history_gen/mod.rs"]
mod history_gen;

/// One run: wall time and CPU time (user + system).
type Measured = (Duration, Duration);

/// Runs the command once and measures it.
// The child is reaped by `wait4`, which also gives its resource use; `Child::wait` cannot.
#[allow(clippy::zombie_processes)]
fn run(data: &std::path::Path) -> Measured {
    let begun = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_liftpace"))
        .args(["progress", "--format", "json", "--until", "2026-11-29"])
        .env("LIFTPACE_DATA_DIR", data)
        .env("LIFTPACE_CONFIG_DIR", data)
        .stdout(Stdio::null())
        .spawn()
        .expect("the liftpace binary runs");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, with pointers to live locals.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let elapsed = begun.elapsed();
    assert_eq!(pid, child.id() as i32);
    assert_eq!(status, 0, "progress failed");
    let seconds = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    (elapsed, seconds(usage.ru_utime) + seconds(usage.ru_stime))
}

fn main() {
    for sets in [100_000u32, 1_000_000] {
        let dir = tempfile::tempdir().unwrap();
        let days = sets.div_ceil(history_gen::set_lines_per_day());
        let text = history_gen::history(days, jiff::civil::date(2026, 11, 29));
        std::fs::write(dir.path().join("history.jsonl"), &text).unwrap();
        let bytes = text.len();
        drop(text);
        let runs: Vec<Measured> = (0..5).map(|_| run(dir.path())).collect();
        let median = |mut v: Vec<Duration>| {
            v.sort();
            v[2].as_secs_f64() * 1e3
        };
        println!(
            "progress --format json, {} set records ({:.0} MiB): wall median {:.0} ms, CPU median {:.0} ms",
            days * history_gen::set_lines_per_day(),
            bytes as f64 / 1048576.0,
            median(runs.iter().map(|r| r.0).collect()),
            median(runs.iter().map(|r| r.1).collect()),
        );
    }
}
