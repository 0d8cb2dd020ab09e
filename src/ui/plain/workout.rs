//! A workout in plain lines: the set to get ready for (why its load is what it is, and who
//! should not brace a braced set), the countdown's seconds, each phase of
//! each rep as it begins ("rep 3 of 12: INHALE, lower slowly"), a hold every ten seconds, the
//! log form as it is edited, each breath of the rest, and the summary with its wellbeing line.
//! The words are the screens' own (`describe`, `pacing`); must never change the session.

use std::time::Duration;

use super::{Said, Say};
use crate::core::programme::{Cue, Target};
use crate::core::safety::{BRACE_CAUTION, WELLBEING_LINE};
use crate::core::session::{Field, Screen, Session};
use crate::ui::{View, countdown, describe, pacing, ready, today};

/// How often a hold's time left is said.
const HOLD_EVERY: u64 = 10;

impl Say for Session {
    fn say(&self, now: Duration, view: &View) -> Said {
        let s = self;
        let set = s.current_set();
        let ex = s.exercise();
        let label = describe::set_label(set);
        if let Some(list) = &s.today.list {
            return Said::text(today::say(s, list));
        }
        match &s.screen {
            Screen::Ready => {
                let tempo = describe::tempo(ex).map(|t| format!(", {t}")).unwrap_or_default();
                let last = describe::last_time(s);
                let target = describe::target(s, set);
                // What the screen says of the load, its plates (drawn large) and bracing, said
                // here as well.
                let plates = ready::plate_line(s).map(|p| format!(". {p}")).unwrap_or_default();
                let reason =
                    ready::reason_line(s, set).map(|r| format!(" {r}.")).unwrap_or_default();
                let braced = s.cue() == Cue::Brace;
                let caution = if braced { format!(" {BRACE_CAUTION}") } else { String::new() };
                Said::text(format!(
                    "{}, {label}: {target}{tempo}{plates}.{reason}{caution} {last}. Space or Enter starts.",
                    ex.name
                ))
            }
            Screen::GetReady { since } => {
                let left = countdown::shown((*since + s.settings.countdown).saturating_sub(now));
                Said::text(format!("Get ready: {}", left.as_secs()))
            }
            Screen::Pacing { clock } if clock.paused_at.is_some() => {
                Said::text("PAUSED. Space resumes.".into())
            }
            Screen::Pacing { clock } => match set.target {
                Target::Reps(_) => match s.rep_part(now) {
                    Some((phase, part)) => Said::text(format!(
                        "{}: {}, {}",
                        pacing::rep_line(s, &phase),
                        phase.kind.word(),
                        pacing::instruction(part, ex.motion, false)
                    )),
                    None => Said::text(format!("{}: done. Enter logs the set.", ex.name)),
                },
                Target::Hold(length) => {
                    let left = countdown::shown(length.saturating_sub(clock.elapsed(now)));
                    let secs = left.as_secs().div_ceil(HOLD_EVERY) * HOLD_EVERY;
                    Said::text(format!("HOLD: {secs} s left, breathe steadily"))
                }
            },
            Screen::Log { form, .. } => {
                let amount = if form.hold { "seconds" } else { "reps" };
                let load = if form.load.is_empty() { "bodyweight" } else { form.load.as_str() };
                let rpe = if form.rpe.is_empty() { "none" } else { form.rpe.as_str() };
                let error = form.error.as_deref().map(|e| format!(" {e}")).unwrap_or_default();
                let editing = match form.focus {
                    Field::Amount => amount,
                    Field::Load => "load",
                    Field::Rpe => "RPE",
                };
                Said::text(format!(
                    "Log {label}: {amount} {}, load {load}, RPE {rpe}; editing {editing}.{error} \
                     Tab moves, Enter saves.",
                    form.amount
                ))
            }
            Screen::Rest { since, length } => {
                let elapsed = now.saturating_sub(*since);
                let left = describe::clock(countdown::shown(length.saturating_sub(elapsed)));
                let next = describe::next_up(s);
                match s.rest_breathing().phase_at(elapsed) {
                    // What comes next is said with the first breath only.
                    Some(phase) if phase.cycle == 0 && phase.index == 0 => Said {
                        about: format!("rest {} 0 0", s.current),
                        text: format!("Rest {left} left: {}. {next}", phase.kind.word()),
                    },
                    Some(phase) => Said {
                        about: format!("rest {} {} {}", s.current, phase.cycle, phase.index),
                        text: format!("Rest {left} left: {}", phase.kind.word()),
                    },
                    None => Said {
                        about: format!("rest {}", s.current),
                        text: format!("Rest {left} left. {next}"),
                    },
                }
            }
            Screen::Summary { ended } => {
                let reports: Vec<String> =
                    s.exercise_reports().iter().map(ToString::to_string).collect();
                Said::text(format!(
                    "Workout complete: {}, time {}{}, volume {}. {}. Saved to {}. {WELLBEING_LINE}. \
                     Enter leaves.",
                    describe::day_and_programme(s),
                    describe::clock(s.time_spent(*ended).0),
                    if s.time_spent(*ended).1 { " active" } else { "" },
                    describe::volume(s),
                    reports.join("; "),
                    view.results_path
                ))
            }
        }
    }

    fn until_said(&self, now: Duration) -> Option<Duration> {
        let s = self;
        if s.today.list.is_some() {
            // The list's line changes with keys only.
            return None;
        }
        match &s.screen {
            Screen::Ready | Screen::Log { .. } | Screen::Summary { .. } => None,
            Screen::GetReady { since } => {
                countdown::until_change((*since + s.settings.countdown).saturating_sub(now))
            }
            Screen::Pacing { clock } if clock.paused_at.is_some() => None,
            Screen::Pacing { clock } => match s.current_set().target {
                Target::Reps(_) => s.rep_phase(now).map(|p| p.remaining),
                Target::Hold(length) => {
                    let left = length.saturating_sub(clock.elapsed(now));
                    let every = Duration::from_secs(HOLD_EVERY);
                    let into = Duration::from_nanos((left.as_nanos() % every.as_nanos()) as u64);
                    (!left.is_zero()).then_some(if into.is_zero() { every } else { into })
                }
            },
            Screen::Rest { since, length } => {
                let elapsed = now.saturating_sub(*since);
                let breath = s.rest_breathing().phase_at(elapsed).map(|p| p.remaining);
                let end = length.checked_sub(elapsed).filter(|d| !d.is_zero());
                [breath, end].into_iter().flatten().min()
            }
        }
    }
}
