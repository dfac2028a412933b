//! Splitting a Markdown file into its YAML front matter and its body.

use std::path::Path;

use crate::error::{Diagnostic, Location};

/// A content file split in two. `body_line` is the line of the file the body starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    pub front_matter: &'a str,
    pub body: &'a str,
    pub body_line: usize,
}

/// Split `text` at the `---` fences. A byte-order mark is tolerated; CRLF endings are not
/// expected here: [`crate::load::read_text`] has already normalised them.
pub fn split<'a>(path: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text.strip_prefix("---\n") else {
        return Err(Diagnostic::error("the file does not start with front matter")
            .at(Location::at(path, 1, 1))
            .help("a lesson starts with a line `---`, its YAML fields, and another line `---`"));
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let front_matter = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = 2 + front_matter.matches('\n').count() + 1;
            return Ok(Split { front_matter, body, body_line });
        }
        offset += line.len();
    }
    Err(Diagnostic::error("the front matter is not closed")
        .at(Location::at(path, 1, 1))
        .help("add a line `---` after the last front matter field"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_counts_the_body_line() {
        let s = split(Path::new("a.md"), "---\ntitle: A\nweight: 1\n---\n\nBody\n").unwrap();
        assert_eq!(s.front_matter, "title: A\nweight: 1\n");
        assert_eq!(s.body, "\nBody\n");
        assert_eq!(s.body_line, 5);
    }

    #[test]
    fn a_bom_is_skipped() {
        let s = split(Path::new("a.md"), "\u{feff}---\ntitle: A\n---\nB").unwrap();
        assert_eq!(s.body, "B");
    }

    #[test]
    fn missing_fences_are_reported() {
        assert!(split(Path::new("a.md"), "title: A\n").is_err());
        let err = split(Path::new("a.md"), "---\ntitle: A\n").unwrap_err();
        assert!(err.message.contains("not closed"));
    }

    #[test]
    fn a_dash_line_inside_yaml_text_must_be_exact() {
        let s = split(Path::new("a.md"), "---\ntitle: \"---x\"\n---\nB").unwrap();
        assert_eq!(s.front_matter, "title: \"---x\"\n");
    }
}
