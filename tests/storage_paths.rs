//! The default folders follow the XDG variables. Alone in its own test binary because it sets
//! environment variables, which no other test thread may be reading at the same time.

use std::path::Path;

use liftpace::storage::{default_config_dir, default_data_dir};

#[test]
fn default_dirs_honour_xdg_variables() {
    // SAFETY: this binary has no other test, so no other thread reads the environment.
    unsafe {
        std::env::set_var("XDG_DATA_HOME", "/tmp/xdg-data");
        std::env::set_var("XDG_CONFIG_HOME", "/tmp/xdg-config");
    }
    assert_eq!(default_data_dir().as_deref(), Some(Path::new("/tmp/xdg-data/liftpace")));
    assert_eq!(default_config_dir().as_deref(), Some(Path::new("/tmp/xdg-config/liftpace")));
}
