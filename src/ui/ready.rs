//! The Ready screen: what the next set is (a warm-up or a work set), its planned target, the
//! plates for each side of a barbell, the effort to aim for, why the load is what it is, how
//! the rep is paced and breathed (with who should not brace, on every braced set), the
//! superset round, the exercise's notes and what was done last time, all still until the
//! lifter is in position. The load and the plates per side are also drawn in block letters
//! where the window has room, to be read from the bench; their plain lines stay. Must never
//! animate, read a clock or change state.

use ratatui::Frame;

use super::layout::{self, Bands, Part};
use super::theme::Theme;
use super::{big, describe, font};
use crate::core::plates::{self, Loading};
use crate::core::programme::{Cue, Load, format_number};
use crate::core::safety::BRACE_CAUTION;
use crate::core::session::{PlannedSet, Session, SetKind};
use crate::core::tempo::StartWith;

/// What bracing asks, short enough for the screen, by where the rep ends: the breath goes out
/// and in again in the rep's last pause.
fn brace_cue(start: StartWith) -> &'static str {
    match start {
        StartWith::Eccentric => "Brace: hold a big breath through each rep; out and in at the top",
        StartWith::Concentric => {
            "Brace: hold a big breath through each rep; out and in at the bottom"
        }
    }
}

/// "Load: 20 + 10 + 1.25 per side" for a barbell set with a weight on it: what to put on each
/// side, so nobody does plate arithmetic between sets. The session worked the plates out once
/// for the set; drawing only words them.
pub(super) fn plate_line(session: &Session) -> Option<String> {
    match session.loading() {
        Loading::NotABar => None,
        Loading::PerSide(plates) => Some(format!("Load: {}", plates::describe_per_side(plates))),
        Loading::CannotBeMade => Some("Load: can't be made with your plates".to_string()),
    }
}

/// The load in block letters, "100 KG", for a set with a weight on it; the number alone when
/// the unit would not fit `width` (the plain line above says it).
fn big_load(session: &Session, set: PlannedSet, width: u16) -> Option<String> {
    let Load::Weight(w) = set.load else { return None };
    let number = format_number(w);
    let with_unit = format!("{number} {}", session.programme.units.as_str().to_uppercase());
    let fits = font::width(&with_unit).is_some_and(|w| w <= width);
    Some(if fits { with_unit } else { number })
}

/// The plates for each side in block letters, "20+10+1.25", when there are any to load.
fn big_plates(session: &Session) -> Option<String> {
    let Loading::PerSide(plates) = session.loading() else { return None };
    let each: Vec<String> = plates.iter().map(|&w| format_number(w)).collect();
    (!each.is_empty()).then(|| each.join("+"))
}

/// "Aim: RPE 8" for a work set with an effort target; warm-ups should feel easy.
fn aim_line(session: &Session, set: PlannedSet) -> Option<String> {
    let effort = session.exercise_of(set).effort?;
    (set.kind == SetKind::Work).then(|| format!("Aim: {effort}"))
}

/// Why the work load is what it is ("+2.5 kg: 12, 12 last time"); warm-ups follow from it.
/// The plain line says it too.
pub(super) fn reason_line(session: &Session, set: PlannedSet) -> Option<String> {
    let prescribed = session.prescription();
    let reason = prescribed.reason.as_deref()?;
    // Once the lifter has logged another load, it is theirs and the reason no longer applies.
    let as_prescribed = set.load == prescribed.load;
    (set.kind == SetKind::Work && as_prescribed).then(|| describe::capitalised(reason))
}

/// "Superset A: Bench press → Row (rest after the round)": the exercises done in turn with
/// this one in this round, as the session's plan groups them. A round of one is just a set, so
/// it gets no line.
fn round_line(session: &Session, set: PlannedSet) -> Option<String> {
    let exercises = &session.programme.days[session.day].exercises;
    let group = exercises[set.exercise].group.as_ref()?;
    let members: Vec<&str> =
        session.round_of(set).into_iter().map(|i| exercises[i].name.as_str()).collect();
    let kind = match members.len() {
        0 | 1 => return None,
        2 => "Superset",
        _ => "Circuit",
    };
    Some(format!("{kind} {group}: {} (rest after the round)", members.join(" → ")))
}

