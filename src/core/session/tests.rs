//! Session scripts: `[(msg, t)]` in, screens and effects out. No I/O, no async.

use super::*;
use crate::core::breathing::Pattern;
use crate::core::programme::{Day, Exercise, Load, Muscle, Reps};
use crate::core::tempo::{StartWith, Tempo};

fn exercise(name: &str, sets: u32, target: Target) -> Exercise {
    Exercise {
        name: name.into(),
        load: Load::Weight(20.0),
        sets,
        target,
        tempo: Tempo { eccentric: 2, bottom: 0, concentric: 1, top: 0, explosive: false },
        start: StartWith::Eccentric,
        rest: Duration::from_secs(60),
        breathing: Pattern::built_in("box").unwrap(),
        muscles: vec![Muscle::Legs],
        notes: None,
        per_side: false,
        ..Exercise::default()
    }
}

fn session(exercises: Vec<Exercise>) -> Session {
    let programme = Programme::new("Test", vec![Day { name: "A".into(), exercises }]);
    Session::new(programme, 0, &Past::default(), Settings::default(), Duration::ZERO)
}

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

fn key(s: &mut Session, k: Key, t: f64) -> Vec<Effect> {
    s.update(Msg::Key(k), secs(t))
}

fn tick(s: &mut Session, t: f64) -> Vec<Effect> {
    s.update(Msg::Tick, secs(t))
}

fn saved(effects: &[Effect]) -> &LoggedSet {
    match effects.first() {
        Some(Effect::Save(JournalEntry::Set(set))) => set,
        other => panic!("expected a save first, got {other:?}"),
    }
}

#[test]
fn a_whole_set_runs_ready_countdown_pacing_log_rest_ready() {
    let mut s = session(vec![exercise("Squat", 2, Target::Reps(Reps::Range(8, 10)))]);
    assert_eq!(s.screen, Screen::Ready);
    assert_eq!(s.deadline(), None, "Ready waits for the lifter");
    key(&mut s, Key::Space, 1.0);
    assert_eq!(s.screen, Screen::GetReady { since: secs(1.0) });
    assert_eq!(s.deadline(), Some(secs(4.0)));
    tick(&mut s, 3.9);
    assert!(matches!(s.screen, Screen::GetReady { .. }));
    tick(&mut s, 4.0);
    assert_eq!(s.screen, Screen::Pacing { clock: Clock::started(secs(4.0)) });
    // Ten reps of 3 s each: a bell as the tenth begins, and the log opens by itself at the
    // top of the range.
    assert_eq!(s.deadline(), Some(secs(31.0)));
    assert_eq!(tick(&mut s, 31.0), vec![Effect::Bell]);
    assert_eq!(s.deadline(), Some(secs(34.0)));
    tick(&mut s, 33.99);
    assert!(matches!(s.screen, Screen::Pacing { .. }));
    tick(&mut s, 34.0);
    let Screen::Log { form, paced } = &s.screen else { panic!("{:?}", s.screen) };
    assert_eq!((form.amount.as_str(), form.load.as_str()), ("10", "20"));
    assert_eq!(*paced, Paced { began: secs(4.0), ended: secs(34.0) });
    let effects = key(&mut s, Key::Enter, 40.0);
    let set = saved(&effects);
    assert_eq!(
        (set.number, set.reps, set.load, set.target.to_string()),
        (1, Some(10), Some(20.0), "8-10".to_string())
    );
    assert_eq!(set.tempo, "2-0-1-0");
    assert_eq!(s.screen, Screen::Rest { since: secs(40.0), length: secs(60.0) });
    key(&mut s, Key::Enter, 40.2);
    assert!(matches!(s.screen, Screen::Rest { .. }), "a double tap does not skip the rest");
    key(&mut s, Key::Char('+'), 41.0);
    assert_eq!(s.deadline(), Some(secs(130.0)));
    assert_eq!(
        tick(&mut s, 130.0),
        vec![Effect::Bell, Effect::Notify("Rest over: Squat, set 2 of 2".into())]
    );
    assert_eq!(s.screen, Screen::Ready);
    assert_eq!(s.current_set().number, 2);
}

