//! The workout state machine: Ready → Get ready → Pacing → Log → Rest → … → Summary, driven by
//! `update(msg, now)`. Time is an argument (a monotonic `Duration` since the runtime began);
//! every phase is computed from a start instant, so pausing shifts the start and nothing
//! drifts. Saving, bells and quitting are returned as `Effect`s; nothing happens in here.

use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;

use crate::core::app::{self, Confirm, JournalEntry};
pub use crate::core::app::{Effect, Msg};
use crate::core::checkin::CheckinSetting;
pub use crate::core::keys::Key;
use crate::core::keys::{self, KeyHelp};
use crate::core::library::{Equipment, Library};
use crate::core::plates::Loading;
use crate::core::programme::{Load, Programme, Target};
use crate::core::safety::BRACE_CAUTION;
use crate::core::tempo::reps_done;

mod adjust;
mod bells;
pub mod form;
mod input;
pub mod keymap;
pub mod launch;
pub mod messages;
pub mod plan;
pub mod plausible;
pub mod prescribe;
pub mod records;
mod resume;
pub mod screen;
pub mod today;
mod view;

pub use form::{Entry, Field, LogForm};
pub use keymap::Action;
pub use messages::{EndStatus, LoggedSet};
pub use plan::{PlannedSet, SetKind, Side};
pub use prescribe::{ExerciseHistory, LastTime, Past, PastSet, Prescribed};
pub use records::SessionRecords;
pub use screen::{Clock, Paced, Screen};
pub use today::{Mark, Row, Today};

/// Settings a session runs with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// The get-ready countdown.
    pub countdown: Duration,
    /// When to ask how the lifter feels (`checkin` in config.toml).
    pub checkin: CheckinSetting,
    /// Whether sets written with `cue = "brace"` are paced braced (`brace = true`, the
    /// default). Off, every BRACE becomes ordinary INHALE/EXHALE pacing, for lifters who must
    /// not hold their breath.
    pub brace: bool,
    /// The lifter's resonance rate, breaths a minute, for `resonance` and `recover` rests.
    pub resonance_rate: f64,
}

/// Seconds of get-ready countdown unless the lifter asks for another (`--countdown`).
pub const COUNTDOWN_SECS: u64 = 3;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            countdown: Duration::from_secs(COUNTDOWN_SECS),
            brace: true,
            checkin: CheckinSetting::default(),
            resonance_rate: crate::core::breathing::RESONANCE_RATE,
        }
    }
}

/// An Enter this soon after the screen it lands on appeared is the second half of the double
/// tap that brought it up, not an answer: it must not throw a rest away or keep a value that
/// was just questioned.
const DOUBLE_TAP: Duration = Duration::from_millis(500);

/// What `+` adds to a rest.
const REST_ADD: Duration = Duration::from_secs(30);

/// `+` never lengthens a rest past this: ten minutes is a long rest for any lift, and a held
/// key or a cat on the keyboard must not leave a rest of hours. A programme's own longer rest
/// is kept as written; `+` just adds nothing to it.
const REST_MAX_WITH_ADDS: Duration = Duration::from_secs(10 * 60);

/// "Quit the workout?", asked before a workout is left unfinished.
pub const QUIT: Confirm = Confirm {
    id: "quit-workout",
    title: "Quit the workout?",
    body: "Every set you logged is saved.",
    yes: "quit",
    no: "keep going",
};

/// "Throw away this set?", asked when `Esc` would leave a Log form of a set that was done.
pub const DISCARD: Confirm = Confirm {
    id: "discard-set",
    title: "Throw away this set?",
    body: "The set is not saved.",
    yes: "throw it away",
    no: "keep logging",
};

/// A set being saved: where the workout was and the form as filled in, to go back to if the
/// save fails.
#[derive(Debug, Clone)]
struct Unsaved {
    /// The index of the set in the plan.
    current: usize,
    /// The form as it was saved.
    form: LogForm,
    /// When the set was paced.
    paced: Paced,
}

