//! What can actually be put on a bar: the bar and plates a lifter owns, which totals they make,
//! the plates for each side, and rounding a wished-for load to one that can be loaded. Pure
//! arithmetic over the equipment the caller hands in; must never decide which equipment a
//! programme uses or round anything it was not asked to.

use super::words::{Units, format_number};

/// Plates are measured in thousandths of a unit, so 1.25 kg and 2.5 lb are whole numbers and
/// every total is a whole number of the plates' greatest common step.
const RESOLUTION: f64 = 1000.0;

/// The most steps searched on one side of the bar. Real loads are a few hundred steps; the cap
/// only keeps an absurd target from allocating without bound.
const MAX_STEPS_PER_SIDE: u64 = 1 << 20;

/// The most cells (plate sizes + 1, times steps searched) one search may fill: a few megabytes,
/// whatever the plates. Twenty sizes (the loader's limit) still search a million steps a side;
/// only absurd plate lists get a shorter search, never an allocation that aborts.
const MAX_CELLS: u64 = 1 << 23;

/// How far a total may be from a loadable one and still count as that total.
const TOLERANCE: f64 = 1e-6;

/// A bar and the plates that go on it, in one unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Barbell {
    /// The empty bar's weight.
    pub bar: f64,
    /// One entry per plate size, e.g. `[25, 20, 15, 10, 5, 2.5, 1.25]`; order does not matter.
    pub plates: Vec<f64>,
}

impl Barbell {
    /// A standard gym: a 20 kg bar with 25 to 1.25 kg plates, or a 45 lb bar with 45 to 2.5 lb
    /// plates, with no limit on how many of each.
    pub fn default_for(units: Units) -> Self {
        let (bar, plates) = match units {
            Units::Kg => (20.0, vec![25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25]),
            Units::Lb => (45.0, vec![45.0, 35.0, 25.0, 10.0, 5.0, 2.5]),
        };
        Barbell { bar, plates }
    }
}

/// The step between dumbbells when the programme does not say: what most gyms rack.
pub fn default_dumbbell_step(units: Units) -> f64 {
    match units {
        Units::Kg => 2.0,
        Units::Lb => 5.0,
    }
}

/// The plates of one side of an [`Barbell`] in whole steps, the largest weight every plate is
/// a multiple of.
struct Rack {
    bar: f64,
    /// Weight of one step.
    step: f64,
    /// `(size in steps, weight as the lifter wrote it)`, heaviest first, one per size.
    plates: Vec<(u64, f64)>,
}

impl Rack {
    fn new(eq: &Barbell) -> Self {
        let mut plates: Vec<(u64, f64)> = eq
            .plates
            .iter()
            .filter(|w| w.is_finite() && **w > 0.0)
            .map(|&w| ((w * RESOLUTION).round() as u64, w))
            .filter(|(size, _)| *size > 0)
            .collect();
        plates.sort_by_key(|p| std::cmp::Reverse(p.0));
        plates.dedup_by_key(|p| p.0);
        let step = plates.iter().map(|p| p.0).reduce(gcd).unwrap_or(1);
        for plate in &mut plates {
            plate.0 /= step;
        }
        Rack { bar: eq.bar, step: step as f64 / RESOLUTION, plates }
    }

    /// The most steps one side can hold, or the search may cover.
    fn capacity(&self) -> u64 {
        let searchable = MAX_STEPS_PER_SIDE.min(MAX_CELLS / (self.plates.len() as u64 + 1));
        if self.plates.is_empty() { 0 } else { searchable }
    }

    /// The bar plus `steps` on each side.
    fn total(&self, steps: u64) -> f64 {
        self.bar + 2.0 * steps as f64 * self.step
    }

    /// `rows[i][n]`: whether `n` steps can be made from `plates[i..]` alone, for `n` up to `max`.
    /// The last row (no plates at all) makes only zero.
    fn reachable(&self, max: u64) -> Vec<Vec<bool>> {
        let len = max as usize + 1;
        let mut none = vec![false; len];
        none[0] = true;
        let mut rows = vec![none];
        for &(size, _) in self.plates.iter().rev() {
            let size = size as usize;
            let lighter = rows.last().expect("starts with the empty row");
            let mut row = vec![false; len];
            for n in 0..len {
                row[n] = lighter[n] || (n >= size && row[n - size]);
            }
            rows.push(row);
        }
        rows.reverse();
        rows
    }

