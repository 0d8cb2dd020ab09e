//! Today's list as session scripts: keys in, plan, marks, screens and records out. No I/O.

use std::time::Duration;

use super::{DELETE, Mark, Mode, Row};
use crate::core::app::{Effect, JournalEntry, Msg};
use crate::core::keys::Key;
use crate::core::programme::load::load;
use crate::core::session::messages::SetName;
use crate::core::session::{EndStatus, Past, Screen, Session, SetKind, Settings, Side};

const PROGRAMME: &str = r#"
name = "T"
[defaults]
tempo = "1-0-1-0"
rest = "60s"
[[day]]
name = "A"
[[day.exercise]]
name = "Back squat"
load = 100
sets = 3
reps = 5
[[day.exercise]]
name = "Dumbbell bench press"
load = 20
sets = 2
reps = 10
[[day.exercise]]
name = "Dumbbell row"
load = 20
sets = 2
reps = 10
"#;

fn session() -> Session {
    session_after(&Past::default())
}

fn session_after(past: &Past) -> Session {
    let programme = load(PROGRAMME, "t.toml").unwrap().programme;
    Session::new(programme, 0, past, Settings::default(), Duration::ZERO)
}

fn at(t: u64) -> Duration {
    Duration::from_secs(t)
}

fn press(s: &mut Session, keys: &[Key], t: u64) -> Vec<Effect> {
    keys.iter().flat_map(|k| s.update(Msg::Key(*k), at(t))).collect()
}

/// Starts the current set at `t`, ends it after four reps and saves the form with `load` typed in.
fn log(s: &mut Session, load: &str, t: u64) -> Vec<Effect> {
    press(s, &[Key::Enter], t);
    s.update(Msg::Tick, at(t + 3));
    // Four reps of 2 s, ended by hand.
    press(s, &[Key::Enter, Key::Tab], t + 11);
    let typed: Vec<Key> = load.chars().map(Key::Char).collect();
    press(s, &typed, t + 11);
    press(s, &[Key::Enter], t + 11)
}

/// Opens the list and puts the cursor on `row`.
fn open_at(s: &mut Session, row: Row, t: u64) {
    if s.today.list.is_none() {
        press(s, &[Key::Char('l')], t);
    }
    let i = s.rows().iter().position(|r| *r == row).unwrap();
    s.today.list.as_mut().unwrap().cursor = i;
}

fn note(s: &Session) -> Option<&str> {
    s.today.list.as_ref()?.note.as_deref()
}

#[test]
fn the_list_opens_from_every_screen_and_closes_back_where_it_was() {
    let mut s = session();
    // (keys that reach the screen, the screen it must come back to)
    press(&mut s, &[Key::Char('l')], 0);
    assert!(s.today.list.is_some());
    assert_eq!(s.rows()[..2], [Row::Exercise(0), Row::Set(0)]);
    assert_eq!(s.today.list.as_ref().unwrap().cursor, 1, "on the current set");
    press(&mut s, &[Key::Esc], 0);
    assert_eq!((s.today.list.is_none(), &s.screen), (true, &Screen::Ready));
    press(&mut s, &[Key::Enter], 1); // get ready
    s.update(Msg::Tick, at(4)); // pacing
    press(&mut s, &[Key::Char('l')], 5);
    let Screen::Pacing { clock } = s.screen else { panic!("{:?}", s.screen) };
    assert_eq!(clock.paused_at, Some(at(5)), "pacing pauses under the list");
    assert_eq!(s.deadline(), None);
    press(&mut s, &[Key::Char('l')], 6);
    assert!(s.today.list.is_none(), "l closes it too");
    assert!(matches!(s.screen, Screen::Pacing { .. }), "back where it was");
}

