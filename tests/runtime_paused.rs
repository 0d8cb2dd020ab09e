//! The event loop under tokio's paused clock: a whole workout in milliseconds with a fake key
//! stream, a real results file in a temp dir, and a recording backend that notes when each
//! frame was flushed and what it showed. No real sleeps: paused time jumps to the next timer.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::Cell as ScreenCell;
use ratatui::layout::{Position, Size};
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};
use tokio::time::{Instant, sleep};

use liftpace::core::app::{App, JournalEntry};
use liftpace::core::programme::load::load;
use liftpace::core::session::{Session, Settings};
use liftpace::runtime::journal::JournalRecords;
use liftpace::runtime::keys::REPEAT_GAP;
use liftpace::runtime::{Host, Input, Records, Runtime};
use liftpace::storage::{DataDir, Journal};
use liftpace::ui::View;

/// Every flushed frame: when, and the screen's text.
type Frames = Rc<RefCell<Vec<(Instant, String)>>>;

struct Recording {
    inner: TestBackend,
    frames: Frames,
}

impl Backend for Recording {
    type Error = <TestBackend as Backend>::Error;
    fn draw<'a, I: Iterator<Item = (u16, u16, &'a ScreenCell)>>(
        &mut self,
        c: I,
    ) -> Result<(), Self::Error> {
        self.inner.draw(c)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, p: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(p)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }
    fn clear_region(&mut self, t: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(t)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        let text: String = self.inner.buffer().content().iter().map(|c| c.symbol()).collect();
        self.frames.borrow_mut().push((Instant::now(), text));
        self.inner.flush()
    }
}

#[derive(Default, Clone)]
struct FakeHost {
    bells: Rc<RefCell<u32>>,
    /// Each change of window title.
    titles: Rc<RefCell<Vec<Option<String>>>>,
    /// Desktop notifications sent.
    notices: Rc<RefCell<Vec<String>>>,
}

impl Host for FakeHost {
    fn bell(&mut self) {
        *self.bells.borrow_mut() += 1;
    }
    fn title(&mut self, text: Option<&str>) {
        if self.titles.borrow().last().map(|t| t.as_deref()) != Some(text) {
            self.titles.borrow_mut().push(text.map(str::to_owned));
        }
    }
    fn notify(&mut self, text: &str) {
        self.notices.borrow_mut().push(text.into());
    }
    fn suspend(&mut self) {}
}

const PROGRAMME: &str = r#"
name = "Paused"
[defaults]
muscles = ["legs"]
[[day]]
name = "A"
[[day.exercise]]
name = "Squat"
load = 20
sets = 2
reps = 2
tempo = "1-0-1-0"
rest = "60s"
breathing = "box"
[[day.exercise]]
name = "Slow squat"
sets = 1
reps = "max"
tempo = "3-1-1-0"
"#;

fn press(tx: &UnboundedSender<Input>, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    tx.send(Input::Terminal(event)).unwrap();
}

fn type_text(tx: &UnboundedSender<Input>, text: &str) {
    text.chars().for_each(|c| press(tx, KeyCode::Char(c)));
}

/// The results file, failing its first set write when `fail_next` is set: a disk that
/// refuses once (full, then freed).
struct Flaky {
    inner: JournalRecords,
    fail_next: bool,
}

impl Records for Flaky {
    fn append(&mut self, entry: &JournalEntry, now: Duration) -> Result<(), String> {
        if matches!(entry, JournalEntry::Set(_)) && std::mem::take(&mut self.fail_next) {
            return Err("No space left on device".into());
        }
        self.inner.append(entry, now)
    }
}

struct Rig {
    dir: tempfile::TempDir,
    frames: Frames,
    bells: Rc<RefCell<u32>>,
    host: FakeHost,
}

/// Runs `script` against the event loop on a workout of PROGRAMME, to the end.
async fn workout<F: std::future::Future<Output = ()>>(
    size: (u16, u16),
    fail_first_save: bool,
    slept: Rc<Cell<Duration>>,
    script: impl FnOnce(UnboundedSender<Input>) -> F,
) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let programme = load(PROGRAMME, "paused.toml").unwrap().programme;
    let session =
        Session::new(programme, 0, &Default::default(), Settings::default(), Duration::ZERO);
    let anchor: jiff::ZonedDateTime = "2026-11-27T08:00:00+01:00[+01:00]".parse().unwrap();
    // The wall clock follows the paused monotonic clock from the anchor, plus whatever time
    // the test says the laptop slept (when the monotonic clock does not run).
    let t0 = Instant::now();
    let wall = Box::new(move || anchor.checked_add(t0.elapsed() + slept.get()).unwrap());
    let inner =
        JournalRecords::new(Journal::open(&DataDir::new(dir.path(), "test")).unwrap(), wall);
    let mut records = Flaky { inner, fail_next: fail_first_save };
    let began = JournalEntry::SessionBegan {
        programme: session.programme.name.clone(),
        file: "paused.toml".into(),
        day: session.day_name().into(),
    };
    records.append(&began, Duration::ZERO).unwrap();
    let (frames, host) = drive(size, App::new(session), records, t0, script).await;
    Rig { dir, frames, bells: host.bells.clone(), host }
}

