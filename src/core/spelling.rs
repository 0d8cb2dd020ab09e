//! "Did you mean": the one rule for which known word a mistyped one most likely meant, used by
//! the programme loader, the exercise library and the programme finder alike. A leaf: imports
//! nothing of the crate. Must never guess wildly: a suggestion that is wrong teaches less than
//! none.

/// The candidate `word` most likely meant, ignoring case: the nearest by edits (a swap of two
/// neighbouring letters is one edit) within about one slip per four letters (one even in a
/// short word), or else the shortest candidate `word` begins (at least three letters: "temp"
/// is `tempo`). Ties go to the earlier candidate, so answers do not change between runs.
pub fn closest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let word = word.to_lowercase();
    if word.is_empty() {
        return None;
    }
    let allowed = (word.chars().count() / 4).max(1);
    let mut near: Option<(usize, &str)> = None;
    let mut begun: Option<&str> = None;
    for candidate in candidates {
        let lower = candidate.to_lowercase();
        let distance = strsim::damerau_levenshtein(&word, &lower);
        if distance <= allowed && near.is_none_or(|(best, _)| distance < best) {
            near = Some((distance, candidate));
        }
        let longer = lower.chars().count() > word.chars().count();
        if word.chars().count() >= 3 && longer && lower.starts_with(&word) {
            begun = begun.filter(|b| b.len() <= candidate.len()).or(Some(candidate));
        }
    }
    near.map(|(_, c)| c).or(begun)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn near_misses_and_beginnings_are_found_and_strangers_left_alone() {
        let keys = ["sets", "reps", "tempo", "rest", "breathing"];
        assert_eq!(closest("temp", keys), Some("tempo"));
        assert_eq!(closest("breath", keys), Some("breathing"));
        assert_eq!(closest("Reps", keys), Some("reps"));
        assert_eq!(closest("rpes", keys), Some("reps"), "a swap is one slip");
        assert_eq!(closest("colour", keys), None);
        assert_eq!(closest("", keys), None);
        assert_eq!(closest("re", keys), None, "too short to be a beginning");
        assert_eq!(closest("full-bdy", ["full-body", "full-body-3x"]), Some("full-body"));
        assert_eq!(closest("rest", ["rests", "rest"]), Some("rest"), "exact beats a beginning");
    }
}
