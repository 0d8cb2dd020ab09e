//! The `liftpace` binary: parse the command line and hand over to the library.
//! Owns nothing else, so every behaviour stays reachable from tests.

fn main() -> std::process::ExitCode {
    liftpace::cli::main()
}
