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

/// Every built-in programme; the first is the default.
pub const ALL: &[BuiltIn] = &[
    BuiltIn {
        name: "full-body",
        file: "programs/full-body.toml",
        text: include_str!("../../../programs/full-body.toml"),
    },
    BuiltIn {
        name: "home-bodyweight",
        file: "programs/home-bodyweight.toml",
        text: include_str!("../../../programs/home-bodyweight.toml"),
    },
];

/// The programme `liftpace run` uses when none is named.
pub fn default() -> BuiltIn {
    ALL[0]
}

/// A built-in programme by name.
pub fn find(name: &str) -> Option<BuiltIn> {
    ALL.iter().copied().find(|b| b.name == name)
}
