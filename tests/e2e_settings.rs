//! Settings seen on a real terminal (a pseudo-terminal parsed with vt100): `theme = "auto"`
//! asks the terminal for its background and draws light or dark to match (the test plays the
//! terminal and answers, or stays silent), and a broken settings file still opens the home
//! screen, saying so once.

mod common;

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::pty::App;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// liftpace in colour in a pty whose "terminal" answers the background query with `answer`
/// (or not at all); returns the parsed screen, every byte written, a way to type, and the
/// child.
struct Colour {
    screen: Arc<Mutex<vt100::Parser>>,
    bytes: Arc<Mutex<Vec<u8>>>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Colour {
    fn start(dir: &Path, args: &[&str], answer: Option<&'static [u8]>, term: &str) -> Colour {
        let pty = native_pty_system()
            .openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_liftpace"));
        cmd.args(args);
        cmd.env("LIFTPACE_DATA_DIR", dir.join("data"));
        cmd.env("LIFTPACE_CONFIG_DIR", dir);
        cmd.env("TERM", term);
        cmd.env_remove("NO_COLOR");
        let child = pty.slave.spawn_command(cmd).unwrap();
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = Arc::new(Mutex::new(pty.master.take_writer().unwrap()));
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            24.try_into().unwrap(),
            80.try_into().unwrap(),
            0,
        )));
        let bytes = Arc::new(Mutex::new(Vec::new()));
        let (feed, reply, seen) = (screen.clone(), writer.clone(), bytes.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            let mut answered = false;
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let asked = {
                    let mut seen = seen.lock().unwrap();
                    seen.extend_from_slice(&buf[..n]);
                    seen.windows(5).any(|w| w == b"\x1b]11;")
                };
                if let (false, true, Some(answer)) = (answered, asked, answer) {
                    let mut w = reply.lock().unwrap();
                    w.write_all(answer).unwrap();
                    w.flush().unwrap();
                    answered = true;
                }
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        Colour { screen, bytes, writer, child, _master: pty.master }
    }

    fn keys(&self, keys: &str) {
        let mut w = self.writer.lock().unwrap();
        w.write_all(keys.as_bytes()).unwrap();
        w.flush().unwrap();
    }

    /// Waits (bounded) for `word` and returns its first cell's foreground colour.
    fn colour_of(&self, word: &str) -> vt100::Color {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            {
                let parser = self.screen.lock().unwrap();
                let screen = parser.screen();
                for (row, text) in screen.rows(0, 80).enumerate() {
                    if let Some(col) = text.find(word) {
                        let col = text[..col].chars().count();
                        let cell = screen.cell(row as u16, col as u16).unwrap();
                        return cell.fgcolor();
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        panic!("never saw {word:?}:\n{}", self.screen.lock().unwrap().screen().contents());
    }
}

impl Drop for Colour {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The colour of INHALE on the pacing screen when the terminal answers `answer`.
fn inhale_colour(answer: Option<&'static [u8]>) -> vt100::Color {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), "theme = \"auto\"\ncountdown = 0\n").unwrap();
    let app = Colour::start(dir.path(), &["run"], answer, "xterm-256color");
    app.colour_of("Set 1 of 3");
    app.keys("\r");
    app.colour_of("Now: INHALE")
}

#[test]
fn auto_draws_light_on_a_white_terminal_and_dark_on_a_black_one_or_a_silent_one() {
    let white: &[u8] = b"\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?62;22c";
    let black: &[u8] = b"\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;22c";
    assert_eq!(inhale_colour(Some(white)), vt100::Color::Idx(20), "light: deep blue");
    assert_eq!(inhale_colour(Some(black)), vt100::Color::Idx(39), "dark: bright blue");
    assert_eq!(inhale_colour(None), vt100::Color::Idx(39), "no answer: dark");
}

/// Waits (bounded) until the screen no longer shows `what`.
fn wait_gone(app: &App, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while app.text().contains(what) {
        assert!(Instant::now() < deadline, "{what:?} stays:\n{}", app.text());
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn a_broken_settings_file_opens_the_home_screen_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::create_dir(&config).unwrap();
    std::fs::write(config.join("config.toml"), "countdwn = 5\n").unwrap();
    let mut app = App::start(dir.path(), &[], 80, 24);
    app.wait_for("Settings have errors");
    app.wait_for("Full body, twice a week");
    app.keys("j");
    wait_gone(&app, "Settings have errors");
    app.keys("q");
    app.wait_exit();
}

#[test]
fn a_broken_settings_file_still_starts_a_workout_with_the_notice_over_ready() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::create_dir(&config).unwrap();
    std::fs::write(config.join("config.toml"), "countdown = \"five\"\n").unwrap();
    let mut app = App::start(dir.path(), &["run"], 80, 24);
    app.wait_for("Settings have errors");
    app.keys("\r");
    wait_gone(&app, "Settings have errors");
    assert!(app.text().contains("Set 1 of 3"), "the key only closed the note:\n{}", app.text());
    app.keys("\r");
    app.wait_for("Now: INHALE");
    app.keys("q");
    app.wait_for("Quit");
    app.keys("y");
    app.wait_for_main_screen();
    app.wait_exit();
}

#[test]
fn a_dumb_terminal_gets_plain_lines_without_the_alternate_screen_colour_or_questions() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), "theme = \"auto\"\ncountdown = 1\n").unwrap();
    let mut app = Colour::start(dir.path(), &["run"], None, "dumb");
    app.colour_of("Space or Enter starts.");
    app.keys("\r");
    app.colour_of("rep 1 of 12: INHALE, lower slowly");
    app.keys("q");
    app.colour_of("Quit the workout?");
    app.keys("y");
    let deadline = Instant::now() + Duration::from_secs(20);
    while app.child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "liftpace did not exit");
        std::thread::sleep(Duration::from_millis(2));
    }
    let bytes = app.bytes.lock().unwrap().clone();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        !text.contains('\x1b'),
        "no escape sequence at all (no alternate screen, colour, cursor moves or OSC query):\n{text:?}"
    );
    // The bell that marks pacing's start rings before its line; the words stay whole.
    let text = text.replace('\x07', "");
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert!(lines.contains(&"Get ready: 1"), "{lines:#?}");
    assert!(lines.contains(&"rep 1 of 12: INHALE, lower slowly"), "{lines:#?}");
}

