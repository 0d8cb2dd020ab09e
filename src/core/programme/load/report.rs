//! What the loader reports and how it looks: one `Problem` per thing found (an error or a
//! warning) carrying the programme text, the byte span and a hint, and `render` for the CLI.
//! Must never print, read files or decide whether a programme is usable.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, Severity,
    SourceCode,
};
use thiserror::Error;

use crate::core::printable::shown;

/// One thing found in a programme, with its place: `origin:line:col`, a label under the
/// offending key or value, and a hint saying what would be valid.
#[derive(Debug, Clone, Error)]
#[error("{message}")]
pub struct Problem {
    message: String,
    label: String,
    help: String,
    span: Range<usize>,
    severity: Severity,
    code: NamedSource<Arc<str>>,
}

/// A problem that does not stop the programme from loading.
pub type Warning = Problem;

impl Problem {
    /// The sentence saying what is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The short text shown under the offending span.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// What would be valid instead.
    pub fn hint(&self) -> &str {
        &self.help
    }

    /// Byte range of the offending key or value in the programme text.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// `Severity::Error` stops the load; `Severity::Warning` does not.
    pub fn level(&self) -> Severity {
        self.severity
    }

    /// The file (or built-in path) the programme came from.
    pub fn origin(&self) -> &str {
        self.code.name()
    }

    /// One-based line and column of the span's start, counted exactly as the rendered report
    /// counts them (columns in bytes), so both always agree.
    pub fn line_col(&self) -> (usize, usize) {
        self.code
            .read_span(&self.span.clone().into(), 0, 0)
            .map_or((1, 1), |c| (c.line() + 1, c.column() + 1))
    }
}

impl Diagnostic for Problem {
    fn severity(&self) -> Option<Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.help))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.code)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let label = LabeledSpan::new_primary_with_span(Some(self.label.clone()), self.span.clone());
        Some(Box::new(std::iter::once(label)))
    }
}

/// A programme that cannot be used, with every error found in it (at least one), in the order
/// they appear in the file. Reported as its first error, with the rest as related reports.
#[derive(Debug, Clone, Error)]
#[error("{}", summary(.problems))]
pub struct LoadError {
    problems: Vec<Problem>,
}

fn summary(problems: &[Problem]) -> String {
    match problems {
        [] => "the programme could not be loaded".to_string(),
        [only] => only.message.clone(),
        [first, rest @ ..] => {
            let s = if rest.len() == 1 { "" } else { "s" };
            format!("{} (and {} more error{s})", first.message, rest.len())
        }
    }
}

impl LoadError {
    /// Every error, in file order; never empty.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl Diagnostic for LoadError {
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.problems.first().and_then(|p| p.help())
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.problems.first().and_then(|p| p.source_code())
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.problems.first().and_then(|p| p.labels())
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        let rest = self.problems.iter().skip(1).map(|p| p as &dyn Diagnostic);
        Some(Box::new(rest))
    }
}

/// Renders any diagnostic as the CLI shows it: `origin:line:col`, the line, a caret and the
/// hint, about 100 columns wide, in colour only when `color` is true. Related problems follow
/// one by one in the same style (miette would head each with a bare "Error:").
pub fn render(diag: &dyn Diagnostic, color: bool) -> String {
    let mut theme =
        if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    // The words every other message of liftpace starts with, rather than bare symbols.
    theme.characters.error = "error:".into();
    theme.characters.warning = "warning:".into();
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100).with_links(false);
    let mut out = String::new();
    let related = diag.related().into_iter().flatten();
    for (i, one) in std::iter::once(diag).chain(related).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if handler.render_report(&mut out, &Alone(one)).is_err() {
            // Rendering only fails if the span is out of the text; the sentence still helps.
            out.push_str(&format!("{one}\n"));
        }
    }
    out
}

/// A diagnostic without its related ones, so `render` can show each in the same style.
struct Alone<'a>(&'a dyn Diagnostic);

impl fmt::Debug for Alone<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Alone<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.0, f)
    }
}

impl std::error::Error for Alone<'_> {}

impl Diagnostic for Alone<'_> {
    fn severity(&self) -> Option<Severity> {
        self.0.severity()
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.0.help()
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.0.source_code()
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.0.labels()
    }
}

/// Collects problems while the loader walks a programme, so every error is reported at once.
pub(crate) struct Sink {
    source: NamedSource<Arc<str>>,
    len: usize,
    problems: Vec<Problem>,
}

impl Sink {
    pub(crate) fn new(text: &str, origin: &str) -> Self {
        Sink {
            source: NamedSource::new(shown(origin), Arc::from(shown(text))),
            len: text.len(),
            problems: Vec::new(),
        }
    }

    fn push(
        &mut self,
        severity: Severity,
        span: Range<usize>,
        message: String,
        label: &str,
        help: String,
    ) {
        // Clamped so a span at the very end (an unclosed table at EOF) still renders.
        let start = span.start.min(self.len);
        let span = start..span.end.clamp(start, self.len);
        self.problems.push(Problem {
            message,
            label: label.to_string(),
            help,
            span,
            severity,
            code: self.source.clone(),
        });
    }

    /// Records an error at `span`.
    pub(crate) fn error(
        &mut self,
        span: Range<usize>,
        message: impl Into<String>,
        label: &str,
        help: impl Into<String>,
    ) {
        self.push(Severity::Error, span, message.into(), label, help.into());
    }

    /// Records a warning at `span`.
    pub(crate) fn warn(
        &mut self,
        span: Range<usize>,
        message: impl Into<String>,
        label: &str,
        help: impl Into<String>,
    ) {
        self.push(Severity::Warning, span, message.into(), label, help.into());
    }

    /// One-based line of a byte offset, for hints that point at another place.
    pub(crate) fn line(&self, offset: usize) -> usize {
        let span = offset.min(self.len)..offset.min(self.len);
        self.source.read_span(&span.into(), 0, 0).map_or(1, |c| c.line() + 1)
    }

    /// The loaded value and its warnings, or every error if there was any. `value` is `None`
    /// only after an error was recorded.
    pub(crate) fn finish<T>(self, value: Option<T>) -> Result<(T, Vec<Warning>), LoadError> {
        let (mut errors, mut warnings): (Vec<_>, Vec<_>) =
            self.problems.into_iter().partition(|p| p.severity == Severity::Error);
        // Tables come back from the parser sorted by key, so put problems back in file order.
        errors.sort_by_key(|p| p.span.start);
        warnings.sort_by_key(|p| p.span.start);
        match value {
            Some(value) if errors.is_empty() => Ok((value, warnings)),
            _ => Err(LoadError { problems: errors }),
        }
    }
}
