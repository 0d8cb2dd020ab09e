//! A time left as people read it: whole seconds rounded up (so "3" shows for the whole first
//! second and "0" only at the end), and when that number next changes. Pure arithmetic shared
//! by the get-ready countdown, holds and rests; must never read a clock.

use std::time::Duration;

const SECOND: u128 = 1_000_000_000;

/// The whole seconds shown for `left`, rounded up.
pub fn shown(left: Duration) -> Duration {
    Duration::from_secs(left.as_nanos().div_ceil(SECOND) as u64)
}

/// How long until the shown number next changes; `None` once it reads zero.
pub fn until_change(left: Duration) -> Option<Duration> {
    let ns = left.as_nanos();
    if ns == 0 {
        return None;
    }
    let into = ns % SECOND;
    Some(Duration::from_nanos(if into == 0 { SECOND } else { into } as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_up_and_changes_on_the_second() {
        assert_eq!(shown(Duration::from_millis(2_001)), Duration::from_secs(3));
        assert_eq!(shown(Duration::from_secs(3)), Duration::from_secs(3));
        assert_eq!(until_change(Duration::from_secs(3)), Some(Duration::from_secs(1)));
        assert_eq!(until_change(Duration::from_millis(2_250)), Some(Duration::from_millis(250)));
        assert_eq!(until_change(Duration::ZERO), None);
    }
}
