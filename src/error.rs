//! Errors and diagnostics.
//!
//! Content problems are [`Diagnostic`]s: each names a file, and where it can a line and column,
//! and the line of source it points at. A build collects every diagnostic it finds before it
//! stops, so an author sees all the problems of a campaign at once. Everything else that can go
//! wrong (a file that cannot be read, an output folder that is refused) is an [`Error`].

use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a diagnostic is: errors stop the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// A place in a source file. Line and column start at 1; 0 means unknown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Location {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// A whole file, no line known.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Location { path: path.into(), line: 0, column: 0 }
    }

    /// A line and column in a file.
    pub fn at(path: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Location { path: path.into(), line, column }
    }

    /// The place of a byte offset in `text`, with `first_line` the line `text` starts on.
    pub fn of_offset(path: &Path, text: &str, offset: usize, first_line: usize) -> Self {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + first_line;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..offset].chars().count() + 1;
        Location::at(path, line, column)
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        Ok(())
    }
}

/// One problem found in a campaign.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub location: Option<Location>,
    /// The source line the location points at, shown under the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_line: Option<String>,
    /// A hint on how to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, message: message.into(), location: None, source_line: None, help: None }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(message) }
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    pub fn in_file(self, path: impl Into<PathBuf>) -> Self {
        self.at(Location::file(path))
    }

    /// Attach the line of `text` that the location points at (`text` starts on line 1).
    pub fn with_source(mut self, text: &str) -> Self {
        if let Some(loc) = &self.location {
            if loc.line > 0 {
                self.source_line = text.lines().nth(loc.line - 1).map(str::to_owned);
            }
        }
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// rustc-style: `error: message`, then `  --> file:line:col`, the line and a caret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        if let Some(loc) = &self.location {
            writeln!(f, "  --> {loc}")?;
            if let Some(line) = &self.source_line {
                let number = loc.line.to_string();
                let pad = " ".repeat(number.len());
                let caret = " ".repeat(loc.column.saturating_sub(1));
                writeln!(f, "{pad} |")?;
                writeln!(f, "{number} | {line}")?;
                writeln!(f, "{pad} | {caret}^")?;
            }
        }
        if let Some(help) = &self.help {
            writeln!(f, "  = help: {help}")?;
        }
        Ok(())
    }
}

/// Diagnostics gathered while loading or rendering, in the order they were found.
#[derive(Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn new() -> Self {
        Diagnostics(Vec::new())
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.0.len() - self.error_count()
    }

    /// Sort by file and position, errors and warnings interleaved, duplicates removed.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.0.sort_by(|a, b| a.location.cmp(&b.location).then(b.severity.cmp(&a.severity)));
        self.0.dedup();
        self.0
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Everything that stops a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The campaign has problems; each diagnostic says where.
    #[error("{}; nothing was written", count_errors(.0))]
    Invalid(Vec<Diagnostic>),
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    /// The output folder was refused, or could not be put in place.
    #[error("output folder {}: {reason}", path.display())]
    Output { path: PathBuf, reason: String },
    /// The command line asked for something that cannot be done.
    #[error("{0}")]
    Usage(String),
    /// `haven check` found errors (already printed).
    #[error("{}", if *.0 == 1 { "the check found 1 error".to_owned() } else { format!("the check found {} errors", .0) })]
    Checked(usize),
    /// A `--fail-on` gate of `haven status` failed.
    #[error("{0}")]
    Gate(String),
}

impl Error {
    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Io { path: path.as_ref().to_path_buf(), source }
    }

    /// The process exit code for this error (documented in the README and `--help`).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Invalid(_) | Error::Checked(_) | Error::Gate(_) => 1,
            Error::Usage(_) => 2,
            Error::Io { .. } | Error::Output { .. } => 3,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

fn count_errors(diags: &[Diagnostic]) -> String {
    match diags.iter().filter(|d| d.is_error()).count() {
        1 => "the campaign has 1 error".to_owned(),
        n => format!("the campaign has {n} errors"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_to_line_and_column_counts_characters() {
        let text = "a\nbé c\nd";
        let loc = Location::of_offset(Path::new("f.md"), text, 6, 1);
        assert_eq!((loc.line, loc.column), (2, 4));
        let loc = Location::of_offset(Path::new("f.md"), text, 0, 5);
        assert_eq!((loc.line, loc.column), (5, 1));
    }

    #[test]
    fn diagnostic_renders_rustc_style() {
        let text = "one\ntwo [x](@/lessons/nope)\n";
        let d = Diagnostic::error("no lesson `nope`").at(Location::at("a.md", 2, 5)).with_source(text);
        let shown = d.to_string();
        assert_eq!(shown, "error: no lesson `nope`\n  --> a.md:2:5\n  |\n2 | two [x](@/lessons/nope)\n  |     ^\n");
    }
}