/// One workout in progress.
#[derive(Debug, Clone)]
pub struct Session {
    /// The programme being followed.
    pub programme: Programme,
    /// Index of the day in `programme.days`.
    pub day: usize,
    /// Every set in order.
    pub plan: Vec<PlannedSet>,
    /// Index into `plan` of the current set.
    pub current: usize,
    /// The screen shown.
    pub screen: Screen,
    /// Sets saved so far this session.
    pub logged: Vec<LoggedSet>,
    /// Last time's sets, by exercise name.
    pub last: HashMap<String, LastTime>,
    /// What the workout asks of each exercise of the day, and why.
    pub prescribed: Vec<Prescribed>,
    /// When the session began (in this run, for a resumed one).
    pub began: Duration,
    /// Time already spent on a session taken up again after an interruption, before this
    /// run; `None` for a session begun in this run.
    pub earlier: Option<Duration>,
    /// Countdown length and the like.
    pub settings: Settings,
    /// Personal records: the bests to beat, the one to announce, the session's list.
    pub records: SessionRecords,
    /// The history's last two check-in moods, for the check-in after the summary.
    pub moods: [Option<u8>; 2],
    /// Sessions done this week before this one.
    pub sessions_this_week: u32,
    /// How each planned set is loaded on the bar, by index into `plan`: worked out when the
    /// set's load is planned or changed, so drawing never searches plates.
    pub loading: Vec<Loading>,
    /// Which sets are done, skipped or still to do, what was swapped, and today's list.
    pub today: Today,
    /// The library swaps choose from, when the workout was started with one (the lifter's
    /// own exercises merged in); the built-in one otherwise.
    pub library: Option<Rc<Library>>,
    /// The log form being saved, kept until the save is known to have worked.
    unsaved: Option<Unsaved>,
    /// Whether `EndSession` has been emitted.
    ended: bool,
    /// Whether the bell for the last rep of the set being paced has rung.
    last_rep_rung: bool,
}

impl Session {
    /// A session on `programme.days[day]`, beginning at `now`, with loads prescribed from
    /// what `past` says. The day must have exercises (the loader guarantees it).
    pub fn new(
        mut programme: Programme,
        day: usize,
        past: &Past,
        settings: Settings,
        now: Duration,
    ) -> Self {
        // Rests breathe at the lifter's own resonance rate, and begin by recovering.
        for ex in programme.days.iter_mut().flat_map(|d| d.exercises.iter_mut()) {
            ex.breathing = ex.breathing.at_resonance_rate(settings.resonance_rate).for_rest();
        }
        let none = ExerciseHistory::default();
        let prescribed: Vec<Prescribed> = programme.days[day]
            .exercises
            .iter()
            .map(|ex| {
                let history = past.work.get(&ex.name).unwrap_or(&none);
                prescribe::prescribe(&programme, ex, history, past.today)
            })
            .collect();
        let plan =
            plan::plan(&programme.days[day], &prescribed, &programme.barbell, programme.units);
        let mut session = Session {
            programme,
            day,
            plan,
            current: 0,
            screen: Screen::Ready,
            logged: Vec::new(),
            last: past.last.clone(),
            prescribed,
            began: now,
            earlier: None,
            settings,
            records: SessionRecords::new(past.bests.clone()),
            moods: past.moods,
            sessions_this_week: past.sessions_this_week,
            loading: Vec::new(),
            today: Today::default(),
            library: None,
            unsaved: None,
            ended: false,
            last_rep_rung: false,
        };
        session.loading = session.plan.iter().map(|set| session.loading_of(*set)).collect();
        let exercises = session.programme.days[day].exercises.len();
        session.today = Today::new(session.plan.len(), exercises);
        session
    }

    /// How `set` is loaded on the bar: plates only for a barbell set with a weight.
    pub(crate) fn loading_of(&self, set: PlannedSet) -> Loading {
        match set.load {
            Load::Weight(total) if self.exercise_of(set).equipment == Some(Equipment::Barbell) => {
                Loading::of(total, &self.programme.barbell)
            }
            _ => Loading::NotABar,
        }
    }

    /// The next instant at which time alone changes the state, so the runtime can sleep
    /// until then. `None` when only a key can move things on.
    pub fn deadline(&self) -> Option<Duration> {
        match &self.screen {
            Screen::GetReady { since } => Some(*since + self.settings.countdown),
            Screen::Pacing { clock } if clock.paused_at.is_none() => {
                let end = self.set_length().map(|len| clock.start + len);
                [self.last_rep_bell(), end].into_iter().flatten().min()
            }
            Screen::Rest { since, length } => Some(*since + *length),
            _ => None,
        }
    }

