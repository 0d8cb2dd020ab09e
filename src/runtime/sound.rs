//! Tones instead of the terminal bell, with the `sound` cargo feature (`sound = "tones"` in
//! the settings): synthesised sine tones, no audio files. INHALE rises, EXHALE falls, PAUSE is
//! one short note, BRACE one low one, and a two-note chime sounds where the bell would ring.
//! The audio device is opened once, on a thread of its own, so the ui never waits for it;
//! until it is open, and for good once opening or playing fails (no device, or the device
//! went away), the host rings the terminal bell as without the feature. Never retries a
//! failed device, never blocks the caller, never prints over the screen.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::time::Duration;

use crate::core::phase::PhaseKind;

/// A tone to sound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// An inhale begins: two notes rising.
    Inhale,
    /// An exhale begins: two notes falling.
    Exhale,
    /// A pause begins: one short note.
    Pause,
    /// A braced rep begins: one low note.
    Brace,
    /// Where the bell rings: a high two-note chime.
    Bell,
}

impl Tone {
    /// The tone for a phase as it begins; none for a phase that asks nothing new.
    pub fn of(kind: PhaseKind) -> Option<Tone> {
        match kind {
            PhaseKind::Inhale | PhaseKind::TopUp => Some(Tone::Inhale),
            PhaseKind::Exhale => Some(Tone::Exhale),
            PhaseKind::Pause | PhaseKind::Hold => Some(Tone::Pause),
            PhaseKind::Brace => Some(Tone::Brace),
            PhaseKind::Recover => None,
        }
    }

    /// The notes, in hertz and how long each sounds, one after the other.
    pub fn notes(self) -> &'static [(f32, Duration)] {
        const SHORT: Duration = Duration::from_millis(110);
        const LONG: Duration = Duration::from_millis(220);
        match self {
            Tone::Inhale => &[(523.25, SHORT), (659.25, SHORT)],
            Tone::Exhale => &[(659.25, SHORT), (523.25, SHORT)],
            Tone::Pause => &[(440.0, SHORT)],
            Tone::Brace => &[(293.66, LONG)],
            Tone::Bell => &[(880.0, SHORT), (1318.5, LONG)],
        }
    }
}

/// What plays tones: the audio device, or a stand-in in tests.
pub trait Output {
    /// Starts `tone` without waiting for it to end; an error means the device is gone.
    fn play(&mut self, tone: Tone) -> Result<(), String>;
}

/// How to open the output, run once on the player's thread.
pub type Open = Box<dyn FnOnce() -> Result<Box<dyn Output>, String> + Send>;

/// Where the player's device stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Being opened: the bell rings meanwhile.
    Opening,
    /// Open: tones play.
    Ready,
    /// Could not be opened, or failed while playing: the bell rings from now on.
    Failed,
}

const OPENING: u8 = 0;
const READY: u8 = 1;
const FAILED: u8 = 2;

/// Tones played on a thread of their own.
#[derive(Debug)]
pub struct Player {
    tones: Sender<Tone>,
    state: Arc<AtomicU8>,
}

impl Player {
    /// A player whose thread opens its output with `open` and then plays what it is sent.
    pub fn spawn(open: Open) -> Player {
        let (tones, wanted) = channel::<Tone>();
        let state = Arc::new(AtomicU8::new(OPENING));
        let shared = Arc::clone(&state);
        let thread = std::thread::Builder::new().name("liftpace-sound".into()).spawn(move || {
            let Ok(mut output) = open() else {
                shared.store(FAILED, Ordering::Release);
                return;
            };
            shared.store(READY, Ordering::Release);
            while let Ok(tone) = wanted.recv() {
                if output.play(tone).is_err() {
                    // Remembered: the thread ends, and with it every later try.
                    shared.store(FAILED, Ordering::Release);
                    return;
                }
            }
        });
        if thread.is_err() {
            state.store(FAILED, Ordering::Release);
        }
        Player { tones, state }
    }

    /// Where the device stands now.
    pub fn state(&self) -> State {
        match self.state.load(Ordering::Acquire) {
            OPENING => State::Opening,
            READY => State::Ready,
            _ => State::Failed,
        }
    }

    /// Sends `tone` to be played if the device is open; `false` (ring the bell instead) while
    /// it is opening or after it failed. Never waits.
    pub fn play(&self, tone: Tone) -> bool {
        self.state() == State::Ready && self.tones.send(tone).is_ok()
    }
}

/// The default audio device through rodio.
pub mod device {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    use rodio::Source;
    use rodio::source::SineWave;

    use super::{Output, Tone};

    /// How loud a tone is, of full scale: clear over a gym's noise without startling.
    const VOLUME: f32 = 0.25;
    /// Each note fades in over this, so it starts without a click.
    const FADE: Duration = Duration::from_millis(8);

    /// The open stream, and whether it has reported an error since.
    struct Device {
        stream: rodio::OutputStream,
        broken: Arc<AtomicBool>,
    }

