//! Leaving a workout's summary under the real event loop and tokio's paused clock: with a way
//! to build the first screen afresh (the app began on home) the loop swaps in the new app and
//! goes on; without one (a command began the workout) it leaves. No real sleeps.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};
use tokio::time::{Instant, sleep};

use liftpace::core::app::{App, JournalEntry};
use liftpace::core::checkin::CheckinSetting;
use liftpace::core::home::Home;
use liftpace::core::programme::load::load;
use liftpace::core::session::{Session, Settings};
use liftpace::runtime::keys::REPEAT_GAP;
use liftpace::runtime::surface::Lines;
use liftpace::runtime::{Host, Input, Records, Restart, Runtime};
use liftpace::ui::{Theme, View};

struct Quiet;

impl Host for Quiet {
    fn bell(&mut self) {}
    fn title(&mut self, _: Option<&str>) {}
    fn notify(&mut self, _: &str) {}
    fn suspend(&mut self) {}
}

struct Kept;

impl Records for Kept {
    fn append(&mut self, _: &JournalEntry, _: Duration) -> Result<(), String> {
        Ok(())
    }
}

const ONE_SET: &str = "name = \"One\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Squat\"\nmuscles = [\"legs\"]\nsets = 1\nreps = 1\ntempo = \"1-0-1-0\"\nrest = 0\n";

fn workout() -> App {
    let programme = load(ONE_SET, "one.toml").unwrap().programme;
    let settings =
        Settings { countdown: Duration::ZERO, checkin: CheckinSetting::Off, ..Settings::default() };
    App::new(Session::new(programme, 0, &Default::default(), settings, Duration::ZERO))
}

fn press(tx: &UnboundedSender<Input>, code: KeyCode) {
    tx.send(Input::Terminal(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))).unwrap();
}

/// Does the one set and leaves its summary; then `q`, which quits home (or, if the loop has
/// already left, goes nowhere).
async fn one_set_then_leave(tx: UnboundedSender<Input>) {
    let step = Duration::from_secs(5);
    sleep(step - REPEAT_GAP).await;
    press(&tx, KeyCode::Enter); // start; the one rep takes 2 s and the log opens
    sleep(step).await;
    press(&tx, KeyCode::Enter); // save: the summary
    sleep(step).await;
    press(&tx, KeyCode::Enter); // leave the summary
    sleep(step).await;
    let _ =
        tx.send(Input::Terminal(Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE))));
}

/// Runs `app` with `restart`: how it ended, when (seconds on the paused clock), and what was
/// written.
async fn run(app: App, restart: Option<Restart>) -> (Result<(), String>, u64, String) {
    let mut out = Vec::new();
    let result = {
        let mut lines = Lines::new(&mut out);
        let view = View { theme: Theme::plain(), results_path: "history.jsonl".into() };
        let t0 = Instant::now();
        let (tx, mut rx) = unbounded_channel();
        let mut runtime =
            Runtime { terminal: &mut lines, host: Quiet, records: Kept, view, t0, restart };
        let ran = async {
            let result = runtime.run(app, &mut rx).await;
            (result, t0.elapsed().as_secs())
        };
        let (result, ()) = tokio::join!(ran, one_set_then_leave(tx));
        result
    };
    (result.0, result.1, String::from_utf8_lossy(&out).into_owned())
}

#[tokio::test(start_paused = true)]
async fn leaving_the_summary_builds_home_afresh_and_goes_on() {
    let built = Rc::new(Cell::new(0));
    let count = built.clone();
    let restart: Restart = Box::new(move || {
        count.set(count.get() + 1);
        Ok(App::new(Home::new(Vec::new())))
    });
    let (result, ended, said) = run(workout(), Some(restart)).await;
    result.unwrap();
    // The summary is left at 15 s and `q` pressed on home at 20 s.
    assert!(ended > 17, "went on after the summary until `q` on home, ended at {ended} s");
    assert_eq!(built.get(), 1, "home was built once, when the summary was left");
    let summary = said.find("Workout complete").expect(&said);
    assert!(said[summary..].contains("No programmes found"), "home after the summary:\n{said}");
}

#[tokio::test(start_paused = true)]
async fn without_a_home_to_go_back_to_leaving_the_summary_leaves() {
    let (result, ended, said) = run(workout(), None).await;
    result.unwrap();
    assert!(ended < 17, "left as the summary was left at 15 s, not at {ended} s");
    assert!(said.contains("Workout complete"), "{said}");
}

#[tokio::test(start_paused = true)]
async fn a_home_that_cannot_be_read_again_is_reported_after_leaving() {
    let restart: Restart = Box::new(|| Err("cannot read the history".into()));
    let (result, _, _) = run(workout(), Some(restart)).await;
    assert_eq!(result, Err("cannot read the history".into()));
}
