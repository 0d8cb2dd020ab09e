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
use crate::core::session::launch::Workout;
use crate::core::session::launch::pick_day;
use crate::core::session::{Past, Settings};
use crate::known::Known;
use crate::runtime::{self, Output};
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
    // Only the few sessions start-up can ask about, every journal merged, through the cache.
    let (digest, warnings) = storage::load_digest(data).map_err(|e| e.to_string())?;
    let bests = digest.bests().clone();
    let records = digest.into_records();
    for warning in &warnings {
        eprintln!("liftpace: {warning}");
    }
    runtime::need_terminal()?;
    let mut history = History { records: &records, bests: &bests, past: HashMap::new() };
    let config_dir = Some(config_dir.to_path_buf());
    let app = match start {
        Start::Workout { source, programme, day } => {
            let workout = history.workout(*programme, source.file, day.as_deref(), settings)?;
            let (began, session) = workout.begin(std::time::Duration::ZERO);
            let mut app = App::new(session).recording_first(vec![began]);
            if let Some(checkin) = workout.checkin_before() {
                app.open(Box::new(checkin));
            }
            app
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
            let entries = catalog::all(&config_dir)
                .into_iter()
                .map(|found| history.home_entry(found, &library, prefs))
                .collect();
            let progress = progress_when_asked(data.clone(), library.clone());
            let breathing = Pattern::built_in_at("resonance", settings.resonance_rate)
                .expect("a built-in pattern");
            let home = Home::new(entries).selecting(storage::current_programme(&records));
            let moods = storage::last_moods(&records);
            App::new(home.with_progress(progress).breathing(breathing, settings.checkin, moods))
        }
    };
    runtime::run(app.noticing(notice), journal, output, prefs, config_dir)
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
        Ok(Workout { programme, file, day, past, settings })
    }

    /// One programme on the home screen, and the workout Enter starts (none, when it does
    /// not load).
    fn home_entry(
        &mut self,
        found: Result<Source, catalog::FindError>,
        library: &Library,
        prefs: &settings::Settings,
    ) -> (HomeEntry, Option<Workout>) {
        let source = match found {
            Ok(source) => source,
            Err(e) => {
                let entry = HomeEntry::broken("unreadable".into(), String::new(), e.to_string());
                return (entry, None);
            }
        };
        let origin = if source.built_in { "built-in".to_string() } else { source.origin.clone() };
        let mut programme = match load::load_with(&source.text, &source.origin, library) {
            Ok(loaded) => loaded.programme,
            Err(e) => {
                return (HomeEntry::broken(source.name.clone(), origin, e.to_string()), None);
            }
        };
        prefs.fill_in(&mut programme, &source.text);
        let title = programme.name.clone();
        let summary = programme.size_summary();
        let workout = self.workout(programme, source.file, None, prefs.session()).ok();
        let next_day = workout.as_ref().map(|w| w.programme.days[w.day].name.clone());
        (HomeEntry { title, origin, next_day, summary, error: None }, workout)
    }
}
