//! `liftpace breathe` and `--find` through the event loop under tokio's paused clock: keys
//! from a fake stream, a real results file in a temp dir, time that jumps to the next timer.
//! A five-step resonance search takes milliseconds.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};
use tokio::time::{Instant, sleep};

use liftpace::core::app::{App, JournalEntry, Screen};
use liftpace::core::breathing::Pattern;
use liftpace::core::breathing::find::Find;
use liftpace::core::breathing::practice::Practice;
use liftpace::core::programme::load::load;
use liftpace::core::session::{Past, Session};
use liftpace::runtime::journal::JournalRecords;
use liftpace::runtime::{Host, Input, Records, Runtime};
use liftpace::settings::{self, file::Found};
use liftpace::storage::{DataDir, Journal};
use liftpace::ui::View;

#[derive(Default, Clone)]
struct Bells(Rc<RefCell<u32>>);

impl Host for Bells {
    fn bell(&mut self) {
        *self.0.borrow_mut() += 1;
    }
    fn title(&mut self, _: Option<&str>) {}
    fn notify(&mut self, _: &str) {}
    fn suspend(&mut self) {}
}

/// The results file, noting the resonance rates the app asks to keep, and keeping them in
/// the settings file too when it was given a settings folder.
struct Noting {
    inner: JournalRecords,
    rates: Rc<RefCell<Vec<f64>>>,
    keeps_settings: bool,
}

impl Records for Noting {
    fn append(&mut self, entry: &JournalEntry, now: Duration) -> Result<(), String> {
        match entry {
            JournalEntry::ResonanceRate(rate) if !self.keeps_settings => {
                self.rates.borrow_mut().push(*rate);
                Ok(())
            }
            JournalEntry::ResonanceRate(rate) => {
                self.rates.borrow_mut().push(*rate);
                self.inner.append(entry, now)
            }
            other => self.inner.append(other, now),
        }
    }
}

fn press(tx: &UnboundedSender<Input>, code: KeyCode) {
    tx.send(Input::Terminal(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))).unwrap();
}

struct Rig {
    dir: tempfile::TempDir,
    bells: u32,
    rates: Vec<f64>,
    screen: String,
}

/// Runs `screen` in the event loop on a `w` × `h` terminal while `script` types, to the end.
async fn run<F: std::future::Future<Output = ()>>(
    size: (u16, u16),
    screen: impl Screen,
    script: impl FnOnce(UnboundedSender<Input>) -> F,
) -> Rig {
    run_in(tempfile::tempdir().unwrap(), None, size, screen, script).await
}

/// `run`, with the results file in `dir` and, when given, the settings in `config`, as
/// `liftpace breathe` has them: the journal's lock is taken first, as the binary does.
async fn run_in<F: std::future::Future<Output = ()>>(
    dir: tempfile::TempDir,
    config: Option<&std::path::Path>,
    (w, h): (u16, u16),
    screen: impl Screen,
    script: impl FnOnce(UnboundedSender<Input>) -> F,
) -> Rig {
    let anchor: jiff::ZonedDateTime = "2026-11-27T21:30:00+01:00[+01:00]".parse().unwrap();
    let t0 = Instant::now();
    let wall = Box::new(move || anchor.checked_add(t0.elapsed()).unwrap());
    let rates = Rc::new(RefCell::new(Vec::new()));
    let journal = Journal::open(&DataDir::new(dir.path(), "test")).unwrap();
    let mut inner =
        JournalRecords::new(journal, wall).with_config_dir(config.map(|c| c.to_path_buf()));
    inner.append(&JournalEntry::BreathingBegan, Duration::ZERO).unwrap();
    let records = Noting { inner, rates: rates.clone(), keeps_settings: config.is_some() };
    let bells = Bells::default();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let (tx, mut rx) = unbounded_channel();
    let mut runtime = Runtime {
        terminal: &mut terminal,
        host: bells.clone(),
        records,
        view: View::new(false, "history.jsonl".into()),
        t0,
        restart: None,
    };
    let (result, ()) = tokio::join!(runtime.run(App::new(screen), &mut rx), script(tx));
    result.unwrap();
    let screen = terminal.backend().to_string();
    let bells = *bells.0.borrow();
    let rates = rates.borrow().clone();
    Rig { dir, bells, rates, screen }
}