#[test]
fn jump_goes_to_any_set_still_to_do_and_the_workout_comes_back_for_the_rest() {
    let mut s = session();
    open_at(&mut s, Row::Exercise(2), 0);
    press(&mut s, &[Key::Enter], 0);
    // The row's sets come now, in their order; the sets jumped over wait after them.
    let order = |s: &Session| s.plan.iter().map(|p| (p.exercise, p.number)).collect::<Vec<_>>();
    assert_eq!(order(&s), [(2, 1), (2, 2), (0, 1), (0, 2), (0, 3), (1, 1), (1, 2)]);
    assert_eq!((s.current, s.today.list.is_none()), (0, true));
    assert_eq!(s.exercise().name, "Dumbbell row");
    log(&mut s, "", 1);
    assert_eq!(s.current_set().number, 2, "the row's second set");
    s.update(Msg::Tick, at(200));
    log(&mut s, "", 200);
    assert_eq!(s.exercise().name, "Back squat", "then back to the first set jumped over");
    assert_eq!(s.progress(), (3, 7));
    // A set being logged cannot be left from the list.
    press(&mut s, &[Key::Enter], 400);
    s.update(Msg::Tick, at(403));
    press(&mut s, &[Key::Enter], 404);
    open_at(&mut s, Row::Set(3), 404);
    press(&mut s, &[Key::Enter], 404);
    assert!(matches!(s.screen, Screen::Log { .. }));
    assert_eq!((s.current, note(&s)), (2, Some(super::act::BUSY)));
}

#[test]
fn skip_records_sets_as_skipped_and_the_last_skip_completes_the_workout() {
    let mut s = session();
    open_at(&mut s, Row::Set(1), 0);
    let effects = press(&mut s, &[Key::Char('s')], 0);
    let name =
        SetName { exercise: "Back squat".into(), kind: SetKind::Work, number: 2, side: None };
    assert_eq!(effects, vec![Effect::Save(JournalEntry::Skipped(name))]);
    // A skipped set joins the finished ones, before the current set.
    assert_eq!((s.mark(0), s.current, s.current_set().number), (Mark::Skipped, 1, 1));
    // The header counts the sets still part of the workout: skipped ones are not "done".
    assert_eq!(s.progress(), (1, 6));
    // Skipping a whole exercise skips what is left of it; the current set moves on.
    open_at(&mut s, Row::Exercise(0), 0);
    let effects = press(&mut s, &[Key::Char('s')], 0);
    assert_eq!(effects.len(), 2, "sets 1 and 3; set 2 was already skipped");
    assert_eq!((s.current, s.progress()), (3, (1, 4)));
    assert_eq!(s.screen, Screen::Ready);
    press(&mut s, &[Key::Esc], 0);
    log(&mut s, "", 20);
    open_at(&mut s, Row::Exercise(1), 100);
    press(&mut s, &[Key::Char('s')], 100);
    open_at(&mut s, Row::Exercise(2), 100);
    let effects = press(&mut s, &[Key::Char('s')], 100);
    assert_eq!(
        effects.last(),
        Some(&Effect::Save(JournalEntry::SessionEnded(EndStatus::Completed))),
        "nothing left: complete, which moves the rotation on as a completed day"
    );
    assert_eq!(s.screen, Screen::Summary { ended: at(100) });
    let said: Vec<String> = s.exercise_reports().iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "Back squat — skipped",
            "Dumbbell bench press — 1 set, best 20 kg × 4, 1 skipped",
            "Dumbbell row — skipped"
        ]
    );
}

