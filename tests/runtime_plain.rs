//! The `TERM=dumb` surface driven by the real event loop under tokio's paused clock: a set
//! paced and logged, with every line and the instant it was written, so "one line per phase
//! change, when it changes" is checked to the millisecond, without a real sleep.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};
use tokio::time::{Instant, sleep};

use liftpace::core::app::{App, JournalEntry};
use liftpace::core::programme::load::load;
use liftpace::core::session::{Session, Settings};
use liftpace::runtime::keys::REPEAT_GAP;
use liftpace::runtime::surface::Lines;
use liftpace::runtime::{Host, Input, Records, Runtime};
use liftpace::ui::{Theme, View};

/// Notes every line written, with when (ms since `t0`) it was written.
struct Writer {
    said: Rc<RefCell<Vec<(u128, String)>>>,
    t0: Instant,
}

impl Write for Writer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf).into_owned();
        for line in text.split_terminator("\r\n") {
            self.said.borrow_mut().push((self.t0.elapsed().as_millis(), line.to_string()));
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Quiet;

impl Host for Quiet {
    fn bell(&mut self) {}
    fn title(&mut self, _: Option<&str>) {}
    fn notify(&mut self, _: &str) {}
    fn suspend(&mut self) {}
}

/// Keeps the entries, as a results file would.
#[derive(Default)]
struct Kept(Rc<RefCell<Vec<JournalEntry>>>);

impl Records for Kept {
    fn append(&mut self, entry: &JournalEntry, _now: Duration) -> Result<(), String> {
        self.0.borrow_mut().push(entry.clone());
        Ok(())
    }
}

const PROGRAMME: &str = r#"
name = "Plain"
[[day]]
name = "A"
[[day.exercise]]
name = "Squat"
muscles = ["legs"]
load = 20
sets = 2
reps = 2
tempo = "2-1-1-0"
rest = "10s"
breathing = "box"
"#;

fn press(tx: &UnboundedSender<Input>, code: KeyCode) {
    tx.send(Input::Terminal(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))).unwrap();
}

#[tokio::test(start_paused = true)]
async fn one_line_per_phase_change_at_the_moment_it_changes() {
    let programme = load(PROGRAMME, "plain.toml").unwrap().programme;
    let session =
        Session::new(programme, 0, &Default::default(), Settings::default(), Duration::ZERO);
    let t0 = Instant::now();
    let said = Rc::new(RefCell::new(Vec::new()));
    let mut lines = Lines::new(Writer { said: said.clone(), t0 });
    let kept = Kept::default();
    let saved = kept.0.clone();
    let (tx, mut rx) = unbounded_channel();
    let view = View { theme: Theme::plain(), results_path: "history.jsonl".into() };
    let mut runtime =
        Runtime { terminal: &mut lines, host: Quiet, records: kept, view, t0, restart: None };
    let script = async move {
        // Five seconds on Ready: still one line. Enter acts `REPEAT_GAP` after it arrives
        // (once it is known not to be a held key's repeat), so it is sent that much early.
        sleep(Duration::from_secs(5) - REPEAT_GAP).await;
        press(&tx, KeyCode::Enter); // acts at 5 s: countdown 3 s, then two reps of 4 s
        sleep(Duration::from_secs(3 + 8 + 1)).await; // the log has opened by itself at 16 s
        press(&tx, KeyCode::Enter); // save at 17 s: a 10 s rest of box breathing
        sleep(Duration::from_secs(11)).await;
        press(&tx, KeyCode::Char('q'));
        press(&tx, KeyCode::Char('y'));
    };
    let (result, ()) = tokio::join!(runtime.run(App::new(session), &mut rx), script);
    result.unwrap();

    let said = said.borrow();
    let at = |ms: u128, text: &str| {
        assert!(
            said.iter().any(|(t, l)| *t == ms && l.starts_with(text)),
            "no {text:?} at {ms} ms in:\n{said:#?}"
        )
    };
    assert!(said[0].1.starts_with("Squat, set 1 of 2: 20 kg × 2, tempo 2-1-1-0."), "{said:#?}");
    at(5_000, "Get ready: 3");
    at(6_000, "Get ready: 2");
    at(7_000, "Get ready: 1");
    at(8_000, "rep 1 of 2: INHALE, lower slowly");
    at(10_000, "rep 1 of 2: PAUSE, stay still");
    at(11_000, "rep 1 of 2: EXHALE, lift");
    at(12_000, "rep 2 of 2: INHALE");
    at(14_000, "rep 2 of 2: PAUSE");
    at(15_000, "rep 2 of 2: EXHALE");
    at(16_000, "Log set 1 of 2: reps 2, load 20");
    // A rest opens with its recover phase; this one is shorter than it.
    at(17_000, "Rest 0:10 left: RECOVER. Next: Squat — set 2 of 2, 20 kg × 2");
    at(27_000, "Squat, set 2 of 2");
    assert!(said.iter().any(|(_, l)| l.starts_with("Quit the workout?")));
    // Nothing else: no line repeats, none between the changes.
    assert_eq!(said.len(), 14, "{said:#?}");
    for pair in said.windows(2) {
        assert_ne!(pair[0].1, pair[1].1, "a line said twice in a row");
    }
    assert!(said.iter().all(|(_, l)| !l.contains('\x1b')), "no escape sequences");
    assert_eq!(saved.borrow().len(), 2, "the set and the session's end were recorded");
}