#[test]
fn the_last_set_ends_the_session_as_completed() {
    let mut s = session(vec![exercise("Squat", 1, Target::Reps(Reps::Exact(1)))]);
    key(&mut s, Key::Enter, 0.0);
    tick(&mut s, 6.0);
    let effects = key(&mut s, Key::Enter, 7.0);
    assert!(matches!(effects[0], Effect::Save(JournalEntry::Set(_))));
    assert_eq!(effects[1], Effect::Save(JournalEntry::SessionEnded(EndStatus::Completed)));
    assert_eq!(s.screen, Screen::Summary { ended: secs(7.0) });
    assert_eq!(s.volume(), 20.0);
    // Leaving asks how the lifter feels (the default check-in), unless it is off.
    let leaving = key(&mut s, Key::Char('q'), 8.0);
    assert!(matches!(&leaving[..], [Effect::Open(_)]), "{leaving:?}");
    // Then back to where the app began (home, afresh), or out when a command began it.
    s.settings.checkin = crate::core::checkin::CheckinSetting::Off;
    assert_eq!(key(&mut s, Key::Char('q'), 8.0), vec![Effect::StartOver]);
}

#[test]
fn enter_ends_a_set_early_with_the_whole_reps_done_and_space_pauses() {
    let mut s = session(vec![exercise("Squat", 1, Target::Reps(Reps::Max))]);
    key(&mut s, Key::Enter, 0.0);
    tick(&mut s, 3.0);
    assert_eq!(s.deadline(), None, "max reps pace until Enter");
    key(&mut s, Key::Space, 4.0); // paused 1 s into the 2 s lowering
    let frozen = s.rep_phase(secs(100.0)).unwrap();
    assert_eq!((frozen.kind, frozen.fraction), (crate::core::phase::PhaseKind::Inhale, 0.5));
    key(&mut s, Key::Space, 50.0); // resumed: the clock shifts by the pause
    let phase = s.rep_phase(secs(51.0)).unwrap();
    assert_eq!((phase.kind, phase.cycle), (crate::core::phase::PhaseKind::Exhale, 0));
    key(&mut s, Key::Enter, 58.5); // 1 + 8.5 = 9.5 s paced: three whole reps
    let Screen::Log { form, paced } = &s.screen else { panic!() };
    assert_eq!(form.amount, "3");
    assert_eq!(
        *paced,
        Paced { began: secs(3.0), ended: secs(58.5) },
        "the record keeps when the set really began"
    );
}

#[test]
fn holds_log_seconds_and_per_side_sets_go_left_right_then_rest() {
    let mut plank = exercise("Side plank", 1, Target::Hold(secs(30.0)));
    plank.per_side = true;
    plank.load = Load::Bodyweight;
    let mut s = session(vec![plank, exercise("Squat", 1, Target::Reps(Reps::Exact(5)))]);
    assert_eq!(s.plan.len(), 3);
    assert_eq!(s.progress(), (1, 2), "left and right are one set");
    key(&mut s, Key::Enter, 0.0);
    tick(&mut s, 3.0);
    assert_eq!(s.deadline(), Some(secs(33.0)));
    tick(&mut s, 33.0);
    let effects = key(&mut s, Key::Enter, 34.0);
    let set = saved(&effects);
    assert_eq!(
        (set.reps, set.hold_s, set.load, set.side),
        (None, Some(30), None, Some(Side::Left))
    );
    assert_eq!(s.screen, Screen::Ready, "no rest between the left and right side");
    assert_eq!(s.current_set().side, Some(Side::Right));
    assert_eq!(s.progress(), (1, 2));
    key(&mut s, Key::Enter, 35.0);
    tick(&mut s, 38.0);
    key(&mut s, Key::Enter, 50.0); // ended early: 12 s held
    let effects = key(&mut s, Key::Enter, 51.0);
    assert_eq!(saved(&effects).hold_s, Some(12));
    assert!(matches!(s.screen, Screen::Rest { .. }), "rest after both sides");
}

