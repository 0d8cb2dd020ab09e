//! What the app starts on, gathered before the terminal is taken: the results file opened
//! and read, then the home screen (every programme with its next day and the workout it
//! starts) or a workout of one programme. Reads files and history, writes nothing; hands a
//! ready `App` to the runtime. The only place where files become a first screen.

use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

use crate::catalog::{self, Source};
use crate::core::app::{App, Deferred, JournalEntry, Screen};
use crate::core::breathing::Pattern;
use crate::core::breathing::find::Find;
use crate::core::breathing::practice::Practice;
use crate::core::home::{Home, HomeEntry};
use crate::core::library::Library;
use crate::core::programme::{Programme, Units, load};
use crate::core::progress::{DEFAULT_WEEKS, ProgressScreen, Tally, Week};
use crate::core::resume::{self, screen::ResumeScreen};
use crate::core::session::launch::Workout;
use crate::core::session::launch::pick_day;
use crate::core::session::{Past, Settings};
use crate::known::Known;
use crate::runtime::{self, Output, Restart};
use crate::settings;
use crate::storage::{self, Bests, DataDir, Journal, Record};

/// What `liftpace breathe` opens.
pub enum Breathing {
    /// A timed session, with the check-ins the settings ask for around it.
    Practice(Practice),
    /// The resonance finder.
    Find(Find),
}

/// What `run` starts with.
pub enum Start {
    /// The home screen, listing the built-ins and the user's programmes.
    Home {
        /// Where the user's `programs/` folder is.
        config_dir: PathBuf,
        /// The exercise library programmes are loaded with.
        library: Library,
    },
    /// A breathing screen at once (`liftpace breathe`), the journal's lock taken first.
    Breathing(Breathing),
    /// A workout at once.
    Workout {
        /// Where the programme came from.
        source: Source,
        /// The loaded programme.
        programme: Box<Programme>,
        /// `--day`, if given.
        day: Option<String>,
        /// The exercise library it was loaded with, which swaps choose from.
        library: Library,
    },
}

/// Runs the app from `start` until the lifter leaves, with the lifter's `prefs`, shown as
/// `output` says; `notice` (the settings had errors) is shown over the first screen until a
/// key is pressed. Errors are for the caller to print.
pub fn run(
    start: Start,
    data: &DataDir,
    prefs: &settings::Settings,
    output: Output,
    notice: Option<&'static str>,
    config_dir: &std::path::Path,
) -> Result<(), String> {
    let settings = prefs.session();
    let journal = Journal::open(data).map_err(|e| e.to_string())?;
    let (records, bests) = read_history(data, true)?;
    runtime::need_terminal()?;
    let mut restart: Option<Restart> = None;
    let app = match start {
        Start::Workout { source, programme, day, library } => {
            let library = Rc::new(library);
            let mut history =
                History { records: &records, bests: &bests, past: HashMap::new(), library };
            let origin = origin_of(&source);
            let workout = history.workout(*programme, source.file, day.as_deref(), settings)?;
            // `--day` naming another day is the lifter choosing: nothing to offer.
            let offer = resume_offer(&records, &bests, &workout)
                .filter(|o| day.as_deref().is_none_or(|d| d.eq_ignore_ascii_case(&o.day)));
            match offer {
                Some(offer) => {
                    let entry = entry_of(&workout, origin);
                    let mut app = App::new(Home::new(vec![(entry, Some(workout))]));
                    app.open(Box::new(offer));
                    app
                }
                None => {
                    let (began, session) = workout.begin(std::time::Duration::ZERO);
                    let mut app = App::new(session).recording_first(vec![began]);
                    if let Some(checkin) = workout.checkin_before() {
                        app.open(Box::new(checkin));
                    }
                    app
                }
            }
        }
        Start::Breathing(breathing) => {
            let screen: Box<dyn Screen> = match breathing {
                Breathing::Practice(practice) => {
                    let moods = storage::last_moods(&records);
                    Box::new(practice.asking(settings.checkin, moods))
                }
                Breathing::Find(find) => Box::new(find),
            };
            // A lock held by another liftpace is reported before the terminal is taken.
            App::boxed(screen).recording_first(vec![JournalEntry::BreathingBegan])
        }
        Start::Home { config_dir, library } => {
            let files = HomeFiles { data: data.clone(), config_dir, library, prefs: prefs.clone() };
            let app = files.app(&records, &bests);
            // Warnings were said at start; the terminal is the app's now.
            restart = Some(Box::new(move || {
                let (records, bests) = read_history(&files.data, false)?;
                Ok(files.app(&records, &bests))
            }));
            app
        }
    };
    let config_dir = Some(config_dir.to_path_buf());
    runtime::run(app.noticing(notice), journal, output, prefs, config_dir, restart)
}

