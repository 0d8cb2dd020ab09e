//! Import speed and footprint of the release binary on generated 10,000-row exports of each
//! layout (Strong's classic comma layout, Strong's semicolon layout with units, Hevy's), into an
//! empty data folder and then again on top of itself (which adds nothing), plus a Hevy export of
//! the result. Run with `cargo bench --bench import`. Numbers are printed, never asserted: wall
//! time depends on the machine's load; user+system CPU time and peak RSS come from the
//! kernel's accounting of the child (`wait4`).

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROWS: usize = 10_000;

/// Names as the apps write them: most in the library, a few not.
const EXERCISES: [&str; 8] = [
    "Bench Press (Barbell)",
    "Squat (Barbell)",
    "Deadlift (Barbell)",
    "Lat Pulldown (Cable)",
    "Incline Bench Press (Dumbbell)",
    "Bicep Curl (Dumbbell)",
    "Hip Abductor (Machine)",
    "Plank",
];

/// One set of row `i`: its workout number, exercise, set order word, load and reps.
fn set(i: usize) -> (usize, &'static str, String, f64, u32) {
    let workout = i / 20;
    let exercise = EXERCISES[(i / 4) % EXERCISES.len()];
    let order = match i % 4 {
        0 => "W".to_string(),
        n => n.to_string(),
    };
    (workout, exercise, order, 20.0 + (i % 37) as f64 * 2.5, 5 + (i % 8) as u32)
}

fn strong_classic() -> String {
    let mut text = "\u{feff}Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n".to_string();
    for i in 0..ROWS {
        let (w, exercise, order, load, reps) = set(i);
        let (day, hour) = (1 + w % 28, 6 + w % 12);
        let month = 1 + (w / 28) % 12;
        let year = 2015 + w / 336;
        let (reps, seconds) = if exercise == "Plank" { (0, 60) } else { (reps, 0) };
        let _ = writeln!(
            text,
            "{year}-{month:02}-{day:02} {hour:02}:05:12,\"Workout {w}\",1h 5m,\"{exercise}\",{order},{load},{reps},0,{seconds},\"\",\"\",8"
        );
    }
    text
}

fn strong_android() -> String {
    let mut text = "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration\n".to_string();
    for i in 0..ROWS {
        let (w, exercise, order, load, reps) = set(i);
        let (day, month, year) = (1 + w % 28, 1 + (w / 28) % 12, 2015 + w / 336);
        let load = load.to_string().replace('.', ",");
        let _ = writeln!(
            text,
            "{year}-{month:02}-{day:02} 17:40:08;\"Workout {w}\";\"{exercise}\";{order};{load};lbs;{reps};;;;0;\"\";\"\";58m"
        );
    }
    text
}

fn hevy() -> String {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let mut text = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"\n".to_string();
    for i in 0..ROWS {
        let (w, exercise, order, load, reps) = set(i);
        let (day, month, year) = (1 + w % 28, MONTHS[(w / 28) % 12], 2015 + w / 336);
        let kind = if order == "W" { "warmup" } else { "normal" };
        let _ = writeln!(
            text,
            "\"Workout {w}\",\"{day} {month} {year}, 18:02\",\"{day} {month} {year}, 19:10\",\"\",\"{exercise}\",,\"\",{},\"{kind}\",{load},{reps},,,8.5",
            i % 4
        );
    }
    text
}

/// Wall time, user+system CPU time and peak RSS (KiB) of one run of the binary.
// The child is reaped by `wait4`, which also gives its resource use; `Child::wait` cannot.
#[allow(clippy::zombie_processes)]
fn measure(args: &[&str], data: &Path) -> (Duration, Duration, i64) {
    let begun = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_liftpace"))
        .args(args)
        .env("LIFTPACE_DATA_DIR", data)
        .env("LIFTPACE_CONFIG_DIR", data.join("config"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the release binary runs");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pid is our own child, not yet reaped; both pointers are valid.
    let reaped = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let wall = begun.elapsed();
    assert!(reaped > 0 && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "{args:?}");
    let cpu = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    (wall, cpu(usage.ru_utime) + cpu(usage.ru_stime), usage.ru_maxrss)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("strong classic", "strong", strong_classic(), Some("kg")),
        ("strong semicolon", "strong", strong_android(), None),
        ("hevy", "hevy", hevy(), None),
    ];
    println!("{ROWS}-row exports, release build (machine shared: wall time is load-dependent)");
    println!("{:<18} {:<16} {:>9} {:>9} {:>9}", "file", "run", "wall ms", "cpu ms", "RSS MiB");
    for (name, app, text, unit) in cases {
        let file = dir.path().join(format!("{}.csv", name.replace(' ', "_")));
        std::fs::write(&file, &text).unwrap();
        let data = dir.path().join(format!("data-{}", name.replace(' ', "_")));
        let mut args = vec!["import", app, file.to_str().unwrap()];
        if let Some(unit) = unit {
            args.extend(["--unit", unit]);
        }
        let runs = [("first import", args.clone()), ("again (adds 0)", args.clone())];
        for (run, args) in runs {
            let (wall, cpu, rss) = measure(&args, &data);
            let (wall, cpu) = (wall.as_secs_f64() * 1e3, cpu.as_secs_f64() * 1e3);
            println!("{name:<18} {run:<16} {wall:>9.1} {cpu:>9.1} {:>9.1}", rss as f64 / 1024.0);
        }
        let (wall, cpu, rss) = measure(&["export", "--format", "hevy"], &data);
        let (wall, cpu) = (wall.as_secs_f64() * 1e3, cpu.as_secs_f64() * 1e3);
        let run = "export hevy";
        println!("{name:<18} {run:<16} {wall:>9.1} {cpu:>9.1} {:>9.1}", rss as f64 / 1024.0);
    }
}