#[test]
fn a_failed_save_goes_back_to_the_log_with_the_form_intact() {
    let mut s = session(vec![exercise("Squat", 1, Target::Reps(Reps::Exact(1)))]);
    key(&mut s, Key::Enter, 0.0);
    tick(&mut s, 6.0);
    key(&mut s, Key::Tab, 6.5);
    key(&mut s, Key::Char('2'), 6.6);
    key(&mut s, Key::Char('5'), 6.7);
    let effects = key(&mut s, Key::Enter, 7.0);
    let set = saved(&effects).clone();
    assert_eq!(set.load, Some(25.0));
    s.update(Msg::SaveFailed(JournalEntry::Set(set), "disk full".into()), secs(7.0));
    let Screen::Log { form, .. } = &s.screen else { panic!("{:?}", s.screen) };
    assert_eq!(form.load, "25");
    assert!(form.error.as_deref().unwrap().contains("NOT SAVED: disk full"));
    assert!(s.logged.is_empty());
    // Retrying saves again and completes; quitting afterwards is a plain exit.
    let effects = key(&mut s, Key::Enter, 8.0);
    assert_eq!(effects[1], Effect::Save(JournalEntry::SessionEnded(EndStatus::Completed)));
    assert_eq!(s.update(Msg::Terminate, secs(9.0)), vec![Effect::Exit]);
}

#[test]
fn a_session_end_that_cannot_be_written_is_reported_on_exit_and_a_quit_still_quits() {
    let mut s = session(vec![exercise("Squat", 1, Target::Reps(Reps::Exact(1)))]);
    let quit = JournalEntry::SessionEnded(EndStatus::Quit);
    let effects = s.update(Msg::SaveFailed(quit, "disk full".into()), secs(1.0));
    assert_eq!(effects, vec![Effect::ReportOnExit("disk full".into()), Effect::Exit]);
    let done = JournalEntry::SessionEnded(EndStatus::Completed);
    let effects = s.update(Msg::SaveFailed(done, "disk full".into()), secs(2.0));
    assert_eq!(effects, vec![Effect::ReportOnExit("disk full".into())]);
}

#[test]
fn esc_on_log_asks_then_goes_back_without_saving_and_ctrl_z_pauses() {
    let mut s = session(vec![exercise("Squat", 1, Target::Reps(Reps::Exact(5)))]);
    key(&mut s, Key::Enter, 0.0);
    tick(&mut s, 3.0);
    assert_eq!(key(&mut s, Key::CtrlZ, 4.0), vec![Effect::Suspend]);
    assert_eq!(s.deadline(), None, "a suspended set does not run out");
    s.update(Msg::Resumed, secs(100.0));
    key(&mut s, Key::Space, 100.0);
    // The last rep's bell (12 s into the set) comes first, then the end (15 s).
    assert_eq!(s.deadline(), Some(secs(100.0 + 12.0 - 1.0)));
    key(&mut s, Key::Enter, 101.0);
    assert_eq!(key(&mut s, Key::Esc, 102.0), vec![Effect::Ask(DISCARD)]);
    assert!(matches!(s.screen, Screen::Log { .. }), "nothing is thrown away before the answer");
    assert!(s.update(Msg::Confirmed(DISCARD.id), secs(103.0)).is_empty());
    assert_eq!(s.screen, Screen::Ready);
    assert!(s.logged.is_empty());
}