/// Whether the bell rang when a one-second rest ran out, with `config` as the settings.
fn bell_rings(config: &str) -> bool {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), config).unwrap();
    let programme = dir.path().join("short.toml");
    let text = "name = \"Short\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Squat\"\nmuscles = [\"legs\"]\nsets = 2\nreps = 1\ntempo = \"1-0-1-0\"\nrest = 1\nbreathing = \"none\"\n";
    std::fs::write(&programme, text).unwrap();
    let app = Colour::start(dir.path(), &["run", programme.to_str().unwrap()], None, "dumb");
    app.colour_of("Space or Enter starts.");
    app.keys("\r");
    app.colour_of("Log set 1 of 2");
    app.keys("\r");
    app.colour_of("Squat, set 2 of 2");
    let rang = app.bytes.lock().unwrap().contains(&0x07);
    app.keys("q");
    app.keys("y");
    rang
}

#[test]
fn sound_off_keeps_the_bell_quiet() {
    assert!(bell_rings("countdown = 0\n"), "the bell by default");
    assert!(!bell_rings("countdown = 0\nsound = \"off\"\n"), "no bell with sound = \"off\"");
}

/// One set and the start of its rest with `config` as config.toml: the rest's screen, and
/// every byte liftpace wrote by then.
fn set_and_rest(config: &str) -> (String, Vec<u8>) {
    let programme = common::fixture::squat_programme("Settings", 2, "rest = \"30s\"");
    let (dir, file) = common::fixture::programme_in_tempdir("settings.toml", &programme);
    std::fs::create_dir(dir.path().join("config")).unwrap();
    std::fs::write(dir.path().join("config/config.toml"), config).unwrap();
    let mut app = App::workout(dir.path(), &file, 80, 24);
    app.wait_for("Set 1 of 2");
    app.keys(" ");
    app.wait_for("Reps");
    app.keys("\r");
    app.wait_for("0:29 left");
    let seen = (app.text(), app.output.lock().unwrap().clone());
    app.child.kill().unwrap();
    app.wait_exit();
    seen
}

#[test]
fn rest_breathing_sound_and_title_are_what_the_settings_say() {
    let has = |bytes: &[u8], part: &[u8]| bytes.windows(part.len()).any(|w| w == part);
    // The defaults: recover at rest, the bell rung, the rest in the window title.
    let (screen, bytes) = set_and_rest("theme = \"dark\"\n");
    assert!(screen.contains("breathing: recover"), "{screen}");
    assert!(has(&bytes, b"\x07") && has(&bytes, b"\x1b]2;REST"), "bell and title rung");
    // The lifter's own: box at rest, silence, no title.
    let config = "theme = \"dark\"\nrest_breathing = \"box\"\nsound = \"off\"\ntitle = false\n";
    let (screen, bytes) = set_and_rest(config);
    assert!(screen.contains("breathing: box"), "{screen}");
    assert!(!has(&bytes, b"\x07"), "no bell, and no sequence ended by one");
    assert!(!has(&bytes, b"\x1b]2;"), "no title");
}