    /// Opens the default output device, with stderr silenced meanwhile (ALSA writes its
    /// complaints there, which would print over the screen).
    pub fn open() -> Result<Box<dyn Output>, String> {
        let broken = Arc::new(AtomicBool::new(false));
        let seen = Arc::clone(&broken);
        let mut stream = quiet_stderr(|| {
            rodio::OutputStreamBuilder::from_default_device()
                .map_err(|e| e.to_string())?
                .with_error_callback(move |_| seen.store(true, Ordering::Release))
                .open_stream()
                .map_err(|e| e.to_string())
        })?;
        // Otherwise dropping it says so on stderr, over the screen.
        stream.log_on_drop(false);
        Ok(Box::new(Device { stream, broken }))
    }

    impl Output for Device {
        fn play(&mut self, tone: Tone) -> Result<(), String> {
            if self.broken.load(Ordering::Acquire) {
                return Err("the audio device reported an error".into());
            }
            let mut start = Duration::ZERO;
            for &(hz, length) in tone.notes() {
                let note = SineWave::new(hz).take_duration(length).fade_in(FADE);
                self.stream.mixer().add(note.amplify(VOLUME).delay(start));
                start += length;
            }
            Ok(())
        }
    }

    /// Runs `f` with file descriptor 2 pointed at /dev/null, then puts it back.
    fn quiet_stderr<T>(f: impl FnOnce() -> T) -> T {
        // SAFETY: plain descriptor calls on descriptors this function opens and closes; on
        // any failure stderr is left as it was.
        unsafe {
            let saved = libc::dup(2);
            let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY);
            if saved < 0 || null < 0 || libc::dup2(null, 2) < 0 {
                for fd in [saved, null].into_iter().filter(|&fd| fd >= 0) {
                    libc::close(fd);
                }
                return f();
            }
            libc::close(null);
            let out = f();
            libc::dup2(saved, 2);
            libc::close(saved);
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::time::Instant;

    use super::*;

    /// Waits (bounded) until the player's thread has settled on a state.
    fn settled(player: &Player) -> State {
        let until = Instant::now() + Duration::from_secs(30);
        while player.state() == State::Opening && Instant::now() < until {
            std::thread::yield_now();
        }
        player.state()
    }

    /// An output that records what it played and fails after `works` tones.
    struct Fake {
        played: Arc<Mutex<Vec<Tone>>>,
        works: usize,
    }

    impl Output for Fake {
        fn play(&mut self, tone: Tone) -> Result<(), String> {
            let mut played = self.played.lock().unwrap();
            if played.len() == self.works {
                return Err("unplugged".into());
            }
            played.push(tone);
            Ok(())
        }
    }

    #[test]
    fn no_device_means_the_bell_and_no_retry() {
        let opened = Arc::new(AtomicU8::new(0));
        let count = Arc::clone(&opened);
        let player = Player::spawn(Box::new(move || {
            count.fetch_add(1, Ordering::SeqCst);
            Err("no audio device".into())
        }));
        assert_eq!(settled(&player), State::Failed);
        for _ in 0..100 {
            assert!(!player.play(Tone::Inhale), "the caller rings the bell");
        }
        assert_eq!(opened.load(Ordering::SeqCst), 1, "opened once, never again");
    }

    #[test]
    fn a_device_that_goes_away_is_remembered() {
        let played = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&played);
        let player =
            Player::spawn(Box::new(move || Ok(Box::new(Fake { played: log, works: 2 }) as _)));
        assert_eq!(settled(&player), State::Ready);
        assert!(player.play(Tone::Inhale) && player.play(Tone::Exhale));
        // The third tone finds the device gone; the thread ends and says so.
        player.play(Tone::Pause);
        let until = Instant::now() + Duration::from_secs(30);
        while player.state() != State::Failed && Instant::now() < until {
            std::thread::yield_now();
        }
        assert_eq!(player.state(), State::Failed);
        assert!(!player.play(Tone::Bell));
        assert_eq!(*played.lock().unwrap(), [Tone::Inhale, Tone::Exhale]);
    }

    #[test]
    fn phases_sound_apart() {
        let tones = [Tone::Inhale, Tone::Exhale, Tone::Pause, Tone::Brace, Tone::Bell];
        for (i, a) in tones.iter().enumerate() {
            for b in &tones[i + 1..] {
                assert_ne!(a.notes(), b.notes(), "{a:?} and {b:?}");
            }
        }
        assert_eq!(Tone::of(PhaseKind::Hold), Some(Tone::Pause));
        assert_eq!(Tone::of(PhaseKind::Recover), None);
    }

    /// The real device through rodio: on a machine with no sound card (CI, this container)
    /// it fails to open, quietly, and the player falls back to the bell.
    #[test]
    fn the_real_device_opens_or_falls_back_without_blocking() {
        let player = Player::spawn(Box::new(device::open));
        match settled(&player) {
            State::Ready => assert!(player.play(Tone::Bell)),
            State::Failed => assert!(!player.play(Tone::Bell)),
            State::Opening => panic!("the device neither opened nor failed in 30 s"),
        }
    }
}
