//! Session scripts for `liftpace breathe`: `[(msg, t)] -> (state, effects)`, no I/O.

use super::*;
use crate::core::checkin::{CheckinSetting, When};
use crate::core::keys::Key;

fn s(secs: u64) -> Duration {
    Duration::from_secs(secs)
}

fn key(c: char) -> Msg {
    Msg::Key(Key::Char(c))
}

fn box_for(minutes: u64) -> Practice {
    Practice::new(Pattern::built_in("box").unwrap(), s(60 * minutes), s(10))
}

fn saved(effects: &[Effect]) -> Option<&BreathingDone> {
    effects.iter().find_map(|e| match e {
        Effect::Save(JournalEntry::Breathing(done)) => Some(done),
        _ => None,
    })
}

#[test]
fn runs_its_length_then_rings_and_logs_it_completed() {
    let mut p = box_for(1);
    assert_eq!(p.update(Msg::Tick, s(69)), []);
    assert_eq!(p.deadline(), Some(s(70)));
    let effects = p.update(Msg::Tick, s(70));
    assert!(effects.contains(&Effect::Bell));
    let done = saved(&effects).expect("logged");
    assert_eq!((done.seconds, done.completed, done.started, done.ended), (60, true, s(10), s(70)));
    assert_eq!(done.breaths, p.pattern.breaths_done(s(60)));
    assert_eq!(p.stage, Stage::Done { completed: true });
    assert_eq!(p.deadline(), None, "nothing moves once it is over");
    assert_eq!(p.update(Msg::Tick, s(80)), [], "logged once");
    assert_eq!(p.update(Msg::Key(Key::Enter), s(81)), [Effect::Back]);
}

#[test]
fn pause_and_resume_shift_the_clock_without_drift() {
    let mut p = box_for(1);
    let before = p.pattern.phase_at(p.elapsed(s(25)));
    p.update(Msg::Key(Key::Space), s(25));
    assert_eq!(p.deadline(), None, "nothing to wake for while paused");
    assert_eq!(p.elapsed(s(1000)), s(15));
    p.update(Msg::Key(Key::Space), s(1000));
    assert_eq!(p.pattern.phase_at(p.elapsed(s(1000))), before, "resumes where it paused");
    assert_eq!(p.deadline(), Some(s(1045)));
    let done = saved(&p.update(Msg::Tick, s(1045))).cloned().unwrap();
    assert_eq!((done.seconds, done.completed), (60, true));
}

#[test]
fn plus_and_minus_change_the_length_within_bounds() {
    let mut p = box_for(5);
    p.update(key('+'), s(20));
    assert_eq!(p.length, s(360));
    for _ in 0..10 {
        p.update(key('-'), s(20));
    }
    assert_eq!(p.length, STEP, "never shorter than a minute");
    // Shortened below what is done: it ends as completed there and then.
    let mut q = box_for(3);
    let effects = q.update(key('-'), s(10 + 130));
    assert_eq!(saved(&effects).map(|d| (d.seconds, d.completed)), Some((120, true)));
}

#[test]
fn an_early_q_logs_what_was_done_and_asks_only_after_a_minute() {
    let mut short = box_for(5);
    let effects = short.update(key('q'), s(10 + 40));
    let done = saved(&effects).expect("logged at once");
    assert_eq!((done.seconds, done.completed), (40, false));
    assert_eq!(short.stage, Stage::Done { completed: false });
    // Esc, the key that leaves every other screen, ends it the same way.
    let mut escaped = box_for(5);
    let effects = escaped.update(Msg::Key(Key::Esc), s(10 + 40));
    assert_eq!(saved(&effects).map(|d| (d.seconds, d.completed)), Some((40, false)));

    let mut long = box_for(5);
    assert_eq!(long.update(key('q'), s(10 + 90)), [Effect::Ask(END)], "asks first");
    assert_eq!(long.deadline(), None, "paused while asking");
    // "No" just closes the box (the app does that): still paused, Space resumes.
    long.update(Msg::Key(Key::Space), s(10 + 120));
    assert_eq!(long.elapsed(s(10 + 120)), s(90));
    long.update(key('q'), s(10 + 150));
    let effects = long.update(Msg::Confirmed(END.id), s(10 + 160));
    assert_eq!(saved(&effects).map(|d| (d.seconds, d.completed)), Some((120, false)));
    assert_eq!(long.stage, Stage::Done { completed: false });
}

