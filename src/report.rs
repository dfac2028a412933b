//! What the user sees on the terminal: diagnostics, a progress bar, a summary line. Colour
//! only on a terminal, and never when `NO_COLOR` is set.

use std::io::IsTerminal;
use std::time::Duration;

use crate::commands::build::Summary;
use crate::error::{Diagnostic, Severity};

/// Whether stderr may be coloured.
pub fn use_colour() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Print diagnostics to stderr, errors in red and warnings in yellow on a terminal.
pub fn print_diagnostics(diags: impl IntoIterator<Item = Diagnostic>) {
    let colour = use_colour();
    for d in diags {
        let text = d.to_string();
        if colour {
            let (code, label) = match d.severity {
                Severity::Error => ("\x1b[1;31m", "error"),
                Severity::Warning => ("\x1b[1;33m", "warning"),
            };
            let rest = text.strip_prefix(label).unwrap_or(&text);
            eprint!("{code}{label}\x1b[0m{rest}");
        } else {
            eprint!("{text}");
        }
    }
}

/// "2 errors, 1 warning".
pub fn counts(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
    format!("{}, {}", plural(errors, "error"), plural(warnings, "warning"))
}

/// The one-line summary after a build.
pub fn summary(s: &Summary, elapsed: Duration) {
    let warnings = match s.warnings {
        0 => String::new(),
        1 => ", 1 warning".to_owned(),
        n => format!(", {n} warnings"),
    };
    eprintln!(
        "built {} countries, {} locale sites, {} pages in {:.2} s{warnings} → {}",
        s.countries,
        s.locales,
        s.pages,
        elapsed.as_secs_f64(),
        s.out.display()
    );
}

/// A progress bar on a terminal; nothing elsewhere.
pub struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    pub fn new(total: u64, quiet: bool) -> Progress {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = indicatif::ProgressBar::new(total);
        let style = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} pages")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        bar.set_style(style);
        Progress(Some(bar))
    }

    pub fn tick(&self) {
        if let Some(b) = &self.0 {
            b.inc(1);
        }
    }

    pub fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}