/// Only the few sessions start-up can ask about, every journal merged, through the cache, and
/// the all-time bests it keeps; its warnings printed when `say` (before the terminal is taken).
fn read_history(data: &DataDir, say: bool) -> Result<(Vec<Record>, Bests), String> {
    let (digest, warnings) = storage::load_digest(data).map_err(|e| e.to_string())?;
    if say {
        for warning in &warnings {
            eprintln!("liftpace: {warning}");
        }
    }
    let bests = digest.bests().clone();
    Ok((digest.into_records(), bests))
}

/// What the home screen is built from, kept to build it afresh when a workout is over.
struct HomeFiles {
    data: DataDir,
    config_dir: PathBuf,
    library: Library,
    prefs: settings::Settings,
}

impl HomeFiles {
    /// The home screen over `records` (the start-up digest), opening on the programme trained
    /// last, with the resume prompt over it when that programme's last session was broken
    /// off not long ago.
    fn app(&self, records: &[Record], bests: &Bests) -> App {
        let library = Rc::new(self.library.clone());
        let mut history = History { records, bests, past: HashMap::new(), library };
        let entries: Vec<_> = catalog::all(&self.config_dir)
            .into_iter()
            .map(|found| history.home_entry(found, &self.prefs))
            .collect();
        let last = storage::current_programme(records);
        let offer = entries
            .iter()
            .find(|(entry, _)| Some(entry.title.as_str()) == last)
            .and_then(|(_, workout)| resume_offer(records, bests, workout.as_ref()?));
        let progress = progress_when_asked(self.data.clone(), self.library.clone());
        let settings = self.prefs.session();
        let breathing =
            Pattern::built_in_at("resonance", settings.resonance_rate).expect("a built-in pattern");
        let home = Home::new(entries).selecting(last);
        let moods = storage::last_moods(records);
        let home = home.with_progress(progress).breathing(breathing, settings.checkin, moods);
        let mut app = App::new(home);
        if let Some(offer) = offer {
            app.open(Box::new(offer));
        }
        app
    }
}

/// The resume prompt for `fresh`'s programme, when its last session was broken off less than
/// twelve hours ago with sets on disk (`core::resume`). The resumed workout is prescribed from
/// the history before that session, so its own sets are not "last time".
fn resume_offer(records: &[Record], bests: &Bests, fresh: &Workout) -> Option<ResumeScreen> {
    let last = storage::last_session(records, &fresh.programme.name)?;
    let now = jiff::Timestamp::now().as_second();
    resume::offered(&last, now)?;
    let others: Vec<Record> =
        records.iter().filter(|r| session_of(r) != Some(&last.session)).cloned().collect();
    let mut past = past_until_today(&others, bests, fresh.programme.units);
    past.sessions_this_week =
        storage::sessions_in_week(&others, Week::of(jiff::ZonedDateTime::now().date()));
    let before = Workout { past: Rc::new(past), ..fresh.clone() };
    ResumeScreen::offer(last, now, fresh, &before)
}

/// The session a record belongs to, if it belongs to one.
fn session_of(record: &Record) -> Option<&String> {
    match record {
        Record::Session(s) => Some(&s.id),
        Record::Set(s) => Some(&s.session),
        Record::SessionEnd(e) => Some(&e.session),
        Record::Checkin(c) => Some(&c.session),
        Record::Resume(r) => Some(&r.session),
        Record::Skip(s) => Some(&s.key.session),
        Record::Swap(s) => Some(&s.session),
        Record::Correction(_) | Record::Breathing(_) => None,
    }
}

/// Where a programme comes from, as home shows it.
fn origin_of(source: &Source) -> String {
    if source.built_in { "built-in".to_string() } else { source.origin.clone() }
}