#[test]
fn an_implausible_set_is_questioned_once_then_saved_as_typed() {
    let mut s = session(vec![exercise("Squat", 2, Target::Reps(Reps::Exact(5)))]);
    key(&mut s, Key::Enter, 0.0);
    key(&mut s, Key::Enter, 4.0); // end the set early: the log opens
    key(&mut s, Key::Tab, 5.0);
    for c in "200".chars() {
        key(&mut s, Key::Char(c), 5.0);
    }
    assert!(key(&mut s, Key::Enter, 6.0).is_empty(), "not saved on the first Enter");
    // The double tap that asked is not the answer: the lifter has to have seen the question.
    assert!(key(&mut s, Key::Enter, 6.15).is_empty(), "a double tap does not keep it");
    let Screen::Log { form, .. } = &s.screen else { panic!("{:?}", s.screen) };
    assert_eq!(
        form.error.as_deref(),
        Some("200 kg is 10× today's 20 kg. Enter again to keep it, or fix it.")
    );
    // Fixing it asks afresh: 20 → 2000 is questioned again, 20 is saved at once.
    key(&mut s, Key::Backspace, 7.0);
    key(&mut s, Key::Backspace, 7.0);
    assert!(key(&mut s, Key::Enter, 8.0).is_empty(), "2 kg is questioned too");
    key(&mut s, Key::Char('0'), 9.0);
    assert_eq!(saved(&key(&mut s, Key::Enter, 9.0)).load, Some(20.0));
    // The next set: a typo kept on purpose is saved on the second Enter, as typed.
    key(&mut s, Key::Enter, 200.0); // skip the rest
    key(&mut s, Key::Enter, 205.0);
    key(&mut s, Key::Char('9'), 206.0);
    key(&mut s, Key::Char('9'), 206.0);
    assert!(key(&mut s, Key::Enter, 207.0).is_empty());
    assert!(key(&mut s, Key::Enter, 207.2).is_empty(), "too soon to be an answer");
    assert_eq!(saved(&key(&mut s, Key::Enter, 208.0)).reps, Some(99));
}

#[test]
fn a_key_after_a_missed_deadline_applies_the_deadline_first() {
    let mut s = session(vec![exercise("Squat", 2, Target::Reps(Reps::Exact(1)))]);
    key(&mut s, Key::Enter, 0.0);
    // No tick arrived (a stalled laptop); the countdown and the whole set are long over.
    key(&mut s, Key::Char('5'), 20.0);
    let Screen::Log { form, paced } = &s.screen else { panic!("{:?}", s.screen) };
    assert_eq!(form.amount, "5", "the key lands on the log form");
    assert_eq!(*paced, Paced { began: secs(3.0), ended: secs(6.0) });
}

#[test]
fn a_different_logged_load_becomes_the_target_of_the_later_sets_and_rest_breathes_its_own_pattern()
{
    let mut calm = exercise("Squat", 3, Target::Reps(Reps::Exact(1)));
    calm.breathing = Pattern::built_in("none").unwrap();
    let mut s = session(vec![calm, exercise("Row", 1, Target::Reps(Reps::Exact(1)))]);
    key(&mut s, Key::Enter, 0.0);
    tick(&mut s, 6.0);
    key(&mut s, Key::Tab, 6.1);
    type_all(&mut s, "22.5", 6.2);
    key(&mut s, Key::Enter, 7.0);
    assert_eq!(s.current_set().load, Load::Weight(22.5), "set 2 takes the load just used");
    assert_eq!(s.plan[2].load, Load::Weight(22.5));
    assert_eq!(s.plan[3].load, Load::Weight(20.0), "other exercises keep theirs");
    assert_eq!(s.logged[0].load, Some(22.5));
    assert!(s.rest_breathing().steps.is_empty(), "the squat's rest uses the squat's pattern");
    key(&mut s, Key::Enter, 8.0);
    key(&mut s, Key::Enter, 8.0);
    tick(&mut s, 20.0);
    let Screen::Log { form, .. } = &s.screen else { panic!("{:?}", s.screen) };
    assert_eq!(form.load, "22.5", "the log form is pre-filled with the carried load");
}

fn type_all(s: &mut Session, text: &str, t: f64) {
    for c in text.chars() {
        key(s, Key::Char(c), t);
    }
}

#[test]
fn plus_lengthens_a_rest_up_to_ten_minutes_and_no_further() {
    let mut s = session(vec![exercise("Squat", 2, Target::Reps(Reps::Exact(1)))]);
    key(&mut s, Key::Enter, 0.0);
    tick(&mut s, 6.0);
    key(&mut s, Key::Enter, 7.0);
    assert_eq!(s.screen, Screen::Rest { since: secs(7.0), length: secs(60.0) });
    for n in 0..500 {
        key(&mut s, Key::Char('+'), 8.0 + f64::from(n) * 0.01);
    }
    assert_eq!(s.deadline(), Some(secs(7.0 + 600.0)), "capped at 10 min in all");
}