#[test]
fn a_signal_logs_what_was_done_and_leaves_even_if_the_disk_refuses() {
    let mut p = box_for(5);
    let effects = p.update(Msg::Terminate, s(10 + 30));
    assert_eq!(saved(&effects).map(|d| d.seconds), Some(30));
    assert_eq!(effects.last(), Some(&Effect::Exit));
    let entry = JournalEntry::Breathing(p.done.clone().unwrap());
    let more = p.update(Msg::SaveFailed(entry, "disk full".into()), s(41));
    assert_eq!(more.last(), Some(&Effect::Exit));
    assert!(matches!(&more[0], Effect::ReportOnExit(why) if why.contains("disk full")));
}

#[test]
fn nothing_done_is_nothing_logged_but_the_lock_still_goes() {
    let mut p = box_for(1);
    let ended = Effect::Save(JournalEntry::BreathingEnded);
    assert_eq!(p.update(Msg::Terminate, s(10)), [ended, Effect::Exit]);
}

#[test]
fn every_end_lets_the_lock_go_after_the_record() {
    let mut p = box_for(1);
    let effects = p.update(Msg::Tick, s(70));
    let ended = effects.iter().position(|e| *e == Effect::Save(JournalEntry::BreathingEnded));
    let record = effects.iter().position(|e| matches!(e, Effect::Save(JournalEntry::Breathing(_))));
    assert!(record.unwrap() < ended.unwrap(), "{effects:?}");
}

fn is_checkin(effect: &Effect, when: When) -> bool {
    matches!(effect, Effect::Open(o) if format!("{o:?}").contains(&format!("when: {when:?}")))
}

#[test]
fn with_checkin_after_leaving_a_finished_session_asks_how_the_lifter_feels() {
    let mut p = box_for(1).asking(CheckinSetting::After, [None, Some(3)]);
    assert_eq!(p.deadline(), Some(s(70)), "no check-in before: the clock runs at once");
    p.update(Msg::Tick, s(70));
    let effects = p.update(Msg::Key(Key::Enter), s(75));
    assert_eq!(effects.len(), 1);
    assert!(is_checkin(&effects[0], When::After), "{effects:?}");
    // Off: Enter just goes back.
    let mut off = box_for(1).asking(CheckinSetting::Off, [None, None]);
    off.update(Msg::Tick, s(70));
    assert_eq!(off.update(Msg::Key(Key::Enter), s(75)), [Effect::Back]);
}

#[test]
fn a_session_ended_with_nothing_done_asks_nothing() {
    let mut p = box_for(5).asking(CheckinSetting::After, [None, None]);
    p.update(key('q'), s(10));
    assert_eq!(p.update(Msg::Key(Key::Enter), s(11)), [Effect::Back]);
}

#[test]
fn with_checkin_both_the_clock_waits_for_the_question_before() {
    let mut p = box_for(1).asking(CheckinSetting::Both, [None, None]);
    assert_eq!(p.elapsed(s(500)), Duration::ZERO, "nothing is breathed while waiting");
    assert_eq!(p.deadline(), Some(Duration::ZERO), "asks at once");
    let effects = p.update(Msg::Tick, s(10));
    assert!(is_checkin(&effects[0], When::Before), "{effects:?}");
    // The check-in closes at 40 s; the session is on top again and starts there.
    assert_eq!(p.deadline(), Some(Duration::ZERO));
    assert_eq!(p.update(Msg::Tick, s(40)), []);
    assert_eq!(p.deadline(), Some(s(100)), "a whole minute from when the question closed");
    let effects = p.update(Msg::Tick, s(100));
    assert_eq!(saved(&effects).map(|d| (d.seconds, d.started)), Some((60, s(40))));
    let effects = p.update(Msg::Key(Key::Enter), s(101));
    assert!(is_checkin(&effects[0], When::After), "and after: {effects:?}");
}

#[test]
fn the_soft_start_begins_faster_and_settles_on_the_pattern() {
    let p = box_for(5);
    let first = p.pattern.phase_at(Duration::ZERO).unwrap();
    assert!(first.length < s(4), "the first inhale is shorter than box's 4 s");
    let settled = p.pattern.phase_at(s(120)).unwrap();
    assert!((settled.length.as_secs_f64() - 4.0).abs() < 1e-6, "{:?}", settled.length);
}

#[test]
fn help_pauses_and_lists_this_screens_keys() {
    let mut p = box_for(5);
    assert_eq!(p.update(key('?'), s(20)), [Effect::ShowHelp]);
    assert_eq!(p.deadline(), None);
    let help = p.help();
    assert!(help.iter().any(|(k, _)| *k == "+ / -"), "{help:?}");
}