/// Runs `app` on the event loop at `size` from `t0`, recording into `records`, while `script`
/// types; the frames drawn and the host's bells, titles and notices.
async fn drive<R: Records, F: std::future::Future<Output = ()>>(
    size: (u16, u16),
    app: App,
    records: R,
    t0: Instant,
    script: impl FnOnce(UnboundedSender<Input>) -> F,
) -> (Frames, FakeHost) {
    let frames = Frames::default();
    let host = FakeHost::default();
    let fake = host.clone();
    let backend = Recording { inner: TestBackend::new(size.0, size.1), frames: frames.clone() };
    let mut terminal = Terminal::new(backend).unwrap();
    let (tx, mut rx) = unbounded_channel();
    let mut runtime = Runtime {
        terminal: &mut terminal,
        host,
        records,
        view: View::new(false, "history.test.jsonl".into()),
        t0,
        restart: None,
    };
    let (result, ()) = tokio::join!(runtime.run(app, &mut rx), script(tx));
    result.unwrap();
    (frames, fake)
}

fn history(dir: &std::path::Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(dir.join("history.test.jsonl")).unwrap();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[tokio::test(start_paused = true)]
async fn a_whole_workout_in_paused_time_with_exact_timestamps_and_the_bell() {
    let rig = workout((80, 24), false, Default::default(), |tx| async move {
        press(&tx, KeyCode::Char(' '));
        // 3 s countdown, then two reps of 2 s: the log opens by itself at 7 s.
        sleep(Duration::from_secs(8)).await;
        press(&tx, KeyCode::Tab);
        type_text(&tx, "25");
        press(&tx, KeyCode::Enter);
        // The 60 s rest runs out at 68 s and rings the bell; set 2 waits on Ready.
        sleep(Duration::from_secs(61 + 100)).await;
        press(&tx, KeyCode::Enter); // at 169 s: paces from 172 s, logs at 176 s
        sleep(Duration::from_secs(8)).await;
        press(&tx, KeyCode::Enter); // save set 2
        sleep(Duration::from_secs(1)).await;
        press(&tx, KeyCode::Enter); // skip the rest (not at once: a double tap would not)
        // The second exercise is "max": pace 12 s (two reps and a bit), then end it.
        press(&tx, KeyCode::Char(' '));
        sleep(Duration::from_secs(3 + 12)).await;
        press(&tx, KeyCode::Enter);
        // A second Enter at once would be a held key's repeat; a person's second press is not.
        sleep(Duration::from_millis(150)).await;
        press(&tx, KeyCode::Enter);
        press(&tx, KeyCode::Char('q'));
    })
    .await;
    // Pacing starts three times, two sets have a last rep, one rest ran out (the skipped one
    // is silent).
    assert_eq!(*rig.bells.borrow(), 3 + 2 + 1, "bells at starts, last reps and a rest's end");
    let records = history(rig.dir.path());
    let kinds: Vec<&str> = records.iter().map(|r| r["type"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["session", "set", "set", "set", "session_end"]);
    let first = &records[1];
    assert_eq!(first["started"], "2026-11-27T08:00:03+01:00");
    assert_eq!(first["ended"], "2026-11-27T08:00:07+01:00");
    assert_eq!((first["reps"].as_u64(), first["load"].as_f64()), (Some(2), Some(25.0)));
    assert_eq!(records[2]["started"], "2026-11-27T08:02:52+01:00", "started after 100 s on Ready");
    assert_eq!(records[3]["reps"], 2);
    assert_eq!(records[3]["load"], serde_json::Value::Null);
    assert_eq!(records[4]["status"], "completed");
}

#[tokio::test(start_paused = true)]
async fn still_screens_draw_nothing_and_phase_boundaries_land_within_a_frame() {
    let rig = workout((40, 12), false, Default::default(), |tx| async move {
        sleep(Duration::from_secs(600)).await; // ten minutes on Ready
        press(&tx, KeyCode::Enter);
        sleep(Duration::from_secs(3 + 2 + 4)).await; // through set 1 to its log
        press(&tx, KeyCode::Esc); // asks before throwing the set away
        press(&tx, KeyCode::Char('y')); // back to Ready without saving
        press(&tx, KeyCode::Char('q'));
        press(&tx, KeyCode::Char('y'));
    })
    .await;
    let frames = rig.frames.borrow();
    let t0 = frames[0].0;
    let on_ready = frames.iter().filter(|(t, _)| *t - t0 < Duration::from_secs(600)).count();
    assert_eq!(on_ready, 1, "Ready is drawn once and then nothing wakes for ten minutes");
    // Set 1 paces from 603 s: INHALE 1 s, EXHALE 1 s, twice. Each change of word must be
    // on screen within one 60 fps frame of its scheduled time.
    // A key counts once it is known not to be a held key's repeat, `REPEAT_GAP` after it came.
    let pacing_start = t0 + Duration::from_secs(603) + REPEAT_GAP;
    let word = |text: &str| ["INHALE", "EXHALE"].into_iter().find(|w| text.contains(w));
    let mut last = None;
    let mut changes = Vec::new();
    for (t, text) in frames.iter().filter(|(t, _)| *t >= pacing_start) {
        let w = word(text);
        if let Some(shown) = w.filter(|_| w != last) {
            changes.push((*t - pacing_start, shown));
        }
        last = w;
    }
    let want = [(0, "INHALE"), (1, "EXHALE"), (2, "INHALE"), (3, "EXHALE")];
    assert_eq!(changes.len(), want.len(), "{changes:?}");
    for ((at, w), (secs, want_w)) in changes.iter().zip(want) {
        assert_eq!(*w, want_w);
        let late = at.checked_sub(Duration::from_secs(secs)).expect("never drawn early");
        assert!(late <= Duration::from_micros(16_667), "{w} at {at:?} is {late:?} late");
    }
}

#[tokio::test(start_paused = true)]
async fn a_set_the_disk_refuses_is_said_loudly_and_saved_on_retry() {
    let rig = workout((80, 24), true, Default::default(), |tx| async move {
        press(&tx, KeyCode::Enter);
        sleep(Duration::from_secs(8)).await;
        press(&tx, KeyCode::Enter); // refused
        sleep(Duration::from_secs(1)).await;
        press(&tx, KeyCode::Enter); // saved
        sleep(Duration::from_secs(1)).await;
        press(&tx, KeyCode::Char('q'));
        press(&tx, KeyCode::Char('y'));
    })
    .await;
    let frames = rig.frames.borrow();
    let refused = frames.iter().position(|(_, text)| text.contains("NOT SAVED")).expect("said");
    assert!(frames[refused].1.contains("No space left on device"));
    assert!(!frames[refused].1.contains("Rest"), "the lifter stays on the Log screen");
    let records = history(rig.dir.path());
    let kinds: Vec<&str> = records.iter().map(|r| r["type"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["session", "set", "session_end"], "saved once, on the retry");
}

#[tokio::test(start_paused = true)]
async fn records_follow_the_wall_clock_after_the_laptop_slept() {
    let slept = Rc::new(Cell::new(Duration::ZERO));
    let lid = slept.clone();
    let rig = workout((80, 24), false, slept, |tx| async move {
        press(&tx, KeyCode::Char(' '));
        sleep(Duration::from_secs(8)).await;
        press(&tx, KeyCode::Enter); // set 1 saved: 3 s to 7 s
        sleep(REPEAT_GAP + Duration::from_millis(1)).await; // let the loop save it
        lid.set(Duration::from_secs(600)); // the lid closed through the rest for ten minutes
        sleep(Duration::from_secs(61)).await;
        press(&tx, KeyCode::Enter);
        sleep(Duration::from_secs(8)).await;
        press(&tx, KeyCode::Enter); // set 2 saved: 72 s to 76 s, ten minutes later on the wall
        press(&tx, KeyCode::Char('q'));
        press(&tx, KeyCode::Char('y'));
    })
    .await;
    let records = history(rig.dir.path());
    assert_eq!(records[1]["ended"], "2026-11-27T08:00:07+01:00");
    assert_eq!(records[2]["started"], "2026-11-27T08:11:12+01:00");
    assert_eq!(records[2]["ended"], "2026-11-27T08:11:16+01:00");
    assert_eq!(
        records[3]["ended"], "2026-11-27T08:11:17+01:00",
        "the session ends on the wall clock"
    );
}

/// Holding Enter on Log, on a terminal that sends a held key's repeats as presses: the press
/// saves the set, and the repeats (from 500 ms on, every 33 ms for 3 s) never skip the rest.
#[tokio::test(start_paused = true)]
async fn holding_enter_after_log_saves_once_and_never_skips_the_rest() {
    let rig = workout((80, 24), false, Default::default(), |tx| async move {
        press(&tx, KeyCode::Char(' '));
        sleep(Duration::from_secs(8)).await; // set 1 paced; the log is up
        press(&tx, KeyCode::Enter);
        sleep(Duration::from_millis(500)).await;
        for _ in 0..90 {
            press(&tx, KeyCode::Enter);
            sleep(Duration::from_millis(33)).await;
        }
        sleep(Duration::from_secs(1)).await;
        press(&tx, KeyCode::Char('q'));
        sleep(Duration::from_millis(150)).await;
        press(&tx, KeyCode::Char('y'));
    })
    .await;
    let frames = rig.frames.borrow();
    let (_, last_screen) = frames.last().unwrap();
    assert!(last_screen.contains("Rest: 0:56 left"), "still resting: {last_screen}");
    let records = history(rig.dir.path());
    let kinds: Vec<&str> = records.iter().map(|r| r["type"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["session", "set", "session_end"], "one set saved, nothing else");
}

/// While resting the window title counts down, and goes back to the terminal's own after; a
/// rest that runs out while the terminal is not in front also notifies the desktop.
#[tokio::test(start_paused = true)]
async fn the_title_counts_the_rest_down_and_an_unfocused_rest_end_notifies() {
    for focus_lost in [false, true] {
        let rig = workout((80, 24), false, Default::default(), move |tx| async move {
            press(&tx, KeyCode::Char(' '));
            sleep(Duration::from_secs(8)).await;
            press(&tx, KeyCode::Enter); // saved at 8.06 s: rest to 68.06 s
            if focus_lost {
                tx.send(Input::Terminal(Event::FocusLost)).unwrap();
            }
            sleep(Duration::from_secs(62)).await;
            press(&tx, KeyCode::Char('q'));
            sleep(Duration::from_millis(150)).await;
            press(&tx, KeyCode::Char('y'));
        })
        .await;
        let titles = rig.host.titles.borrow();
        let shown: Vec<_> = titles.iter().flatten().cloned().collect();
        assert_eq!(shown.first().map(String::as_str), Some("REST 1:00 · liftpace"));
        assert_eq!(shown.last().map(String::as_str), Some("REST 0:01 · liftpace"));
        assert_eq!(shown.len(), 60, "one title a second");
        assert_eq!(titles.last(), Some(&None), "the terminal's title is given back");
        let notices = rig.host.notices.borrow();
        let want: &[&str] = if focus_lost { &["Rest over: Squat, set 2 of 2"] } else { &[] };
        assert_eq!(*notices, want, "focus lost: {focus_lost}");
    }
}

#[tokio::test(start_paused = true)]
async fn progress_is_read_on_p_not_at_start_and_then_sits_still() {
    use liftpace::core::app::Deferred;
    use liftpace::core::home::{Home, HomeEntry};
    use liftpace::core::progress::{Progress, ProgressScreen};

    let dir = tempfile::tempdir().unwrap();
    let reads = Rc::new(Cell::new(0u32));
    let counted = reads.clone();
    let made = Deferred::new(move || {
        counted.set(counted.get() + 1);
        let today = jiff::civil::date(2026, 11, 28);
        let report = Progress { today, weeks: Vec::new(), exercises: Vec::new(), streak_weeks: 0 };
        Box::new(ProgressScreen::new(report))
    });
    let entry = HomeEntry::broken("Nothing".into(), "here".into(), "no programme".into());
    let home = Home::new(vec![(entry, None)]).with_progress(made);
    let journal = Journal::open(&DataDir::new(dir.path(), "test")).unwrap();
    let records = JournalRecords::new(journal, Box::new(liftpace::runtime::journal::system_clock));
    let read_at_start = reads.clone();
    let t0 = Instant::now();
    let (frames, _) = drive((80, 24), App::new(home), records, t0, |tx| async move {
        sleep(Duration::from_secs(60)).await;
        assert_eq!(read_at_start.get(), 0, "a minute on home has read no history");
        press(&tx, KeyCode::Char('p'));
        sleep(Duration::from_secs(600)).await; // ten minutes looking at it
        press(&tx, KeyCode::Esc);
        press(&tx, KeyCode::Char('q'));
    })
    .await;
    assert_eq!(reads.get(), 1, "read once, when p was pressed");
    let frames = frames.borrow();
    let progress: Vec<_> = frames.iter().filter(|(_, text)| text.contains("Progress")).collect();
    assert!(progress[0].1.contains("No sets logged yet."), "{}", progress[0].1);
    let looking =
        |t: &Instant| *t > t0 + Duration::from_secs(61) && *t < t0 + Duration::from_secs(660);
    assert_eq!(
        frames.iter().filter(|(t, _)| looking(t)).count(),
        0,
        "a still screen draws nothing"
    );
}