#[test]
fn swap_offers_alternatives_and_saves_the_sets_under_the_name_done() {
    let mut s = session();
    open_at(&mut s, Row::Exercise(0), 0);
    press(&mut s, &[Key::Char('w')], 0);
    let Some(Mode::Swap { choices, .. }) = s.today.list.as_ref().map(|l| l.mode.clone()) else {
        panic!("no swap choices")
    };
    assert!((1..=5).contains(&choices.len()), "{choices:?}");
    press(&mut s, &[Key::Down], 0);
    let effects = press(&mut s, &[Key::Enter], 0);
    let done = choices[1.min(choices.len() - 1)].clone();
    assert_eq!(
        effects,
        vec![Effect::Save(JournalEntry::Swapped {
            planned: "Back squat".into(),
            done: done.clone()
        })]
    );
    assert_eq!(s.exercise().name, done);
    press(&mut s, &[Key::Esc], 0);
    let saved = log(&mut s, "", 1);
    let Some(Effect::Save(JournalEntry::Set(set))) = saved.first() else { panic!("{saved:?}") };
    assert_eq!(set.exercise, done, "saved under the name actually done");
    assert_eq!(
        s.exercise_reports()[0].to_string(),
        format!("{done} instead of Back squat — 1 set, best 100 kg × 4")
    );
}

#[test]
fn add_set_copies_the_exercises_last_and_counts_it() {
    let mut s = session();
    open_at(&mut s, Row::Exercise(1), 0);
    press(&mut s, &[Key::Char('a')], 0);
    assert_eq!(s.plan.len(), 8);
    let bench: Vec<_> = s.plan.iter().filter(|p| p.exercise == 1).collect();
    assert_eq!(
        bench.iter().map(|p| (p.number, p.of)).collect::<Vec<_>>(),
        [(1, 3), (2, 3), (3, 3)]
    );
    assert_eq!(s.mark(5), Mark::ToDo);
    assert_eq!(s.progress(), (1, 8));
    assert_eq!(note(&s), Some("Added set 3."));
}

#[test]
fn a_typo_corrected_reads_right_at_once_and_later_sets_take_the_fix() {
    let mut bests = crate::core::progress::PersonalBests::default();
    bests.add(100.0, 5);
    let mut past = Past::default();
    past.bests.insert("Back squat".into(), bests);
    let mut s = session_after(&past);
    let first = log(&mut s, "1000", 0);
    assert!(first.is_empty(), "the typo is questioned first");
    let Screen::Log { form, .. } = &s.screen else { panic!() };
    assert!(form.error.as_deref().unwrap().contains("again"));
    press(&mut s, &[Key::Enter], 12);
    assert_eq!(s.volume(), 4000.0);
    assert_eq!(s.plan[1].load, crate::core::programme::Load::Weight(1000.0), "carried forward");
    assert_eq!(s.records.found.len(), 1, "a 'record' of 1000 kg");
    open_at(&mut s, Row::Set(0), 16);
    press(&mut s, &[Key::Char('e'), Key::Tab, Key::Char('1'), Key::Char('0'), Key::Char('0')], 16);
    let effects = press(&mut s, &[Key::Enter], 16);
    let Some(Effect::Save(JournalEntry::Fixed(fix))) = effects.first() else {
        panic!("{effects:?}")
    };
    assert_eq!((fix.void, fix.values.unwrap().load, fix.set.number), (false, Some(100.0), 1));
    assert_eq!(s.logged[0].load, Some(100.0));
    assert_eq!(s.volume(), 400.0, "the summary sees it");
    assert_eq!(s.records.found.len(), 0, "the typo's record is gone");
    assert_eq!(s.plan[1].load, crate::core::programme::Load::Weight(100.0));
    assert_eq!(s.done_today()[0].load, Some(100.0), "so does today's 'done'");
}

#[test]
fn delete_asks_then_voids_the_set_which_stays_done_with() {
    let mut s = session();
    log(&mut s, "", 0);
    open_at(&mut s, Row::Set(0), 15);
    assert_eq!(press(&mut s, &[Key::Char('x')], 15), vec![Effect::Ask(DELETE)]);
    let effects = s.update(Msg::Confirmed(DELETE.id), at(15));
    let Some(Effect::Save(JournalEntry::Fixed(fix))) = effects.first() else {
        panic!("{effects:?}")
    };
    assert!(fix.void && fix.values.is_none());
    assert_eq!((s.logged.len(), s.mark(0), s.volume()), (0, Mark::Deleted, 0.0));
    // Nothing else can be done to a set that is not logged.
    open_at(&mut s, Row::Set(2), 15);
    press(&mut s, &[Key::Char('e')], 15);
    assert_eq!(note(&s), Some("Only a logged set can be corrected or deleted."));
}

