//! Helpers shared by the integration tests. Each test binary uses a part of them, so what one
//! leaves unused is not dead code.

#[allow(dead_code)]
pub mod fixture;
#[allow(dead_code)]
pub mod pty;