    /// How long pacing runs before the log opens by itself; `None` for "max".
    pub fn set_length(&self) -> Option<Duration> {
        let ex = self.exercise();
        match self.current_set().target {
            Target::Hold(d) => Some(d),
            Target::Reps(r) => r.top().map(|n| ex.tempo.paced_rep_length(ex.start, self.cue()) * n),
        }
    }

    /// Handles one message at `now` and says what must happen.
    pub fn update(&mut self, msg: Msg, now: Duration) -> Vec<Effect> {
        match msg {
            Msg::Tick => self.tick(now),
            Msg::Key(key) => self.key(key, now),
            Msg::SaveFailed(JournalEntry::Set(_), why) => {
                self.unsave(&why);
                Vec::new()
            }
            // The session's end is not on disk; nothing on screen can mend that, so the
            // lifter is told once the terminal is back, and a quit still quits.
            Msg::SaveFailed(JournalEntry::SessionEnded(status), why) => {
                let leave = (status == EndStatus::Quit).then_some(Effect::Exit);
                [Some(Effect::ReportOnExit(why)), leave].into_iter().flatten().collect()
            }
            // Today's list already shows the change; the lifter must know it is not on disk.
            Msg::SaveFailed(
                JournalEntry::Skipped(_) | JournalEntry::Swapped { .. } | JournalEntry::Fixed(_),
                why,
            ) => {
                self.today.list.get_or_insert(today::List {
                    cursor: 0,
                    mode: today::Mode::Rows,
                    note: None,
                });
                if let Some(list) = &mut self.today.list {
                    list.note = Some(format!("NOT SAVED: {why}."));
                }
                Vec::new()
            }
            Msg::SaveFailed(..) => Vec::new(),
            Msg::Resumed => {
                self.pause_for_interruption(now);
                Vec::new()
            }
            Msg::Confirmed(id) if id == QUIT.id => self.quit(),
            Msg::Confirmed(id) if id == DISCARD.id => {
                if matches!(self.screen, Screen::Log { .. }) {
                    self.screen = Screen::Ready;
                }
                Vec::new()
            }
            Msg::Confirmed(id) if id == today::DELETE.id => self.delete_set(),
            Msg::Confirmed(_) => Vec::new(),
            Msg::Terminate => self.quit(),
        }
    }

    fn tick(&mut self, now: Duration) -> Vec<Effect> {
        match self.deadline() {
            Some(at) if now >= at => {}
            _ => return Vec::new(),
        }
        match self.screen {
            Screen::GetReady { since } => {
                self.screen =
                    Screen::Pacing { clock: Clock::started(since + self.settings.countdown) };
                self.last_rep_rung = false;
                // A long stall (a suspended laptop) may pass the whole set at once.
                let mut effects = vec![Effect::Bell];
                effects.extend(self.tick(now));
                effects
            }
            Screen::Pacing { clock } => {
                if let Some(at) = self.last_rep_bell()
                    && now >= at
                {
                    self.last_rep_rung = true;
                    // The same stall may also pass the end of the set.
                    let mut effects = vec![Effect::Bell];
                    effects.extend(self.tick(now));
                    return effects;
                }
                let end = clock.start + self.set_length().unwrap_or_default();
                let hold = self.is_hold();
                self.open_log(clock, end);
                if hold { vec![Effect::Bell] } else { Vec::new() }
            }
            Screen::Rest { .. } => {
                self.screen = Screen::Ready;
                vec![Effect::Bell, Effect::Notify(self.rest_over())]
            }
            _ => Vec::new(),
        }
    }

    fn open_log(&mut self, clock: Clock, end: Duration) {
        let ex = self.exercise();
        let set = self.current_set();
        let elapsed = end.saturating_sub(clock.start);
        let (amount, hold) = match set.target {
            Target::Hold(d) => (elapsed.min(d).as_secs() as u32, true),
            Target::Reps(r) => {
                let done = reps_done(&ex.tempo, ex.start, self.cue(), elapsed);
                (r.top().map_or(done, |top| done.min(top)), false)
            }
        };
        let mut form = LogForm::new(amount, set.load, hold);
        if let (SetKind::Work, Some(effort)) = (set.kind, ex.effort) {
            form.rpe = crate::core::programme::format_number(effort.as_rpe());
        }
        self.screen = Screen::Log { form, paced: Paced { began: clock.began, ended: end } };
    }