#[test]
fn after_the_workout_only_corrections_are_allowed() {
    let mut s = session();
    open_at(&mut s, Row::Exercise(0), 0);
    for e in 1..3 {
        let i = s.rows().iter().position(|r| *r == Row::Exercise(e)).unwrap();
        s.today.list.as_mut().unwrap().cursor = i;
        press(&mut s, &[Key::Char('s')], 0);
    }
    press(&mut s, &[Key::Esc], 0);
    for t in 0..3 {
        log(&mut s, "", t * 100);
        s.update(Msg::Tick, at(t * 100 + 90));
    }
    assert!(matches!(s.screen, Screen::Summary { .. }));
    open_at(&mut s, Row::Exercise(1), 400);
    assert_eq!(s.list_keymap(), Some(super::keymap::LIST_OVER));
    let plan = s.plan.clone();
    for k in [Key::Char('a'), Key::Char('s'), Key::Char('w'), Key::Enter] {
        assert_eq!(press(&mut s, &[k], 400), vec![], "{k:?} does nothing after the workout");
    }
    assert_eq!(s.plan, plan);
    // A logged set can still be corrected.
    let done = (0..s.plan.len()).find(|&i| matches!(s.mark(i), Mark::Done(_))).unwrap();
    open_at(&mut s, Row::Set(done), 400);
    press(&mut s, &[Key::Char('e'), Key::Tab, Key::Char('9'), Key::Char('5')], 400);
    let effects = press(&mut s, &[Key::Enter], 400);
    assert!(matches!(effects[..], [Effect::Save(JournalEntry::Fixed(_))]), "{effects:?}");
}

#[test]
fn a_per_side_set_is_skipped_and_gone_to_as_one_set() {
    let text = PROGRAMME
        .replace("name = \"Dumbbell row\"\n", "name = \"Dumbbell row\"\nper_side = true\n");
    let programme = load(&text, "t.toml").unwrap().programme;
    let mut s = Session::new(programme, 0, &Past::default(), Settings::default(), Duration::ZERO);
    let right = s.plan.iter().position(|p| p.side == Some(Side::Right)).unwrap();
    // Going to a right side starts at its left.
    open_at(&mut s, Row::Set(right), 0);
    press(&mut s, &[Key::Enter], 0);
    assert_eq!((s.current, s.current_set().side), (0, Some(Side::Left)));
    // Skipping either side skips both.
    open_at(&mut s, Row::Set(1), 0);
    let effects = press(&mut s, &[Key::Char('s')], 0);
    assert_eq!(effects.len(), 2, "{effects:?}");
    assert_eq!((s.mark(0), s.mark(1)), (Mark::Skipped, Mark::Skipped));
    assert_eq!(s.current_set().side, Some(Side::Left), "on to set 2's left");
    assert_eq!(s.current_set().number, 2);
}

#[test]
fn a_change_that_did_not_reach_the_disk_is_said_on_the_list() {
    let mut s = session();
    open_at(&mut s, Row::Set(2), 0);
    let effects = press(&mut s, &[Key::Char('s')], 0);
    let Some(Effect::Save(entry)) = effects.first() else { panic!("{effects:?}") };
    s.update(Msg::SaveFailed(entry.clone(), "disk full".into()), at(0));
    assert_eq!(note(&s), Some("NOT SAVED: disk full."));
}