    /// The plates for one side making exactly `steps`, heaviest first.
    fn plates_for(&self, steps: u64) -> Option<Vec<f64>> {
        if steps > self.capacity() {
            return None;
        }
        let rows = self.reachable(steps);
        if !rows[0][steps as usize] {
            return None;
        }
        // Heaviest first, as many as fit while the rest can still be made from lighter plates.
        // That is plain greedy whenever greedy works, and still an answer for plate sets where
        // greedy would strand a remainder.
        let mut left = steps;
        let mut side = Vec::new();
        for (i, &(size, weight)) in self.plates.iter().enumerate() {
            let fit = left / size;
            let count = (0..=fit).rev().find(|c| rows[i + 1][(left - c * size) as usize])?;
            side.extend(std::iter::repeat_n(weight, count as usize));
            left -= count * size;
        }
        Some(side)
    }

    /// The loadable number of steps per side whose total is nearest `target`, the lighter one
    /// on a tie, and zero (the bar) for anything at or below the bar.
    fn nearest(&self, target: f64) -> u64 {
        let ideal = (target - self.bar) / (2.0 * self.step);
        if ideal.is_nan() || ideal <= 0.0 {
            return 0;
        }
        // The nearest loadable total above the target is at most one heaviest plate past it.
        let heaviest = self.plates.first().map_or(0, |p| p.0);
        let max = (ideal.ceil() as u64).saturating_add(heaviest).min(self.capacity());
        let rows = self.reachable(max);
        let mut best = (0, ideal);
        for n in 1..=max {
            let distance = (n as f64 - ideal).abs();
            if rows[0][n as usize] && distance < best.1 - 1e-9 {
                best = (n, distance);
            }
        }
        best.0
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The plates for each side of the bar that make exactly `total`, heaviest first (greedy, as a
/// lifter loads a bar). Empty for the bar alone; `None` when `total` cannot be made: below the
/// bar, between loadable totals, or beyond the plates available.
pub fn per_side(total: f64, eq: &Barbell) -> Option<Vec<f64>> {
    let rack = Rack::new(eq);
    let steps = ((total - rack.bar) / (2.0 * rack.step)).round();
    let exact = (rack.total(steps as u64) - total).abs() <= TOLERANCE;
    if steps.is_nan() || steps < 0.0 || !exact {
        return None;
    }
    rack.plates_for(steps as u64)
}

/// The loadable total nearest `target`: the lighter one on a tie, and the bar for anything
/// at or below the bar. Searches the totals the plates can really make, so it is right for
/// plate sets where greedy loading is not.
pub fn round_load(target: f64, eq: &Barbell) -> f64 {
    let rack = Rack::new(eq);
    rack.total(rack.nearest(target))
}

/// What goes on the bar for one set, worked out once when the set's load is planned (or
/// changed by the lifter), never while a frame is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Loading {
    /// Not a barbell set with a weight: no plates to talk about.
    NotABar,
    /// The plates for each side, heaviest first; empty for the bar alone.
    PerSide(Vec<f64>),
    /// The weight cannot be made with the lifter's bar and plates.
    CannotBeMade,
}

impl Loading {
    /// How a barbell set of `total` is loaded with `eq`.
    pub fn of(total: f64, eq: &Barbell) -> Self {
        per_side(total, eq).map_or(Loading::CannotBeMade, Loading::PerSide)
    }
}

/// The multiple of `step` nearest `target`, the lower one on a tie: for dumbbells, kettlebells
/// and machine stacks, where plates make no sense. A `step` that is not positive leaves
/// `target` as it is.
pub fn round_to_step(target: f64, step: f64) -> f64 {
    if !(step.is_finite() && step > 0.0) {
        return target;
    }
    // The small allowance keeps a tie that floating point lands a hair above .5 a tie; adding
    // zero turns a negative zero into a plain one.
    (target / step - 0.5 - 1e-9).ceil() * step + 0.0
}

/// What to put on each side, as the Ready screen says it: "20 + 10 + 1.25 per side", or
/// "bar only" when there is nothing to add.
pub fn describe_per_side(plates: &[f64]) -> String {
    if plates.is_empty() {
        return "bar only".to_string();
    }
    let list: Vec<String> = plates.iter().map(|&w| format_number(w)).collect();
    format!("{} per side", list.join(" + "))
}
