//! The results file on a failing disk, injected through the journal's `Disk` seam (no root,
//! no full disk needed): ENOSPC and EIO on the write (nothing written, or half a line) and on
//! the fsync. The lifter is told (NOT SAVED, with the reason, on the log screen), nothing
//! acknowledged is lost, and Enter again saves the set.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, Write};
use std::rc::Rc;
use std::time::Duration;

use liftpace::core::app::JournalEntry;
use liftpace::core::programme::load::load;
use liftpace::core::session::{Effect, Key, Msg, Screen, Session, Settings};
use liftpace::runtime::Records;
use liftpace::runtime::journal::JournalRecords;
use liftpace::storage::disk::{Disk, RealDisk};
use liftpace::storage::{DataDir, Journal, Record, read};
use liftpace::ui::{self, View};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod common;
use common::fixture::squat_programme;

/// One failure of the disk, used up by the call it hits.
#[derive(Debug, Clone, Copy)]
enum Fault {
    /// The write fails with `errno` after `written` bytes of the line reached the file.
    Write { errno: i32, written: usize },
    /// The line is written, then the fsync fails with `errno`.
    Sync { errno: i32 },
}

/// The real disk, failing once when the test arms a fault.
#[derive(Debug)]
struct FailingDisk {
    armed: Rc<Cell<Option<Fault>>>,
}

impl Disk for FailingDisk {
    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if let Some(Fault::Write { errno, written }) = self.armed.get() {
            self.armed.set(None);
            file.write_all(&bytes[..written.min(bytes.len())])?;
            return Err(io::Error::from_raw_os_error(errno));
        }
        RealDisk.write(file, bytes)
    }

    fn sync(&mut self, file: &File) -> io::Result<()> {
        if let Some(Fault::Sync { errno }) = self.armed.get() {
            self.armed.set(None);
            return Err(io::Error::from_raw_os_error(errno));
        }
        RealDisk.sync(file)
    }
}

/// Presses Enter at `t` and carries out the effects as the runtime does: a failed save goes
/// back to the session. Returns the failure, if there was one.
fn enter(session: &mut Session, records: &mut JournalRecords, t: Duration) -> Option<String> {
    for effect in session.update(Msg::Key(Key::Enter), t) {
        if let Effect::Save(entry) = effect
            && let Err(why) = records.append(&entry, t)
        {
            session.update(Msg::SaveFailed(entry, why.clone()), t);
            return Some(why);
        }
    }
    None
}

/// Starts set `n` and ends its one rep at once, so the log form is open.
fn open_log(session: &mut Session, records: &mut JournalRecords, n: u64) {
    let t = Duration::from_secs(10 * n);
    assert_eq!(enter(session, records, t), None, "start");
    assert_eq!(enter(session, records, t + Duration::from_secs(1)), None, "end the rep");
    assert!(matches!(session.screen, Screen::Log { .. }), "{:?}", session.screen);
}

fn screen_text(session: &Session) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let view = View::new(false, "history.jsonl".into());
    terminal.draw(|frame| ui::draw_screen(frame, session, Duration::from_secs(60), &view)).unwrap();
    let buffer = terminal.backend().buffer();
    let rows = buffer.content().chunks(usize::from(buffer.area.width));
    rows.map(|row| row.iter().map(|c| c.symbol()).collect::<String>() + "\n").collect()
}

#[test]
fn a_failing_disk_is_told_loses_nothing_acknowledged_and_a_retry_saves() {
    let cases = [
        (Fault::Write { errno: libc::ENOSPC, written: 0 }, "No space left on device", 0),
        (Fault::Write { errno: libc::ENOSPC, written: 40 }, "No space left on device", 1),
        (Fault::Write { errno: libc::EIO, written: 0 }, "Input/output error", 0),
        (Fault::Sync { errno: libc::ENOSPC }, "No space left on device", 0),
        (Fault::Sync { errno: libc::EIO }, "Input/output error", 0),
    ];
    for (fault, reason, torn) in cases {
        let dir = tempfile::tempdir().unwrap();
        let armed = Rc::new(Cell::new(None));
        let disk = FailingDisk { armed: armed.clone() };
        let data = DataDir::new(dir.path(), "test");
        let journal = Journal::open(&data).unwrap().with_disk(Box::new(disk));
        let now = || "2026-11-28T07:00:00+00:00[UTC]".parse().unwrap();
        let mut records = JournalRecords::new(journal, Box::new(now));
        let text = squat_programme("Faults", 3, "rest = 0");
        let programme = load(&text, "faults.toml").unwrap().programme;
        let settings = Settings { countdown: Duration::ZERO, ..Settings::default() };
        let mut session = Session::new(programme, 0, &Default::default(), settings, Duration::ZERO);
        let began = JournalEntry::SessionBegan {
            programme: "Faults".into(),
            file: "faults.toml".into(),
            day: "A".into(),
        };
        records.append(&began, Duration::ZERO).unwrap();

        open_log(&mut session, &mut records, 1);
        assert_eq!(enter(&mut session, &mut records, Duration::from_secs(12)), None);
        let acknowledged = std::fs::read(data.journal_path()).unwrap();

        open_log(&mut session, &mut records, 2);
        armed.set(Some(fault));
        let why = enter(&mut session, &mut records, Duration::from_secs(22));
        let why = why.unwrap_or_else(|| panic!("{fault:?} was not reported"));
        let journal = data.journal_path().display().to_string();
        assert!(why.contains(reason) && why.contains(&journal), "{fault:?}: {why}");
        let Screen::Log { form, .. } = &session.screen else { panic!("{:?}", session.screen) };
        assert!(form.error.as_deref().unwrap().starts_with("NOT SAVED"), "{fault:?}");
        assert_eq!(session.current_set().number, 2, "still on set 2");
        let shown = screen_text(&session);
        assert!(shown.contains("NOT SAVED"), "{fault:?}: the lifter is told:\n{shown}");

        let on_disk = std::fs::read(data.journal_path()).unwrap();
        assert_eq!(&on_disk[..acknowledged.len()], acknowledged, "{fault:?}: nothing lost");

        assert_eq!(enter(&mut session, &mut records, Duration::from_secs(23)), None, "retry");
        assert_eq!(session.current_set().number, 3, "{fault:?}: the retry moved on");
        let (records, warnings) = read(&data.journal_path()).unwrap();
        let sets: Vec<u32> = records
            .iter()
            .filter_map(|r| if let Record::Set(s) = r { Some(s.set) } else { None })
            .collect();
        // A failed fsync may still have written the line: the retry then writes it again,
        // which a reader can merge, where trusting the first copy could lose the set.
        let expected: &[u32] =
            if matches!(fault, Fault::Sync { .. }) { &[1, 2, 2] } else { &[1, 2] };
        assert_eq!(sets, expected, "{fault:?}");
        assert_eq!(warnings.len(), torn, "{fault:?}: only a half-written line is damaged");
    }
}