/// The interrupted session with `sets` on disk (ten reps at 20 kg each), `skipped` and
/// `swaps` made from the list before the break.
fn interrupted(
    sets: &[(&str, u32)],
    skipped: &[(&str, u32)],
    swaps: &[(&str, &str)],
) -> crate::core::resume::Interrupted {
    use crate::core::resume::{DoneSet, Interrupted, Swapped};
    let done = |&(exercise, number): &(&str, u32)| DoneSet {
        exercise: exercise.into(),
        kind: SetKind::Work,
        number,
        side: None,
        reps: Some(10),
        hold_s: None,
        load: Some(20.0),
        rpe: None,
    };
    let skip = |&(exercise, number): &(&str, u32)| SetName {
        exercise: exercise.into(),
        kind: SetKind::Work,
        number,
        side: None,
    };
    let swap =
        |&(planned, done): &(&str, &str)| Swapped { planned: planned.into(), done: done.into() };
    Interrupted {
        session: "s".into(),
        day: "A".into(),
        started: 0,
        completed: false,
        sets: sets.iter().map(done).collect(),
        skipped: skipped.iter().map(skip).collect(),
        swaps: swaps.iter().map(swap).collect(),
        active: at(600),
    }
}

#[test]
fn a_resumed_session_lists_its_done_sets_and_goes_on_with_the_rest() {
    // Before the break the lifter had jumped to the bench: squat 1, then bench 1.
    let last = interrupted(&[("Back squat", 1), ("Dumbbell bench press", 1)], &[], &[]);
    let s = session().resumed(&last);
    assert_eq!((s.mark(0), s.mark(1)), (Mark::Done(0), Mark::Done(1)));
    assert_eq!((s.current, s.progress()), (2, (3, 7)));
    assert_eq!(s.exercise().name, "Back squat", "on at the first set not done");
    assert_eq!(s.rows().iter().filter(|r| matches!(r, Row::Set(_))).count(), 7);
}

#[test]
fn a_resumed_session_keeps_its_skips_and_swaps() {
    // Before the break: squat 1 done, squat 3 skipped, the row swapped after its first set,
    // and the bench skipped whole.
    let last = interrupted(
        &[("Back squat", 1), ("Dumbbell row", 1)],
        &[("Back squat", 3), ("Dumbbell bench press", 1), ("Dumbbell bench press", 2)],
        &[("Dumbbell row", "Chest-supported dumbbell row")],
    );
    let s = session().resumed(&last);
    let marks: Vec<(String, u32, Mark)> = s
        .rows()
        .iter()
        .filter_map(|r| match *r {
            Row::Set(i) => {
                Some((s.exercise_of(s.plan[i]).name.clone(), s.plan[i].number, s.mark(i)))
            }
            Row::Exercise(_) => None,
        })
        .collect();
    let skipped: Vec<(&str, u32)> = marks
        .iter()
        .filter(|(_, _, m)| *m == Mark::Skipped)
        .map(|(n, k, _)| (n.as_str(), *k))
        .collect();
    assert_eq!(
        skipped,
        [("Back squat", 3), ("Dumbbell bench press", 1), ("Dumbbell bench press", 2)],
        "{marks:?}"
    );
    // The row's second set is done under the name swapped in; its first stays done.
    assert_eq!(s.swapped_from(2), Some("Dumbbell row"));
    assert_eq!(s.programme.days[0].exercises[2].name, "Chest-supported dumbbell row");
    let done = marks.iter().filter(|(_, _, m)| matches!(m, Mark::Done(_))).count();
    assert_eq!(done, 2, "{marks:?}");
    assert!(s.anything_left());
    // On at squat 2, then the row's second set under its new name; nothing else is left.
    assert_eq!((s.exercise().name.as_str(), s.current_set().number), ("Back squat", 2));
    let to_do: Vec<usize> = (0..s.plan.len()).filter(|&i| s.mark(i) == Mark::ToDo).collect();
    assert_eq!(to_do.len(), 2, "{marks:?}");
    let row = s.plan[to_do[1]];
    assert_eq!((s.exercise_of(row).name.as_str(), row.number), ("Chest-supported dumbbell row", 2));
}