/// The home screen's line for a programme that loads, starting `workout`.
fn entry_of(workout: &Workout, origin: String) -> HomeEntry {
    let programme = &workout.programme;
    HomeEntry {
        title: programme.name.clone(),
        origin,
        next_day: Some(programme.days[workout.day].name.clone()),
        summary: programme.size_summary(),
        error: None,
    }
}

/// The Progress screen, made when `p` is pressed and not before: unlike the digest it needs
/// every record, and start-up must not pay for a pass over years of history. A history that
/// cannot be read by then says why on the screen.
fn progress_when_asked(data: DataDir, library: Library) -> Deferred {
    Deferred::new(move || {
        let screen = progress_screen(&data, &library).unwrap_or_else(|why| {
            ProgressScreen::unreadable(jiff::ZonedDateTime::now().date(), why)
        });
        Box::new(screen)
    })
}

/// The Progress screen for the weeks up to today: the whole history streams past once (its
/// warnings were already given by the digest).
fn progress_screen(data: &DataDir, library: &Library) -> Result<ProgressScreen, String> {
    let mut tally = Tally::new();
    storage::for_each_record(data, |record| {
        if let Some(event) = storage::progress_event(record) {
            tally.add(event);
        }
    })
    .map_err(|e| e.to_string())?;
    let known = Known::new(&tally.programme_files(), library);
    let today = jiff::ZonedDateTime::now().date();
    Ok(ProgressScreen::new(tally.progress(today, DEFAULT_WEEKS, &known)))
}

/// What the history says for a workout starting today, with today's local date, so the core
/// can tell how long an exercise has not been done, and the all-time `bests` a record must beat.
fn past_until_today(records: &[Record], bests: &Bests, units: Units) -> Past {
    let mut past = storage::past(records, units);
    past.today = Some(jiff::ZonedDateTime::now().date());
    past.bests = bests.in_unit(units.as_str());
    past
}

/// The history as a workout needs it, with what it says per unit worked out once.
struct History<'a> {
    records: &'a [Record],
    bests: &'a Bests,
    past: HashMap<Units, Rc<Past>>,
    /// The exercise library programmes are loaded with, handed on to every workout.
    library: Rc<Library>,
}

impl History<'_> {
    /// A workout of `programme` on the `wanted` day, or the one after the last done.
    fn workout(
        &mut self,
        programme: Programme,
        file: String,
        wanted: Option<&str>,
        settings: Settings,
    ) -> Result<Workout, String> {
        let days: Vec<(&str, u32)> = programme
            .days
            .iter()
            .map(|d| (d.name.as_str(), d.exercises.iter().map(|e| e.sets).sum()))
            .collect();
        let next = storage::next_day(self.records, &programme.name, &days);
        let day = pick_day(&programme, wanted, next)?;
        let (records, bests) = (self.records, self.bests);
        let past = self
            .past
            .entry(programme.units)
            .or_insert_with(|| {
                let mut past = past_until_today(records, bests, programme.units);
                let this_week = Week::of(jiff::ZonedDateTime::now().date());
                past.sessions_this_week = storage::sessions_in_week(records, this_week);
                Rc::new(past)
            })
            .clone();
        let library = Rc::clone(&self.library);
        Ok(Workout { programme, file, day, past, settings, library })
    }

    /// One programme on the home screen, and the workout Enter starts (none, when it does
    /// not load).
    fn home_entry(
        &mut self,
        found: Result<Source, catalog::FindError>,
        prefs: &settings::Settings,
    ) -> (HomeEntry, Option<Workout>) {
        let source = match found {
            Ok(source) => source,
            Err(e) => {
                let entry = HomeEntry::broken("unreadable".into(), String::new(), e.to_string());
                return (entry, None);
            }
        };
        let origin = origin_of(&source);
        let mut programme = match load::load_with(&source.text, &source.origin, &self.library) {
            Ok(loaded) => loaded.programme,
            Err(e) => {
                return (HomeEntry::broken(source.name.clone(), origin, e.to_string()), None);
            }
        };
        prefs.fill_in(&mut programme, &source.text);
        let title = programme.name.clone();
        match self.workout(programme, source.file, None, prefs.session()) {
            Ok(workout) => (entry_of(&workout, origin), Some(workout)),
            Err(e) => (HomeEntry::broken(title, origin, e), None),
        }
    }
}