/// Draws the Ready screen's body and key hints.
pub fn draw(frame: &mut Frame, bands: Bands, session: &Session, theme: &Theme) {
    let set = session.current_set();
    let ex = session.exercise();
    let width = bands.body.width;
    let wrapped = |text: Option<String>, max| {
        text.map(|t| layout::wrap_at_most(&t, width, max)).unwrap_or_default()
    };
    let label = describe::capitalised(&describe::set_label(set));
    let target = describe::target(session, set);
    let plates: Vec<String> = plate_line(session).into_iter().collect();
    let aim: Vec<String> = aim_line(session, set).into_iter().collect();
    // Three lines: on a narrow window the advice at its end ("move on to ...") must survive.
    let reason = wrapped(reason_line(session, set), 3);
    let tempo: Vec<String> = describe::tempo(ex).into_iter().collect();
    let braced = session.cue() == Cue::Brace;
    let brace = wrapped(braced.then(|| brace_cue(ex.start).to_string()), 2);
    // Said on the set itself, not only under `?`: the lifter about to brace must see it.
    let caution = wrapped(braced.then(|| BRACE_CAUTION.to_string()), 4);
    let round = wrapped(round_line(session, set), 2);
    let notes = wrapped(ex.notes.clone(), 3);
    let last = layout::wrap_at_most(&describe::last_time(session), width, 2);
    let load = big_load(session, set, width).unwrap_or_default();
    let per_side = big_plates(session).unwrap_or_default();
    // Name, set and target always; then what to load and why; how to breathe; the round, the
    // notes and last time go first when the window is short.
    let optional = [
        (plates, 8, theme.figure()),
        (aim, 7, theme.text()),
        (reason, 7, theme.text()),
        (tempo, 6, theme.text()),
        (brace, 5, theme.text()),
        (caution, 9, theme.text()),
        (round, 4, theme.text()),
        (notes, 2, theme.secondary()),
        (last, 3, theme.secondary()),
    ];
    // The load large right under its plain line, the plates large right under theirs: both
    // give way to the plain lines before anything the lifter must read goes.
    // At most twice the font's size: the Ready screen has much else to say, and the key box
    // covers no more than the middle of the window.
    let big_part = |text: &str, keep| {
        if text.is_empty() { Part::fixed(0) } else { big::part_up_to(&[text], width, keep, 2) }
    };
    let mut parts: Vec<Part> = vec![Part::fixed(1), Part::fixed(1), Part::fixed(1)];
    parts.push(big_part(&load, big::Keep { extra: 3, full: 6, half: 6 }));
    parts.extend(optional.iter().map(|(lines, keep, _)| Part::optional(lines.len() as u16, *keep)));
    parts.insert(5, big_part(&per_side, big::Keep { extra: 2, full: 5, half: 4 }));
    let mut rects = layout::stack(bands.body, &parts);
    big::draw(frame, rects[3], &load, theme.figure());
    big::draw(frame, rects[5], &per_side, theme.figure());
    rects.remove(5);
    rects.remove(3);
    let fit = |line: &str| layout::truncate(line, width.into());
    layout::draw_lines(frame, rects[0], &[fit(&ex.name)], theme.title());
    layout::draw_lines(frame, rects[1], &[fit(&label)], theme.text());
    layout::draw_lines(frame, rects[2], &[fit(&target)], theme.figure());
    for ((lines, _, style), rect) in optional.iter().zip(&rects[3..]) {
        let lines: Vec<String> = lines.iter().map(|l| fit(l)).collect();
        layout::draw_lines(frame, *rect, &lines, *style);
    }
}