    /// Pauses whatever is timing the lifter's effort after an interruption (Ctrl-Z, an
    /// overlay): pacing is paused, a countdown goes back to Ready.
    fn pause_for_interruption(&mut self, now: Duration) {
        match &mut self.screen {
            Screen::Pacing { clock } if clock.paused_at.is_none() => clock.toggle(now),
            Screen::GetReady { .. } => self.screen = Screen::Ready,
            _ => {}
        }
    }

    fn quit(&mut self) -> Vec<Effect> {
        if self.ended {
            return vec![Effect::Exit];
        }
        self.ended = true;
        vec![Effect::Save(JournalEntry::SessionEnded(EndStatus::Quit)), Effect::Exit]
    }

    /// The log form being saved did not reach the disk: back to it, with why.
    fn unsave(&mut self, why: &str) {
        if let Some(Unsaved { current, mut form, paced }) = self.unsaved.take() {
            self.logged.pop();
            self.records.unlog();
            self.today.marks[current] = Mark::ToDo;
            self.current = current;
            self.ended = false;
            form.error = Some(format!("NOT SAVED: {why}. Enter tries again."));
            self.screen = Screen::Log { form, paced };
        }
    }

    fn save(&mut self, now: Duration) -> Vec<Effect> {
        let set = self.current_set();
        let unit = self.programme.units.as_str();
        let Screen::Log { form, paced } = &mut self.screen else { return Vec::new() };
        let entry = match form.validate() {
            Ok(entry) => entry,
            Err(why) => {
                form.error = Some(why);
                return Vec::new();
            }
        };
        if form.holds_back(plausible::doubt(&entry, set.target, set.load, unit), now) {
            return Vec::new();
        }
        let unsaved = Unsaved { current: self.current, form: form.clone(), paced: *paced };
        let paced = *paced;
        let ex = self.exercise();
        let hold = matches!(set.target, Target::Hold(_));
        let record = LoggedSet {
            exercise: ex.name.clone(),
            number: set.number,
            kind: set.kind,
            side: set.side,
            reps: (!hold).then_some(entry.amount),
            hold_s: hold.then_some(entry.amount),
            load: entry.load,
            unit: self.programme.units.as_str(),
            target: set.target,
            tempo: ex.tempo.to_string(),
            rpe: entry.rpe,
            started: paced.began,
            ended: paced.ended,
        };
        self.unsaved = Some(unsaved);
        self.carry_load_forward(set, entry.load);
        self.today.marks[self.current] = Mark::Done(self.logged.len());
        self.today.previous = Some(self.current);
        self.logged.push(record.clone());
        self.records.logged(&record);
        let mut effects = vec![Effect::Save(JournalEntry::Set(record))];
        if self.next_set().is_some() {
            self.current += 1;
            self.screen = if set.rest_after.is_zero() {
                Screen::Ready
            } else {
                Screen::Rest { since: now, length: set.rest_after }
            };
        } else {
            effects.extend(self.complete(now));
        }
        effects
    }
}

impl app::Screen for Session {
    fn update(&mut self, msg: Msg, now: Duration) -> Vec<Effect> {
        Session::update(self, msg, now)
    }

    fn deadline(&self) -> Option<Duration> {
        Session::deadline(self)
    }

    fn help(&self) -> Vec<KeyHelp> {
        match self.list_keymap() {
            Some(table) => keys::help(table),
            None => keys::help(self.keymap()),
        }
    }

    /// The bracing caution, about to start or while pacing a braced exercise.
    fn help_note(&self) -> Option<&'static str> {
        let pacing =
            matches!(self.screen, Screen::Ready | Screen::GetReady { .. } | Screen::Pacing { .. });
        (pacing && self.cue() == crate::core::words::Cue::Brace).then_some(BRACE_CAUTION)
    }
}

#[cfg(test)]
mod tests;