#[test]
fn plus_leaves_a_programmed_rest_longer_than_the_cap_as_written() {
    let mut squat = exercise("Squat", 2, Target::Reps(Reps::Exact(1)));
    squat.rest = Duration::from_secs(15 * 60);
    let mut s = session(vec![squat]);
    key(&mut s, Key::Enter, 0.0);
    tick(&mut s, 6.0);
    key(&mut s, Key::Enter, 7.0);
    key(&mut s, Key::Char('+'), 8.0);
    assert_eq!(s.deadline(), Some(secs(7.0 + 900.0)));
}

/// The bell: at the start of pacing, at the start of the last rep, at the end of a hold and at
/// the end of a rest; nowhere else.
#[test]
fn bells_ring_when_pacing_starts_at_the_last_rep_when_a_hold_ends_and_when_a_rest_ends() {
    // Three reps of 3 s: pacing 3..12 s, the last rep begins at 9 s.
    let mut s = session(vec![
        exercise("Squat", 1, Target::Reps(Reps::Exact(3))),
        exercise("Plank", 1, Target::Hold(secs(20.0))),
    ]);
    key(&mut s, Key::Enter, 0.0);
    assert_eq!(tick(&mut s, 2.9), vec![], "the countdown is silent");
    assert_eq!(tick(&mut s, 3.0), vec![Effect::Bell], "pacing starts");
    assert_eq!(s.deadline(), Some(secs(9.0)), "wakes for the last rep");
    assert_eq!(tick(&mut s, 8.99), vec![]);
    assert_eq!(tick(&mut s, 9.0), vec![Effect::Bell], "the last rep begins");
    assert_eq!(tick(&mut s, 9.5), vec![], "rung once");
    assert_eq!(s.deadline(), Some(secs(12.0)));
    assert_eq!(tick(&mut s, 12.0), vec![], "a set of reps ends quietly into the log");
    assert!(matches!(s.screen, Screen::Log { .. }));
    key(&mut s, Key::Enter, 13.0);
    assert_eq!(s.deadline(), Some(secs(73.0)));
    assert_eq!(
        tick(&mut s, 73.0),
        vec![Effect::Bell, Effect::Notify("Rest over: Plank, set 1 of 1".into())],
        "the rest ends"
    );
    key(&mut s, Key::Enter, 80.0);
    assert_eq!(tick(&mut s, 83.0), vec![Effect::Bell], "the hold's pacing starts");
    assert_eq!(s.deadline(), Some(secs(103.0)), "a hold has no last rep");
    assert_eq!(tick(&mut s, 103.0), vec![Effect::Bell], "the hold ends");
    assert!(matches!(s.screen, Screen::Log { .. }));
}

#[test]
fn a_pause_moves_the_last_rep_bell_and_a_stall_rings_each_bell_once() {
    let mut s = session(vec![exercise("Squat", 2, Target::Reps(Reps::Exact(3)))]);
    key(&mut s, Key::Enter, 0.0);
    tick(&mut s, 3.0);
    key(&mut s, Key::Space, 4.0);
    assert_eq!(s.deadline(), None, "nothing rings while paused");
    key(&mut s, Key::Space, 14.0);
    assert_eq!(s.deadline(), Some(secs(19.0)), "the last rep moves with the pause");
    // A suspended laptop wakes long after: the last-rep bell once, and the log opens.
    assert_eq!(tick(&mut s, 100.0), vec![Effect::Bell]);
    assert!(matches!(s.screen, Screen::Log { .. }));
    // A single rep rings only at the start.
    let mut one = session(vec![exercise("Squat", 1, Target::Reps(Reps::Exact(1)))]);
    key(&mut one, Key::Enter, 0.0);
    assert_eq!(tick(&mut one, 3.0), vec![Effect::Bell]);
    assert_eq!(one.deadline(), Some(secs(6.0)));
    assert_eq!(tick(&mut one, 6.0), vec![]);
    // From the countdown straight past the whole set: start and last rep, in order.
    let mut late = session(vec![exercise("Squat", 1, Target::Reps(Reps::Exact(3)))]);
    key(&mut late, Key::Enter, 0.0);
    assert_eq!(tick(&mut late, 50.0), vec![Effect::Bell, Effect::Bell]);
    assert!(matches!(late.screen, Screen::Log { .. }));
}