fn history(dir: &std::path::Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(dir.join("history.test.jsonl")).unwrap_or_default();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[tokio::test(start_paused = true)]
async fn a_breathing_session_with_a_pause_runs_its_length_then_rings_and_records() {
    let box_breath = Pattern::built_in("box").unwrap();
    let rig =
        run((80, 24), Practice::new(box_breath, Duration::from_secs(60), Duration::ZERO), |tx| {
            async move {
                sleep(Duration::from_secs(20)).await;
                press(&tx, KeyCode::Char(' ')); // pause for ten minutes: nothing moves meanwhile
                sleep(Duration::from_secs(600)).await;
                press(&tx, KeyCode::Char(' '));
                sleep(Duration::from_secs(41)).await; // the last 40 s, and the end
                press(&tx, KeyCode::Enter); // leave the summary
            }
        })
        .await;
    assert_eq!(rig.bells, 1, "the bell at the end");
    let records = history(rig.dir.path());
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!((r["type"].as_str(), r["pattern"].as_str()), (Some("breathing"), Some("box")));
    assert_eq!((r["seconds"].as_u64(), r["completed"].as_bool()), (Some(60), Some(true)));
    assert_eq!(r["started"], "2026-11-27T21:30:00+01:00");
    assert_eq!(r["ended"], "2026-11-27T21:41:00+01:00", "60 s of breathing and a 10 min pause");
    // The soft start's quicker first breaths, then box: whole breaths in the 60 s.
    let breaths = r["breaths"].as_u64().unwrap();
    assert!((4..=6).contains(&breaths), "{breaths}");
}

#[tokio::test(start_paused = true)]
async fn find_with_scripted_ratings_keeps_the_most_comfortable_rate_ties_to_the_faster() {
    // At 40x12, where the shape has no room: ten minutes of pacing draw fewer frames.
    let rig = run((40, 12), Find::new(Duration::ZERO), |tx| async move {
        for rating in ['3', '5', '4', '5', '2'] {
            sleep(Duration::from_secs(121)).await; // two minutes at the rate, then the question
            press(&tx, KeyCode::Char(rating));
        }
        sleep(Duration::from_millis(10)).await;
        press(&tx, KeyCode::Enter);
    })
    .await;
    assert_eq!(rig.rates, [6.0], "5 at 6 and at 5 a minute: the faster wins");
    assert_eq!(rig.bells, 5, "a bell after each rate");
    let records = history(rig.dir.path());
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!((r["pattern"].as_str(), r["seconds"].as_u64()), (Some("resonance-find"), Some(600)));
    assert_eq!(r["completed"], true);
}

#[tokio::test(start_paused = true)]
async fn find_stopped_early_keeps_what_was_rated_and_says_it_is_an_estimate() {
    let rig = run((80, 24), Find::new(Duration::ZERO), |tx| async move {
        sleep(Duration::from_secs(121)).await;
        press(&tx, KeyCode::Char('4'));
        sleep(Duration::from_secs(30)).await;
        press(&tx, KeyCode::Char('q')); // half a minute into 6 a minute
        sleep(Duration::from_millis(10)).await;
        tx.send(Input::Terminate).unwrap();
    })
    .await;
    assert_eq!(rig.rates, [6.5]);
    let records = history(rig.dir.path());
    assert_eq!(
        (records[0]["seconds"].as_u64(), records[0]["completed"].as_bool()),
        (Some(150), Some(false))
    );
    assert!(rig.screen.contains("comfort estimate"), "{}", rig.screen);
    assert!(rig.screen.contains("6.5 breaths a minute"), "{}", rig.screen);
}

/// The whole `--find` path as the binary takes it (the lock, the finder, the real results file
/// and the real settings file), with the clock paused; then the real binary's `breathe --list`
/// and `config` show the rate, and a workout's rests breathe at it.
#[tokio::test(start_paused = true)]
async fn find_keeps_the_rate_in_config_toml_which_list_config_and_rests_then_use() {
    let root = tempfile::tempdir().unwrap();
    let config = root.path().join("config");
    std::fs::create_dir(&config).unwrap();
    let kept = "# my settings\ncheckin = \"off\"  # no questions\n";
    std::fs::write(config.join("config.toml"), kept).unwrap();
    let data = tempfile::tempdir_in(root.path()).unwrap();
    let rig = run_in(data, Some(&config), (80, 24), Find::new(Duration::ZERO), |tx| async move {
        for rating in ['2', '3', '5', '4', '1'] {
            sleep(Duration::from_secs(121)).await;
            press(&tx, KeyCode::Char(rating));
        }
        sleep(Duration::from_millis(10)).await;
        press(&tx, KeyCode::Enter);
    })
    .await;
    assert_eq!(rig.rates, [5.5]);
    assert!(rig.screen.contains("5.5 breaths a minute"), "{}", rig.screen);
    let text = std::fs::read_to_string(config.join("config.toml")).unwrap();
    assert!(text.starts_with(kept), "the lifter's lines are kept: {text}");
    assert!(text.contains("resonance_rate = 5.5"), "{text}");

    let liftpace = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_liftpace"))
            .args(args)
            .env("LIFTPACE_CONFIG_DIR", &config)
            .env("LIFTPACE_DATA_DIR", rig.dir.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let list = liftpace(&["breathe", "--list"]);
    assert!(list.contains("your own rate, 5.5 breaths a minute"), "{list}");
    let shown = liftpace(&["config"]);
    let line = shown.lines().find(|l| l.contains("resonance_rate")).expect(&shown);
    assert!(line.contains("5.5") && line.contains("file"), "{line}");

    // A workout with these settings rests at 5.5 a minute after recovering.
    let Found::Read(layer) = settings::file::read(&config) else { panic!("config.toml reads") };
    let prefs = settings::resolve(&[layer]).settings.session();
    let text = "name = \"R\"\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Goblet squat\"\n\
                load = 20\nsets = 2\nmuscles = [\"legs\"]\nbreathing = \"resonance\"\n";
    let programme = load(text, "r.toml").unwrap().programme;
    let session = Session::new(programme, 0, &Past::default(), prefs, Duration::ZERO);
    let rest = session.rest_breathing();
    assert!(!rest.lead.is_empty(), "rests begin by recovering: {rest:?}");
    assert!((rest.rate() - 5.5).abs() < 1e-9, "{}", rest.rate());
}
