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
    match FluentResource::try_new(text) {
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
    fn lists_message_ids_with_lines() {
        let f = parse(Path::new("en/main.ftl"), "en", "a = 1\n-term = t\n\nb = { -term }\n".into()).unwrap();
        assert_eq!(message_ids(&f), vec![("a".into(), 1), ("b".into(), 4)]);
    }
}
