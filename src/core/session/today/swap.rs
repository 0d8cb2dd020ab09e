//! Which library exercises an exercise can be swapped for when its station is taken: those
//! that train every muscle group it trains, with equipment the programme already uses (or
//! none), done the same way (reps or a hold), never a technical lift, never one already in the
//! day. Best first: the same groups and nothing more, then the same equipment, then library
//! order. Pure; the library is handed in.

use crate::core::library::{Equipment, ExerciseInfo, Library};
use crate::core::programme::{Programme, Target};

/// How many alternatives the list offers.
pub const SHOWN: usize = 5;

/// The names of up to [`SHOWN`] alternatives for exercise `exercise` of day `day`.
pub fn alternatives(
    library: &Library,
    programme: &Programme,
    day: usize,
    exercise: usize,
) -> Vec<String> {
    let days = &programme.days[day];
    let ex = &days.exercises[exercise];
    if ex.muscles.is_empty() {
        return Vec::new();
    }
    let kit: Vec<Equipment> = programme
        .days
        .iter()
        .flat_map(|d| &d.exercises)
        .filter_map(|e| e.equipment)
        .chain([Equipment::Bodyweight])
        .collect();
    let in_day = |info: &ExerciseInfo| {
        days.exercises.iter().any(|e| library.lookup(&e.name).is_some_and(|l| l.name == info.name))
    };
    let hold = matches!(ex.target, Target::Hold(_));
    let mut found: Vec<&ExerciseInfo> = library
        .exercises()
        .iter()
        .filter(|info| {
            !info.technical
                && info.hold == hold
                && kit.contains(&info.equipment)
                && ex.muscles.iter().all(|m| info.muscles.contains(m))
                && !in_day(info)
        })
        .collect();
    // A stable sort keeps library order among equals.
    found.sort_by_key(|info| {
        (info.muscles.len() - ex.muscles.len(), Some(info.equipment) != ex.equipment)
    });
    found.into_iter().take(SHOWN).map(|info| info.name.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::programme::load::load;

    fn programme(text: &str) -> Programme {
        load(text, "test.toml").unwrap().programme
    }

    #[test]
    fn alternatives_train_the_same_groups_with_the_programmes_kit() {
        let library = Library::built_in();
        let p = programme(
            r#"name = "T"
               [[day]]
               name = "A"
               [[day.exercise]]
               name = "Back squat"
               load = 100
               [[day.exercise]]
               name = "Dumbbell bench press"
               load = 20
               [[day.exercise]]
               name = "Plank"
               hold = "30s"
            "#,
        );
        let squat = alternatives(&library, &p, 0, 0);
        assert!(!squat.is_empty() && squat.len() <= SHOWN, "{squat:?}");
        for name in &squat {
            let info = library.lookup(name).unwrap();
            assert!(info.muscles.contains(&crate::core::words::Muscle::Legs), "{name}");
            assert!(info.muscles.contains(&crate::core::words::Muscle::Hips), "{name}");
            assert!(
                matches!(
                    info.equipment,
                    Equipment::Barbell | Equipment::Dumbbell | Equipment::Bodyweight
                ),
                "{name} needs {:?}, which the programme does not use",
                info.equipment
            );
            assert!(!info.technical && !info.hold, "{name}");
            assert_ne!(name, "Back squat");
        }
        // Nothing kept only for machines or cables, which this programme never uses.
        assert!(!squat.iter().any(|n| n == "Leg press"), "{squat:?}");
        // The best fit trains exactly legs and hips.
        assert_eq!(library.lookup(&squat[0]).unwrap().muscles.len(), 2, "{squat:?}");
        // A hold is swapped for a hold.
        for name in alternatives(&library, &p, 0, 2) {
            assert!(library.lookup(&name).unwrap().hold, "{name}");
        }
    }
}
