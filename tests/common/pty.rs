//! A pseudo-terminal harness shared by the end-to-end tests and the footprint benchmark: runs
//! the real binary, parses its screen with vt100, types keys, and waits (always bounded) for
//! text to appear.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// The binary under test, running in a pty.
pub struct App {
    /// The parsed screen.
    pub screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote to the terminal, for sequences the screen does not keep.
    #[allow(dead_code)] // not every test binary uses it
    pub output: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    /// The process.
    pub child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

impl App {
    /// Starts liftpace with `args`, data and config under `dir`, in a `cols` x `rows` pty.
    pub fn start(dir: &Path, args: &[&str], cols: u16, rows: u16) -> App {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_liftpace"));
        cmd.args(args);
        App::spawn(dir, cmd, cols, rows)
    }

    /// `liftpace run FILE --countdown 0`: a workout that starts at once.
    #[allow(dead_code)] // not every test binary uses it
    pub fn workout(dir: &Path, file: &str, cols: u16, rows: u16) -> App {
        App::start(dir, &["run", file, "--countdown", "0"], cols, rows)
    }

    /// Like `start`, with `prelude` run by `sh` first (`ulimit -f 1`, say) and liftpace then
    /// exec'd in its place, so the limits it sets apply to liftpace alone.
    #[allow(dead_code)] // not every test binary uses it
    pub fn start_after(dir: &Path, prelude: &str, args: &[&str], cols: u16, rows: u16) -> App {
        let mut cmd = CommandBuilder::new("/bin/sh");
        cmd.args(["-c", &format!("{prelude} && exec \"$0\" \"$@\"")]);
        cmd.arg(env!("CARGO_BIN_EXE_liftpace"));
        cmd.args(args);
        App::spawn(dir, cmd, cols, rows)
    }

    fn spawn(dir: &Path, mut cmd: CommandBuilder, cols: u16, rows: u16) -> App {
        let pty = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("a pty");
        cmd.env("LIFTPACE_DATA_DIR", dir.join("data"));
        cmd.env("LIFTPACE_CONFIG_DIR", dir.join("config"));
        // This machine's journal is then `data/history.test.jsonl`, whatever the host.
        cmd.env("LIFTPACE_DEVICE", "test");
        cmd.env("NO_COLOR", "1");
        cmd.env("TERM", "xterm-256color");
        let child = pty.slave.spawn_command(cmd).expect("spawn liftpace");
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            rows.try_into().expect("rows"),
            cols.try_into().expect("cols"),
            0,
        )));
        let output = Arc::new(Mutex::new(Vec::new()));
        let (feed, raw) = (screen.clone(), output.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
                raw.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        App { screen, output, writer, child, _master: pty.master }
    }

    /// The screen as text.
    pub fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits (bounded) until the screen shows `what`.
    pub fn wait_for(&self, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.text().contains(what) {
                return;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        panic!("never saw {what:?}; the screen was:\n{}", self.text());
    }

    /// Sends an escape-sequence key (an arrow) until the screen shows `what`. On a loaded
    /// machine the pty can hand the program the sequence's ESC alone, which crossterm then
    /// reads as the Esc key, as it must for a real Esc; a lifter would press the arrow again.
    #[allow(dead_code)] // not every test binary uses it
    pub fn arrow_until(&mut self, arrow: &str, what: &str) {
        for _ in 0..5 {
            self.keys(arrow);
            let deadline = Instant::now() + Duration::from_secs(2);
            while Instant::now() < deadline {
                if self.text().contains(what) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(1));
            }
        }
        panic!("never saw {what:?} after {arrow:?}; the screen was:\n{}", self.text());
    }

    /// Waits (bounded) until the program has left the alternate screen: the terminal is
    /// given back. The output may still be on its way after the process has exited.
    pub fn wait_for_main_screen(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if !self.screen.lock().unwrap().screen().alternate_screen() {
                return;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        panic!("the terminal was never given back; the screen was:\n{}", self.text());
    }

    /// Types `keys`.
    pub fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Answers a question on screen with Enter as a person does, after reading it: an Enter
    /// within half a second of a set being questioned is taken for the double tap that asked.
    #[allow(dead_code)] // not every test binary uses it
    pub fn enter_after_reading(&mut self) {
        std::thread::sleep(Duration::from_millis(600));
        self.keys("\r");
    }

    /// Waits (bounded) for the process to end.
    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        panic!("liftpace did not exit; the screen was:\n{}", self.text());
    }
}
