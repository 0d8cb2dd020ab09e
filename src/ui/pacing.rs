//! The pacing screen for rep sets: the phase word in block letters (INHALE, PAUSE, EXHALE, or
//! BRACE for a braced rep), the plain word once with what to do, a bar filling over the phase,
//! the rep count in block letters ("3/12") and once in words ("rep 3 of 12"), the set's
//! details and a legend for the cue; "PAUSED" when paused. Also the parts the hold screen
//! shares with it. Must never read a clock or change state.

use std::time::Duration;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::bar::{self, Progress};
use super::layout::{self, Bands, ESSENTIAL, Part};
use super::theme::Theme;
use super::{big, describe};
use crate::core::library::Motion;
use crate::core::phase::{Phase, PhaseKind};
use crate::core::programme::{Cue, Reps, Target};
use crate::core::session::{Clock, Session};
use crate::core::tempo::RepPart;

/// Every word the big letters may show on this screen, so their size never jumps.
const BIG_WORDS: [&str; 5] = ["INHALE", "EXHALE", "PAUSE", "BRACE", "PAUSED"];

/// The only other place phase words may appear: a line that never changes while the set is
/// paced, saying what each word of the set's cue means, in the exercise's own directions.
fn legend(cue: Cue, motion: Motion) -> String {
    match cue {
        Cue::Breathe => format!(
            "INHALE {} · PAUSE still · EXHALE {}",
            motion.eccentric_ing(),
            motion.concentric_ing()
        ),
        Cue::Brace => "BRACE through the rep · EXHALE, INHALE between reps".to_string(),
    }
}

/// The set's details under the pacing: which exercise and set, the target, and the notes.
pub struct Details {
    exercise: String,
    target: String,
    notes: Vec<String>,
}

impl Details {
    /// The details of the current set, wrapped for `width`.
    pub fn of(session: &Session, width: u16) -> Self {
        let ex = session.exercise();
        let set = describe::set_label(session.current_set());
        let target = describe::target(session, session.current_set());
        let target = match describe::tempo(ex) {
            Some(tempo) => format!("{target} · {tempo}"),
            None => target,
        };
        Details {
            exercise: format!("{} · {set}", ex.name),
            target,
            notes: ex
                .notes
                .as_deref()
                .map(|n| layout::wrap_at_most(n, width, 2))
                .unwrap_or_default(),
        }
    }

    /// Stack parts for the three: the exercise line matters most, the notes least.
    pub fn parts(&self) -> [Part; 3] {
        detail_parts(self.notes.len())
    }

    /// [`Details::parts`] without writing the lines, for the frame timer and the moving
    /// parts, which need only where things go.
    pub fn parts_of(session: &Session, width: u16) -> [Part; 3] {
        let notes = session.exercise().notes.as_deref();
        detail_parts(notes.map_or(0, |n| layout::rows_at_most(n, width, 2)))
    }

    /// Draws them into the rects `stack` gave their parts.
    pub fn draw(&self, frame: &mut Frame, rects: &[Rect], theme: &Theme) {
        let width = usize::from(rects[0].width);
        let exercise = layout::truncate(&self.exercise, width);
        layout::draw_lines(frame, rects[0], &[exercise], theme.title());
        layout::draw_lines(frame, rects[1], &[layout::truncate(&self.target, width)], theme.text());
        layout::draw_lines(frame, rects[2], &self.notes, theme.secondary());
    }
}

fn detail_parts(notes: usize) -> [Part; 3] {
    [Part::optional(1, 8), Part::optional(1, 5), Part::optional(notes as u16, 3)]
}

/// Where each part of the rep pacing screen goes.
struct Areas {
    word: Rect,
    now: Rect,
    bar: Rect,
    big_rep: Rect,
    rep: Rect,
    details: [Rect; 3],
    legend: Rect,
}

fn areas(body: Rect, session: &Session, details: [Part; 3]) -> Areas {
    let [exercise, target, notes] = details;
    // The phase word comes first and stays the larger; the rep count is the second thing a
    // lifter looks for, so in a short window both go to half height before either goes.
    let word = big::Keep { extra: 3, full: 6, half: 9 };
    let rep = big::Keep { extra: 3, full: 5, half: 8 };
    let parts = [
        big::part(&BIG_WORDS, body.width, word),
        Part::fixed(1),
        // A thinner bar before the big rep count shrinks or the notes (shown while pacing)
        // or the legend go: the words and the count are what is read from the bench.
        Part::choices(vec![(3, 1), (2, 2), (1, ESSENTIAL)]),
        big::part(&[&widest_rep(session)], body.width, rep),
        Part::fixed(1),
        exercise,
        target,
        notes,
        // What the words mean (BRACE above all) stays before the rep count shrinks.
        Part::optional(1, 3),
    ];
    let r = layout::stack(body, &parts);
    Areas {
        word: r[0],
        now: r[1],
        bar: r[2],
        big_rep: r[3],
        rep: r[4],
        details: [r[5], r[6], r[7]],
        legend: r[8],
    }
}

/// The widest rep count the set can show in block letters, so its size never jumps: "12/12"
/// for a set of 12 (every digit is as wide as every other), two digits for "max".
fn widest_rep(session: &Session) -> String {
    match session.current_set().target {
        Target::Reps(Reps::Max) => "99".into(),
        Target::Reps(r) => r.top().map_or(String::new(), |top| format!("{top}/{top}")),
        Target::Hold(_) => String::new(),
    }
}

