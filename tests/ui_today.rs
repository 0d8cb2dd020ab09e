//! Today's list as text at 80 × 24 and 40 × 12: a set done, an exercise skipped, one swapped,
//! a set added, then the swap choices and the correction form, to be read by eye when they
//! change. The session is driven by keys, as the lifter would.

mod ui_fixtures;

use std::time::Duration;

use insta::assert_snapshot;
use liftpace::core::app::Msg;
use liftpace::core::keys::Key;
use liftpace::core::library::Equipment;
use liftpace::core::programme::Muscle;
use liftpace::core::session::today::Mode;
use liftpace::core::session::{Row, Session};
use liftpace::ui::plain::Say;
use ui_fixtures::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (40, 12)];

fn press(session: &mut Session, keys: &[Key], at: Duration) {
    for key in keys {
        session.update(Msg::Key(*key), at);
    }
}

/// Puts the list's cursor on `row`.
fn cursor_on(session: &mut Session, row: Row) {
    let i = session.rows().iter().position(|r| *r == row).unwrap();
    session.today.list.as_mut().unwrap().cursor = i;
}

/// The first goblet squat set logged, resting, with the list open: the deadlift skipped, the
/// plank swapped, a set added to the push-ups.
fn worked() -> Session {
    let mut session = session();
    // What the library would have said of them, so they have alternatives.
    let exercises = &mut session.programme.days[0].exercises;
    exercises[SQUAT].muscles = vec![Muscle::Legs, Muscle::Hips];
    exercises[SQUAT].equipment = Some(Equipment::Dumbbell);
    exercises[PLANK].muscles = vec![Muscle::Abdomen];
    exercises[PUSH_UP].muscles = vec![Muscle::Chest, Muscle::Shoulders, Muscle::Arms];
    press(&mut session, &[Key::Space], s(0));
    session.update(Msg::Tick, s(3));
    press(&mut session, &[Key::Enter, Key::Enter], s(40));
    press(&mut session, &[Key::Char('l')], s(41));
    cursor_on(&mut session, Row::Exercise(DEADLIFT));
    press(&mut session, &[Key::Char('s')], s(42));
    cursor_on(&mut session, Row::Exercise(PUSH_UP));
    press(&mut session, &[Key::Char('a')], s(43));
    cursor_on(&mut session, Row::Exercise(PLANK));
    press(&mut session, &[Key::Char('w')], s(44));
    let list = session.today.list.as_ref().unwrap();
    assert!(matches!(list.mode, Mode::Swap { .. }), "{list:?}");
    press(&mut session, &[Key::Enter], s(44));
    session
}

#[test]
fn todays_list() {
    let mut session = worked();
    for (w, h) in SIZES {
        assert_snapshot!(format!("today_list_{w}x{h}"), draw(&session, s(45), w, h));
    }
    let said = session.say(s(45), &view()).text;
    assert!(said.starts_with("Today's list, "), "{said}");
    // The swap choices, and the correction of the logged set.
    cursor_on(&mut session, Row::Exercise(PUSH_UP));
    press(&mut session, &[Key::Char('w')], s(46));
    for (w, h) in SIZES {
        assert_snapshot!(format!("today_swap_{w}x{h}"), draw(&session, s(46), w, h));
    }
    press(&mut session, &[Key::Esc], s(46));
    cursor_on(&mut session, Row::Set(0));
    press(
        &mut session,
        &[Key::Char('e'), Key::Tab, Key::Char('1'), Key::Char('6'), Key::Char('0')],
        s(47),
    );
    press(&mut session, &[Key::Enter], s(47));
    for (w, h) in SIZES {
        assert_snapshot!(format!("today_correct_{w}x{h}"), draw(&session, s(47), w, h));
    }
}

#[test]
fn the_summary_says_what_became_of_each_exercise() {
    let mut session = worked();
    // Skip everything left: the workout completes.
    for e in [SQUAT, PLANK, PUSH_UP, SPLIT_SQUAT] {
        cursor_on(&mut session, Row::Exercise(e));
        press(&mut session, &[Key::Char('s')], s(50));
    }
    for (w, h) in SIZES {
        assert_snapshot!(format!("today_summary_{w}x{h}"), draw(&session, s(60), w, h));
    }
}
