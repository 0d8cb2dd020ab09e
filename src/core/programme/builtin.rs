//! The programmes that ship inside the binary, embedded from `programs/` so a fresh install
//! has something good to run. Owns only the list; loading is `load`'s job.

/// A programme compiled into the binary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltIn {
    /// The name `liftpace run NAME` takes (the file stem).
    pub name: &'static str,
    /// Where it lives in the repository, for error reports.
    pub file: &'static str,
    /// The TOML text.
    pub text: &'static str,
}

/// A built-in from `programs/NAME.toml`, so name, path and text can never disagree.
macro_rules! built_in {
    ($name:literal) => {
        BuiltIn {
            name: $name,
            file: concat!("programs/", $name, ".toml"),
            text: include_str!(concat!("../../../programs/", $name, ".toml")),
        }
    };
}

/// Every built-in programme; the first is the default. Each file's header says, on a
/// `# verdict:` line, what `liftpace check` concludes about it against the guideline.
pub const ALL: &[BuiltIn] = &[
    built_in!("full-body"),
    built_in!("full-body-3x"),
    built_in!("upper-lower"),
    built_in!("home"),
    built_in!("strength-linear"),
];

/// The programme `liftpace run` uses when none is named.
pub fn default() -> BuiltIn {
    ALL[0]
}

/// A built-in programme by name.
pub fn find(name: &str) -> Option<BuiltIn> {
    ALL.iter().copied().find(|b| b.name == name)
}
