//! Fix 3 of issue 11: no plate list can make the plate search take gigabytes or abort. The
//! loader takes at most 20 sizes (an error with its place beyond that), the search is bounded
//! whatever it is handed, and a set's plates are worked out once, when its load is planned,
//! not on every frame.

use std::time::Duration;

use liftpace::core::plates::{Barbell, Loading, per_side, round_load};
use liftpace::core::programme::load::load;
use liftpace::core::session::{Key, Msg, Screen, Session, Settings};
use liftpace::ui::{self, View};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn with_plates(plates: &[f64]) -> String {
    let list: Vec<String> = plates.iter().map(|p| p.to_string()).collect();
    format!(
        "name = \"Plates\"\n[equipment]\nplates = [{}]\n[[day]]\nname = \"A\"\n[[day.exercise]]\nname = \"Back squat\"\nload = 60\n",
        list.join(", ")
    )
}

#[test]
fn a_programme_with_2000_plate_sizes_is_refused_with_its_place() {
    let sizes: Vec<f64> = (1..=2000).map(|i| f64::from(i) * 0.05).collect();
    let err = load(&with_plates(&sizes), "plates.toml").unwrap_err();
    let problem = &err.problems()[0];
    assert_eq!(problem.message(), "`plates` lists 2000 sizes: at most 20, one entry per size");
    assert_eq!(problem.line_col(), (3, 10));
    let twenty: Vec<f64> = (1..=20).map(f64::from).collect();
    assert!(load(&with_plates(&twenty), "plates.toml").is_ok(), "20 sizes are fine");
}

#[test]
fn the_plate_search_is_bounded_whatever_plates_it_is_handed() {
    // 2000 sizes a gram apart: unbounded, a 1000 kg target searched 2001 x 490,000 cells.
    let eq = Barbell { bar: 20.0, plates: (1..=2000).map(|i| f64::from(i) * 0.001).collect() };
    let rounded = round_load(1000.0, &eq);
    assert!((20.0..=1000.0).contains(&rounded), "{rounded}");
    assert_eq!(per_side(1000.0, &eq), None, "past what the bounded search covers");
    assert_eq!(per_side(24.0, &eq), Some(vec![2.0]), "within it, still exact");
}

#[test]
fn a_sets_plates_are_worked_out_when_its_load_is_planned_or_changed() {
    let text = with_plates(&[25.0, 20.0, 10.0, 5.0]).replace("load = 60", "load = 60\nsets = 2");
    let programme = load(&text, "plates.toml").unwrap().programme;
    let settings = Settings { countdown: Duration::ZERO, ..Settings::default() };
    let mut session = Session::new(programme, 0, &Default::default(), settings, Duration::ZERO);
    assert_eq!(session.loading(), &Loading::PerSide(vec![20.0]));
    let at = Duration::from_secs(1);
    for key in [Key::Enter, Key::Enter, Key::Tab, Key::Char('7'), Key::Char('0'), Key::Enter] {
        session.update(Msg::Key(key), at);
    }
    assert_eq!(session.current_set().number, 2, "set 1 saved, set 2 is next");
    assert_eq!(session.loading(), &Loading::PerSide(vec![25.0]), "70 kg carried forward");
    // Drawing only words what was worked out: made unloadable by hand, the screen says so,
    // although the calculator would put 25 on each side.
    session.loading[1] = Loading::CannotBeMade;
    session.screen = Screen::Ready;
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let view = View::new(false, "history.jsonl".into());
    terminal.draw(|frame| ui::draw_screen(frame, &session, at, &view)).unwrap();
    let screen: String = terminal.backend().buffer().content().iter().map(|c| c.symbol()).collect();
    assert!(screen.contains("Load: can't be made with your plates"), "{screen}");
}
