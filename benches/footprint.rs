//! Speed and footprint of the real binary, measured in a pseudo-terminal at 80x24:
//! time to first frame, CPU while pacing (at 3-1-1-0 and at the fastest tempo, 1-0-1-0, where
//! the big phase word changes every second), on a still screen, while resting (the breathing
//! pacer), while breathing (`liftpace breathe`) and paused there, and peak RSS.
//! Run with `cargo bench --bench footprint`. Numbers are printed, never asserted: CPU time
//! comes from /proc (Linux), in clock ticks of 10 ms, so each window is long enough for a
//! tick to be well under the targets.

use std::path::Path;
use std::time::{Duration, Instant};

#[path = "../tests/common/pty.rs"]
mod pty;

const PROGRAMME: &str = r#"
name = "Footprint"
[defaults]
breathing = "box"
muscles = ["legs"]
rest = "3m"
[[day]]
name = "A"
[[day.exercise]]
name = "Goblet squat"
load = 16
reps = "max"
tempo = "3-1-1-0"
"#;

/// User plus system CPU time of `pid` so far.
fn cpu_time(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc");
    // Fields after the command name, which is in parentheses and may contain spaces.
    let rest = &stat[stat.rfind(')').expect("stat format") + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    // SAFETY: sysconf has no preconditions.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as u64;
    Duration::from_secs_f64(ticks as f64 / per_second as f64)
}

fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn cpu_share(pid: u32, window: Duration) -> f64 {
    let before = cpu_time(pid);
    std::thread::sleep(window);
    (cpu_time(pid) - before).as_secs_f64() / window.as_secs_f64() * 100.0
}

fn start(dir: &Path, file: &str) -> (pty::App, Duration) {
    let begun = Instant::now();
    let app = pty::App::start(dir, &["run", file, "--countdown", "0"], 80, 24);
    app.wait_for("Goblet squat");
    (app, begun.elapsed())
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("footprint.toml");
    std::fs::write(&file, PROGRAMME).unwrap();
    let file = file.to_str().unwrap();

    let mut firsts: Vec<Duration> = (0..10)
        .map(|_| {
            let (mut app, first) = start(dir.path(), file);
            app.child.kill().unwrap();
            app.wait_exit();
            first
        })
        .collect();
    firsts.sort();
    println!(
        "first frame (spawn to exercise name on screen, 10 runs): median {:.1} ms, max {:.1} ms",
        firsts[5].as_secs_f64() * 1e3,
        firsts[9].as_secs_f64() * 1e3
    );

    let window = Duration::from_secs(30);
    let (mut app, _) = start(dir.path(), file);
    let pid = app.child.process_id().expect("pid");
    println!(
        "still Ready screen: {:.2}% of one core over {}s",
        cpu_share(pid, window),
        window.as_secs()
    );
    app.keys(" ");
    app.wait_for("rep 1");
    println!("pacing: {:.2}% of one core over {}s", cpu_share(pid, window), window.as_secs());
    app.keys(" ");
    app.wait_for("PAUSED");
    println!(
        "paused pacing: {:.2}% of one core over {}s",
        cpu_share(pid, window),
        window.as_secs()
    );
    // Resume, end the set, save it: the rest's breathing pacer and countdown.
    app.keys(" ");
    app.wait_for("Now:");
    app.keys("\r");
    app.wait_for("Log set 1");
    app.keys("\r");
    app.wait_for("Rest:");
    println!("resting: {:.2}% of one core over {}s", cpu_share(pid, window), window.as_secs());
    println!("peak RSS: {:.1} MiB", peak_rss_kib(pid) as f64 / 1024.0);
    app.keys("q");
    app.wait_for("Quit the workout?");
    app.keys("y");
    app.wait_for_main_screen();
    app.wait_exit();

    // The fastest tempo: the big phase word and the bar's speed change every second.
    // Its own folder: the workout quit above would be offered for resuming here.
    let fast_dir = tempfile::tempdir().unwrap();
    let fast = fast_dir.path().join("fast.toml");
    std::fs::write(&fast, PROGRAMME.replace("3-1-1-0", "1-0-1-0")).unwrap();
    let (mut app, _) = start(fast_dir.path(), fast.to_str().unwrap());
    let pid = app.child.process_id().expect("pid");
    app.keys(" ");
    app.wait_for("rep 1");
    println!(
        "pacing at 1-0-1-0: {:.2}% of one core over {}s",
        cpu_share(pid, window),
        window.as_secs()
    );
    app.keys("q");
    app.wait_for("Quit the workout?");
    app.keys("y");
    app.wait_for_main_screen();
    app.wait_exit();

    // The breathing pacer full window, after its 30 s soft start has settled into box.
    let mut app = pty::App::start(dir.path(), &["breathe", "box", "--minutes", "5"], 80, 24);
    let pid = app.child.process_id().expect("pid");
    app.wait_for("Now:");
    std::thread::sleep(Duration::from_secs(30));
    println!("breathing: {:.2}% of one core over {}s", cpu_share(pid, window), window.as_secs());
    app.keys(" ");
    app.wait_for("PAUSED");
    println!(
        "paused breathing: {:.2}% of one core over {}s",
        cpu_share(pid, window),
        window.as_secs()
    );
    app.keys("q");
    app.wait_for("End the session?");
    app.keys("y");
    app.wait_for("Ended early");
    app.keys("q");
    app.wait_for_main_screen();
    app.wait_exit();
}
