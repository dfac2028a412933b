//! `locales/<locale>/*.ftl`: the interface text, in Project Fluent.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;

use crate::error::{Diagnostic, Location};

/// One `.ftl` file, parsed.
#[derive(Debug)]
pub struct FtlFile {
    pub path: PathBuf,
    pub locale: String,
    pub resource: FluentResource,
}

/// Parse one `.ftl` file; every syntax error becomes a diagnostic at its line and column.
pub fn parse(path: &Path, locale: &str, text: String) -> Result<FtlFile, Vec<Diagnostic>> {
    let source = text.clone();
    if let Some(offset) = bad_unicode_escape(&source) {
        // fluent-syntax 0.12 panics on this input (it cuts a character in two); report it here.
        let loc = Location::of_offset(path, &source, offset, 1);
        return Err(vec![Diagnostic::error("Fluent syntax: invalid Unicode escape sequence")
            .at(loc)
            .with_source(&source)
            .help("write \\u with four hexadecimal digits, or \\U with six")]);
    }
    let parsed = std::panic::catch_unwind(move || FluentResource::try_new(text));
    let Ok(parsed) = parsed else {
        return Err(vec![Diagnostic::error("the Fluent parser failed on this file").in_file(path)]);
    };
    match parsed {
        Ok(resource) => Ok(FtlFile { path: path.to_path_buf(), locale: locale.to_owned(), resource }),
        Err((_, errors)) => Err(errors
            .iter()
            .map(|e| {
                let loc = Location::of_offset(path, &source, e.pos.start, 1);
                Diagnostic::error(format!("Fluent syntax: {}", e.kind)).at(loc).with_source(&source)
            })
            .collect()),
    }
}

/// The offset of a `\u`/`\U` escape in a string literal that has too few hexadecimal digits
/// and is followed by a non-ASCII character.
fn bad_unicode_escape(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut depth, mut in_string, mut i) = (0usize, false, 0);
    while i < bytes.len() {
        match (in_string, bytes[i]) {
            (false, b'{') => depth += 1,
            (false, b'}') => depth = depth.saturating_sub(1),
            (false, b'"') if depth > 0 => in_string = true,
            (true, b'"') | (true, b'\n') => in_string = false,
            (true, b'\\') => {
                let want = match bytes.get(i + 1) {
                    Some(b'u') => 4,
                    Some(b'U') => 6,
                    _ => {
                        i += 2;
                        continue;
                    }
                };
                let digits = bytes[i + 2..].iter().take(want).take_while(|b| b.is_ascii_hexdigit()).count();
                if digits < want && bytes.get(i + 2 + digits).is_some_and(|b| *b >= 0x80) {
                    return Some(i);
                }
                i += 2;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The message ids a resource defines (terms, which start with `-`, excluded), with the line
/// each starts on.
pub fn message_ids(file: &FtlFile) -> Vec<(String, usize)> {
    use fluent_syntax::ast::Entry;
    let source = file.resource.source();
    file.resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .map(|name| {
            let line = line_of_definition(source, name);
            (name.to_owned(), line)
        })
        .collect()
}

fn line_of_definition(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_name_their_line() {
        let errs = parse(Path::new("en/main.ftl"), "en", "ok = fine\nbroken\n".into()).unwrap_err();
        assert_eq!(errs[0].location.as_ref().unwrap().line, 2, "{}", errs[0]);
    }

    #[test]
    fn a_short_unicode_escape_before_a_non_ascii_letter_is_an_error_not_a_panic() {
        let errs = parse(Path::new("en/main.ftl"), "en", "ok = fine\nx = { \"\\u12ñ\" }\n".into()).unwrap_err();
        assert_eq!(errs[0].location.as_ref().unwrap().line, 2);
        assert!(parse(Path::new("en/main.ftl"), "en", "x = plain \\uñ text\ny = { \"\\u00e9\" }\n".into()).is_ok());
    }

    #[test]
    fn lists_message_ids_with_lines() {
        let f = parse(Path::new("en/main.ftl"), "en", "a = 1\n-term = t\n\nb = { -term }\n".into()).unwrap();
        assert_eq!(message_ids(&f), vec![("a".into(), 1), ("b".into(), 4)]);
    }
}
