//! Years of history: the real binary's first frame of `run` and of the home screen, and its
//! peak RSS, over generated histories of 0, 100,000 and 1,000,000 sets, and the time of one
//! full merged pass (`storage::for_each_record`) over each. The first start reads every
//! journal and saves the start-up cache; later starts read the cache and whatever was
//! appended since. Run with `cargo bench --bench history`. Numbers are printed, never
//! asserted. RSS is the kernel's high-water mark (`VmHWM`, Linux).

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use liftpace::core::session::{EndStatus, SetKind};
use liftpace::storage::records::encode;
use liftpace::storage::{DataDir, Record, SessionEndRecord, SessionRecord, SetRecord};

#[path = "../tests/common/pty.rs"]
mod pty;

/// The built-in default programme's days, as the generated sessions do them.
const DAYS: [(&str, &[&str]); 2] = [
    (
        "A",
        &[
            "Goblet squat",
            "Romanian deadlift",
            "Dumbbell bench press",
            "One-arm dumbbell row",
            "Seated dumbbell shoulder press",
            "Dumbbell curl",
            "Dead bug",
        ],
    ),
    (
        "B",
        &[
            "Split squat",
            "Deadlift",
            "Push-up",
            "Lat pulldown",
            "Dumbbell lateral raise",
            "Overhead triceps extension",
            "Pallof press",
        ],
    ),
];

/// Writes `sets` sets as sessions of the default programme, three sets an exercise, one
/// session every two days going back from 2026, into this machine's journal.
fn generate(data: &Path, sets: usize) {
    std::fs::create_dir_all(data).unwrap();
    let path = DataDir::new(data, "test").journal_path();
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut written = 0;
    let mut n = 0u64;
    let start = jiff::Timestamp::from_second(1_000_000_000).unwrap();
    while written < sets {
        let at = |minutes: u64| {
            let t = start + jiff::SignedDuration::from_secs((n * 2 * 86_400 + minutes * 60) as i64);
            t.strftime("%Y-%m-%dT%H:%M:%S+00:00").to_string()
        };
        let (day, exercises) = DAYS[(n % 2) as usize];
        let id = format!("S{n:08}");
        let mut line = |record: Record| writeln!(out, "{}", encode(&record).unwrap()).unwrap();
        line(Record::Session(SessionRecord {
            id: id.clone(),
            programme: "Full body, twice a week".into(),
            programme_file: "built-in:full-body".into(),
            day: day.into(),
            started: at(0),
            source: None,
        }));
        for (e, exercise) in exercises.iter().enumerate() {
            for set in 1..=3u32 {
                if written == sets {
                    break;
                }
                let minute = (e as u64) * 8 + u64::from(set) * 2;
                line(Record::Set(SetRecord {
                    session: id.clone(),
                    exercise: (*exercise).into(),
                    set,
                    kind: SetKind::Work,
                    side: None,
                    reps: Some(8 + (n % 5) as u32),
                    hold_s: None,
                    load: Some(10.0 + (n % 40) as f64 * 2.5),
                    unit: "kg".into(),
                    target: "8-12".into(),
                    tempo: "3-1-1-0".into(),
                    rpe: Some(7.5),
                    started: at(minute),
                    ended: at(minute + 1),
                    origin: None,
                }));
                written += 1;
            }
        }
        line(Record::SessionEnd(SessionEndRecord {
            session: id,
            ended: at(60),
            status: EndStatus::Completed,
        }));
        n += 1;
    }
    out.flush().unwrap();
}

fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Spawns liftpace with `args`, waits for `mark` on screen, and returns the time it took and
/// the peak RSS at that moment; then leaves with `quit` as a lifter would.
fn first_frame(dir: &Path, args: &[&str], mark: &str, quit: &[(&str, &str)]) -> (Duration, u64) {
    let begun = Instant::now();
    let mut app = pty::App::start(dir, args, 80, 24);
    app.wait_for(mark);
    let took = begun.elapsed();
    let rss = peak_rss_kib(app.child.process_id().expect("pid"));
    for (key, then) in quit {
        app.keys(key);
        app.wait_for(then);
    }
    app.wait_for_main_screen();
    app.wait_exit();
    (took, rss)
}

/// Median time and largest RSS of `runs` warm starts.
fn warm(dir: &Path, app: &Screen, runs: usize) -> (Duration, u64) {
    let mut all: Vec<(Duration, u64)> =
        (0..runs).map(|_| first_frame(dir, app.args, app.mark, app.quit)).collect();
    let rss = all.iter().map(|r| r.1).max().unwrap();
    all.sort();
    (all[runs / 2].0, rss)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

/// A screen to time: how to start it, what shows it is drawn, and how to leave.
struct Screen {
    args: &'static [&'static str],
    mark: &'static str,
    quit: &'static [(&'static str, &'static str)],
}

/// `run` of the default programme's day A: its Ready screen.
const RUN: Screen = Screen {
    args: &["run", "--day", "A", "--countdown", "0"],
    mark: "Goblet squat",
    quit: &[("q", "Quit the workout?"), ("y", "")],
};

/// The home screen, once it says which day is next.
const HOME: Screen = Screen { args: &[], mark: "next: day", quit: &[("q", "")] };

fn main() {
    for sets in [0, 100_000, 1_000_000] {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        generate(&data, sets);
        let size = std::fs::metadata(DataDir::new(&data, "test").journal_path()).unwrap().len();
        println!("{sets} sets ({:.0} MiB of journal):", size as f64 / 1048576.0);

        let (cold, cold_rss) = first_frame(tmp.path(), RUN.args, RUN.mark, RUN.quit);
        println!(
            "  run, first start (no cache):  first frame {}, peak RSS {}",
            ms(cold),
            mib(cold_rss)
        );
        let (run, run_rss) = warm(tmp.path(), &RUN, 9);
        println!(
            "  run, with the cache (median of 9): first frame {}, peak RSS {}",
            ms(run),
            mib(run_rss)
        );
        let (home, home_rss) = warm(tmp.path(), &HOME, 9);
        println!(
            "  home, with the cache (median of 9): first frame {}, peak RSS {}",
            ms(home),
            mib(home_rss)
        );

        let begun = Instant::now();
        let mut count = 0usize;
        let data_dir = DataDir::new(&data, "test");
        liftpace::storage::for_each_record(&data_dir, |r| {
            count += usize::from(matches!(r, Record::Set(_)))
        })
        .unwrap();
        println!("  full merged pass (for_each_record): {count} sets in {}", ms(begun.elapsed()));
    }
}