/// The rep count in block letters: "3/12", or "3" for as many as the lifter can.
fn big_rep(session: &Session, phase: &Phase) -> String {
    let rep = phase.cycle + 1;
    match session.current_set().target {
        Target::Reps(Reps::Max) => rep.to_string(),
        Target::Reps(r) => r.top().map_or(String::new(), |top| format!("{}/{top}", rep.min(top))),
        Target::Hold(_) => String::new(),
    }
}

/// What the lifter does in each part of the rep, after the plain word, in the exercise's own
/// directions (a pulldown pulls, it does not lift). A BRACE still says which way the weight
/// moves; between braced reps the lifter breathes out, then in and braces again. `narrow`
/// asks for the short form, for a 40-column window.
pub(super) fn instruction(part: RepPart, motion: Motion, narrow: bool) -> &'static str {
    match part {
        RepPart::Eccentric => motion.eccentric(),
        RepPart::Concentric => motion.concentric(),
        RepPart::StretchedPause | RepPart::ShortenedPause => "stay still",
        RepPart::BreatheOut => "breathe out",
        RepPart::BreatheIn if narrow => "in, brace again",
        RepPart::BreatheIn => "breathe in and brace again",
    }
}

/// "Now: EXHALE — …", with the full instruction when it fits `width`.
fn now_line(kind: PhaseKind, part: RepPart, motion: Motion, width: usize) -> String {
    let line = |narrow| format!("Now: {} — {}", kind.word(), instruction(part, motion, narrow));
    let full = line(false);
    if Span::raw(full.as_str()).width() <= width { full } else { line(true) }
}

fn progress(phase: &Phase) -> Progress {
    Progress { elapsed: phase.length - phase.remaining, length: phase.length, draining: false }
}

pub(super) fn rep_line(session: &Session, phase: &Phase) -> String {
    let rep = phase.cycle + 1;
    match session.current_set().target {
        Target::Reps(Reps::Max) => format!("rep {rep} · as many as you can"),
        // Past the last rep only until the core's deadline opens the log: never "13 of 12".
        Target::Reps(r) => {
            r.top().map_or(String::new(), |top| format!("rep {} of {top}", rep.min(top)))
        }
        Target::Hold(_) => String::new(),
    }
}

/// Draws the rep pacing screen at `now`.
pub fn draw(
    frame: &mut Frame,
    bands: Bands,
    session: &Session,
    clock: Clock,
    now: Duration,
    theme: &Theme,
) {
    let Some((phase, part)) = session.rep_part(now) else { return };
    let details = Details::of(session, bands.body.width);
    let a = areas(bands.body, session, details.parts());
    let paused = clock.paused_at.is_some();
    let word = phase.kind.word();
    let style = theme.phase(phase.kind);
    let width = usize::from(bands.body.width);
    let motion = session.exercise().motion;
    let now_line = if paused {
        format!("PAUSED — Now: {word} · Space resumes")
    } else {
        now_line(phase.kind, part, motion, width)
    };
    if paused {
        big::draw(frame, a.word, "PAUSED", theme.alarm());
    } else {
        big::draw(frame, a.word, word, style);
    }
    let now_style = if paused { theme.alarm() } else { style };
    layout::draw_lines(frame, a.now, &[layout::truncate(&now_line, width)], now_style);
    bar::draw(frame, centred_bar(a.bar), progress(&phase), style);
    big::draw(frame, a.big_rep, &big_rep(session, &phase), theme.figure());
    layout::draw_lines(frame, a.rep, &[rep_line(session, &phase)], theme.figure());
    details.draw(frame, &a.details, theme);
    let legend = layout::truncate(&legend(session.cue(), motion), width);
    layout::draw_lines(frame, a.legend, &[legend], theme.secondary());
}

/// Draws only the bar at `now` over the last frame: within a phase of a rep nothing else on
/// the pacing screen moves. Returns where it drew.
pub fn draw_moving(
    buf: &mut Buffer,
    body: Rect,
    session: &Session,
    now: Duration,
    theme: &Theme,
) -> Vec<Rect> {
    let Some(phase) = session.rep_phase(now) else { return Vec::new() };
    let a = areas(body, session, Details::parts_of(session, body.width));
    let bar = centred_bar(a.bar);
    bar::draw_into(buf, bar, progress(&phase), theme.phase(phase.kind));
    vec![bar]
}

/// The bar's own width inside its row: at most 60 columns, centred, so on a wide screen the
/// eye does not have to travel.
pub fn centred_bar(row: Rect) -> Rect {
    let w = row.width.min(60);
    Rect::new(row.x + (row.width - w) / 2, row.y, w, row.height)
}

/// How long after `now` the rep pacing picture next changes: the bar's next step or the
/// phase's end.
pub fn until_change(body: Rect, session: &Session, now: Duration) -> Option<Duration> {
    let phase = session.rep_phase(now)?;
    let a = areas(body, session, Details::parts_of(session, body.width));
    let step = bar::until_next_step(centred_bar(a.bar), progress(&phase));
    Some(step.map_or(phase.remaining, |s| s.min(phase.remaining)))
}
